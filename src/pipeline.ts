// page → article → records: the only place the stages meet. Pure apart from
// reading the input file; the store and the crawler call it.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { kindOf, type InputKind } from "./input-kind.js";
import { cleanHtml } from "./clean/html.js";
import { Utf8Page } from "./clean/html-parse.js";
import { cleanText } from "./clean/text.js";
import { extractAll, EXTRACTOR_VERSION } from "./extract/index.js";
import { subjectProvince } from "./gazetteer/vn-provinces.js";
import { decodeLazily, DecodeError } from "./text/decode.js";
import { normalize } from "./text/normalize.js";
import type { Article, RecordsByKind } from "./types.js";

export { EXTRACTOR_VERSION };

/** Larger inputs are refused: no article is that long, and a mistaken dump should not stall a run. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
  }
}

export { kindOf, type InputKind } from "./input-kind.js";

export interface SourceDoc {
  /** canonical URL or file path: what makes two inputs the same article */
  identity: string;
  file?: string;
  url?: string;
  kind: InputKind;
  /** the decoded input (for UTF-8 HTML from readInput: decoded when first read) */
  text: string;
  /**
   * A UTF-8 HTML input's bytes, byte-order mark removed: the cleaner reads
   * them in place (Utf8Page) instead of `text`. They decode to `text`.
   */
  utf8?: Buffer;
  fetchedAt?: string | null;
}

export interface Processed {
  doc: SourceDoc;
  article: Article;
  records: RecordsByKind;
  /** hash of the decoded input and the extractor version: equal hash, equal output */
  contentHash: string;
  /**
   * The page is not an article (home page, listing, search results, 404):
   * its article is empty and it has no records. Stores and crawlers keep none.
   */
  notArticle?: boolean;
}

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.1;
}

/** Read and decode one input file, or throw an InputError that names it and says what to do. */
export function readInput(path: string, opts: { maxBytes?: number } = {}): SourceDoc {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const kind = kindOf(path);
  if (!kind) throw new InputError(path, "unsupported file type; give a .txt or .html file");
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError(path, "is a directory; `vnpress ingest` takes folders, `extract` takes files");
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(path, code === "ENOENT" ? "no such file" : `cannot read (${code ?? (e as Error).message})`);
  }
  if (size === 0) throw new InputError(path, "is empty (0 bytes)");
  if (size > maxBytes) {
    throw new InputError(path, `is ${(size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit for one article; split it or raise --max-bytes`);
  }
  const buf = readFileSync(path);
  if (looksBinary(buf)) throw new InputError(path, "looks binary (NUL or control bytes), not a text or HTML page");
  let decoded: ReturnType<typeof decodeLazily>;
  try {
    decoded = decodeLazily(buf, { html: kind === "html" });
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(path, e.message);
    throw e;
  }
  const { utf8 } = decoded;
  if (utf8 ? isBlank(utf8, decoded.text) : !decoded.text().trim()) throw new InputError(path, "has no text (only blanks)");
  if (!utf8 || kind !== "html") return { identity: path, file: path, kind, text: decoded.text() };
  // the text of a UTF-8 page is decoded only if somebody reads it
  return {
    identity: path,
    file: path,
    kind,
    utf8,
    get text() {
      return decoded.text();
    },
  };
}

/** Only blanks? Settled by the first byte that is not an ASCII blank (a page begins with "<"); decoded only when it is not ASCII. */
function isBlank(bytes: Buffer, text: () => string): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 32 || (b >= 9 && b <= 13)) continue;
    return b < 128 ? false : !text().trim();
  }
  return true;
}

export function processDocument(doc: SourceDoc): Processed {
  const page = doc.kind === "html" ? cleanHtml(doc.utf8 ? new Utf8Page(doc.utf8) : doc.text) : { ...cleanText(doc.text), url: null, notArticle: false };
  const title = page.title ? normalize(page.title) : null;
  const body = normalize(page.body);
  const captions = page.captions.map((c) => normalize(c));
  const province = subjectProvince(title, body);
  const article: Article = {
    title,
    published: page.published,
    author: page.author,
    province: province?.name ?? null,
    province2025: province?.name2025 ?? null,
    category: page.category,
    kicker: page.kicker,
    source: page.source,
    body,
    captions,
    url: doc.url ?? page.url ?? null,
  };
  const records = page.notArticle ? { delegations: [], money: [], agreements: [], partners: [], docrefs: [] } : extractAll(article);
  // the decoded input as it came (normalising a whole HTML page only to hash it
  // cost ~0.3 ms a page; a string is hashed as its UTF-8, so the bytes of a
  // UTF-8 page hash as its text), hashed when first asked for: `vnpress extract` never
  // asks; copies (spread, structured clone) read it like any property
  let hash: string | undefined;
  return {
    doc,
    article,
    records,
    get contentHash(): string {
      return (hash ??= createHash("sha256").update(doc.kind).update("\0").update(doc.utf8 ?? doc.text).update("\0").update(EXTRACTOR_VERSION).digest("hex"));
    },
    ...(page.notArticle ? { notArticle: true } : {}),
  };
}

/** The export contract of RECORDS.md: one object per input. */
export function toExport(p: Pick<Processed, "article" | "records">, where: { file?: string | null; url?: string | null }) {
  const { article, records } = p;
  return {
    ...(where.url ? { url: where.url } : {}),
    ...(where.file ? { file: where.file } : {}),
    article: {
      title: article.title,
      published: article.published,
      author: article.author,
      province: article.province,
      province_2025: article.province2025,
      category: article.category,
      kicker: article.kicker,
      source: article.source,
      body: article.body,
      captions: article.captions,
    },
    delegations: records.delegations,
    money: records.money,
    agreements: records.agreements,
    partners: records.partners,
    docrefs: records.docrefs,
  };
}
