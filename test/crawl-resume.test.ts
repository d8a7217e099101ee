// A run killed with SIGKILL mid-way and started again ends with the same
// database as an uninterrupted run; two runs cannot share a database; the
// address guard; the sources file; dry runs; reextract from the archive.
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, startPlainSite, type Site } from "./crawl-site.js";
import { ROOT, tempDir } from "./helpers.js";

const N = 24;
let site: Site;
let dir: string;

function sources(url: string, extra: Record<string, unknown> = {}) {
  const file = join(dir, `sources-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ sources: [{ name: "plain", url: url + "/", delayMs: 40, timeoutMs: 2000, maxPages: 200, ...extra }] }));
  return file;
}

/** What must be identical after a resumed run: articles, records, URLs, frontier outcomes. */
function snapshot(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    return {
      articles: d.prepare("SELECT identity, url, content_hash, title, body, published, province FROM articles ORDER BY identity").all(),
      records: ["delegations", "money", "agreements", "partners", "docrefs"].map((k) => d.prepare(`SELECT a.identity, r.text, r.start FROM ${k} r JOIN articles a ON a.id = r.article_id ORDER BY 1, 3, 2`).all()),
      urls: d.prepare("SELECT u.url, a.identity FROM article_urls u JOIN articles a ON a.id = u.article_id ORDER BY 1").all(),
      frontier: d.prepare("SELECT url, kind, status, page_type, content_hash, http_status FROM frontier ORDER BY url").all(),
    };
  } finally {
    d.close();
  }
}

const count = (db: string, sql: string): number => {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare(sql).pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
};

beforeAll(async () => {
  site = await startPlainSite(N);
  dir = tempDir("vnpress-resume-");
});

afterAll(async () => {
  await site?.close();
});

describe("a run killed with SIGKILL", () => {
  it("resumes on the next start and ends with the same database as an uninterrupted run", async () => {
    const config = sources(site.url);
    const whole = join(dir, "whole.sqlite");
    const r = await cli(["run", "--config", config, "--db", whole, "--archive", join(dir, "a1"), "--allow-private", "--progress", "none"]);
    expect(r.code).toBe(0);
    const expected = snapshot(whole);
    expect(expected.articles).toHaveLength(N);

    for (const killAfter of [3, 11]) {
      const db = join(dir, `killed-${killAfter}.sqlite`);
      const child = spawn(process.execPath, [join(ROOT, "bin", "vnpress.js"), "run", "--config", config, "--db", db, "--archive", join(dir, `k${killAfter}`), "--allow-private", "--progress", "none"], { cwd: ROOT, stdio: "ignore" });
      const exited = new Promise<NodeJS.Signals | null>((res) => child.on("exit", (_c, sig) => res(sig)));
      const deadline = Date.now() + 30_000;
      while (count(db, "SELECT COUNT(*) FROM articles") < killAfter && Date.now() < deadline) await new Promise((res) => setTimeout(res, 15));
      child.kill("SIGKILL");
      expect(await exited).toBe("SIGKILL");
      const partial = count(db, "SELECT COUNT(*) FROM articles");
      expect(partial).toBeGreaterThanOrEqual(killAfter);
      expect(partial).toBeLessThan(N);

      const again = await cli(["run", "--config", config, "--db", db, "--archive", join(dir, `k${killAfter}`), "--allow-private", "--progress", "none"]);
      expect(again.code).toBe(0);
      expect(again.stderr).toMatch(/resuming the night of run 1/);
      expect(snapshot(db)).toEqual(expected);
      const d = new Database(db, { readonly: true });
      expect(d.prepare("SELECT id, status, cycle FROM runs ORDER BY id").all()).toEqual([
        { id: 1, status: "interrupted", cycle: 1 },
        { id: 2, status: "completed", cycle: 1 },
      ]);
      d.close();
    }
  }, 60_000);
});

describe("the lock", () => {
  it("refuses a second run on the same database while the first is running", async () => {
    const slow = sources(site.url, { delayMs: 300, name: "slow" });
    const db = join(dir, "locked.sqlite");
    const first = cli(["run", "--config", slow, "--db", db, "--archive", join(dir, "lock"), "--allow-private", "--progress", "none", "--max-pages", "12"]);
    let firstDone = false;
    void first.then(() => (firstDone = true));
    const deadline = Date.now() + 20_000;
    while (count(db, "SELECT COUNT(*) FROM crawl_lock") === 0 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
    const second = await cli(["run", "--config", slow, "--db", db, "--archive", join(dir, "lock"), "--allow-private", "--progress", "none"]);
    expect(firstDone).toBe(false);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/another vnpress run \(run 1, pid \d+ .*\) is using this database/);
    const r1 = await first;
    expect(r1.code).toBe(0);
    expect(count(db, "SELECT COUNT(*) FROM crawl_lock")).toBe(0);
  }, 60_000);
});

describe("the address guard", () => {
  it("connects to no loopback address without --allow-private, and says why (exit 1)", async () => {
    const before = site.requests.length;
    const db = join(dir, "guard.sqlite");
    const r = await cli(["run", "--config", sources(site.url), "--db", db, "--archive", join(dir, "g"), "--progress", "none"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/127\.0\.0\.1 .*loopback.*--allow-private/);
    expect(site.requests.length).toBe(before);
  });

  it("also refuses a host name that resolves to loopback", async () => {
    const before = site.requests.length;
    const r = await cli(["run", "--config", sources(site.url.replace("127.0.0.1", "localhost")), "--db", join(dir, "guard2.sqlite"), "--archive", join(dir, "g2"), "--progress", "none"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/localhost resolves to (127\.0\.0\.1|::1) \(loopback\)/);
    expect(site.requests.length).toBe(before);
  });
});

describe("robots.txt answering 5xx", () => {
  it("fetches nothing else from that host this night, and the source fails (exit 1)", async () => {
    // @ts-expect-error plain JS module
    const { serve } = await import("../scripts/demo-site.mjs");
    const down = await serve((_req: any, res: any) => {
      res.writeHead(503, { "content-type": "text/plain" });
      res.end("maintenance");
      return true;
    });
    try {
      const r = await cli(["run", "--config", sources(down.url), "--db", join(dir, "down.sqlite"), "--archive", join(dir, "down"), "--allow-private", "--progress", "none"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/robots\.txt answered 503; nothing fetched from http:\/\/127\.0\.0\.1:\d+ this night/);
      expect(down.requests.map((q: { path: string }) => q.path)).toEqual(["/robots.txt"]);
    } finally {
      await down.close();
    }
  });
});

describe("the sources file", () => {
  it("names the bad field and exits 2", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ sources: [{ name: "x", url: "ftp://example.org/", delayMs: -1 }] }));
    const r = await cli(["run", "--config", bad, "--db", join(dir, "bad.sqlite")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sources\[0\]\.url: must be an absolute http\(s\) URL/);
    expect(r.stderr).toMatch(/sources\[0\]\.delayMs/);
    writeFileSync(bad, JSON.stringify({ sources: [{ url: "https://example.org/", delay_ms: 5 }] }));
    const r2 = await cli(["crawl", "--config", bad, "--db", join(dir, "bad.sqlite")]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/sources\[0\].*delay_ms/);
    const r3 = await cli(["run", "--config", join(dir, "missing.json")]);
    expect(r3.code).toBe(2);
    expect(r3.stderr).toMatch(/no such sources file/);
    const r4 = await cli(["run", "--config", bad, "--max-pages", "0"]);
    expect(r4.code).toBe(2);
  });
});

describe("dry run, crawl and reextract", () => {
  it("--dry-run lists what would be fetched and changes nothing", async () => {
    const db = join(dir, "dry.sqlite");
    const r = await cli(["run", "--config", sources(site.url), "--db", db, "--archive", join(dir, "dry"), "--allow-private", "--dry-run", "--max-pages", "5"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/plain: 5 pages would be fetched/);
    expect(r.stdout).toMatch(/page {4}new {15}http:\/\/127\.0\.0\.1:\d+\/tin\/0\.html/);
    expect(count(db, "SELECT COUNT(*) FROM frontier")).toBe(0);
  });

  it("crawl archives without storing; reextract builds the articles from the archive alone", async () => {
    const db = join(dir, "crawl.sqlite");
    const archive = join(dir, "crawl-archive");
    const config = sources(site.url, { delayMs: 5 });
    const c = await cli(["crawl", "--config", config, "--db", db, "--archive", archive, "--allow-private", "--progress", "none"]);
    expect(c.code).toBe(0);
    expect(count(db, "SELECT COUNT(*) FROM articles")).toBe(0);
    expect(count(db, "SELECT COUNT(*) FROM frontier WHERE page_type = 'article'")).toBe(N);

    const r = await cli(["reextract", "--db", db, "--archive", archive]);
    expect(r.code).toBe(0);
    expect(count(db, "SELECT COUNT(*) FROM articles")).toBe(N);
    expect(count(db, "SELECT COUNT(*) FROM frontier WHERE article_id IS NOT NULL")).toBe(N);

    // from the archive alone, into an empty database: the same articles as a full run
    const fresh = join(dir, "fresh.sqlite");
    const r2 = await cli(["reextract", "--db", fresh, "--archive", archive]);
    expect(r2.code).toBe(0);
    const whole = join(dir, "whole.sqlite");
    expect(snapshot(fresh).articles).toEqual(snapshot(whole).articles);
    expect(snapshot(fresh).records).toEqual(snapshot(whole).records);

    // a later `run` on the crawled database asks conditionally and stores nothing new
    const before = site.requests.length;
    const run = await cli(["run", "--config", config, "--db", db, "--archive", archive, "--allow-private", "--progress", "none"]);
    expect(run.code).toBe(0);
    expect(site.requests.slice(before).filter((q) => q.path.startsWith("/tin/"))).toEqual([]);
    rmSync(fresh);
  }, 60_000);
});
