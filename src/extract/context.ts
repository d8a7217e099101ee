// Context shared by the quantity kinds: qualifier, status, change and period
// (RECORDS.md, "Quantities: common fields"), read from the clause and the
// sentence around a span. The cue words are data; the functions only decide
// which cue is nearest.
import { scanNumbers, type NumberToken } from "../text/numbers.js";
import { findSentenceSpans, sentenceAround, sentenceSpans, type Span } from "../text/sentences.js";
import { allMatches, isLetterUnit, isSpaceUnit } from "../text/chars.js";
import type { Context, Evidence, Zone } from "../types.js";

/** Words right before a number, nearest last. */
export const QUALIFIER_CUES: [RegExp, Context["qualifier"]][] = [
  [/(?:ngoài ra\s+)?(?:hơn|trên|vượt mốc|vượt ngưỡng|vượt|ngót)\s*$/iu, "over"],
  [/(?:dưới|chưa đến|chưa tới|chưa đầy|không đến|không tới|không quá|tối đa)\s*$/iu, "under"],
  [/(?:khoảng|gần|xấp xỉ|chừng|ước khoảng|khoảng gần|khoảng hơn|độ|trên dưới|ước chừng)\s*$/iu, "approx"],
];

/** Status cues, searched backwards in the clause before the number; the nearest wins, then the longest. */
export const STATUS_CUES: [RegExp, NonNullable<Context["status"]>][] = [
  [/ước\s+(?:đạt|tính|thực hiện|khoảng)|ước(?=\s+[\d\p{Ll}]|\s*$)|ước tính|dự ước/giu, "estimate"],
  [/dự kiến|(?<!theo |thực hiện |vượt |so với )kế hoạch|phấn đấu|mục tiêu|cán mốc|(?<![\p{L}])sẽ(?![\p{L}])|chỉ tiêu|nhằm đạt|hướng tới|(?<![\p{L}])thống nhất(?=\s+(?:năm\s+\d{4}\s+)?(?:trao đổi|tổ chức|phấn đấu|đưa|nâng|ký|cử|đón|tăng|mở rộng|triển khai)(?![\p{L}]))/giu, "target"],
  [/(?<![\p{L}])(?:đạt|đã|được|thu hút được|giải ngân)(?![\p{L}])/giu, "actual"],
];

/** How far from a span its sentence is read (see ZoneContext.sentence). */
const SENTENCE_REACH = 600;
/** "(tương đương gần …": a figure that restates the one before the parenthesis. */
const isDigit = (c: number) => c >= 48 && c <= 57;
/** The year to date, without its year: "từ đầu năm đến nay", "Từ đầu năm, …" (not "từ đầu năm 2024", a period of its own). */
const YEAR_TO_DATE_RE = /(?<![\p{L}\p{N}])[Tt]ừ đầu năm(?!\s+(?:19|20)\d{2})(?![\p{L}\p{N}])/gu;
/** "Từ năm 2005 đến nay": from that year to the page's. */
const SINCE_YEAR_RE = /(?<![\p{L}\p{N}])[Tt]ừ năm ((?:19|20)\d{2})\s+(?:đến|tới)\s+nay(?![\p{L}\p{N}])/gu;
/** A span of years in parentheses, with the length it gives before it: "sau 10 năm (2013 - 2023)", "(2016-2020)". */
const YEARS_IN_PARENS_RE = /\(\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*\)/gu;
const YEARS_LENGTH_BEFORE = /(?<![\p{L}\p{N}])(?:[Ss]au\s+)?(?:\d{1,2}|[Mm]ười|[Hh]ai mươi)\s+năm\s*$/u;
/** A sentence about the occasion the text reports. */
const OCCASION_OPENER = /^(?:Nhân dịp này|Dịp này|Trong dịp này|Cũng trong dịp này|Tại buổi lễ|Tại lễ)\s*,/u;
/** A clause that lists the parts of the total before it. */
const PARTS_OPENER = /^\s*(?:trong đó|bao gồm)(?:\s+(?:có|là|gồm))?\s/iu;
const RESTATED_BEFORE = /\(\s*(?:tương đương|tương ứng|tức là|tức|khoảng|quy đổi)\s*(?:với\s+)?(?:hơn|trên|gần|khoảng|xấp xỉ)?\s*$/u;
/** A section heading: in capitals, or numbered with a letter or a Roman numeral ("A. Kết quả thực hiện năm 2009", "II. Phương hướng năm 2010"). */
const SECTION_HEADING = /^(?:[A-ZĐ][.)]\s|[IVX]{1,4}[.)]\s|[^\p{Ll}]{8,}$)/u;
/** The start of a list item's line. */
const LIST_ITEM = /^\s*(?:[-+•–]|\d{1,2}[.)])\s/u;
/** A section heading numbered in Roman numerals: "I. Về trao đổi đoàn", "II. Về thương mại, đầu tư". */
const ROMAN_HEADING = /^[IVX]{1,4}[.)]\s+\S.{0,100}$/u;
/** A length of years in a figure's clause: "trong 10 năm", "sau 10 năm", "10 năm qua". */
const YEARS_SPAN_RE = /(?<![\p{L}\p{N}])(?:(?:trong|sau|suốt)\s+(\d{1,2})\s+năm|(\d{1,2})\s+năm qua)(?![\p{L}\p{N}])/u;
/**
 * A length of years in `part` ("trong 10 năm", "sau 10 năm"), read as the span of that length the text stated
 * before `partStart` ("10 năm (2007 - 2016)"); null when it names none.
 */
function spanNamed(part: string, partStart: number, mentions: readonly PeriodMention[]): string | null {
  const years = YEARS_SPAN_RE.exec(part);
  if (!years) return null;
  const n = Number(years[1] ?? years[2]);
  const at = partStart + years.index;
  const fits = (m: PeriodMention) => /^\d{4}-\d{4}$/.test(m.period) && [n, n - 1].includes(Number(m.period.slice(5)) - Number(m.period.slice(0, 4)));
  return mentions.filter((m) => m.end <= at && fits(m)).pop()?.period ?? null;
}

