// Legacy Vietnamese font encodings. Before Unicode, Vietnamese pages were
// typed in TCVN3 (ABC, the ".VnTime" fonts) or VNI ("VNI-Times") and shown
// with those fonts; the bytes are Latin-1 letters, so a browser without the
// font — and a crawler — sees "Hµ Néi" (TCVN3) or "Haø Noäi" (VNI) for
// "Hà Nội". Old provincial pages still carry such text, sometimes inside a
// page that is otherwise UTF-8.
//
// detectLegacy() says which one a text is in; convertLegacy() maps it to
// Unicode (NFC). TCVN3 (ABC) is a one-byte code and converts exactly, except
// that its capital toned letters live in separate "H" fonts with the same
// codes, so they come out in lower case. VNI writes a base letter followed by
// mark characters and converts exactly.

export type LegacyEncoding = "tcvn3" | "vni";

/** TCVN3 (ABC) code point (as a Latin-1 character) → Unicode. */
const TCVN3: Record<string, string> = {
  "\u00a1": "Ă", "\u00a2": "Â", "\u00a3": "Ê", "\u00a4": "Ô", "\u00a5": "Ơ", "\u00a6": "Ư", "\u00a7": "Đ",
  "\u00a8": "ă", "\u00a9": "â", "\u00aa": "ê", "\u00ab": "ô", "\u00ac": "ơ", "\u00ad": "ư", "\u00ae": "đ",
  "\u00b5": "à", "\u00b6": "ả", "\u00b7": "ã", "\u00b8": "á", "\u00b9": "ạ",
  "\u00bb": "ằ", "\u00bc": "ẳ", "\u00bd": "ẵ", "\u00be": "ắ", "\u00c6": "ặ",
  "\u00c7": "ầ", "\u00c8": "ẩ", "\u00c9": "ẫ", "\u00ca": "ấ", "\u00cb": "ậ",
  "\u00cc": "è", "\u00ce": "ẻ", "\u00cf": "ẽ", "\u00d0": "é", "\u00d1": "ẹ",
  "\u00d2": "ề", "\u00d3": "ể", "\u00d4": "ễ", "\u00d5": "ế", "\u00d6": "ệ",
  "\u00d7": "ì", "\u00d8": "ỉ", "\u00dc": "ĩ", "\u00dd": "í", "\u00de": "ị",
  "\u00df": "ò", "\u00e1": "ỏ", "\u00e2": "õ", "\u00e3": "ó", "\u00e4": "ọ",
  "\u00e5": "ồ", "\u00e6": "ổ", "\u00e7": "ỗ", "\u00e8": "ố", "\u00e9": "ộ",
  "\u00ea": "ờ", "\u00eb": "ở", "\u00ec": "ỡ", "\u00ed": "ớ", "\u00ee": "ợ",
  "\u00ef": "ù", "\u00f1": "ủ", "\u00f2": "ũ", "\u00f3": "ú", "\u00f4": "ụ",
  "\u00f5": "ừ", "\u00f6": "ử", "\u00f7": "ữ", "\u00f8": "ứ", "\u00f9": "ự",
  "\u00fa": "ỳ", "\u00fb": "ỷ", "\u00fc": "ỹ", "\u00fd": "ý", "\u00fe": "ỵ",
};

const ACUTE = "\u0301", GRAVE = "\u0300", HOOK = "\u0309", TILDE = "\u0303", DOT = "\u0323", CIRC = "\u0302", BREVE = "\u0306";

/** VNI mark characters that follow a base vowel → the combining marks they stand for. */
const VNI_MARKS: Record<string, string> = {
  "ù": ACUTE, "ø": GRAVE, "û": HOOK, "õ": TILDE, "ï": DOT,
  "â": CIRC, "ê": BREVE,
  "á": CIRC + ACUTE, "à": CIRC + GRAVE, "å": CIRC + HOOK, "ã": CIRC + TILDE, "ä": CIRC + DOT,
  "é": BREVE + ACUTE, "è": BREVE + GRAVE, "ú": BREVE + HOOK, "ü": BREVE + TILDE, "ë": BREVE + DOT,
  "Ù": ACUTE, "Ø": GRAVE, "Û": HOOK, "Õ": TILDE, "Ï": DOT,
  "Â": CIRC, "Ê": BREVE,
  "Á": CIRC + ACUTE, "À": CIRC + GRAVE, "Å": CIRC + HOOK, "Ã": CIRC + TILDE, "Ä": CIRC + DOT,
  "É": BREVE + ACUTE, "È": BREVE + GRAVE, "Ú": BREVE + HOOK, "Ü": BREVE + TILDE, "Ë": BREVE + DOT,
};

/** VNI characters that are letters on their own. */
const VNI_LETTERS: Record<string, string> = {
  "ô": "ơ", "ö": "ư", "ñ": "đ", "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ",
  "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị",
  "Ì": "Ì", "Í": "Í", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị",
};

const VNI_BASE = /[aeiouyAEIOUYơưƠƯ]/;

const UNICODE_VN_CODES = new Set([0x102, 0x103, 0x110, 0x111, 0x1a0, 0x1a1, 0x1af, 0x1b0]);
/** Enough text to judge a page by. */
const SAMPLE = 40_000;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9);
}

