// Cleaner for articles that arrive as page text: the text a browser shows for
// a page, with its counters, banners, footers and side links still in it.
// Phases: split into lines → drop furniture (patterns.ts) → read the header
// (date, category, kicker, title) → cut the tail (byline, job title, side
// links) → captions and source tag → body.
import { normalize, normalizeInline } from "../text/normalize.js";
import {
  BOILERPLATE_LINES,
  BYLINE_RE,
  CAPTION_CREDIT_RE,
  CATEGORY_LABELS,
  DATE_LINE_RES,
  JOB_TITLE_RE,
  KICKER_RE,
  LEADING_DATE_RE,
  RELATED_HEADERS,
  SENTENCE_OPENERS,
  SOURCE_TAG_RE,
} from "./patterns.js";

export interface CleanedPage {
  title: string | null;
  published: string | null;
  author: string | null;
  category: string | null;
  kicker: string | null;
  source: string | null;
  body: string;
  captions: string[];
}

interface Line {
  text: string;
  /** leading blanks in the page text: right-aligned bylines sit far to the right */
  indent: number;
}

const CATEGORY_SET = new Set(CATEGORY_LABELS.map((c) => c.toLowerCase()));
const CATEGORY_PREFIX = new RegExp(
  `^(?<cat>${[...CATEGORY_LABELS].sort((a, b) => b.length - a.length).map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s+(?=\\p{Lu})`,
  "u",
);
const OPENER_RE = new RegExp(`(?<=\\p{Ll}) (?=(?:${SENTENCE_OPENERS.join("|")})\\s)`, "gu");

const TITLE_MAX = 250;
/** A line this long is prose, wherever it stands. */
const PARAGRAPH_MIN = 160;

function pad(n: string | undefined): string {
  return String(n ?? "").padStart(2, "0");
}

/** ISO date or date-time (+07:00, the time zone every Vietnamese page means) from regex groups. */
export function isoFromGroups(g: Record<string, string | undefined>): string | null {
  const y = Number(g.y), m = Number(g.m), d = Number(g.d);
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = `${y}-${pad(g.m)}-${pad(g.d)}`;
  if (g.hh === undefined || g.mm === undefined) return date;
  const hh = Number(g.hh), mm = Number(g.mm);
  if (hh > 23 || mm > 59) return date;
  return `${date}T${pad(g.hh)}:${pad(g.mm)}:00+07:00`;
}

/** The date a whole line states, when the line is nothing but a date (and time). */
export function parseDateLine(line: string): string | null {
  return dateOfLine(normalizeInline(line));
}

/** parseDateLine on a line already through normalizeInline */
function dateOfLine(t: string): string | null {
  if (t.length > 80) return null;
  for (const re of DATE_LINE_RES) {
    const m = re.exec(t);
    if (m?.groups) return isoFromGroups(m.groups);
  }
  return null;
}

export function isBoilerplateLine(line: string): string | null {
  return boilerplateKind(normalizeInline(line));
}

/**
 * No furniture pattern matches a line this long (each is bounded well below
 * it); longer lines are prose and skip the ~30 regular expressions.
 */
const BOILERPLATE_MAX = 400;

/** isBoilerplateLine on a line already through normalizeInline */
export function boilerplateKind(t: string): string | null {
  if (!t) return "blank";
  if (t.length > BOILERPLATE_MAX) return null;
  for (const p of BOILERPLATE_LINES) if (p.re.test(t)) return p.name;
  return null;
}

function isTerminated(s: string): boolean {
  return /[.!?…:;"”»)]$/.test(s) || /\.\/\.?$/.test(s);
}

function looksLikeName(s: string): boolean {
  if (s.length > 60 || /\d/.test(s)) return false;
  return BYLINE_RE.test(s);
}

function bylineNames(s: string): string | null {
  const m = BYLINE_RE.exec(s);
  if (!m?.groups) return null;
  if (/^Theo\s*:/iu.test(s)) return null;
  return m.groups.names.trim();
}

/** Split caption text from its photo credit. */
export function splitCaption(line: string): { caption: string; credit: string } | null {
  // every credit word has "Ảnh"/"ảnh" or "Photo" in it; the regex is costly on long lines
  if (!line.includes("Ảnh") && !line.includes("ảnh") && !line.includes("Photo")) return null;
  const m = CAPTION_CREDIT_RE.exec(line);
  if (!m?.groups) return null;
  return { caption: m.groups.caption.trim(), credit: m.groups.credit.trim() };
}

/**
 * A header flattened into one line: "date 2025-09-25 Thời sự Kicker: Title Lead…".
 * Peels what it can off the front and returns the rest.
 */
function peelHeader(line: string, out: CleanedPage): string {
  let rest = line;
  const d = LEADING_DATE_RE.exec(rest);
  if (d?.groups) {
    out.published ??= isoFromGroups(d.groups);
    rest = rest.slice(d[0].length);
  }
  const c = CATEGORY_PREFIX.exec(rest);
  if (c?.groups && (d || rest.length > TITLE_MAX)) {
    out.category ??= c.groups.cat;
    rest = rest.slice(c[0].length);
  }
  return rest;
}

/** When title and lead share one line, the title ends where a sentence opener follows a lower-case word. */
function splitTitleLead(line: string): [string, string] | null {
  OPENER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENER_RE.exec(line))) {
    if (m.index < 20) continue;
    if (m.index > TITLE_MAX + 200) break;
    const title = line.slice(0, m.index).trim();
    const lead = line.slice(m.index + 1).trim();
    if (lead.length >= 40) return [title, lead];
  }
  return null;
}

