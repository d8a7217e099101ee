// The crawler's state in SQLite (tables of migration 002): the frontier, the
// URLs of each article, the runs and the lock. Every change a page causes —
// its article and records, its other URLs, the links it adds, its frontier
// row — is written in one transaction, so a run killed at any moment leaves
// either all of it or none of it, and the next run simply carries on.
import { hostname } from "node:os";
import type Database from "better-sqlite3";
import { EXTRACTOR_VERSION, type Processed } from "../pipeline.js";
import type { DB, Store } from "../store/db.js";

export type FrontierKind = "sitemap" | "feed" | "listing" | "page";
export type FrontierStatus = "new" | "done" | "retry" | "failed" | "skipped";

export interface FrontierRow {
  id: number;
  url: string;
  source: string;
  kind: FrontierKind;
  via: string | null;
  depth: number;
  lastmod: string | null;
  /** the sitemap lastmod when the page was last fetched: a newer lastmod means it changed */
  fetched_lastmod: string | null;
  status: FrontierStatus;
  page_type: string | null;
  attempts: number;
  next_attempt: string | null;
  etag: string | null;
  last_modified: string | null;
  content_hash: string | null;
  http_status: number | null;
  final_url: string | null;
  canonical: string | null;
  article_id: number | null;
  warc_file: string | null;
  warc_offset: number | null;
  charset: string | null;
  legacy: string | null;
  last_error: string | null;
  first_seen: string;
  last_fetched: string | null;
  fetched_cycle: number | null;
  cycle: number | null;
}

export interface NewUrl {
  url: string;
  kind: FrontierKind;
  via: string;
  depth: number;
  lastmod?: string | null;
}

export const COUNTERS = ["discovered", "fetched", "not_modified", "failed", "skipped", "stored"] as const;
export type Counter = (typeof COUNTERS)[number];
export type Counts = Record<Counter, number>;
export const zeroCounts = (): Counts => ({ discovered: 0, fetched: 0, not_modified: 0, failed: 0, skipped: 0, stored: 0 });

export class LockError extends Error {}

export interface ArticleToStore {
  canonical: string;
  processed: Processed;
  bodyHash: string;
}

/**
 * Take the database for a run (the lock and a `runs` row), or — when another
 * run holds it — close the store, say so on stderr and return null: the
 * caller exits 1.
 */
export function beginRun(frontier: Frontier, store: Store, dbPath: string, command: string, config: unknown, say: (line: string) => void): RunHandle | null {
  try {
    return frontier.startRun(command, config);
  } catch (e) {
    store.close();
    if (e instanceof LockError) {
      say(`${dbPath}: ${e.message}`);
      return null;
    }
    throw e;
  }
}

export interface StoredArticle {
  articleId: number;
  result: "inserted" | "replaced" | "unchanged" | "duplicate";
}

/** After this long without a heartbeat a lock is stale even if its process seems alive. */
const STALE_MS = 120_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface RunHandle {
  id: number;
  cycle: number;
  /** the run this one carries on (killed or stopped before it finished) */
  resumes: number | null;
}

/** The fields of a fetch that go into the frontier row. */
export interface FetchFacts {
  status: number | null;
  finalUrl: string | null;
  etag?: string | null;
  lastModified?: string | null;
  contentHash?: string | null;
  warc?: { file: string; offset: number } | null;
  charset?: string | null;
  legacy?: string | null;
  at: string;
}

export class Frontier {
  private readonly insertUrl: Database.Statement;
  private readonly bumpLastmod: Database.Statement;
  private readonly byUrl: Database.Statement;
  private readonly articleForUrl: Database.Statement;
  private readonly articleByIdentity: Database.Statement;
  private readonly articleByHash: Database.Statement;
  private readonly identityOf: Database.Statement;
  private readonly putArticleUrl: Database.Statement;
  private readonly lastmodOf: Database.Statement;
  private readonly settleStatements = new Map<string, Database.Statement>();

