// vnpress extract: files → records on stdout, no database.
//
// Many inputs are spread over worker threads (this module is also the
// workers' entry): the main thread hands out batches of file indices, works
// on small batches itself while the workers start, and prints results strictly
// in input order. The main thread stays synchronous: it polls the workers'
// ports with receiveMessageOnPort and sleeps on a shared counter (Atomics.wait)
// that a worker bumps after each batch, so runExtract keeps its plain
// `number` result. Few inputs, no idle core, or running from the TypeScript
// sources (the tests) use no worker: starting one costs as much as ~20 pages.
import { availableParallelism } from "node:os";
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from "node:worker_threads";
import { InputError, processDocument, readInput, toExport } from "../pipeline.js";
import { formatTable } from "../util/table.js";
import type { RecordKind } from "../types.js";
import { EXIT, errorLine } from "./common.js";
import { idleCores } from "../util/cpu.js";

/** RECORD_KINDS of types.ts, written out: importing types.ts loads zod (0.13 s) in every worker and every start. */
const RECORD_KINDS: readonly RecordKind[] = ["delegations", "money", "agreements", "partners", "docrefs"];

export interface ExtractOptions {
  format: "jsonl" | "json" | "table";
  maxBytes?: number;
  /** worker threads; default: one per core beside the main thread when there are many inputs */
  workers?: number;
}

/** Below this many inputs every page is processed in the main thread. */
export const PARALLEL_MIN_FILES = 48;
/** Files per message to a worker; the main thread takes smaller bites so that it never keeps a worker waiting. */
const WORKER_BATCH = 8;
const MAIN_BATCH = 2;
/** A worker that reports nothing for this long is given up on; its files are done here. */
const STALL_MS = 120_000;

interface Result {
  /** the export line as JSON */
  json: string;
  error?: string;
}

function extractOne(file: string, maxBytes: number | undefined): Result {
  try {
    const p = processDocument(readInput(file, { maxBytes }));
    const line = { ...toExport(p, { file, url: p.article.url }), ...(p.notArticle ? { not_article: true } : {}) };
    return { json: JSON.stringify(line) };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { json: JSON.stringify({ file, error: e.message }), error: e.message };
  }
}

/**
 * Default worker count: one per idle core beside the main thread's, at most
 * seven; none for few inputs. A core that other processes keep busy gains
 * nothing from a worker: the threads only time-share it and each isolate
 * warms its JIT again (measured: 20–35 % more CPU in all). Idle is what the
 * cores did since the CLI started (util/cpu.ts), not the load average, which
 * still counts a run that ended a minute ago.
 */
export function extractWorkers(files: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, requested);
  const env = process.env.VNPRESS_EXTRACT_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  if (files < PARALLEL_MIN_FILES || import.meta.url.endsWith(".ts")) return 0;
  const cores = availableParallelism();
  return Math.max(0, Math.min(7, cores - 1, Math.round(idleCores())));
}

function runSequential(files: string[], maxBytes: number | undefined, emit: (i: number, r: Result) => void): void {
  files.forEach((f, i) => emit(i, extractOne(f, maxBytes)));
}

interface WorkerMessage {
  results?: [number, string, string | undefined][];
  fatal?: string;
}

