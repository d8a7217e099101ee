// The migration path: a new database gets every migration; a schema-v1
// database (only migration 001, with data) is upgraded in place by openStore
// without losing a row, and then has working views and a full index.
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { migrate, openStore, readRecords, schemaVersion } from "../src/store/db.js";
import { MIGRATIONS } from "../src/store/migrations/index.js";
import { migration001 } from "../src/store/migrations/001-initial.js";
import { searchArticles } from "../src/store/research.js";
import { RECORD_KINDS } from "../src/types.js";
import { haGiang, VERSION } from "./db-fixtures.js";
import { ROOT, tempDir } from "./helpers.js";

const VIEWS = ["articles_fts_source", "v_agreement_partners", "v_agreements", "v_delegations", "v_docrefs", "v_documents", "v_money", "v_partners"];
const lastVersion = MIGRATIONS[MIGRATIONS.length - 1].version;

/** A database as vnpress schema v1 left it: migration 001 only, with two articles and records of every kind. */
function v1Database(path: string, opts: { asFirstShipped?: boolean } = {}): void {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  // 001 as first shipped had delegations.direction NOT NULL
  const sql001 = opts.asFirstShipped ? migration001.sql.replace(/\bdirection TEXT (NOT NULL )?CHECK/, "direction TEXT NOT NULL CHECK") : migration001.sql;
  if (opts.asFirstShipped) expect(sql001).toContain("direction TEXT NOT NULL CHECK");
  db.exec(sql001);
  db.prepare("INSERT INTO schema_migrations VALUES (1, ?, '2024-01-01T00:00:00Z')").run(migration001.name);
  db.pragma("user_version = 1");
  const art = db.prepare(
    "INSERT INTO articles (identity, url, file, input_kind, content_hash, title, published, author, province, province_2025, body, captions, ingested_at, extractor_version) VALUES (?, ?, ?, 'text', ?, ?, ?, NULL, ?, ?, ?, ?, '2024-01-01T00:00:00Z', '0.0.1')",
  );
  const body1 = "Năm 2019, tỉnh Nghệ An đã cử 20 đoàn sang thăm tỉnh Hủa Phăn (Lào) theo Nghị quyết số 22-NQ/TW; kim ngạch đạt 3,2 triệu USD.";
  const a1 = Number(art.run("old/nghe-an.txt", null, "old/nghe-an.txt", "h1", "Nghệ An với Hủa Phăn", "2020-02-01T08:00:00+07:00", "Nghệ An", "Nghệ An", body1, '["Ảnh Đoàn công tác"]').lastInsertRowid);
  const a2 = Number(art.run("https://example.vn/hg", "https://example.vn/hg", null, "h2", "Hà Giang đón đoàn Vân Nam", "2019-05-05", "Hà Giang", "Tuyên Quang", "Tỉnh Hà Giang ký 02 biên bản ghi nhớ với tỉnh Vân Nam.", "[]").lastInsertRowid);
  const ev = (body: string, text: string) => {
    const start = body.indexOf(text);
    return [start, start + text.length, text, body];
  };
  db.prepare(`INSERT INTO delegations (article_id, zone, start, "end", text, sentence, extractor_version, qualifier, status, change, period, direction, delegations, people, countries) VALUES (?, 'body', ?, ?, ?, ?, '0.0.1', 'exact', 'actual', 0, '2019', 'outbound', 20, NULL, NULL)`).run(a1, ...ev(body1, "20 đoàn"));
  db.prepare(`INSERT INTO money (article_id, zone, start, "end", text, sentence, extractor_version, qualifier, status, change, period, amount, currency) VALUES (?, 'body', ?, ?, ?, ?, '0.0.1', 'exact', 'actual', 0, '2019', 3200000, 'USD')`).run(a1, ...ev(body1, "3,2 triệu USD"));
  db.prepare(`INSERT INTO partners (article_id, zone, start, "end", text, sentence, extractor_version, name, country, subdivision, surface) VALUES (?, 'body', ?, ?, ?, ?, '0.0.1', 'Houaphanh', 'LA', NULL, '["Hủa Phăn"]')`).run(a1, ...ev(body1, "Hủa Phăn"));
  db.prepare(`INSERT INTO docrefs (article_id, zone, start, "end", text, sentence, extractor_version, type, number, symbol, doc_id, issuer, date, title) VALUES (?, 'body', ?, ?, ?, ?, '0.0.1', 'Nghị quyết', 22, 'NQ/TW', '22-NQ/TW', 'Bộ Chính trị', NULL, NULL)`).run(a1, ...ev(body1, "Nghị quyết số 22-NQ/TW"));
  const body2 = "Tỉnh Hà Giang ký 02 biên bản ghi nhớ với tỉnh Vân Nam.";
  db.prepare(`INSERT INTO agreements (article_id, zone, start, "end", text, sentence, extractor_version, qualifier, status, change, period, count, kind, level, partners) VALUES (?, 'body', ?, ?, ?, ?, '0.0.1', 'exact', 'actual', 0, NULL, 2, 'biên bản ghi nhớ', 'province', '["Yunnan"]')`).run(a2, ...ev(body2, "02 biên bản ghi nhớ"));
  db.prepare(`INSERT INTO partners (article_id, zone, start, "end", text, sentence, extractor_version, name, country, subdivision, surface) VALUES (?, 'body', ?, ?, ?, ?, '0.0.1', 'Yunnan', 'CN', NULL, '["Vân Nam"]')`).run(a2, ...ev(body2, "Vân Nam"));
  db.close();
}

