// Vietnamese provinces, before and after the 2025 merger, and the lookup that
// finds them in text. They are used to decide what an article is about and to
// make sure no Vietnamese province is ever taken for a foreign partner.
import { memoByString } from "../util/memo.js";
import { VN_PROVINCES_2025 } from "./vn-provinces-data.js";
import { foldSyllable, foldTone, foldToneAligned, isLetterCode, isUpperCode } from "../text/normalize.js";

/** Display names for the pre-2025 units whose CSV name is an abbreviation. */
const DISPLAY: Record<string, string> = { TPHCM: "Hồ Chí Minh", Huế: "Thừa Thiên Huế" };

/**
 * Other spellings in use. A spelling that is also an ordinary phrase or a
 * person's name is matched only with a prefix that makes it a place.
 */
const ALIASES: Record<string, string[]> = {
  "Hồ Chí Minh": ["TP.HCM", "TP. HCM", "TPHCM", "TP HCM", "TP. Hồ Chí Minh", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh"],
  "Thừa Thiên Huế": ["Thừa Thiên - Huế", "Thừa Thiên-Huế", "Huế"],
  "Đắk Lắk": ["Đắc Lắc", "Đăk Lăk", "Đắk Lăk", "Daklak", "Đắklắk"],
  "Đắk Nông": ["Đăk Nông", "Đắc Nông"],
  "Bà Rịa - Vũng Tàu": ["Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "BR-VT"],
  "Bắc Kạn": ["Bắc Cạn"],
  "Kon Tum": ["Kontum"],
};

/** Names that are also part of a longer non-province name (Thái Bình Dương is the Pacific). */
const NOT_FOLLOWED_BY: Record<string, RegExp> = { "Thái Bình": /^\s+Dương/u, "Điện Biên": /^\s+Phủ/u };

export interface VnProvince {
  /** name at publication (pre-2025 when the unit was merged) */
  name: string;
  /** the post-2025 unit it belongs to */
  name2025: string;
  /** true when the name is itself a post-2025 unit */
  current: boolean;
}

const PROVINCES: VnProvince[] = [];
{
  const seen = new Set<string>();
  for (const unit of VN_PROVINCES_2025) {
    for (const old of unit.formedFrom) {
      const name = DISPLAY[old] ?? old;
      if (seen.has(name)) continue;
      seen.add(name);
      PROVINCES.push({ name, name2025: DISPLAY[unit.name] ?? unit.name, current: (DISPLAY[unit.name] ?? unit.name) === name });
    }
  }
}
export const VN_PROVINCES: readonly VnProvince[] = PROVINCES;

const byName = new Map(PROVINCES.map((p) => [p.name, p]));

/** All spellings, longest first, with the province each names. */
const SPELLINGS: { spelling: string; folded: string; province: VnProvince }[] = [];
for (const p of PROVINCES) {
  for (const s of [p.name, ...(ALIASES[p.name] ?? [])]) SPELLINGS.push({ spelling: s, folded: foldTone(s), province: p });
}
SPELLINGS.sort((a, b) => b.spelling.length - a.spelling.length);

/** Province by any spelling, tolerant of tone placement ("Thanh Hoá" = "Thanh Hóa"). */
export function lookupVnProvince(name: string): VnProvince | null {
  const direct = byName.get(name);
  if (direct) return direct;
  const f = foldTone(name.replace(/^(tỉnh|thành phố|TP\.?|Thủ đô)\s+/iu, ""));
  return SPELLINGS.find((s) => s.folded === f)?.province ?? null;
}

export interface ProvinceMention {
  province: VnProvince;
  start: number;
  end: number;
  /** the word before it marks it as a province ("tỉnh", "thành phố", "Tỉnh ủy", "UBND tỉnh"…) */
  marked: boolean;
}

// One alternation over all folded spellings, run on the tone-folded text (same
// offsets). Word boundaries are checked by hand: \b does not know Vietnamese letters.
/** Spellings by their tone-folded first syllable ("quảng" → Quảng Ninh, Quảng Nam …), longest first. */
const BY_FIRST = new Map<string, typeof SPELLINGS>();
for (const sp of SPELLINGS) {
  const first = sp.folded.split(/[\s.-]/)[0];
  const list = BY_FIRST.get(first) ?? [];
  list.push(sp);
  BY_FIRST.set(first, list);
}

const MARKER_BEFORE = /(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?|Thủ đô|thủ đô|Tỉnh ủy|Tỉnh uỷ|UBND tỉnh|HĐND tỉnh|Đảng bộ tỉnh|Công an tỉnh|Sở Ngoại vụ)\s*$/u;

/** First words as written → the spellings they may start (null: none); capitalised words repeat across pages. */
const spellingsStartingWith = memoByString((word: string): typeof SPELLINGS | null => BY_FIRST.get(foldSyllable(word)) ?? null);

/** Tone folds of the text after a candidate first word ("Nghệ An", "Lào và"): the same few strings come back on every page. */
const foldedSlice = memoByString(foldToneAligned);

/**
 * The next word start at or after `from` with a capital (the character before
 * it is no letter or digit); `text.length` when there is none. A loop of its
 * own: kept this small, V8 compiles it to a tight scan (three times faster
 * than the same test inside findVnProvinces' loop).
 */
function nextCapitalStart(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    if (!isUpperCode(text.charCodeAt(i))) continue;
    if (i === 0) return 0;
    const prev = text.charCodeAt(i - 1);
    if (!isLetterCode(prev) && !(prev >= 48 && prev <= 57)) return i;
  }
  return n;
}

/** Every Vietnamese province named in a text, with offsets. */
export function findVnProvinces(text: string): ProvinceMention[] {
  const out: ProvinceMention[] = [];
  const n = text.length;
  // every spelling starts with a capital (TP, Thừa Thiên …): look only there, by the first syllable
  for (let start = nextCapitalStart(text, 0); start < n; start = nextCapitalStart(text, start + 1)) {
    let e = start + 1;
    while (e < n && isLetterCode(text.charCodeAt(e))) e++;
    const candidates = spellingsStartingWith(text.slice(start, e));
    if (!candidates) continue;
    const m = candidates.find((c) => foldedSlice(text.slice(start, start + c.folded.length)) === c.folded);
    if (!m) continue;
    const end = start + m.folded.length;
    const before = text[start - 1] ?? " ";
    const after = text[end] ?? " ";
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    const surface = text.slice(start, end);
    // place names are capitalised word by word: "hòa bình" (peace) is not Hòa Bình
    if (!surface.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || w === "-" || w === "–")) continue;
    const hit = m.province;
    if (!hit) continue;
    if (NOT_FOLLOWED_BY[hit.name]?.test(text.slice(end))) continue;
    const marked = MARKER_BEFORE.test(text.slice(Math.max(0, start - 20), start));
    // "Hồ Chí Minh" alone is the President; "Huế" alone is the city
    if ((surface === "Hồ Chí Minh" || surface === "Huế") && !marked) continue;
    out.push({ province: hit, start, end, marked });
    start = end - 1;
  }
  return out;
}

/**
 * The province an article is about: mentions in the title count three times,
 * mentions marked as a province ("tỉnh Lạng Sơn", "UBND tỉnh Nghệ An") count
 * double. Null when no province is named at least twice or in the title.
 */
export function subjectProvince(title: string | null, body: string): VnProvince | null {
  const score = new Map<string, number>();
  const add = (ms: ProvinceMention[], weight: number) => {
    for (const m of ms) score.set(m.province.name, (score.get(m.province.name) ?? 0) + weight * (m.marked ? 2 : 1));
  };
  const inTitle = title ? findVnProvinces(title) : [];
  add(inTitle, 3);
  add(findVnProvinces(body), 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [name, s] of score) {
    if (s > bestScore) {
      best = name;
      bestScore = s;
    }
  }
  if (!best || bestScore < 3) return null;
  return byName.get(best) ?? null;
}
