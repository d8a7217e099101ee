// Property tests: the extractors never throw, every record's offsets slice its
// zone to exactly its text, every number of a record can be read from its
// evidence, and a page of pure furniture yields no record.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractAll } from "../src/extract/index.js";
import { processDocument } from "../src/pipeline.js";
import { NUMBER_PHRASE, parseNumberPhrase } from "../src/text/numbers.js";
import { normalize } from "../src/text/normalize.js";
import { RECORD_KINDS, zoneText, type Article } from "../src/types.js";

const FRAGMENTS = [
  "Năm 2019", "Trong năm", "giai đoạn 2020 - 2025", "tỉnh đã cử", "đón", "tiếp", "hai chiều", "53 đoàn/505 lượt cán bộ", "07 đoàn với 29 lượt người",
  "hơn", "khoảng", "trên", "gần", "dưới", "4.750 triệu USD", "17 triệu đô la", "50 triệu đồng", "3,2 tỷ USD", "1,5 nghìn tỷ đồng", "ước đạt", "dự kiến",
  "tăng", "giảm", "so với năm 2018", "05 bản thỏa thuận quốc tế cấp tỉnh", "biên bản ghi nhớ", "với tỉnh", "Chăm-pa-sắc", "Champasak", "Hủa Phăn",
  "(Lào)", "(Trung Quốc)", "Quảng Tây", "Hà Nam", "Nghị quyết số 59-NQ/TW", "ngày 24/01/2025", "của Bộ Chính trị", "về “Hội nhập quốc tế”",
  "Quyết định 40/QĐ-TTg", "30/2020/NĐ-CP", "Tel (025) 3818.256", "lần thứ 21", "khóa XII", "90,8%", "tại 10 quốc gia", "số", "1/1/1", "./.",
  ",", ".", ";", ":", "(", ")", "\n\n", "-", "/", "một", "hai mươi lăm", "năm", "đoàn", "người", "lượt", "USD", "đồng", "tỉnh", "Đoàn công tác",
];

const vietnameseish = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 0, max: 99999 }).map(String), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => normalize(parts.join(" ")));

const anyText = fc.oneof(vietnameseish, fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 200 }));

function article(body: string, title: string | null = null, captions: string[] = []): Pick<Article, "title" | "body" | "captions"> {
  return { title: title === null ? null : normalize(title), body: normalize(body), captions: captions.map(normalize) };
}

const numberPhrase = new RegExp(NUMBER_PHRASE, "gu");
function readable(text: string): number[] {
  return [...text.matchAll(numberPhrase)].map((m) => parseNumberPhrase(m[0])).filter((v): v is number => v !== null);
}

describe("extractor properties", () => {
  it("never throw on any string", () => {
    fc.assert(
      fc.property(anyText, anyText, (body, title) => {
        extractAll(article(body, title, [title]));
      }),
      { numRuns: 400 },
    );
  });

  it("every record's start/end slice its zone text to exactly its text", () => {
    fc.assert(
      fc.property(vietnameseish, vietnameseish, (body, title) => {
        const a = article(body, title, [body]);
        const recs = extractAll(a);
        for (const k of RECORD_KINDS) {
          for (const r of recs[k]) expect(zoneText(a, r.zone).slice(r.start, r.end)).toBe(r.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("every number in a quantity record can be read from its text", () => {
    fc.assert(
      fc.property(vietnameseish, (body) => {
        const recs = extractAll(article(body));
        for (const r of recs.money) expect(readable(r.text)).toContain(r.amount);
        for (const r of recs.agreements) expect(readable(r.text)).toContain(r.count);
        for (const r of recs.delegations) {
          if (r.delegations !== null) expect(readable(r.text)).toContain(r.delegations);
          if (r.people !== null) expect(readable(r.text)).toContain(r.people);
          if (r.countries !== null) expect(readable(r.sentence)).toContain(r.countries);
        }
        for (const r of recs.docrefs) expect(r.text).toContain(r.id.split(/[-/]/)[0]);
      }),
      { numRuns: 400 },
    );
  });
});

const FURNITURE = [
  "Truy cập hiện tại", "Đang có 135 khách và không thành viên đang online", "Hôm nay: 1.245", "Tổng lượt truy cập: 16.657.744",
  "Số lần xem các bài viết", "16657744", "TRANG THÔNG TIN ĐIỆN TỬ SỞ NGOẠI VỤ TỈNH NGHỆ AN", "Địa chỉ: Số 52, đường Hùng Vương, TP Lạng Sơn",
  "Tel (025) 3818.256 Fax: (025) 3818.256", "Điện thoại: 0238.3567.890", "Email: songoaivu@nghean.gov.vn", "Giấy phép số 45/GP-TTĐT ngày 12/3/2019",
  "Chịu trách nhiệm chính: Nguyễn Văn A", "Bản quyền thuộc về Sở Ngoại vụ", "Ghi rõ nguồn khi phát hành lại thông tin từ website này", "Chia sẻ", "In bài viết",
  "Bình luận", "Trang chủ > Tin tức > Đối ngoại", "Thứ Hai, 20/01/2020 - 14:47", "05/05/2020 - 14:02", "./.",
];

describe("pure furniture", () => {
  it("a page of only counters, footers, tools and date lines yields no record", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FURNITURE), { minLength: 1, maxLength: 30 }), (lines) => {
        const p = processDocument({ identity: "x.txt", kind: "text", text: lines.join("\n") });
        for (const k of RECORD_KINDS) expect(p.records[k]).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