function dump(db: Database.Database): Record<string, unknown[]> {
  return Object.fromEntries(["articles", ...RECORD_KINDS].map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
}

describe("a new database", () => {
  test("gets every migration in order, the views and the full-text index", () => {
    const store = openStore(join(tempDir(), "new.sqlite"));
    const db = store.db;
    expect(db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all()).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
    expect(schemaVersion(db)).toBe(lastVersion);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").pluck().all()).toEqual(VIEWS);
    for (const v of VIEWS) expect(db.prepare(`SELECT COUNT(*) FROM ${v}`).pluck().get()).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' ORDER BY name").pluck().all()).toEqual(expect.arrayContaining(["articles_fts_delete", "articles_fts_insert", "articles_fts_update"]));
    expect(migrate(db)).toEqual([]);
    store.upsert(haGiang(), { extractorVersion: VERSION });
    expect(db.prepare("SELECT COUNT(*) FROM v_delegations").pluck().get()).toBe(2);
    expect(searchArticles(db, "van nam").hits.length).toBe(1);
    store.close();
  });
});

describe("a schema-v1 database", () => {
  test("is upgraded in place by openStore: every row survives, views and search work on the old data", () => {
    const path = join(tempDir(), "v1.sqlite");
    v1Database(path);
    const before = dump(new Database(path, { readonly: true }));
    expect(before.articles.length).toBe(2);

    const store = openStore(path);
    const db = store.db;
    expect(db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all()).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
    expect(dump(db)).toEqual(before);

    expect(db.prepare("SELECT province, province_2025, year, direction, delegations, period_start FROM v_delegations").all()).toEqual([{ province: "Nghệ An", province_2025: "Nghệ An", year: 2020, direction: "outbound", delegations: 20, period_start: 2019 }]);
    expect(db.prepare("SELECT province, usd, file, url FROM v_money").all()).toEqual([{ province: "Nghệ An", usd: 3200000, file: "old/nghe-an.txt", url: null }]);
    expect(db.prepare("SELECT province, province_2025, partner, partner_country FROM v_agreement_partners").all()).toEqual([{ province: "Hà Giang", province_2025: "Tuyên Quang", partner: "Yunnan", partner_country: "CN" }]);
    expect(db.prepare("SELECT province, year, partner, country FROM v_partners ORDER BY record_id").all()).toEqual([
      { province: "Nghệ An", year: 2020, partner: "Houaphanh", country: "LA" },
      { province: "Hà Giang", year: 2019, partner: "Yunnan", country: "CN" },
    ]);
    expect(db.prepare("SELECT doc_id, articles, provinces, first_cited FROM v_documents").all()).toEqual([{ doc_id: "22-NQ/TW", articles: 1, provinces: "Nghệ An", first_cited: "2020-02-01" }]);

    // the index was filled from the old articles (title, body and captions)
    expect(searchArticles(db, "hua phan").hits.map((h) => h.file)).toEqual(["old/nghe-an.txt"]);
    expect(searchArticles(db, "doan cong tac").hits.map((h) => h.zone)).toEqual(["caption"]);
    expect(searchArticles(db, "ha giang").hits.map((h) => h.url)).toEqual(["https://example.vn/hg"]);
    db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();

    // and the store keeps writing: old records read back, new articles indexed
    expect(readRecords(db, 1).money.map((m) => m.amount)).toEqual([3200000]);
    store.upsert(haGiang(), { extractorVersion: VERSION });
    expect(searchArticles(db, "van nam").hits.length).toBe(2);
    store.close();

    // opening again changes nothing
    const again = openStore(path);
    expect(migrate(again.db)).toEqual([]);
    expect(again.db.prepare("SELECT COUNT(*) FROM articles").pluck().get()).toBe(3);
    again.close();
  });

  test("one created by the first 001 (direction NOT NULL) is rebuilt: rows and ids kept, NULL direction accepted", () => {
    const path = join(tempDir(), "v1-first.sqlite");
    v1Database(path, { asFirstShipped: true });
    const before = dump(new Database(path, { readonly: true }));
    const store = openStore(path);
    expect(dump(store.db)).toEqual(before);
    expect(store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'delegations'").pluck().all()).toEqual(["delegations_article"]);
    const p = haGiang();
    p.records.delegations[1] = { ...p.records.delegations[1], direction: null };
    store.upsert(p, { extractorVersion: VERSION });
    expect(store.db.prepare("SELECT direction, delegations FROM v_delegations WHERE province = 'Hà Giang' ORDER BY record_id").all()).toEqual([
      { direction: "outbound", delegations: 12 },
      { direction: null, delegations: 9 },
    ]);
    store.db.prepare("DELETE FROM articles WHERE id = 1").run();
    expect(store.db.prepare("SELECT COUNT(*) FROM delegations WHERE article_id = 1").pluck().get()).toBe(0);
    expect(store.db.pragma("foreign_key_check")).toEqual([]);
    store.close();
  });

  test("a read command (search) upgrades it in place first and says so", () => {
    const path = join(tempDir(), "v1-cli.sqlite");
    v1Database(path);
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "vnpress.js"), "search", "--db", path, "hua", "phan"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/upgraded .* in place/);
    expect(r.stdout).toContain("⟦Hủa Phăn⟧");
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT MAX(version) FROM schema_migrations").pluck().get()).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
    expect(db.prepare("SELECT COUNT(*) FROM articles").pluck().get()).toBe(2);
    db.close();
  });
});
