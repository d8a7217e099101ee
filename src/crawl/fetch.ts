// One page over HTTP with undici: timeouts on connect, headers and body; a
// size cap enforced while the body streams in (a 40 MB page is abandoned at
// the cap, never buffered whole); gzip/deflate/br; conditional requests;
// redirects followed by hand, at most five, each hop checked (same site,
// robots.txt, address guard) and spaced like any other request.
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable, Transform } from "node:stream";
import { Agent, request } from "undici";
import { canonicalUrl } from "./canonical.js";
import { BlockedAddressError, checkLiteralHost, guardedLookup } from "./net-guard.js";

export const VERSION = "0.1.0";

export function userAgent(contact: string): string {
  return `vnpress/${VERSION} (research crawler for Vietnamese provincial news; +${contact})`;
}

export type Accept = "html" | "xml" | "robots";

export interface Hop {
  url: string;
  status: number;
  headers: Record<string, string>;
  requestHeaders: Record<string, string>;
  date: string;
}

export type FetchResult = (
  | { outcome: "ok"; url: string; status: number; headers: Record<string, string>; body: Buffer; truncated: boolean; hops: Hop[]; final: Hop }
  | { outcome: "not_modified"; url: string; status: 304; headers: Record<string, string>; hops: Hop[]; final: Hop }
  | { outcome: "http_error"; url: string; status: number; headers: Record<string, string>; retryAfterMs: number | null; hops: Hop[]; final: Hop }
  | { outcome: "skipped"; url: string; status: number | null; reason: string; hops: Hop[]; final: Hop | null }
  | { outcome: "network_error"; url: string; reason: string; code: string; blocked: boolean; hops: Hop[] }
) & {
  /** when each request went out (ISO times), redirect hops and unanswered requests included */
  sent: string[];
};

type HopResult = DistributiveOmit<FetchResult, "sent">;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface FetchOptions {
  accept: Accept;
  timeoutMs: number;
  maxBytes: number;
  allowPrivate: boolean;
  userAgent: string;
  etag?: string | null;
  lastModified?: string | null;
  /** the URL the validators were recorded for (default: the URL asked for) */
  validatorsUrl?: string | null;
  maxRedirects?: number;
  /** called before every request (the first and each redirect hop): waits for the host's turn; returns a release called when the hop is done */
  beforeRequest?: (url: string) => Promise<(() => void) | void>;
  /** Told the moment a request goes out, after beforeRequest let it (the host's spacing counts from here). */
  onSent?: (url: string, at: number) => void;
  /** called for each redirect target: a reason to refuse it, or null to follow */
  checkRedirect?: (url: string) => Promise<string | null> | string | null;
}

const agents = new Map<string, Agent>();

function agentFor(timeoutMs: number, allowPrivate: boolean): Agent {
  const key = `${timeoutMs}|${allowPrivate}`;
  let a = agents.get(key);
  if (!a) {
    a = new Agent({
      connect: { timeout: timeoutMs, lookup: guardedLookup(allowPrivate) as never },
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
      keepAliveTimeout: 4_000,
      connections: 16,
    });
    agents.set(key, a);
  }
  return a;
}

/** Close the connection pools (end of a run). */
export async function closeAgents(): Promise<void> {
  const all = [...agents.values()];
  agents.clear();
  await Promise.all(all.map((a) => a.close().catch(() => a.destroy())));
}

function flatHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  return out;
}

/** Retry-After as milliseconds from now (delta-seconds or an HTTP date). */
export function parseRetryAfter(v: string | undefined | null, now = Date.now()): number | null {
  if (!v) return null;
  const s = v.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const d = Date.parse(s);
  return Number.isNaN(d) ? null : Math.max(0, d - now);
}

function acceptHeader(a: Accept): string {
  if (a === "html") return "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
  if (a === "xml") return "application/xml,text/xml,application/rss+xml,application/atom+xml,*/*;q=0.5";
  return "text/plain,*/*;q=0.5";
}

/** Why a response of this type is not read, or null when it is. */
function refuseType(accept: Accept, contentType: string | undefined): string | null {
  const ct = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (accept !== "html" || !ct) return null;
  if (ct === "text/html" || ct === "application/xhtml+xml" || ct === "text/plain") return null;
  return `not HTML (${ct})`;
}

