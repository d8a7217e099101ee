// Finding foreign sub-national units in text. Matching works on syllables of
// the diacritic-free fold (same offsets as the text), joined without
// separators, so "Chăm-pa-sắc", "Chăm Pa Sắc" and "Chămpasắc" are one key and
// "Sa Vẳn Na Khệt" meets "Savannakhet". Guards: capitalised words only,
// context for ambiguous spellings, never a Vietnamese province, and the
// country from a following parenthesis. Jaro–Winkler (natural) is a last,
// guarded fallback for near misses after "tỉnh …" with a foreign country.
import { createRequire } from "node:module";
import { foldAscii, foldKey, isUpperCode } from "../text/normalize.js";
import { COUNTRIES } from "./countries.js";
import { FOREIGN_UNITS, type ForeignUnit } from "./foreign-units.js";
import { findVnProvinces } from "./vn-provinces.js";
import { overlapsAny, sentenceAround } from "../text/sentences.js";

interface Spelling {
  unit: ForeignUnit;
  spelling: string;
  ambiguous: boolean;
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** Generic words that may precede a name inside a spelling and need no capital. */
const GENERIC = new Set(["tinh", "thanh", "pho", "thu", "do", "khu", "tu", "tri", "dan", "toc", "bang", "vung", "quan", "hat", "chau", "dac", "cap", "va"]);
const CONTEXT_BEFORE = /(?:tỉnh|Tỉnh|thành phố|Thành phố|bang|Bang|vùng|Vùng|khu tự trị|Khu tự trị|tỉnh bang|quận|hạt|châu|Thủ đô|thủ đô|thủ phủ|đặc khu|Đặc khu|vùng lãnh thổ|địa phương|chính quyền|Chính quyền|HĐND|UBND|Tỉnh trưởng|Thống đốc|Chủ tịch|Bí thư|Phó Tỉnh trưởng|Phó Thống đốc|tỉnh trưởng|thống đốc|các tỉnh|hai tỉnh|tỉnh bạn)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}$/u;

const index = new Map<string, Spelling[]>();
/** folded first syllables of spellings that start in lower case ("tỉnh Viêng Chăn"): the only lower-case starts worth trying */
const lowerStarts = new Set<string>();
/** every prefix of every key, so that a window stops growing as soon as no name can start this way */
const prefixes = new Set<string>();
let maxTokens = 1;
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
    for (let k = 1; k <= key.length; k++) prefixes.add(key.slice(0, k));
    if (!/^[\p{Lu}\d]/u.test(spelling)) lowerStarts.add(tokens[0]);
  }
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

interface Token {
  start: number;
  end: number;
  key: string;
}

/** Index of three folded characters (a–z, 0–9) in PREFIX3. */
function code3(a: number, b: number, c: number): number {
  const v = (x: number) => (x >= 97 && x <= 122 ? x - 96 : x >= 48 && x <= 57 ? x - 21 : 0);
  return (v(a) * 37 + v(b)) * 37 + v(c);
}
/** The first three letters of every key: most capitalised words can be rejected without building a string. */
const PREFIX3 = new Uint8Array(37 * 37 * 37);
for (const key of index.keys()) if (key.length >= 3) PREFIX3[code3(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2))] = 1;

/** The lower-case first syllables, as one pattern over the folded text. */
const LOWER_START_RE = lowerStarts.size ? new RegExp(`(?:${[...lowerStarts].join("|")})(?![a-z0-9])`, "g") : null;

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

function capitalised(text: string, toks: Token[]): boolean {
  let sawName = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const ch = text[t.start];
    const afterHyphen = i > 0 && /[-–]/.test(text.slice(toks[i - 1].end, t.start));
    if (GENERIC.has(t.key) && !sawName) continue;
    if (afterHyphen) continue;
    if (!/\p{Lu}|\d/u.test(ch)) return false;
    sawName = true;
  }
  return sawName;
}

