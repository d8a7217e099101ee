import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, tempDir } from "./helpers.js";

const BIN = join(ROOT, "bin", "vnpress.js");

function vnpress(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).sort().map((f) => join(FIXTURES, f));

describe("vnpress CLI (as a child process)", () => {
  it("--help lists every command and exits 0", () => {
    const r = vnpress(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["ingest", "extract", "export", "query", "stats"]) expect(r.stdout).toContain(c);
    expect(vnpress(["extract", "--help"]).stdout).toContain("--format");
  });

  it("a usage error exits 2", () => {
    expect(vnpress(["no-such-command"]).code).toBe(2);
    expect(vnpress(["extract", fixtures[0], "--format", "xml"]).code).toBe(2);
    expect(vnpress(["extract"]).code).toBe(2);
  });

  it("extract prints one JSON line per input, in input order", () => {
    const order = [fixtures[2], fixtures[0], fixtures[4]];
    const r = vnpress(["extract", ...order, "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(order);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(expect.arrayContaining(["file", "article", "delegations", "money", "agreements", "partners", "docrefs"]));
      expect(typeof l.article.body).toBe("string");
    }
  });

  it("bad inputs each get one line naming the file; the others are still processed (exit 1)", () => {
    const dir = tempDir();
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const binary = join(dir, "binary.txt");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const latin = join(dir, "latin.txt");
    writeFileSync(latin, Buffer.from([0x48, 0x6f, 0xe0, 0x20, 0x62, 0xec, 0x6e, 0x68]));
    const big = join(dir, "big.txt");
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x61));
    const missing = join(dir, "missing.txt");
    const r = vnpress(["extract", empty, fixtures[0], binary, latin, big, missing, "--format", "jsonl"]);
    expect(r.code).toBe(1);
    const err = r.stderr.trim().split("\n");
    expect(err).toHaveLength(5);
    expect(err[0]).toMatch(/empty\.txt: is empty/);
    expect(err[1]).toMatch(/binary\.txt: looks binary/);
    expect(err[2]).toMatch(/latin\.txt: is not valid UTF-8/);
    expect(err[3]).toMatch(/big\.txt: is 50\.0 MB, over the 20 MB limit/);
    expect(err[4]).toMatch(/missing\.txt: no such file/);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[1].article.title).toBeTruthy();
    expect(lines[0].error).toMatch(/empty/);
  });

  it("ingest stores a folder, is idempotent, and stats/export/query read it back", () => {
    const dir = tempDir();
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    for (const f of fixtures) copyFileSync(f, join(corpus, f.split("/").pop()!));
    writeFileSync(join(corpus, "notes.md"), "ignored: not an article format");
    const db = join(dir, "db.sqlite");
    const first = vnpress(["ingest", corpus, "--db", db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/5 new, 0 replaced, 0 unchanged, 0 failed/);
    const second = vnpress(["ingest", corpus, "--db", db]);
    expect(second.stderr).toMatch(/0 new, 0 replaced, 5 unchanged, 0 failed/);

    const stats = vnpress(["stats", "--db", db]);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toContain("articles: 5");
    expect(stats.stdout).toMatch(/Nghệ An\s+3/);

    const exp = vnpress(["export", "--db", db, "--format", "jsonl"]);
    const rows = exp.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => typeof r.file === "string" && r.article && Array.isArray(r.money))).toBe(true);

    const q = vnpress(["query", "--db", db, "--format", "json", "SELECT province, COUNT(*) AS n FROM articles GROUP BY province ORDER BY n DESC"]);
    expect(q.code).toBe(0);
    expect(JSON.parse(q.stdout)[0]).toEqual({ province: "Nghệ An", n: 3 });
  });

  it("ingest stores no page that is not an article, nor a folder's robots.txt", () => {
    const dir = tempDir();
    const site = join(dir, "site");
    mkdirSync(site);
    copyFileSync(join(ROOT, "fixtures", "html", "notarticle--home.html"), join(site, "home.html"));
    copyFileSync(join(ROOT, "fixtures", "html", "wordpress--lang-son-2020-01-20.html"), join(site, "article.html"));
    writeFileSync(join(site, "robots.txt"), "User-agent: *\nDisallow: /admin\n");
    const db = join(dir, "db.sqlite");
    const r = vnpress(["ingest", site, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 new, 0 replaced, 0 unchanged, 0 failed, 1 not articles \(skipped\)/);
    const rows = JSON.parse(vnpress(["query", "--db", db, "--format", "json", "SELECT file, title FROM articles"]).stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0].file).toMatch(/article\.html$/);
  });

  it("query refuses a write with a clear message, and the data is intact", () => {
    const dir = tempDir();
    const db = join(dir, "db.sqlite");
    vnpress(["ingest", fixtures[0], "--db", db]);
    for (const sql of ["DELETE FROM articles", "DROP TABLE articles", "UPDATE articles SET title = 'x'", "INSERT INTO articles (identity) VALUES ('x')"]) {
      const r = vnpress(["query", "--db", db, sql]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/refused|readonly|read-only/i);
    }
    expect(vnpress(["query", "--db", db, "--format", "jsonl", "SELECT COUNT(*) AS n FROM articles"]).stdout.trim()).toBe('{"n":1}');
  });

  it("query and stats on a missing database name it and exit 2", () => {
    const db = join(tempDir(), "nothing.sqlite");
    const r = vnpress(["stats", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nothing.sqlite");
  });
});
