// Bytes → text. Order of evidence: byte-order mark, the declared charset
// (HTTP Content-Type, then <meta charset> / http-equiv for HTML), then a
// sniff: valid UTF-8 is UTF-8, anything else on a Vietnamese site is most
// likely windows-1258. Legacy font encodings (TCVN3, VNI) are detected by
// src/text/legacy.ts where the crawler needs it.
import iconv from "iconv-lite";

export class DecodeError extends Error {}

const utf8 = new TextDecoder("utf-8", { fatal: true });

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

function decodeWith(buf: Buffer, charset: string): string {
  if (charset === "utf-8") return utf8.decode(buf).replace(/^\uFEFF/, "");
  if (!iconv.encodingExists(charset)) throw new DecodeError(`unknown charset "${charset}"`);
  // windows-1258 writes tones as combining marks: NFC makes them one character
  return iconv.decode(buf, charset).replace(/^\uFEFF/, "").normalize("NFC");
}

/**
 * Decode a page. For plain text (`html` false) only UTF-8 (with or without
 * BOM) and UTF-16 with BOM are accepted: anything else is a DecodeError that
 * says how to convert the file. `lenient` sniffs instead of failing on an
 * unknown declared charset (a crawler cannot ask the site to fix its header).
 */
export function decodeBytes(buf: Buffer, opts: { html: boolean; contentType?: string | null; lenient?: boolean }): Decoded {
  const fromBom = bom(buf);
  if (fromBom) return { text: decodeWith(buf, fromBom), charset: fromBom };
  if (!opts.html) {
    try {
      return { text: utf8.decode(buf), charset: "utf-8" };
    } catch {
      throw new DecodeError("is not valid UTF-8; convert it first (e.g. `iconv -f WINDOWS-1258 -t UTF-8 FILE`)");
    }
  }
  const declared = charsetFromContentType(opts.contentType) ?? charsetFromMeta(buf.subarray(0, 4096).toString("latin1"));
  if (declared) {
    try {
      return { text: decodeWith(buf, declared), charset: declared };
    } catch (e) {
      // a page that says UTF-8 but is not: fall through to the sniff; with
      // `lenient` (the crawler) so does a charset nobody knows
      if (declared !== "utf-8" && !(opts.lenient && e instanceof DecodeError)) throw e;
    }
  }
  try {
    return { text: utf8.decode(buf), charset: "utf-8" };
  } catch {
    return { text: decodeWith(buf, "windows-1258"), charset: "windows-1258" };
  }
}
