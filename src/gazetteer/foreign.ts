// Finding foreign sub-national units in text. Matching works on syllables of
// the diacritic-free fold (same offsets as the text), joined without
// separators, so "Chăm-pa-sắc", "Chăm Pa Sắc" and "Chămpasắc" are one key and
// "Sa Vẳn Na Khệt" meets "Savannakhet". Guards: capitalised words only,
// context for ambiguous spellings, never a Vietnamese province, and the
// country from a following parenthesis. Jaro–Winkler (natural) is a last,
// guarded fallback for near misses after "tỉnh …" with a foreign country.
import { createRequire } from "node:module";
import { foldAscii, foldCode, foldKey, isUpperCode } from "../text/normalize.js";
import { isLetterUnit, isSpaceUnit } from "../text/chars.js";
import { COUNTRIES } from "./countries.js";
import { FOREIGN_UNITS, type ForeignUnit } from "./foreign-units.js";
import { findVnProvinces } from "./vn-provinces.js";
import { overlapsAny, sentenceAround, type Span } from "../text/sentences.js";

interface Spelling {
  unit: ForeignUnit;
  spelling: string;
  ambiguous: boolean;
}

/** Generic words that may precede a name inside a spelling and need no capital. */
const GENERIC = new Set(["tinh", "thanh", "pho", "thu", "do", "khu", "tu", "tri", "dan", "toc", "bang", "vung", "quan", "hat", "chau", "dac", "cap", "va"]);
const CONTEXT_BEFORE = /(?:tỉnh|Tỉnh|thành phố|Thành phố|bang|Bang|vùng|Vùng|khu tự trị|Khu tự trị|tỉnh bang|quận|hạt|châu|huyện|Huyện|Thủ đô|thủ đô|thủ phủ|đặc khu|Đặc khu|vùng lãnh thổ|địa phương|chính quyền|Chính quyền|HĐND|UBND|Tỉnh trưởng|Thống đốc|Chủ tịch|Bí thư|Phó Tỉnh trưởng|Phó Thống đốc|tỉnh trưởng|thống đốc|các tỉnh|hai tỉnh|tỉnh bạn)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}$/u;

/** A later name of a list after one place word: "các huyện Ma Lật Pha, Mã Quan", "các huyện Inje, Hongcheon và Yanggu". */
const LISTED_AFTER_PLACE_WORD = /(?:các|hai|ba)\s+(?:tỉnh|huyện|thành phố|châu|bang|quận)\s+(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s*(?:,|\s+và)\s+){1,6}$/u;

const index = new Map<string, Spelling[]>();
/** folded first syllables of spellings that start in lower case ("tỉnh Viêng Chăn"): the only lower-case starts worth trying */
const lowerStarts = new Set<string>();
let maxTokens = 1;

/** Index of a folded word character (a–z → 0–25, 0–9 → 26–35), or -1. */
function wordIndex(c: number): number {
  return c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? c - 22 : -1;
}
/**
 * Folded keys as a character trie: 36 children per node (a–z, 0–9), 0 for
 * none, node 0 the root. A window grows only while it is the start of some
 * key, tested character by character without building the joined string.
 */
function buildTrie(keys: Iterable<string>): Int32Array {
  const list = [...keys];
  // at most one node per character, plus the root: allocated once
  let chars = 0;
  for (const key of list) chars += key.length;
  const t = new Int32Array(36 * (chars + 1));
  let size = 1;
  for (const key of list) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const slot = node * 36 + wordIndex(key.charCodeAt(i));
      if (!t[slot]) t[slot] = size++;
      node = t[slot];
    }
  }
  return t.subarray(0, size * 36);
}
/** The node a key ends at (the key must be in the trie). */
function trieNode(t: Int32Array, key: string): number {
  let node = 0;
  for (let i = 0; i < key.length; i++) node = t[node * 36 + wordIndex(key.charCodeAt(i))];
  return node;
}

