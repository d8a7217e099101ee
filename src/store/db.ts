// The SQLite store (better-sqlite3: synchronous calls, statements prepared once,
// writes batched in transactions). An article and its records are written in
// one transaction: a reader never sees half an article.
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { MIGRATIONS } from "./migrations/index.js";
import type { Processed } from "../pipeline.js";
import type { Article, RecordsByKind, RecordKind } from "../types.js";
import { RECORD_KINDS } from "../types.js";

export type DB = Database.Database;

export class StoreError extends Error {}

export function migrate(db: DB): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, new Date().toISOString());
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}

export function schemaVersion(db: DB): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/** Open (and create or upgrade) a database for writing. */
export function openStore(path: string): Store {
  mkdirSync(dirname(path), { recursive: true });
  let db: DB;
  try {
    db = new Database(path, { timeout: 10_000 });
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    migrate(db);
  } catch (e) {
    throw new StoreError(`${path}: cannot open as a vnpress database (${(e as Error).message})`);
  }
  return new Store(db);
}

/** Open an existing database read-only: nothing a query does can change it. */
export function openReadOnly(path: string): DB {
  let db: DB;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    db.prepare("SELECT 1 FROM articles LIMIT 1").get();
  } catch (e) {
    const msg = (e as Error).message;
    throw new StoreError(/unable to open|SQLITE_CANTOPEN|directory does not exist/i.test(msg) ? `${path}: no database there; create one with \`vnpress ingest PATH --db ${path}\`` : `${path}: not a vnpress database (${msg})`);
  }
  return db;
}

export type UpsertResult = "inserted" | "replaced" | "unchanged";

const COMMON = ["zone", "start", "end", "text", "sentence"] as const;
const CONTEXT = ["qualifier", "status", "change", "period"] as const;

/** Column lists per kind: record field → column. */
const COLUMNS: Record<RecordKind, [string, string][]> = {
  delegations: [...COMMON, ...CONTEXT, "direction", "delegations", "people", "countries"].map((c) => [c, c]),
  money: [...COMMON, ...CONTEXT, "amount", "currency"].map((c) => [c, c]),
  agreements: [...COMMON, ...CONTEXT, "count", "kind", "level", "partners"].map((c) => [c, c]),
  partners: [...COMMON, "name", "country", "subdivision", "surface"].map((c) => [c, c]),
  docrefs: [...[...COMMON, "type", "number", "symbol"].map((c) => [c, c] as [string, string]), ["id", "doc_id"], ["issuer", "issuer"], ["date", "date"], ["title", "title"]],
};
const JSON_COLUMNS = new Set(["partners", "surface"]);

function toColumn(field: string, value: unknown): unknown {
  if (JSON_COLUMNS.has(field)) return JSON.stringify(value ?? []);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value ?? null;
}

export interface ArticleRow {
  id: number;
  identity: string;
  url: string | null;
  file: string | null;
  input_kind: string;
  content_hash: string;
  title: string | null;
  published: string | null;
  author: string | null;
  province: string | null;
  province_2025: string | null;
  category: string | null;
  kicker: string | null;
  source: string | null;
  body: string;
  captions: string;
  fetched_at: string | null;
  ingested_at: string;
  extractor_version: string;
}

export class Store {
  private readonly findArticle;
  private readonly insertArticle;
  private readonly updateArticle;
  private readonly deleteRecords: Database.Statement[];
  private readonly insertRecord: Record<RecordKind, Database.Statement>;

  constructor(readonly db: DB) {
    this.findArticle = db.prepare("SELECT id, content_hash FROM articles WHERE identity = ?");
    const articleCols = ["identity", "url", "file", "input_kind", "content_hash", "title", "published", "author", "province", "province_2025", "category", "kicker", "source", "body", "captions", "fetched_at", "ingested_at", "extractor_version"];
    this.insertArticle = db.prepare(`INSERT INTO articles (${articleCols.join(",")}) VALUES (${articleCols.map((c) => "@" + c).join(",")})`);
    this.updateArticle = db.prepare(`UPDATE articles SET ${articleCols.filter((c) => c !== "identity").map((c) => `${c} = @${c}`).join(", ")} WHERE id = @id`);
    this.deleteRecords = RECORD_KINDS.map((k) => db.prepare(`DELETE FROM ${k} WHERE article_id = ?`));
    this.insertRecord = Object.fromEntries(
      RECORD_KINDS.map((k) => {
        const cols = ["article_id", "extractor_version", ...COLUMNS[k].map(([, c]) => c)];
        return [k, db.prepare(`INSERT INTO ${k} (${cols.map((c) => `"${c}"`).join(",")}) VALUES (${cols.map(() => "?").join(",")})`)];
      }),
    ) as Record<RecordKind, Database.Statement>;
  }

