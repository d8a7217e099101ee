// The research views: every record once, joined to its article, with the
// derived columns (year, period_start/end, usd/vnd, partner countries, the
// per-document summary) right for the sample articles.
import Database from "better-sqlite3";
import { beforeAll, afterAll, describe, expect, test } from "vitest";
import { RECORD_KINDS } from "../src/types.js";
import { buildDb, sampleArticles, haGiang } from "./db-fixtures.js";

let db: Database.Database;
type Row = Record<string, any>;

beforeAll(() => {
  db = new Database(buildDb(), { readonly: true });
});
afterAll(() => db.close());

const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
const articleId = (file: string) => (db.prepare("SELECT id FROM articles WHERE identity LIKE ?").pluck().get(`%${file}%`) as number);

describe("every record view", () => {
  test.each(RECORD_KINDS.map((k) => [k]))("v_%s has each %s record once, with its article's url, file, title, date, year and provinces", (kind) => {
    const rows = all(`SELECT * FROM v_${kind} ORDER BY record_id`);
    const ids = all(`SELECT id FROM ${kind} ORDER BY id`).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.record_id)).toEqual(ids);
    for (const r of rows) {
      const a = db.prepare("SELECT * FROM articles WHERE id = ?").get(r.article_id) as Row;
      expect([r.url, r.file, r.article_title, r.published, r.province, r.province_2025]).toEqual([a.url, a.file, a.title, a.published, a.province, a.province_2025]);
      expect(r.year).toBe(a.published ? Number(a.published.slice(0, 4)) : null);
      const rec = db.prepare(`SELECT * FROM ${kind} WHERE id = ?`).get(r.record_id) as Row;
      expect([r.text, r.sentence, r.zone, r.start, r.end, r.extractor_version]).toEqual([rec.text, rec.sentence, rec.zone, rec.start, rec.end, rec.extractor_version]);
    }
  });

  test("record counts match what was stored for the sample articles", () => {
    const expected = Object.fromEntries(RECORD_KINDS.map((k) => [k, [...sampleArticles(), haGiang()].reduce((n, p) => n + p.records[k].length, 0)]));
    const got = Object.fromEntries(RECORD_KINDS.map((k) => [k, db.prepare(`SELECT COUNT(*) FROM v_${k}`).pluck().get()]));
    expect(got).toEqual(expected);
  });
});

describe("v_delegations", () => {
  test("Lạng Sơn 2019: 53 delegations / 505 people sent abroad, in an article of 2020", () => {
    const [r] = all("SELECT * FROM v_delegations WHERE text = '53 đoàn/505 lượt cán bộ'");
    expect(r).toMatchObject({ province: "Lạng Sơn", province_2025: "Lạng Sơn", year: 2020, published: "2020-01-20T14:47:00+07:00", direction: "outbound", delegations: 53, people: 505, countries: 10, period: "2019", period_start: 2019, period_end: 2019, change: 0, file: "fixtures/articles/lang-son-2020-01-20.txt", url: null });
    expect(r.sentence).toContain("Năm 2019 tỉnh đã cử 53 đoàn/505 lượt cán bộ");
  });

  test("a period of several years is split into period_start and period_end", () => {
    const [r] = all("SELECT province, year, direction, delegations, qualifier, period, period_start, period_end FROM v_delegations WHERE text LIKE 'hơn 60 đoàn%'");
    expect(r).toEqual({ province: "Nghệ An", year: 2025, direction: "both", delegations: 60, qualifier: "over", period: "2020-2025", period_start: 2020, period_end: 2025 });
  });

  test("a province merged in 2025 keeps its name and gets the unit it now belongs to", () => {
    const rows = all("SELECT province, province_2025, year, direction, delegations, people FROM v_delegations WHERE province = 'Hà Giang' ORDER BY record_id");
    expect(rows).toEqual([
      { province: "Hà Giang", province_2025: "Tuyên Quang", year: 2019, direction: "outbound", delegations: 12, people: 85 },
      { province: "Hà Giang", province_2025: "Tuyên Quang", year: 2019, direction: "inbound", delegations: 9, people: null },
    ]);
  });

  test("outbound delegations per province and year (the README question)", () => {
    const rows = all(`SELECT province, period_start AS year, SUM(delegations) AS delegations, SUM(people) AS people
      FROM (SELECT DISTINCT province, period_start, delegations, people FROM v_delegations WHERE direction = 'outbound' AND change = 0 AND period_start = period_end)
      GROUP BY province, period_start ORDER BY province, year`);
    expect(rows).toContainEqual({ province: "Lạng Sơn", year: 2019, delegations: 53, people: 505 });
    expect(rows).toContainEqual({ province: "Hà Giang", year: 2019, delegations: 12, people: 85 });
  });
});

