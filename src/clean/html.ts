// HTML cleaner: page → the same CleanedPage the text cleaner gives, plus the
// canonical URL and a verdict on whether the page is an article at all.
//
// Phases (after Readability's _prepDocument/_grabArticle/_postProcessContent):
//   1. readPage      one pass over htmlparser2's parser events (the events
//                    cheerio's DOM is built from; no DOM is built): text blocks
//                    with their features (length, link text and link count,
//                    bold, italic, heading level, an image just before),
//                    block-level boxes with class/id hints and alignment, and
//                    what the page declares (meta, JSON-LD, <time>, canonical)
//   2. aggregate     a jusText-style verdict per block (length, link density,
//                    Vietnamese stop-word density, sentence punctuation);
//                    prose right under a link to another page is a teaser;
//                    every box sums the prose and the link text below it
//   3. grabArticle   the box with the most prose net of links (prose below
//                    furniture hints and teasers discounted) is the core,
//                    tightened, then extended to contiguous prose siblings
//                    (a lead outside the text container)
//   4. findTitle     the block near the text that matches the declared title
//                    or is marked as a headline, in the same part of the page
//   5. collectLines  the article's blocks in order without islands (related
//                    and comment boxes, link lists, tools); captions apart;
//                    the lines between headline and text read for date and
//                    byline; a comments heading ends the text
//   6. cleanHtml     not-an-article verdict (too little prose, teasers only,
//                    "page not found"); the lines go through the line cleaner
//                    (text.ts: counters, footers, end bylines, credits), so
//                    both input kinds share one set of line rules; metadata
//                    merged by precedence
// Site and CMS knowledge lives in html-patterns.ts, line furniture in patterns.ts.
import { normalizeInline } from "../text/normalize.js";
import { memoByString } from "../util/memo.js";
import { blankAttrs, parseHtml, type Attrs, type HtmlSource } from "./html-parse.js";
import {
  AUTHOR_LABEL_RE,
  AUTHOR_WORDS,
  BLOCK_TAGS,
  CAPTION_WORDS,
  CONTENT_CONTAINERS,
  DATE_IN_LINE_RE,
  DATE_WORDS_RE,
  FURNITURE_TAGS,
  HIDDEN_CLASSES,
  MONTH_WORDS,
  NEGATIVE_STEMS,
  NEGATIVE_WORDS,
  NOT_A_PERSON,
  NOT_FOUND_RE,
  POSITIVE_WORDS,
  COMMENT_HEADERS,
  READ_MORE_RE,
  SECTION_STOP_HEADERS,
  SKIP_TAGS,
  STOP_WORDS,
  TITLE_WORDS,
} from "./html-patterns.js";
import { BYLINE_RE, CATEGORY_LABELS, KICKER_RE, TRAILING_DATE_RE } from "./patterns.js";
import { boilerplateKind, cleanText, isoFromGroups, nameCase, parseDateLine, splitCaption, type CleanedPage } from "./text.js";

export interface CleanedHtml extends CleanedPage {
  url: string | null;
  /** the page is not an article (home page, listing, search results, 404): body and captions are empty */
  notArticle?: boolean;
}

// ---------------------------------------------------------------- model

type Verdict = "good" | "near" | "short" | "bad";

interface Box {
  tag: string;
  parent: Box | null;
  depth: number;
  /** child boxes and directly owned blocks, in document order */
  items: (Box | Block)[];
  /** -1 furniture, 0 none, 1 content words, 2 a known CMS container */
  hint: number;
  captionHint: boolean;
  align: "center" | "right" | null;
  /** own images and images below */
  images: number;
  // aggregates over the blocks below
  g: number; // prose weight, discounted below furniture hints
  graw: number; // prose weight
  b: number; // link text
  text: number;
  link: number;
  nblocks: number;
  linkTitles: number;
  /** "Xem tiếp", "Chi tiết" links below */
  readMores: number;
  first: Block | null;
  island?: boolean;
  /** the class attribute (block boxes), to tell a hidden part of the text from other hidden boxes */
  cls?: string;
  /** a hidden box that goes on from a visible one like it: the next page of a paged article */
  hiddenPart?: boolean;
  /** the furniture words of `cls`, worked out when asked */
  negWords?: string[];
}

interface Block {
  idx: number;
  text: string;
  len: number;
  link: number;
  /** how many links the text is in */
  links: number;
  bold: number;
  italic: number;
  box: Box;
  heading: number;
  big: boolean;
  afterImage: boolean;
  inFigcaption: boolean;
  titleHint: boolean;
  authorHint: boolean;
  /** the block's text inside an element marked as the author's ("<span class=author>…</span>" in a meta line) */
  authorText?: string;
  verdict: Verdict;
  /** prose right under a link to another page: a teaser */
  teaser: boolean;
  /** a teaser in a box of its own with its title link: a card for another article */
  card?: boolean;
  /** a furniture line (patterns.ts), computed when asked */
  boiler?: boolean;
  folded?: string;
}

interface TimeMark {
  datetime: string;
  at: number;
  published: boolean;
}

interface Page {
  blocks: Block[];
  boxes: Box[];
  root: Box;
  meta: Map<string, string>;
  titleTag: string | null;
  canonical: string | null;
  ld: Record<string, unknown>[];
  times: TimeMark[];
  /** some boxes are hidden parts of the text (Box.hiddenPart) */
  hiddenParts: boolean;
}

const isBox = (x: Box | Block): x is Box => (x as Box).items !== undefined;
const holdsText = (x: Box): boolean => x.items.some((y) => !isBox(y) || holdsText(y));

// ---------------------------------------------------------------- 1. read the page

interface AttrInfo {
  hidden: boolean;
  align: "center" | "right" | null;
  neg: boolean;
  pos: boolean;
  known: boolean;
  title: boolean;
  author: boolean;
  caption: boolean;
}

const NO_ATTRS: AttrInfo = { hidden: false, align: null, neg: false, pos: false, known: false, title: false, author: false, caption: false };
/** class/id strings repeat across a page and across pages: each is read once */
const attrCache = new Map<string, AttrInfo>();

/** What one class/id word says (flags below), cached: words repeat far more than whole class strings. */
const W_NEG = 1, W_POS = 2, W_TITLE = 4, W_AUTHOR = 8, W_CAPTION = 16;
const wordCache = new Map<string, number>();
function wordFlags(t: string): number {
  let f = wordCache.get(t);
  if (f !== undefined) return f;
  f = 0;
  if (NEGATIVE_WORDS.has(t)) f |= W_NEG;
  else if (POSITIVE_WORDS.has(t)) f |= W_POS;
  if (TITLE_WORDS.has(t)) f |= W_TITLE;
  if (AUTHOR_WORDS.has(t)) f |= W_AUTHOR;
  if (CAPTION_WORDS.has(t)) f |= W_CAPTION;
  if (wordCache.size > 20000) wordCache.clear();
  wordCache.set(t, f);
  return f;
}
/** Furniture stems inside longer names ("binh-luan-ban-doc" → "binhluan"), in one pattern. */
const NEGATIVE_STEM_RE = new RegExp(NEGATIVE_STEMS.join("|"));
const CONTAINER_CLASSES = new Set(CONTENT_CONTAINERS.filter((c) => c.attr === "class").map((c) => c.value));

function attrInfo(a: Attrs): AttrInfo {
  const cls = a.class, id = a.id, prop = a.itemprop;
  if (cls === undefined && id === undefined && prop === undefined) return NO_ATTRS;
  const key = id === undefined && prop === undefined ? cls! : `${cls ?? ""}\u0001${id ?? ""}\u0001${prop ?? ""}`;
  let info = attrCache.get(key);
  if (info) return info;
  const spaced = `${cls ?? ""} ${id ?? ""} ${prop ?? ""}`.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  let flags = 0;
  for (const t of spaced.split(/[^a-z0-9]+/)) if (t) flags |= wordFlags(t);
  info = {
    hidden: false,
    align: null,
    neg: (flags & W_NEG) !== 0,
    pos: (flags & W_POS) !== 0,
    known: prop === "articleBody",
    title: prop === "headline" || (flags & W_TITLE) !== 0,
    author: prop === "author" || (flags & W_AUTHOR) !== 0,
    caption: (flags & W_CAPTION) !== 0,
  };
  if (!info.neg && NEGATIVE_STEM_RE.test(spaced.replace(/[^a-z0-9]/g, ""))) info.neg = true;
  if (cls) {
    for (const c of cls.split(/\s+/)) {
      if (CONTAINER_CLASSES.has(c)) info.known = true;
      if (HIDDEN_CLASSES.has(c.toLowerCase())) info.hidden = true;
    }
    if (cls.includes("right") || cls.includes("end")) {
      if (/\btext-(?:end|right)\b|(?:^|\s)right(?:\s|$)/.test(cls)) info.align = "right";
    }
    if (info.align === null && cls.includes("center") && /\btext-center\b|(?:^|\s)center(?:\s|$)/.test(cls)) info.align = "center";
  }
  if (attrCache.size > 5000) attrCache.clear();
  attrCache.set(key, info);
  return info;
}

