// The old table layout is served in windows-1258: tones as combining marks
// after the base letter. Decoding (src/text/decode.ts) must give NFC text that
// cleans exactly like the UTF-8 pages.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processDocument } from "../src/pipeline.js";
import { decodeBytes } from "../src/text/decode.js";
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
