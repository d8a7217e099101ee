// Fetched bytes → text: BOM, then the Content-Type charset, then <meta charset>
// or http-equiv, then a sniff (src/text/decode.ts), then legacy font text
// (TCVN3, VNI) converted to Unicode or flagged (src/text/legacy.ts).
import { decodeBytes } from "../text/decode.js";
import { convertLegacy, detectLegacy, type LegacyEncoding } from "../text/legacy.js";

export interface DecodedPage {
  text: string;
  charset: string;
  /** the legacy font encoding converted from, "mixed" when legacy text was found but left alone */
  legacy: LegacyEncoding | "mixed" | null;
}

const SINGLE_BYTE = new Set(["windows-1258", "windows-1252", "iso-8859-1", "latin1"]);

export function decodePage(body: Buffer, contentType: string | null): DecodedPage {
  const d = decodeBytes(body, { html: true, contentType, lenient: true });
  // legacy font bytes are Latin-1 letters: judge them as Latin-1, whatever
  // single-byte charset the page claimed or the sniff chose
  const asLatin1 = SINGLE_BYTE.has(d.charset) ? body.toString("latin1") : d.text;
  const v = detectLegacy(asLatin1);
  if (v.encoding) return { text: convertLegacy(asLatin1, v.encoding), charset: d.charset, legacy: v.encoding };
  return { text: d.text, charset: d.charset, legacy: v.mixed ? "mixed" : null };
}
