// Two nights of `vnpress run` against the test news site (a real server on
// 127.0.0.1, the real CLI in a child process, a real SQLite database).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, startNewsSite, type NewsSite, type Req } from "./crawl-site.js";
import { tempDir } from "./helpers.js";

const DELAY_S = 0.15;
let site: NewsSite;
let dir: string;
let db: string;
/** the database as night one left it */
let db1: string;
let config: string;
let night1: { code: number | null; stdout: string; stderr: string };
let night1Requests: Req[];
let night2: { code: number | null; stdout: string; stderr: string };
let night2Requests: Req[];

let current = () => db1;
const q = <T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[] => {
  const d = new Database(current(), { readonly: true });
  try {
    return d.prepare(sql).all(...params) as T[];
  } finally {
    d.close();
  }
};
/** the write-ahead log after the first night (its checkpoints run in a worker thread; the run must leave none behind) */
let walLeftAfterNight1 = true;
const row = (url: string) => q<Record<string, any>>("SELECT * FROM frontier WHERE url = ?", url)[0];

beforeAll(async () => {
  site = await startNewsSite({ delayS: DELAY_S });
  dir = tempDir("vnpress-crawl-");
  db = join(dir, "db.sqlite");
  config = join(dir, "sources.json");
  writeFileSync(config, JSON.stringify({ contact: "mailto:test@example.org", sources: [{ name: "thu-nghiem", province: "Nghệ An", url: site.url + "/", delayMs: 20, timeoutMs: 500, maxPages: 100 }] }));
  const args = ["run", "--config", config, "--db", db, "--archive", join(dir, "archive"), "--allow-private", "--retry-base-ms", "50", "--progress", "lines"];
  night1 = await cli(args);
  walLeftAfterNight1 = existsSync(db + "-wal");
  night1Requests = site.requests.splice(0);
  db1 = join(dir, "night1.sqlite");
  const d = new Database(db);
  d.exec(`VACUUM INTO '${db1}'`);
  d.close();
  site.nextNight();
  night2 = await cli(args);
  night2Requests = site.requests.splice(0);
}, 90_000);

afterAll(async () => {
  await site?.close();
});