function decoders(encoding: string | undefined): Transform[] {
  const out: Transform[] = [];
  for (const e of (encoding ?? "").toLowerCase().split(",").map((s) => s.trim()).filter(Boolean).reverse()) {
    if (e === "gzip" || e === "x-gzip") out.push(createGunzip());
    else if (e === "deflate") out.push(createInflate());
    else if (e === "br") out.push(createBrotliDecompress());
    else if (e === "identity") continue;
    else throw new Error(`unsupported Content-Encoding "${e}"`);
  }
  return out;
}

class TooLarge extends Error {}

/** Drop a response body we will not read (destroying it emits an error nobody needs). */
function discard(body: Readable): void {
  body.on("error", () => {});
  body.destroy();
}

/**
 * Read a body through its decoders, stopping at `max` decoded bytes: with
 * `truncate` the bytes so far are kept (robots.txt), otherwise TooLarge.
 */
async function readCapped(body: Readable, encoding: string | undefined, max: number, truncate: boolean): Promise<{ buf: Buffer; truncated: boolean }> {
  let stream: Readable = body;
  const chain = decoders(encoding);
  for (const d of chain) stream = stream.pipe(d);
  const destroyAll = () => {
    discard(body);
    for (const d of chain) {
      d.on("error", () => {});
      d.destroy();
    }
  };
  body.on("error", (e) => chain.forEach((d) => d.destroy(e)));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const c = chunk as Buffer;
      if (size + c.length > max) {
        if (!truncate) throw new TooLarge();
        chunks.push(c.subarray(0, max - size));
        size = max;
        destroyAll();
        return { buf: Buffer.concat(chunks, size), truncated: true };
      }
      chunks.push(c);
      size += c.length;
    }
  } catch (e) {
    destroyAll();
    throw e;
  }
  return { buf: Buffer.concat(chunks, size), truncated: false };
}

function errorCode(e: unknown): string {
  const err = e as { code?: string; cause?: { code?: string }; name?: string };
  return err?.code ?? err?.cause?.code ?? err?.name ?? "ERROR";
}

function describeNetworkError(e: unknown, timeoutMs: number): string {
  const code = errorCode(e);
  if (e instanceof BlockedAddressError || (e as { cause?: unknown })?.cause instanceof BlockedAddressError) return ((e as { cause?: Error }).cause ?? (e as Error)).message;
  switch (code) {
    case "UND_ERR_CONNECT_TIMEOUT":
      return `connect timeout after ${timeoutMs} ms`;
    case "UND_ERR_HEADERS_TIMEOUT":
      return `no response headers within ${timeoutMs} ms`;
    case "UND_ERR_BODY_TIMEOUT":
      return `body stalled for ${timeoutMs} ms`;
    case "ECONNREFUSED":
      return "connection refused";
    case "ECONNRESET":
    case "UND_ERR_SOCKET":
      return "connection reset";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "host name not found (DNS)";
    case "AbortError":
    case "UND_ERR_ABORTED":
      return `gave up after ${timeoutMs * 4} ms in total`;
    default:
      return `${code}: ${(e as Error)?.message ?? e}`;
  }
}

export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchResult> {
  const hops: Hop[] = [];
  const sent: string[] = [];
  let current = url;
  for (let hop = 0; ; hop++) {
    const release = await opts.beforeRequest?.(current);
    let step: { next: string } | { done: HopResult };
    try {
      const at = Date.now();
      opts.onSent?.(current, at);
      sent.push(new Date(at).toISOString());
      step = await fetchHop(current, hop, hops, opts);
    } finally {
      release?.();
    }
    if ("done" in step) return { ...step.done, sent } as FetchResult;
    // checked outside the hop's slot: the check may need another host's robots.txt
    const refusal = (await opts.checkRedirect?.(step.next)) ?? null;
    if (refusal) {
      const last = hops[hops.length - 1];
      return { outcome: "skipped", url: current, status: last.status, reason: `redirects to ${step.next}: ${refusal}`, hops, final: last, sent };
    }
    current = step.next;
  }
}

