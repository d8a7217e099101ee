// The old table layout is served in windows-1258: tones as combining marks
// after the base letter. Decoding (src/text/decode.ts) must give NFC text that
// cleans exactly like the UTF-8 pages.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isUtf8 } from "node:buffer";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processDocument, readInput } from "../src/pipeline.js";
import { decodeBytes, decodeLazily } from "../src/text/decode.js";
import { ROOT, bagF1, fold } from "./helpers.js";

const DIR = join(ROOT, "fixtures", "html");
const legacy = readdirSync(DIR).filter((f) => f.startsWith("table1258--") && f.endsWith(".html")).sort();

describe("windows-1258 pages", () => {
  it("there are five of them, and their bytes are not UTF-8", () => {
    expect(legacy).toHaveLength(5);
    for (const f of legacy) expect(() => new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(join(DIR, f)))).toThrow();
  });

  for (const f of legacy) {
    it(`${f} decodes to NFC Vietnamese and cleans like the others`, () => {
      const d = decodeBytes(readFileSync(join(DIR, f)), { html: true });
      expect(d.charset).toBe("windows-1258");
      expect(d.text).toBe(d.text.normalize("NFC"));
      expect(d.text).not.toMatch(/[\u0300-\u036F]/);
      expect(d.text).toContain("Trường Chính trị Hoàng Văn Thụ");
      const e = JSON.parse(readFileSync(join(DIR, "expected", f.replace(/\.html$/, ".json")), "utf8"));
      const a = processDocument({ identity: f, kind: "html", text: d.text }).article;
      expect(bagF1(e.body, a.body)).toBeGreaterThanOrEqual(0.99);
      if (e.title_match === "contains") expect(fold(a.title)).toContain(fold(e.title));
      else expect(fold(a.title)).toBe(fold(e.title));
      // the same text as the UTF-8 rendering of the same article
      const utf8 = readFileSync(join(DIR, f.replace("table1258--", "joomla--")));
      const b = processDocument({ identity: "u", kind: "html", text: decodeBytes(utf8, { html: true }).text }).article;
      expect(a.body).toBe(b.body);
    });
  }
});

// `vnpress extract` and `ingest` read a UTF-8 page as bytes (decodeLazily,
// Utf8Page): the same charset, text, article, records and content hash as
// decoding it whole.
describe("UTF-8 pages read as bytes", () => {
  const utf8Pages = readdirSync(DIR).filter((f) => f.endsWith(".html") && isUtf8(readFileSync(join(DIR, f)))).sort();
  const variants = (b: Buffer): [string, Buffer][] => [
    ["as served", b],
    ["with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b])],
    ["with two byte-order marks", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), b])],
  ];

  it("decodeLazily says what decodeBytes says, for every kind of input", () => {
    const cases: [string, Buffer, { html: boolean; contentType?: string; lenient?: boolean }][] = [];
    for (const f of [...utf8Pages.slice(0, 3), ...legacy.slice(0, 1)]) for (const [what, b] of variants(readFileSync(join(DIR, f)))) cases.push([`${f} ${what}`, b, { html: true }]);
    const vi = Buffer.from("<p>Đoàn công tác tỉnh Nghệ An</p>");
    cases.push(
      ["declared UTF-8, is windows-1258", Buffer.concat([Buffer.from('<meta charset="utf-8">'), readFileSync(join(DIR, legacy[0]))]), { html: true }],
      ["unknown charset, lenient", Buffer.concat([Buffer.from('<meta charset="x-nope">'), vi]), { html: true, lenient: true }],
      ["Content-Type windows-1258 over UTF-8 bytes", vi, { html: true, contentType: "text/html; charset=windows-1258" }],
      ["a UTF-8 byte-order mark before broken bytes", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), vi, Buffer.from([0xc3, 0x28, 0xff])]), { html: true }],
      ["plain text", Buffer.from("Đoàn công tác"), { html: false }],
    );
    for (const [what, b, opts] of cases) {
      const whole = decodeBytes(b, opts);
      const lazy = decodeLazily(b, opts);
      expect(lazy.charset, what).toBe(whole.charset);
      expect(lazy.text(), what).toBe(whole.text);
      if (lazy.utf8) expect(lazy.utf8.toString("utf8"), what).toBe(whole.text);
    }
    expect(() => decodeLazily(Buffer.from([0x61, 0xff]), { html: false })).toThrow(/not valid UTF-8/);
    expect(() => decodeLazily(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff]), { html: false })).toThrow(/byte-order mark but is not valid UTF-8/);
  });

  it("give the article, records and content hash of the decoded text", () => {
    const dir = mkdtempSync(join(tmpdir(), "vnpress-utf8-"));
    try {
      for (const f of utf8Pages) {
        for (const [what, b] of variants(readFileSync(join(DIR, f)))) {
          const file = join(dir, f);
          writeFileSync(file, b);
          const doc = readInput(file);
          expect(doc.utf8, `${f} ${what}`).toBeDefined();
          const lazy = processDocument(doc);
          const whole = processDocument({ identity: file, file, kind: "html", text: decodeBytes(b, { html: true }).text });
          expect(lazy.article, `${f} ${what}`).toEqual(whole.article);
          expect(lazy.records, `${f} ${what}`).toEqual(whole.records);
          expect(lazy.contentHash, `${f} ${what}`).toBe(whole.contentHash);
          expect(doc.text).toBe(decodeBytes(b, { html: true }).text);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
