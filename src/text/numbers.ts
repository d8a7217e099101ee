// Vietnamese numbers: digits with "." thousands and "," decimals, leading
// zeros, scale words (nghìn/ngàn, triệu, tỷ/tỉ), number words (một … mười,
// mươi, mốt, lăm, tư, linh/lẻ, trăm, chục), and the things that look like
// numbers but are not quantities (dates, times, years, phone numbers,
// document numbers, percentages, ordinals, anniversaries).
import { isLetterOrNumberUnit, isLetterUnit, isSpaceUnit, isUpperUnit } from "./chars.js";

/** A run of digits, "(" or "+": where a digit token may start. */
const START_RUN = /[\d(+]+/g;

export const SCALE: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, ngan: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

const UNITS: Record<string, number> = { không: 0, một: 1, mốt: 1, hai: 2, ba: 3, bốn: 4, tư: 4, năm: 5, lăm: 5, nhăm: 5, sáu: 6, bảy: 7, bẩy: 7, tám: 8, chín: 9 };

/** A digit group as Vietnamese writes it: 4.750 | 11.974.405,56 | 3,2 | 05. */
export const DIGITS = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|\d+\.\d{1,2}(?!\d)`;
/** Number words, for use inside a larger pattern. */
export const NUMBER_WORDS = String.raw`(?:(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|mốt|lăm|tư|linh|lẻ|trăm|chục)(?:\s+(?=(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|mươi|mốt|lăm|tư|linh|lẻ|trăm|chục|nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{N}]))|(?![\p{L}\p{N}])))+`;
export const SCALE_WORDS = String.raw`(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{N}]))*`;
/** A full number phrase: digits or words, then scale words. */
export const NUMBER_PHRASE = String.raw`(?:(?:${DIGITS})|${NUMBER_WORDS})${SCALE_WORDS}`;

/** "4.750" → 4750, "3,2" → 3.2, "11.974.405,56" → 11974405.56, "05" → 5. */
export function parseDigits(raw: string): number | null {
  const s = raw.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  if (/^\d+(?:,\d+)?$/.test(s)) return Number(s.replace(",", "."));
  // a dot not followed by three digits is a decimal point written the English way
  if (/^\d+\.\d{1,2}$/.test(s)) return Number(s);
  return null;
}

/** Number words to a value: "hai mươi lăm" → 25, "một trăm linh năm" → 105, "ba nghìn" → 3000. */
export function parseWords(raw: string): number | null {
  const lower = raw.toLowerCase().trim();
  // one word (the common case) needs no split
  const words = /\s/.test(lower) ? lower.split(/\s+/).filter(Boolean) : lower ? [lower] : [];
  if (words.length === 0) return null;
  let total = 0; // completed groups above a thousand
  let group = 0; // current group below a thousand
  let cur: number | null = null; // last unit read
  let tens = false;
  let seen = false;
  let lastScale = 0;
  for (const w of words) {
    if (w in UNITS) {
      if (cur !== null && !tens && !(w === "mốt" || w === "lăm" || w === "tư")) return null;
      group += UNITS[w];
      cur = UNITS[w];
      seen = true;
    } else if (w === "mười") {
      group += 10;
      cur = null;
      tens = true;
      seen = true;
    } else if (w === "mươi") {
      if (cur === null) return null;
      group += cur * 9; // cur was added as units: make it tens
      cur = null;
      tens = true;
    } else if (w === "trăm") {
      const hundreds = cur ?? (seen ? null : 1);
      if (hundreds === null) return null;
      group = group - (cur ?? 0) + hundreds * 100;
      cur = null;
      tens = false;
    } else if (w === "linh" || w === "lẻ") {
      tens = true;
      cur = null;
    } else if (w === "chục") {
      group = (group || 1) * 10;
      cur = null;
    } else if (w in SCALE) {
      // "hai triệu năm trăm nghìn": a smaller scale after a larger one starts a new part
      const scale = SCALE[w];
      if (lastScale === 0 || scale > lastScale) total = (total + (group || 1)) * scale;
      else total += (group || 1) * scale;
      lastScale = scale;
      group = 0;
      cur = null;
      tens = false;
    } else return null;
  }
  return total + group;
}

/** The scale words (as parseNumberPhrase's pattern lists them): a word ending in one takes the general path. */
const SCALE_ENDINGS = ["nghìn", "ngàn", "triệu", "tỷ", "tỉ"];

/** Whether a string is one or more ASCII digits and nothing else. */
function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Value of a number phrase (digits or words, then scale words), or null. */
export function parseNumberPhrase(raw: string): number | null {
  // the common case, a plain run of digits ("53", "2019"), read as the general path below would read it
  if (allDigits(raw)) return round(Number(raw));
  // one word without digits ("năm", "ba") that does not end in a scale word: the pattern below would take it
  // whole as the head, with no scale words
  if (raw.length > 0 && !/[\s\d]/.test(raw)) {
    const lower = raw.toLowerCase();
    if (!SCALE_ENDINGS.some((w) => lower.endsWith(w))) {
      const value = parseWords(raw);
      return value === null ? null : round(value);
    }
  }
  const m = /^(.*?)((?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ))*)$/iu.exec(raw.trim());
  if (!m) return null;
  const head = m[1].trim();
  let value = /\d/.test(head) ? parseDigits(head) : head ? parseWords(head) : null;
  if (value === null) return null;
  for (const w of m[2].trim().split(/\s+/).filter(Boolean)) value *= SCALE[w.toLowerCase()] ?? 1;
  return round(value);
}

/** Round away binary noise (3,2 × 1e9 must be 3200000000, not 3200000000.0000005). */
export function round(v: number): number {
  if (Number.isSafeInteger(v)) return v;
  return Number(v.toPrecision(15));
}

export type NumberKind = "quantity" | "date" | "time" | "year" | "phone" | "docnum" | "percent" | "ordinal" | "duration" | "vague" | "range";

export interface NumberToken {
  start: number;
  end: number;
  raw: string;
  value: number | null;
  kind: NumberKind;
}

const TOKEN_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-])(?:` +
    // dates and times first: they contain digit groups
    String.raw`(?<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\/\d{4}|\d{1,2}\/\d{1,2}(?![\d/])|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)` +
    String.raw`|(?<time>\d{1,2}(?::\d{2}|h\d{2}|g\d{2})(?::\d{2})?|\d{1,2}\s+giờ(?:\s+\d{1,2}(?:\s+phút)?)?)` +
    String.raw`|(?<phone>\(\d{2,4}\)\s?\d{3,4}[.\s]?\d{3,4}|\+\d{2,3}[\s.]?\d{2,4}(?:[\s.]\d{2,4}){1,3}|0\d{2,3}[.\s]\d{3,4}[.\s]\d{3,4}|0\d{8,10})` +
    String.raw`|(?<doc>\d{1,5}(?:\/\d{4})?[-/][\p{Lu}Đđ][\p{L}]*[-/][\p{L}\d]+|\d{1,5}\/\d{4}\/[\p{Lu}][\p{L}]*\d*)` +
    String.raw`|(?<ident>\d+[A-Z](?![\p{L}])\d*|\d+:\d{3,})` +
    String.raw`|(?<num>${NUMBER_PHRASE})` +
    String.raw`)`,
  "uy",
);
/** A number word as a whole word (the character before is checked in code: a leading look-behind is slow). */
// The same 19 words grouped by their first letters, which the engine scans faster; the order inside does not
// matter, as no word stands whole where another does (all are letters, and each needs no letter after it).
const NUMBER_WORD_START = /(?:m(?:ột|ười|ươi|ốt)|hai|b(?:a|ốn|ảy|ẩy)|năm|sáu|t(?:ám|ư|răm)|ch(?:ín|ục)|l(?:ăm|inh|ẻ))(?![\p{L}\p{N}])/gu;

