// vnpress export: the database → the same shape `extract` prints (jsonl), or CSV;
// the records of one kind (or of every kind, one file each) with their article
// context from the v_* views; filtered by publication date and province.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { articleFromRow, readArticles, type ArticleRow, type DB } from "../store/db.js";
import { openResearch } from "../store/research.js";
import { toExport } from "../pipeline.js";
import { csvLine } from "../util/table.js";
import { RECORD_KINDS, type RecordKind } from "../types.js";
import { VN_PROVINCES } from "../gazetteer/vn-provinces.js";
import { foldKey } from "../text/normalize.js";
import { EXIT, UsageError } from "./common.js";
import { exitQuietlyOnClosedPipe } from "./search.js";

export interface ExportOptions {
  db: string;
  format: "jsonl" | "csv";
  /** one record kind: its records, one row each, instead of articles */
  kind?: RecordKind;
  /** articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD) */
  since?: string;
  /** articles about this province, by its name at publication or its post-2025 unit */
  province?: string;
  /** write files into this folder (articles + one per record kind) instead of stdout */
  out?: string;
  quiet?: boolean;
}

const CSV_ARTICLE_COLUMNS: (keyof ArticleRow)[] = ["id", "url", "file", "title", "published", "author", "province", "province_2025", "category", "source", "extractor_version"];

/** Record columns stored as JSON text: arrays again in jsonl. */
const JSON_COLUMNS = new Set(["partners", "surface"]);

interface Filter {
  where: string;
  params: unknown[];
}

/** Every province name the filter should accept: the matching names in the database and in the gazetteer. */
export function provinceNames(db: DB, name: string): string[] {
  const key = foldKey(name.replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, ""));
  const stored = db.prepare("SELECT province FROM articles WHERE province IS NOT NULL UNION SELECT province_2025 FROM articles WHERE province_2025 IS NOT NULL").pluck().all() as string[];
  const known = VN_PROVINCES.flatMap((p) => [p.name, p.name2025]);
  return [...new Set([...stored, ...known].filter((n) => foldKey(n) === key))];
}

export function exportFilter(db: DB, opts: Pick<ExportOptions, "since" | "province">): Filter {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (opts.since !== undefined) {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(opts.since)) throw new UsageError(`export: --since takes a date as YYYY, YYYY-MM or YYYY-MM-DD; got ${JSON.stringify(opts.since)}`);
    clauses.push("published >= ?");
    params.push(opts.since);
  }
  if (opts.province !== undefined) {
    const names = provinceNames(db, opts.province);
    if (names.length === 0) throw new UsageError(`export: --province ${JSON.stringify(opts.province)} is not a Vietnamese province (diacritics optional: "Nghe An" = "Nghệ An")`);
    const marks = names.map(() => "?").join(", ");
    clauses.push(`(province IN (${marks}) OR province_2025 IN (${marks}))`);
    params.push(...names, ...names);
  }
  return { where: clauses.length ? clauses.join(" AND ") : "1 = 1", params };
}

/** A record row of a v_* view in the jsonl shape: JSON arrays decoded, `change` as a boolean. */
export function recordJson(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (JSON_COLUMNS.has(k) && typeof v === "string") out[k] = JSON.parse(v);
    else if (k === "change" && (v === 0 || v === 1)) out[k] = v === 1;
    else out[k] = v;
  }
  return out;
}

type Sink = (chunk: string) => void;

function writeArticles(db: DB, f: Filter, format: ExportOptions["format"], write: Sink): number {
  let n = 0;
  if (format === "csv") write(csvLine([...CSV_ARTICLE_COLUMNS, ...RECORD_KINDS.map((k) => `${k}_count`)]));
  for (const { row, records } of readArticles(db, f.where, f.params)) {
    n++;
    if (format === "jsonl") {
      write(JSON.stringify({ article_id: row.id, ...toExport({ article: articleFromRow(row), records }, { url: row.url, file: row.url ? null : row.file }) }) + "\n");
    } else {
      write(csvLine([...CSV_ARTICLE_COLUMNS.map((c) => row[c]), ...RECORD_KINDS.map((k) => records[k].length)]));
    }
  }
  return n;
}

function writeRecords(db: DB, kind: RecordKind, f: Filter, format: ExportOptions["format"], write: Sink): number {
  const stmt = db.prepare(`SELECT * FROM v_${kind} WHERE ${f.where} ORDER BY article_id, record_id`);
  if (format === "csv") write(csvLine(stmt.columns().map((c) => c.name)));
  let n = 0;
  for (const row of stmt.iterate(...f.params) as Iterable<Record<string, unknown>>) {
    n++;
    write(format === "csv" ? csvLine(Object.values(row)) : JSON.stringify(recordJson(row)) + "\n");
  }
  return n;
}

function toFile(path: string, fill: (write: Sink) => number): number {
  const fd = openSync(path, "w");
  try {
    return fill((chunk) => void writeSync(fd, chunk));
  } finally {
    closeSync(fd);
  }
}

export function runExport(opts: ExportOptions): number {
  exitQuietlyOnClosedPipe();
  const db = openResearch(opts.db, { quiet: opts.quiet });
  try {
    const f = exportFilter(db, opts);
    if (!opts.out) {
      const write: Sink = (chunk) => void process.stdout.write(chunk);
      if (opts.kind) writeRecords(db, opts.kind, f, opts.format, write);
      else writeArticles(db, f, opts.format, write);
      return EXIT.ok;
    }
    try {
      mkdirSync(opts.out, { recursive: true });
    } catch (e) {
      throw new UsageError(`export: cannot create the folder ${opts.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const written: string[] = [];
    if (!opts.kind) {
      const path = join(opts.out, `articles.${opts.format}`);
      written.push(`${path} (${toFile(path, (w) => writeArticles(db, f, opts.format, w))} articles)`);
    }
    for (const kind of opts.kind ? [opts.kind] : RECORD_KINDS) {
      const path = join(opts.out, `${kind}.${opts.format}`);
      written.push(`${path} (${toFile(path, (w) => writeRecords(db, kind, f, opts.format, w))} records)`);
    }
    if (!opts.quiet) process.stderr.write(`exported ${written.join(", ")}\n`);
  } finally {
    db.close();
  }
  return EXIT.ok;
}