/** The longest line read as a table row. */
const MAX_ROW = 2000;
/** How far into a sentence a plan word that governs its items after semicolons may stand. */
const PLAN_OPENER_REACH = 60;
/** How far before a figure its status verb is looked for. */
const STATUS_REACH = 160;

// (also a capital raised by an amount: "5 dự án điều chỉnh tăng vốn thêm 186 triệu USD")
const CHANGE_BEFORE = /(?:tăng|giảm|tăng thêm|giảm đi|giảm bớt|nhiều hơn|ít hơn|tăng lên|giảm xuống|hụt|tăng vốn(?:\s+(?:đầu tư|điều lệ))?)\s*(?:thêm\s*)?$/iu;
// no look-behind at the front (it would run at every position): a word break's left edge is checked in clauseBreaks()
const CLAUSE_BREAK = /[,;:()–—]|\s-\s|(?:và|nhưng|trong đó|còn)(?![\p{L}])/gu;

/** Year expressions that fix the period of a figure. Comparisons ("so với năm 2018") are not periods. */
const PERIOD_RE =
  /(?:(?:[Gg]iai đoạn|[Nn]hiệm kỳ|[Tt]hời kỳ)\s+(?<r1>(?:19|20)\d{2})\s*[-–]\s*(?<r2>(?:19|20)\d{2})|(?:(?:\d+|sáu|chín)\s+tháng\s+(?:đầu|cuối)\s+năm|[Qq]uý\s+[IV1-4]+\s+năm|[Nn]ăm|[Tt]rong năm|[Đđ]ến năm|[Vv]ào năm|[Cc]ả năm)\s+(?<y>(?:19|20)\d{2})(?!\d)(?:\s*[-–]\s*(?<y2>(?:19|20)\d{2}))?|(?:[Tt]háng\s+\d{1,2}|[Qq]uý\s+[IV1-4]+)\s*\/\s*(?<my>(?:19|20)\d{2})(?!\d))/gu;
/** Sentences that continue the one before ("Tại hội nghị, …") and so share its period. */
const ANAPHORIC_OPENER = /^(?:Tại hội nghị|Tại buổi (?:làm việc|hội đàm|lễ|tiếp)|Tại đây|Nhân dịp này|Dịp này|Trong dịp này|Cũng tại (?:hội nghị|buổi|đây)|Cũng trong dịp này|Bên cạnh đó|Đồng thời|Ngoài ra|Sau đó|Kết thúc (?:hội nghị|buổi)[^,]{0,30})\s*,/u;
/** Sentences about totals to date, plans or history rather than the report's year. */
const CUMULATIVE = /lũy kế|luỹ kế|tính đến|đến nay|hiện có|hiện nay|từ trước đến nay|từ năm|kể từ|thời gian tới|sắp tới|năm tới|năm sau/iu;
/** A lead-in clause before a sentence's period: "Theo báo cáo của Sở Ngoại vụ, " (then "trong năm 2023, …"). */
const LEAD_IN = /^[^,.;]{0,60},\s*$/u;
/** An occasion named before its year: "Dịp Tết Nguyên đán Ất Mùi 2015, …", "Nhân dịp kỷ niệm 10 năm … 2024". */
const OCCASION_LEAD = /^(?:Nhân\s+|Trong\s+|Vào\s+)?[Dd]ịp\s[^,.;]{0,60}$/u;
/** Sentences that narrow the one before ("Trong đó, …", "Riêng …") and so share its period. */
const CONTINUATION_OPENER = /^(?:Trong đó\s*,|Riêng\s)/u;
/** A sentence that says "this year" without naming it. */
const THIS_YEAR_RE = /(?:^|[\s,])(?:[Tt]rong năm(?!\s+\d)|[Nn]ăm qua|[Nn]ăm vừa qua|[Nn]ăm nay|[Cc]ả năm(?!\s+\d))/u;
const COMPARISON_BEFORE = /(?:so với|so|với cùng kỳ|từ|kể từ|trước|sau|lần)\s+(?:cùng kỳ\s+)?$/iu;

/**
 * A global pattern without look-behind that can be scanned on part of a zone
 * (see ZoneContext.localMatches): `inside` is true for every code unit that
 * may be a character of a match other than its last; `reach` is at least the
 * longest match plus what a look-ahead after it reads.
 */
export interface LocalPattern {
  re: RegExp;
  inside: (c: number) => boolean;
  reach: number;
}
/**
 * A pattern that is an alternation of plain words and phrases (letters and
 * blanks only, any flags but look-arounds) as a local pattern; null if its
 * source is anything else.
 */
export function literalAlternation(re: RegExp): LocalPattern | null {
  // letters, blanks and "|" only (checked by table: a \p{L} pattern would cost its compilation at load)
  if (!re.global || ![...re.source].every((ch) => ch === " " || ch === "|" || (ch.length === 1 && isLetterUnit(ch.charCodeAt(0))))) return null;
  const longest = Math.max(...re.source.split("|").map((w) => w.length));
  return { re, inside: (c) => isLetterUnit(c) || isSpaceUnit(c) || (c >= 0xd800 && c <= 0xdfff), reach: longest + 2 };
}
/** How far back a local scan looks for its resumption point. */
const LOCAL_BACK = 200;
/** CLAUSE_BREAK as a local pattern: only " - " and the words have more than one character (blanks, "-", letters); "trong đó" is the longest, and its look-ahead reads one code point. */
const CLAUSE_LOCAL: LocalPattern = {
  re: CLAUSE_BREAK,
  inside: (c) => isSpaceUnit(c) || isLetterUnit(c) || c === 45 || (c >= 0xd800 && c <= 0xdfff),
  reach: 16,
};