for (const unit of FOREIGN_UNITS) {
  const ambiguousSet = unit.ambiguous ? new Set(unit.ambiguousNames ?? unit.names) : new Set<string>();
  for (const spelling of unit.names) {
    const tokens = foldAscii(spelling.normalize("NFC")).split(/[^a-z0-9]+/).filter(Boolean);
    const key = tokens.join("");
    if (!key) continue;
    maxTokens = Math.max(maxTokens, tokens.length);
    const list = index.get(key) ?? [];
    list.push({ unit, spelling, ambiguous: ambiguousSet.has(spelling) || key.length <= 3 });
    index.set(key, list);
    if (!/^[\p{Lu}\d]/u.test(spelling)) lowerStarts.add(tokens[0]);
  }
}
/** Trie nodes where a lower-case first syllable ends: a lower-case word is tried only when it is one of them. */
const TRIE = buildTrie(index.keys());
/** the key that ends at a node, if any */
const KEY_AT: (string | undefined)[] = [];
for (const key of index.keys()) KEY_AT[trieNode(TRIE, key)] = key;
/** The lower-case first syllables, as a trie of their own: most lower-case words are rejected at their first letter. */
const LOWER_TRIE = buildTrie(lowerStarts);
const LOWER_END = new Uint8Array(LOWER_TRIE.length / 36);
for (const w of lowerStarts) LOWER_END[trieNode(LOWER_TRIE, w)] = 1;

/**
 * Per code unit below U+2000: 1 = folds to a letter a–z or a digit, 2 = also a capital or a digit (a name may
 * start here), 0 = neither; 255 = not yet known (filled on first use, so module load pays nothing).
 */
const CODE_CLASS = new Uint8Array(0x2000).fill(255);
function codeClass(c: number): number {
  const cls = wordIndex(foldCode(c)) < 0 ? 0 : isUpperCode(c) || (c >= 48 && c <= 57) ? 2 : 1;
  CODE_CLASS[c] = cls;
  return cls;
}

const countryByKey = new Map<string, (typeof COUNTRIES)[number]>();
for (const c of COUNTRIES) for (const n of [c.name, ...c.names]) countryByKey.set(foldKey(n), c);

/** ISO code of a country written in Vietnamese or English ("CHDCND Lào", "Trung Quốc", "Liên bang Nga"). */
export function countryCode(name: string): string | null {
  const k = foldKey(name.replace(/^(?:nước|các nước|Vương quốc|vương quốc)\s+/u, ""));
  return countryByKey.get(k)?.code ?? null;
}

