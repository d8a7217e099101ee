// One generic test runs every kind's corpus (src/extract/*/corpus.ts) through
// the real extractors, the way Duckling runs Corpus.hs against Rules.hs.
import { describe, expect, it } from "vitest";
import { extractAll } from "../src/extract/index.js";
import type { CorpusExample } from "../src/extract/corpus-types.js";
import { corpus as money } from "../src/extract/money/corpus.js";
import { corpus as delegations } from "../src/extract/delegations/corpus.js";
import { corpus as agreements } from "../src/extract/agreements/corpus.js";
import { corpus as partners } from "../src/extract/partners/corpus.js";
import { corpus as docrefs } from "../src/extract/docrefs/corpus.js";
import { normalize } from "../src/text/normalize.js";
import type { RecordKind } from "../src/types.js";

const fold = (s: unknown) => String(s ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/đ/g, "d").replace(/[^a-z0-9]/g, "");
const foldSymbol = (s: unknown) => String(s ?? "").normalize("NFC").toUpperCase().replace(/Đ/g, "D").replace(/\s+/g, "").replace(/[-/]/g, "|");

/** The scorer's record keys (../shared/eval/score.mjs). */
const KEY: Record<RecordKind, (e: Record<string, any>, r: Record<string, any>) => boolean> = {
  money: (e, r) => r.currency === e.currency && Math.abs(r.amount - e.amount) <= 1e-6 * Math.max(1, Math.abs(e.amount)),
  delegations: (e, r) => (r.delegations ?? null) === (e.delegations ?? null) && (r.people ?? null) === (e.people ?? null),
  agreements: (e, r) => r.count === e.count,
  partners: (e, r) => r.country === e.country && fold(r.name) === fold(e.name),
  docrefs: (e, r) => r.number === e.number && foldSymbol(r.symbol) === foldSymbol(e.symbol),
};

function check<K extends RecordKind>(kind: K, ex: CorpusExample<K>): void {
  const body = normalize(ex.text);
  const recs = extractAll({ title: ex.title ? normalize(ex.title) : null, body, captions: [] })[kind] as unknown as Record<string, any>[];
  const used = new Set<number>();
  for (const e of ex.expect as Record<string, any>[]) {
    const j = recs.findIndex((r, k) => !used.has(k) && KEY[kind](e, r));
    expect(j, `missing ${JSON.stringify(e)}; got ${JSON.stringify(recs.map(({ sentence: _s, ...r }) => r))}`).toBeGreaterThanOrEqual(0);
    used.add(j);
    const r = recs[j];
    for (const [field, want] of Object.entries(e)) {
      if (field === "text") expect(r.text, "span").toContain(normalize(want));
      else if (field === "surface") for (const s of want as string[]) expect(r.surface.map(fold), `surface of ${e.name}`).toContain(fold(s));
      else if (field === "issuer" || field === "kind" || field === "title") {
        if (want === null) expect(r[field], field).toBeNull();
        else expect(fold(r[field]).includes(fold(want)) || fold(want).includes(fold(r[field])), `${field}: want ${want} got ${r[field]}`).toBe(true);
      } else if (field === "partners") expect([...(r.partners as string[])].map(fold).sort(), "partners").toEqual([...(want as string[])].map(fold).sort());
      else expect(r[field] ?? null, `${field} of ${e.text ?? e.name}`).toEqual(want);
    }
  }
  if (!ex.partial) expect(recs.length, `extra records: ${JSON.stringify(recs.filter((_, k) => !used.has(k)).map((r) => r.text))}`).toBe(used.size);
}

const CORPORA: [RecordKind, CorpusExample<any>[]][] = [
  ["money", money],
  ["delegations", delegations],
  ["agreements", agreements],
  ["partners", partners],
  ["docrefs", docrefs],
];

for (const [kind, examples] of CORPORA) {
  describe(`corpus: ${kind}`, () => {
    it("has at least 80 examples, positive and negative", () => {
      expect(examples.length).toBeGreaterThanOrEqual(80);
      expect(examples.some((e) => e.expect.length === 0)).toBe(true);
      expect(examples.some((e) => e.expect.length > 0)).toBe(true);
    });
    examples.forEach((ex, i) => {
      it(`#${i} ${ex.text.slice(0, 70)}`, () => check(kind, ex));
    });
  });
}