/**
 * A date opening a sentence: "Ngày 21/8/2025", "Chiều 15/3/2023", "Từ ngày 15 đến 22/5/2024" — or, after
 * one of those words, a day and month only ("Chiều 16/10", "Ngày 27/8"): groups lead, day, month, year.
 */
const DATE_OPENER = /^((?:(?:Sáng|Chiều|Tối|Trưa|Đêm)\s+)?(?:[Tt]ừ\s+(?:ngày\s+)?\d{1,2}(?:\/\d{1,2})?\s*(?:đến|tới|-|–)\s*)?(?:[Nn]gày\s+)?)(\d{1,2})\/(\d{1,2})(?:\/((?:19|20)\d{2})(?!\d)|(?![\/\d]))/u;
/** The characters DATE_OPENER can start with: other sentences are not tried. */
const DATE_OPENER_FIRST = new Set([..."SCTĐNn0123456789"].map((c) => c.charCodeAt(0)));

/**
 * Every code unit a PERIOD_RE match can consist of: the characters of its
 * source (its words, "/", dashes, Roman numerals, and some harmless extras
 * such as the letters of \d, \s and group names), digits and blanks. If the
 * pattern ever gains a character range or another class escape, add those
 * characters here.
 */
const PERIOD_CHARS = new Set([...PERIOD_RE.source, ..."0123456789"].map((c) => c.charCodeAt(0)));
function isPeriodChar(c: number): boolean {
  return PERIOD_CHARS.has(c) || isSpaceUnit(c);
}
/** Year-like digits: every period expression contains one. */
const YEAR_LIKE = /(?:19|20)\d{2}/g;

/**
 * The matches of PERIOD_RE in a text, exactly as a global scan finds them,
 * but scanning only where one can be. A match consists of period characters
 * only, so it lies inside one maximal run of them, and that run holds a
 * year-like number. Each such run is scanned on its own, on the text cut at
 * the run's end: the character there is no digit or blank, so the pattern's
 * look-aheads and its optional "- 2020" tail read the same as on the whole
 * text. Most of the text is never scanned.
 */
function periodMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  YEAR_LIKE.lastIndex = 0;
  let done = 0;
  let y: RegExpExecArray | null;
  while ((y = YEAR_LIKE.exec(text))) {
    let s = y.index;
    while (s > done && isPeriodChar(text.charCodeAt(s - 1))) s--;
    let e = y.index + y[0].length;
    while (e < text.length && isPeriodChar(text.charCodeAt(e))) e++;
    const run = text.slice(0, e);
    PERIOD_RE.lastIndex = s;
    let m: RegExpExecArray | null;
    while ((m = PERIOD_RE.exec(run))) out.push(m);
    done = e;
    YEAR_LIKE.lastIndex = e;
  }
  return out;
}

interface PeriodMention {
  start: number;
  end: number;
  period: string;
}

/** Per-zone reader of context, built once per zone text. */
export class ZoneContext {
  private readonly mentions: PeriodMention[] = [];
  private readonly reportYear: string | null;
  private readonly paragraphStarts: number[] = [0];
  /** Sentence spans of the zone, found once (every record asks for its sentence several times). */
  readonly sentences: readonly Span[];