const countryNames = new Map<string, RegExp>();
for (const c of COUNTRIES) {
  const names = c.names.filter((n) => !(c.ambiguousNames ?? []).includes(n) && n.length > 2);
  if (names.length) countryNames.set(c.code, new RegExp(`(?<![\\p{L}])(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "u"));
}

function countryNamedIn(text: string, code: string): boolean {
  return countryNames.get(code)?.test(text) ?? false;
}

/** How far around a mention its sentence is searched for a country or a neighbour. */
const NEAR = 300;

/** First index of a span list (sorted by start) whose start is at or after `from`. */
function lowerBound(sorted: { start: number }[], from: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions (sorted by start) that lie within [from, to): binary search, then a short walk. */
function nearby(sorted: UnitMention[], from: number, to: number): UnitMention[] {
  const lo = lowerBound(sorted, from);
  const out: UnitMention[] = [];
  for (let k = lo; k < sorted.length && sorted[k].start < to; k++) if (sorted[k].end <= to) out.push(sorted[k]);
  return out;
}

export interface UnitMention {
  unit: ForeignUnit;
  start: number;
  end: number;
  surface: string;
}

/** Country named in a parenthesis after a place or a list of places: "Xiêng Khoảng, Hủa Phăn và Bo Ly Khăm Xay (CHDCND Lào)". */
function followingCountry(text: string, end: number, nextParen: number): string | null {
  if (nextParen < 0 || nextParen - end > 160) return null;
  const rest = text.slice(end, end + 160);
  // one blank run and one item per step, so that a failed match cannot backtrack exponentially
  const m = /^(?:\s*(?:,|;|và|cùng|với|tỉnh|thành phố|bang|vùng|khu tự trị|dân tộc|Thủ đô|thủ đô|[\p{Lu}][\p{L}'’-]*))*\s*\((?<c>[^()]{2,40})\)/u.exec(rest);
  if (!m) return null;
  const inner = m.groups!.c.split(/[,;–-]/)[0].trim();
  return countryCode(inner);
}

const NAME_PARTICLES = new Set(["de", "du", "des", "la", "le", "am", "an", "der", "von", "upon", "on", "di", "del", "da", "do"]);

/** Whether the window of syllables [0, len) is written as a name: every syllable capitalised, after optional generic words, except after a hyphen. */
function capitalised(text: string, tokStart: Int32Array, tokEnd: Int32Array, len: number): boolean {
  let sawName = false;
  for (let i = 0; i < len; i++) {
    const ch = text[tokStart[i]];
    const afterHyphen = i > 0 && /[-–]/.test(text.slice(tokEnd[i - 1], tokStart[i]));
    if (!sawName && GENERIC.has(foldAscii(text.slice(tokStart[i], tokEnd[i])))) continue;
    if (afterHyphen) continue;
    // a lower-case particle inside a Western name: "Centre-Val de Loire", "Frankfurt am Main"
    if (sawName && i < len - 1 && NAME_PARTICLES.has(text.slice(tokStart[i], tokEnd[i]))) continue;
    if (!/\p{Lu}|\d/u.test(ch)) return false;
    sawName = true;
  }
  return sawName;
}

/** Blank or hyphen between the syllables of one name (on folded code units). */
function isSeparator(f: number): boolean {
  return f === 32 || f === 45 || f === 0x2013;
}

/**
 * The next position at or after `from` where a name may start: a word start (the character before folds to
 * no letter or digit) with a capital or a digit, or with a whole lower-case first syllable ("tỉnh …") some
 * spellings begin with; `text.length` when there is none. A small loop over code units with a table: far
 * cheaper than a regular-expression call per candidate.
 */
function nextStart(text: string, from: number): number {
  const n = text.length;
  let prevWord = from > 0 && isFoldWordCode(text.charCodeAt(from - 1));
  for (let at = from; at < n; at++) {
    const c = text.charCodeAt(at);
    let cls = c < 0x2000 ? CODE_CLASS[c] : 0;
    if (cls === 255) cls = codeClass(c);
    if (prevWord || cls === 0) {
      prevWord = cls !== 0;
      continue;
    }
    prevWord = true;
    if (cls === 2) return at;
    // lower case: only a whole lower-case first syllable counts
    let ln = 0;
    for (let e = at; e < n; e++) {
      const idx = wordIndex(foldCode(text.charCodeAt(e)));
      if (idx < 0) break;
      ln = LOWER_TRIE[ln * 36 + idx];
      if (ln === 0) break;
    }
    if (ln !== 0 && LOWER_END[ln]) return at;
  }
  return n;
}

function isFoldWordCode(c: number): boolean {
  if (!(c < 0x2000)) return false;
  const cls = CODE_CLASS[c];
  return (cls === 255 ? codeClass(c) : cls) !== 0;
}

/** Syllables of the current window and the full keys found in it (reused across calls: no allocation per candidate). */
let tokStart = new Int32Array(8);
let tokEnd = new Int32Array(8);
let matchLen = new Int32Array(8);
let matchNode = new Int32Array(8);

/** Every foreign sub-national unit named in a text, longest match first, with offsets. */
export function findForeignUnits(text: string, sentences?: readonly Span[]): UnitMention[] {
  // Vietnamese provinces are looked for only around a candidate, not in the whole text
  const vnSeen = new Map<string, boolean>();
  const overlapsVn = (start: number, end: number) => {
    const from = Math.max(0, start - 24);
    const window = text.slice(from, end + 24);
    const key = `${start - from}:${end - from}:${window}`;
    let hit = vnSeen.get(key);
    if (hit === undefined) {
      hit = findVnProvinces(window).some((p) => p.start + from < end && start < p.end + from);
      vnSeen.set(key, hit);
    }
    return hit;
  };
  // the next "(" at or after a position; positions only grow, so the search is linear overall
  let paren = text.indexOf("(");
  const nextParen = (pos: number) => {
    if (paren >= 0 && paren < pos) paren = text.indexOf("(", pos);
    return paren;
  };
  const out: UnitMention[] = [];
  /** ambiguous spellings with a place word before them, waiting for a neighbour of the same country */
  const pending: { candidates: Spelling[]; start: number; end: number; sentence: { start: number; end: number } }[] = [];
  const maxToks = maxTokens + 2;
  if (tokStart.length < maxToks) {
    tokStart = new Int32Array(maxToks);
    tokEnd = new Int32Array(maxToks);
    matchLen = new Int32Array(maxToks);
    matchNode = new Int32Array(maxToks);
  }
  const n = text.length;
  let resumeAt = 0;
  // a window that matched is not searched again for shorter names inside it
  for (let at = nextStart(text, 0); at < n; at = nextStart(text, Math.max(at + 1, resumeAt))) {
    // grow the window syllable by syllable while it is still the start of some key (trie walk); keep every full match
    let ntok = 0;
    let nmatch = 0;
    let node = 0;
    let pos = at;
    while (ntok < maxToks) {
      let e = pos;
      let isPrefix = true;
      while (e < n) {
        const idx = wordIndex(foldCode(text.charCodeAt(e)));
        if (idx < 0) break;
        const next = TRIE[node * 36 + idx];
        if (next === 0) {
          isPrefix = false;
          break;
        }
        node = next;
        e++;
      }
      if (e === pos || !isPrefix) break;
      tokStart[ntok] = pos;
      tokEnd[ntok] = e;
      ntok++;
      if (KEY_AT[node] !== undefined) {
        matchLen[nmatch] = ntok;
        matchNode[nmatch] = node;
        nmatch++;
      }
      // syllables of one name are separated by one to three blanks or hyphens
      let g = e;
      while (g < n && g - e <= 3 && isSeparator(foldCode(text.charCodeAt(g)))) g++;
      if (g === e || g - e > 3) break;
      pos = g;
    }
    let matched = 0;
    for (let m = nmatch - 1; m >= 0 && !matched; m--) {
      const len = matchLen[m];
      const candidates = index.get(KEY_AT[matchNode[m]]!)!;
      const start = tokStart[0];
      const end = tokEnd[len - 1];
      if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? " ") || /[\p{L}\p{N}]/u.test(text[end] ?? " ")) continue;
      if (!capitalised(text, tokStart, tokEnd, len)) continue;
      const country = followingCountry(text, end, nextParen(end));
      if (country === "VN") continue;
      const inCountry = country ? candidates.filter((c) => c.unit.country === country) : [];
      if (inCountry.length === 0 && overlapsVn(start, end)) continue;
      let pick: Spelling | undefined = inCountry.find((c) => !c.ambiguous) ?? inCountry[0] ?? candidates.find((c) => !c.ambiguous);
      if (!pick) {
        // an ambiguous spelling needs a place word before it and its country named in the same sentence
        const before = text.slice(Math.max(0, start - 40), start);
        if (CONTEXT_BEFORE.test(before) || LISTED_AFTER_PLACE_WORD.test(text.slice(Math.max(0, start - 120), start))) {
          // the sentence, but never more than a few hundred characters either way
          const s0 = sentenceAround(text, start, end, sentences);
          const sentence = { start: Math.max(s0.start, start - NEAR), end: Math.min(s0.end, end + NEAR) };
          pick = candidates.find((c) => countryNamedIn(text.slice(sentence.start, sentence.end), c.unit.country));
          if (!pick) {
            pending.push({ candidates, start, end, sentence });
            matched = len;
          }
        }
      }
      if (!pick) continue;
      out.push({ unit: pick.unit, start, end, surface: text.slice(start, end) });
      matched = len;
    }
    if (matched) resumeAt = tokEnd[matched - 1];
  }
  // "tỉnh Sê-kông và tỉnh Át-tạ-pư": a neighbour in the same sentence settles the country; else the same
  // unit settled elsewhere in the text ("tỉnh Yamagata (Nhật Bản)" … "đoàn đại biểu tỉnh Yamagata"); else
  // a unit of a country the text has settled others of, near it ("thành phố Bách Sắc (…, Trung Quốc)" …
  // "thành phố Sùng Tả", "huyện Long Châu và huyện Ninh Minh"), one sense per article
  const settled = new Set(out.map((m) => m.unit));
  const near = (country: string, at: number) => out.some((m) => m.unit.country === country && Math.abs(m.start - at) <= SETTLED_REACH);
  // … and only when the place word before it fits the unit ("các huyện Trùng Khánh, …" are no municipality)
  const fits = (c: Spelling, at: number) => {
    const w = PLACE_WORD_BEFORE.exec(text.slice(Math.max(0, at - 16), at))?.[1].toLowerCase();
    return w !== undefined && (PLACE_WORD_TYPES[w] ?? []).includes(c.unit.type);
  };
  for (const p of pending) {
    const neighbours = nearby(out, p.sentence.start, p.sentence.end);
    const pick =
      p.candidates.find((c) => neighbours.some((n) => n.unit.country === c.unit.country)) ??
      p.candidates.find((c) => settled.has(c.unit)) ??
      p.candidates.find((c) => near(c.unit.country, p.start) && fits(c, p.start));
    if (pick) out.push({ unit: pick.unit, start: p.start, end: p.end, surface: text.slice(p.start, p.end) });
  }
  out.sort((a, b) => a.start - b.start);
  return fuzzyNearMisses(text, out, overlapsVn).concat(out).sort((a, b) => a.start - b.start);
}

/** The place word right before a name, and the kinds of unit each can name. */
const PLACE_WORD_BEFORE = /(huyện|thành phố|tỉnh|châu|bang|quận|thị xã)\s+$/iu;
const PLACE_WORD_TYPES: Record<string, string[]> = {
  huyện: ["county", "district"],
  "thành phố": ["city", "municipality", "prefecture-level city"],
  "thị xã": ["city", "county"],
  tỉnh: ["province", "prefecture"],
  châu: ["autonomous prefecture", "prefecture", "state"],
  bang: ["state"],
  quận: ["district", "county"],
};
/** How far (characters) a settled unit of a country makes an ambiguous name with a place word before it one of that country's. */
const SETTLED_REACH = 1500;

let jaroWinkler: ((a: string, b: string) => number) | null = null;
function jw(a: string, b: string): number {
  // loaded on first use only: the fallback is rare and the module costs a few ms
  jaroWinkler ??= createRequire(import.meta.url)("natural/lib/natural/distance/jaro-winkler_distance.js") as (a: string, b: string) => number;
  return jaroWinkler(a, b);
}

const NEAR_MISS_WORDS = ["tỉnh", "bang", "vùng"];
const NEAR_MISS_RE = new RegExp(String.raw`(?:${NEAR_MISS_WORDS.join("|")})\s+(?<name>\p{Lu}[\p{L}]*(?:[ -]\p{Lu}?[\p{L}]+){0,4})\s*\((?<country>[^()]{2,40})\)`, "yu");

/** What may stand between a near miss's place word and its "(": letters, blanks, hyphens (and surrogates, halves of letters beyond U+FFFF). */
function inNearMissRun(c: number): boolean {
  return isLetterUnit(c) || isSpaceUnit(c) || c === 45 || (c >= 0xd800 && c <= 0xdfff);
}

/**
 * The matches of NEAR_MISS_RE, exactly as a global scan finds them, tried
 * only where one can start. A match's "(" is the first one after its start,
 * and only letters, blanks and hyphens stand before it: so it starts in the
 * run of those before some "(", at one of its place words.
 */
function nearMissMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (let p = text.indexOf("("); p >= 0; p = text.indexOf("(", p + 1)) {
    let s = p;
    while (s > lastEnd && inNearMissRun(text.charCodeAt(s - 1))) s--;
    if (s === p) continue;
    const starts: number[] = [];
    // searched in the run only (indexOf on the whole text would go on to its end)
    const run = text.slice(s, p);
    for (const w of NEAR_MISS_WORDS) for (let x = run.indexOf(w); x >= 0; x = run.indexOf(w, x + 1)) starts.push(s + x);
    starts.sort((a, b) => a - b);
    for (const x of starts) {
      if (x < lastEnd) continue;
      NEAR_MISS_RE.lastIndex = x;
      const m = NEAR_MISS_RE.exec(text);
      if (m) {
        out.push(m);
        lastEnd = x + m[0].length;
      }
    }
  }
  return out;
}

/**
 * "tỉnh Xay-nha-bu-ly (Lào)" when no spelling matches exactly: the closest
 * spelling of that country's units by Jaro–Winkler, if it is close enough.
 */
function fuzzyNearMisses(text: string, exact: UnitMention[], overlapsVn: (start: number, end: number) => boolean): UnitMention[] {
  const out: UnitMention[] = [];
  if (!text.includes("(")) return out;
  for (const m of nearMissMatches(text)) {
    const name = m.groups!.name;
    const start = m.index! + m[0].indexOf(name);
    const end = start + name.length;
    if (overlapsAny(exact, start, end) || overlapsVn(start, end)) continue;
    const country = countryCode(m.groups!.country);
    if (!country || country === "VN") continue;
    const key = foldKey(name);
    if (key.length < 5) continue;
    let best: { unit: ForeignUnit; score: number } | null = null;
    for (const unit of FOREIGN_UNITS) {
      if (unit.country !== country) continue;
      for (const s of unit.names) {
        const score = jw(key, foldKey(s));
        if (!best || score > best.score) best = { unit, score };
      }
    }
    if (best && best.score >= 0.93) out.push({ unit: best.unit, start, end, surface: name });
  }
  return out;
}