/** Every foreign sub-national unit named in a text, longest match first, with offsets. */
export function findForeignUnits(text: string): UnitMention[] {
  const folded = foldAscii(text);
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
  // names start with a capital or a digit, or with one of the few generic words ("tỉnh", "thủ đô") some spellings include
  const starts: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((isUpperCode(c) || (c >= 48 && c <= 57)) && !isWordCode(folded.charCodeAt(k - 1))) starts.push(k);
  }
  if (LOWER_START_RE) for (const c of folded.matchAll(LOWER_START_RE)) starts.push(c.index!);
  starts.sort((x, y) => x - y);
  let resumeAt = 0;
  const n = folded.length;
  for (const at of starts) {
    if (at < resumeAt || isWordCode(folded.charCodeAt(at - 1))) continue;
    // a first syllable of three letters or more must start like some key (shorter ones may join the next syllable)
    if (isWordCode(folded.charCodeAt(at + 2)) && isWordCode(folded.charCodeAt(at + 1)) && !PREFIX3[code3(folded.charCodeAt(at), folded.charCodeAt(at + 1), folded.charCodeAt(at + 2))]) continue;
    // grow the window syllable by syllable while it is still the start of some name; keep every full match
    const toks: Token[] = [];
    const matches: { len: number; key: string }[] = [];
    let key = "";
    let pos = at;
    while (toks.length < maxTokens + 2) {
      let e = pos;
      while (e < n && isWordCode(folded.charCodeAt(e))) e++;
      if (e === pos) break;
      key += folded.slice(pos, e);
      if (!prefixes.has(key)) break;
      toks.push({ start: pos, end: e, key: folded.slice(pos, e) });
      if (index.has(key)) matches.push({ len: toks.length, key });
      // syllables of one name are separated by one to three blanks or hyphens
      let g = e;
      while (g < n && g - e <= 3 && (folded[g] === " " || folded[g] === "-" || folded[g] === "–")) g++;
      if (g === e || g - e > 3) break;
      pos = g;
    }
    let matched = 0;
    for (let m = matches.length - 1; m >= 0 && !matched; m--) {
      const len = matches[m].len;
      const window = toks.slice(0, len);
      const candidates = index.get(matches[m].key)!;
      const start = window[0].start;
      const end = window[window.length - 1].end;
      if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? " ") || /[\p{L}\p{N}]/u.test(text[end] ?? " ")) continue;
      if (!capitalised(text, window)) continue;
      const country = followingCountry(text, end, nextParen(end));
      if (country === "VN") continue;
      const inCountry = country ? candidates.filter((c) => c.unit.country === country) : [];
      if (inCountry.length === 0 && overlapsVn(start, end)) continue;
      let pick: Spelling | undefined = inCountry.find((c) => !c.ambiguous) ?? inCountry[0] ?? candidates.find((c) => !c.ambiguous);
      if (!pick) {
        // an ambiguous spelling needs a place word before it and its country named in the same sentence
        const before = text.slice(Math.max(0, start - 40), start);
        if (CONTEXT_BEFORE.test(before)) {
          // the sentence, but never more than a few hundred characters either way
          const s0 = sentenceAround(text, start, end);
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
    if (matched) resumeAt = toks[matched - 1].end;
  }
  // "tỉnh Sê-kông và tỉnh Át-tạ-pư": a neighbour in the same sentence settles the country
  for (const p of pending) {
    const neighbours = nearby(out, p.sentence.start, p.sentence.end);
    const pick = p.candidates.find((c) => neighbours.some((n) => n.unit.country === c.unit.country));
    if (pick) out.push({ unit: pick.unit, start: p.start, end: p.end, surface: text.slice(p.start, p.end) });
  }
  out.sort((a, b) => a.start - b.start);
  return fuzzyNearMisses(text, out, overlapsVn).concat(out).sort((a, b) => a.start - b.start);
}

let jaroWinkler: ((a: string, b: string) => number) | null = null;
function jw(a: string, b: string): number {
  // loaded on first use only: the fallback is rare and the module costs a few ms
  jaroWinkler ??= createRequire(import.meta.url)("natural/lib/natural/distance/jaro-winkler_distance.js") as (a: string, b: string) => number;
  return jaroWinkler(a, b);
}

const NEAR_MISS_RE = /(?:tỉnh|bang|vùng)\s+(?<name>\p{Lu}[\p{L}]*(?:[ -]\p{Lu}?[\p{L}]+){0,4})\s*\((?<country>[^()]{2,40})\)/gu;

/**
 * "tỉnh Xay-nha-bu-ly (Lào)" when no spelling matches exactly: the closest
 * spelling of that country's units by Jaro–Winkler, if it is close enough.
 */
function fuzzyNearMisses(text: string, exact: UnitMention[], overlapsVn: (start: number, end: number) => boolean): UnitMention[] {
  const out: UnitMention[] = [];
  if (!text.includes("(")) return out;
  for (const m of text.matchAll(NEAR_MISS_RE)) {
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
