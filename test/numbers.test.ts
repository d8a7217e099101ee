import { describe, expect, it } from "vitest";
import { firstQuantity, parseDigits, parseNumberPhrase, parseWords, readRange } from "../src/text/numbers.js";
import { numberCorpus, rangeCorpus } from "../src/text/numbers.corpus.js";

describe("number reader: corpus", () => {
  for (const ex of numberCorpus) {
    it(`${ex.text} → ${ex.value}`, () => {
      const v = firstQuantity(ex.text);
      if (ex.value === null) expect(v).toBeNull();
      else expect(v).toBeCloseTo(ex.value, 6);
    });
  }
  for (const ex of rangeCorpus) {
    it(`range ${ex.text}`, () => expect(readRange(ex.text)).toEqual({ low: ex.low, high: ex.high }));
  }
});

describe("number reader: parts", () => {
  it("digits", () => {
    expect(parseDigits("4.750")).toBe(4750);
    expect(parseDigits("11.974.405,56")).toBe(11974405.56);
    expect(parseDigits("3,2")).toBe(3.2);
    expect(parseDigits("05")).toBe(5);
  });
  it("words", () => {
    expect(parseWords("hai mươi lăm")).toBe(25);
    expect(parseWords("một trăm linh năm")).toBe(105);
    expect(parseWords("hai triệu năm trăm nghìn")).toBe(2_500_000);
    expect(parseWords("mười")).toBe(10);
  });
  it("scale words multiply, without floating-point noise", () => {
    expect(parseNumberPhrase("3,2 tỷ")).toBe(3_200_000_000);
    expect(parseNumberPhrase("1,5 nghìn tỷ")).toBe(1_500_000_000_000);
    expect(parseNumberPhrase("137,5 triệu")).toBe(137_500_000);
  });
});
