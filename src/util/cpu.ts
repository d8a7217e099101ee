// How many of the machine's cores are idle now. The load average lags by
// minutes (it still counts a run that ended seconds ago), so the CLI looks at
// the cores' own idle time between its start (this module is imported first
// by cli.ts) and the moment it asks: the cores' idle time over that window,
// which leaves out the core the CLI itself keeps busy while it loads.
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";

const idleMs = () => cpus().reduce((s, c) => s + c.times.idle, 0);

const start = { at: performance.now(), idle: idleMs() };

/** Below this window (ms) the kernel's 10 ms ticks say too little. */
const MIN_WINDOW_MS = 80;

/**
 * Cores idle beside this process: measured since the CLI started when that
 * was long enough ago, else from the load average (cores − load − 1).
 */
export function idleCores(): number {
  const window = performance.now() - start.at;
  if (window >= MIN_WINDOW_MS) return Math.max(0, (idleMs() - start.idle) / window);
  return Math.max(0, cpus().length - loadavg()[0] - 1);
}