function hintOf(info: AttrInfo, tag: string, insideArticle: boolean): number {
  const structural = tag === "article" || tag === "main";
  if (info.known) return 2;
  if ((info.neg || (FURNITURE_TAGS.has(tag) && !insideArticle)) && !structural) return -1;
  return info.pos || structural ? 1 : 0;
}

function isHidden(tag: string, a: Attrs, info: AttrInfo): boolean {
  if (info.hidden) return true;
  if (a.hidden !== undefined) return true;
  if (a["aria-hidden"] === "true" && tag !== "div") return true;
  const style = a.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function alignOf(a: Attrs, info: AttrInfo): "center" | "right" | null {
  const v = a.align;
  if (v) {
    const l = v.toLowerCase();
    if (l === "center" || l === "right") return l;
  }
  const st = a.style;
  if (st) {
    const m = /text-align\s*:\s*(center|right)/i.exec(st);
    if (m) return m[1].toLowerCase() as "center" | "right";
  }
  return info.align;
}

/** Any character other than ASCII blanks (pretty-printed pages are full of "\n\t\t" text nodes). */
function hasText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32) return c !== 160 || /\S/.test(s);
  }
  return false;
}

/** An <iframe srcdoc> inside an <iframe srcdoc> is read up to this depth. */
const MAX_SRCDOC_DEPTH = 2;
const SRCDOC_ATTRS = blankAttrs();

/** Boxes nest no deeper than this (the algorithm's own walks over boxes recurse). */
const MAX_BOX_DEPTH = 200;

/** The characters JavaScript's `\s` and `String.prototype.trim` treat as white space. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether a text may change under `.replace(/\s+/g, " ").trim()` and then
 * normalizeInline: a blank other than a space (every JavaScript `\s` but the
 * space itself), a decomposed mark, soft hyphen, zero-width or look-alike
 * character, two spaces in a row, or a space at either end. Most texts of a
 * page have none, and a test is far cheaper than the replace.
 */
const MAY_CHANGE = /[\t-\r\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff\u0300-\u036f\u00d0\u00ad]/;
/** What normalizeInline still changes once spaces are collapsed. */
const NEEDS_NORMALIZING = /[\u0300-\u036F\u00D0\u00AD\u200B-\u200D\u2060\uFEFF]/;

function mayChange(s: string): boolean {
  return MAY_CHANGE.test(s) || s.indexOf("  ") >= 0 || s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32;
}

/** What readPage does with an element, by its name: a kind (elements read apart), then flags, then the heading level. */
const enum Tag {
  Kind = 7,
  Title = 1,
  Meta = 2,
  Link = 3,
  Script = 4,
  Head = 5,
  Br = 6,
  Img = 7,
  Skip = 1 << 3,
  Block = 1 << 4,
  A = 1 << 5,
  Bold = 1 << 6,
  Italic = 1 << 7,
  Font = 1 << 8,
  Figcaption = 1 << 9,
  Figure = 1 << 10,
  Article = 1 << 11,
  Time = 1 << 12,
  HeadingShift = 13,
}

const KINDS: Record<string, number> = { title: Tag.Title, meta: Tag.Meta, link: Tag.Link, script: Tag.Script, head: Tag.Head, br: Tag.Br, img: Tag.Img };
const FLAGS: Record<string, number> = {
  a: Tag.A, b: Tag.Bold, strong: Tag.Bold, i: Tag.Italic, em: Tag.Italic, font: Tag.Font,
  figcaption: Tag.Figcaption, figure: Tag.Figure, article: Tag.Article, time: Tag.Time,
};

/** Roles by element name, worked out once per name (names repeat on every page). */
const tagRole = memoByString((tag: string): number => {
  const heading = tag.length === 2 && tag[0] === "h" && tag[1] >= "1" && tag[1] <= "6" ? Number(tag[1]) : 0;
  return (
    (Object.hasOwn(KINDS, tag) ? KINDS[tag] : 0) |
    (SKIP_TAGS.has(tag) ? Tag.Skip : 0) |
    (BLOCK_TAGS.has(tag) ? Tag.Block : 0) |
    (Object.hasOwn(FLAGS, tag) ? FLAGS[tag] : 0) |
    (heading << Tag.HeadingShift)
  );
}, 1000);

/** What an element's end undoes: the state its start changed. */
interface Exit {
  block: boolean;
  parent: Box;
  prevHeading: number;
  link: boolean;
  bold: boolean;
  italic: boolean;
  big: boolean;
  title: boolean;
  author: boolean;
  figcaption: boolean;
  article: boolean;
}

/** Text read whole from inside a skipped element: the <title>, a JSON-LD <script>. */
const enum Capture {
  None,
  Title,
  JsonLd,
}

/**
 * The page is read straight from htmlparser2's events (html-parse.ts; no DOM
 * is built: the tree would be walked once and thrown away). The events are
 * the ones the DOM would be built from, so the walk sees exactly the nodes, in
 * the same order, that a walk over cheerio's DOM sees: an element's start,
 * its content, its end. Two things a DOM gives for free are kept by hand:
 *  - adjacent text events (text split at entities: "a &amp; b") make one text
 *    node, read as one (`run`);
 *  - the content of an element that is not read (script, style, hidden
 *    boxes, <head> furniture) is skipped by counting its nested elements
 *    (`skipDepth`), and <title> and JSON-LD text is collected (`capture`).
 */