describe("v_money", () => {
  test("usd holds the amount only where the currency is USD, vnd only where it is VND", () => {
    for (const r of all("SELECT currency, amount, usd, vnd FROM v_money")) {
      expect(r.usd).toBe(r.currency === "USD" ? r.amount : null);
      expect(r.vnd).toBe(r.currency === "VND" ? r.amount : null);
    }
    expect(all("SELECT province, year, period, usd, status FROM v_money WHERE text = '4.750 triệu USD'")).toEqual([{ province: "Lạng Sơn", year: 2020, period: "2019", usd: 4750000000, status: "estimate" }]);
    expect(all("SELECT province, year, usd, vnd FROM v_money WHERE text = '50 triệu đồng'")).toEqual([{ province: "Nghệ An", year: null, usd: null, vnd: 50000000 }]);
  });

  test("USD by province and year", () => {
    const rows = all("SELECT province, period_start AS year, SUM(usd) AS usd FROM v_money WHERE usd IS NOT NULL AND period_start = period_end GROUP BY 1, 2 ORDER BY 1, 2");
    expect(rows).toContainEqual({ province: "An Giang", year: 2016, usd: 17000000 });
    expect(rows).toContainEqual({ province: "Hà Giang", year: 2019, usd: 1500000 });
    expect(rows).toContainEqual({ province: "Nghệ An", year: 2025, usd: 4000000000 });
  });
});

describe("v_agreements and v_agreement_partners", () => {
  test("agreements with their partner names and count", () => {
    const rows = all("SELECT province, count, kind, level, partners, partner_count FROM v_agreements WHERE province = 'An Giang' ORDER BY record_id");
    expect(rows).toEqual([
      { province: "An Giang", count: 4, kind: "biên bản thỏa thuận", level: null, partners: '["Takeo","Kandal"]', partner_count: 2 },
      { province: "An Giang", count: 1, kind: "biên bản ghi nhớ", level: null, partners: '["Champasak"]', partner_count: 1 },
    ]);
  });

  test("one row per agreement and partner, with the partner's country: who signed with which Lao province", () => {
    expect(all("SELECT DISTINCT province, partner, partner_country FROM v_agreement_partners ORDER BY province, partner")).toEqual([
      { province: "An Giang", partner: "Champasak", partner_country: "LA" },
      { province: "An Giang", partner: "Kandal", partner_country: "KH" },
      { province: "An Giang", partner: "Takeo", partner_country: "KH" },
      { province: "Hà Giang", partner: "Yunnan", partner_country: "CN" },
    ]);
    expect(all("SELECT province, partner FROM v_agreement_partners WHERE partner_country = 'LA'")).toEqual([{ province: "An Giang", partner: "Champasak" }]);
  });
});