  constructor(
    readonly db: DB,
    readonly store: Store | null,
  ) {
    this.insertUrl = db.prepare(
      `INSERT INTO frontier (url, source, kind, via, depth, lastmod, status, first_seen) VALUES (@url, @source, @kind, @via, @depth, @lastmod, 'new', @now) ON CONFLICT(url) DO NOTHING`,
    );
    this.bumpLastmod = db.prepare(`UPDATE frontier SET lastmod = @lastmod WHERE url = @url AND (lastmod IS NULL OR lastmod < @lastmod)`);
    this.byUrl = db.prepare(`SELECT * FROM frontier WHERE url = ?`);
    this.lastmodOf = db.prepare(`SELECT lastmod FROM frontier WHERE id = ?`).pluck();
    this.articleForUrl = db.prepare(`SELECT article_id FROM article_urls WHERE url = ?`).pluck();
    this.articleByIdentity = db.prepare(`SELECT id FROM articles WHERE identity = ?`).pluck();
    this.articleByHash = db.prepare(`SELECT article_id FROM article_urls WHERE body_hash = ? ORDER BY rowid LIMIT 1`).pluck();
    this.identityOf = db.prepare(`SELECT identity FROM articles WHERE id = ?`).pluck();
    this.putArticleUrl = db.prepare(
      `INSERT INTO article_urls (url, article_id, body_hash, source, first_seen) VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET article_id = excluded.article_id, body_hash = excluded.body_hash`,
    );
  }

  // ---- runs and the lock -------------------------------------------------

  /**
   * Take the lock and open a run. A run left "running" by a process that is
   * gone (SIGKILL, power cut) is marked interrupted and this run carries on
   * its night (same cycle); a live one makes this call fail with LockError.
   */
  startRun(command: string, config: unknown, now = new Date()): RunHandle {
    const crawling = command === "run" || command === "crawl";
    const tx = this.db.transaction((): RunHandle => {
      const lock = this.db.prepare(`SELECT * FROM crawl_lock WHERE id = 1`).get() as { run_id: number; pid: number; hostname: string; acquired_at: string; heartbeat_at: string } | undefined;
      if (lock) {
        const sameHost = lock.hostname === hostname();
        const fresh = now.getTime() - Date.parse(lock.heartbeat_at) < STALE_MS;
        const alive = sameHost ? processAlive(lock.pid) && fresh : fresh;
        if (alive && lock.pid !== process.pid) {
          throw new LockError(
            `another vnpress run (run ${lock.run_id}, pid ${lock.pid} on ${lock.hostname}, started ${lock.acquired_at}) is using this database; wait for it to finish, or stop it first`,
          );
        }
      }
      // a run left "running" is over (its lock was stale): mark it interrupted
      this.db.prepare(`UPDATE runs SET status = 'interrupted', ended_at = COALESCE(ended_at, ?) WHERE status = 'running'`).run(now.toISOString());
      const last = this.db.prepare(`SELECT id, cycle, status FROM runs WHERE command IN ('run','crawl') ORDER BY id DESC LIMIT 1`).get() as { id: number; cycle: number; status: string } | undefined;
      let cycle: number | null = null;
      let resumes: number | null = null;
      if (crawling && last && last.status === "interrupted") {
        cycle = last.cycle;
        resumes = last.id;
      }
      const id = Number(
        this.db
          .prepare(`INSERT INTO runs (command, cycle, started_at, status, pid, hostname, config) VALUES (?, ?, ?, 'running', ?, ?, ?)`)
          .run(command, cycle ?? 0, now.toISOString(), process.pid, hostname(), JSON.stringify(config)).lastInsertRowid,
      );
      if (cycle === null) {
        cycle = id;
        this.db.prepare(`UPDATE runs SET cycle = ? WHERE id = ?`).run(id, id);
      }
      this.db
        .prepare(`INSERT INTO crawl_lock (id, run_id, pid, hostname, acquired_at, heartbeat_at) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET run_id = excluded.run_id, pid = excluded.pid, hostname = excluded.hostname, acquired_at = excluded.acquired_at, heartbeat_at = excluded.heartbeat_at`)
        .run(id, process.pid, hostname(), now.toISOString(), now.toISOString());
      return { id, cycle, resumes };
    });
    return tx.immediate();
  }