function takeKicker(title: string, out: CleanedPage): string {
  const k = KICKER_RE.exec(title);
  if (k?.groups && title.length - k[0].length >= 15) {
    out.kicker = k.groups.kicker.trim();
    return title.slice(k[0].length).trim();
  }
  return title;
}

export interface CleanTextOptions {
  /**
   * The headline, when the caller already knows it (an HTML page's heading):
   * no line is taken for the title, and its kicker is split off.
   */
  title?: string | null;
  /** every line is already through normalizeInline (the HTML cleaner's lines): skip normalising again */
  normalized?: boolean;
}

export function cleanText(raw: string, opts: CleanTextOptions = {}): CleanedPage {
  const out: CleanedPage = { title: null, published: null, author: null, category: null, kicker: null, source: null, body: "", captions: [] };
  const knownTitle = opts.title !== undefined;
  if (opts.title) out.title = takeKicker(normalizeInline(opts.title), out);
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

  // 1. lines, furniture removed; related-link blocks removed up to the next paragraph
  const lines: Line[] = [];
  let inRelated = false;
  let afterCounter = false;
  for (const rawLine of text.split("\n")) {
    const indent = /^[ \t\u00A0]*/.exec(rawLine)![0].length;
    const t = opts.normalized ? rawLine : normalizeInline(rawLine);
    if (!t) continue;
    const kind = boilerplateKind(t);
    if (kind === "number" && !afterCounter && lines.length === 0) continue;
    if (kind) {
      afterCounter = kind === "counter";
      continue;
    }
    afterCounter = false;
    if (RELATED_HEADERS.test(t)) {
      inRelated = true;
      continue;
    }
    if (inRelated) {
      if (t.length < PARAGRAPH_MIN && !isTerminated(t)) continue;
      inRelated = false;
    }
    lines.push({ text: t, indent });
  }

  // 2. header: date lines, category labels, kicker and title, in any order, before the first paragraph
  let i = 0;
  for (; i < lines.length; i++) {
    const t = lines[i].text;
    const date = dateOfLine(t);
    if (date) {
      out.published ??= date;
      continue;
    }
    if (CATEGORY_SET.has(t.toLowerCase()) && (!out.title || knownTitle)) {
      out.category ??= t;
      continue;
    }
    const peeled = peelHeader(t, out);
    const flattened = peeled !== t;
    if (flattened) {
      if (!peeled) continue;
      lines[i] = { ...lines[i], text: peeled };
    }
    const cur = lines[i].text;
    if (out.title === null && !knownTitle && !splitCaption(cur)) {
      const titleLike = cur.length <= TITLE_MAX && !/[.…]$/.test(cur) && !isTerminated(cur.replace(/[”"»)]$/, ""));
      if (titleLike) {
        out.title = takeKicker(cur, out);
        continue;
      }
      // a flattened header: title and lead share the line
      const split = flattened ? splitTitleLead(cur) : null;
      if (split) {
        out.title = takeKicker(split[0], out);
        lines[i] = { ...lines[i], text: split[1] };
      }
    }
    break;
  }
  // a lone name line right under the header is a byline
  if (i < lines.length - 1 && out.title && looksLikeName(lines[i].text) && !isTerminated(lines[i].text)) {
    out.author = bylineNames(lines[i].text);
    i++;
  }

  // 3. tail: short unterminated lines after the last paragraph (byline, job title, side links)
  let end = lines.length;
  while (end > i) {
    const t = lines[end - 1].text;
    if (t.length >= 100 || isTerminated(t) || splitCaption(t)) break;
    end--;
  }
  for (let k = end; k < lines.length; k++) {
    const t = lines[k].text;
    const names = looksLikeName(t) && !JOB_TITLE_RE.test(t) ? bylineNames(t) : null;
    if (names) {
      out.author ??= names;
      break;
    }
  }

  // 4. body, captions, source tag
  const paragraphs: string[] = [];
  for (let k = i; k < end; k++) {
    let t = lines[k].text;
    const cap = splitCaption(t);
    if (cap) {
      if (cap.caption) out.captions.push(cap.caption);
      continue;
    }
    if (paragraphs.length === 0) {
      const s = SOURCE_TAG_RE.exec(t);
      if (s?.groups) {
        out.source = s.groups.source;
        t = t.slice(s[0].length);
      }
    }
    paragraphs.push(t);
  }
  out.body = opts.normalized ? paragraphs.join("\n\n") : normalize(paragraphs.join("\n\n"));
  return out;
}