function readPage(html: HtmlSource): Page {
  const blocks: Block[] = [];
  const boxes: Box[] = [];
  const meta = new Map<string, string>();
  const ld: Record<string, unknown>[] = [];
  const times: TimeMark[] = [];
  let titleTag: string | null = null;
  let canonical: string | null = null;

  const newBox = (tag: string, parent: Box | null, hint: number, align: Box["align"], captionHint: boolean): Box => {
    const box: Box = {
      tag, parent, depth: parent ? parent.depth + 1 : 0, items: [], hint, captionHint, align, images: 0,
      g: 0, graw: 0, b: 0, text: 0, link: 0, nblocks: 0, linkTitles: 0, readMores: 0, first: null,
    };
    boxes.push(box);
    if (parent) parent.items.push(box);
    return box;
  };
  const root = newBox("#root", null, 0, null, false);

  // inline state
  let parts: string[] = [];
  let rawLen = 0, linkLen = 0, boldLen = 0, italicLen = 0, links = 0, linkOpen = false;
  let linkDepth = 0, boldDepth = 0, italicDepth = 0, bigDepth = 0, titleDepth = 0, authorDepth = 0;
  let heading = 0, figcaption = 0, articleDepth = 0;
  let pendingImage = false;
  let blockTitleHint = false, blockAuthorHint = false, blockBig = false;
  let authorParts: string[] = [];
  let cur = root;

  const flush = () => {
    if (rawLen === 0) {
      parts = [];
      return;
    }
    let text = parts.length === 1 ? parts[0] : parts.join("");
    if (mayChange(text)) {
      // the same as .replace(/\s+/g, " ").trim(); most texts only have blanks at their ends
      text = text.trim();
      if (MAY_CHANGE.test(text) || text.indexOf("  ") >= 0) text = text.replace(/\s+/g, " ");
      // spaces are collapsed above; only decomposed marks, zero-width or look-alike characters need the full normaliser
      if (NEEDS_NORMALIZING.test(text)) text = normalizeInline(text);
    }
    if (text) {
      const len = text.length;
      const scale = len / rawLen;
      const block: Block = {
        idx: blocks.length, text, len, link: Math.min(len, linkLen * scale), links, bold: boldLen * scale, italic: italicLen * scale, box: cur,
        heading, big: blockBig, afterImage: pendingImage, inFigcaption: figcaption > 0, titleHint: blockTitleHint, authorHint: blockAuthorHint,
        verdict: "short", teaser: false,
      };
      if (authorParts.length) {
        const a = normalizeInline(authorParts.join(" ").replace(/\s+/g, " ").trim());
        if (a && a.length < len) block.authorText = a;
      }
      blocks.push(block);
      cur.items.push(block);
      pendingImage = false;
    }
    parts = [];
    rawLen = linkLen = boldLen = italicLen = links = 0;
    linkOpen = false;
    blockTitleHint = blockAuthorHint = blockBig = false;
    if (authorParts.length) authorParts = [];
  };

  /**
   * A table row of short cells, one line each, is one line with " | " between its cells, as a page's text
   * gives a table ("2. Đoàn vào | 61 đoàn/702 lượt người | 18 đoàn/163 lượt người"): the extractors read a
   * figure's row and column from it. A row with an image, a nested box or a long cell (a layout table) stays as it is.
   */
  const joinRow = (tr: Box) => {
    const n = tr.items.length;
    if (n < 2 || n > 12 || tr.images > 0) return;
    // each cell: its lines (a cell may break its label: "Vốn FDI đăng ký mới<br>(triệu USD)")
    const cells: Block[][] = [];
    for (const it of tr.items) {
      if (!isBox(it) || (it.tag !== "td" && it.tag !== "th") || it.items.length > 3) return;
      const lines: Block[] = [];
      for (const b of it.items) {
        if (isBox(b) || b.len > ROW_CELL_MAX) return;
        lines.push(b);
      }
      cells.push(lines);
    }
    const got = cells.flat();
    if (cells.filter((c) => c.length > 0).length < 2 || blocks[blocks.length - got.length] !== got[0]) return;
    const text = cells.map((c) => c.map((b) => b.text).join(" ")).join(" | ");
    const sum = (f: (b: Block) => number) => got.reduce((t, b) => t + f(b), 0);
    const first = got[0];
    const row: Block = {
      idx: first.idx, text, len: text.length, link: sum((b) => b.link), links: sum((b) => b.links), bold: sum((b) => b.bold), italic: sum((b) => b.italic), box: tr,
      heading: 0, big: got.some((b) => b.big), afterImage: first.afterImage, inFigcaption: got.some((b) => b.inFigcaption), titleHint: false, authorHint: false,
      verdict: "short", teaser: false,
    };
    blocks.length -= got.length;
    for (const it of tr.items) (it as Box).items.length = 0;
    blocks.push(row);
    tr.items.push(row);
  };

  const leave = (x: Exit) => {
    if (x.block) {
      flush();
      if (cur.tag === "tr" && cur !== x.parent) joinRow(cur);
      cur = x.parent;
      heading = x.prevHeading;
    }
    if (x.link) {
      linkDepth--;
      linkOpen = false;
    }
    if (x.bold) boldDepth--;
    if (x.italic) italicDepth--;
    if (x.big) bigDepth--;
    if (x.title) titleDepth--;
    if (x.author) authorDepth--;
    if (x.figcaption) figcaption--;
    if (x.article) articleDepth--;
  };

  // one text node: the text of adjacent text events
  let run = "";
  const endRun = () => {
    if (!run) return;
    const data = run;
    run = "";
    parts.push(data);
    const n = data.length;
    if (!hasText(data)) return;
    rawLen += n;
    if (linkDepth) {
      linkLen += n;
      if (!linkOpen) links++;
      linkOpen = true;
    }
    if (boldDepth) boldLen += n;
    if (italicDepth) italicLen += n;
    if (titleDepth) blockTitleHint = true;
    if (authorDepth) {
      blockAuthorHint = true;
      authorParts.push(data);
    }
    if (bigDepth) blockBig = true;
  };

  // the elements being read, innermost last
  const open: Exit[] = [];
  // inside an element that is not read: how many elements deep (0: reading)
  let skipDepth = 0;
  // the skipped element is the <head>: its own children hold the page's metadata
  let inHead = false;
  let capture = Capture.None;
  let captured = "";
  let captureDepth = 0;

  const skip = () => {
    skipDepth = 1;
  };
  const startCapture = (kind: Capture) => {
    capture = kind;
    captured = "";
    captureDepth = skipDepth;
  };
  const endCapture = () => {
    if (capture === Capture.Title) {
      if (titleTag === null) titleTag = normalizeInline(captured);
    } else readJsonLd(captured, ld);
    capture = Capture.None;
    captured = "";
  };
  const readMeta = (a: Attrs) => {
    const key = (a.property ?? a.name ?? a.itemprop ?? "").toLowerCase();
    const content = a.content;
    if (key && content && !meta.has(key)) meta.set(key, content);
  };
  const readLink = (a: Attrs) => {
    if (!canonical && (a.rel ?? "").toLowerCase() === "canonical" && a.href) canonical = a.href;
  };
  const isJsonLd = (a: Attrs) => (a.type ?? "").toLowerCase() === "application/ld+json";

  /** A direct child of <head>: title, meta, link and JSON-LD are read, nothing else. */
  const headChild = (tag: string, a: Attrs) => {
    if (tag === "title") {
      if (titleTag === null) startCapture(Capture.Title);
    } else if (tag === "meta") readMeta(a);
    else if (tag === "link") readLink(a);
    else if (tag === "script" && isJsonLd(a)) startCapture(Capture.JsonLd);
  };

  /**
   * A box hidden by its style attribute right after a visible box of the same element and class: the
   * next page of a paged article, shown by a pager script ("Trang 1 | Trang 2"). It is read, and
   * marked: the lines of the article keep what it adds, not what repeats the visible part.
   */
  const continuesSibling = (tag: string, a: Attrs, info: AttrInfo): boolean => {
    if (info.hidden || a.hidden !== undefined || a.class === undefined || a.style === undefined) return false;
    for (let i = cur.items.length - 1; i >= 0; i--) {
      const x = cur.items[i];
      if (isBox(x)) return x.tag === tag && x.cls === a.class && holdsText(x);
    }
    return false;
  };
  let hiddenParts = false;

  const onopentag = (tag: string, a: Attrs) => {
    endRun();
    if (skipDepth) {
      skipDepth++;
      if (inHead && skipDepth === 2) headChild(tag, a);
      return;
    }
    const role = tagRole(tag);
    switch (role & Tag.Kind) {
      case Tag.Title:
        skip();
        if (titleTag === null) startCapture(Capture.Title);
        return;
      case Tag.Meta:
        readMeta(a);
        return skip();
      case Tag.Link:
        readLink(a);
        return skip();
      case Tag.Script:
        skip();
        if (isJsonLd(a)) startCapture(Capture.JsonLd);
        return;
      case Tag.Head:
        inHead = true;
        return skip();
      case Tag.Br:
        // a line break inside a heading is a space: "Đối ngoại Thừa Thiên Huế:<br>Mở cửa để vươn xa" is one headline
        if (heading) parts.push(" ");
        else flush();
        return skip();
      case Tag.Img:
        if (!isHidden(tag, a, attrInfo(a))) {
          pendingImage = true;
          for (let x: Box | null = cur; x; x = x.parent) x.images++;
        }
        return skip();
    }
    if (role & Tag.Skip) {
      // an <iframe srcdoc> shows its own document in place: read it there, as a browser shows it (its children are only a fallback)
      if (a.srcdoc && srcdocDepth < MAX_SRCDOC_DEPTH && !isHidden(tag, a, attrInfo(a))) readSrcdoc(a.srcdoc);
      return skip();
    }
    const info = attrInfo(a);
    let hiddenPart = false;
    if (isHidden(tag, a, info)) {
      if (!(role & Tag.Block) || !continuesSibling(tag, a, info)) return skip();
      hiddenPart = true;
    }
    if (role & Tag.Time && a.datetime) {
      times.push({ datetime: a.datetime, at: blocks.length, published: /datePublished|published/i.test((a.itemprop ?? "") + " " + (a.class ?? "")) });
    } else if (a.itemprop !== undefined && a.itemprop.toLowerCase() === "datepublished") {
      // microdata on another element: <abbr class="published" itemprop="datePublished" title="2024-03-12T09:40:00+07:00">09:40</abbr>
      const datetime = a.datetime ?? a.content ?? a.title;
      if (datetime) times.push({ datetime, at: blocks.length, published: true });
    }
    const exit: Exit = {
      block: false, parent: cur, prevHeading: heading, link: false, bold: false, italic: false, big: false,
      title: info.title, author: info.author, figcaption: false, article: false,
    };
    if (role & Tag.Block) {
      flush();
      exit.block = true;
      // past this depth a page is broken markup: its elements still end lines but open no box
      if (cur.depth < MAX_BOX_DEPTH) {
        cur = newBox(tag, cur, hintOf(info, tag, articleDepth > 0), alignOf(a, info) ?? cur.align, cur.captionHint || (role & (Tag.Figcaption | Tag.Figure)) !== 0 || info.caption);
        if (a.class !== undefined) cur.cls = a.class;
        if (hiddenPart) cur.hiddenPart = hiddenParts = true;
      }
      const h = role >> Tag.HeadingShift;
      if (h) heading = h;
      if (role & Tag.Figcaption) figcaption++, (exit.figcaption = true);
      if (role & Tag.Article) articleDepth++, (exit.article = true);
    } else {
      exit.link = (role & Tag.A) !== 0 && a.href !== undefined;
      exit.bold = (role & Tag.Bold) !== 0;
      exit.italic = (role & Tag.Italic) !== 0;
      exit.big = (role & Tag.Font) !== 0 && /^(?:[4-7]|\+[1-4])$/.test(a.size ?? "");
      if (exit.link) linkDepth++;
      if (exit.bold) boldDepth++;
      if (exit.italic) italicDepth++;
      if (exit.big) bigDepth++;
    }
    if (exit.title) titleDepth++;
    if (exit.author) authorDepth++;
    open.push(exit);
  };

  const onclosetag = () => {
    endRun();
    if (skipDepth) {
      if (capture !== Capture.None && skipDepth === captureDepth) endCapture();
      if (--skipDepth === 0) inHead = false;
      return;
    }
    // a tag cut off by the end of the page is closed without having been opened: nothing to undo
    const exit = open.pop();
    if (exit) leave(exit);
  };

  const ontext = (data: string) => {
    if (skipDepth) {
      if (capture !== Capture.None) captured += data;
      return;
    }
    run += data;
  };

  const wantsText = () => skipDepth === 0 || capture !== Capture.None;
  const events = { open: onopentag, close: onclosetag, text: ontext, wantsText, other: endRun };
  let srcdocDepth = 0;
  /** The document of an <iframe srcdoc>, read in a box of its own where the frame stands; its <head> gives metadata only where the page's own gives none. */
  const readSrcdoc = (doc: string) => {
    srcdocDepth++;
    const depth = open.length;
    onopentag("div", SRCDOC_ATTRS);
    parseHtml(doc, events);
    endRun();
    while (open.length > depth) onclosetag();
    srcdocDepth--;
  };
  parseHtml(html, events);
  endRun();
  flush();
  return { blocks, boxes, root, meta, titleTag, canonical, ld, times, hiddenParts };
}

