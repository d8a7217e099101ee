// Discovery: where a source's pages are listed. Sitemaps (indexes, gzipped
// children, lastmod), RSS/Atom feeds, and the links and pagination of listing
// pages. Everything here is pure: bytes in, URLs out; the crawler decides
// which of them to fetch.
import { gunzipSync } from "node:zlib";
import { XMLParser } from "fast-xml-parser";
import { canonicalUrl } from "./canonical.js";

/** The sitemaps protocol caps a sitemap at 50 MB uncompressed. */
const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

export interface SitemapEntry {
  url: string;
  lastmod: string | null;
}

export interface ParsedSitemap {
  kind: "index" | "urlset" | "unknown";
  entries: SitemapEntry[];
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  parseTagValue: false,
  isArray: (name) => ["url", "sitemap", "item", "entry", "link"].includes(name),
});

/** Undo gzip when the bytes are gzip (a .xml.gz served without Content-Encoding). */
export function gunzipIfNeeded(body: Buffer): Buffer {
  if (body.length > 2 && body[0] === 0x1f && body[1] === 0x8b) return gunzipSync(body, { maxOutputLength: MAX_SITEMAP_BYTES });
  return body;
}

function text(v: unknown): string | null {
  if (v == null) return null;
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number") return String(v);
  if (typeof v === "object" && "#text" in (v as object)) return text((v as Record<string, unknown>)["#text"]);
  return null;
}

/** ISO 8601 of a lastmod/pubDate/updated value, or null when it is not a date. */
export function isoDate(v: string | null): string | null {
  if (!v) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Parse a sitemap or sitemap index (XML, gzipped or not; a plain list of URLs also works). */
export function parseSitemap(body: Buffer, base: string): ParsedSitemap {
  const raw = gunzipIfNeeded(body).toString("utf8").replace(/^\uFEFF/, "");
  if (!/^\s*</.test(raw)) {
    // sitemap.txt: one URL a line
    const entries = raw
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => /^https?:\/\//i.test(l))
      .map((l) => canonicalUrl(l))
      .filter((u): u is string => !!u)
      .map((url) => ({ url, lastmod: null }));
    return { kind: entries.length ? "urlset" : "unknown", entries };
  }
  let doc: Record<string, any>;
  try {
    doc = xml.parse(raw);
  } catch {
    return { kind: "unknown", entries: [] };
  }
  const pick = (items: any[] | undefined) =>
    (items ?? [])
      .map((it) => ({ url: canonicalUrl(text(it?.loc) ?? "", base), lastmod: isoDate(text(it?.lastmod)) }))
      .filter((e): e is SitemapEntry => !!e.url);
  if (doc.sitemapindex) return { kind: "index", entries: pick(doc.sitemapindex.sitemap) };
  if (doc.urlset) return { kind: "urlset", entries: pick(doc.urlset.url) };
  return { kind: "unknown", entries: [] };
}

export interface FeedEntry {
  url: string;
  published: string | null;
}

/** Parse an RSS 2.0, RSS 1.0 (RDF) or Atom feed into its item links. */
export function parseFeed(body: Buffer, base: string): FeedEntry[] | null {
  const raw = gunzipIfNeeded(body).toString("utf8").replace(/^\uFEFF/, "");
  let doc: Record<string, any>;
  try {
    doc = xml.parse(raw);
  } catch {
    return null;
  }
  const out: FeedEntry[] = [];
  const add = (href: string | null, date: string | null) => {
    const url = href ? canonicalUrl(href, base) : null;
    if (url) out.push({ url, published: isoDate(date) });
  };
  const rssItems = doc.rss?.channel?.item ?? doc.RDF?.item ?? (Array.isArray(doc.rss?.channel) ? doc.rss.channel[0]?.item : undefined);
  if (doc.rss || doc.RDF) {
    for (const it of rssItems ?? []) {
      const link = Array.isArray(it.link) ? text(it.link[0]) ?? it.link[0]?.["@href"] : text(it.link);
      add(link ?? text(it.guid), text(it.pubDate) ?? text(it.date));
    }
    return out;
  }
  if (doc.feed) {
    for (const e of doc.feed.entry ?? []) {
      const links: any[] = e.link ?? [];
      const alt = links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0];
      add(alt?.["@href"] ?? null, text(e.updated) ?? text(e.published));
    }
    return out;
  }
  return null;
}

export interface PageLink {
  url: string;
  text: string;
  /** a link to the next page of the same listing */
  next: boolean;
}

export interface HtmlFacts {
  links: PageLink[];
  /** RSS/Atom feeds the page declares with <link rel="alternate"> */
  feeds: string[];
  /** <link rel="canonical"> */
  canonical: string | null;
  /** evidence for article-or-listing */
  ogType: string | null;
  jsonLdArticle: boolean;
  articleTags: number;
  paragraphChars: number;
  headlineLinks: number;
}

