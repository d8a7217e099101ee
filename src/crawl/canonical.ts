// URL identity: one spelling per page, so that the frontier and the article
// table see "the same page" the way a reader would.
//
// Lower-case scheme and host, no default port, no fragment, no tracking
// parameters (utm_*, fbclid, gclid, Zalo's zarsrc/gidzl …), the remaining
// query parameters in a stable order, and "/" for an empty path.

/** Query parameters that say who sent the visitor, never which page it is. */
const TRACKING = new Set([
  "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid", "igsh", "mc_cid", "mc_eid",
  "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "zarsrc", "gidzl", "utm", "ref_src", "spm", "scid", "vero_id", "oly_enc_id", "oly_anon_id", "__cft__", "__tn__",
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith("utm_") || TRACKING.has(n);
}

/** The canonical spelling of an absolute http(s) URL, or null for anything else (mailto:, javascript:, bad syntax). */
export function canonicalUrl(input: string, base?: string | URL): string | null {
  let u: URL;
  try {
    u = base === undefined ? new URL(input.trim()) : new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  if (!u.hostname) return null;
  u.hash = "";
  u.username = "";
  u.password = "";
  // URL already lower-cases the scheme and host and drops default ports;
  // a trailing dot on the host is the same host
  if (u.hostname.endsWith(".")) u.hostname = u.hostname.slice(0, -1);
  if (u.search) {
    const kept = [...u.searchParams].filter(([k]) => !isTracking(k));
    kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    u.search = kept.length ? new URLSearchParams(kept).toString() : "";
  }
  if (!u.pathname) u.pathname = "/";
  return u.href;
}

/** The host a site is known by: lower case, without "www.". */
export function siteHost(url: string | URL): string {
  const u = typeof url === "string" ? new URL(url) : url;
  return u.hostname.toLowerCase().replace(/^www\./, "");
}

/** Scheme, host and port: the unit robots.txt and the politeness queue apply to. */
export function origin(url: string | URL): string {
  return (typeof url === "string" ? new URL(url) : url).origin;
}

/**
 * Same site: http(s), the same host as the source (ignoring "www." and
 * sub-domains such as m.), and the same port. Everything else is off-site and
 * is never requested.
 */
export function sameSite(url: string, sourceUrl: string): boolean {
  let u: URL, s: URL;
  try {
    u = new URL(url);
    s = new URL(sourceUrl);
  } catch {
    return false;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return false;
  const h = siteHost(u), b = siteHost(s);
  if (h !== b && !h.endsWith("." + b)) return false;
  const port = (x: URL) => x.port || (x.protocol === "https:" ? "443" : "80");
  // http → https on the default ports is the same site; any other port is not
  if (port(u) !== port(s) && !(["80", "443"].includes(port(u)) && ["80", "443"].includes(port(s)))) return false;
  return true;
}

/** Path and query: what include/exclude patterns are tested against. */
export function pathAndQuery(url: string): string {
  const u = new URL(url);
  return u.pathname + u.search;
}

export interface UrlFilter {
  include: RegExp[];
  exclude: RegExp[];
}

export function compileFilter(include: string[], exclude: string[]): UrlFilter {
  return { include: include.map((p) => new RegExp(p)), exclude: exclude.map((p) => new RegExp(p)) };
}

/** Whether a page URL passes the source's include/exclude patterns. */
export function passesFilter(url: string, f: UrlFilter): boolean {
  const pq = pathAndQuery(url);
  if (f.exclude.some((r) => r.test(pq))) return false;
  if (f.include.length && !f.include.some((r) => r.test(pq))) return false;
  return true;
}

/** The canonical URL a response declares in its Link header (RFC 8288), if any. */
export function canonicalFromLinkHeader(link: string | null | undefined, base: string): string | null {
  if (!link) return null;
  for (const part of link.split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!m) continue;
    if (/;\s*rel\s*=\s*"?([^";]*\s)?canonical(\s[^";]*)?"?/i.test(m[2])) return canonicalUrl(m[1], base);
  }
  return null;
}

const NOT_HTML_EXT = /\.(pdf|docx?|xlsx?|pptx?|odt|ods|rtf|zip|rar|7z|gz|tgz|tar|jpe?g|png|gif|webp|bmp|svg|ico|tiff?|mp3|mp4|m4a|wav|avi|mov|wmv|flv|mkv|webm|exe|apk|dmg|iso|css|js|json|woff2?|ttf|eot)$/i;

/** A file extension that is never an HTML page (checked before any request). */
export function nonHtmlExtension(url: string): string | null {
  const m = NOT_HTML_EXT.exec(new URL(url).pathname);
  return m ? m[1].toLowerCase() : null;
}