  heartbeat(runId: number): void {
    this.db.prepare(`UPDATE crawl_lock SET heartbeat_at = ? WHERE id = 1 AND run_id = ?`).run(new Date().toISOString(), runId);
  }

  finishRun(runId: number, status: "completed" | "failed" | "interrupted", errors: string[]): void {
    this.db.transaction(() => {
      this.db.prepare(`UPDATE runs SET status = ?, ended_at = ?, errors = ? WHERE id = ?`).run(status, new Date().toISOString(), JSON.stringify(errors), runId);
      this.db.prepare(`DELETE FROM crawl_lock WHERE id = 1 AND run_id = ?`).run(runId);
    }).immediate();
  }

  saveSourceCounts(runId: number, source: string, counts: Counts, status: string, error: string | null): void {
    this.db
      .prepare(
        `INSERT INTO run_sources (run_id, source, status, discovered, fetched, not_modified, failed, skipped, stored, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(run_id, source) DO UPDATE SET status = excluded.status, discovered = excluded.discovered, fetched = excluded.fetched, not_modified = excluded.not_modified,
           failed = excluded.failed, skipped = excluded.skipped, stored = excluded.stored, error = excluded.error`,
      )
      .run(runId, source, status, counts.discovered, counts.fetched, counts.not_modified, counts.failed, counts.skipped, counts.stored, error);
  }

  // ---- the frontier ------------------------------------------------------

  get(url: string): FrontierRow | undefined {
    return this.byUrl.get(url) as FrontierRow | undefined;
  }

  /** Add URLs (existing ones keep their state; a newer lastmod is remembered). Returns how many were new. */
  addUrls(source: string, urls: NewUrl[], now = new Date().toISOString()): number {
    let added = 0;
    for (const u of urls) {
      added += this.insertUrl.run({ url: u.url, source, kind: u.kind, via: u.via, depth: u.depth, lastmod: u.lastmod ?? null, now }).changes;
      if (u.lastmod) this.bumpLastmod.run({ url: u.url, lastmod: u.lastmod });
    }
    return added;
  }