function readJsonLd(text: string, out: Record<string, unknown>[]): void {
  try {
    const data = JSON.parse(text);
    const push = (item: unknown) => {
      if (!item || typeof item !== "object") return;
      if (Array.isArray(item)) return item.forEach(push);
      out.push(item as Record<string, unknown>);
      const graph = (item as Record<string, unknown>)["@graph"];
      if (Array.isArray(graph)) graph.forEach(push);
    };
    push(data);
  } catch {
    /* a broken JSON-LD block is ignored: the page's other metadata still counts */
  }
}

// ---------------------------------------------------------------- 2. classify blocks

// Both measures below run on every paragraph of every page. They give the same
// numbers as the `toLowerCase().split(" ")` and the regular expressions they
// stand for, without building strings or arrays.

/** Lower-case code unit of each code unit below U+2000 (Vietnamese lives there); NO_MATCH where toLowerCase gives two units. */
const LOWER = new Uint16Array(0x2000);
const NO_MATCH = 0xffff;
for (let c = 0; c < 0x2000; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 ? l.charCodeAt(0) : NO_MATCH;
}

function lowerUnit(c: number): number {
  if (c < 0x2000) return LOWER[c];
  // a few signs up here lower-case to letters below ("\u212A" Kelvin is "k")
  const l = String.fromCharCode(c).toLowerCase();
  return l.length === 1 ? l.charCodeAt(0) : NO_MATCH;
}

const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

/** The stop words by a hash of their code units. */
const STOP_BY_HASH = new Map<number, string[]>();
let STOP_MAX = 0;
for (const w of STOP_WORDS) {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  const list = STOP_BY_HASH.get(h);
  if (list) list.push(w);
  else STOP_BY_HASH.set(h, [w]);
  STOP_MAX = Math.max(STOP_MAX, w.length);
}

/** Is text[start, end), lower-cased, a stop word (its lower-cased code units hash to h)? */
function isStopWord(text: string, start: number, end: number, h: number): boolean {
  const list = STOP_BY_HASH.get(h);
  if (list === undefined) return false;
  next: for (const w of list) {
    if (w.length !== end - start) continue;
    for (let i = 0; i < w.length; i++) if (lowerUnit(text.charCodeAt(start + i)) !== w.charCodeAt(i)) continue next;
    return true;
  }
  return false;
}

/** Share of the words (split at spaces) among the first 160 characters that are Vietnamese stop words. */
function stopDensity(text: string): number {
  // the first few hundred characters tell prose from lists as well as the whole
  const end = Math.min(text.length, 160);
  let words = 0, stops = 0, start = 0, h = 0;
  for (let i = 0; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    if (c === 32) {
      words++;
      if (i - start <= STOP_MAX && i > start && isStopWord(text, start, i, h)) stops++;
      start = i + 1;
      h = 0;
    } else h = hashStep(h, lowerUnit(c));
  }
  return stops / words;
}

/** Sentence ends (`.!?…;` before a blank or the end) plus a third of the commas: `/[.!?…;](?=\s|$)/g` and `/,/g` counted (indexOf is the fastest scan there is). */
function sentenceMarks(text: string): number {
  let ends = 0, commas = 0;
  const n = text.length;
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1)) commas++;
  for (const mark of SENTENCE_ENDS) {
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) if (i + 1 === n || isJsSpace(text.charCodeAt(i + 1))) ends++;
  }
  return ends + commas / 3;
}
const SENTENCE_ENDS = [".", "!", "?", "…", ";"];

function classify(b: Block): void {
  const ld = b.link / b.len;
  if (ld > 0.5) b.verdict = "bad";
  else if (b.len < 50) b.verdict = ld > 0.3 ? "bad" : "short";
  else {
    if (ld > 0.3 && b.len < 200) {
      b.verdict = "bad";
      return;
    }
    const sw = stopDensity(b.text);
    // the sentence marks only count for a block dense enough in stop words
    const sentences = sw >= 0.08 ? sentenceMarks(b.text) : 0;
    if (b.len >= 120 && sw >= 0.12 && sentences >= 1) b.verdict = "good";
    else if (sw >= 0.08 && (sentences >= 1 || b.len >= 120)) b.verdict = "near";
    else b.verdict = b.len >= 200 && sw < 0.05 ? "bad" : "short";
  }
}

/** Is this block a furniture line (counter, footer, banner, tools)? Short lines only; cached. */
function isBoiler(b: Block): boolean {
  return (b.boiler ??= b.len <= 250 && boilerplateKind(b.text) !== null);
}

function goodWeight(b: Block): number {
  if (b.verdict === "good") return b.len * (1 - b.link / b.len);
  if (b.verdict === "near") return 0.5 * b.len * (1 - b.link / b.len);
  return 0;
}

function badWeight(b: Block): number {
  return b.link;
}

const NEG_FACTOR = 0.3;

/** A link to another page by its title: one link, nearly all of the line (a breadcrumb has several). */
const isLinkTitle = (b: Block) => b.len >= 15 && b.links === 1 && b.link / b.len >= 0.7;

/** Prose right under a link to another page is that page's teaser, not this page's text. */
const TEASER_FACTOR = 0.15;

/** Is this link the page's own headline (a title linked to itself), not a link to another article? */
function isOwnTitle(b: Block, declared: Declared): boolean {
  const f = (b.folded ??= fold(b.text));
  return f.length >= 12 && (declared.exact.includes(f) || declared.stripped.includes(f) || declared.segments.includes(f));
}

