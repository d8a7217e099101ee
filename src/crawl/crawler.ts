// The nightly crawl: for every source, robots.txt → seeds (start page,
// sitemaps, feeds) → the frontier, then fetch what is due, archive every
// response, analyse pages (decode, clean, extract) and store articles.
//
// Order is fixed — sitemaps, feeds, listings, then pages in discovery order —
// and results are committed in the order their fetches started, so an
// interrupted night resumed later ends exactly where an uninterrupted one
// would. Discovery documents are handled one at a time before the pages they
// reveal.
import { createHash } from "node:crypto";
import type { Logger } from "pino";
import type { Source, SourcesFile } from "../config.js";
import type { Store } from "../store/db.js";
import { ArchiveWriter, readRecordAt, type ArchiveEntry, type ArchivedAt } from "./archive.js";
import { compileFilter, nonHtmlExtension, passesFilter, sameSite, type UrlFilter } from "./canonical.js";
import { COMMON_FEED_PATHS, parseFeed, parseSitemap } from "./discover.js";
import { fetchUrl, userAgent, type Accept, type FetchResult, type Hop } from "./fetch.js";
import { Frontier, zeroCounts, type Counts, type FetchFacts, type FrontierRow, type NewUrl } from "./frontier.js";
import type { PageAnalysis } from "./page.js";
import { backoffMs, Politeness, sleep } from "./politeness.js";
import type { Progress } from "./report.js";
import { policyFromFetch, robotsUrl, ROBOTS_MAX_BYTES, type RobotsPolicy } from "./robots.js";
import type { Analyzer } from "./workers.js";

/** Tries of one URL in one night (the first and two retries). */
export const MAX_TRIES = 3;
/** A Retry-After longer than this is not waited out tonight: the URL is retried on a later night. */
export const MAX_RETRY_AFTER_MS = 10 * 60_000;
/** Sitemaps can be 50 MB uncompressed; they are read whole. */
const MAX_XML_BYTES = 50 * 1024 * 1024;

/** Pages per write transaction. */
const COMMIT_BATCH = 24;

export interface CrawlContext {
  config: SourcesFile;
  frontier: Frontier;
  store: Store | null;
  archive: ArchiveWriter | null;
  analyzer: Analyzer;
  politeness: Politeness;
  log: Logger;
  progress: Progress;
  runId: number;
  cycle: number;
  allowPrivate: boolean;
  /** per-source page budget override (--max-pages) */
  maxPages: number | null;
  /** store articles (run) or only fetch and archive (crawl) */
  storeArticles: boolean;
  /** fetch only robots.txt, sitemaps and feeds, then list what would be fetched */
  dryRun: boolean;
  /** base of the retry backoff */
  retryBaseMs: number;
  stopping: () => boolean;
}

export interface SourceResult {
  source: string;
  status: "ok" | "failed" | "stopped";
  error: string | null;
  counts: Counts;
  plan?: { url: string; kind: string; why: string }[];
}

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

function statusText(status: number): string {
  return `HTTP ${status}`;
}

/** Robots policies per origin, fetched once per run. */
class RobotsCache {
  private readonly cache = new Map<string, Promise<RobotsPolicy>>();
  constructor(private readonly ctx: CrawlContext) {}

  get(origin: string, src: Source): Promise<RobotsPolicy> {
    let p = this.cache.get(origin);
    if (!p) {
      p = this.load(origin, src);
      this.cache.set(origin, p);
    }
    return p;
  }

  private async load(origin: string, src: Source): Promise<RobotsPolicy> {
    const { ctx } = this;
    const url = robotsUrl(origin);
    const res = await ctx.politeness.run(origin, { delayMs: src.delayMs, concurrency: src.concurrency }, () =>
      fetchUrl(url, {
        accept: "robots",
        timeoutMs: src.timeoutMs,
        maxBytes: ROBOTS_MAX_BYTES,
        allowPrivate: ctx.allowPrivate,
        userAgent: userAgent(ctx.config.contact),
        beforeRequest: (u) => ctx.politeness.gate(u, { delayMs: src.delayMs, concurrency: src.concurrency }),
        onSent: (u, at) => ctx.politeness.sent(u, at),
        // RFC 9309: follow up to five redirects; we stay on the same site
        checkRedirect: (u) => (sameSite(u, origin) ? null : "off-site"),
      }),
    );
    await archiveHops(ctx, res, src.name, "robots");
    const policy = policyFromFetch(origin, res);
    if (policy.crawlDelayMs) ctx.politeness.setDelay(origin, policy.crawlDelayMs);
    ctx.log.info({ source: src.name, url, outcome: res.outcome, status: res.outcome === "network_error" ? null : res.status, sent: res.sent }, "fetch");
    ctx.log.info({ source: src.name, origin, robots: policy.state, reason: policy.reason, crawlDelayMs: policy.crawlDelayMs, sitemaps: policy.sitemaps.length }, "robots.txt");
    return policy;
  }
}