/** Words after which a number names or orders something ("lần thứ 21", "Điều 5", "Quốc lộ 1", "Sư đoàn 324", "Chương trình 135"). */
const ORDINAL_WORDS = new Set([
  "thứ", "lần", "lần thứ", "số", "khóa", "khoá", "kỳ", "đợt", "mốc", "cột mốc", "quốc giới", "phiên", "phần", "chương", "điều", "khoản", "mục",
  "tầng", "phòng", "quốc lộ", "tỉnh lộ", "đường", "km", "hội nghị", "sư đoàn", "trung đoàn", "lữ đoàn", "tiểu đoàn", "đại đội", "đồn", "trạm",
  "lô", "nhà", "tổ", "khu", "chương trình", "dự án", "đề án", "nghị định", "quyết định", "thông tư", "bản tin", "kỳ họp", "giải", "top", "nhóm",
]);
/** Words after which a four-digit number is a year. */
const YEAR_WORDS = new Set(["năm", "giai đoạn", "nhiệm kỳ", "thời kỳ", "niên khóa", "xuân", "từ", "đến", "và", "tới", "qua", "trước", "sau", "cuối", "đầu"]);
const PHONE_WORDS = new Set(["tel", "fax", "đt", "điện thoại", "hotline"]);
const VAGUE_WORDS = new Set(["vài", "mấy", "dăm"]);