function aggregate(page: Page, declared: Declared): void {
  // 1. verdicts and plain sums
  let lastLinkTitle = -10;
  const heads: Block[] = [];
  let recent: Block[] = [];
  for (const b of page.blocks) {
    classify(b);
    const gw = goodWeight(b);
    const linkTitle = isLinkTitle(b) ? 1 : 0;
    if (linkTitle) lastLinkTitle = b.idx;
    b.teaser = gw > 0 && b.idx - lastLinkTitle <= 4 && !isOwnTitle(page.blocks[lastLinkTitle], declared);
    // a teaser boxed with its title link alone (a related-article card set inside the text) is no part of the text
    if (b.teaser) {
      const tb = page.blocks[lastLinkTitle].box;
      const unit = tb === b.box ? tb : tb.parent !== null && tb.parent === b.box.parent ? tb.parent : null;
      // (the title link opens its box: a ">> Xem thêm:" line between two paragraphs of the text is no card)
      if (unit && unit.items.length <= 3 && unit.first === page.blocks[lastLinkTitle]) b.card = true;
    }
    if (gw > 0) lastLinkTitle = -10;
    // "Xem tiếp »" after a summary: the prose just before it is a teaser too
    const readMore = b.len <= 30 && b.link >= 0.8 * b.len && READ_MORE_RE.test(b.text) ? 1 : 0;
    if (readMore) {
      for (const r of recent) if (b.idx - r.idx <= 3) r.teaser = true;
      recent = [];
    } else if (gw > 0) recent.push(b);
    else if (b.heading || linkTitle) recent = [];
    if (recent.length > 3) recent.shift();
    if (b.len <= 60 && isStopHeader(b)) heads.push(b);
    const bw = badWeight(b);
    for (let x: Box | null = b.box; x; x = x.parent) {
      x.readMores += readMore;
      if (!x.first) x.first = b;
      x.graw += gw;
      x.b += bw;
      x.text += b.len;
      x.link += b.link;
      x.nblocks++;
      x.linkTitles += linkTitle;
    }
  }
  // 2. a box that opens with "Ý kiến bạn đọc", "Tin liên quan"… holds comments or other articles
  const half = page.root.graw / 2;
  for (const h of heads) for (let x: Box | null = h.box; x && x.first === h && x.graw < half; x = x.parent) if (x.hint >= 0) x.hint = -1;
  // 3. prose weight, discounted below furniture and for teasers
  for (const b of page.blocks) {
    const gw = goodWeight(b);
    if (gw === 0) continue;
    let g = b.teaser ? gw * TEASER_FACTOR : gw;
    for (let x: Box | null = b.box; x; x = x.parent) {
      if (x.hint < 0) g *= NEG_FACTOR;
      x.g += g;
    }
  }
}

// ---------------------------------------------------------------- 3. grab the article

function boxScore(x: Box): number {
  const f = x.hint === 2 ? 1.3 : x.hint === 1 ? 1.1 : 1;
  return (x.g - x.b) * f;
}

function isStopHeader(b: Block | null): boolean {
  return !!b && b.len <= 60 && SECTION_STOP_HEADERS.test(b.text);
}

function grabArticle(page: Page): Box | null {
  let best: Box | null = null;
  let bestScore = 0;
  for (const x of page.boxes) {
    if (x === page.root) continue;
    const s = boxScore(x);
    if (s > bestScore) {
      best = x;
      bestScore = s;
    }
  }
  if (!best) return null;
  // the tightest box that still holds nearly all of it
  for (;;) {
    let next: Box | null = null;
    let nextScore = 0;
    const here: Box = best;
    for (const c of here.items) {
      if (!isBox(c)) continue;
      const s = boxScore(c);
      if (s > nextScore) {
        next = c;
        nextScore = s;
      }
    }
    if (next && nextScore >= 0.92 * boxScore(here)) best = next;
    else break;
  }
  return best;
}

type Role = "good" | "neutral" | "stop" | "empty" | "image" | "last";

function roleOf(x: Box | Block, title: Block | null, sharedNeg: ReadonlySet<string> | null = null): Role {
  if (isBox(x)) {
    if (x.text === 0) return x.images ? "image" : "empty";
    // the box of the headline (an <article> <header> with the sapo, say): its prose after the headline counts, nothing before it
    if (title && x.first && x.first.idx <= title.idx && lastBlock(x)!.idx >= title.idx) return x.graw > 0 ? "last" : "stop";
    // a furniture word the text's own box has too ("elementor-widget" on every box of the page) tells nothing
    const neg = x.hint < 0 && !(sharedNeg && onlyWordsOf(x, sharedNeg));
    if (neg && x.graw < 200) return "stop";
    if (isStopHeader(x.first)) return "stop";
    if (x.link > 0.5 * x.text && x.link > 30) return "stop";
    if (x.linkTitles >= 2 && x.linkTitles * 2 >= x.nblocks) return "stop";
    if (neg) return "stop";
    if (x.graw > 0) return "good";
    if (x.images && x.text < 400) return "image";
    return "neutral";
  }
  if (x === title) return "stop";
  if (isStopHeader(x)) return "stop";
  if (x.verdict === "good" || x.verdict === "near") return "good";
  if (x.link / x.len > 0.5 && x.len > 15) return "stop";
  return "neutral";
}

function lastBlock(x: Box): Block | null {
  for (let i = x.items.length - 1; i >= 0; i--) {
    const it = x.items[i];
    if (!isBox(it)) return it;
    const l = lastBlock(it);
    if (l) return l;
  }
  return null;
}

function isTinyFurniture(x: Box): boolean {
  return x.hint < 0 && x.graw === 0 && x.text <= 60 && x.images === 0 && !isStopHeader(x.first);
}

/** The furniture words of a box's class ("elementor-widget-theme-post-content" → widget). */
function negativeWords(x: Box): readonly string[] {
  if (!x.cls) return NO_WORDS;
  return (x.negWords ??= x.cls.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((t) => t && wordFlags(t) & W_NEG));
}
const NO_WORDS: readonly string[] = [];

/** Whether a furniture-marked box is marked only by words in `words` (and by its class, not its element or an id). */
function onlyWordsOf(x: Box, words: ReadonlySet<string>): boolean {
  if (FURNITURE_TAGS.has(x.tag)) return false;
  const own = negativeWords(x);
  return own.length > 0 && own.every((w) => words.has(w)) && !NEGATIVE_STEM_RE.test((x.cls ?? "").toLowerCase().replace(/[^a-z0-9]/g, ""));
}

/** The wrappers of the core box that hold nothing else, up to the box whose siblings may continue it. */
function climbWrappers(core: Box): Box {
  let c: Box = core;
  while (c.parent && c.parent.parent && c.parent.tag !== "body" && c.parent.graw - c.graw < 1 && c.parent.text - c.text < 40) c = c.parent;
  return c;
}

/**
 * The furniture words of the text's own boxes (the core and its wrappers): boxes of the text's region
 * that have them too are not furniture for that ("elementor-widget" on every box of an Elementor page).
 */
function ownFurnitureWords(core: Box): Set<string> | null {
  const top = climbWrappers(core);
  const own = new Set<string>();
  for (let y: Box | null = core; y; y = y.parent) {
    for (const w of negativeWords(y)) own.add(w);
    if (y === top) break;
  }
  return own.size ? own : null;
}

/** The core box and the siblings that continue it, in document order. */
function extendRegion(core: Box, title: Block | null): (Box | Block)[] {
  // climb through wrappers that hold nothing else
  const c = climbWrappers(core);
  const parent = c.parent;
  if (!parent) return [c];
  const items = parent.items;
  const at = items.indexOf(c);
  const sharedNeg = ownFurnitureWords(core);
  const region: (Box | Block)[] = [c];
  // forward: prose, and short lines between prose (a byline at the end)
  let pending: (Box | Block)[] = [];
  for (let i = at + 1; i < items.length; i++) {
    const r = roleOf(items[i], title, sharedNeg);
    if (r === "stop" || r === "last") break;
    if (r === "empty") continue;
    if (r === "good" || r === "image") {
      region.push(...pending, items[i]);
      pending = [];
    } else {
      pending.push(items[i]);
      if (pending.length > 3) break;
    }
  }
  region.push(...pending.filter((x) => !isBox(x) || x.text < 120));
  // backward: prose (a lead or sapo before the body container) and the short lines between it and the body
  let between: (Box | Block)[] = [];
  for (let i = at - 1; i >= 0; i--) {
    let r = roleOf(items[i], title, sharedNeg);
    // a pager or tool row between the sapo and the text ("Trang 1 | Trang 2") does not end the article
    if (r === "stop" && isBox(items[i]) && isTinyFurniture(items[i] as Box)) r = "neutral";
    if (r === "stop") break;
    if (r === "last") {
      region.unshift(items[i], ...between);
      break;
    }
    if (r === "empty") continue;
    if (r === "good" || r === "image") {
      region.unshift(items[i], ...between);
      between = [];
    } else {
      between.unshift(items[i]);
      if (between.length > 2) break;
    }
  }
  return region;
}

// ---------------------------------------------------------------- 4. title

/** Per code unit: 0 not seen yet, 1 a letter or digit, 2 neither, 3 a surrogate (filled as met). */
const LETTER_OR_DIGIT = new Uint8Array(0x10000);

function letterOrDigit(c: number): number {
  let k = LETTER_OR_DIGIT[c];
  if (k === 0) LETTER_OR_DIGIT[c] = k = c >= 0xd800 && c <= 0xdfff ? 3 : /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k;
}

/**
 * Case and punctuation fold for comparing a heading with the declared title
 * (both NFC text): `s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "")`, with the
 * character classes looked up in a table (the Unicode-property expression
 * is several times slower); text with surrogate pairs takes the expression.
 */