/** Archive every hop of a fetch; returns where the final response went. */
/**
 * Archive every hop of a response. With `deferFinal` the final hop (an HTML
 * page about to be analysed) is left out and returned as an entry without
 * its body: the analysis thread builds that record and the caller appends it.
 */
async function archiveHops(ctx: CrawlContext, res: FetchResult, source: string, kind: string, deferFinal = false): Promise<{ at: ArchivedAt | null; deferred: Omit<ArchiveEntry, "body"> | null }> {
  if (!ctx.archive) return { at: null, deferred: null };
  let at: ArchivedAt | null = null;
  let deferred: Omit<ArchiveEntry, "body"> | null = null;
  const final: Hop | null = res.outcome === "network_error" ? null : res.final;
  for (const h of res.hops) {
    const isFinal = h === final;
    if (isFinal && deferFinal && res.outcome === "ok") {
      deferred = { url: h.url, date: h.date, status: h.status, headers: h.headers, source, kind, truncated: res.truncated ? "length" : null };
      continue;
    }
    let body: Buffer | null = null;
    let truncated: "length" | "unspecified" | null = null;
    if (isFinal && res.outcome === "ok") {
      body = res.body;
      if (res.truncated) truncated = "length";
    } else if (isFinal && res.outcome === "skipped" && h.status >= 200 && h.status < 300) {
      truncated = /too large/.test(res.reason) ? "length" : "unspecified";
    }
    const a = await ctx.archive.write({ url: h.url, date: h.date, status: h.status, headers: h.headers, body, source, kind, truncated });
    if (isFinal) at = a;
  }
  return { at, deferred };
}

function factsOf(res: FetchResult, at: ArchivedAt | null, now: string): FetchFacts {
  if (res.outcome === "network_error") return { status: null, finalUrl: null, at: now };
  const final = res.final;
  const f: FetchFacts = { status: final ? final.status : null, finalUrl: res.url, at: now, warc: at };
  if (res.outcome === "ok" || res.outcome === "not_modified") {
    f.etag = res.headers["etag"] ?? null;
    f.lastModified = res.headers["last-modified"] ?? null;
  }
  if (res.outcome === "ok") f.contentHash = sha256(res.body);
  return f;
}