  /**
   * The next URLs due for a source this night, in a fixed order: sitemaps,
   * feeds, listings, then pages (new, retries, changed or due for a
   * revisit), newest sitemap lastmod first (a night's budget goes to the
   * latest articles), then by discovery order. Pages fetched earlier in the same
   * night (a resumed run) are not due again.
   */
  due(source: string, cycle: number, opts: { now: string; revisitBefore: string; pages: boolean; limit: number; exclude: Set<number> }): FrontierRow[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM frontier WHERE source = @source AND (
           status = 'new'
           OR (status = 'retry' AND (next_attempt IS NULL OR next_attempt <= @now OR cycle IS NOT @cycle))
           OR (status = 'failed' AND cycle IS NOT @cycle)
           OR (status = 'done' AND cycle IS NOT @cycle AND kind != 'page')
           OR (status = 'done' AND cycle IS NOT @cycle AND kind = 'page' AND page_type IS NOT 'listing'
               AND ((lastmod IS NOT NULL AND lastmod > COALESCE(fetched_lastmod, last_fetched)) OR last_fetched IS NULL OR last_fetched < @revisitBefore))
           OR (status = 'done' AND cycle IS NOT @cycle AND kind = 'page' AND page_type = 'listing')
         )
         AND (@pages = 1 OR kind IN ('sitemap','feed'))
         ORDER BY CASE kind WHEN 'sitemap' THEN 0 WHEN 'feed' THEN 1 WHEN 'listing' THEN 2 ELSE 3 END,
                  CASE WHEN kind = 'page' AND page_type = 'listing' THEN 0 ELSE 1 END,
                  CASE status WHEN 'new' THEN 0 WHEN 'retry' THEN 1 WHEN 'failed' THEN 2 ELSE 3 END,
                  lastmod IS NULL, lastmod DESC, id
         LIMIT @limit`,
      )
      .all({ source, cycle, now: opts.now, revisitBefore: opts.revisitBefore, pages: opts.pages ? 1 : 0, limit: opts.limit + opts.exclude.size }) as FrontierRow[];
    return rows.filter((r) => !opts.exclude.has(r.id)).slice(0, opts.limit);
  }

  /** A transient failure this night: try again after `nextAttempt`. */
  whenRetry(source: string, cycle: number): string | null {
    return this.db.prepare(`SELECT MIN(next_attempt) FROM frontier WHERE source = ? AND status = 'retry' AND cycle = ?`).pluck().get(source, cycle) as string | null;
  }

  /** Pages and listings fetched so far this night (what maxPages counts). */
  pagesFetched(source: string, cycle: number): number {
    return this.db.prepare(`SELECT COUNT(*) FROM frontier WHERE source = ? AND fetched_cycle = ? AND kind IN ('page','listing')`).pluck().get(source, cycle) as number;
  }

  listingsFollowed(source: string, cycle: number): number {
    return this.db.prepare(`SELECT COUNT(*) FROM frontier WHERE source = ? AND cycle = ? AND (kind = 'listing' OR page_type = 'listing') AND status = 'done'`).pluck().get(source, cycle) as number;
  }

  private settle(row: FrontierRow, cycle: number, status: FrontierStatus, f: FetchFacts, extra: Partial<FrontierRow> = {}): void {
    const set: Record<string, unknown> = {
      status,
      cycle,
      fetched_cycle: f.status !== null ? cycle : row.fetched_cycle,
      http_status: f.status ?? row.http_status,
      final_url: f.finalUrl ?? row.final_url,
      last_fetched: f.status !== null ? f.at : row.last_fetched,
      fetched_lastmod: f.status !== null ? ((this.lastmodOf.get(row.id) as string | null) ?? null) : row.fetched_lastmod,
      ...extra,
    };
    if (f.etag !== undefined) set.etag = f.etag;
    if (f.lastModified !== undefined) set.last_modified = f.lastModified;
    if (f.contentHash !== undefined) set.content_hash = f.contentHash;
    if (f.warc) {
      set.warc_file = f.warc.file;
      set.warc_offset = f.warc.offset;
    }
    if (f.charset !== undefined) set.charset = f.charset;
    if (f.legacy !== undefined) set.legacy = f.legacy;
    const cols = Object.keys(set);
    const key = cols.join(",");
    let stmt = this.settleStatements.get(key);
    if (!stmt) {
      stmt = this.db.prepare(`UPDATE frontier SET ${cols.map((c) => `${c} = @${c}`).join(", ")} WHERE id = @id`);
      this.settleStatements.set(key, stmt);
    }
    stmt.run({ ...set, id: row.id });
  }

  /** A sitemap, feed or listing read: its links join the frontier with its own new state. */
  commitDiscovery(row: FrontierRow, cycle: number, f: FetchFacts, found: NewUrl[], pageType: string | null = null): number {
    return this.db
      .transaction(() => {
        const added = this.addUrls(row.source, found, f.at);
        this.settle(row, cycle, "done", f, { attempts: 0, next_attempt: null, last_error: null, page_type: pageType ?? row.page_type });
        return added;
      })
      .immediate();
  }

  /**
   * An article: stored (or updated) under its canonical URL, unless the same
   * body is already stored under another URL — then this URL is recorded as
   * one more address of that article. All URLs that led here (the one asked
   * for, the one served, the canonical one) are recorded.
   */
  commitArticle(row: FrontierRow, cycle: number, f: FetchFacts, a: ArticleToStore): StoredArticle {
    return this.db
      .transaction(() => {
        const r = this.storeArticle(row.source, [row.url, f.finalUrl ?? row.url], f.at, a);
        this.settle(row, cycle, "done", f, {
          attempts: 0,
          next_attempt: null,
          last_error: null,
          canonical: a.canonical,
          article_id: r.articleId,
          page_type: r.result === "duplicate" ? "duplicate" : "article",
        });
        return r;
      })
      .immediate();
  }

  /**
   * Store an article under its canonical URL (updating it when it changed),
   * or — when the same body is already stored under another URL — record
   * these URLs as more addresses of that article. Call inside a transaction.
   */
  storeArticle(source: string, urls: string[], at: string, a: ArticleToStore, opts: { force?: boolean } = {}): StoredArticle {
    if (!this.store) throw new Error("storing articles needs a store");
    let articleId = (this.articleForUrl.get(a.canonical) ?? this.articleByIdentity.get(a.canonical)) as number | undefined;
    let result: StoredArticle["result"] | null = null;
    if (articleId === undefined) {
      const dup = this.articleByHash.get(a.bodyHash) as number | undefined;
      if (dup !== undefined) {
        articleId = dup;
        result = "duplicate";
      }
    }
    if (result === null) {
      const identity = articleId !== undefined ? ((this.identityOf.get(articleId) as string | undefined) ?? a.canonical) : a.canonical;
      const p: Processed = { ...a.processed, doc: { ...a.processed.doc, identity, url: identity } };
      const r = this.store.upsert(p, { extractorVersion: EXTRACTOR_VERSION, force: opts.force });
      articleId = r.id;
      result = r.result;
    }
    for (const u of new Set([a.canonical, ...urls])) this.putArticleUrl.run(u, articleId, a.bodyHash, source, at);
    return { articleId: articleId!, result };
  }

  /** A page that is not an article (listing, error page, stub): nothing stored; its links may join the frontier. */
  commitNotArticle(row: FrontierRow, cycle: number, f: FetchFacts, pageType: string, reason: string | null, found: NewUrl[]): number {
    return this.db
      .transaction(() => {
        const added = this.addUrls(row.source, found, f.at);
        this.settle(row, cycle, "done", f, { attempts: 0, next_attempt: null, last_error: reason, page_type: pageType });
        return added;
      })
      .immediate();
  }

  commitNotModified(row: FrontierRow, cycle: number, f: FetchFacts): void {
    this.settle(row, cycle, "done", { ...f, etag: f.etag ?? row.etag, lastModified: f.lastModified ?? row.last_modified }, { attempts: 0, next_attempt: null, last_error: null });
  }

  commitRetry(row: FrontierRow, cycle: number, f: FetchFacts, attempts: number, nextAttempt: string, error: string): void {
    this.settle(row, cycle, "retry", f, { attempts, next_attempt: nextAttempt, last_error: error });
  }

  commitFailed(row: FrontierRow, cycle: number, f: FetchFacts, attempts: number, error: string): void {
    this.settle(row, cycle, "failed", f, { attempts, next_attempt: null, last_error: error });
  }

  commitSkipped(row: FrontierRow, cycle: number, f: FetchFacts, reason: string): void {
    this.settle(row, cycle, "skipped", f, { attempts: 0, next_attempt: null, last_error: reason });
  }

  /** The article a URL is stored as, if any. */
  articleOf(url: string): number | null {
    return (this.articleForUrl.get(url) as number | undefined) ?? null;
  }

  /** reextract: remove an article that the current rules no longer consider one. */
  deleteArticle(id: number): void {
    this.db.transaction(() => {
      this.db.prepare(`UPDATE frontier SET article_id = NULL WHERE article_id = ?`).run(id);
      this.db.prepare(`DELETE FROM articles WHERE id = ?`).run(id);
    }).immediate();
  }
}
