// Cleaner for articles that arrive as page text: the text a browser shows for
// a page, with its counters, banners, footers and side links still in it.
// Phases: split into lines → drop furniture (patterns.ts) → read the header
// (date, category, kicker, title) → cut the tail (byline, job title, side
// links) → captions and source tag → body.
import { lookupVnProvince } from "../gazetteer/vn-provinces.js";
import { normalize, normalizeInline } from "../text/normalize.js";
import {
  AUTHOR_LINE_RE,
  COMMENTS_HEADERS,
  CREDIT_LINE_RE,
  BOILERPLATE_LINES,
  type LinePattern,
  ITEM_SEPARATOR_RE,
  SOURCE_LINE_RE,
  BYLINE_RE,
  CAPTION_CREDIT_RE,
  CAPTION_CREDIT_WORD_RE,
  CATEGORY_LABELS,
  DATE_LINE_RES,
  JOB_TITLE_RE,
  KICKER_RE,
  LEADING_DATE_RE,
  RELATED_HEADERS,
  SENTENCE_OPENERS,
  SOURCE_TAG_RE,
  TRAILING_DATE_RE,
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
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function isoFromGroups(g: Record<string, string | undefined>): string | null {
  const y = Number(g.y);
  let m = g.mon !== undefined ? MONTHS.indexOf(g.mon.slice(0, 3).toLowerCase()) + 1 : Number(g.m), d = Number(g.d);
  // month first, as an English-language server writes it ("4/17/2025 8:00:00 AM"), when only that reading is a date
  if (m > 12 && m <= 31 && d >= 1 && d <= 12) [m, d] = [d, m];
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = `${y}-${pad(String(m))}-${pad(String(d))}`;
  // the time may stand before the date ("21:10 | Thứ năm, ngày 07 tháng 2 năm 2013")
  const h = g.hh ?? g.hh0, mi = g.mm ?? g.mm0;
  if (h === undefined || mi === undefined) return date;
  let hh = Number(h);
  const mm = Number(mi);
  // 12-hour clocks: "2:35 CH" (chiều) is 14:35, "12:10 SA" (sáng) is 00:10
  const ap = g.ap?.toUpperCase();
  if ((ap === "CH" || ap === "PM" || ap === "CHIỀU" || ap === "TỐI") && hh < 12) hh += 12;
  if ((ap === "SA" || ap === "AM" || ap === "SÁNG") && hh === 12) hh = 0;
  if (hh > 23 || mm > 59) return date;
  return `${date}T${String(hh).padStart(2, "0")}:${pad(mi)}:00+07:00`;
}

/** A place name (up to four capitalised words) and a dash opening the lead. */
const DATELINE_RE = /^([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*){0,3})\s+[-–—]\s+(?=\S)/u;

/** The ISO date `days` before an ISO date. */
function isoDaysBefore(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The date a whole line states, when the line is nothing but a date (and time). */
export function parseDateLine(line: string): string | null {
  return dateOfLine(normalizeInline(line));
}

/** A view counter after the date on the same line: "Cập nhật: 20/12/2024 10:12 - Lượt xem: 642". */
const VIEW_COUNT_SUFFIX = /\s*[-–|·]\s*(?:Lượt xem|Lượt đọc|Số lượt xem|Số lần xem|Số lần đọc|Số lượt đọc|Lượt truy cập|Views?)\s*:?\s*[\d.,]+$/iu;

/** parseDateLine on a line already through normalizeInline */
function dateOfLine(t: string): string | null {
  if (t.length > 80) return null;
  if (t.length > 20 && /\d$/.test(t)) t = t.replace(VIEW_COUNT_SUFFIX, "");
  for (const re of DATE_LINE_RES) {
    const m = re.exec(t);
    if (m?.groups) return isoFromGroups(m.groups);
  }
  return null;
}

/**
 * No furniture pattern matches a line this long (each is bounded well below
 * it); longer lines are prose and skip the ~30 regular expressions.
 */
const BOILERPLATE_MAX = 400;

/** Capturing groups in a regular expression source (escapes and character classes skipped; named groups counted). */
function captureGroups(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(" && (source[i + 1] !== "?" || (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!"))) n++;
  }
  return n;
}

