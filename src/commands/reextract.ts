// vnpress reextract: rebuild every article and its records from the archived
// pages with the current rules — no network. The latest archived 200 response
// of each URL is analysed again; articles are rebuilt even when the page is
// unchanged (the rules may not be), and a stored page that the current rules
// no longer call an article is removed.
import { archiveFiles, archiveLabel, readArchiveFile } from "../crawl/archive.js";
import { canonicalUrl } from "../crawl/canonical.js";
import { beginRun, Frontier } from "../crawl/frontier.js";
import { analyzerFor } from "../crawl/workers.js";
import type { PageAnalysis } from "../crawl/page.js";
import { openStore } from "../store/db.js";
import { formatTable } from "../util/table.js";
import { EXIT, UsageError, errorLine } from "./common.js";

export interface ReextractOptions {
  db: string;
  archive: string;
  workers?: number;
}

const PAGE_KINDS = new Set(["page", "listing", null]);

export async function runReextract(opts: ReextractOptions): Promise<number> {
  const files = archiveFiles(opts.archive);
  if (!files.length) throw new UsageError(`${archiveLabel(opts.archive)}/warc: no WARC files there; run \`vnpress run\` or \`vnpress crawl\` first, or give --archive DIR`);
  const store = openStore(opts.db);
  const frontier = new Frontier(store.db, store);
  const run = beginRun(frontier, store, opts.db, "reextract", { archive: opts.archive }, errorLine);
  if (!run) return EXIT.someFailed;
  const started = Date.now();
  const counts = { records: 0, pages: 0, inserted: 0, rebuilt: 0, duplicate: 0, not_article: 0, removed: 0, failed: 0 };
  const analyzer = analyzerFor(store, opts.db, opts.workers);
  try {
    // pass 1: the latest readable 200 HTML response of each URL
    const latest = new Map<string, string>();
    for (const file of files) {
      for await (const r of readArchiveFile(opts.archive, file, { bodies: false })) {
        counts.records++;
        if (r.status !== 200 || r.truncated || !PAGE_KINDS.has(r.kind)) continue;
        if (!/html|xhtml|^$/i.test((r.headers["content-type"] ?? "").split(";")[0])) continue;
        latest.set(r.url, `${file}@${r.offset}`);
      }
    }
    const wanted = new Set(latest.values());
    // pass 2: analyse and store, in archive order (the order the pages were first met)
    const fetchedAt = (d: string) => (d ? new Date(d).toISOString() : new Date().toISOString());
    for (const file of files) {
      const pending: { url: string; kind: string | null; source: string | null; date: string; analysis: Promise<PageAnalysis> }[] = [];
      const drain = () => {
        const item = pending.shift()!;
        return item.analysis.then(
          (a) => {
            counts.pages++;
            const source = item.source ?? "";
            const row = frontier.get(item.url);
            if (a.pageType === "article" && a.processed && a.bodyHash) {
              const r = store.db.transaction(() => {
                const s = frontier.storeArticle(source, [item.url], fetchedAt(item.date), { canonical: a.canonical, processed: a.processed!, bodyHash: a.bodyHash! }, { force: true });
                if (row) store.db.prepare(`UPDATE frontier SET article_id = ?, canonical = ?, page_type = ? WHERE id = ?`).run(s.articleId, a.canonical, s.result === "duplicate" ? "duplicate" : "article", row.id);
                return s;
              }).immediate();
              if (r.result === "inserted") counts.inserted++;
              else if (r.result === "duplicate") counts.duplicate++;
              else counts.rebuilt++;
            } else {
              counts.not_article++;
              const id = frontier.articleOf(a.canonical) ?? frontier.articleOf(item.url);
              if (id !== null) {
                frontier.deleteArticle(id);
                counts.removed++;
              }
              if (row) store.db.prepare(`UPDATE frontier SET page_type = ? WHERE id = ?`).run(a.pageType, row.id);
            }
          },
          (e) => {
            counts.failed++;
            errorLine(`${item.url}: ${(e as Error).message.split("\n")[0]}`);
          },
        );
      };
      for await (const r of readArchiveFile(opts.archive, file, { bodies: true })) {
        if (!wanted.has(`${file}@${r.offset}`) || !r.body) continue;
        const url = canonicalUrl(r.url) ?? r.url;
        const analysis = analyzer.analyze({
          url,
          body: r.body,
          contentType: r.headers["content-type"] ?? null,
          linkHeader: r.headers["link"] ?? null,
          sourceUrl: url,
          fetchedAt: fetchedAt(r.date),
          kind: r.kind === "listing" ? "listing" : "page",
        });
        pending.push({ url, kind: r.kind, source: r.source, date: r.date, analysis });
        if (pending.length >= Math.max(4, analyzer.threads * 4)) await drain();
      }
      while (pending.length) await drain();
    }
  } finally {
    await analyzer.close();
  }
  frontier.finishRun(run.id, "completed", []);
  store.close();
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`\nvnpress reextract: ${archiveLabel(opts.archive)}/warc (${files.length} files) → ${opts.db}, ${seconds.toFixed(1)} s\n`);
  process.stdout.write(formatTable([counts]) + "\n");
  return counts.failed ? EXIT.someFailed : EXIT.ok;
}