function fold(s: string): string {
  const l = s.toLowerCase();
  let out = "";
  let from = 0;
  for (let i = 0; i < l.length; i++) {
    const k = letterOrDigit(l.charCodeAt(i));
    if (k === 2) {
      if (i > from) out += l.slice(from, i);
      from = i + 1;
    } else if (k === 3) return l.replace(/[^\p{L}\p{N}]+/gu, "");
  }
  return from === 0 ? l : out + l.slice(from);
}

const SITE_WORDS = /(?:^|\s)(?:báo|cổng|trang|tạp chí|online|news|tin tức|điện tử|thông tin|portal|website|\.vn|\.com)(?:\s|$)/iu;

function stripSiteName(title: string, siteName: string | null): string {
  let t = title.trim();
  if (siteName) {
    const s = siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    t = t.replace(new RegExp(`\\s*(?:[-|–—:»]|::)\\s*${s}\\s*$`, "iu"), "").replace(new RegExp(`^\\s*${s}\\s*(?:[-|–—:»]|::)\\s*`, "iu"), "");
  }
  const parts = t.split(/\s+(?:\||–|—|-|::|»)\s+/u);
  if (parts.length > 1) {
    const last = parts[parts.length - 1], first = parts[0];
    if (SITE_WORDS.test(last) || last.length <= 30) return parts.slice(0, -1).join(" - ").trim();
    if (SITE_WORDS.test(first)) return parts.slice(1).join(" - ").trim();
  }
  return t;
}

interface Declared {
  /** og:title, twitter:title, JSON-LD headline, folded */
  exact: string[];
  /** the same without a site-name part */
  stripped: string[];
  /** the segments of <title> and og:title between separators, folded, longest first */
  segments: string[];
  raw: string[];
  tag: string | null;
  site: string | null;
}

function declaredTitles(page: Page, ldArticle: Record<string, unknown> | undefined): Declared {
  const site = page.meta.get("og:site_name") ?? null;
  const raw: string[] = [];
  const og = page.meta.get("og:title") ?? page.meta.get("twitter:title");
  if (og) raw.push(normalizeInline(og));
  if (typeof ldArticle?.headline === "string") raw.push(normalizeInline(ldArticle.headline));
  const segs = new Set<string>();
  for (const t of [page.titleTag ?? "", og ?? ""]) for (const part of t.split(/\s+(?:\||–|—|-|::|»)\s+/u)) {
    const f = fold(part);
    if (f.length >= 12) segs.add(f);
  }
  return {
    exact: raw.map(fold).filter((x) => x.length >= 8),
    stripped: raw.map((t) => fold(stripSiteName(t, site))).filter((x) => x.length >= 8),
    segments: [...segs].sort((a, b) => b.length - a.length),
    raw,
    tag: page.titleTag,
    site,
  };
}

function ancestorAt(x: Box, depth: number): Box {
  let y = x;
  while (y.depth > depth && y.parent) y = y.parent;
  return y;
}

/** How many levels above `core` the nearest box holding both lies. */
function lcaDistance(a: Box, core: Box): number {
  let x = ancestorAt(a, core.depth), y = core;
  let d = 0;
  while (x !== y && x.parent && y.parent) {
    x = x.parent;
    y = y.parent;
    d++;
  }
  return d;
}

/**
 * The headline: a block near the start of the text that matches what the page
 * declares (og:title, JSON-LD, <title>), or is marked as a heading or title,
 * and sits with the text (a near common ancestor), not in another column.
 */
function findTitle(page: Page, regionStart: number, core: Box, declared: Declared): Block | null {
  const { exact, stripped, segments } = declared;
  const tag = declared.tag ? fold(declared.tag) : "";
  const from = Math.max(0, regionStart - 14), to = Math.min(page.blocks.length, regionStart + 6);
  let best: Block | null = null;
  let bestScore = 0.5;
  const consider = (b: Block) => {
    if (b.len < 8 || b.len > 300) return;
    const ld = b.link / b.len;
    let s = 0;
    if (b.heading === 1) s += 2;
    else if (b.heading === 2 || b.heading === 3) s += 1;
    if (b.titleHint) s += 1.5;
    if (b.big || b.bold >= 0.8 * b.len) s += 0.5;
    if (ld > 0.5) s -= 1;
    const dist = b.idx < regionStart ? regionStart - b.idx : 2 * (b.idx - regionStart + 1);
    // the shape of a headline right above the text: a line of words, not a sentence, a date or a link
    if (dist <= 4 && b.idx < regionStart && b.len >= 20 && b.len <= 250 && ld < 0.3 && !/[.…:;,]$/.test(b.text)) s += 0.8;
    s -= 0.2 * Math.max(0, dist - 1) + 0.6 * Math.max(0, lcaDistance(b.box, core) - 2);
    // the best a declared-title match could add is 4
    if (s + 4 <= bestScore) return;
    const f = (b.folded ??= fold(b.text));
    if (f.length < 6) return;
    let m = 0;
    if (exact.includes(f) || stripped.includes(f)) m = 4;
    else if (f.length >= 12 && (tag.includes(f) || exact.some((e) => e.includes(f)))) m = 3;
    else if (stripped.some((e) => e.length >= 12 && f.includes(e))) m = 2.5;
    else {
      const at = segments.findIndex((seg) => f.includes(seg));
      if (at >= 0) m = at === 0 ? 2.5 : 1;
    }
    if (m === 0) {
      if (ld > 0.5 || b.verdict === "good" || /[.…]$/.test(b.text) || isBoiler(b) || isStopHeader(b) || dateInLine(b.text)) return;
      // a box heading over a list of links ("Văn bản mới", "Tin nổi bật") is not a headline
      const next = page.blocks[b.idx + 1];
      if (next && next.link / next.len > 0.8 && next.len >= 15) return;
    }
    s += m;
    if (s > bestScore) {
      best = b;
      bestScore = s;
    }
  };
  for (let i = from; i < to; i++) consider(page.blocks[i]);
  for (const b of page.blocks) if ((b.heading === 1 || b.titleHint) && (b.idx < from || b.idx >= to)) consider(b);
  return best;
}

// ---------------------------------------------------------------- metadata helpers

/** ISO 8601 from a machine-readable date attribute, in +07:00 when it carries a time. */
export function isoFromMachineDate(value: string | undefined | null): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(v);
  if (!m) return parseDateLine(v);
  if (m[4] === undefined) return `${m[1]}-${m[2]}-${m[3]}`;
  const zone = m[7];
  if (!zone || zone === "+07:00" || zone === "+0700") return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}+07:00`;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${zone.length === 5 ? zone.slice(0, 3) + ":" + zone.slice(3) : zone}`);
  if (Number.isNaN(d.getTime())) return null;
  const local = new Date(d.getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}

/** A publication date stated anywhere inside a short line ("Ngày đăng: 20/01/2020 14:47 | Lượt xem: 1.234"). */
export function dateInLine(line: string): string | null {
  const whole = parseDateLine(line);
  if (whole) return whole;
  if (line.length > 140) return null;
  const m = DATE_IN_LINE_RE.exec(line);
  if (m?.groups) {
    const g = m.groups;
    return isoFromGroups({ d: g.d, m: g.m, y: g.y, hh: g.hh2 ?? g.hh1, mm: g.mm2 ?? g.mm1 });
  }
  const w = DATE_WORDS_RE.exec(line);
  if (w?.groups) {
    const mon = /^\d+$/.test(w.groups.mon) ? w.groups.mon : String(MONTH_WORDS[w.groups.mon.toLowerCase()] ?? "");
    if (mon) return isoFromGroups({ d: w.groups.d, m: mon, y: w.groups.y, hh: w.groups.hh, mm: w.groups.mm });
  }
  return null;
}

function personName(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  let s = normalizeInline(raw).replace(AUTHOR_LABEL_RE, "").trim();
  // a date written on the same line after the names ("Hoàng Yến - Minh Trí Thứ Năm, 22/02/2024, 15:10")
  s = s.replace(TRAILING_DATE_RE, "").trim();
  s = s.replace(/\s*\([^)]{1,40}\)\s*$/, "").trim();
  if (!s || s.length > 60 || /\d/.test(s) || NOT_A_PERSON.test(s)) return null;
  if (!/^\p{Lu}/u.test(s)) return null;
  return s;
}

function ldAuthorName(a: Record<string, unknown> | undefined): string | null {
  const au = a?.author;
  const one = (x: unknown): string | null => {
    if (typeof x === "string") return personName(x);
    if (x && typeof x === "object") {
      const o = x as Record<string, unknown>;
      if (/Organization|Organisation|NewsMediaOrganization/i.test(String(o["@type"] ?? ""))) return null;
      return personName(o.name);
    }
    return null;
  };
  if (Array.isArray(au)) {
    const names = au.map(one).filter((x): x is string => !!x);
    return names.length ? names.join(", ") : null;
  }
  return one(au);
}

