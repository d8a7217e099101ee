// What a run tells the people watching it: JSON logs (pino) to a file for
// unattended runs, a live progress bar per source on a terminal, plain lines
// otherwise, and a summary table at the end.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import cliProgress from "cli-progress";
import pino, { type Logger } from "pino";
import { formatTable } from "../util/table.js";
import type { Counts } from "./frontier.js";

export function logFileFor(db: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
  return join(dirname(db), "logs", `run-${stamp}-${process.pid}.log`);
}

export function openLog(file: string | null): { log: Logger; flush: () => void } {
  if (!file) return { log: pino({ level: "silent" }), flush: () => {} };
  mkdirSync(dirname(file), { recursive: true });
  const dest = pino.destination({ dest: file, sync: false, mkdir: true, minLength: 4096 });
  const log = pino({ base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime }, dest);
  return {
    log,
    flush: () => {
      try {
        dest.flushSync();
      } catch {
        /* nothing buffered */
      }
    },
  };
}

export interface Progress {
  update(source: string, counts: Counts, note?: string): void;
  stop(): void;
}

/** A bar per source on a terminal: pages fetched against the night's budget, and the counts. */
class BarProgress implements Progress {
  private readonly multi: cliProgress.MultiBar;
  private readonly bars = new Map<string, cliProgress.SingleBar>();
  private readonly width: number;
  constructor(
    private readonly budgets: Map<string, number>,
    stream: NodeJS.WriteStream,
  ) {
    const width = Math.max(8, ...[...budgets.keys()].map((n) => n.length));
    this.width = width;
    this.multi = new cliProgress.MultiBar(
      {
        stream,
        clearOnComplete: false,
        hideCursor: true,
        format: `{source} {bar} {value}/{total} | discovered {discovered} | fetched {fetched} | not modified {not_modified} | failed {failed} | skipped {skipped} | stored {stored} {note}`,
        barsize: 20,
        fps: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    for (const [name, budget] of budgets) {
      this.bars.set(name, this.multi.create(budget, 0, { source: name.padEnd(width), discovered: 0, fetched: 0, not_modified: 0, failed: 0, skipped: 0, stored: 0, note: "" }));
    }
  }
  update(source: string, c: Counts, note = ""): void {
    const bar = this.bars.get(source);
    if (!bar) return;
    bar.update(Math.min(c.fetched + c.not_modified + c.failed + c.skipped, this.budgets.get(source) ?? 0), { source: source.padEnd(this.width), ...c, note });
  }
  stop(): void {
    this.multi.stop();
  }
}

/** Off a terminal: one line per source every few seconds, and when it finishes. */
class LineProgress implements Progress {
  private last = new Map<string, number>();
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly everyMs = 5000,
  ) {}
  update(source: string, c: Counts, note = ""): void {
    const now = Date.now();
    const final = note === "done" || note === "failed";
    if (!final && now - (this.last.get(source) ?? 0) < this.everyMs) return;
    this.last.set(source, now);
    this.stream.write(
      `${source}: discovered ${c.discovered}, fetched ${c.fetched}, not modified ${c.not_modified}, failed ${c.failed}, skipped ${c.skipped}, stored ${c.stored}${note ? ` (${note})` : ""}\n`,
    );
  }
  stop(): void {}
}

class NoProgress implements Progress {
  update(): void {}
  stop(): void {}
}

export function createProgress(mode: "auto" | "bar" | "lines" | "none", budgets: Map<string, number>): Progress {
  const stream = process.stderr;
  if (mode === "none") return new NoProgress();
  if (mode === "bar" || (mode === "auto" && stream.isTTY)) return new BarProgress(budgets, stream);
  return new LineProgress(stream);
}

export interface SummaryRow {
  source: string;
  status: string;
  counts: Counts;
  error: string | null;
}

export function summaryTable(rows: SummaryRow[]): string {
  const total = { discovered: 0, fetched: 0, not_modified: 0, failed: 0, skipped: 0, stored: 0 };
  const lines = rows.map((r) => {
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r.counts[k];
    return { source: r.source, status: r.status, ...r.counts, error: r.error ?? "" };
  });
  if (rows.length > 1) lines.push({ source: "(all)", status: "", ...total, error: "" });
  return formatTable(lines, ["source", "status", "discovered", "fetched", "not_modified", "failed", "skipped", "stored", "error"]);
}