/** The last one and two words before a position, as written and lower-cased: cheap context for classify. */
function wordsBefore(text: string, start: number): { w1: string; w2: string; raw1: string } {
  let i = start;
  while (i > 0 && (text[i - 1] === " " || text[i - 1] === ":")) i--;
  let j = i;
  while (j > 0 && (isLetterOrNumberUnit(text.charCodeAt(j - 1)) || text.charCodeAt(j - 1) === 47)) j--;
  const raw1 = text.slice(j, i);
  let k = j;
  while (k > 0 && text[k - 1] === " ") k--;
  let l = k;
  while (l > 0 && isLetterUnit(text.charCodeAt(l - 1))) l--;
  const w1 = raw1.toLowerCase();
  return { w1, w2: l < k ? `${text.slice(l, k).toLowerCase()} ${w1}` : w1, raw1 };
}

function classify(text: string, m: RegExpExecArray): NumberToken {
  const start = m.index;
  const end = start + m[0].length;
  const raw = m[0];
  const g = m.groups!;
  const after = text.slice(end, end + 24);
  if (g.date) return { start, end, raw, value: null, kind: "date" };
  if (g.time) return { start, end, raw, value: null, kind: "time" };
  if (g.phone) return { start, end, raw, value: null, kind: "phone" };
  if (g.doc) return { start, end, raw, value: null, kind: "docnum" };
  if (g.ident) return { start, end, raw, value: null, kind: "ordinal" };
  const value = parseNumberPhrase(raw);
  // Each pattern below is tried only when a cheap necessary condition holds (its first character, a length):
  // the patterns run once per number of every zone.
  const a0 = after.charCodeAt(0);
  const spaceAfter = isSpaceUnit(a0);
  if ((spaceAfter || a0 === 37 || a0 === 112) && /^\s*(?:%|phần trăm)/u.test(after)) return { start, end, raw, value, kind: "percent" };
  const { w1, w2, raw1 } = wordsBefore(text, start);
  if (PHONE_WORDS.has(w1) || PHONE_WORDS.has(w2)) return { start, end, raw, value: null, kind: "phone" };
  // "4.750" grouping is only valid with at most three digits before the first dot
  if (raw.length >= 6 && /^\d{4,}\.\d/.test(raw)) return { start, end, raw, value: null, kind: "phone" };
  // "hàng chục đoàn", "nhiều trăm tỷ đồng": a number word after these is no figure ("hàng năm" is "every year")
  if ((w1 === "hàng" || w1 === "nhiều") && /^\D/u.test(raw) && raw !== "năm") return { start, end, raw, value: null, kind: "vague" };
  if (ORDINAL_WORDS.has(w1) || ORDINAL_WORDS.has(w2)) return { start, end, raw, value: null, kind: "ordinal" };
  if (spaceAfter && isUpperUnit(raw1.charCodeAt(0)) && /^\s+[\p{Lu}]/u.test(after) && /^[\p{Lu}][\p{Ll}]*$/u.test(raw1) && !/^\s+(?:USD|VNĐ|VND|EUR|JPY)/u.test(after)) return { start, end, raw, value: null, kind: "ordinal" };
  // an acronym before a number names a standard or a model (ISO 9001, G20): not a count
  if (raw1.length >= 2 && isUpperUnit(raw1.charCodeAt(0)) && /^\p{Lu}{2,}$/u.test(raw1) && !/^(?:USD|VND|VNĐ|EUR)$/u.test(raw1)) return { start, end, raw, value: null, kind: "ordinal" };
  if (VAGUE_WORDS.has(w1)) return { start, end, raw, value: null, kind: "vague" };
  const fourDigits = raw.length === 4 && /^\d{4}$/.test(raw);
  if (fourDigits && value !== null && value >= 1900 && value <= 2100) {
    if (YEAR_WORDS.has(w1) || YEAR_WORDS.has(w2) || /^tháng\s\d{1,2}\/?$/u.test(w2) || !/^\s+(?:người|lượt|đoàn|bản|văn bản|dự án|USD|đồng|triệu|tỷ|nghìn|ngàn)/u.test(after)) return { start, end, raw, value: null, kind: "year" };
  }
  if (fourDigits && /^\s*[-–]\s*\d{4}(?!\d)/u.test(after)) return { start, end, raw, value: null, kind: "year" };
  if (spaceAfter && /^\s+năm(?![\p{L}])/u.test(after) && !/^\s+năm\s+(?:đoàn|người|lượt|bản|văn bản|dự án)/u.test(after)) return { start, end, raw, value: null, kind: "duration" };
  const trimmed = raw.trim();
  // both words are three characters: nothing else can match them, even case-insensitively
  if (trimmed.length === 3 && /^năm$/iu.test(trimmed) && !/^\s+(?:đoàn|người|lượt|bản|văn bản|dự án|nước|quốc gia|tỉnh|lần|chương trình|doanh nghiệp|triệu|tỷ|nghìn|ngàn|trăm|thỏa thuận|thoả thuận|biên bản|hiệp định|hợp đồng|lĩnh vực)(?![\p{L}])/u.test(after)) return { start, end, raw, value: null, kind: "year" };
  if (trimmed.length === 3 && /^một$/u.test(trimmed) && /^\s+(?:số|vài|cách|lúc|khi|mặt|phần)(?![\p{L}])/u.test(after)) return { start, end, raw, value: null, kind: "vague" };
  return { start, end, raw, value, kind: value === null ? "vague" : "quantity" };
}

