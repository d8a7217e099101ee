// Page analysis (decode, clean, extract) is the crawler's CPU cost; a small
// pool of worker threads spreads it over the cores while the main thread
// fetches, archives and stores. With no workers (or when running from the
// TypeScript sources, as the tests do) pages are analysed in-process.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Store } from "../store/db.js";
import { analyzeAndArchive, type PageAnalysis, type PageInput } from "./page.js";

export interface Analyzer {
  analyze(input: PageInput): Promise<PageAnalysis>;
  close(): Promise<void>;
  readonly threads: number;
}

/**
 * Default pool size: one thread per core beside the main thread's, at most
 * four; none on a single core. (The main thread fetches, archives and stores:
 * on two cores a second worker only competes with it and costs 60 MB.)
 */
function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(4, cores - 1) : 0;
}

class InlineAnalyzer implements Analyzer {
  readonly threads = 0;
  async analyze(input: PageInput): Promise<PageAnalysis> {
    await new Promise((r) => setImmediate(r));
    return analyzeAndArchive(input, { sync: false });
  }
  async close(): Promise<void> {}
}

class PoolAnalyzer implements Analyzer {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, { resolve: (r: PageAnalysis) => void; reject: (e: Error) => void; worker: number }>();
  private nextId = 1;

  constructor(readonly threads: number, entry: URL, checkpointDb: string | null) {
    for (let i = 0; i < threads; i++) {
      // a small young generation: the worker's garbage is per page and short-lived,
      // and the default (tens of MB per thread) is most of a worker's footprint
      const w = new Worker(entry, {
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 512 },
        workerData: { checkpointDb: i === 0 ? checkpointDb : null, checkpointMs: CHECKPOINT_MS },
      });
      w.unref();
      w.on("message", (msg: { id: number; result?: PageAnalysis; error?: string }) => {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        this.load[p.worker]--;
        if (msg.error !== undefined) p.reject(new Error(msg.error));
        else p.resolve(msg.result!);
      });
      w.on("error", (e) => {
        for (const [id, p] of this.pending) if (p.worker === i) {
          this.pending.delete(id);
          p.reject(e);
        }
      });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  analyze(input: PageInput): Promise<PageAnalysis> {
    let best = 0;
    for (let i = 1; i < this.load.length; i++) if (this.load[i] < this.load[best]) best = i;
    const id = this.nextId++;
    this.load[best]++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: best });
      this.workers[best].postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** How often the first worker copies the write-ahead log into the database (see analyzerFor). */
const CHECKPOINT_MS = 500;
/**
 * The main thread's own checkpoints, a safety net only, once the log holds this
 * many pages (SQLite's default is 1,000 pages, about 4 MB).
 */
const FALLBACK_AUTOCHECKPOINT_PAGES = 16_000;

/**
 * The analysis pool of a command that writes `store` (at `dbPath`; null for a
 * store that is not a file the workers may open). With a pool, the
 * write-ahead-log checkpoints (copying the log into the database file, with
 * an fsync) run in the first worker, on its own connection, every half
 * second (PASSIVE: they never wait for, nor block, the writer), and the
 * store's own checkpoints become a safety net: the main thread, which fetches
 * and stores, no longer stalls on the copy and the fsync every few hundred
 * pages. Without workers (one core, or running from the TypeScript sources as
 * the tests do) pages are analysed in-process and nothing changes.
 */
export function analyzerFor(store: Store, dbPath: string | null, threads = defaultWorkers()): Analyzer {
  if (threads <= 0 || import.meta.url.endsWith(".ts")) return new InlineAnalyzer();
  if (dbPath) store.db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  return new PoolAnalyzer(threads, new URL("./page-worker.js", import.meta.url), dbPath);
}