describe("night one", () => {
  it("completes with exit 0 and prints a summary table", () => {
    expect(night1.stderr).not.toMatch(/internal error/);
    expect(night1.code).toBe(0);
    // everything is in the database file itself: the worker's checkpoint connection is gone and the log removed
    expect(walLeftAfterNight1).toBe(false);
    expect(night1.stdout).toMatch(/source\s+status\s+discovered\s+fetched\s+not_modified\s+failed\s+skipped\s+stored/);
    expect(night1.stdout).toMatch(/thu-nghiem\s+ok/);
  });

  it("stores every article exactly once, under its canonical URL", () => {
    const arts = q<{ identity: string; url: string }>("SELECT identity, url FROM articles ORDER BY identity");
    const expected = site.articleUrls().sort();
    expect(arts.map((a) => a.identity)).toEqual(expected);
    expect(arts.every((a) => a.url === a.identity)).toBe(true);
    // no tracking parameters, no fragments anywhere
    expect(q("SELECT url FROM frontier WHERE url LIKE '%utm_%' OR url LIKE '%fbclid%' OR url LIKE '%#%'")).toEqual([]);
  });

  it("records a second URL of the same article instead of storing it twice", () => {
    const a2 = q<{ article_id: number }>("SELECT article_id FROM article_urls WHERE url = ?", site.url + "/bai/a2.html")[0];
    const copy = q<{ article_id: number }>("SELECT article_id FROM article_urls WHERE url = ?", site.url + "/bai/a2-ban-in.html")[0];
    expect(copy.article_id).toBe(a2.article_id);
    expect(row(site.url + "/bai/a2-ban-in.html").page_type).toBe("duplicate");
  });

  it("follows the 301→302 chain and records all its URLs", () => {
    const r = row(site.url + "/cu/a4");
    expect(r.status).toBe("done");
    expect(r.final_url).toBe(site.url + "/bai/a4.html");
    const ids = q<{ article_id: number }>("SELECT DISTINCT article_id FROM article_urls WHERE url IN (?, ?)", site.url + "/cu/a4", site.url + "/bai/a4.html");
    expect(ids).toHaveLength(1);
  });

  it("decodes the windows-1258 page to NFC Vietnamese", () => {
    const a = q<{ body: string; title: string }>("SELECT body, title FROM articles WHERE identity = ?", site.url + "/bai/tien-te.html")[0];
    expect(a.body).toContain("Mã bài viết: 8.");
    expect(a.body).toBe(a.body.normalize("NFC"));
    expect(a.body).toMatch(/đối ngoại/);
    expect(row(site.url + "/bai/tien-te.html").charset).toBe("windows-1258");
  });

  it("never requests a disallowed path, an off-site or private-address link, or a .pdf link", () => {
    const paths = night1Requests.map((r) => r.path);
    expect(paths.filter((p) => p.startsWith("/private/"))).toEqual([]);
    expect(paths).not.toContain("/files/bao-cao.pdf");
    expect(q("SELECT url FROM frontier WHERE url LIKE '%example.com%' OR url LIKE '%10.1.2.3%' OR url LIKE '%127.0.0.1:1/%'")).toEqual([]);
    expect(row(site.url + "/private/mat.html").last_error).toMatch(/disallowed by robots\.txt/);
    expect(row(site.url + "/files/bao-cao.pdf").last_error).toMatch(/not HTML \(\.pdf\)/);
  });

  it("sends a User-Agent naming vnpress and the contact", () => {
    for (const r of night1Requests) expect(String(r.headers["user-agent"])).toMatch(/^vnpress\/[\d.]+ .*mailto:test@example\.org/);
  });

  it("spaces its requests to the host by the robots.txt Crawl-delay", () => {
    // as the server saw them (loopback and event-loop jitter allowed for)…
    const sorted = [...night1Requests].sort((a, b) => a.t - b.t);
    expect(sorted.length).toBeGreaterThan(20);
    const gaps = sorted.slice(1).map((r, i) => ({ gap: r.t - sorted[i].t, from: sorted[i].path, to: r.path }));
    // arrival times carry connection and event-loop jitter (more so on a busy machine): on average
    // the requests are a delay apart, and hardly any arrive closer than that
    const span = sorted[sorted.length - 1].t - sorted[0].t;
    expect(span / gaps.length).toBeGreaterThanOrEqual(DELAY_S * 1000);
    expect(gaps.filter((g) => g.gap < DELAY_S * 1000 - 30).length).toBeLessThanOrEqual(Math.ceil(gaps.length * 0.1));
    // …and exactly, as the crawler sent them (the log records when each request, redirect hops included, went out)
    const logDir = join(dir, "logs");
    const log = readFileSync(join(logDir, readdirSync(logDir).sort()[0]), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const sent = log.filter((e) => e.msg === "fetch").flatMap((e) => e.sent.map((s: string) => Date.parse(s))).sort((a: number, b: number) => a - b);
    expect(sent.length).toBe(sorted.length);
    const clientGaps = sent.slice(1).map((t: number, i: number) => t - sent[i]);
    expect(Math.min(...clientGaps)).toBeGreaterThanOrEqual(DELAY_S * 1000 - 1);
  });

  it("waits out Retry-After after a 429", () => {
    const busy = night1Requests.filter((r) => r.path === "/bai/busy.html").map((r) => r.t);
    expect(busy).toHaveLength(2);
    expect(busy[1] - busy[0]).toBeGreaterThanOrEqual(1000 - 15);
    expect(row(site.url + "/bai/busy.html").status).toBe("done");
  });

  it("retries a 503 with backoff and gets the page on the third try", () => {
    expect(night1Requests.filter((r) => r.path === "/bai/flaky.html")).toHaveLength(3);
    expect(row(site.url + "/bai/flaky.html").article_id).not.toBeNull();
  });

  it("records failures and skips with their reason", () => {
    const hang = row(site.url + "/bai/hang.html");
    expect(hang.status).toBe("failed");
    expect(hang.attempts).toBe(3);
    expect(hang.last_error).toMatch(/no response headers within 500 ms.*after 3 tries/);
    expect(night1Requests.filter((r) => r.path === "/bai/hang.html")).toHaveLength(3);
    const huge = row(site.url + "/bai/huge.html");
    expect(huge.status).toBe("skipped");
    expect(huge.last_error).toMatch(/too large/);
    const pdf = row(site.url + "/tai-ve?id=7");
    expect(pdf.status).toBe("skipped");
    expect(pdf.last_error).toBe("not HTML (application/pdf)");
    const gone = row(site.url + "/bai/mat.html");
    expect(gone.status).toBe("failed");
    expect(gone.last_error).toBe("HTTP 404");
  });

  it("discovers through the sitemap index, the gzipped child, the feed and the paginated listings", () => {
    expect(row(site.url + "/sitemap-old.xml.gz").status).toBe("done");
    expect(row(site.url + "/bai/a3.html").via).toBe("sitemap");
    expect(row(site.url + "/bai/a5.html").via).toBe("feed");
    expect(row(site.url + "/tin-tuc?page=3").kind).toBe("listing");
    expect(row(site.url + "/bai/a7.html").article_id).not.toBeNull();
    expect(row(site.url + "/bai/a1.html").lastmod).toBe("2025-01-10T01:00:00.000Z");
  });

  it("logs the run and its per-source counts in the runs tables", () => {
    const runs = q<{ status: string; ended_at: string }>("SELECT status, ended_at FROM runs ORDER BY id");
    expect(runs[0].status).toBe("completed");
    const rs = q<Record<string, number>>("SELECT * FROM run_sources WHERE run_id = 1")[0];
    expect(rs.stored).toBe(10);
    expect(rs.failed).toBe(2);
    expect(rs.skipped).toBeGreaterThanOrEqual(4);
    expect(q("SELECT * FROM crawl_lock")).toEqual([]);
  });

  it("keeps every response in the WARC archive", async () => {
    const { archiveFiles, readArchiveFile } = await import("../src/crawl/archive.js");
    const files = archiveFiles(join(dir, "archive"));
    expect(files.length).toBeGreaterThanOrEqual(1);
    const recs = [];
    for (const f of files) for await (const r of readArchiveFile(join(dir, "archive"), f, { bodies: true })) recs.push(r);
    const statuses = new Set(recs.map((r) => r.status));
    for (const s of [200, 301, 302, 404, 429, 503]) expect(statuses).toContain(s);
    const a3 = recs.find((r) => r.url === site.url + "/bai/a3.html")!;
    expect(a3.body!.toString("utf8")).toContain("Mã bài viết: 3.");
    expect(recs.find((r) => r.url === site.url + "/bai/huge.html")!.truncated).toBe("length");
  });
});

describe("night two", () => {
  beforeAll(() => {
    current = () => db;
  });

  it("completes", () => {
    expect(night2.code).toBe(0);
  });

  it("fetches only new or changed pages, and asks conditionally for what it has seen", () => {
    const articlePaths = night2Requests.map((r) => r.path).filter((p) => p.startsWith("/bai/") || p.startsWith("/cu/"));
    // the changed article (newer lastmod), the new one, and last night's failures (retried on a later night)
    expect(new Set(articlePaths)).toEqual(new Set(["/bai/a1.html", "/bai/a11.html", "/bai/hang.html", "/bai/mat.html"]));
    const a1 = night2Requests.find((r) => r.path === "/bai/a1.html")!;
    expect(a1.headers["if-none-match"]).toBeTruthy();
    const a11 = night2Requests.find((r) => r.path === "/bai/a11.html")!;
    expect(a11.headers["if-none-match"]).toBeUndefined();
    for (const p of ["/", "/sitemap-news.xml", "/sitemap-old.xml.gz", "/feed.rss", "/tin-tuc?page=2"]) {
      const r = night2Requests.find((x) => x.path === p)!;
      expect(r, p).toBeTruthy();
      expect(r.headers["if-none-match"] ?? r.headers["if-modified-since"], p).toBeTruthy();
    }
  });

  it("stores the new article, updates the changed one, and leaves the rest alone", () => {
    expect(q("SELECT COUNT(*) AS n FROM articles")[0]).toEqual({ n: 11 });
    const a1 = q<{ body: string }>("SELECT body FROM articles WHERE identity = ?", site.url + "/bai/a1.html")[0];
    expect(a1.body).toContain("cập nhật thêm thông tin");
    const rs = q<Record<string, number>>("SELECT * FROM run_sources WHERE run_id = 2")[0];
    expect(rs.stored).toBe(2);
    expect(rs.not_modified).toBeGreaterThanOrEqual(4);
  });

  it("export gives one line per article, each with its canonical url", async () => {
    const r = await cli(["export", "--db", db, "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(11);
    const urls = lines.map((l) => l.url).sort();
    expect(urls).toEqual([...site.articleUrls(), site.url + "/bai/a11.html"].sort());
    expect(lines.every((l) => l.article.body.length > 200)).toBe(true);
  });
});