function runParallel(files: string[], maxBytes: number | undefined, threads: number, emit: (i: number, r: Result) => void): void {
  const n = files.length;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const pool: { worker: Worker; port: MessagePort; outstanding: [number, number][] }[] = [];
  for (let t = 0; t < threads; t++) {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { vnpressExtract: true, files, maxBytes, port: port2, signal: signal.buffer },
      transferList: [port2],
    });
    worker.unref();
    pool.push({ worker, port: port1, outstanding: [] });
  }
  const done: (Result | undefined)[] = new Array(n);
  let next = 0, flushed = 0;
  const take = (size: number): [number, number] | null => {
    if (next >= n) return null;
    const range: [number, number] = [next, Math.min(n, next + size)];
    next = range[1];
    return range;
  };
  const feed = (w: (typeof pool)[number]) => {
    while (w.outstanding.length < 2) {
      const r = take(WORKER_BATCH);
      if (!r) return;
      w.outstanding.push(r);
      w.port.postMessage(r);
    }
  };
  const flush = () => {
    while (flushed < n && done[flushed]) {
      emit(flushed, done[flushed]!);
      done[flushed] = undefined;
      flushed++;
    }
  };
  pool.forEach(feed);
  let lastNews = Date.now();
  try {
    while (flushed < n) {
      const seen = Atomics.load(signal, 0);
      let news = false;
      for (const w of pool) {
        let m: { message: WorkerMessage } | undefined;
        while ((m = receiveMessageOnPort(w.port) as { message: WorkerMessage } | undefined)) {
          news = true;
          if (m.message.fatal) throw new Error(`extract worker: ${m.message.fatal}`);
          for (const [i, json, error] of m.message.results ?? []) done[i] = { json, error };
          w.outstanding.shift();
          feed(w);
        }
      }
      if (news) lastNews = Date.now();
      flush();
      if (flushed >= n) break;
      const mine = take(MAIN_BATCH);
      if (mine) {
        for (let i = mine[0]; i < mine[1]; i++) done[i] = extractOne(files[i], maxBytes);
        continue;
      }
      if (news) continue;
      if (Date.now() - lastNews > STALL_MS) {
        // a worker died or hangs: do what is still missing here, in order
        for (let i = flushed; i < n; i++) done[i] ??= extractOne(files[i], maxBytes);
        continue;
      }
      Atomics.wait(signal, 0, seen, 200);
    }
  } finally {
    for (const w of pool) {
      w.port.close();
      void w.worker.terminate();
    }
  }
}

/** `vnpress extract … | head`: a reader that stops early is not an error. */
function exitQuietlyOnClosedPipe(): void {
  if (process.stdout.listenerCount("error") > 0) return;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
}

export function runExtract(files: string[], opts: ExtractOptions): number {
  exitQuietlyOnClosedPipe();
  let failed = 0;
  const all: unknown[] = [];
  let out = "";
  const emit = (_i: number, r: Result) => {
    if (r.error !== undefined) {
      failed++;
      errorLine(r.error);
    }
    if (opts.format === "jsonl") {
      out += r.json + "\n";
      if (out.length > 1 << 16) {
        process.stdout.write(out);
        out = "";
      }
    } else all.push(JSON.parse(r.json));
  };
  const threads = extractWorkers(files.length, opts.workers);
  if (threads > 0) runParallel(files, opts.maxBytes, threads, emit);
  else runSequential(files, opts.maxBytes, emit);
  if (out) process.stdout.write(out);
  if (opts.format === "json") process.stdout.write(JSON.stringify(all, null, 2) + "\n");
  if (opts.format === "table") {
    for (const item of all as Record<string, any>[]) {
      process.stdout.write(`\n== ${item.file}\n`);
      if (item.error) {
        process.stdout.write(`error: ${item.error}\n`);
        continue;
      }
      if (item.not_article) {
        process.stdout.write("not an article (home page, listing, search results or error page)\n");
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

// ---------------------------------------------------------------- worker side

if (!isMainThread && (workerData as { vnpressExtract?: boolean } | null)?.vnpressExtract) {
  const data = workerData as { files: string[]; maxBytes?: number; port: MessagePort; signal: SharedArrayBuffer };
  const signal = new Int32Array(data.signal);
  data.port.on("message", ([start, end]: [number, number]) => {
    let msg: WorkerMessage;
    try {
      const results: [number, string, string | undefined][] = [];
      for (let i = start; i < end; i++) {
        const r = extractOne(data.files[i], data.maxBytes);
        results.push([i, r.json, r.error]);
      }
      msg = { results };
    } catch (e) {
      msg = { fatal: (e as Error).stack ?? String(e) };
    }
    data.port.postMessage(msg);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
