// HTML cleaner: page → the same CleanedPage the text cleaner gives, plus the
// canonical URL. Metadata comes from the page's own declarations (meta tags,
// JSON-LD, <time>); the article text from the main container, turned into
// lines and passed through the line-level cleaner so that both input kinds
// share one set of boilerplate rules.
import * as cheerio from "cheerio";
import { cleanText, parseDateLine, splitCaption, type CleanedPage } from "./text.js";
import { normalizeInline } from "../text/normalize.js";

export interface CleanedHtml extends CleanedPage {
  url: string | null;
}

/** Containers that CMSs use for the article body, most specific first. */
export const CONTENT_SELECTORS = [
  "[itemprop=articleBody]", ".fck_detail", ".detail-content", ".news-detail", ".detail__content", ".article-content",
  ".article__body", ".entry-content", ".post-content", ".item-page", ".journal-content-article", ".content-detail", "article", "main",
];

/** Elements that are never article text. */
export const DROP_SELECTORS = [
  "script", "style", "noscript", "template", "iframe", "form", "nav", "header", "footer", "aside", "button", "select", "svg",
  ".related", ".related-news", ".tin-lien-quan", ".box-related", ".comment", ".comments", ".social", ".share", ".breadcrumb",
  ".menu", ".sidebar", ".banner", ".advertisement", ".ads",
];

const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, td, div, section, tr, table, figure, article";

function jsonLd($: cheerio.CheerioAPI): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      const data = JSON.parse($(el).text());
      for (const item of Array.isArray(data) ? data : [data]) {
        if (item && typeof item === "object") {
          out.push(item);
          if (Array.isArray(item["@graph"])) out.push(...item["@graph"]);
        }
      }
    } catch {
      /* a broken JSON-LD block is ignored: the page's other metadata still counts */
    }
  });
  return out;
}

/** ISO 8601 from a machine-readable date attribute, in +07:00 when it carries a time. */
export function isoFromMachineDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (!m) return parseDateLine(v);
  if (m[4] === undefined) return `${m[1]}-${m[2]}-${m[3]}`;
  const zone = m[7];
  if (!zone || zone === "+07:00" || zone === "+0700") return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}+07:00`;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return null;
  const local = new Date(d.getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}

function stripSiteName(title: string, siteName: string | null): string {
  let t = title;
  if (siteName) t = t.replace(new RegExp(`\\s*[-|–:]\\s*${siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`, "iu"), "");
  return t.replace(/\s+[|–-]\s+[^|–-]{2,40}$/u, (m) => (/[.]vn|báo|cổng|trang|tin|online|news/iu.test(m) ? "" : m)).trim();
}

export function cleanHtml(html: string): CleanedHtml {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  const meta = (sel: string) => normalizeInline($(sel).first().attr("content") ?? "") || null;
  const ld = jsonLd($);
  const ldArticle = ld.find((x) => /Article|NewsArticle|BlogPosting|Report/i.test(String(x["@type"] ?? "")));
  const ldAuthor = ldArticle?.author as { name?: string } | { name?: string }[] | string | undefined;
  const ldAuthorName = typeof ldAuthor === "string" ? ldAuthor : Array.isArray(ldAuthor) ? ldAuthor.map((a) => a?.name).filter(Boolean).join(", ") : ldAuthor?.name;

  const url = $('link[rel="canonical"]').attr("href") ?? meta('meta[property="og:url"]');
  const siteName = meta('meta[property="og:site_name"]');
  const rawTitle =
    normalizeInline($("h1").first().text()) || meta('meta[property="og:title"]') || (typeof ldArticle?.headline === "string" ? ldArticle.headline : null) || normalizeInline($("title").text());
  const published =
    isoFromMachineDate(meta('meta[property="article:published_time"]')) ??
    isoFromMachineDate(typeof ldArticle?.datePublished === "string" ? ldArticle.datePublished : null) ??
    isoFromMachineDate($("time[datetime]").first().attr("datetime")) ??
    isoFromMachineDate(meta('meta[itemprop="datePublished"]'));
  const metaAuthor = meta('meta[name="author"]') ?? (ldAuthorName ? normalizeInline(ldAuthorName) : null);

  // captions before the text goes: figure captions and image-table captions
  const captions: string[] = [];
  $("figure figcaption, table.image td.image_desc, .image-caption, .caption, .PhotoCMS_Caption").each((_, el) => {
    const t = normalizeInline($(el).text());
    if (t) {
      const split = splitCaption(t);
      const cap = split ? split.caption : t;
      if (cap && !captions.includes(cap)) captions.push(cap);
    }
    $(el).closest("figure, table.image").remove();
    $(el).remove();
  });

  $(DROP_SELECTORS.join(",")).remove();
  let root: cheerio.Cheerio<any> = $("body");
  for (const sel of CONTENT_SELECTORS) {
    const found = $(sel).filter((_, el) => normalizeInline($(el).text()).length > 200).first();
    if (found.length) {
      root = found;
      break;
    }
  }

  // one line per leaf block
  const lines: string[] = [];
  root.find(BLOCKS).each((_, el) => {
    const node = $(el);
    if (node.find(BLOCKS).length > 0) return;
    const t = normalizeInline(node.text());
    if (t) lines.push(t);
  });
  if (lines.length === 0) lines.push(normalizeInline(root.text()));
  const title = rawTitle ? stripSiteName(rawTitle, siteName) : null;
  if (title && lines[0] !== title) lines.unshift(title);

  const page = cleanText(lines.join("\n"));
  return {
    ...page,
    title: page.title ?? title,
    published: published ?? page.published,
    author: page.author ?? metaAuthor,
    captions: [...captions, ...page.captions.filter((c) => !captions.includes(c))],
    url: url ?? null,
  };
}