  constructor(
    readonly text: string,
    readonly zone: Zone,
    /** the year the whole article establishes, when the caller knows it (e.g. from the body for the title) */
    fallbackYear: string | null = null,
    /** the page's own date (ISO), which dates a sentence that opens with a day and month only ("Chiều 16/10, …") */
    published: string | null = null,
  ) {
    const counts = new Map<string, number>();
    for (const m of periodMatches(text)) {
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      // a strategy's horizon ("đến năm 2030, tầm nhìn đến năm 2045") is not the period of a figure
      if (COMPARISON_BEFORE.test(before) || /tầm nhìn\s*$/iu.test(before) || /^\s*,\s*tầm nhìn/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      const g = m.groups!;
      const period = g.r1 ? `${g.r1}-${g.r2}` : g.my ? g.my : g.y2 ? `${g.y}-${g.y2}` : g.y;
      this.mentions.push({ start: m.index, end: m.index + m[0].length, period });
      if (!period.includes("-")) counts.set(period, (counts.get(period) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
    this.reportYear = best ?? fallbackYear;
    this.sentences = findSentenceSpans(text);
    // paragraph starts: after each match of /\n\s*\n/g, i.e. after the last line break of a blank run that holds two
    for (let i = text.indexOf("\n"); i >= 0; ) {
      let r = i + 1;
      let last = -1;
      for (; r < text.length && isSpaceUnit(text.charCodeAt(r)); r++) if (text.charCodeAt(r) === 10) last = r;
      if (last >= 0) this.paragraphStarts.push(last + 1);
      i = text.indexOf("\n", last >= 0 ? last + 1 : r);
    }
    // "Ngày 21/8/2025, …", "Chiều 15/3/2023, …": an event date opening a sentence sets its year; "Chiều 16/10, …"
    // sets the year of the page's date (the year before when that day and month come after the page's)
    const pub = published ? /^((?:19|20)\d{2})-(\d{2})-(\d{2})/.exec(published) : null;
    for (const sp of this.sentences) {
      if (!DATE_OPENER_FIRST.has(text.charCodeAt(sp.start))) continue;
      const d = DATE_OPENER.exec(text.slice(sp.start, sp.start + 40));
      if (!d) continue;
      const [whole, lead, dd, mm, year] = d;
      if (year) this.mentions.push({ start: sp.start, end: sp.start + whole.length, period: year });
      else if (pub && lead) {
        const day = Number(dd), month = Number(mm);
        if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) continue;
        const later = month > Number(pub[2]) || (month === Number(pub[2]) && day > Number(pub[3]));
        this.mentions.push({ start: sp.start, end: sp.start + whole.length, period: String(Number(pub[1]) - (later ? 1 : 0)) });
      }
    }
    // "từ đầu năm (đến nay)": the year to date, the page's year; "từ năm 2005 đến nay": 2005 to the page's year
    if (pub && text.includes("đầu năm")) for (const m of allMatches(YEAR_TO_DATE_RE, text)) this.mentions.push({ start: m.index!, end: m.index! + m[0].length, period: pub[1] });
    if (pub && text.includes("đến nay")) {
      for (const m of allMatches(SINCE_YEAR_RE, text)) if (m[1] < pub[1]) this.mentions.push({ start: m.index!, end: m.index! + m[0].length, period: `${m[1]}-${pub[1]}` });
    }
    // "sau 10 năm (2013 - 2023)", "(2016-2020)": a span of years in parentheses
    // (found by its parenthesis, a literal the scan can look for; the length before it is read backwards)
    for (const m of allMatches(YEARS_IN_PARENS_RE, text)) {
      if (m[1] >= m[2]) continue;
      const lead = YEARS_LENGTH_BEFORE.exec(text.slice(Math.max(0, m.index! - 24), m.index!));
      const start = m.index! - (lead ? lead[0].length : 0);
      this.mentions.push({ start, end: m.index! + m[0].length, period: `${m[1]}-${m[2]}` });
    }
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** The year of the event the zone opens with: a date opening one of its first two sentences ("Tối 12/11/2022, …"). */
  private eventYear(): string | null {
    for (const sp of this.sentences.slice(0, 2)) {
      const m = this.mentions.find((x) => x.start === sp.start && !x.period.includes("-"));
      if (m && DATE_OPENER_FIRST.has(this.text.charCodeAt(sp.start))) return m.period;
    }
    return null;
  }

  /** The single year the zone's first sentence opens with ("Năm 2024, …"), if any. */
  private get openingYear(): PeriodMention | null {
    if (this.openingYearCache === undefined) {
      const first = this.sentences[0];
      const m = first ? this.mentions.find((x) => x.start >= first.start && x.start - first.start <= 25 && x.end <= first.end) : undefined;
      this.openingYearCache = m && !m.period.includes("-") ? m : null;
    }
    return this.openingYearCache;
  }
  private openingYearCache: PeriodMention | null | undefined = undefined;
  private hasPipes: boolean | undefined = undefined;

  get year(): string | null {
    return this.reportYear;
  }

  private numberTokens: NumberToken[] | null = null;
  /** Every number-like token of the zone, classified once and shared by the extractors. */
  get numbers(): NumberToken[] {
    return (this.numberTokens ??= scanNumbers(this.text));
  }

  /**
   * The sentence around a span, but never more than SENTENCE_REACH characters
   * either side of it: real sentences are far shorter, and a text with no
   * sentence breaks must not make every record scan all of it.
   */
  sentence(start: number, end: number): Span {
    const s = sentenceAround(this.text, start, end, this.sentences);
    return { start: Math.max(s.start, start - SENTENCE_REACH), end: Math.min(s.end, end + SENTENCE_REACH) };
  }

  private matchCache = new Map<RegExp, Span[]>();
  /** Every match of a global pattern in the zone, found once and kept (sorted by start). */
  matchesOf(re: RegExp): Span[] {
    let spans = this.matchCache.get(re);
    if (!spans) {
      spans = [];
      for (const m of allMatches(re, this.text)) spans.push({ start: m.index!, end: m.index! + m[0].length });
      this.matchCache.set(re, spans);
    }
    return spans;
  }

  /** Characters read so far by local scans, per pattern. */
  private scanned = new Map<RegExp, number>();
  /**
   * The matches of a local pattern that start in [from, to) (and possibly some
   * before), exactly as the scan of the whole zone finds them; null when no
   * resumption point lies within LOCAL_BACK characters before `from` (the
   * caller then uses the whole-zone scan, so no text makes this quadratic).
   * A scan of the whole zone cannot be inside a match at a position whose
   * preceding character cannot stand inside one (p.inside), so scanning from
   * such a point finds the same matches from there on; and the text is cut
   * p.reach after `to`, which no match starting before `to` reads beyond.
   */
  localMatches(p: LocalPattern, from: number, to: number): Span[] | null {
    const text = this.text;
    let y = from;
    while (y > 0 && p.inside(text.charCodeAt(y - 1))) {
      if (from - y >= LOCAL_BACK) return null;
      y--;
    }
    const cut = Math.min(text.length, to + p.reach);
    // once local scans of a pattern have read as much as the whole zone (a text dense with records), the
    // caller scans the zone once instead
    const used = (this.scanned.get(p.re) ?? 0) + (cut - y);
    if (used > text.length) return null;
    this.scanned.set(p.re, used);
    const subject = cut === text.length ? text : text.slice(0, cut);
    const out: Span[] = [];
    p.re.lastIndex = y;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(subject)) && m.index < to) {
      out.push({ start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) p.re.lastIndex++;
    }
    p.re.lastIndex = 0;
    return out;
  }

  private breaks: Span[] | null = null;
  /** Clause breaks of the zone: punctuation, " - ", and the words và, nhưng, trong đó, còn standing alone. */
  private clauseBreaks(): Span[] {
    return (this.breaks ??= this.matchesOf(CLAUSE_BREAK).filter((b) => this.isBreak(b)));
  }
  /** A break matched inside a word ("còn" in "cònx" cannot be, but "và" after a letter can) is none: its left edge must be a word edge. */
  private isBreak(b: Span): boolean {
    return !isLetterUnit(this.text.charCodeAt(b.start - 1)) || !isLetterUnit(this.text.charCodeAt(b.start));
  }
  private localBreaks = new Map<string, Span[]>();
  /**
   * The clause breaks around a sentence span, as clauseBreaks() has them
   * (every break that starts before s.end, from a resumption point before
   * s.start on): records are few, so scanning only their sentences is
   * cheaper than scanning the zone. Falls back to the whole zone.
   */
  private breaksAround(s: Span): Span[] {
    if (this.breaks) return this.breaks;
    const key = `${s.start}:${s.end}`;
    let found = this.localBreaks.get(key);
    if (!found) {
      const local = this.localMatches(CLAUSE_LOCAL, s.start, s.end);
      if (!local) return this.clauseBreaks();
      found = local.filter((b) => this.isBreak(b));
      this.localBreaks.set(key, found);
    }
    return found;
  }

  /** Whether a global pattern matches entirely inside [from, to) (binary search over its cached matches). */
  hasMatchIn(re: RegExp, from: number, to: number): boolean {
    const spans = this.matchesOf(re);
    let lo = 0, hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < spans.length && spans[lo].end <= to;
  }

  /** hasMatchIn for a local pattern: scans only around [from, to) unless the zone has been scanned already. */
  hasLocalMatchIn(p: LocalPattern, from: number, to: number): boolean {
    if (this.matchCache.has(p.re)) return this.hasMatchIn(p.re, from, to);
    const local = this.localMatches(p, from, to);
    if (!local) return this.hasMatchIn(p.re, from, to);
    const first = local.find((m) => m.start >= from);
    return first !== undefined && first.end <= to;
  }

  /** The clause around [start, end): from the last clause break before it to the next after it, inside the sentence. */
  clause(start: number, end: number): Span {
    const s = this.sentence(start, end);
    // the breaks of this sentence are enough: a break before them ends at or before s.start, a break after starts after s.end
    const breaks = this.breaksAround(s);
    // the last break that ends at or before `start`, and the first that starts at or after `end`
    let lo = 0, hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    const after = breaks[lo];
    let cs = s.start;
    for (let k = lo - 1; k >= 0; k--) {
      if (breaks[k].end <= start) {
        cs = Math.max(s.start, breaks[k].end);
        break;
      }
    }
    const ce = after && after.start < s.end ? after.start : s.end;
    return { start: cs, end: ce };
  }

  /** "vượt 8 đoàn so với kế hoạch": a difference from a plan or an earlier figure, not "over 8". */
  private exceedsBy(start: number): boolean {
    return /vượt\s*$/iu.test(this.text.slice(Math.max(0, start - 8), start)) && /^[^,;.]{0,50}?so với/u.test(this.text.slice(start, start + 60));
  }

  qualifier(start: number): Context["qualifier"] {
    if (this.exceedsBy(start)) return "exact";
    const before = this.text.slice(Math.max(0, start - 20), start);
    for (const [re, q] of QUALIFIER_CUES) if (re.test(before)) return q;
    return "exact";
  }

  /** Length of the qualifier word(s) right before `start`, so spans can include them. */
  qualifierLength(start: number): number {
    if (this.exceedsBy(start)) return 0;
    const before = this.text.slice(Math.max(0, start - 20), start);
    for (const [re] of QUALIFIER_CUES) {
      const m = re.exec(before);
      if (m) return m[0].length;
    }
    return 0;
  }

  status(start: number, from?: number): Context["status"] {
    const sentence = this.sentence(start, start);
    // "đạt khoảng 4,2 triệu USD (tương đương gần 97 tỷ đồng)": the restated figure has the status of the first
    const restated = RESTATED_BEFORE.exec(this.text.slice(Math.max(sentence.start, start - 40), start));
    if (restated) {
      // the figure before the parenthesis
      const first = this.figureBefore(start - restated[0].length, sentence.start);
      if (first) return this.status(first.start, from);
    }
    // the status verb may stand before a "và" ("đã ký Biên bản hội đàm và 02 biên bản…"), not before a comma
    const c = Math.max(this.punctuationClause(start), start - STATUS_REACH);
    const windowStart = Math.max(c, from ?? c, sentence.start);
    let near = this.nearestStatus(windowStart, start);
    // "Lãnh đạo tỉnh đã tiếp, làm việc với 27 đoàn": a short clause before carries the verb
    if (!near && windowStart === c && c > sentence.start) {
      const prev = this.punctuationClause(c - 1);
      if (c - prev <= 30) near = this.nearestStatus(Math.max(prev, from ?? prev), start);
    }
    // the parts of a total ("đã hỗ trợ … hơn 42 tỉ đồng, trong đó có 18,5 tỉ đồng … và 6 tỉ đồng …") have its status
    if (!near && c > sentence.start && PARTS_OPENER.test(this.text.slice(c, start))) {
      const total = this.figureBefore(c, sentence.start);
      if (total) return this.status(total.start);
    }
    // a sentence that breaks the one before into parts ("… đã đón 38 đoàn. Trong đó, tỉnh cử 17 đoàn …") has its status
    if (!near && CONTINUATION_OPENER.test(this.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 12)))) {
      const prev = this.sentences.filter((x) => x.end <= sentence.start).pop();
      const total = prev ? this.figureBefore(prev.end, prev.start) : null;
      if (total) {
        const st = this.status(total.start);
        if (st) return st;
      }
    }
    // a plan or an estimate stated earlier in the clause group governs the verb of the figure:
    // "Mục tiêu đến năm 2030, kim ngạch … đạt 10 tỷ USD", "dự kiến thu hút 500 triệu USD"
    if (near?.status !== "estimate" && near?.status !== "target" && !(near && /^đã$/iu.test(near.cue))) {
      const early = this.nearestStatus(Math.max(this.semicolonClause(start), start - 2 * STATUS_REACH), start, true);
      if (early) return early.status;
    }
    // the items of a plan listed after semicolons: "Hai bên thống nhất phấn đấu đưa kim ngạch … đạt 5 triệu USD
    // vào năm 2025; mỗi năm trao đổi ít nhất 2 đoàn các cấp; …" (a plan word opens the sentence)
    if (!near) {
      const semi = this.semicolonClause(start);
      if (semi > sentence.start) {
        const opener = this.nearestStatus(sentence.start, Math.min(semi, sentence.start + PLAN_OPENER_REACH), true);
        if (opener?.status === "target") return "target";
      }
    }
    return near?.status ?? null;
  }

  /**
   * A "đã" earlier in the sentence goes on over the verbs coordinated with it ("tỉnh đã đón 11 đoàn …; đồng
   * thời cử 09 đoàn …", "tỉnh đã phê duyệt tiếp nhận 11 chương trình, dự án với tổng giá trị gần 1,8 triệu
   * USD"): for a level (not a difference) whose own clause has no cue.
   */
  private sharedActual(start: number): Context["status"] {
    const sentence = this.sentence(start, start);
    const before = this.nearestStatus(sentence.start, start);
    return before?.status === "actual" && /^đã$/iu.test(before.cue) ? "actual" : null;
  }

  /** The last number that ends at or before `pos`, when it is a quantity starting at or after `from` (a figure of the same sentence). */
  private figureBefore(pos: number, from: number): NumberToken | null {
    const tokens = this.numbers;
    for (let k = tokens.length - 1; k >= 0; k--) {
      const t = tokens[k];
      if (t.end > pos) continue;
      return t.start >= from && t.kind === "quantity" ? t : null;
    }
    return null;
  }

  /** Start of the part of the sentence after the last semicolon before `start`. */
  private semicolonClause(start: number): number {
    const sentence = this.sentence(start, start);
    const before = this.text.slice(sentence.start, start);
    const at = before.lastIndexOf(";");
    return at >= 0 ? sentence.start + at + 1 : sentence.start;
  }

  private punctuationClause(start: number): number {
    const sentence = this.sentence(start, start);
    for (let k = start - 1; k >= sentence.start; k--) {
      const c = this.text.charCodeAt(k);
      // a short parenthesis inside the clause is passed over: "đã hỗ trợ tỉnh Xay Sổm Bun (Lào) 1,2 tỷ đồng"
      if (c === 41) {
        const open = this.text.lastIndexOf("(", k);
        const inner = this.text.slice(open + 1, k);
        if (open >= sentence.start && k - open <= 40 && !/[,;:()]/.test(inner)) {
          k = open;
          continue;
        }
      }
      // a decimal comma is no clause break ("18,5 tỉ đồng")
      if (c === 44 && isDigit(this.text.charCodeAt(k - 1)) && isDigit(this.text.charCodeAt(k + 1))) continue;
      // , ; : ( ) – —
      if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014) return k + 1;
    }
    return sentence.start;
  }

