// Full-text search: matches with and without diacritics and with đ = d, and
// the index follows the articles through insert, re-ingest and delete.
import Database from "better-sqlite3";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ingestPaths } from "../src/commands/ingest.js";
import { openStore } from "../src/store/db.js";
import { ftsQuery, markSpans, PLAIN, searchArticles, snippetOf } from "../src/store/research.js";
import { buildDb, haGiang, processed, VERSION } from "./db-fixtures.js";
import { FIXTURES, tempDir } from "./helpers.js";

const files = (db: Database.Database, words: string) => searchArticles(db, words, { limit: 50 }).hits.map((h) => h.file ?? h.url);
const plain = (m: { text: string; ranges: [number, number][] }) => markSpans(m.text, m.ranges.map(([start, end]) => ({ start, end, label: "", kind: "match" })), PLAIN);

/** The index has exactly one row per article, holding its title and body with đ → d. */
function expectInSync(db: Database.Database) {
  const articles = db.prepare("SELECT id, title, body, captions FROM articles ORDER BY id").all() as { id: number; title: string | null; body: string; captions: string }[];
  const indexed = db.prepare("SELECT rowid AS id, title, body, captions FROM articles_fts ORDER BY rowid").all() as { id: number; title: string | null; body: string; captions: string }[];
  const fold = (s: string | null) => (s === null ? null : s.replace(/đ/g, "d").replace(/Đ/g, "D"));
  // captions are indexed as one text, separated by blank lines (what search maps its highlights onto)
  expect(indexed).toEqual(articles.map((a) => ({ id: a.id, title: fold(a.title), body: fold(a.body), captions: fold((JSON.parse(a.captions) as string[]).join("\n\n")) })));
  // FTS5's own check of its index against its content (a write statement: needs a writable connection)
  if (!db.readonly) db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run();
}

describe("search without diacritics", () => {
  const db = new Database(buildDb(), { readonly: true });

  test.each([
    ["hua phan", "nghe-an-2025-09-25"],
    ["Hủa Phăn", "nghe-an-2025-09-25"],
    ["HUA PHAN", "nghe-an-2025-09-25"],
    ["nghi quyet 59", "nghe-an-2025-09-25"],
    ["Nghị quyết 59-NQ/TW", "nghe-an-2025-09-25"],
    ["59-NQ/TW", "nghe-an-2025-09-25"],
    ["ulianop", "nghe-an-2020-05-05"],
    ["choang quang tay", "nghe-an-2025-09-25"],
  ])("%s finds %s", (words, file) => {
    expect(files(db, words).some((f) => f!.includes(file))).toBe(true);
  });

  test("đ = d: `dang` finds Đảng, `đảng` too, and both find the same articles", () => {
    const a = files(db, "dai hoi dang");
    expect(a.length).toBeGreaterThan(0);
    expect(files(db, "Đại hội Đảng")).toEqual(a);
    expect(files(db, "đại hội đảng")).toEqual(a);
  });

  test("the snippet is the original text, diacritics and đ kept, with the match marked", () => {
    const [hit] = searchArticles(db, "hua phan").hits;
    expect(plain(hit.snippet)).toContain("⟦Hủa Phăn⟧");
    const [nq] = searchArticles(db, "nghi quyet 59").hits;
    expect(plain(nq.snippet)).toContain("⟦Nghị quyết 59⟧-NQ/TW");
    const [dang] = searchArticles(db, "dai hoi").hits;
    expect(plain(dang.snippet)).toMatch(/⟦Đại hội⟧/i);
  });

  test("all words must occur; a phrase in quotes must occur as written; OR; prefix", () => {
    expect(files(db, "hua phan takeo")).toEqual([]);
    expect(files(db, '"phan hua"')).toEqual([]);
    expect(files(db, "takeo OR ulianop").sort()).toEqual(["fixtures/articles/an-giang-2017.txt", "fixtures/articles/nghe-an-2020-05-05.txt", "fixtures/articles/nghe-an-2025-09-25.txt"]);
    expect(files(db, "ulian*").sort()).toEqual(["fixtures/articles/nghe-an-2020-05-05.txt", "fixtures/articles/nghe-an-2025-09-25.txt"]);
    expect(files(db, "kand*")).toEqual(["fixtures/articles/an-giang-2017.txt"]);
    expect(ftsQuery('Nghị quyết "59-NQ/TW" OR')).toBe('"nghi" "quyet" "59 nq tw"');
    expect(ftsQuery("  - / ")).toBeNull();
  });

  test("titles and captions are searched too", () => {
    expect(files(db, "ket qua noi bat")).toContain("fixtures/articles/lang-son-2020-01-20.txt");
    const caption = searchArticles(db, "thang 5/2019").hits.find((h) => h.url?.includes("ha-giang"));
    expect(caption?.zone).toBe("caption");
    expect(plain(caption!.snippet)).toContain("⟦tháng 5/2019⟧");
  });

  test("researchers can MATCH in plain SQL", () => {
    const rows = db.prepare("SELECT a.file FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH 'hua phan'").pluck().all();
    expect(rows).toEqual(["fixtures/articles/nghe-an-2025-09-25.txt"]);
  });

  test("the index holds every article", () => {
    const rw = new Database(db.name);
    expectInSync(rw);
    rw.close();
  });
});

