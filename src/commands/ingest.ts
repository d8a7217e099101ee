// vnpress ingest: files and folders → SQLite.
import { EXTRACTOR_VERSION, InputError, processDocument, readInput } from "../pipeline.js";
import { openStore, type UpsertResult } from "../store/db.js";
import { EXIT, errorLine, expandPaths } from "./common.js";

export interface IngestOptions {
  db: string;
  maxBytes?: number;
  quiet?: boolean;
}

export interface IngestSummary {
  /** "skipped": pages that are not articles (home pages, listings, search results, error pages): none is stored */
  counts: Record<UpsertResult | "failed" | "skipped", number>;
  failures: { file: string; reason: string }[];
}

export function ingestPaths(paths: string[], opts: IngestOptions): IngestSummary {
  const files = expandPaths(paths);
  const store = openStore(opts.db);
  const summary: IngestSummary = { counts: { inserted: 0, replaced: 0, unchanged: 0, failed: 0, skipped: 0 }, failures: [] };
  try {
    for (const file of files) {
      try {
        const p = processDocument(readInput(file, { maxBytes: opts.maxBytes }));
        if (p.notArticle) {
          summary.counts.skipped++;
          continue;
        }
        const { result } = store.upsert(p, { extractorVersion: EXTRACTOR_VERSION });
        summary.counts[result]++;
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        summary.counts.failed++;
        summary.failures.push({ file, reason: e.message });
        errorLine(e.message);
      }
    }
  } finally {
    store.close();
  }
  return summary;
}

export function runIngest(paths: string[], opts: IngestOptions): number {
  const s = ingestPaths(paths, opts);
  if (!opts.quiet) {
    const c = s.counts;
    process.stderr.write(`ingested into ${opts.db}: ${c.inserted} new, ${c.replaced} replaced, ${c.unchanged} unchanged, ${c.failed} failed${c.skipped ? `, ${c.skipped} not articles (skipped)` : ""}\n`);
  }
  return s.counts.failed ? EXIT.someFailed : EXIT.ok;
}
