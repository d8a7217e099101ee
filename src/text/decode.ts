// Bytes → text. Order of evidence: byte-order mark, the declared charset
// (HTTP Content-Type, then <meta charset> / http-equiv for HTML), then a
// sniff: valid UTF-8 is UTF-8, anything else on a Vietnamese site is most
// likely windows-1258. Legacy font encodings (TCVN3, VNI) are detected by
// src/text/legacy.ts where the crawler needs it.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

export class DecodeError extends Error {}

function charsetAlias(name: string): string {
  const n = name.trim().toLowerCase().replace(/^["']|["']$/g, "");
  if (n === "utf8") return "utf-8";
  if (n === "cp1258" || n === "windows1258" || n === "x-cp1258") return "windows-1258";
  if (n === "iso-8859-1" || n === "latin1" || n === "us-ascii" || n === "ascii") return "windows-1252";
  return n;
}

export function charsetFromContentType(contentType: string | undefined | null): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return m ? charsetAlias(m[1]) : null;
}

export function charsetFromMeta(head: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? charsetAlias(m[1]) : null;
}

export interface Decoded {
  text: string;
  charset: string;
}

function bom(buf: Uint8Array): string | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return "utf-8";
  if (buf[0] === 0xff && buf[1] === 0xfe) return "utf-16le";
  if (buf[0] === 0xfe && buf[1] === 0xff) return "utf-16be";
  return null;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWithUtf8Bom = (buf: Uint8Array, at: number) => buf[at] === UTF8_BOM[0] && buf[at + 1] === UTF8_BOM[1] && buf[at + 2] === UTF8_BOM[2];

/** The bytes of a UTF-8 page without the byte-order mark and one "\uFEFF" after it (what decoding drops). */
function utf8Content(buf: Buffer): Buffer {
  let at = 0;
  if (startsWithUtf8Bom(buf, 0)) at = startsWithUtf8Bom(buf, 3) ? 6 : 3;
  return at ? buf.subarray(at) : buf;
}

function decodeWith(buf: Buffer, charset: string): string {
  if (charset === "utf-8") return utf8Content(buf).toString("utf8");
  if (!iconv.encodingExists(charset)) throw new DecodeError(`unknown charset "${charset}"`);
  // windows-1258 writes tones as combining marks: NFC makes them one character
  return iconv.decode(buf, charset).replace(/^\uFEFF/, "").normalize("NFC");
}

const NOT_UTF8 = "is not valid UTF-8; convert it first (e.g. `iconv -f WINDOWS-1258 -t UTF-8 FILE`)";

/**
 * The charset decodeBytes reads a page in (see there); UTF-8 only when the
 * bytes are valid UTF-8 (checked without decoding them).
 */
export function charsetOf(buf: Buffer, opts: { html: boolean; contentType?: string | null; lenient?: boolean }): string {
  const fromBom = bom(buf);
  // a page with a UTF-8 byte-order mark is UTF-8 (as in a browser: broken bytes become U+FFFD); a text file must be valid
  if (fromBom === "utf-8" && !opts.html && !isUtf8(buf)) throw new DecodeError(`begins with a UTF-8 byte-order mark but ${NOT_UTF8}`);
  if (fromBom) return fromBom;
  if (!opts.html) {
    if (!isUtf8(buf)) throw new DecodeError(NOT_UTF8);
    return "utf-8";
  }
  const declared = charsetFromContentType(opts.contentType) ?? charsetFromMeta(buf.subarray(0, 4096).toString("latin1"));
  // a page that says UTF-8 but is not falls through to the sniff; with
  // `lenient` (the crawler) so does a charset nobody knows
  if (declared && declared !== "utf-8") {
    if (iconv.encodingExists(declared)) return declared;
    if (!opts.lenient) throw new DecodeError(`unknown charset "${declared}"`);
  }
  // the sniff: valid UTF-8 is UTF-8, anything else on a Vietnamese site is most likely windows-1258
  return isUtf8(buf) ? "utf-8" : "windows-1258";
}

/**
 * Decode a page. For plain text (`html` false) only UTF-8 (with or without
 * BOM) and UTF-16 with BOM are accepted: anything else is a DecodeError that
 * says how to convert the file. `lenient` sniffs instead of failing on an
 * unknown declared charset (a crawler cannot ask the site to fix its header).
 */
export function decodeBytes(buf: Buffer, opts: { html: boolean; contentType?: string | null; lenient?: boolean }): Decoded {
  const charset = charsetOf(buf, opts);
  return { text: decodeWith(buf, charset), charset };
}

/**
 * Like decodeBytes, but a UTF-8 page is not decoded: its bytes (without the
 * byte-order mark) come back as `utf8`, which the HTML cleaner reads in place
 * (a 200 KB page costs about 1 ms to decode whole, most of it script the
 * cleaner skips); `text()` decodes them, once, when asked.
 */
export function decodeLazily(buf: Buffer, opts: { html: boolean; contentType?: string | null; lenient?: boolean }): { charset: string; utf8: Buffer | null; text: () => string } {
  const charset = charsetOf(buf, opts);
  if (charset !== "utf-8" || !isUtf8(buf)) {
    const text = decodeWith(buf, charset);
    return { charset, utf8: null, text: () => text };
  }
  const utf8 = utf8Content(buf);
  let text: string | undefined;
  return { charset, utf8, text: () => (text ??= utf8.toString("utf8")) };
}