  close(): void {
    this.db.close();
  }

  /**
   * Store one processed article with its records. Same identity and same
   * content hash: nothing changes. Changed content: the article row is
   * updated in place (its id stays) and its records are replaced, all in one
   * transaction.
   */
  upsert(p: Processed, opts: { extractorVersion: string; now?: string; force?: boolean }): { id: number; result: UpsertResult } {
    const tx = this.db.transaction((): { id: number; result: UpsertResult } => {
      const existing = this.findArticle.get(p.doc.identity) as { id: number; content_hash: string } | undefined;
      // `force` (reextract): rebuild the records even when the input is the same
      if (existing && existing.content_hash === p.contentHash && !opts.force) return { id: existing.id, result: "unchanged" };
      const row = this.articleRow(p, opts);
      let id: number;
      if (existing) {
        id = existing.id;
        for (const d of this.deleteRecords) d.run(id);
        this.updateArticle.run({ ...row, id });
      } else {
        id = Number(this.insertArticle.run(row).lastInsertRowid);
      }
      this.insertRecords(id, p.records, opts.extractorVersion);
      return { id, result: existing ? "replaced" : "inserted" };
    });
    return tx.immediate();
  }

  private articleRow(p: Processed, opts: { extractorVersion: string; now?: string }) {
    const a: Article = p.article;
    return {
      identity: p.doc.identity,
      url: p.doc.url ?? a.url ?? null,
      file: p.doc.file ?? null,
      input_kind: p.doc.kind,
      content_hash: p.contentHash,
      title: a.title,
      published: a.published,
      author: a.author,
      province: a.province,
      province_2025: a.province2025,
      category: a.category,
      kicker: a.kicker,
      source: a.source,
      body: a.body,
      captions: JSON.stringify(a.captions),
      fetched_at: p.doc.fetchedAt ?? null,
      ingested_at: opts.now ?? new Date().toISOString(),
      extractor_version: opts.extractorVersion,
    };
  }

  private insertRecords(articleId: number, records: RecordsByKind, version: string): void {
    for (const k of RECORD_KINDS) {
      const stmt = this.insertRecord[k];
      for (const r of records[k] as unknown as Record<string, unknown>[]) {
        stmt.run(articleId, version, ...COLUMNS[k].map(([field]) => toColumn(field, r[field])));
      }
    }
  }
}

/** Read records of one article back into the export shape. */
export function readRecords(db: DB, articleId: number): RecordsByKind {
  const out = {} as Record<RecordKind, unknown[]>;
  for (const k of RECORD_KINDS) {
    const rows = db.prepare(`SELECT * FROM ${k} WHERE article_id = ? ORDER BY id`).all(articleId) as Record<string, unknown>[];
    out[k] = rows.map((row) => {
      const rec: Record<string, unknown> = {};
      for (const [field, col] of COLUMNS[k]) {
        let v = row[col];
        if (JSON_COLUMNS.has(field)) v = JSON.parse(String(v ?? "[]"));
        else if (field === "change") v = v === 1;
        rec[field] = v;
      }
      rec.record_id = row.id;
      rec.extractor_version = row.extractor_version;
      return rec;
    });
  }
  return out as unknown as RecordsByKind;
}

export function* readArticles(db: DB, where = "1 = 1", params: unknown[] = []): Generator<{ row: ArticleRow; records: RecordsByKind }> {
  // ids first: better-sqlite3 cannot run other statements while one iterates
  const ids = db.prepare(`SELECT id FROM articles WHERE ${where} ORDER BY id`).pluck().all(...params) as number[];
  const one = db.prepare("SELECT * FROM articles WHERE id = ?");
  for (const id of ids) yield { row: one.get(id) as ArticleRow, records: readRecords(db, id) };
}

export function articleFromRow(row: ArticleRow): Article {
  return {
    title: row.title,
    published: row.published,
    author: row.author,
    province: row.province,
    province2025: row.province_2025,
    category: row.category,
    kicker: row.kicker,
    source: row.source,
    body: row.body,
    captions: JSON.parse(row.captions),
    url: row.url,
  };
}