describe("the index stays in sync", () => {
  test("insert, replace with changed content, unchanged re-upsert, delete (through the store)", () => {
    const path = join(tempDir(), "sync.sqlite");
    const store = openStore(path);
    const v1 = haGiang();
    const { id } = store.upsert(v1, { extractorVersion: VERSION });
    expect(files(store.db, "van nam")).toEqual([v1.doc.url]);
    expectInSync(store.db);

    const changedBody = v1.article.body.replace(/Vân Nam/g, "Chăm-pa-sắc");
    const v2 = processed(v1.doc.identity, { ...v1.article, body: changedBody }, {}, { url: v1.doc.url });
    expect(store.upsert(v2, { extractorVersion: VERSION })).toEqual({ id, result: "replaced" });
    expect(files(store.db, "van nam")).toEqual([]);
    expect(files(store.db, "cham pa sac")).toEqual([v1.doc.url]);
    expect(store.upsert(v2, { extractorVersion: VERSION }).result).toBe("unchanged");
    expectInSync(store.db);

    // captions with quotes, a backslash and commas between quotes are indexed as written
    const odd = processed("odd-captions", { ...v1.article, captions: ['Đoàn "Vân Nam", tỉnh "A","B"', "C:\\ảnh\\1", 'x\\"y'] }, {}, { url: "https://example.vn/odd" });
    const oddId = store.upsert(odd, { extractorVersion: VERSION }).id;
    expectInSync(store.db);
    expect(searchArticles(store.db, "doan van nam").hits.find((h) => h.id === oddId)).toBeDefined();
    store.db.prepare("DELETE FROM articles WHERE id = ?").run(oddId);

    store.db.prepare("DELETE FROM articles WHERE id = ?").run(id);
    expect(files(store.db, "cham pa sac")).toEqual([]);
    expect(store.db.prepare("SELECT COUNT(*) FROM articles_fts").pluck().get()).toBe(0);
    expect(store.db.prepare("SELECT COUNT(*) FROM delegations").pluck().get()).toBe(0);
    expectInSync(store.db);
    store.close();
  });

  test("re-ingesting a changed file through `ingest` replaces what the index finds", () => {
    const dir = tempDir();
    const file = join(dir, "nghe-an-2025-09-25.txt");
    copyFileSync(join(FIXTURES, "nghe-an-2025-09-25.txt"), file);
    const path = join(dir, "ingest.sqlite");
    expect(ingestPaths([dir], { db: path, quiet: true }).counts.inserted).toBe(1);
    let db = new Database(path, { readonly: true });
    expect(files(db, "hua phan")).toEqual([file]);
    expect(files(db, "luang prabang")).toEqual([]);
    db.close();

    writeFileSync(file, readFileSync(file, "utf8").replaceAll("Hủa Phăn", "Luông Pha Bang"));
    expect(ingestPaths([dir], { db: path, quiet: true }).counts.replaced).toBe(1);
    db = new Database(path, { readonly: true });
    expect(files(db, "hua phan")).toEqual([]);
    expect(files(db, "luong pha bang")).toEqual([file]);
    expect(ingestPaths([dir], { db: path, quiet: true }).counts.unchanged).toBe(1);
    db.close();
    db = new Database(path);
    expectInSync(db);
    db.close();
  });

  test("a write from outside vnpress (plain SQL) keeps the index in sync too", () => {
    const path = buildDb();
    const db = new Database(path);
    db.prepare("UPDATE articles SET title = 'Tin Đắk Lắk' WHERE id = 1").run();
    expect(searchArticles(db, "dak lak").hits.map((h) => h.id)).toEqual([1]);
    expectInSync(db);
    db.close();
  });
});

describe("snippets", () => {
  test("a window around the most different matched words, cut at blanks", () => {
    const text = "aaa bbb ccc " + "x ".repeat(200) + "Hủa Phăn và Xiêng Khoảng " + "y ".repeat(200);
    const at = text.indexOf("Hủa");
    const ranges: [number, number][] = [[4, 7], [at, at + 3], [at + 4, at + 8]];
    const s = snippetOf(text, ranges, 60);
    expect(plain(s)).toMatch(/^….*⟦Hủa Phăn⟧ và Xiêng Khoảng.*…$/);
    expect(s.text.length).toBeLessThanOrEqual(62);
  });
});