const ATTR = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : null;
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const stripTags = (s: string) => decodeEntities(s.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").trim();

const NEXT_TEXT = /^(?:»|›|>|>>|next|sau|trang sau|tiếp|tiếp theo|xem tiếp|xem thêm|\d{1,4})$/iu;
const PAGE_URL = /[?&](?:page|p|pg|trang|start|offset)=\d+|\/(?:page|trang|p)[-/]?\d+\/?(?:$|[?#])|-trang-?\d+|\/\d{1,3}\/?$/i;

/**
 * Links, feeds, canonical and the shape of an HTML page, with regular
 * expressions rather than a DOM: it runs on every listing and article the
 * crawler sees, and script and style contents are skipped, never run.
 */
export function htmlFacts(html: string, base: string, opts: { skipBodyIfArticle?: boolean } = {}): HtmlFacts {
  const clean = html.replace(/<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi, " ");
  const baseTag = /<base\s[^>]*>/i.exec(clean);
  const baseHref = baseTag ? ATTR(baseTag[0], "href") : null;
  const effectiveBase = (baseHref && canonicalUrl(decodeEntities(baseHref), base)) || base;

  let canonical: string | null = null;
  const feeds: string[] = [];
  let relNext: string | null = null;
  let ogType: string | null = null;
  for (const m of clean.matchAll(/<(link|meta)\s[^>]*>/gi)) {
    const tag = m[0];
    if (m[1].toLowerCase() === "meta") {
      if (/property\s*=\s*["']?og:type/i.test(tag)) ogType = (ATTR(tag, "content") ?? "").toLowerCase() || null;
      continue;
    }
    const rel = (ATTR(tag, "rel") ?? "").toLowerCase().split(/\s+/);
    const href = ATTR(tag, "href");
    if (!href) continue;
    if (rel.includes("canonical") && !canonical) canonical = canonicalUrl(decodeEntities(href), effectiveBase);
    if (rel.includes("alternate") && /application\/(rss|atom)\+xml/i.test(ATTR(tag, "type") ?? "")) {
      const u = canonicalUrl(decodeEntities(href), effectiveBase);
      if (u) feeds.push(u);
    }
    if (rel.includes("next")) relNext = canonicalUrl(decodeEntities(href), effectiveBase);
  }

  const jsonLdArticle = /"@type"\s*:\s*"(?:News|Report|Scholarly|Tech)?Article"|"@type"\s*:\s*"BlogPosting"/i.test(html);
  // a page that declares itself an article: its links are not followed, so not read
  if (opts.skipBodyIfArticle && (ogType === "article" || jsonLdArticle)) {
    return { links: [], feeds, canonical, ogType, jsonLdArticle, articleTags: 0, paragraphChars: 0, headlineLinks: 0 };
  }
  const links: PageLink[] = [];
  const seen = new Set<string>();
  let headlineLinks = 0;
  for (const m of clean.matchAll(/<a\s([^>]*)>([\s\S]*?)<\/a\s*>/gi)) {
    const attrs = " " + m[1];
    const href = ATTR(attrs, "href");
    if (!href || /^\s*(javascript|mailto|tel|data):/i.test(href)) continue;
    const url = canonicalUrl(decodeEntities(href), effectiveBase);
    if (!url) continue;
    const t = stripTags(m[2]);
    const rel = (ATTR(attrs, "rel") ?? "").toLowerCase();
    const next = rel.split(/\s+/).includes("next") || url === relNext || (NEXT_TEXT.test(t) && PAGE_URL.test(url));
    if (t.length >= 25) headlineLinks++;
    if (seen.has(url)) {
      if (next) for (const l of links) if (l.url === url) l.next = true;
      continue;
    }
    seen.add(url);
    links.push({ url, text: t, next });
  }
  if (relNext && !seen.has(relNext)) links.push({ url: relNext, text: "", next: true });

  let paragraphChars = 0;
  for (const m of clean.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p\s*>/gi)) {
    const inner = m[1];
    // a paragraph that is mostly one link is a teaser, not article text
    if (/<a\s/i.test(inner) && stripTags(inner.replace(/<a\s[\s\S]*?<\/a\s*>/gi, "")).length < 40) continue;
    paragraphChars += stripTags(inner).length;
  }
  const articleTags = (clean.match(/<article\b/gi) ?? []).length;
  return { links, feeds, canonical, ogType, jsonLdArticle, articleTags, paragraphChars, headlineLinks };
}

/**
 * Article or listing, from the page's own declarations first (og:type,
 * JSON-LD), then its shape: a listing is many headline links with little
 * running text; an article is running text.
 */
export function classifyHtml(f: HtmlFacts): "article" | "listing" {
  if (f.ogType === "article" || f.jsonLdArticle) return "article";
  if (f.articleTags > 3) return "listing";
  if (f.ogType === "website" && f.paragraphChars < 2000) return "listing";
  if (f.paragraphChars >= 1200 && f.paragraphChars > f.headlineLinks * 150) return "article";
  if (f.headlineLinks >= 6) return "listing";
  return f.paragraphChars >= 400 ? "article" : "listing";
}

/** Feed locations worth trying when a site declares none. */
export const COMMON_FEED_PATHS = ["/rss", "/feed", "/rss.xml"];
