import { describe, expect, it } from "vitest";
import { foldAscii, foldKey, foldTone, isNormalized, normalize, normalizeInline } from "../src/text/normalize.js";

describe("normalize", () => {
  it("composes NFD input to NFC", () => {
    const nfd = "Nghệ An".normalize("NFD");
    expect(nfd).not.toBe("Nghệ An");
    expect(normalize(nfd)).toBe("Nghệ An");
  });
  it("turns NBSP and other Unicode spaces into plain spaces and collapses runs", () => {
    expect(normalize("53\u00A0đoàn\u2009/\u202F505   lượt")).toBe("53 đoàn / 505 lượt");
    expect(normalize("a\u3000\u2003b")).toBe("a b");
  });
  it("removes zero-width characters and soft hyphens", () => {
    expect(normalize("Lạng\u200B Sơn\u00AD")).toBe("Lạng Sơn");
  });
  it("maps U+00D0 to Đ", () => {
    expect(normalize("\u00D0oàn")).toBe("Đoàn");
  });
  it("keeps line structure and trims line ends", () => {
    expect(normalize("a  \r\nb\t \n\nc ")).toBe("a\nb\n\nc");
  });
  it("returns text it would not change as it is, and agrees with the full chain on any text", () => {
    // the full chain, step by step: the reference the fast path must agree with
    const chain = (t: string) =>
      t.normalize("NFC").replace(/\r\n?/g, "\n").replace(/\u00D0/g, "Đ").replace(/\u0111\u0300/g, "đ").replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
        .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g, " ").replace(/ {2,}/g, " ").replace(/ +\n/g, "\n").replace(/ +$/, "");
    expect(isNormalized("Đoàn công tác tỉnh Nghệ An – 12 người.\n\nHai")).toBe(true);
    for (const t of ["a  b", "a \nb", "a ", "a\tb", "a\u00a0b", "A\u030a", "\u212b", "Ð", "x\u00adx", "a\r\nb", "\u2000", "\ufeff"]) expect(isNormalized(t)).toBe(false);
    const alphabet = [..."ab đĐ\n\r\t \u00a0\u00ad\u00d0\u1ea1\u2013\u2000\u202f\u3000\ufeff\u212b\u0111"].concat(["\u0300", "\u0301", "A\u030a", "\u00e0"]);
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    let unchanged = 0;
    for (let k = 0; k < 20000; k++) {
      let t = "";
      for (let i = 0, len = 1 + (k % 12); i < len; i++) t += alphabet[rnd(alphabet.length)];
      expect(normalize(t)).toBe(chain(t));
      if (isNormalized(t)) {
        unchanged++;
        expect(chain(t)).toBe(t);
      }
    }
    expect(unchanged).toBeGreaterThan(100);
  });
  it("normalizeInline trims and joins lines", () => {
    expect(normalizeInline("  a \n b  ")).toBe("a b");
  });
});

describe("foldTone", () => {
  it("makes old and new tone placement equal", () => {
    expect(foldTone("hoà")).toBe(foldTone("hòa"));
    expect(foldTone("thuỷ")).toBe(foldTone("thủy"));
    expect(foldTone("Qúy")).toBe(foldTone("Quý"));
    expect(foldTone("Khánh Hoà")).toBe(foldTone("Khánh Hòa"));
    expect(foldTone("Thanh Hoá")).toBe(foldTone("Thanh Hóa"));
  });
  it("keeps different words different", () => {
    expect(foldTone("Hà Nam")).not.toBe(foldTone("Hồ Nam"));
    expect(foldTone("hòa")).not.toBe(foldTone("hóa"));
    expect(foldTone("thủy")).not.toBe(foldTone("thúy"));
  });
  it("works on NFD input", () => {
    expect(foldTone("hoà".normalize("NFD"))).toBe(foldTone("hòa"));
  });
});

describe("foldAscii", () => {
  it("removes diacritics and maps đ to d", () => {
    expect(foldAscii("Đoàn Hủa Phăn")).toBe("doan hua phan");
    expect(foldAscii("Nghị quyết")).toBe("nghi quyet");
  });
  it("is length-preserving on NFC text so offsets carry over", () => {
    const s = normalize("Tỉnh Xiêng Khoảng, Hủa Phăn và Bo Ly Khăm Xay (CHDCND Lào)");
    const f = foldAscii(s);
    expect(f.length).toBe(s.length);
    const i = f.indexOf("hua phan");
    expect(s.slice(i, i + 8)).toBe("Hủa Phăn");
  });
  it("foldKey drops spaces and hyphens", () => {
    expect(foldKey("Chăm-pa-sắc")).toBe(foldKey("Chămpasắc"));
    expect(foldKey("Bo Ly Khăm Xay")).toBe("bolykhamxay");
  });
});