/** A byline in the header: "Tác giả: Mai Hân", "Bài và ảnh: Phan Tú", or a lone name marked as the author. */
function headerByline(b: Block): string | null {
  // the part of a meta line the page marks as the author's ("Thanh Tâm" of "Thanh Tâm Thứ năm, 08/08/2024 | 15:20 Lượt xem: 1.286")
  if (b.authorText && b.authorText.length <= 60) {
    const name = personName(b.authorText);
    if (name && BYLINE_RE.test(name)) return name;
  }
  if (b.len > 160) return null;
  // a line of items ("Ngày đăng: 18/06/2024 16:20 | Tác giả: Thanh Hà | Lượt xem: 1.532"): the labelled item
  const items = b.len > 80 || b.text.includes("|") ? b.text.split(ITEM_BAR_RE) : [b.text];
  for (const item of items) {
    if (item.length > 80) continue;
    if (!AUTHOR_LABEL_RE.test(item) && !(b.authorHint && items.length === 1)) continue;
    const name = personName(item);
    if (name && BYLINE_RE.test(name)) return name;
  }
  return null;
}
/** The bar (or bullet) between the items of a meta line. */
const ITEM_BAR_RE = /\s+[|•·]\s+/;

const CATEGORY_SET = new Set(CATEGORY_LABELS.map((c) => c.toLowerCase()));

// ---------------------------------------------------------------- 5. lines of the article

function inside(x: Box, region: Set<Box | Block>): Box | null {
  for (let y: Box | null = x; y; y = y.parent) if (region.has(y)) return y;
  return null;
}

function isIsland(x: Box, top: Box, total: number, sharedNeg: ReadonlySet<string> | null): boolean {
  if (x.island !== undefined) return x.island;
  let v = false;
  if (x !== top) {
    if (x.hint < 0 && x.graw < 0.5 * total && !(sharedNeg && onlyWordsOf(x, sharedNeg))) v = true;
    else if (isStopHeader(x.first) && x.graw < 0.5 * total) v = true;
    // a box of key points or a table of contents that repeats the text ("Tóm tắt", "Mục lục" over a list)
    else if (x.nblocks >= 3 && x.first && x.first.len <= 40 && SUMMARY_HEADERS.test(x.first.text) && x.graw < 0.5 * total) v = true;
    else if (x.text > 20 && x.link > 0.5 * x.text && x.nblocks >= 2) v = true;
    else if (x.linkTitles >= 2 && x.graw < 0.35 * total) v = true;
  }
  x.island = v;
  return v;
}

/** Is this block a photo caption: in a <figcaption>, or the short text of a small box around an image, or an italic/centred line under an image? */
function isCaption(b: Block): boolean {
  if (b.inFigcaption) return true;
  if (b.len > 400 || b.heading) return false;
  if (splitCaption(b.text)) return true;
  // a name beside an avatar, a share label beside an icon: captions describe a scene
  if (b.len < 25 || (b.len <= 60 && BYLINE_RE.test(b.text))) return false;
  // a small box around an image whose only text is this line, in an element of its own
  // (<table class="image">, <div><img><p class="note">…</p></div>); not an image floated inside a paragraph
  let x: Box | null = b.box.parent;
  for (let k = 0; x && k < 3; k++, x = x.parent) {
    if (x.text > b.len + 40) break;
    if (x.images > 0 && x.images <= 2) return true;
  }
  // a line right under an image, set apart as captions are: italic, centred, or marked
  if (b.afterImage && b.len <= 350) {
    if (b.italic >= 0.8 * b.len || b.box.align === "center" || b.box.captionHint) return true;
  }
  return false;
}

interface Collected {
  lines: string[];
  captions: string[];
  /** short lines between the headline and the text: date, byline, category, tools */
  header: Block[];
  goodChars: number;
  /** of which prose right under a link to another page */
  teaserChars: number;
  /** the last lines of the text, where a byline stands */
  tail: Block[];
  /** index of the first and the last block read */
  start: number;
  end: number;
}

