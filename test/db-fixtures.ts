// Databases for the research-layer tests, built without the extractors: the
// sample articles as the gold files describe them (title, date, province,
// cleaned body, captions) with the gold records placed at their offsets, plus
// one made-up Hà Giang article (a province merged in 2025) whose texts carry
// the characters CSV has to quote.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Processed } from "../src/pipeline.js";
import { openStore } from "../src/store/db.js";
import { lookupVnProvince } from "../src/gazetteer/vn-provinces.js";
import { sentenceText } from "../src/text/sentences.js";
import { RECORD_KINDS, zoneText, type Article, type RecordKind, type RecordsByKind, type Zone } from "../src/types.js";
import { golds, tempDir } from "./helpers.js";

export const VERSION = "test-1";

type Fields = Record<string, unknown>;

/** Defaults for fields the gold files leave out. */
const DEFAULTS: Record<RecordKind, Fields> = {
  delegations: { qualifier: "exact", status: null, change: false, period: null, direction: "unknown", delegations: null, people: null, countries: null },
  money: { qualifier: "exact", status: null, change: false, period: null },
  agreements: { qualifier: "exact", status: null, change: false, period: null, level: null, partners: [] },
  partners: { subdivision: null, surface: [] },
  docrefs: { issuer: null, date: null, title: null },
};

/** Place each record's text in the article: first unused occurrence, title, then body, then captions. */
function place(article: Article, kind: RecordKind, rec: Fields, used: Set<string>): Fields {
  const text = String(rec.text ?? (rec.surface as string[])[0]);
  for (const zone of ["title", "body", "caption"] as Zone[]) {
    const zt = zoneText(article, zone);
    for (let at = zt.indexOf(text); at >= 0; at = zt.indexOf(text, at + 1)) {
      const key = `${kind}:${zone}:${at}`;
      if (used.has(key)) continue;
      used.add(key);
      const { alt: _alt, ...fields } = rec;
      return { ...DEFAULTS[kind], ...fields, text, zone, start: at, end: at + text.length, sentence: sentenceText(zt, at, at + text.length) };
    }
  }
  throw new Error(`test fixture: ${JSON.stringify(text)} is not in the article ${article.title}`);
}

export function processed(identity: string, article: Article, records: Partial<Record<RecordKind, Fields[]>>, opts: { url?: string } = {}): Processed {
  const used = new Set<string>();
  const placed = Object.fromEntries(RECORD_KINDS.map((k) => [k, (records[k] ?? []).map((r) => place(article, k, r, used))])) as unknown as RecordsByKind;
  const contentHash = createHash("sha256").update(JSON.stringify([article, placed])).digest("hex");
  return { doc: { identity, file: opts.url ? undefined : identity, url: opts.url, kind: "text", text: article.body }, article, records: placed, contentHash };
}

function articleOf(a: { title: string | null; published: string | null; author: string | null; province: string | null; body: string; captions: string[] }): Article {
  const p = a.province ? lookupVnProvince(a.province) : null;
  return { title: a.title, published: a.published, author: a.author, province: a.province, province2025: p?.name2025 ?? null, category: null, kicker: null, source: null, body: a.body, captions: a.captions, url: null };
}

/** The five sample articles with their gold records. */
export function sampleArticles(): Processed[] {
  return golds().map((g) => {
    const records = Object.fromEntries(RECORD_KINDS.map((k) => [k, (g[k] as Fields[] | undefined) ?? []]));
    return processed(`fixtures/articles/${g.file}`, articleOf(g.article), records);
  });
}

export const HA_GIANG_BODY = [
  'Năm 2019, tỉnh Hà Giang đã cử 12 đoàn/85 lượt cán bộ đi công tác tại 4 quốc gia, theo tinh thần Nghị quyết số 22-NQ/TW của Bộ Chính trị về hội nhập quốc tế.',
  'Tỉnh cũng đón 9 đoàn khách, "trong đó có đoàn của tỉnh Vân Nam, Trung Quốc", và ký 02 biên bản ghi nhớ với tỉnh Vân Nam.',
  "Kim ngạch xuất nhập khẩu đạt 1,5 triệu USD.",
].join("\n\n");

/** A made-up article: Hà Giang (Tuyên Quang since 2025), reached by URL, with quotes and commas in its texts. */
export function haGiang(): Processed {
  const article = articleOf({ title: "Hà Giang: đối ngoại năm 2019, \"kết quả\" nổi bật", published: "2019-12-30T08:00:00+07:00", author: null, province: "Hà Giang", body: HA_GIANG_BODY, captions: ["Đoàn công tác tỉnh Hà Giang, tháng 5/2019"] });
  article.url = "https://example.vn/ha-giang-doi-ngoai-2019";
  return processed(
    "https://example.vn/ha-giang-doi-ngoai-2019",
    article,
    {
      delegations: [
        { text: "12 đoàn/85 lượt cán bộ", direction: "outbound", delegations: 12, people: 85, countries: 4, status: "actual", period: "2019" },
        { text: "9 đoàn khách", direction: "inbound", delegations: 9, period: "2019" },
      ],
      money: [{ text: "1,5 triệu USD", amount: 1500000, currency: "USD", status: "actual", period: "2019" }],
      agreements: [{ text: "02 biên bản ghi nhớ", count: 2, kind: "biên bản ghi nhớ", level: "province", partners: ["Yunnan"], period: "2019" }],
      partners: [{ text: "Vân Nam", name: "Yunnan", country: "CN", subdivision: "CN-YN", surface: ["Vân Nam"] }],
      docrefs: [{ text: "Nghị quyết số 22-NQ/TW", type: "Nghị quyết", number: 22, symbol: "NQ/TW", id: "22-NQ/TW", issuer: "Bộ Chính trị", title: 'về "hội nhập", quốc tế\nthử' }],
    },
    { url: "https://example.vn/ha-giang-doi-ngoai-2019" },
  );
}

/** A fresh database file holding the sample articles and the Hà Giang article; returns its path. */
export function buildDb(dir = tempDir("vnpress-db-")): string {
  const path = join(dir, "research.sqlite");
  const store = openStore(path);
  try {
    for (const p of [...sampleArticles(), haGiang()]) store.upsert(p, { extractorVersion: VERSION, now: "2025-01-01T00:00:00Z" });
  } finally {
    store.close();
  }
  return path;
}