/**
 * Every number-like token in a text, classified. The full pattern starts with
 * a look-behind, which a regular-expression engine would try at every
 * position; instead, starts are found by cheap scans (a digit, "(", "+", or a
 * number word) and the pattern is run only there.
 */
export function scanNumbers(text: string): NumberToken[] {
  const starts: number[] = [];
  // exec loops (neither pattern matches empty): only the positions are kept
  let s: RegExpExecArray | null;
  START_RUN.lastIndex = 0;
  while ((s = START_RUN.exec(text))) {
    starts.push(s.index);
    // "(405,5 tỷ USD)": a run opened by "(" or "+" that is no phone number is a number from its first digit
    const c = s[0].charCodeAt(0);
    if (c === 40 || c === 43) {
      const d = s[0].search(/\d/);
      if (d > 0) starts.push(s.index + d);
    }
  }
  NUMBER_WORD_START.lastIndex = 0;
  while ((s = NUMBER_WORD_START.exec(text))) if (!isLetterOrNumberUnit(text.charCodeAt(s.index - 1))) starts.push(s.index);
  starts.sort((a, b) => a - b);
  const out: NumberToken[] = [];
  let covered = 0;
  for (const at of starts) {
    if (at < covered) continue;
    TOKEN_RE.lastIndex = at;
    const m = TOKEN_RE.exec(text);
    if (!m || m[0].length === 0) continue;
    out.push(classify(text, m));
    covered = at + m[0].length;
  }
  return out;
}

/** The first number-like token's value when it is a quantity, else null. */
export function firstQuantity(text: string): number | null {
  const t = scanNumbers(text)[0];
  return t && t.kind === "quantity" ? t.value : null;
}

/** "từ 5 đến 10", "5-10", "5 - 10 triệu": low and high, with a shared scale word applied to both. */
export function readRange(text: string): { low: number; high: number } | null {
  const re = new RegExp(String.raw`(?:từ\s+)?(${DIGITS}|${NUMBER_WORDS})(${SCALE_WORDS})\s*(?:đến|tới|-|–)\s*(${DIGITS}|${NUMBER_WORDS})(${SCALE_WORDS})`, "iu");
  const m = re.exec(text);
  if (!m) return null;
  const hiScale = m[4].trim();
  const loScale = m[2].trim() || hiScale;
  const low = parseNumberPhrase(`${m[1]} ${loScale}`);
  const high = parseNumberPhrase(`${m[3]} ${hiScale}`);
  if (low === null || high === null || low > high) return null;
  return { low, high };
}