describe("a sentence dated by day and month only takes the year of the page's date", () => {
  const body = "Chiều 16/10, tại trụ sở Tỉnh ủy, lãnh đạo tỉnh đã tiếp đoàn đại biểu tỉnh Xay-xổm-bun (Lào) gồm 15 thành viên. Dịp này, tỉnh trao tặng tỉnh bạn 500 triệu đồng.";
  it("the page's year, or the year before for a day later in the year than the page's", () => {
    const now = extractAll({ title: null, body, captions: [], published: "2025-10-17T09:00:00+07:00" });
    expect(now.delegations.map((r) => r.period)).toEqual(["2025"]);
    expect(now.money.map((r) => r.period)).toEqual(["2025"]);
    const january = extractAll({ title: null, body, captions: [], published: "2026-01-05" });
    expect(january.money.map((r) => r.period)).toEqual(["2025"]);
    // no page date: the text does not tell
    expect(extractAll({ title: null, body, captions: [] }).money.map((r) => r.period)).toEqual([null]);
  });
});

describe("'từ đầu năm (đến nay)' is the year to date: the page's year", () => {
  const body = "Theo Sở Ngoại vụ, từ đầu năm đến nay, tỉnh đã cử 06 đoàn/38 lượt cán bộ đi công tác nước ngoài. Từ đầu năm 2023, tỉnh đã đón 12 đoàn khách quốc tế.";
  it("takes the page's year, and an explicit year where it is written", () => {
    const r = extractAll({ title: null, body, captions: [], published: "2024-08-06" });
    expect(r.delegations.map((d) => [d.text, d.period])).toEqual([["06 đoàn/38 lượt cán bộ", "2024"], ["12 đoàn", "2023"]]);
    expect(extractAll({ title: null, body, captions: [] }).delegations.map((d) => d.period)).toEqual([null, "2023"]);
  });
});

describe("spans of years: 'từ năm 2005 đến nay' (to the page's year) and a span in parentheses", () => {
  it("dates the figures of the clause and of the paragraph after an opening span", () => {
    const body =
      "Từ năm 2005 đến nay, hai tỉnh đã trao đổi trên 60 đoàn các cấp; các sở, ngành đã ký kết 07 văn bản hợp tác cấp sở, ngành.\n\n" +
      "Theo báo cáo của Ban Thường vụ Tỉnh ủy, sau 10 năm (2013 - 2023) thực hiện Nghị quyết, công tác hội nhập quốc tế được triển khai toàn diện. Toàn tỉnh đã cử 412 đoàn với 2.376 lượt người đi công tác nước ngoài.";
    const r = extractAll({ title: null, body, captions: [], published: "2025-10-15" });
    expect(r.delegations.map((d) => [d.delegations, d.period])).toEqual([[60, "2005-2025"], [412, "2013-2023"]]);
    expect(r.agreements.map((a) => [a.count, a.period])).toEqual([[7, "2005-2025"]]);
    // without the page's date the first span has no end
    expect(extractAll({ title: null, body, captions: [] }).delegations.map((d) => d.period)).toEqual([null, "2013-2023"]);
  });
});

describe("'Nhân dịp này' and a paragraph it opens are about the event the text opened with", () => {
  it("takes the year of the opening date when no year comes between", () => {
    const body =
      "Tối 12/11/2022, tại Hội trường Rùa, UBND thành phố tổ chức Lễ kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào.\n\n" +
      "Phát biểu tại buổi lễ, lãnh đạo thành phố cảm ơn sự hợp tác của các tỉnh bạn trong thời gian qua.\n\n" +
      "Dịp này, hai bên đã ký kết 03 biên bản ghi nhớ hợp tác. Thành phố trao tặng tỉnh bạn 02 xe cứu thương trị giá 1,6 tỷ đồng.";
    const r = extractAll({ title: null, body, captions: [], published: "2022-11-14" });
    expect(r.money.map((m) => [m.amount, m.period])).toEqual([[1600000000, "2022"]]);
    expect(r.agreements.map((a) => [a.count, a.period])).toEqual([[3, "2022"]]);
  });
});