// What detectLegacy counts, per Latin-1 code: one table lookup per character
// (this runs on every page the crawler reads).
const LETTER = 1, TCVN3_MARKER = 2, VNI_BASE_CHAR = 4, VNI_MARK_CHAR = 8, SOFT_HYPHEN = 16;
const LATIN1_CLASS = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) if (isLetter(c)) LATIN1_CLASS[c] |= LETTER;
/** Characters TCVN3 text is full of and ordinary Latin-1 text hardly ever uses (the soft hyphen counts inside a word). */
for (const c of [0xa7, 0xa9, 0xaa, 0xab, 0xac, 0xae, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xbb, 0xbc, 0xbd, 0xbe]) LATIN1_CLASS[c] |= TCVN3_MARKER;
for (const ch of "aeiouyAEIOUYôöÔÖ") LATIN1_CLASS[ch.charCodeAt(0)] |= VNI_BASE_CHAR;
for (const ch of "ùøûõïâêáàåãäéèúüëÙØÛÕÏÂÊÁÀÅÃÄÉÈÚÜË") LATIN1_CLASS[ch.charCodeAt(0)] |= VNI_MARK_CHAR;
LATIN1_CLASS[0xad] |= SOFT_HYPHEN;

/** Every character TCVN3 detection counts (the soft hyphen only counts before a letter: an upper bound). */
const TCVN3_CANDIDATES = /[\xa7\xa9-\xae\xb5-\xb9\xbb-\xbe]/g;
const UNICODE_VN = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;

/**
 * The verdict of most pages, from two regular-expression scans instead of the
 * full count: fewer than five TCVN3 characters rules TCVN3 out, and Unicode
 * Vietnamese letters over 0.5 % of the sample (so of its letters) rule VNI
 * out — exactly the tests detectLegacy applies, so the answer is the same.
 */
function plainlyUnicode(sample: string): boolean {
  let k = 0;
  TCVN3_CANDIDATES.lastIndex = 0;
  while (TCVN3_CANDIDATES.exec(sample)) if (++k >= 5) return false;
  const need = Math.floor(sample.length * 0.005) + 1;
  k = 0;
  UNICODE_VN.lastIndex = 0;
  while (UNICODE_VN.exec(sample)) if (++k >= need) return true;
  return false;
}

export interface LegacyVerdict {
  encoding: LegacyEncoding | null;
  /** legacy text found alongside Unicode Vietnamese: not converted, only flagged */
  mixed: boolean;
}

/** Which legacy encoding a text is in (from the share of its letters that are legacy marks, and font names when it is HTML). */
export function detectLegacy(text: string): LegacyVerdict {
  const n = Math.min(text.length, SAMPLE);
  if (plainlyUnicode(n < text.length ? text.slice(0, n) : text)) return { encoding: null, mixed: false };
  let letters = 0, unicode = 0, tcvn = 0, vni = 0;
  let prevClass = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100) {
      const k = LATIN1_CLASS[c];
      if (k !== 0) {
        letters += k & LETTER;
        if (k & TCVN3_MARKER) tcvn++;
        else if (k & SOFT_HYPHEN && i + 1 < n && isLetter(text.charCodeAt(i + 1))) tcvn++;
        if (k & VNI_MARK_CHAR && prevClass & VNI_BASE_CHAR) vni++;
      }
      prevClass = k;
      continue;
    }
    prevClass = 0;
    if (c <= 0x24f) {
      letters++;
      if (UNICODE_VN_CODES.has(c)) unicode++;
    } else if (c >= 0x1ea0 && c <= 0x1ef9) {
      letters++;
      unicode++;
    }
  }
  if (letters < 20 || (tcvn < 5 && vni < 5)) return { encoding: null, mixed: false };
  const sample = n < text.length ? text.slice(0, n) : text;
  const fontTcvn = /\.Vn(Time|Arial|Helvetica|Avant|Book|Courier|Centur|Univers|Souvenir)/i.test(sample);
  const fontVni = /VNI[- ](Times|Helve|Aptima|Book|Univer|Centur|Palatin|Couri)/i.test(sample);
  let encoding: LegacyEncoding | null = null;
  if (tcvn >= 5 && (tcvn / letters > 0.02 || fontTcvn) && tcvn >= vni / 2) encoding = "tcvn3";
  // (Unicode Vietnamese has VNI look-alike pairs too — "iê", "oà" — so VNI needs the absence of Unicode letters)
  else if (vni >= 5 && (vni / letters > 0.03 || fontVni) && unicode / letters <= 0.005) return { encoding: "vni", mixed: false };
  if (!encoding) return { encoding: null, mixed: false };
  // a page in Unicode that quotes a few legacy strings, or mixes both: flag, do not convert
  const mixed = unicode / letters > 0.005;
  return { encoding: mixed ? null : encoding, mixed };
}

function convertVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    let c = text[i];
    const letter = VNI_LETTERS[c];
    if (letter && !(c === "ô" || c === "Ô" || c === "ö" || c === "Ö") && !/[ìíæóòÌÍÆÓÒ]/.test(c)) {
      out += letter;
      continue;
    }
    if (letter) c = letter;
    if (VNI_BASE.test(c) || /[ìíỉĩịÌÍỈĨỊ]/.test(c)) {
      let marks = "";
      while (i + 1 < text.length && VNI_MARKS[text[i + 1]] !== undefined && marks.length < 2) {
        marks += VNI_MARKS[text[i + 1]];
        i++;
      }
      out += (c + marks).normalize("NFC");
      continue;
    }
    out += c;
  }
  return out.normalize("NFC");
}

/** Convert legacy-font text to Unicode NFC. */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === "tcvn3") return text.replace(/[\u00a1-\u00fe]/g, (c) => TCVN3[c] ?? c).normalize("NFC");
  return convertVni(text);
}
