// vnpress run: the nightly job (discover → fetch → archive → clean → extract →
// store, for every source). `vnpress crawl` is the same without the clean,
// extract and store steps.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { loadSources } from "../config.js";
import { ArchiveWriter, archiveLabel } from "../crawl/archive.js";
import { crawlAll, type CrawlContext } from "../crawl/crawler.js";
import { closeAgents } from "../crawl/fetch.js";
import { beginRun, Frontier } from "../crawl/frontier.js";
import { Politeness } from "../crawl/politeness.js";
import { createProgress, logFileFor, openLog, summaryTable } from "../crawl/report.js";
import { analyzerFor } from "../crawl/workers.js";
import { migrate, openStore, Store } from "../store/db.js";
import { EXIT, errorLine } from "./common.js";

export interface RunOptions {
  config: string;
  db: string;
  archive: string;
  allowPrivate?: boolean;
  maxPages?: number;
  dryRun?: boolean;
  workers?: number;
  log?: string;
  progress?: "auto" | "bar" | "lines" | "none";
  /** base of the retry backoff in ms (default 1000) */
  retryBaseMs?: number;
}

/** A dry run works on an in-memory copy of the database: it can plan, but it changes nothing. */
function openScratch(path: string): Store {
  let db: Database.Database;
  if (existsSync(path)) {
    const src = new Database(path, { readonly: true, fileMustExist: true });
    const bytes = src.serialize();
    src.close();
    db = new Database(bytes);
  } else db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return new Store(db);
}

export async function runNightly(opts: RunOptions, command: "run" | "crawl"): Promise<number> {
  const config = loadSources(opts.config);
  const dryRun = !!opts.dryRun;
  const store = dryRun ? openScratch(opts.db) : openStore(opts.db);
  const frontier = new Frontier(store.db, store);
  const run = beginRun(frontier, store, opts.db, command, { config: opts.config, allowPrivate: !!opts.allowPrivate, maxPages: opts.maxPages ?? null, dryRun }, errorLine);
  if (!run) return EXIT.someFailed;
  const started = Date.now();
  const logFile = opts.log ?? logFileFor(opts.db);
  const { log, flush } = openLog(logFile);
  const budgets = new Map(config.sources.map((s) => [s.name, opts.maxPages ?? s.maxPages]));
  const progress = createProgress(dryRun ? "none" : (opts.progress ?? "auto"), budgets);
  const analyzer = analyzerFor(store, dryRun ? null : opts.db, opts.workers);
  const archive = dryRun ? null : new ArchiveWriter(opts.archive, run.id);

  let stopping = false;
  const onSignal = (sig: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    errorLine(`${sig}: finishing the pages in flight and saving state; press Ctrl-C again to quit at once (the next run resumes either way)`);
    log.warn({ signal: sig }, "stopping");
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const heartbeat = dryRun
    ? null
    : setInterval(() => {
        frontier.heartbeat(run.id);
        const m = process.memoryUsage();
        log.info({ rssMb: Math.round(m.rss / 1048576), heapMb: Math.round(m.heapUsed / 1048576), externalMb: Math.round(m.external / 1048576) }, "heartbeat");
      }, 15_000);
  heartbeat?.unref();

  log.info({ run: run.id, cycle: run.cycle, resumes: run.resumes, command, config: opts.config, db: opts.db, archive: opts.archive, sources: config.sources.length, dryRun, workers: analyzer.threads }, "run started");
  if (run.resumes !== null && !dryRun) errorLine(`resuming the night of run ${run.resumes}, which did not finish`);

  const ctx: CrawlContext = {
    config,
    frontier,
    store,
    archive,
    analyzer,
    politeness: new Politeness(config.concurrency),
    log,
    progress,
    runId: run.id,
    cycle: run.cycle,
    allowPrivate: !!opts.allowPrivate,
    maxPages: opts.maxPages ?? null,
    storeArticles: command === "run",
    dryRun,
    retryBaseMs: opts.retryBaseMs ?? 1000,
    stopping: () => stopping,
  };
  let results;
  try {
    results = await crawlAll(ctx);
  } finally {
    progress.stop();
    if (heartbeat) clearInterval(heartbeat);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    archive?.close();
    await analyzer.close();
    await closeAgents();
  }
  const errors = results.filter((r) => r.error).map((r) => `${r.source}: ${r.error}`);
  const failed = results.some((r) => r.status === "failed");
  if (!dryRun) frontier.finishRun(run.id, stopping ? "interrupted" : failed && results.every((r) => r.status === "failed") ? "failed" : "completed", errors);
  const seconds = (Date.now() - started) / 1000;
  log.info({ run: run.id, seconds, results: results.map((r) => ({ source: r.source, status: r.status, ...r.counts })) }, "run finished");
  flush();
  store.close();

  if (dryRun) {
    process.stdout.write(`dry run: nothing was stored or archived; robots.txt, sitemaps and feeds were read to plan\n`);
    for (const r of results) {
      process.stdout.write(`\n${r.source}: ${r.status === "failed" ? `cannot be crawled: ${r.error}` : `${r.plan?.length ?? 0} pages would be fetched`}\n`);
      for (const p of r.plan ?? []) process.stdout.write(`  ${p.kind.padEnd(7)} ${p.why.padEnd(17)} ${p.url}\n`);
    }
    return failed ? EXIT.someFailed : EXIT.ok;
  }
  process.stdout.write(`\nvnpress ${command}: run ${run.id}${run.resumes !== null ? ` (resumes run ${run.resumes})` : ""}, ${seconds.toFixed(1)} s${stopping ? ", stopped early" : ""}\n`);
  process.stdout.write(summaryTable(results.map((r) => ({ source: r.source, status: r.status, counts: r.counts, error: r.error }))) + "\n");
  process.stdout.write(`database ${opts.db} · archive ${archiveLabel(opts.archive)}/warc · log ${logFile}\n`);
  for (const e of errors) errorLine(e);
  return failed ? EXIT.someFailed : EXIT.ok;
}

export function runRun(opts: RunOptions): Promise<number> {
  return runNightly(opts, "run");
}
