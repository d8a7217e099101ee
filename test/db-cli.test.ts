// The research commands as a researcher runs them (child processes on the
// built CLI): query still refuses writes, show marks every span and traces a
// record to its sentence, search prints snippets.
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { markSpans, PLAIN, parseRecordRef } from "../src/store/research.js";
import { buildDb } from "./db-fixtures.js";
import { ROOT } from "./helpers.js";

const BIN = join(ROOT, "bin", "vnpress.js");
const cli = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT, env: { ...process.env, ...env } });

let path: string;
beforeAll(() => {
  path = buildDb();
});

const count = (sql: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
};

describe("vnpress query stays read-only", () => {
  test.each([
    ["DELETE FROM articles"],
    ["DROP VIEW v_money"],
    ["UPDATE money SET amount = 0"],
    ["INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"],
    ["DELETE FROM articles_fts"],
  ])("%s is refused with exit 2 and nothing changes", (sql) => {
    const before = [count("SELECT COUNT(*) FROM articles"), count("SELECT COUNT(*) FROM articles_fts"), count("SELECT SUM(amount) FROM money"), count("SELECT COUNT(*) FROM sqlite_master")];
    const r = cli(["query", "--db", path, sql]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/refused, this statement would change the database/);
    expect(r.stdout).toBe("");
    expect([count("SELECT COUNT(*) FROM articles"), count("SELECT COUNT(*) FROM articles_fts"), count("SELECT SUM(amount) FROM money"), count("SELECT COUNT(*) FROM sqlite_master")]).toEqual(before);
  });

  test("the views and the index can be queried", () => {
    const r = cli(["query", "--db", path, "--format", "json", "SELECT province, usd FROM v_money WHERE text = '4.750 triệu USD'"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ province: "Lạng Sơn", usd: 4750000000 }]);
    const s = cli(["query", "--db", path, "--format", "jsonl", "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'hua phan'"]);
    expect(s.status).toBe(0);
    expect(s.stdout.trim().split("\n").length).toBe(1);
  });
});

describe("vnpress show", () => {
  const moneyId = () => count("SELECT id FROM money WHERE text = '4.750 triệu USD'") as number;

  test("an article by id: every span marked and labelled with kind#id, and the list of records", () => {
    const id = count("SELECT article_id FROM money WHERE text = '4.750 triệu USD'");
    const r = cli(["show", String(id), "--db", path]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`⟦money#${moneyId()}: 4.750 triệu USD⟧`);
    expect(r.stdout).toMatch(/⟦delegations#\d+: 53 đoàn\/505 lượt cán bộ⟧/);
    expect(r.stdout).toMatch(/⟦docrefs#\d+: Nghị quyết 22-NQ\/TW ngày 10\/4\/2013⟧/);
    expect(r.stdout).toContain("file fixtures/articles/lang-son-2020-01-20.txt");
    expect(r.stdout).not.toContain("\u001b[");
    const total = (["delegations", "money", "agreements", "partners", "docrefs"] as const).reduce((n, k) => n + (count(`SELECT COUNT(*) FROM ${k} WHERE article_id = ${id}`) as number), 0);
    expect((r.stdout.match(/⟦[a-z]+#\d+: /g) ?? []).length).toBe(total);
  });

  test("an article by URL or by file; colour when asked", () => {
    const byUrl = cli(["show", "https://example.vn/ha-giang-doi-ngoai-2019/", "--db", path]);
    expect(byUrl.status).toBe(0);
    expect(byUrl.stdout).toContain("province Hà Giang (since 2025: Tuyên Quang)");
    expect(byUrl.stdout).toMatch(/⟦partners#\d+: Vân Nam⟧/);
    const byFile = cli(["show", "./fixtures/articles/nghe-an-2025-09-25.txt", "--db", path, "--color"]);
    expect(byFile.status).toBe(0);
    expect(byFile.stdout).toMatch(/\u001b\[0;2m\[partners#\d+\]\u001b\[0m\u001b\[1;35mHủa Phăn\u001b\[0m/);
  });

  test("--record KIND:ID: the record, its sentence with the span marked, the check and the article's file", () => {
    const r = cli(["show", "--record", `money:${moneyId()}`, "--db", path]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/amount\s+4750000000/);
    expect(r.stdout).toContain("Năm 2019, tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt ⟦money: 4.750 triệu USD⟧, đạt 90,8% kế hoạch");
    expect(r.stdout).toMatch(/check: body\[\d+:\d+\] of the article reads "4.750 triệu USD" ✓/);
    expect(r.stdout).toContain("file fixtures/articles/lang-son-2020-01-20.txt");
    const u = cli(["show", "--record", `partner#${count("SELECT id FROM partners WHERE name = 'Yunnan'")}`, "--db", path]);
    expect(u.stdout).toContain("url https://example.vn/ha-giang-doi-ngoai-2019");
    expect(u.stdout).toContain("⟦partners: Vân Nam⟧");
  });

  test("what is not there is named: exit 1; a malformed ref or no argument: exit 2", () => {
    const none = cli(["show", "999", "--db", path]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/no article "999"/);
    const noRec = cli(["show", "--record", "money:99999", "--db", path]);
    expect(noRec.status).toBe(1);
    expect(noRec.stderr).toMatch(/no money record with id 99999/);
    expect(cli(["show", "--record", "cash:1", "--db", path]).status).toBe(2);
    expect(cli(["show", "--db", path]).status).toBe(2);
  });

  test("spans nest, and a span crossing another's end is split, both parts labelled", () => {
    const text = "ký 05 bản thỏa thuận với tỉnh Hủa Phăn hôm qua";
    const at = (s: string) => text.indexOf(s);
    const marked = markSpans(
      text,
      [
        { start: at("05"), end: at("Hủa") + 8, label: "agreements#1", kind: "agreements" },
        { start: at("Hủa"), end: at("Hủa") + 8, label: "partners#2", kind: "partners" },
        { start: at("tỉnh"), end: at("hôm") + 3, label: "x#3", kind: "x" },
      ],
      PLAIN,
    );
    expect(marked).toBe("ký ⟦agreements#1: 05 bản thỏa thuận với ⟦x#3: tỉnh ⟦partners#2: Hủa Phăn⟧⟧⟧⟦x#3:  hôm⟧ qua");
    expect(parseRecordRef("Agreement:3")).toEqual({ kind: "agreements", id: 3 });
    expect(parseRecordRef("money 3")).toBeNull();
  });
});

describe("vnpress search", () => {
  test("prints each matching article with its id, date, province, file and a marked snippet", () => {
    const r = cli(["search", "--db", path, "hua", "phan"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/#\d+  2025-09-25  Nghệ An  Công tác đối ngoại của tỉnh Nghệ An/);
    expect(r.stdout).toContain("fixtures/articles/nghe-an-2025-09-25.txt");
    expect(r.stdout).toContain("⟦Hủa Phăn⟧");
    expect(r.stderr).toMatch(/^1 article matches "hua phan"/);
  });

  test("--limit, --format jsonl, and a bad --raw query is a usage error", () => {
    const r = cli(["search", "--db", path, "--limit", "2", "--format", "jsonl", "tinh"]);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.length).toBe(2);
    expect(Object.keys(lines[0])).toEqual(["article_id", "url", "file", "title", "published", "province", "province_2025", "score", "matches", "zone", "snippet"]);
    const bad = cli(["search", "--db", path, "--raw", 'body: "unterminated']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/cannot read the query/);
  });
});
