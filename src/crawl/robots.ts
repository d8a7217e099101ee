// robots.txt with RFC 9309 semantics: fetched once per host per run (its
// redirects followed, five at most); a 4xx means no rules (allow all); a 5xx,
// 429 or an unreachable host means "assume everything is disallowed", so
// nothing is fetched from that host this night. Crawl-delay is honoured.
import { createRequire } from "node:module";
import type { FetchResult } from "./fetch.js";

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
}
// robots-parser is CommonJS and its type declarations do not describe the export
const robotsParser = createRequire(import.meta.url)("robots-parser") as (url: string, text: string) => Robot;

export const ROBOTS_TOKEN = "vnpress";
/** RFC 9309: a crawler must parse at least the first 500 KiB. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

export interface RobotsPolicy {
  /** "rules" (a robots.txt was read), "none" (4xx: allow all), "unreachable" (5xx, 429, network: fetch nothing) */
  state: "rules" | "none" | "unreachable";
  reason: string | null;
  crawlDelayMs: number | null;
  sitemaps: string[];
  isAllowed(url: string): boolean;
}

export function robotsUrl(origin: string): string {
  return `${origin}/robots.txt`;
}

export function policyFromText(origin: string, text: string): RobotsPolicy {
  const r = robotsParser(robotsUrl(origin), text);
  const delay = r.getCrawlDelay(ROBOTS_TOKEN);
  return {
    state: "rules",
    reason: null,
    crawlDelayMs: typeof delay === "number" && Number.isFinite(delay) && delay > 0 ? Math.round(delay * 1000) : null,
    sitemaps: r.getSitemaps(),
    isAllowed: (url) => r.isAllowed(url, ROBOTS_TOKEN) !== false,
  };
}

export function policyFromFetch(origin: string, res: FetchResult): RobotsPolicy {
  const none = (reason: string): RobotsPolicy => ({ state: "none", reason, crawlDelayMs: null, sitemaps: [], isAllowed: () => true });
  const unreachable = (reason: string): RobotsPolicy => ({ state: "unreachable", reason, crawlDelayMs: null, sitemaps: [], isAllowed: () => false });
  switch (res.outcome) {
    case "ok":
      return policyFromText(origin, res.body.toString("utf8").replace(/^\uFEFF/, ""));
    case "not_modified":
      return none("robots.txt answered 304 to an unconditional request");
    case "http_error":
      if (res.status === 429) return unreachable(`robots.txt answered 429 (rate limited)`);
      if (res.status >= 500) return unreachable(`robots.txt answered ${res.status}`);
      return none(`robots.txt answered ${res.status}: no rules`);
    case "skipped":
      // too many redirects counts as unavailable-but-4xx in RFC 9309 (allow all)
      return none(`robots.txt: ${res.reason}`);
    case "network_error":
      return unreachable(`robots.txt unreachable: ${res.reason}`);
  }
}