async function fetchHop(current: string, hop: number, hops: Hop[], opts: FetchOptions): Promise<{ next: string } | { done: HopResult }> {
  const maxRedirects = opts.maxRedirects ?? 5;
  {
    const u = new URL(current);
    try {
      checkLiteralHost(u.hostname, opts.allowPrivate);
    } catch (e) {
      return { done: { outcome: "network_error", url: current, reason: (e as Error).message, code: "EVNPRESS_BLOCKED", blocked: true, hops } };
    }
    const requestHeaders: Record<string, string> = {
      "user-agent": opts.userAgent,
      accept: acceptHeader(opts.accept),
      "accept-encoding": "gzip, deflate, br",
      "accept-language": "vi,en;q=0.5",
    };
    // conditional headers belong to the URL they were recorded for
    const validatorsFor = opts.validatorsUrl ?? (hop === 0 ? current : null);
    if (current === validatorsFor && opts.etag) requestHeaders["if-none-match"] = opts.etag;
    if (current === validatorsFor && opts.lastModified) requestHeaders["if-modified-since"] = opts.lastModified;
    const date = new Date().toISOString();
    const signal = AbortSignal.timeout(opts.timeoutMs * 4);
    let res;
    try {
      res = await request(current, {
        method: "GET",
        headers: requestHeaders,
        dispatcher: agentFor(opts.timeoutMs, opts.allowPrivate),
        headersTimeout: opts.timeoutMs,
        bodyTimeout: opts.timeoutMs,
        signal,
      });
    } catch (e) {
      const blocked = e instanceof BlockedAddressError || (e as { cause?: unknown })?.cause instanceof BlockedAddressError || errorCode(e) === "EVNPRESS_BLOCKED";
      return { done: { outcome: "network_error", url: current, reason: describeNetworkError(e, opts.timeoutMs), code: blocked ? "EVNPRESS_BLOCKED" : errorCode(e), blocked, hops } };
    }
    const headers = flatHeaders(res.headers as Record<string, string | string[]>);
    const status = res.statusCode;
    const h: Hop = { url: current, status, headers, requestHeaders, date };
    hops.push(h);

    if (status >= 300 && status < 400 && status !== 304) {
      res.body.resume();
      res.body.on("error", () => {});
      const location = headers["location"];
      const target = location ? canonicalUrl(location, current) : null;
      if (!target) return { done: { outcome: "skipped", url: current, status, reason: `redirect ${status} without a usable Location`, hops, final: h } };
      if (hop >= maxRedirects) return { done: { outcome: "skipped", url: current, status, reason: `more than ${maxRedirects} redirects`, hops, final: h } };
      if (hops.some((x) => x.url === target)) return { done: { outcome: "skipped", url: current, status, reason: `redirect loop back to ${target}`, hops, final: h } };
      return { next: target };
    }
    if (status === 304) {
      res.body.resume();
      res.body.on("error", () => {});
      return { done: { outcome: "not_modified", url: current, status: 304, headers, hops, final: h } };
    }
    if (status < 200 || status >= 300) {
      res.body.resume();
      res.body.on("error", () => {});
      return { done: { outcome: "http_error", url: current, status, headers, retryAfterMs: parseRetryAfter(headers["retry-after"]), hops, final: h } };
    }
    const refused = refuseType(opts.accept, headers["content-type"]);
    if (refused) {
      discard(res.body);
      return { done: { outcome: "skipped", url: current, status, reason: refused, hops, final: h } };
    }
    const declared = Number(headers["content-length"]);
    const truncate = opts.accept === "robots";
    if (!truncate && !headers["content-encoding"] && Number.isFinite(declared) && declared > opts.maxBytes) {
      discard(res.body);
      return { done: { outcome: "skipped", url: current, status, reason: `too large: Content-Length ${declared} bytes is over the ${opts.maxBytes}-byte limit`, hops, final: h } };
    }
    try {
      const { buf, truncated } = await readCapped(res.body, headers["content-encoding"], opts.maxBytes, truncate);
      return { done: { outcome: "ok", url: current, status, headers, body: buf, truncated, hops, final: h } };
    } catch (e) {
      if (e instanceof TooLarge) return { done: { outcome: "skipped", url: current, status, reason: `too large: over the ${opts.maxBytes}-byte limit (abandoned while streaming)`, hops, final: h } };
      return { done: { outcome: "network_error", url: current, reason: describeNetworkError(e, opts.timeoutMs), code: errorCode(e), blocked: false, hops } };
    }
  }
}
