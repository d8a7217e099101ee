// Finding foreign sub-national units in text. Matching works on syllables of
// the diacritic-free fold (same offsets as the text), joined without
// separators, so "Chăm-pa-sắc", "Chăm Pa Sắc" and "Chămpasắc" are one key and
// "Sa Vẳn Na Khệt" meets "Savannakhet". Guards: capitalised words only,
// context for ambiguous spellings, never a Vietnamese province, and the
// country from a following parenthesis. Jaro–Winkler (natural) is a last,
// guarded fallback for near misses after "tỉnh …" with a foreign country.
import { createRequire } from "node:module";
import { foldAscii, foldKey, foldTone } from "../text/normalize.js";
import { COUNTRIES } from "./countries.js";
import { FOREIGN_UNITS, type ForeignUnit } from "./foreign-units.js";
import { findVnProvinces } from "./vn-provinces.js";
import { sentenceAround } from "../text/sentences.js";

interface Spelling {
  unit: ForeignUnit;
  spelling: string;
  ambiguous: boolean;
}

/** Generic words that may precede a name inside a spelling and need no capital. */
const GENERIC = new Set(["tinh", "thanh", "pho", "thu", "do", "khu", "tu", "tri", "dan", "toc", "bang", "vung", "quan", "hat", "chau", "dac", "cap", "va"]);
const CONTEXT_BEFORE = /(?:tỉnh|Tỉnh|thành phố|Thành phố|bang|Bang|vùng|Vùng|khu tự trị|Khu tự trị|tỉnh bang|quận|hạt|châu|Thủ đô|thủ đô|thủ phủ|đặc khu|Đặc khu|vùng lãnh thổ|địa phương|chính quyền|Chính quyền|HĐND|UBND|Tỉnh trưởng|Thống đốc|Chủ tịch|Bí thư|Phó Tỉnh trưởng|Phó Thống đốc|tỉnh trưởng|thống đốc|các tỉnh|hai tỉnh|tỉnh bạn)\s+(?:[\p{Lu}][\p{L}-]*\s+){0,3}$/u;

const index = new Map<string, Spelling[]>();
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

function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(/[a-z0-9]+/g)) out.push({ start: m.index!, end: m.index! + m[0].length, key: m[0] });
  return out;
}

/** Country named in a parenthesis after a place or a list of places: "Xiêng Khoảng, Hủa Phăn và Bo Ly Khăm Xay (CHDCND Lào)". */
function followingCountry(text: string, end: number): string | null {
  const rest = text.slice(end, end + 160);
  const m = /^(?:\s*(?:,|;|và|cùng|với|tỉnh|thành phố|bang|vùng|khu tự trị(?:\s+dân tộc\s+\p{Lu}\p{L}*)?|Thủ đô|thủ đô)\s*|\s*[\p{Lu}][\p{L}'’-]*)*\s*\((?<c>[^()]{2,40})\)/u.exec(rest);
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
  const toks = tokenize(folded);
  let vnCache: { start: number; end: number }[] | null = null;
  const vnMentions = () => (vnCache ??= findVnProvinces(text));
  const out: UnitMention[] = [];
  /** ambiguous spellings with a place word before them, waiting for a neighbour of the same country */
  const pending: { candidates: Spelling[]; start: number; end: number; sentence: { start: number; end: number } }[] = [];
  let i = 0;
  while (i < toks.length) {
    // grow the window syllable by syllable while it is still the start of some name; keep every full match
    const matches: number[] = [];
    let key = "";
    for (let len = 1; i + len <= toks.length && len <= maxTokens + 2; len++) {
      const t = toks[i + len - 1];
      if (len > 1 && !/^[ \-–]{1,3}$/u.test(text.slice(toks[i + len - 2].end, t.start))) break;
      key += t.key;
      if (!prefixes.has(key)) break;
      if (index.has(key)) matches.push(len);
    }
    let matched = 0;
    for (let m = matches.length - 1; m >= 0 && !matched; m--) {
      const len = matches[m];
      const window = toks.slice(i, i + len);
      const candidates = index.get(window.map((t) => t.key).join(""))!;
      const start = window[0].start;
      const end = window[window.length - 1].end;
      if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? " ") || /[\p{L}\p{N}]/u.test(text[end] ?? " ")) continue;
      if (!capitalised(text, window)) continue;
      const country = followingCountry(text, end);
      if (country === "VN") continue;
      const inCountry = country ? candidates.filter((c) => c.unit.country === country) : [];
      const overlapsVn = vnMentions().some((p) => p.start < end && start < p.end);
      if (overlapsVn && inCountry.length === 0) continue;
      let pick: Spelling | undefined = inCountry.find((c) => !c.ambiguous) ?? inCountry[0] ?? candidates.find((c) => !c.ambiguous);
      if (!pick) {
        // an ambiguous spelling needs a place word before it and its country named in the same sentence
        const before = text.slice(Math.max(0, start - 40), start);
        if (CONTEXT_BEFORE.test(before)) {
          const sentence = sentenceAround(text, start, end);
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
    i += matched || 1;
  }
  // "tỉnh Sê-kông và tỉnh Át-tạ-pư": a neighbour in the same sentence settles the country
  for (const p of pending) {
    const neighbours = out.filter((o) => o.start >= p.sentence.start && o.end <= p.sentence.end);
    const pick = p.candidates.find((c) => neighbours.some((n) => n.unit.country === c.unit.country));
    if (pick) out.push({ unit: pick.unit, start: p.start, end: p.end, surface: text.slice(p.start, p.end) });
  }
  return fuzzyNearMisses(text, out, vnMentions).concat(out).sort((a, b) => a.start - b.start);
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
function fuzzyNearMisses(text: string, exact: UnitMention[], vnMentions: () => { start: number; end: number }[]): UnitMention[] {
  const out: UnitMention[] = [];
  for (const m of text.matchAll(NEAR_MISS_RE)) {
    const name = m.groups!.name;
    const start = m.index! + m[0].indexOf(name);
    const end = start + name.length;
    if (exact.some((e) => e.start < end && start < e.end) || vnMentions().some((p) => p.start < end && start < p.end)) continue;
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

/** Tone-folded comparison of two spellings, for tests and lookups. */
export function sameSpelling(a: string, b: string): boolean {
  return foldTone(a) === foldTone(b);
}