describe("v_partners", () => {
  test("foreign partner × Vietnamese province × year, with country", () => {
    const lao = all("SELECT province, year, partner, country FROM v_partners WHERE country = 'LA' ORDER BY province, partner");
    expect(lao).toContainEqual({ province: "An Giang", year: null, partner: "Champasak", country: "LA" });
    expect(lao).toContainEqual({ province: "Nghệ An", year: 2025, partner: "Houaphanh", country: "LA" });
    expect(lao).toContainEqual({ province: "Nghệ An", year: 2025, partner: "Xiangkhouang", country: "LA" });
    const [hp] = all("SELECT surface, text, zone, article_title FROM v_partners WHERE partner = 'Houaphanh'");
    expect(JSON.parse(hp.surface)).toEqual(["Hủa Phăn"]);
    expect(hp.text).toBe("Hủa Phăn");
    expect(hp.article_title).toMatch(/^Công tác đối ngoại của tỉnh Nghệ An/);
    expect(all("SELECT province, province_2025, year, partner, country, subdivision FROM v_partners WHERE province = 'Hà Giang'")).toEqual([{ province: "Hà Giang", province_2025: "Tuyên Quang", year: 2019, partner: "Yunnan", country: "CN", subdivision: "CN-YN" }]);
  });
});

describe("v_docrefs and v_documents", () => {
  test("a docref with its document fields and the citing article", () => {
    const [r] = all("SELECT * FROM v_docrefs WHERE doc_id = '59-NQ/TW'");
    expect(r).toMatchObject({ type: "Nghị quyết", number: 59, symbol: "NQ/TW", issuer: "Bộ Chính trị", date: "2025-01-24", title: "Hội nhập quốc tế trong tình hình mới", province: "Nghệ An", year: 2025, published: "2025-09-25", article_id: articleId("nghe-an-2025-09-25") });
  });

  test("one row per distinct document, matching an independent count over the stored records", () => {
    const docs = all("SELECT * FROM v_documents ORDER BY doc_id");
    const byDoc = new Map<string, { articles: Set<number>; provinces: Set<string>; provinces2025: Set<string>; dates: string[] }>();
    for (const r of all("SELECT d.doc_id, d.article_id, a.province, a.province_2025, a.published FROM docrefs d JOIN articles a ON a.id = d.article_id")) {
      const e = byDoc.get(r.doc_id) ?? { articles: new Set(), provinces: new Set(), provinces2025: new Set(), dates: [] };
      e.articles.add(r.article_id);
      if (r.province) e.provinces.add(r.province);
      if (r.province_2025) e.provinces2025.add(r.province_2025);
      if (r.published) e.dates.push(r.published.slice(0, 10));
      byDoc.set(r.doc_id, e);
    }
    expect(docs.map((d) => d.doc_id)).toEqual([...byDoc.keys()].sort());
    for (const d of docs) {
      const e = byDoc.get(d.doc_id)!;
      e.dates.sort();
      expect({ articles: d.articles, province_count: d.province_count, provinces: d.provinces, provinces_2025: d.provinces_2025, first_cited: d.first_cited, last_cited: d.last_cited }).toEqual({
        articles: e.articles.size,
        province_count: e.provinces.size,
        provinces: [...e.provinces].sort().join(", ") || null,
        provinces_2025: [...e.provinces2025].sort().join(", ") || null,
        first_cited: e.dates[0] ?? null,
        last_cited: e.dates[e.dates.length - 1] ?? null,
      });
    }
  });

  test("22-NQ/TW: cited by three provinces, issued by the Politburo on 10/4/2013, first cited 2019-12-30", () => {
    const [d] = all("SELECT * FROM v_documents WHERE doc_id = '22-NQ/TW'");
    expect(d).toMatchObject({ type: "Nghị quyết", number: 22, symbol: "NQ/TW", issuer: "Bộ Chính trị", date: "2013-04-10", articles: 3, province_count: 3, provinces: "An Giang, Hà Giang, Lạng Sơn", provinces_2025: "An Giang, Lạng Sơn, Tuyên Quang", first_cited: "2019-12-30", last_cited: "2020-01-20" });
    expect(db.prepare("SELECT doc_id FROM docrefs WHERE id = ?").pluck().get(d.example_record_id)).toBe("22-NQ/TW");
  });

  test("15/CT-TTg and 15-CT/TW stay two documents", () => {
    expect(all("SELECT doc_id, issuer FROM v_documents WHERE number = 15 ORDER BY doc_id")).toEqual([
      { doc_id: "15-CT/TW", issuer: "Ban Bí thư" },
      { doc_id: "15/CT-TTg", issuer: "Thủ tướng Chính phủ" },
    ]);
  });
});