/**
 * The furniture patterns joined into one expression per set of flags, each
 * pattern in a capturing group of its own: most lines are text and match
 * none, and one test of the union costs a fraction of thirty tests (and of
 * compiling thirty expressions). Every pattern is anchored at the start
 * (`^…`) and alternatives are tried in order, so the union matches a line
 * exactly when one of its patterns does, and the group that took part is the
 * first of them in table order. A pattern that cannot be joined (a
 * back-reference or a named group would change meaning or clash) is tested on
 * its own, and so is one with `needs`, on the lines that have them.
 */
interface BoilerplateUnion {
  re: RegExp;
  /** group number → index in BOILERPLATE_LINES, for the group that holds each whole pattern */
  groups: [number, number][];
}
const { BOILERPLATE_UNIONS, BOILERPLATE_APART } = (() => {
  const byFlags = new Map<string, { sources: string[]; groups: [number, number][]; next: number }>();
  const apart: number[] = [];
  BOILERPLATE_LINES.forEach((p, index) => {
    const { re } = p;
    if (p.needs || !re.source.startsWith("^") || /\\[1-9k]|\(\?</.test(re.source.replace(/\(\?<[=!]/g, ""))) {
      apart.push(index);
      return;
    }
    let u = byFlags.get(re.flags);
    if (!u) byFlags.set(re.flags, (u = { sources: [], groups: [], next: 1 }));
    u.sources.push(`(${re.source})`);
    u.groups.push([u.next, index]);
    u.next += 1 + captureGroups(re.source);
  });
  const unions: BoilerplateUnion[] = [...byFlags].map(([flags, u]) => ({ re: new RegExp(u.sources.join("|"), flags), groups: u.groups }));
  return { BOILERPLATE_UNIONS: unions, BOILERPLATE_APART: apart };
})();

const hasNeeds = (p: LinePattern, t: string) => !p.needs || p.needs.every((n) => t.includes(n));

/** The furniture kind of a line already through normalizeInline ("blank" for an empty one), or null */
export function boilerplateKind(t: string): string | null {
  if (!t) return "blank";
  if (t.length > BOILERPLATE_MAX) return null;
  // the first pattern in table order that matches
  let first = Infinity;
  for (const u of BOILERPLATE_UNIONS) {
    const m = u.re.exec(t);
    if (m) {
      for (const [group, index] of u.groups) {
        if (m[group] !== undefined) {
          first = Math.min(first, index);
          break;
        }
      }
    }
  }
  for (const index of BOILERPLATE_APART) {
    if (index > first) break;
    const p = BOILERPLATE_LINES[index];
    if (hasNeeds(p, t) && p.re.test(t)) {
      first = index;
      break;
    }
  }
  return first === Infinity ? null : BOILERPLATE_LINES[first].name;
}

function isTerminated(s: string): boolean {
  return /[.!?…:;"”»)]$/.test(s) || /\.\/\.?$/.test(s);
}

/**
 * The writer's part of a credit line: "Thu Chung (bài) - Mạnh Trường (ảnh)" → "Thu Chung", "MINH CHÂU - Đồ họa:
 * HỒNG THI" → "MINH CHÂU" (the photographer, the designer and the like are not the author).
 */
function writerOf(s: string): string {
  // (both forms need a colon or a parenthesis: most lines have neither and are left at once)
  // (and a credit line is short: paragraphs are left at once too)
  if (s.length > 160) return s;
  const paren = s.includes("(");
  if (!paren && !s.includes(":")) return s;
  const text = paren ? /^(.{3,60}?)\s*\((?:bài|bài viết|nội dung)\)/iu.exec(s) : null;
  if (text) return text[1];
  return s.replace(OTHER_CREDITS_RE, "");
}
const OTHER_CREDITS_RE = /\s*(?:[-–|,;]\s*)?(?:Ảnh|Đồ họa|Đồ hoạ|Thiết kế|Trình bày|Video|Quay phim|Dựng phim|Kỹ thuật|Ảnh và video)\s*:.*$|\s*[-–|,;]\s*[^-–|,;()]{3,40}\((?:ảnh|video|đồ họa|đồ hoạ)\)\s*$/u;

/** Names written in capitals, in normal case: "LÊ HÀ" → "Lê Hà" (a byline in capitals is a layout, not a name's spelling). */
export function nameCase(s: string): string {
  if (/\p{Ll}/u.test(s) || !/\p{Lu}{2}/u.test(s)) return s;
  return s.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/** A job title in capitals under a signature ("GIÁM ĐỐC", "KT. CHỦ TỊCH"): not a name. */
const TITLE_IN_CAPITALS = /^(?:KT\.|TM\.|Q\.|TL\.|PHÓ\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG PHÒNG|BÍ THƯ|CHÁNH VĂN PHÒNG|THỦ TRƯỞNG|TỔNG BIÊN TẬP|THƯ KÝ|NGƯỜI KÝ)(?![\p{L}])/u;

function looksLikeName(s: string): boolean {
  s = writerOf(s);
  if (TITLE_IN_CAPITALS.test(s)) return false;
  if (s.length > 100 || /\d/.test(s)) return false;
  const withOffice = /^(.{3,40}?)\s+[-–]\s+(.{3,80})$/u.exec(s);
  if (withOffice && JOB_TITLE_RE.test(withOffice[2])) return BYLINE_RE.test(withOffice[1]);
  return s.length <= 60 && BYLINE_RE.test(s);
}

function bylineNames(s: string): string | null {
  s = writerOf(s);
  s = s.replace(/^(?:Viết bởi|Đăng bởi|Bởi|By)\s+(?=\p{Lu})/u, "");
  // "Nguyễn Thị Hương - Phòng Biên giới lãnh thổ": the name, then the office
  const withOffice = /^(.{3,40}?)\s+[-–]\s+(.{3,80})$/u.exec(s);
  if (withOffice && JOB_TITLE_RE.test(withOffice[2]) && BYLINE_RE.test(withOffice[1])) s = withOffice[1];
  const m = BYLINE_RE.exec(s);
  if (!m?.groups) return null;
  if (/^Theo\s*:/iu.test(s)) return null;
  return nameCase(m.groups.names.trim());
}

/** Split caption text from its photo credit. */
export function splitCaption(line: string): { caption: string; credit: string } | null {
  // the regex is costly on long lines: first, is there a credit word with its colon at all?
  if (!CAPTION_CREDIT_WORD_RE.test(line)) return null;
  const m = CAPTION_CREDIT_RE.exec(line);
  if (!m?.groups) return null;
  // "Bài: Lê Hà - Ảnh: Trần Nam" is a byline with its photographer, not a caption
  if (/^(?:Bài|Bài viết|Tin|Nội dung)\s*:/u.test(m.groups.caption)) return null;
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

/** Words with a letter or digit in them ("Chính trị - Đối ngoại": 4). */
const wordCount = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

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

/** An office as a byline: "Phòng Hợp tác quốc tế", "Ban Tuyên giáo Tỉnh ủy". */
const OFFICE_BYLINE_RE = /^(?:Phòng|Ban|Văn phòng|Trung tâm)\s+[\p{Lu}][\p{L}]*(?:\s+[\p{L}]+){0,7}$/u;

/** A line that reads as prose rather than a heading: long, or a full sentence. */
function paragraphLike(t: string): boolean {
  return t.length >= PARAGRAPH_MIN || (/[.!?…]["”»]?$/.test(t) && t.split(/\s+/).length >= 12);
}

/** A line made of several short items (a menu, a breadcrumb, a tool bar), read part by part; its date goes to `dates`. */
/** Share of the words of `a` (lower-cased) that `b` has too. */
function sharedWords(a: string, b: string): number {
  const words = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const inB = new Set(words(b));
  const wa = words(a);
  return wa.length ? wa.filter((w) => inB.has(w)).length / wa.length : 0;
}

/** An item that is only a time of day: "8:05 sáng", "15:20". */
const TIME_ITEM_RE = /^(?:lúc\s+)?\d{1,2}[:h]\d{2}(?:\s*(?:SA|CH|AM|PM|sáng|chiều|tối))?$/iu;

function itemLine(rawLine: string, out: CleanedPage, dates: { at: number; date: string }[], at: number, items?: Set<string>): boolean {
  const parts = rawLine.trim().split(ITEM_SEPARATOR_RE).map((p) => normalizeInline(p)).filter(Boolean);
  if (parts.length < 2) return false;
  // "08/01/2024 | 15:20" is one date line, not two items
  if (dateOfLine(parts.join(" | "))) return false;
  let date: string | null = null;
  const names: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    let d = dateOfLine(part);
    if (d) {
      // the day, then its time as the next item: "Hoàng Vy • 25 Tháng 9, 2025 | 8:05 sáng"
      const timed = d.length === 10 && k + 1 < parts.length && TIME_ITEM_RE.test(parts[k + 1]) ? dateOfLine(`${part} ${parts[k + 1]}`) : null;
      if (timed) (d = timed), k++;
      date ??= d;
      // "Posted on October 15, 2010 at 9:40 am by Trúc Ly"
      const by = /\sby\s+(\p{Lu}[\p{L} .-]{1,40})$/u.exec(part);
      if (by) names.push(by[1].trim());
      continue;
    }
    if (boilerplateKind(part) || CATEGORY_SET.has(part.toLowerCase())) continue;
    // a menu item: a few words, no sentence punctuation
    if (part.split(/\s+/).length <= 5 && !isTerminated(part) && !/\d{3,}/.test(part)) {
      if (looksLikeName(part) && !lookupVnProvince(part)) names.push(part);
      continue;
    }
    return false;
  }
  if (date) {
    out.published ??= date;
    dates.push({ at, date });
    // the byline with the date and a counter: "Hoàng Lan | 2019-12-20 16:05 | Lượt xem: 512"
    if (names.length === 1 && parts.length <= 4) out.author ??= bylineNames(names[0]);
  }
  if (items) rememberItems(parts, items);
  return true;
}

/** A menu's items, lower-cased: a heading that repeats one is a section name, not the title. */
function rememberItems(parts: readonly string[], items: Set<string>): void {
  for (const part of parts) if (part.length <= 40) items.add(part.trim().toLowerCase());
}

/**
 * Text pasted from a PDF or a mail breaks its paragraphs into lines of some 80 characters ("… tăng 04 đoàn so với năm\n2008 do
 * thực hiện …"): a long line that ends inside a sentence joins the next when that one goes on with it (a lower-case word, a
 * number that opens no list item, or anything after a comma). A line that ends a sentence, a short line and a blank line
 * still end a line.
 */
function unwrapLines(text: string): string {
  const lines = text.split("\n");
  const out: string[] = [];
  let joined = false;
  for (const line of lines) {
    const prev = out.length ? out[out.length - 1] : null;
    if (prev !== null && continuesLine(prev, line)) {
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
      joined = true;
    } else out.push(line);
  }
  return joined ? out.join("\n") : text;
}
function continuesLine(prev: string, line: string): boolean {
  if (prev.length < 60 || line.length === 0) return false;
  // (the last part of a joined line is what counts: a wrapped paragraph joins line by line)
  const tail = prev.length > 200 ? prev.slice(-120).trimEnd() : prev.trim();
  if ((prev.length <= 200 && tail.length < 60) || /[.!?…:;"”»)\]|]$/u.test(tail) || !line.trim()) return false;
  const next = line.trim();
  if (/^(?:[-+•–*]|\d{1,2}[.)]\s|[IVX]{1,4}[.)]\s|[a-zđ][.)]\s|\(\d{1,2}\))/u.test(next)) return false;
  // (never a date line: "08/01/2024 | 15:20" under a long headline)
  if (/^\d/.test(next) && (dateOfLine(next) || /^\d{1,2}[:h]\d{2}|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/u.test(next))) return false;
  if (/,$/u.test(tail)) return true;
  return /^[\p{Ll}\d]/u.test(next);
}

/** Length of the run of spaces, tabs and no-break spaces a line starts with (what `^[ \t\u00A0]*` matches). */
function leadingBlanks(line: string): number {
  let i = 0;
  for (let c = line.charCodeAt(0); c === 32 || c === 9 || c === 0xa0; c = line.charCodeAt(++i));
  return i;
}

export function cleanText(raw: string, opts: CleanTextOptions = {}): CleanedPage {
  const out: CleanedPage = { title: null, published: null, author: null, category: null, kicker: null, source: null, body: "", captions: [] };
  const knownTitle = opts.title !== undefined;
  if (opts.title) out.title = takeKicker(normalizeInline(opts.title), out);
  // normalised lines hold no byte-order mark and no carriage return
  const text = opts.normalized ? raw : unwrapLines(raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));

  // 1. lines, furniture removed; related-link blocks removed up to the next paragraph
  const lines: Line[] = [];
  /** dates read from item lines ("Thứ Năm, 16/10/2025 | Đăng nhập"), with the number of lines kept before them */
  const itemDates: { at: number; date: string }[] = [];
  /** the items of menu lines: a heading that repeats one is a section name, not the title */
  const menuItems = new Set<string>();
  let inRelated = false;
  let afterCounter = false;
  for (const rawLine of text.split("\n")) {
    const indent = leadingBlanks(rawLine);
    const t = opts.normalized ? rawLine : normalizeInline(rawLine);
    if (!t) continue;
    // readers' comments come after the article: nothing after their heading is text
    if (COMMENTS_HEADERS.test(t) && lines.some((l) => paragraphLike(l.text))) break;
    const kind = boilerplateKind(t);
    if (kind === "number" && !afterCounter && lines.length === 0) continue;
    // a menu's items, remembered: a heading that repeats one is a section name
    if (kind === "nav" && t.length < 400) rememberItems(t.split(ITEM_SEPARATOR_RE), menuItems);
    if (kind) {
      // "Đọc thêm:" alone is a related-links header as well as a furniture line
      if (kind === "related" && RELATED_HEADERS.test(t)) inRelated = true;
      afterCounter = kind === "counter";
      continue;
    }
    afterCounter = false;
    if (RELATED_HEADERS.test(t)) {
      inRelated = true;
      continue;
    }
    // a credit on its own line: the line above was the caption
    if (CREDIT_LINE_RE.test(t)) {
      const prev = lines[lines.length - 1];
      if (prev && prev.text.length < 300 && !splitCaption(prev.text)) lines[lines.length - 1] = { ...prev, text: `${prev.text} Ảnh: ${t.replace(/^[(\[]?\s*(?:Ảnh[^:]*|Nguồn ảnh|Photo)\s*:\s*|[)\]]$/gu, "")}` };
      continue;
    }
    if (inRelated) {
      // teaser titles of other articles, until the next paragraph
      if (!paragraphLike(t)) continue;
      inRelated = false;
    }
    if (t.length < 140) {
      const author = AUTHOR_LINE_RE.exec(t);
      // an interviewer's question ("Phóng viên: Năm 2025, … những mục tiêu gì?") is text, not a byline
      // ("Nội dung: MINH CHÂU - Đồ họa: HỒNG THI" is a credit line only with a name after the label)
      if (author?.groups && !/[?!]$/.test(t) && (!/^Nội dung/u.test(t) || bylineNames(author.groups.name))) {
        const name = author.groups.name.replace(TRAILING_DATE_RE, "");
        out.author ??= bylineNames(name) ?? name.trim();
        // the date written on the same line still dates the article
        if (name.length < author.groups.name.length) out.published ??= dateOfLine(author.groups.name.slice(name.length).trim());
        continue;
      }
      const source = SOURCE_LINE_RE.exec(t);
      if (source?.groups && !/[.!?]$/.test(t)) {
        out.source ??= source.groups.source.trim();
        continue;
      }
      if (!opts.normalized && itemLine(rawLine, out, itemDates, lines.length, menuItems)) continue;
    }
    lines.push({ text: t, indent });
  }

  // 2. header: the lines before the first paragraph. Date lines and category labels are
  // read; a flattened "date … category … title lead" line is taken apart. The title is the
  // heading nearest the date line, else the last heading before the body; the other
  // headings are site furniture (site names, menus, section labels).
  let first = lines.findIndex((l) => paragraphLike(l.text) || splitCaption(l.text) !== null);
  if (first < 0) first = lines.length;
  const headings: { text: string; at: number; date: boolean; iso?: string }[] = [];
  for (let i = 0; i < first; i++) {
    const t = lines[i].text;
    const date = dateOfLine(t);
    if (date) {
      out.published ??= date;
      headings.push({ text: t, at: i, date: true, iso: date });
      continue;
    }
    if (CATEGORY_SET.has(t.toLowerCase()) || menuItems.has(t.toLowerCase())) {
      out.category ??= t;
      continue;
    }
    headings.push({ text: t, at: i, date: false });
  }
  // the site's date of the day above the menu, then the article's own date line with its
  // time ("Thứ Hai, 08/01/2024" … "08/01/2024 | 15:20"): the same day, with the time
  if (out.published?.length === 10) {
    const day = out.published;
    const dated = [...itemDates.filter((d) => d.at <= first).map((d) => d.date), ...headings.flatMap((h) => (h.iso ? [h.iso] : []))];
    // the same day with its time; else a timed line of an earlier day (a masthead shows the day it is read, never before the article)
    const timed = dated.find((d) => d.length > 10 && d.startsWith(day)) ?? dated.find((d) => d.length > 10 && d.slice(0, 10) < day && d.slice(0, 10) >= isoDaysBefore(day, 7));
    if (timed) out.published = timed;
  }
  if (first < lines.length) {
    const t = lines[first].text;
    const peeled = peelHeader(t, out);
    if (peeled !== t) {
      const split = knownTitle || headings.some((h) => !h.date) ? null : splitTitleLead(peeled);
      if (split) {
        headings.push({ text: split[0], at: first, date: false });
        lines[first] = { ...lines[first], text: split[1] };
      } else lines[first] = { ...lines[first], text: peeled };
    }
  }
  // (a line with no letter outside ASCII is not a Vietnamese headline: a site's English subtitle, "Hanoi Department of Foreign Affairs")
  const titleLike = (h: { text: string; date: boolean }) =>
    !h.date && h.text.length <= TITLE_MAX && !/[.…;]$/.test(h.text) && !looksLikeName(h.text) && /[^\x00-\x7f]/.test(h.text);
  let bodyStart = first;
  if (knownTitle) {
    // the page named its headline: leading date lines, category labels and a byline go, the rest is body
    let k = 0;
    while (k < first && (dateOfLine(lines[k].text) || CATEGORY_SET.has(lines[k].text.toLowerCase()))) k++;
    if (k < lines.length - 1 && looksLikeName(lines[k].text) && !isTerminated(lines[k].text)) {
      out.author ??= bylineNames(lines[k].text);
      k++;
    }
    bodyStart = k;
  } else {
    const dateAt = headings.findIndex((h) => h.date);
    let titleIndex = -1;
    if (dateAt >= 0) {
      for (let k = dateAt - 1; k >= 0 && titleIndex < 0; k--) if (titleLike(headings[k])) titleIndex = k;
      // a section label above the date ("Tin đối ngoại"), the headline below it: the headline
      const after = headings.findIndex((h, k) => k > dateAt && titleLike(h));
      if (titleIndex >= 0 && after >= 0 && wordCount(headings[titleIndex].text) <= 4 && wordCount(headings[after].text) >= 6) titleIndex = after;
      for (let k = dateAt + 1; k < headings.length && titleIndex < 0; k++) if (titleLike(headings[k])) titleIndex = k;
    } else {
      for (let k = headings.length - 1; k >= 0 && titleIndex < 0; k--) if (titleLike(headings[k])) titleIndex = k;
    }
    if (titleIndex >= 0) {
      // the text's first subheading, right above its first paragraph and below the headline and its date
      // ("Thủ đô Viêng Chăn hỗ trợ Hà Nội 100.000 USD …" in a bulletin of items): a line of the text
      const last = headings[headings.length - 1];
      // (not a line restating the headline: a press release's own title under "THÔNG CÁO BÁO CHÍ")
      if (headings.length - 1 > Math.max(titleIndex, dateAt) && last.at === first - 1 && titleLike(last) && wordCount(last.text) >= 6 && !itemDates.some((d) => d.at === first - 1) && sharedWords(last.text, headings[titleIndex].text) < 0.5) {
        bodyStart = last.at;
      }
      out.title = takeKicker(headings[titleIndex].text, out);
      // a supertitle right above the title: in capitals, or ending in a colon
      const above = headings[titleIndex - 1];
      if (!out.kicker && above && !above.date && above.at === headings[titleIndex].at - 1 && (/^[^\p{Ll}]+$/u.test(above.text) || /:$/.test(above.text))) {
        out.kicker = above.text.replace(/:$/, "");
      }
      // a lone name line right under the title (or its date) is a byline
      for (const h of headings.slice(titleIndex + 1)) {
        if (h.date) continue;
        if (looksLikeName(h.text)) out.author ??= bylineNames(h.text);
        else {
          // the name, then the date, with no item separator between ("Hoàng Lan - 20/12/2019 16:05"; with
          // one, "Hoàng Lan | 2019-12-20 16:05 | Lượt xem: 512", itemLine has taken the line already)
          const name = h.text.replace(TRAILING_DATE_RE, "");
          const date = name !== h.text ? dateOfLine(h.text.slice(name.length).replace(/^\s*[|·•-]?\s*/u, "")) : null;
          if (date && looksLikeName(name)) {
            out.author ??= bylineNames(name);
            out.published ??= date;
          }
        }
        break;
      }
    }
  }
  const i = bodyStart;

  // 3. tail: short unterminated lines after the last paragraph (byline, job title, side links)
  let end = lines.length;
  while (end > i) {
    const t = lines[end - 1].text;
    // a byline may end in its office: "Minh Thu (Sở Ngoại vụ)"
    if (t.length >= 100 || (isTerminated(t) && !(t.endsWith(")") && looksLikeName(t))) || splitCaption(t)) break;
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
  // no date in the header: a labelled date line under the article ("Ngày cập nhật: 14/03/2025")
  if (!out.published) {
    for (let k = end; k < lines.length && !out.published; k++) {
      if (/^(?:Ngày cập nhật|Cập nhật|Ngày đăng|Đăng ngày|Ngày xuất bản|Xuất bản)/u.test(lines[k].text)) out.published = dateOfLine(lines[k].text);
    }
  }
  // an office signing right under the text ("Phòng Hợp tác quốc tế") is the byline when no person is named
  if (!out.author && end < lines.length && OFFICE_BYLINE_RE.test(lines[end].text)) out.author = lines[end].text;

  // 4. body, captions, source tag
  const paragraphs: string[] = [];
  for (let k = i; k < end; k++) {
    let t = lines[k].text;
    const cap = splitCaption(t);
    if (cap) {
      if (cap.caption) out.captions.push(cap.caption.replace(/\s*[-–]$/, ""));
      continue;
    }
    if (paragraphs.length === 0) {
      const s = SOURCE_TAG_RE.exec(t);
      if (s?.groups) {
        out.source = s.groups.source ?? s.groups.bare ?? s.groups.acronym;
        t = t.slice(s[0].length);
      } else {
        // a dateline: the province the story comes from, then a dash ("Vĩnh Phúc - Ngày 26/6, …")
        const d = DATELINE_RE.exec(t);
        if (d && lookupVnProvince(d[1])) t = t.slice(d[0].length);
      }
    }
    paragraphs.push(t);
  }
  out.body = opts.normalized ? paragraphs.join("\n\n") : normalize(paragraphs.join("\n\n"));
  return out;
}