function collectLines(page: Page, region: (Box | Block)[], title: Block | null, sharedNeg: ReadonlySet<string> | null): Collected {
  const set = new Set<Box | Block>(region);
  const total = region.reduce((s, x) => s + (isBox(x) ? x.graw : goodWeight(x)), 0);
  const out: Collected = { lines: [], captions: [], header: [], goodChars: 0, teaserChars: 0, tail: [], start: -1, end: 0 };
  let started = false;
  let related = false;
  let captionParts: string[] = [];
  let captionBox: Box | null = null;
  const seen = new Set<string>();
  const endCaption = () => {
    if (captionParts.length) {
      const t = normalizeInline(captionParts.join(" "));
      const split = splitCaption(t);
      const cap = split ? split.caption : t;
      // a video's caption ("Video: Lễ khai mạc …") is no photo caption
      if (cap && !VIDEO_CAPTION_RE.test(cap) && !out.captions.includes(cap)) out.captions.push(cap);
    }
    captionParts = [];
    captionBox = null;
  };
  for (const b of page.blocks) {
    if (title && b.idx <= title.idx) continue;
    const top = set.has(b) ? null : inside(b.box, set);
    if (!set.has(b) && !top) continue;
    // a heading over reader comments ends the article (a "Bình luận (3)" link in a toolbar does not)
    if (started && (b.heading || b.bold >= 0.8 * b.len) && b.len <= 60 && COMMENT_HEADERS.test(b.text)) break;
    if (top) {
      let skip = false;
      for (let x: Box | null = b.box; x && x !== top.parent; x = x.parent) {
        if (isIsland(x, top, total, sharedNeg)) {
          skip = true;
          break;
        }
      }
      if (skip) continue;
    }
    out.end = b.idx;
    if (isCaption(b)) {
      const capBox = b.inFigcaption ? figcaptionBox(b.box) : b.box;
      if (captionBox && capBox !== captionBox) endCaption();
      captionParts.push(b.text);
      captionBox = capBox;
      continue;
    }
    endCaption();
    if (b.link / b.len > 0.6) continue;
    const good = b.verdict === "good" || b.verdict === "near";
    if (started && isStopHeader(b)) {
      // a related-news list is skipped up to the next paragraph of the text
      if (!COMMENT_HEADERS.test(b.text)) related = true;
      continue;
    }
    if (related) {
      if (!good || b.teaser) continue;
      related = false;
    }
    if (b.card) continue;
    if (good) {
      out.goodChars += b.len;
      if (b.teaser) out.teaserChars += b.len;
    }
    if (!started) {
      const sentence = b.len >= 80 && /[.!?…:;"”»)]$/.test(b.text);
      if (!good && !sentence && !b.heading) {
        out.header.push(b);
        continue;
      }
      started = true;
      out.start = b.idx;
    }
    if (page.hiddenParts) {
      // a hidden part adds to the text; what it repeats of the visible part is a copy (a print version)
      if (inHiddenPart(b) ? seen.has(b.text) : (seen.add(b.text), false)) continue;
    }
    out.lines.push(b.text);
    out.tail.push(b);
    if (out.tail.length > 4) out.tail.shift();
  }
  endCaption();
  return out;
}

function inHiddenPart(b: Block): boolean {
  for (let x: Box | null = b.box; x; x = x.parent) if (x.hiddenPart) return true;
  return false;
}

/** The heading of a box that repeats the text in short: key points, a table of contents. */
const SUMMARY_HEADERS = /^(?:Tóm tắt(?: bài viết| nội dung)?|Điểm nhấn|Những điểm chính|Các điểm chính|Nội dung chính|Ý chính|Các ý chính|Mục lục|Trong bài(?: này)?|Key points|Highlights|Table of contents)\s*:?$/iu;

const VIDEO_CAPTION_RE = /^(?:Video|Clip)\s*:/iu;

function figcaptionBox(x: Box): Box {
  for (let y: Box | null = x; y; y = y.parent) if (y.tag === "figcaption") return y;
  return x;
}

// ---------------------------------------------------------------- 6. finish

/** The first few blocks of a box, in order. */
function firstBlocks(x: Box, n: number, out: Block[] = []): Block[] {
  for (const it of x.items) {
    if (out.length >= n) break;
    if (isBox(it)) firstBlocks(it, n, out);
    else out.push(it);
  }
  return out;
}


/** A teaser: a link to another page (its title) followed by a summary, in a small box. */
function isUnit(x: Box): boolean {
  if (x.text > 3000 || x.graw === 0 || x.linkTitles > 2) return false;
  // a summary closed by its "Xem tiếp" link
  if (x.readMores === 1 && x.linkTitles === 0) return true;
  if (x.linkTitles === 0) return false;
  const head = firstBlocks(x, 3);
  const at = head.findIndex(isLinkTitle);
  return at >= 0 && head.slice(at + 1).some((b) => b.verdict !== "bad") ;
}

/** Teasers under a box: the smallest boxes that are one teaser each. */
function countUnits(x: Box): { n: number; prose: number } {
  let n = 0, prose = 0;
  for (const it of x.items) {
    if (!isBox(it) || it.graw === 0) continue;
    const inner = countUnits(it);
    if (inner.n >= 2) {
      n += inner.n;
      prose += inner.prose;
    } else if (isUnit(it)) {
      n++;
      prose += it.graw;
    } else {
      n += inner.n;
      prose += inner.prose;
    }
  }
  return { n, prose };
}

/**
 * A home page, category listing, search result or tag page: the prose the
 * core holds is teasers, each under a link to another page, with more like
 * it around (or inside) the core.
 */
function isListing(page: Page, core: Box): boolean {
  const inside = countUnits(core);
  if (inside.n >= 3 && inside.prose >= 0.5 * core.graw) return true;
  let unit = false;
  for (let x: Box | null = core, k = 0; x && k < 4; x = x.parent, k++) if (isUnit(x)) unit = true;
  if (!unit) return false;
  // the smallest box holding half the page's prose
  let p: Box = core.parent ?? core;
  while (p.parent && p.graw < 0.5 * page.root.graw) p = p.parent;
  const around = countUnits(p);
  return around.n >= 3 && around.prose >= 0.5 * p.graw;
}

function emptyPage(url: string | null): CleanedHtml {
  return { title: null, published: null, author: null, category: null, kicker: null, source: null, body: "", captions: [], url, notArticle: true };
}

/** The longest cell of a table row that is read as one line. */
const ROW_CELL_MAX = 80;

/** Minimum prose, in characters, for a page to hold an article. */
const MIN_ARTICLE_CHARS = 250;

export function cleanHtml(html: HtmlSource): CleanedHtml {
  const page = readPage(html);
  const ldArticle = page.ld.find((x) => /Article|BlogPosting|Report|NewsArticle/i.test(String(x["@type"] ?? "")));
  const declared = declaredTitles(page, ldArticle);
  aggregate(page, declared);
  const url = page.canonical ?? page.meta.get("og:url") ?? null;

  const core = grabArticle(page);
  if (!core || core.graw < MIN_ARTICLE_CHARS / 2) return emptyPage(url);
  const coreStart = core.first?.idx ?? 0;
  const title0 = findTitle(page, coreStart, core, declared);
  const region = extendRegion(core, title0);
  const regionStart = Math.min(...region.map((x) => (isBox(x) ? (x.first?.idx ?? Infinity) : x.idx)));
  const title = regionStart < coreStart ? (findTitle(page, regionStart, core, declared) ?? title0) : title0;
  const got = collectLines(page, region, title, ownFurnitureWords(core));

  // not an article: too little prose, a list of teasers, or a "page not found"
  const notFound = got.goodChars < 600 && page.blocks.some((b) => b.len < 200 && NOT_FOUND_RE.test(b.text));
  const teasers = got.teaserChars >= 0.5 * got.goodChars;
  if (got.goodChars < MIN_ARTICLE_CHARS || notFound || teasers || isListing(page, core)) return emptyPage(url);

  // title: the heading found, else what the page declares, without the site name
  let titleText = title?.text ?? null;
  if (!titleText) {
    const t = declared.exact[0] ?? declared.tag;
    titleText = t ? stripSiteName(t, declared.site) : null;
  }
  let kicker: string | null = null;
  if (titleText) {
    const k = KICKER_RE.exec(titleText);
    if (k?.groups && titleText.length - k[0].length >= 15) {
      kicker = k.groups.kicker.trim();
      titleText = titleText.slice(k[0].length).trim();
    } else if (title && title.idx > 0) {
      const before = page.blocks[title.idx - 1];
      if (before.len < 200 && before.link / before.len < 0.5 && KICKER_RE.test(before.text + ": x")) kicker = before.text.replace(/:$/, "");
    }
  }

  // the headline again inside the text (a Word document's first line, in capitals) is not a paragraph of it
  if (titleText) {
    const t = fold(titleText);
    if (t.length >= 20) got.lines = got.lines.filter((l) => l.length > 2 * titleText!.length || fold(l) !== t);
  }
  // no headline anywhere (a page that is page text in <p>s): the line cleaner reads the header lines as it does for .txt
  const cleaned = titleText
    ? cleanText(got.lines.join("\n"), { title: titleText, normalized: true })
    : cleanText([...got.header.map((b) => b.text), ...got.lines].join("\n"), { normalized: true });

  // published: declared date-time, then a <time> or date line near the title
  // the lines between the headline and the text, then the few just above the headline
  const anchor = title?.idx ?? regionStart;
  const near = [
    ...page.blocks.slice(anchor + 1, Math.max(anchor + 1, got.start < 0 ? regionStart : got.start)),
    ...got.header,
    ...page.blocks.slice(Math.max(0, anchor - 3), anchor).reverse(),
  ].filter((b) => b.link / b.len <= 0.5 && b.len <= 160);
  let visible: string | null = null;
  for (const t of page.times) {
    const at = t.at;
    const inArticle = at >= anchor - 4 && at <= got.end + 1;
    if ((t.published && inArticle) || near.some((b) => b.idx === at || b.idx === at - 1)) {
      visible = isoFromMachineDate(t.datetime);
      if (visible) break;
    }
  }
  if (!visible) for (const b of near) if ((visible = dateInLine(b.text))) break;
  const declaredDate =
    isoFromMachineDate(page.meta.get("article:published_time")) ??
    isoFromMachineDate(typeof ldArticle?.datePublished === "string" ? ldArticle.datePublished : null) ??
    isoFromMachineDate(page.meta.get("datepublished")) ??
    isoFromMachineDate(page.meta.get("og:published_time")) ??
    isoFromMachineDate(page.meta.get("pubdate") ?? page.meta.get("publishdate") ?? page.meta.get("dc.date.issued"));
  let published = declaredDate ?? visible ?? cleaned.published;
  if (declaredDate && declaredDate.length === 10 && visible?.startsWith(declaredDate)) published = visible;

  // author: a byline in the text (end or header), then the page's declared person
  // (an organisation the line cleaner took for a byline does not stop the search for a person)
  let author = cleaned.author && !NOT_A_PERSON.test(cleaned.author) ? cleaned.author : null;
  if (!author) for (const b of [...got.header, ...near]) if ((author = headerByline(b))) break;
  // the author's name as a link to the author's page, in a box marked as the author's, under the headline
  if (!author && title) {
    for (const b of page.blocks.slice(title.idx + 1, Math.min(title.idx + 8, got.start < 0 ? title.idx + 8 : got.start))) {
      if (b.authorHint && b.len <= 40 && (author = headerByline(b))) break;
    }
  }
  if (!author) {
    for (const b of got.tail.slice().reverse()) {
      if (b.len <= 60 && (b.bold >= 0.8 * b.len || b.box.align === "right" || b.authorHint || AUTHOR_LABEL_RE.test(b.text))) {
        const n = personName(b.text);
        if (n && BYLINE_RE.test(n)) {
          author = n;
          break;
        }
      }
    }
  }
  if (author && NOT_A_PERSON.test(author)) author = null;
  author ??= ldAuthorName(ldArticle) ?? personName(page.meta.get("author")) ?? personName(page.meta.get("article:author"));
  if (author && declared.site && fold(author) === fold(declared.site)) author = null;
  if (author) author = nameCase(author);

  let category = cleaned.category ?? page.meta.get("article:section") ?? (typeof ldArticle?.articleSection === "string" ? ldArticle.articleSection : null);
  if (!category) for (const b of got.header) if (CATEGORY_SET.has(b.text.toLowerCase())) category = b.text;

  const captions = [...got.captions];
  for (const c of cleaned.captions) if (!captions.includes(c)) captions.push(c);
  return {
    title: cleaned.title,
    published,
    author,
    category: category ? normalizeInline(category) : null,
    kicker: cleaned.kicker ?? kicker,
    source: cleaned.source,
    body: cleaned.body,
    captions,
    url,
  };
}

/** Whether a page holds an article (and not a home page, listing, search result or error page). */
export function isArticlePage(html: HtmlSource): boolean {
  return !cleanHtml(html).notArticle;
}
