// Sentence boundaries in cleaned Vietnamese text, for the `sentence` evidence
// field and for clause-level context. A boundary is a newline, or sentence
// punctuation followed by a space and a capital, quote or digit — except after
// abbreviations that end in a dot (TP. Hồ Chí Minh, P. Chi Lăng, ThS. …).
import { isLetterUnit, isSpaceUnit, isUpperUnit } from "./chars.js";

const ABBREVIATIONS = new Set(["tp", "p", "q", "tx", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "ls", "st", "no", "vs", "mr", "mrs", "dr", "co", "ltd"]);

export interface Span {
  start: number;
  end: number;
}

// Callers outside the extractors ask for sentences of the same text many times
// in a row; ZoneContext keeps its own spans (findSentenceSpans) instead.
let lastText: string | null = null;
let lastSpans: Span[] = [];

/** All sentence spans of a text (trimmed, non-empty), in order. */
export function sentenceSpans(text: string): Span[] {
  if (text === lastText) return lastSpans;
  const spans = findSentenceSpans(text);
  lastText = text;
  lastSpans = spans;
  return spans;
}

const BOUNDARY_RE = /\n+|[.!?…]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
const LAST_WORD_RE = /([\p{L}]+)$/u;

/**
 * The letters right before a dot, within six characters (as LAST_WORD_RE reads
 * them), or null. Read backwards by table; a surrogate (a letter beyond
 * U+FFFF, or half of one) leaves it to the pattern.
 */
function wordBeforeDot(text: string, at: number): string | null {
  const from = Math.max(0, at - 6);
  let j = at;
  while (j > from) {
    const c = text.charCodeAt(j - 1);
    if (c >= 0xd800 && c <= 0xdfff) return LAST_WORD_RE.exec(text.slice(from, at))?.[1] ?? null;
    if (!isLetterUnit(c)) break;
    j--;
  }
  return j < at ? text.slice(j, at) : null;
}

/** Sentence spans of a text, computed afresh (no cache). */
export function findSentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && isSpaceUnit(text.charCodeAt(s))) s++;
    while (e > s && isSpaceUnit(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const re = BOUNDARY_RE;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const first = text.charCodeAt(m.index);
    if (first === 46) {
      const word = wordBeforeDot(text, m.index);
      if (word && ABBREVIATIONS.has(word.toLowerCase()) && m[0].length === 1) continue;
      // a single capital letter before the dot is an initial (Nguyễn V. A)
      if (word && word.length === 1 && isUpperUnit(word.charCodeAt(0))) continue;
    }
    const end = first === 10 ? m.index : m.index + m[0].length;
    push(start, end);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return spans;
}

/** The sentence that contains [start, end), or the span itself if it crosses sentences. */
export function sentenceAround(text: string, start: number, end: number, spans: readonly Span[] = sentenceSpans(text)): Span {
  // the last sentence starting at or before `start` (binary search: long texts have many)
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  const hit = spans[lo - 1];
  if (hit && hit.start <= start && end <= hit.end) return hit;
  let s = start;
  let e = end;
  while (s > 0 && text[s - 1] !== "\n") s--;
  while (e < text.length && text[e] !== "\n") e++;
  return { start: s, end: e };
}

export function sentenceText(text: string, start: number, end: number): string {
  const s = sentenceAround(text, start, end);
  return text.slice(s.start, s.end);
}

/** Whether `pos` falls inside one of the spans (sorted by start, not nested): binary search. */
export function insideAny(sorted: readonly Span[], pos: number): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && pos < sorted[lo - 1].end;
}

/** Whether [start, end) overlaps one of the spans (sorted by start, not nested). */
export function overlapsAny(sorted: readonly Span[], start: number, end: number): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sorted[lo - 1].end > start;
}
