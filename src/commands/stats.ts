// vnpress stats: what the database holds, per kind, province and year.
import { openReadOnly, type DB } from "../store/db.js";
import { formatTable } from "../util/table.js";
import { RECORD_KINDS } from "../types.js";
import { EXIT } from "./common.js";

export function statsTables(db: DB): { title: string; rows: Record<string, unknown>[] }[] {
  const total = db.prepare("SELECT COUNT(*) FROM articles").pluck().get() as number;
  const kinds = RECORD_KINDS.map((k) => ({ kind: k, records: db.prepare(`SELECT COUNT(*) FROM ${k}`).pluck().get() as number, articles: db.prepare(`SELECT COUNT(DISTINCT article_id) FROM ${k}`).pluck().get() as number }));
  const recordCols = RECORD_KINDS.map((k) => `(SELECT COUNT(*) FROM ${k} r JOIN articles b ON b.id = r.article_id WHERE COALESCE(b.province,'(unknown)') = COALESCE(a.province,'(unknown)')) AS ${k}`).join(", ");
  const perProvince = db.prepare(`SELECT COALESCE(a.province,'(unknown)') AS province, COUNT(*) AS articles, ${recordCols} FROM articles a GROUP BY COALESCE(a.province,'(unknown)') ORDER BY articles DESC, province`).all() as Record<string, unknown>[];
  const yearCols = RECORD_KINDS.map((k) => `(SELECT COUNT(*) FROM ${k} r JOIN articles b ON b.id = r.article_id WHERE COALESCE(substr(b.published,1,4),'(unknown)') = COALESCE(substr(a.published,1,4),'(unknown)')) AS ${k}`).join(", ");
  const perYear = db.prepare(`SELECT COALESCE(substr(a.published,1,4),'(unknown)') AS year, COUNT(*) AS articles, ${yearCols} FROM articles a GROUP BY 1 ORDER BY 1`).all() as Record<string, unknown>[];
  return [
    { title: `articles: ${total}`, rows: kinds },
    { title: "per province (at publication)", rows: perProvince },
    { title: "per year (published)", rows: perYear },
  ];
}

export function printStats(db: DB): void {
  for (const t of statsTables(db)) process.stdout.write(`\n${t.title}\n${formatTable(t.rows)}\n`);
}

export function runStats(opts: { db: string; format?: "table" | "json" }): number {
  const db = openReadOnly(opts.db);
  try {
    if (opts.format === "json") process.stdout.write(JSON.stringify(Object.fromEntries(statsTables(db).map((t) => [t.title, t.rows])), null, 2) + "\n");
    else printStats(db);
  } finally {
    db.close();
  }
  return EXIT.ok;
}
