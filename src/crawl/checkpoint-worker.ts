// Worker thread entry: copies the database's write-ahead log into the
// database file every `checkpointMs` (PASSIVE: it never waits for, nor
// blocks, the writer). A thread of its own, with nothing but SQLite loaded: the
// copy and its fsync are mostly system time, which the operating system fits
// into whichever core is idle instead of taking it from the page analysis.
import { workerData } from "node:worker_threads";
import Database from "better-sqlite3";

const { checkpointDb, checkpointMs } = workerData as { checkpointDb: string; checkpointMs: number };
const db = new Database(checkpointDb, { fileMustExist: true });
db.pragma("busy_timeout = 0");
// ref'd: the thread lives until the pool terminates it
setInterval(() => {
  try {
    db.pragma("wal_checkpoint(PASSIVE)");
  } catch {
    /* busy or closing: the next tick, or the main thread's own checkpoint, copies it */
  }
}, checkpointMs);
