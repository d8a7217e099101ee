// Worker thread entry: analyses pages for the crawler's pool (see workers.ts);
// the first worker also checkpoints the database's write-ahead log.
import { parentPort, workerData } from "node:worker_threads";
import { analyzeAndArchive, type PageInput } from "./page.js";

const { checkpointDb, checkpointMs } = (workerData ?? {}) as { checkpointDb?: string | null; checkpointMs?: number };
if (checkpointDb) {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(checkpointDb, { fileMustExist: true });
  db.pragma("busy_timeout = 0");
  setInterval(() => {
    try {
      db.pragma("wal_checkpoint(PASSIVE)");
    } catch {
      /* busy or closing: the next tick, or the main thread's own checkpoint, copies it */
    }
  }, checkpointMs ?? 500).unref();
}

parentPort!.on("message", async (msg: { id: number; input: PageInput }) => {
  try {
    const result = await analyzeAndArchive(msg.input, { sync: true });
    // the page text already went into the archive; do not copy it back
    if (result.processed) result.processed = { ...result.processed, doc: { ...result.processed.doc, text: "" } };
    parentPort!.postMessage({ id: msg.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).stack ?? String(e) });
  }
});
