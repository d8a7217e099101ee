// vnpress export: the database → the same shape `extract` prints (jsonl), or CSV.
import { articleFromRow, openReadOnly, readArticles, type ArticleRow } from "../store/db.js";
import { toExport } from "../pipeline.js";
import { csvLine } from "../util/table.js";
import { RECORD_KINDS } from "../types.js";
import { EXIT } from "./common.js";

export interface ExportOptions {
  db: string;
  format: "jsonl" | "csv";
}

const CSV_ARTICLE_COLUMNS: (keyof ArticleRow)[] = ["id", "url", "file", "title", "published", "author", "province", "province_2025", "category", "source", "extractor_version"];

export function runExport(opts: ExportOptions): number {
  const db = openReadOnly(opts.db);
  try {
    if (opts.format === "csv") process.stdout.write(csvLine([...CSV_ARTICLE_COLUMNS, ...RECORD_KINDS.map((k) => `${k}_count`)]));
    for (const { row, records } of readArticles(db)) {
      if (opts.format === "jsonl") {
        process.stdout.write(JSON.stringify({ article_id: row.id, ...toExport({ article: articleFromRow(row), records }, { url: row.url, file: row.url ? null : row.file }) }) + "\n");
      } else {
        process.stdout.write(csvLine([...CSV_ARTICLE_COLUMNS.map((c) => row[c]), ...RECORD_KINDS.map((k) => records[k].length)]));
      }
    }
  } finally {
    db.close();
  }
  return EXIT.ok;
}