export async function crawlSource(ctx: CrawlContext, src: Source, robotsCache: RobotsCache): Promise<SourceResult> {
  const counts = zeroCounts();
  const { frontier, politeness, log } = ctx;
  const hostOpts = { delayMs: src.delayMs, concurrency: src.concurrency };
  const origin = new URL(src.url).origin;
  politeness.host(origin, hostOpts);
  const filter: UrlFilter = compileFilter(src.include, src.exclude);
  const report = (note = "") => ctx.progress.update(src.name, counts, note);
  const fail = (error: string): SourceResult => {
    log.error({ source: src.name, error }, "source failed");
    report("failed");
    return { source: src.name, status: "failed", error, counts };
  };

  const robots = await robotsCache.get(origin, src);
  if (robots.state === "unreachable") return fail(`${robots.reason}; nothing fetched from ${origin} this night`);

  // seeds: the start page, sitemaps (robots.txt, configured, or /sitemap.xml), feeds
  const seeds: NewUrl[] = [{ url: src.url, kind: "listing", via: "seed", depth: 0 }];
  const robotSitemaps = robots.sitemaps.filter((u) => sameSite(u, src.url));
  for (const u of robotSitemaps) seeds.push({ url: u, kind: "sitemap", via: "robots", depth: 0 });
  for (const u of src.sitemaps) seeds.push({ url: u, kind: "sitemap", via: "config", depth: 0 });
  if (!robotSitemaps.length && !src.sitemaps.length) seeds.push({ url: `${origin}/sitemap.xml`, kind: "sitemap", via: "default", depth: 0 });
  for (const u of src.feeds) seeds.push({ url: u, kind: "feed", via: "config", depth: 0 });
  const knownFeeds = ctx.frontier.db.prepare(`SELECT COUNT(*) FROM frontier WHERE source = ? AND kind = 'feed'`).pluck().get(src.name) as number;
  if (!src.feeds.length && knownFeeds === 0) for (const p of COMMON_FEED_PATHS) seeds.push({ url: origin + p, kind: "feed", via: "common", depth: 0 });
  counts.discovered += frontier.addUrls(src.name, seeds.map((s) => ({ ...s, url: new URL(s.url).href })));
  report();

  const maxPages = ctx.maxPages ?? src.maxPages;
  let pagesFetched = frontier.pagesFetched(src.name, ctx.cycle);
  let listings = frontier.listingsFollowed(src.name, ctx.cycle);
  const exclude = new Set<number>();
  const inflight = new Map<number, Promise<void>>();
  // pages in flight (fetching, analysing or waiting to be committed): enough
  // that the analysis threads stay busy while the main thread commits a batch
  // (a batch of COMMIT_BATCH pages holds it ~30 ms; measured on the 2-core
  // bench: 8 pages per thread left the worker idle ~10 % of the time, 24
  // pages per thread gained ~8 % throughput for ~4 MB)
  const windowSize = src.concurrency * 2 + Math.max(1, ctx.analyzer.threads) * 24 + 2;
  let commitChain: Promise<void> = Promise.resolve();
  let queue: FrontierRow[] = [];
  let dirty = true;
  let pagesOpen = !ctx.dryRun;
  let budgetNoted = false;
  let probed = false;
  const revisitBefore = new Date(Date.now() - src.revisitDays * 86_400_000).toISOString();
  const plan: { url: string; kind: string; why: string }[] = [];

  /** Links found on a page or listing → frontier entries this source may fetch. */
  const pageLinks = (links: { url: string; next: boolean }[], depth: number): NewUrl[] => {
    const out: NewUrl[] = [];
    const listingRoom = src.maxListingPages - listings > 0;
    for (const l of links) {
      if (!sameSite(l.url, src.url)) continue;
      if (l.next) {
        if (listingRoom) out.push({ url: l.url, kind: "listing", via: "pagination", depth: depth + 1 });
        continue;
      }
      if (!passesFilter(l.url, filter)) continue;
      // documents and images join the frontier too, to be recorded as skipped (never fetched)
      out.push({ url: l.url, kind: "page", via: "listing", depth: depth + 1 });
    }
    return out;
  };

  const checkRedirect = async (u: string): Promise<string | null> => {
    if (!sameSite(u, src.url)) return "off-site";
    const p = await robotsCache.get(new URL(u).origin, src);
    if (p.state === "unreachable") return `robots.txt of ${new URL(u).origin} unreachable`;
    if (!p.isAllowed(u)) return "disallowed by robots.txt";
    return null;
  };

  /** Fetch one row; returns the commit to run in order. */
  const handle = async (row: FrontierRow): Promise<() => void> => {
    const accept: Accept = row.kind === "sitemap" || row.kind === "feed" ? "xml" : "html";
    const firstTonight = row.cycle !== ctx.cycle;
    const attempts = (firstTonight && row.status !== "retry" ? 0 : row.attempts) + 1;
    const conditional = row.status === "done" && (row.warc_file !== null || row.kind !== "page");
    const started = Date.now();
    const res = await politeness.run(origin, hostOpts, () =>
      fetchUrl(row.url, {
        accept,
        timeoutMs: src.timeoutMs,
        maxBytes: accept === "xml" ? Math.max(src.maxBytes, MAX_XML_BYTES) : src.maxBytes,
        allowPrivate: ctx.allowPrivate,
        userAgent: userAgent(ctx.config.contact),
        etag: conditional ? row.etag : null,
        lastModified: conditional ? row.last_modified : null,
        validatorsUrl: conditional ? row.final_url ?? row.url : null,
        beforeRequest: (u) => politeness.gate(u, hostOpts),
        onSent: (u, at) => politeness.sent(u, at),
        checkRedirect,
      }),
    );
    const now = new Date().toISOString();
    const facts = factsOf(res, null, now);
    // an unchanged body of a stored article: nothing to redo
    const unchanged = res.outcome === "ok" && row.kind === "page" && row.article_id !== null && row.content_hash === facts.contentHash && ctx.storeArticles;
    // an HTML page goes to the analysis threads, which build its archive record too
    const analysed = res.outcome === "ok" && (row.kind === "page" || row.kind === "listing") && !unchanged;
    const { at, deferred } = await archiveHops(ctx, res, src.name, row.kind, analysed);
    facts.warc = at;
    const status = res.outcome === "network_error" ? null : res.status;
    log.info({ source: src.name, url: row.url, kind: row.kind, outcome: res.outcome, status, final: res.url !== row.url ? res.url : undefined, ms: Date.now() - started, bytes: res.outcome === "ok" ? res.body.length : undefined, conditional, attempt: attempts, reason: "reason" in res ? res.reason : undefined, hops: res.hops.length > 1 ? res.hops.map((h) => `${h.status} ${h.url}`) : undefined, sent: res.sent }, "fetch");

    const transient = (reason: string, waitMs: number | null): (() => void) => {
      if (attempts >= MAX_TRIES || (waitMs !== null && waitMs > MAX_RETRY_AFTER_MS)) {
        const why = waitMs !== null && waitMs > MAX_RETRY_AFTER_MS ? `${reason}; Retry-After ${Math.round(waitMs / 1000)} s is longer than a night's wait, retried on a later night` : `${reason} (after ${attempts} tries; retried on a later night)`;
        return () => {
          frontier.commitFailed(row, ctx.cycle, facts, attempts, why);
          counts.failed++;
          log.warn({ source: src.name, url: row.url, error: why }, "failed");
        };
      }
      const wait = waitMs ?? backoffMs(attempts, ctx.retryBaseMs);
      if (waitMs !== null) politeness.pause(new URL(res.url).origin, waitMs);
      return () => frontier.commitRetry(row, ctx.cycle, facts, attempts, new Date(Date.now() + wait).toISOString(), `${reason}; try ${attempts + 1} after ${wait} ms`);
    };

    switch (res.outcome) {
      case "network_error":
        if (res.blocked) return () => {
          frontier.commitSkipped(row, ctx.cycle, facts, res.reason);
          counts.skipped++;
        };
        return transient(res.reason, null);
      case "http_error": {
        const s = res.status;
        if (s === 429 || s === 503) return transient(`${statusText(s)}${res.retryAfterMs !== null ? ` with Retry-After ${Math.round(res.retryAfterMs / 1000)} s` : ""}`, res.retryAfterMs);
        if (s >= 500 || s === 408) return transient(statusText(s), null);
        if ((row.via === "common" || row.via === "default") && s >= 400 && s < 500) {
          return () => frontier.commitSkipped(row, ctx.cycle, facts, `${statusText(s)} (probed, not there)`);
        }
        return () => {
          frontier.commitFailed(row, ctx.cycle, facts, attempts, statusText(s));
          counts.failed++;
        };
      }
      case "skipped":
        return () => {
          frontier.commitSkipped(row, ctx.cycle, facts, res.reason);
          counts.skipped++;
        };
      case "not_modified":
        counts.not_modified++;
        if (row.kind === "page" && ctx.storeArticles && row.article_id === null && (row.page_type === null || row.page_type === "article") && row.warc_file && ctx.archive) {
          // fetched before by `vnpress crawl` but never analysed: use the archived copy
          const rec = await readRecordAt(ctx.archive.dir, row.warc_file, row.warc_offset ?? 0);
          if (rec?.body) return analyseAndCommit(row, { ...facts, contentHash: sha256(rec.body) }, rec.body, rec.headers["content-type"] ?? null, rec.headers["link"] ?? null, rec.url);
        }
        return () => frontier.commitNotModified(row, ctx.cycle, facts);
      case "ok":
        counts.fetched++;
        if (row.kind === "sitemap") {
          let parsed;
          try {
            parsed = parseSitemap(res.body, res.url);
          } catch (e) {
            return () => {
              frontier.commitFailed(row, ctx.cycle, facts, attempts, `unreadable sitemap: ${(e as Error).message}`);
              counts.failed++;
            };
          }
          const found: NewUrl[] = parsed.entries
            .filter((e) => sameSite(e.url, src.url))
            .filter((e) => parsed.kind === "index" || passesFilter(e.url, filter))
            .map((e) => ({ url: e.url, kind: parsed.kind === "index" ? "sitemap" : "page", via: "sitemap", depth: row.depth + 1, lastmod: e.lastmod }));
          return () => {
            counts.discovered += frontier.commitDiscovery(row, ctx.cycle, facts, found);
          };
        }
        if (row.kind === "feed") {
          const entries = parseFeed(res.body, res.url);
          if (entries === null) {
            return () => frontier.commitSkipped(row, ctx.cycle, facts, "not an RSS or Atom feed");
          }
          const found: NewUrl[] = entries.filter((e) => sameSite(e.url, src.url) && passesFilter(e.url, filter)).map((e) => ({ url: e.url, kind: "page", via: "feed", depth: row.depth + 1 }));
          return () => {
            counts.discovered += frontier.commitDiscovery(row, ctx.cycle, facts, found);
          };
        }
        if (unchanged) return () => frontier.commitNotModified(row, ctx.cycle, facts);
        return analyseAndCommit(row, facts, res.body, res.headers["content-type"] ?? null, res.headers["link"] ?? null, res.url, deferred);
    }
  };

  const analyseAndCommit = async (row: FrontierRow, facts: FetchFacts, body: Buffer, contentType: string | null, linkHeader: string | null, url: string, archive: Omit<ArchiveEntry, "body"> | null = null): Promise<() => void> => {
    // the deferred record: as the analysis built it, or built here when it could not
    const appendRecord = async (built: Uint8Array | null | undefined) => {
      if (archive && ctx.archive) facts.warc = built ? await ctx.archive.append(built) : await ctx.archive.write({ ...archive, body });
    };
    let a: PageAnalysis;
    try {
      a = await ctx.analyzer.analyze({ url, body, contentType, linkHeader, sourceUrl: src.url, fetchedAt: facts.at, kind: row.kind === "listing" ? "listing" : "page", process: ctx.storeArticles, archive });
    } catch (e) {
      // the response is archived all the same
      await appendRecord(null);
      const msg = `analysis failed: ${(e as Error).message.split("\n")[0]}`;
      log.error({ source: src.name, url, error: (e as Error).message }, "analysis failed");
      return () => {
        frontier.commitFailed(row, ctx.cycle, facts, 1, msg);
        counts.failed++;
      };
    }
    await appendRecord(a.archived);
    const f: FetchFacts = { ...facts, charset: a.charset, legacy: a.legacy };
    if (a.legacy) log.info({ source: src.name, url, legacy: a.legacy }, a.legacy === "mixed" ? "legacy font text left as is" : "legacy font text converted");
    if (a.pageType === "listing") {
      const found = [...pageLinks(a.links, row.depth), ...a.feeds.filter((u) => sameSite(u, src.url)).map((u): NewUrl => ({ url: u, kind: "feed", via: "alternate", depth: 0 }))];
      return () => {
        listings++;
        counts.discovered += frontier.commitNotArticle(row, ctx.cycle, f, "listing", a.reason, found);
      };
    }
    if (a.pageType === "not_article" || !ctx.storeArticles || !a.processed || !a.bodyHash) {
      return () => {
        frontier.commitNotArticle(row, ctx.cycle, { ...f }, a.pageType === "article" ? "article" : "not_article", a.reason, []);
      };
    }
    const processed = a.processed;
    const bodyHash = a.bodyHash;
    return () => {
      const r = frontier.commitArticle(row, ctx.cycle, f, { canonical: a.canonical, processed, bodyHash });
      if (r.result === "inserted" || r.result === "replaced") counts.stored++;
      log.info({ source: src.name, url, canonical: a.canonical, article: r.articleId, result: r.result }, "article");
    };
  };

  // Commits are batched: two dozen pages per transaction (COMMIT_BATCH). Each page's
  // changes are still all-or-nothing (a killed run loses at most the batch,
  // whose pages are fetched again), and SQLite pays one commit, not two dozen;
  // a larger batch holds the main thread longer while the workers wait.
  let batch: { row: FrontierRow; commit: () => void }[] = [];
  let batchTimer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (batchTimer) clearTimeout(batchTimer);
    batchTimer = null;
    if (!batch.length) return;
    const items = batch;
    batch = [];
    try {
      frontier.db.transaction(() => {
        for (const it of items) it.commit();
      }).immediate();
    } catch (e) {
      log.error({ source: src.name, error: (e as Error).message }, "batch commit failed; committing one by one");
      for (const it of items) {
        try {
          frontier.db.transaction(it.commit).immediate();
        } catch (e2) {
          counts.failed++;
          log.error({ source: src.name, url: it.row.url, error: (e2 as Error).stack }, "commit failed");
          try {
            frontier.commitFailed(it.row, ctx.cycle, { status: null, finalUrl: null, at: new Date().toISOString() }, 1, `internal error: ${(e2 as Error).message}`);
          } catch {
            /* the database itself failed: reported by the run */
          }
        }
      }
    }
    report();
  };
  const queueCommit = (row: FrontierRow, commit: () => void) => {
    batch.push({ row, commit });
    if (batch.length >= COMMIT_BATCH) flush();
    else if (!batchTimer) batchTimer = setTimeout(flush, 150);
  };

  const isPageRow = (r: FrontierRow) => r.kind === "page" || r.kind === "listing";
  const isListingRow = (r: FrontierRow) => r.kind === "listing" || r.page_type === "listing";

  for (;;) {
    if (ctx.stopping()) break;
    if (dirty || queue.length === 0) {
      flush();
      queue = frontier.due(src.name, ctx.cycle, { now: new Date().toISOString(), revisitBefore, pages: pagesOpen, limit: 256, exclude });
      dirty = false;
    }
    const row = queue.shift();
    if (!row) {
      if (inflight.size) {
        await Promise.race(inflight.values());
        dirty = true;
        continue;
      }
      await commitChain;
      flush();
      const nextRetry = frontier.whenRetry(src.name, ctx.cycle);
      const wait = nextRetry ? Date.parse(nextRetry) - Date.now() : 0;
      // a retry due later tonight: wait for it (one already due but not
      // selectable — held back by a budget — waits for a later night)
      if (nextRetry && pagesOpen && wait > 0) {
        await sleep(Math.min(wait, 5000));
        dirty = true;
        continue;
      }
      if (nextRetry && pagesOpen && !probed) {
        probed = true;
        dirty = true;
        continue;
      }
      break;
    }
    probed = false;

    // what is never fetched: off-site, excluded, not HTML, disallowed
    const refuse = (reason: string) => {
      flush();
      frontier.commitSkipped(row, ctx.cycle, { status: null, finalUrl: null, at: new Date().toISOString() }, reason);
      counts.skipped++;
      log.info({ source: src.name, url: row.url, reason }, "skipped");
    };
    if (!sameSite(row.url, src.url)) {
      refuse("off-site");
      continue;
    }
    if (row.kind === "page" && !passesFilter(row.url, filter)) {
      refuse("excluded by the source's include/exclude patterns");
      continue;
    }
    const ext = row.kind === "page" ? nonHtmlExtension(row.url) : null;
    if (ext && !/^(s?html?|php|aspx?|jsp)$/.test(ext)) {
      refuse(`not HTML (.${ext}), not fetched`);
      continue;
    }
    const rowOrigin = new URL(row.url).origin;
    const policy = rowOrigin === origin ? robots : await robotsCache.get(rowOrigin, src);
    if (policy.state === "unreachable") {
      exclude.add(row.id);
      continue;
    }
    if (!policy.isAllowed(row.url)) {
      refuse("disallowed by robots.txt");
      continue;
    }
    if (isPageRow(row)) {
      if (isListingRow(row) && listings >= src.maxListingPages) {
        exclude.add(row.id);
        continue;
      }
      if (pagesFetched >= maxPages) {
        if (!budgetNoted) log.info({ source: src.name, maxPages }, "page budget for this night reached");
        budgetNoted = true;
        pagesOpen = false;
        dirty = true;
        continue;
      }
    }
    if (ctx.dryRun) {
      exclude.add(row.id);
      if (isPageRow(row)) {
        pagesFetched++;
        plan.push({ url: row.url, kind: row.kind, why: row.status === "new" ? "new" : row.status === "done" ? (row.lastmod && row.lastmod > (row.fetched_lastmod ?? row.last_fetched ?? "") ? "changed (lastmod)" : "revisit") : `retry (${row.last_error ?? row.status})` });
        continue;
      }
    }

    exclude.add(row.id);
    if (isPageRow(row)) pagesFetched++;
    const prepared = handle(row);
    const prev = commitChain;
    const done = (async () => {
      let commit: () => void;
      try {
        commit = await prepared;
      } finally {
        await prev;
      }
      queueCommit(row, commit);
    })();
    commitChain = done.catch(() => {});
    const tracked = done
      .catch((e) => {
        log.error({ source: src.name, url: row.url, error: (e as Error).stack }, "internal error on a page");
        counts.failed++;
        try {
          frontier.commitFailed(row, ctx.cycle, { status: null, finalUrl: null, at: new Date().toISOString() }, 1, `internal error: ${(e as Error).message}`);
        } catch {
          /* the database itself failed: reported by the run */
        }
      })
      .finally(() => {
        inflight.delete(row.id);
        exclude.delete(row.id);
      });
    inflight.set(row.id, tracked);
    // discovery documents one at a time: the pages they reveal come after them, in order
    if (!isPageRow(row) || isListingRow(row) || ctx.dryRun) {
      await tracked;
      dirty = true;
    } else if (inflight.size >= windowSize) {
      await Promise.race(inflight.values());
    }
  }
  await Promise.all(inflight.values());
  await commitChain;
  flush();

  if (ctx.dryRun) {
    // the plan: what is due now, within the budget
    for (;;) {
      const rows = frontier.due(src.name, ctx.cycle, { now: new Date().toISOString(), revisitBefore, pages: true, limit: 256, exclude });
      if (!rows.length || pagesFetched >= maxPages) break;
      for (const row of rows) {
        exclude.add(row.id);
        if (!isPageRow(row) || !sameSite(row.url, src.url) || !robots.isAllowed(row.url) || (row.kind === "page" && !passesFilter(row.url, filter))) continue;
        if (pagesFetched >= maxPages) break;
        pagesFetched++;
        plan.push({ url: row.url, kind: row.kind, why: row.status === "new" ? "new" : row.status === "done" ? (row.lastmod && row.lastmod > (row.fetched_lastmod ?? row.last_fetched ?? "") ? "changed (lastmod)" : "revisit") : `retry (${row.last_error ?? row.status})` });
      }
    }
  }

  const stopped = ctx.stopping();
  const nothing = counts.fetched + counts.not_modified === 0 && counts.failed > 0;
  if (nothing && !stopped) {
    const lastError = frontier.db.prepare(`SELECT last_error FROM frontier WHERE source = ? AND status IN ('failed','retry') ORDER BY last_fetched DESC LIMIT 1`).pluck().get(src.name) as string | undefined;
    const r = fail(`nothing could be fetched (${counts.failed} failed${lastError ? `; last error: ${lastError}` : ""})`);
    return { ...r, plan };
  }
  report(stopped ? "stopped" : "done");
  return { source: src.name, status: stopped ? "stopped" : "ok", error: null, counts, plan };
}

export async function crawlAll(ctx: CrawlContext): Promise<SourceResult[]> {
  const robots = new RobotsCache(ctx);
  return Promise.all(
    ctx.config.sources.map(async (src) => {
      try {
        const r = await crawlSource(ctx, src, robots);
        if (!ctx.dryRun) ctx.frontier.saveSourceCounts(ctx.runId, src.name, r.counts, r.status, r.error);
        return r;
      } catch (e) {
        ctx.log.error({ source: src.name, error: (e as Error).stack }, "source crashed");
        const r: SourceResult = { source: src.name, status: "failed", error: `internal error: ${(e as Error).message}`, counts: zeroCounts() };
        if (!ctx.dryRun) ctx.frontier.saveSourceCounts(ctx.runId, src.name, r.counts, r.status, r.error);
        return r;
      }
    }),
  );
}
