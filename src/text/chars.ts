// Unicode properties of single UTF-16 code units, exactly as a `u`-flag
// regular expression tests them on a one-unit string (`/\p{L}/u.test(s[i])`):
// a lone surrogate is no letter. The hot paths ask this about one character at
// a time, and a regular-expression call per character costs far more than a
// table read. The table is a static property of each code unit, filled on
// first use of that unit (so module load pays nothing).

const FLAGS = new Uint8Array(0x10000);
const KNOWN = 1, LETTER = 2, NUMBER = 4, UPPER = 8, SPACE = 16;

function flagsOf(c: number): number {
  let f = FLAGS[c];
  if (f === 0) {
    const ch = String.fromCharCode(c);
    f = KNOWN;
    if (/\p{L}/u.test(ch)) f |= LETTER;
    if (/\p{N}/u.test(ch)) f |= NUMBER;
    if (/\p{Lu}/u.test(ch)) f |= UPPER;
    if (/\s/u.test(ch)) f |= SPACE;
    FLAGS[c] = f;
  }
  return f;
}

/** /[\p{L}]/u on one code unit; false for NaN (a position outside the text). */
export function isLetterUnit(c: number): boolean {
  return c >= 0 && c < 0x10000 && (flagsOf(c) & LETTER) !== 0;
}

/** /[\p{L}\p{N}]/u on one code unit; false for NaN. */
export function isLetterOrNumberUnit(c: number): boolean {
  return c >= 0 && c < 0x10000 && (flagsOf(c) & (LETTER | NUMBER)) !== 0;
}

/** /\p{Lu}/u on one code unit; false for NaN. */
export function isUpperUnit(c: number): boolean {
  return c >= 0 && c < 0x10000 && (flagsOf(c) & UPPER) !== 0;
}

/** /\s/ on one code unit; false for NaN. */
export function isSpaceUnit(c: number): boolean {
  return c >= 0 && c < 0x10000 && (flagsOf(c) & SPACE) !== 0;
}

/**
 * Every match of a global pattern from the start of a text, as
 * `text.matchAll(re)` yields them (an empty match moves on by one character,
 * a whole code point with the u flag), but on the pattern itself: matchAll
 * builds a copy of the pattern at every call, which costs more than a short
 * search. The pattern's lastIndex is 0 again afterwards.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0].length === 0) {
      const i = re.lastIndex;
      const c = text.charCodeAt(i);
      const pair = re.unicode && c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
      re.lastIndex = i + (pair ? 2 : 1);
    }
  }
  return out;
}

/** Lower case of each code unit plus one, filled on first use (0 = not yet known, -1 = not one code unit). */
const LOWER_CASE = new Int32Array(0x10000);
/** The lower case of one code unit when it is one code unit (as String#toLowerCase gives it alone), else -1; NaN gives -1. */
export function lowerUnit(c: number): number {
  if (!(c >= 0 && c < 0x10000)) return -1;
  let l = LOWER_CASE[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) + 1 : -1;
    LOWER_CASE[c] = l;
  }
  return l > 0 ? l - 1 : -1;
}
