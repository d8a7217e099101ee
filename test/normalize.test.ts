import { describe, expect, it } from "vitest";
import { foldAscii, foldKey, foldTone, normalize, normalizeInline } from "../src/text/normalize.js";

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
