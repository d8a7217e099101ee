// vnpress query: read-only SQL for researchers.
import { openReadOnly } from "../store/db.js";
import { csvLine, formatTable } from "../util/table.js";
import { EXIT, UsageError } from "./common.js";

export interface QueryOptions {
  db: string;
  format: "table" | "json" | "jsonl" | "csv";
}

export function runQuery(sql: string, opts: QueryOptions): number {
  const db = openReadOnly(opts.db);
  try {
    let stmt;
    try {
      stmt = db.prepare(sql);
    } catch (e) {
      throw new UsageError(`query: ${(e as Error).message}`);
    }
    if (!stmt.readonly) throw new UsageError("query: refused, this statement would change the database; `vnpress query` only reads (use SELECT, or ingest/reextract to change data)");
    if (!stmt.reader) {
      stmt.run();
      return EXIT.ok;
    }
    const rows = stmt.all() as Record<string, unknown>[];
    if (opts.format === "json") process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
    else if (opts.format === "jsonl") for (const r of rows) process.stdout.write(JSON.stringify(r) + "\n");
    else if (opts.format === "csv") {
      const cols = stmt.columns().map((c) => c.name);
      process.stdout.write(csvLine(cols));
      for (const r of rows) process.stdout.write(csvLine(cols.map((c) => r[c])));
    } else process.stdout.write(formatTable(rows, stmt.columns().map((c) => c.name)) + "\n");
  } finally {
    db.close();
  }
  return EXIT.ok;
}
