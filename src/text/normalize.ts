// Text normalisation. Every record offset refers to text that has been through
// `normalize`; the folds below are for matching only and never for offsets,
// except `foldAscii`, which keeps one output character per input character so
// that a match in folded text is a match at the same offsets in the original.
import { memoByString } from "../util/memo.js";
import { isLetterUnit } from "./chars.js";

/** Unicode space characters that web pages use in place of a plain space. */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
/** Zero-width characters that split words invisibly. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * Code units `normalize` leaves alone wherever they stand: printable ASCII and
 * the line feed, Latin letters below the combining marks (U+0300; none of
 * them changes under NFC), Vietnamese precomposed letters (U+1E00–U+1EFF) and
 * general punctuation — not the characters it replaces or removes.
 */
const NORMAL_CODE = (() => {
  const t = new Uint8Array(0x2060);
  t[10] = 1;
  for (let c = 0x20; c < 0x300; c++) t[c] = 1;
  for (let c = 0x1e00; c <= 0x1eff; c++) t[c] = 1;
  for (let c = 0x2010; c < 0x2060; c++) t[c] = 1;
  for (const c of [0x7f, 0xa0, 0xad, 0xd0, 0x202f, 0x205f]) t[c] = 0;
  return t;
})();

/**
 * Whether `normalize` (with `inline`: `normalizeInline`, for a text that does
 * not start with a blank) would return the text as it is: one pass over its
 * code units instead of NFC and eight replacements (cleaned article text and
 * most lines of a page are; the result is the same either way).
 */
export function isNormalized(s: string, inline = false): boolean {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    // `inline`: also no line break of any kind (normalizeInline turns them into blanks)
    if (inline && (c === 10 || c === 0x2028 || c === 0x2029)) return false;
    if (c === 32) {
      // no run of blanks, no blank before a line break or at the end
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 10;
      if (d === 32 || d === 10) return false;
    } else if (c >= 0x2060 || NORMAL_CODE[c] === 0) return false;
  }
  return true;
}

/**
 * NFC; U+00D0 (Icelandic eth, a common stand-in) → Đ; Unicode spaces → plain
 * space; zero-width characters removed; CR/LF unified; runs of blanks collapsed;
 * trailing blanks removed from each line. Leading indentation is collapsed to
 * one space, not removed, so line-level cleaners can still see it.
 */
export function normalize(input: string): string {
  if (isNormalized(input)) return input;
  return input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\u00D0/g, "Đ")
    .replace(/\u0111\u0300/g, "đ")
    .replace(ZERO_WIDTH, "")
    .replace(SPACES, " ")
    .replace(/ {2,}/g, " ")
    .replace(/ +\n/g, "\n")
    .replace(/ +$/, "");
}

export function normalizeInline(input: string): string {
  // normal text on one line, no blank in front: the trimming and the blank runs have nothing to do
  if (input.charCodeAt(0) !== 32 && isNormalized(input, true)) return input;
  return normalize(input).replace(/\s+/g, " ").trim();
}

const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const VOWELS = new Set(["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]);

const foldSyllableCached = memoByString(foldSyllableToneUncached);

function foldSyllableTone(word: string): string {
  // plain ASCII syllables carry no tone: nothing to move
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return foldSyllableCached(word);
}

function foldSyllableToneUncached(word: string): string {
  let tone = "";
  const bases: string[] = [];
  for (const ch of word) {
    let base = "";
    for (const part of ch.normalize("NFD")) {
      if (TONE_MARKS.has(part)) tone ||= part;
      else base += part;
    }
    bases.push(base.normalize("NFC"));
  }
  if (!tone) return bases.join("");
  let last = -1;
  bases.forEach((b, i) => {
    if (VOWELS.has(b)) last = i;
  });
  if (last < 0) return bases.join("");
  bases[last] = (bases[last] + tone).normalize("NFC");
  return bases.join("");
}

/**
 * Case- and tone-placement-insensitive fold for matching: `hoà`/`hòa`,
 * `thuỷ`/`thủy`, `Qúy`/`Quý` fold to the same string. Vowel quality
 * (â, ơ, ư …) and tones are kept, so `Hà Nam` and `Hồ Nam` stay different.
 */
export function foldTone(input: string): string {
  return foldToneAligned(normalizeInline(input));
}

/**
 * `foldTone` without the whitespace clean-up: on NFC input the result has the
 * same length as the input, so a match found in it has the same offsets in
 * the original text.
 */
export function foldToneAligned(input: string): string {
  return input.toLowerCase().replace(/\p{L}+/gu, foldSyllableTone);
}

/** Folded code unit for every code unit up to U+2000 (Latin, Vietnamese, combining marks): built once. */
const ASCII_TABLE = new Uint16Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const ch = String.fromCharCode(c);
  let out = ch;
  if (ch === "đ" || ch === "Đ") out = "d";
  else if (c >= 0xd800 && c <= 0xdfff) out = ch;
  else {
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    if (base.length === 1) out = base;
    else if (ch.toLowerCase().length === 1) out = ch.toLowerCase();
  }
  ASCII_TABLE[c] = out.charCodeAt(0);
}
/** Precomposed Vietnamese letters live in U+1E00–U+1EFF; they are in the table too. */

/**
 * Diacritic-free, lower-case fold with `đ` → `d`, for fuzzy lookups.
 * Length-preserving on NFC input: character i of the result folds UTF-16
 * unit i of the input, so offsets found in folded text apply to the original.
 */
export function foldAscii(input: string): string {
  const n = input.length;
  // Short strings without surrogates or a leading BOM are built from a plain array of codes (the decoder's
  // own cost dominates there; the decoder replaces lone surrogates and drops a leading BOM, so those inputs
  // keep its path).
  if (n <= 64 && input.charCodeAt(0) !== 0xfeff) {
    const codes: number[] = new Array(n);
    let plain = true;
    for (let i = 0; i < n; i++) {
      const c = input.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) plain = false;
      codes[i] = c < 0x2000 ? ASCII_TABLE[c] : c;
    }
    if (plain) return String.fromCharCode.apply(null, codes);
  }
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    codes[i] = c < 0x2000 ? ASCII_TABLE[c] : c;
  }
  return UTF16.decode(codes);
}

const UTF16 = new TextDecoder("utf-16le");

/** `foldAscii` of one code unit: what character i of `foldAscii(s)` is for `s.charCodeAt(i) === c`. */
export function foldCode(c: number): number {
  return c < 0x2000 ? ASCII_TABLE[c] : c;
}

/** Upper-case letters among the code units up to U+2000 (Latin and Vietnamese). */
const UPPER_TABLE = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const ch = String.fromCharCode(c);
  UPPER_TABLE[c] = ch !== ch.toLowerCase() ? 1 : 0;
}

/** Whether the code unit is a letter (/\p{L}/u on it; false for NaN): chars.ts keeps the table. */
export const isLetterCode = isLetterUnit;

/** One syllable, lower-cased and tone-folded (cached): the fast path of foldTone for a single word. */
export function foldSyllable(word: string): string {
  return foldSyllableTone(word.toLowerCase());
}

/** Whether the code unit is an upper-case Latin or Vietnamese letter. */
export function isUpperCode(c: number): boolean {
  return c < 0x2000 ? UPPER_TABLE[c] === 1 : false;
}

/** A compact key: ASCII fold with spaces, hyphens and punctuation removed. */
export function foldKey(input: string): string {
  return foldAscii(normalizeInline(input)).replace(/[^a-z0-9]/g, "");
}
