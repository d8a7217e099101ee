// Politeness: one p-queue per host (concurrency 1 unless a source asks for
// more) under one global limit across hosts, and a spacing gate per host so
// that two request starts to one host are at least `delay` apart — the larger
// of the source's delayMs and robots.txt's Crawl-delay — and nothing goes to a
// host that asked us (Retry-After) to wait.
import PQueue from "p-queue";

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.max(0, ms)));

class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async acquire(): Promise<() => void> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.waiting.shift()?.();
    };
  }
}

export interface HostState {
  origin: string;
  queue: PQueue;
  delayMs: number;
  /** earliest start of the next request */
  nextAt: number;
  /** Retry-After: no request before this time */
  pausedUntil: number;
  /** start of the latest request */
  lastStart: number;
  requests: number;
}

export class Politeness {
  private readonly hosts = new Map<string, HostState>();
  private readonly global: Semaphore;

  constructor(globalConcurrency: number) {
    this.global = new Semaphore(globalConcurrency);
  }

  host(origin: string, opts: { delayMs: number; concurrency: number }): HostState {
    let h = this.hosts.get(origin);
    if (!h) {
      h = { origin, queue: new PQueue({ concurrency: opts.concurrency }), delayMs: opts.delayMs, nextAt: 0, pausedUntil: 0, lastStart: 0, requests: 0 };
      this.hosts.set(origin, h);
    } else {
      // two sources on one host: the slower rules
      h.delayMs = Math.max(h.delayMs, opts.delayMs);
      h.queue.concurrency = Math.min(h.queue.concurrency, opts.concurrency);
    }
    return h;
  }

  get(origin: string): HostState | undefined {
    return this.hosts.get(origin);
  }

  /** Raise a host's delay (robots.txt Crawl-delay). */
  setDelay(origin: string, delayMs: number): void {
    const h = this.hosts.get(origin);
    if (!h) return;
    h.delayMs = Math.max(h.delayMs, delayMs);
    // the request that brought the Crawl-delay (robots.txt) counts too
    if (h.lastStart) h.nextAt = Math.max(h.nextAt, h.lastStart + h.delayMs);
  }

  /** The host said Retry-After: hold every request to it until then. */
  pause(origin: string, ms: number): void {
    const h = this.hosts.get(origin);
    if (h) h.pausedUntil = Math.max(h.pausedUntil, Date.now() + ms);
  }

  /**
   * Wait for this host's turn and a global slot; returns the release for the
   * global slot (call it when the response has been read). The turn is
   * reserved before sleeping, so concurrent callers queue up one delay apart.
   */
  async gate(url: string, fallback: { delayMs: number; concurrency: number }): Promise<() => void> {
    const origin = new URL(url).origin;
    const h = this.hosts.get(origin) ?? this.host(origin, fallback);
    const now = Date.now();
    const slot = Math.max(now, h.nextAt, h.pausedUntil);
    h.nextAt = slot + h.delayMs;
    if (slot > now) await sleep(slot - now);
    const release = await this.global.acquire();
    // the reservation is a plan; the spacing is checked against the real start
    // of the previous request (a late timer or a Retry-After that came meanwhile)
    for (;;) {
      const earliest = Math.max(h.lastStart ? h.lastStart + h.delayMs : 0, h.pausedUntil);
      const wait = earliest - Date.now();
      if (wait <= 0) break;
      await sleep(wait);
    }
    h.lastStart = Date.now();
    h.nextAt = Math.max(h.nextAt, h.lastStart + h.delayMs);
    h.requests++;
    return release;
  }

  /**
   * The request the gate let through went out now: the host's spacing counts from this moment, not from the
   * gate's (a busy event loop may have run other work between the two).
   */
  sent(url: string, at: number): void {
    const h = this.hosts.get(new URL(url).origin);
    if (!h) return;
    h.lastStart = Math.max(h.lastStart, at);
    h.nextAt = Math.max(h.nextAt, h.lastStart + h.delayMs);
  }

  /** Run a task in the host's queue (at most `concurrency` tasks per host at once). */
  run<T>(origin: string, opts: { delayMs: number; concurrency: number }, task: () => Promise<T>): Promise<T> {
    return this.host(origin, opts).queue.add(task) as Promise<T>;
  }

  async idle(): Promise<void> {
    await Promise.all([...this.hosts.values()].map((h) => h.queue.onIdle()));
  }
}

/** Exponential backoff with full jitter: base·2^(attempt−1) · [0.5, 1.5), at most a minute. */
export function backoffMs(attempt: number, baseMs: number): number {
  const exp = baseMs * 2 ** Math.max(0, attempt - 1);
  // floor, not round: rounding could reach the excluded upper bound (1.5·exp)
  return Math.min(60_000, Math.floor(exp * (0.5 + Math.random())));
}
