// One fetched HTML page → what the crawler needs from it: its text (decoded,
// legacy fonts converted), its canonical URL, whether it is an article or a
// listing, its links, and — for an article — the processed article and
// records. Pure and synchronous, so it can run in a worker thread.
import { createHash } from "node:crypto";
import { processDocument, type Processed } from "../pipeline.js";
import { recordBytes, type ArchiveEntry } from "./archive.js";
import { normalize } from "../text/normalize.js";
import { canonicalFromLinkHeader, sameSite } from "./canonical.js";
import { decodePage } from "./charset.js";
import { classifyHtml, htmlFacts, type PageLink } from "./discover.js";

export interface PageInput {
  /** the URL the body was served from (after redirects), canonical form */
  url: string;
  body: Uint8Array;
  contentType: string | null;
  linkHeader: string | null;
  /** the source's start URL: canonical links must stay on its site */
  sourceUrl: string;
  fetchedAt: string;
  /** the discovery role: a listing is never stored as an article */
  kind: "listing" | "page";
  /** false (`vnpress crawl`): classify and find links, but do not clean and extract */
  process?: boolean;
  /** the response's archive record to build beside the analysis (its body is `body`) */
  archive?: Omit<ArchiveEntry, "body"> | null;
}

export type PageType = "article" | "listing" | "not_article";

export interface PageAnalysis {
  charset: string;
  legacy: string | null;
  /** the article's identity: rel=canonical / Link canonical when on the same site, else the URL */
  canonical: string;
  pageType: PageType;
  reason: string | null;
  links: PageLink[];
  feeds: string[];
  processed: Processed | null;
  /** hash of the cleaned title and body: one article under two URLs has one body hash */
  bodyHash: string | null;
  /** the gzipped WARC record asked for by `PageInput.archive`, for the archive writer to append */
  archived?: Uint8Array | null;
}

/** Less cleaned body text than this is a stub, an error page or a gallery, not an article. */
export const MIN_ARTICLE_CHARS = 200;

export function bodyHashOf(p: Processed): string {
  return createHash("sha256").update(normalize(p.article.title ?? "")).update("\n").update(p.article.body).digest("hex");
}

function notArticleFlag(p: Processed): boolean {
  const flagged = p as unknown as { notArticle?: boolean; article: { notArticle?: boolean } };
  return flagged.notArticle === true || flagged.article.notArticle === true;
}

/** The body as a Buffer over the same memory (a worker receives a plain Uint8Array). */
const bodyBuffer = (input: PageInput) => Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength);

export function analyzePage(input: PageInput): PageAnalysis {
  const decoded = decodePage(bodyBuffer(input), input.contentType);
  const facts = htmlFacts(decoded.text, input.url, { skipBodyIfArticle: input.kind === "page" });
  const declared = canonicalFromLinkHeader(input.linkHeader, input.url) ?? facts.canonical;
  const canonical = declared && sameSite(declared, input.sourceUrl) ? declared : input.url;
  const base = { charset: decoded.charset, legacy: decoded.legacy, canonical, links: facts.links, feeds: facts.feeds };
  const shape = classifyHtml(facts);
  if (input.kind === "listing") return { ...base, pageType: "listing", reason: "listing page", processed: null, bodyHash: null };
  if (input.process === false) {
    return shape === "listing"
      ? { ...base, pageType: "listing", reason: "looks like a listing (headline links, little running text)", processed: null, bodyHash: null }
      : { ...base, pageType: "article", reason: null, processed: null, bodyHash: null };
  }
  // the cleaner has the last word on what is an article; the page's shape
  // decides whether a non-article's links are worth following
  const processed = processDocument({ identity: canonical, url: canonical, kind: "html", text: decoded.text, fetchedAt: input.fetchedAt });
  const notArticle = (reason: string): PageAnalysis =>
    shape === "listing"
      ? { ...base, pageType: "listing", reason: `${reason}; looks like a listing`, processed: null, bodyHash: null }
      : { ...base, pageType: "not_article", reason, processed: null, bodyHash: null };
  if (notArticleFlag(processed)) return notArticle("the cleaner marks it as not an article (home, listing or error page)");
  if (processed.article.body.length < MIN_ARTICLE_CHARS) return notArticle(`only ${processed.article.body.length} characters of article text`);
  return { ...base, pageType: "article", reason: null, processed, bodyHash: bodyHashOf(processed) };
}

/**
 * The analysis and, when asked, the response's archive record: serialising
 * and compressing a page costs about as much as storing it, so it is done
 * where the analysis runs (a worker thread) and the main thread only appends
 * the bytes. `sync` compresses on the calling thread.
 */
export async function analyzeAndArchive(input: PageInput, opts: { sync: boolean }): Promise<PageAnalysis> {
  const analysis = analyzePage(input);
  if (input.archive) {
    analysis.archived = await recordBytes({ ...input.archive, body: bodyBuffer(input) }, { sync: opts.sync });
  }
  return analysis;
}