  private nearestStatus(from: number, to: number, modalOnly = false): { status: NonNullable<Context["status"]>; cue: string } | null {
    const window = this.text.slice(from, to);
    let best: { end: number; len: number; status: NonNullable<Context["status"]>; cue: string } | null = null;
    for (const [re, status] of STATUS_CUES) {
      if (modalOnly && status === "actual") continue;
      re.lastIndex = 0;
      for (const m of allMatches(re, window)) {
        if (isLetterUnit(window.charCodeAt(m.index! - 1)) || isLetterUnit(window.charCodeAt(m.index! + m[0].length))) continue;
        const end = m.index! + m[0].length;
        if (!best || end > best.end || (end === best.end && m[0].length > best.len)) best = { end, len: m[0].length, status, cue: m[0] };
      }
    }
    return best ? { status: best.status, cue: best.cue } : null;
  }

  change(start: number): boolean {
    if (this.exceedsBy(start)) return true;
    const before = this.text.slice(Math.max(0, start - 30), start);
    return CHANGE_BEFORE.test(before.replace(/(?:hơn|trên|khoảng|gần)\s*$/u, ""));
  }

  /**
   * The period of a figure: a year expression in its clause (nearest), else one
   * in its sentence before it, else one carried from an earlier sentence of the
   * same paragraph, else the article's year when the sentence says "trong
   * năm"/"năm qua"; null when the text does not tell.
   */
  period(start: number, end: number, ignore: (m: { start: number; end: number }) => boolean = () => false): string | null {
    const clause = this.clause(start, end);
    const sentence = this.sentence(start, end);
    const mentions = this.mentions.filter((m) => !ignore(m));
    // a mention that starts in the clause counts whole ("trong giai đoạn 2024 - 2026": the dash would end the clause)
    const inClause = mentions.filter((m) => m.start >= clause.start && m.start < clause.end);
    if (inClause.length) return nearest(inClause, start, end).period;
    const column = this.columnPeriod(start, mentions);
    if (column) return column;
    // "trong 10 năm", "sau 10 năm" in the clause: the span of that length the text stated ("10 năm (2007 - 2016)")
    const span = spanNamed(this.text.slice(clause.start, clause.end), start, mentions);
    if (span) return span;
    // an item of a list announced by a paragraph that ends in ":" and dates it ("… sau 10 năm, kết quả hợp tác … như sau:"),
    // when the item's own sentence names no period before the figure
    const itemStart = this.lineStartNear(start);
    const beforeInItem = itemStart < 0 || mentions.some((m) => m.start >= Math.max(sentence.start, itemStart) && m.end <= start);
    if (!beforeInItem) {
      const announced = this.listIntroPeriod(start, mentions);
      if (announced) return announced;
    }
    const beforeInSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= start);
    if (beforeInSentence.length) return beforeInSentence[beforeInSentence.length - 1].period;
    const sentenceText = this.text.slice(sentence.start, sentence.end);
    const thisYear = THIS_YEAR_RE.test(sentenceText.slice(0, Math.max(0, start - sentence.start)));
    const paraStart = this.paragraphStarts.filter((p) => p <= start).pop() ?? 0;
    if (thisYear) return this.yearBefore(sentence.start, mentions);
    // "Tại hội nghị, …", "Nhân dịp này, …": the sentence continues the one before it
    const continuation = CONTINUATION_OPENER.test(sentenceText);
    if (continuation || ANAPHORIC_OPENER.test(sentenceText)) {
      const prev = this.sentences.filter((x) => x.end <= sentence.start && x.start >= paraStart).pop();
      if (prev) {
        const inPrev = mentions.filter((m) => m.start >= prev.start && m.end <= prev.end && !m.period.includes("-"));
        if (inPrev.length) return inPrev[0].period;
        // a narrowing sentence ("Trong đó, …") shares whatever period the whole sentence before has ("Tính chung cả năm, …")
        const at = continuation ? Math.max(prev.start, prev.end - 1) : prev.start;
        const carried = this.period(at, at, ignore);
        if (carried) return carried;
      }
      // "Nhân dịp này, …" with no year before it in its paragraph: the occasion is the event the text opened with
      // ("Tối 12/11/2022, tại …, UBND thành phố tổ chức Lễ kỷ niệm …")
      if (OCCASION_OPENER.test(sentenceText)) {
        const event = this.eventYear();
        if (event) return event;
      }
    }
    // carried only from an earlier sentence of the paragraph that opens with its period
    // ("Năm 2019, …", "Trong năm 2019 …", or "Trong năm, …" meaning the year established before)
    for (const s of this.sentences.filter((x) => x.start >= paraStart && x.end <= sentence.start).reverse()) {
      // (or right after a lead-in: "Theo báo cáo của Sở Ngoại vụ, trong năm 2023, …")
      const opening = mentions.find((m) => m.start >= s.start && this.opensWith(s, m));
      if (opening) return opening.period;
      // … also after a lead-in: "Theo báo cáo của Sở Ngoại vụ, trong năm, toàn tỉnh …"
      // (the clause may open mid-sentence: "Thực hiện Chỉ thị số 04-CT/TU …, trong năm, toàn tỉnh đã cử …")
      if (/(?:^|,\s*)(?:[Tt]rong năm|[Nn]ăm qua|[Tt]rong năm qua|[Nn]ăm nay)\s*,/u.test(this.text.slice(s.start, s.end))) return this.yearBefore(s.start, mentions);
      // … and a paragraph opened by "Dịp này, …" is about the occasion the text opened with
      if (OCCASION_OPENER.test(this.text.slice(s.start, s.end))) {
        const event = this.eventYear();
        if (event) return event;
      }
    }
    // the sentence before, in the paragraph, names one year and no figure: it sets the year the figures
    // after it are about ("Có thể nói, hoạt động đối ngoại của thành phố năm 2023 đã phục hồi mạnh mẽ.
    // Thành phố đã cử 64 đoàn …")
    const before = this.sentences.filter((x) => x.start >= paraStart && x.end <= sentence.start).pop();
    if (before && !CUMULATIVE.test(sentenceText)) {
      const inBefore = mentions.filter((m) => m.start >= before.start && m.end <= before.end);
      const figures = this.numbers.some((t) => t.kind === "quantity" && t.start >= before.start && t.end <= before.end);
      if (inBefore.length === 1 && !inBefore[0].period.includes("-") && !figures) return inBefore[0].period;
    }
    // a year-end report: the text opens with its year ("Năm 2024, công tác đối ngoại …") and names no
    // other single year before the figure; a cumulative or undated figure keeps null
    // a section heading that names one year dates the paragraphs under it ("A. KẾT QUẢ THỰC HIỆN NĂM 2009")
    if (this.zone === "body" && !CUMULATIVE.test(sentenceText)) {
      const section = this.sectionYear(paraStart, mentions);
      if (section) return section;
    }
        if (this.zone === "body" && this.openingYear && !CUMULATIVE.test(sentenceText)) {
      const other = mentions.some((m) => m.start >= Math.max(paraStart, this.openingYear!.end) && m.end <= start && m.period !== this.openingYear!.period);
      if (!other) return this.openingYear.period;
    }
    return null;
  }

  /**
   * A figure in a table row ("2. Đoàn vào | 61 đoàn/702 lượt người | 18 đoàn/163 lượt người | giảm 43 đoàn")
   * takes the period of its column's heading ("Chỉ tiêu | Năm 2019 | Năm 2020 | So sánh"):
   * the nearest row above, in the same run of rows, whose cell in that column names one period.
   */
  private columnPeriod(start: number, mentions: readonly PeriodMention[]): string | null {
    const { text } = this;
    // a table row is a short line of a zone with " | " in it: no other text is scanned (a zone of one long line
    // would make each figure's search for its line's ends cost the whole line)
    if ((this.hasPipes ??= text.includes("|")) === false) return null;
    const lineStart = this.lineStartNear(start);
    if (lineStart < 0) return null;
    const nl = text.indexOf("\n", start);
    const lineEnd = nl < 0 ? text.length : nl;
    if (lineEnd - start > MAX_ROW) return null;
    const pipes = (from: number, to: number) => {
      let n = 0;
      for (let i = text.indexOf("|", from); i >= 0 && i < to; i = text.indexOf("|", i + 1)) n++;
      return n;
    };
    if (pipes(lineStart, lineEnd) < 2) return null;
    const column = pipes(lineStart, start);
    // the rows above, blank lines between them allowed
    for (let end = lineStart - 1; end > 0; ) {
      while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
      const rowStart = text.lastIndexOf("\n", end - 1) + 1;
      if (pipes(rowStart, end) < 2) return null;
      let cellStart = rowStart;
      for (let k = 0; k < column && cellStart >= 0; k++) cellStart = text.indexOf("|", cellStart) + 1 || -1;
      if (cellStart >= rowStart && cellStart <= end) {
        const next = text.indexOf("|", cellStart);
        const cellEnd = next >= 0 && next < end ? next : end;
        const inCell = mentions.filter((m) => m.start >= cellStart && m.end <= cellEnd);
        if (inCell.length === 1) return inCell[0].period;
      }
      end = rowStart - 1;
    }
    return null;
  }

  /** The year the text has established before a position: the last sentence that opened with a single year (perhaps after a lead-in: "Theo báo cáo của Sở Ngoại vụ, năm 2017 …"), else the article's year. */
  /**
   * The period of the paragraph that announces the list a paragraph belongs to: the list's items start with
   * "-", "+", "•" or a number; the paragraph before the first item ends with ":" and names one period, or a
   * length of years the text stated ("sau 10 năm" after "10 năm (2007 - 2016)").
   */
  private listIntroPeriod(at: number, mentions: readonly PeriodMention[]): string | null {
    // the item's line, then back over the items and section headings before it ("I. Về trao đổi đoàn") to the
    // line that announces them
    const { text } = this;
    let lineStart = this.lineStartNear(at);
    if (lineStart < 0 || !LIST_ITEM.test(text.slice(lineStart, lineStart + 8))) return null;
    let from = -1, to = -1;
    for (let n = 0; n < 40 && lineStart > 0; n++) {
      const prevEnd = lineStart - 1;
      const prevStart = this.lineStartNear(prevEnd);
      if (prevStart < 0) return null;
      const line = text.slice(prevStart, prevEnd).trim();
      if (!line) {
        lineStart = prevStart;
        continue;
      }
      if (LIST_ITEM.test(line.slice(0, 8)) || ROMAN_HEADING.test(line)) {
        lineStart = prevStart;
        continue;
      }
      if (!line.endsWith(":") || line.length > 600) return null;
      from = prevStart;
      to = prevEnd;
      break;
    }
    if (from < 0) return null;
    const intro = text.slice(from, to);
    // a length of years ("sau 10 năm") is the span of that length stated before it; else the one period the paragraph names
    const span = spanNamed(intro, from, mentions);
    if (span) return span;
    const inIntro = mentions.filter((m) => m.start >= from && m.end <= to);
    return inIntro.length === 1 ? inIntro[0].period : null;
  }

  /** The year of the nearest section heading before a paragraph: a short paragraph in capitals or numbered ("A.", "II.") with one year in it. */
  private sectionYear(paraStart: number, mentions: readonly PeriodMention[]): string | null {
    const starts = this.paragraphStarts;
    let k = starts.lastIndexOf(paraStart);
    for (let n = 0; k > 0 && n < 30; n++, k--) {
      const from = starts[k - 1], to = starts[k];
      if (to - from > 120) continue;
      const line = this.text.slice(from, to).trim();
      if (!SECTION_HEADING.test(line) || /[.;:!?]$/u.test(line)) continue;
      // (a heading in capitals writes "NĂM 2009")
      const years = line.match(/(?<![\p{L}\p{N}])(?:năm|NĂM|Năm)\s+((?:19|20)\d{2})(?![\p{N}])/gu) ?? [];
      return years.length === 1 && !/[-–]\s*(?:19|20)\d{2}/u.test(line) ? years[0].slice(-4) : null;
    }
    return null;
  }

  /** Where the line holding `pos` starts; -1 when that is more than a table row's length back (a zone of one long line is never scanned whole). */
  private lineStartNear(pos: number): number {
    const from = Math.max(0, pos - MAX_ROW);
    const back = this.text.slice(from, pos).lastIndexOf("\n");
    return back >= 0 ? from + back + 1 : from === 0 ? 0 : -1;
  }

  /** Whether a sentence opens with the period mention: at its start, after a lead-in ("Theo báo cáo …, năm 2017") or an occasion ("Dịp Tết Nguyên đán Ất Mùi 2015"). */
  private opensWith(s: Span, m: PeriodMention): boolean {
    const lead = m.start - s.start;
    if (lead <= 25) return true;
    if (lead > 80) return false;
    const before = this.text.slice(s.start, m.start);
    return LEAD_IN.test(before) || OCCASION_LEAD.test(before);
  }

    private yearBefore(pos: number, mentions: readonly PeriodMention[]): string | null {
    // the sentence right before, in the paragraph, names one year: "… đánh giá cao kết quả hợp tác năm 2024. Trong năm, …"
    const paraStart = this.paragraphStarts.filter((p) => p <= pos).pop() ?? 0;
    const prev = this.sentences.filter((x) => x.start >= paraStart && x.end <= pos).pop();
    if (prev) {
      const inPrev = mentions.filter((m) => m.start >= prev.start && m.end <= prev.end);
      if (inPrev.length === 1 && !inPrev[0].period.includes("-")) return inPrev[0].period;
    }
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k];
      if (m.end > pos || m.period.includes("-")) continue;
      const s = this.sentence(m.start, m.end);
      if (this.opensWith(s, m)) return m.period;
    }
    return this.reportYear;
  }

  /** All four fields at once. `from` bounds the status search (e.g. after a previous record in the clause). */
  context(start: number, end: number, from?: number, ignorePeriod?: (m: { start: number; end: number }) => boolean): Context {
    const change = this.change(start);
    const status = this.status(start, from) ?? (change ? null : this.sharedActual(start));
    return { qualifier: this.qualifier(start), status, change, period: this.period(start, end, ignorePeriod) };
  }

  /** Period mentions (for extractors that must set some aside, such as an agreement's term). */
  periodMentions(): readonly { start: number; end: number; period: string }[] {
    return this.mentions;
  }

  evidence(start: number, end: number): Evidence {
    const s = this.sentence(start, end);
    return { text: this.text.slice(start, end), zone: this.zone, start, end, sentence: this.text.slice(s.start, s.end) };
  }
}

function nearest(ms: PeriodMention[], start: number, end: number): PeriodMention {
  let best = ms[0];
  let bestD = Infinity;
  for (const m of ms) {
    const d = m.end <= start ? start - m.end : m.start >= end ? m.start - end : 0;
    if (d < bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

export { sentenceSpans };
