// vnpress extract: files → records on stdout, no database.
import { InputError, processDocument, readInput, toExport } from "../pipeline.js";
import { formatTable } from "../util/table.js";
import { RECORD_KINDS } from "../types.js";
import { EXIT, errorLine } from "./common.js";

export interface ExtractOptions {
  format: "jsonl" | "json" | "table";
  maxBytes?: number;
}

export function runExtract(files: string[], opts: ExtractOptions): number {
  let failed = 0;
  const all: unknown[] = [];
  for (const file of files) {
    let line: Record<string, unknown>;
    try {
      const p = processDocument(readInput(file, { maxBytes: opts.maxBytes }));
      line = toExport(p, { file, url: p.article.url });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failed++;
      errorLine(e.message);
      line = { file, error: e.message };
    }
    if (opts.format === "jsonl") process.stdout.write(JSON.stringify(line) + "\n");
    else all.push(line);
  }
  if (opts.format === "json") process.stdout.write(JSON.stringify(all, null, 2) + "\n");
  if (opts.format === "table") {
    for (const item of all as Record<string, any>[]) {
      process.stdout.write(`\n== ${item.file}\n`);
      if (item.error) {
        process.stdout.write(`error: ${item.error}\n`);
        continue;
      }
      const a = item.article;
      process.stdout.write(formatTable([{ title: a.title, published: a.published, author: a.author, province: a.province, captions: a.captions.length, body_chars: a.body.length }]) + "\n");
      for (const k of RECORD_KINDS) {
        if (item[k].length === 0) continue;
        process.stdout.write(`\n${k} (${item[k].length})\n`);
        const rows = item[k].map((r: Record<string, unknown>) => {
          const { sentence: _s, start: _a, end: _b, ...rest } = r;
          return rest;
        });
        process.stdout.write(formatTable(rows) + "\n");
      }
    }
  }
  return failed ? EXIT.someFailed : EXIT.ok;
}
