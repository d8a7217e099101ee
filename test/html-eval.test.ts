// The HTML evaluation set (fixtures/html, made by scripts/gen-html-fixtures.mjs):
// every layout's article pages against the expected output derived from the
// gold files, the pages that are not articles, and Mozilla Readability as the
// baseline each layout must beat.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { processDocument } from "../src/pipeline.js";
import { decodeBytes } from "../src/text/decode.js";
import { ROOT, bagF1, fold } from "./helpers.js";

const DIR = join(ROOT, "fixtures", "html");

interface Expected {
  layout: string;
  article?: string;
  kind?: string;
  notArticle?: boolean;
  title?: string;
  title_match?: string;
  published?: string | null;
  author?: string | null;
  captions?: string[];
  body?: string;
  body_excludes?: string[];
}

const pages = readdirSync(DIR)
  .filter((f) => f.endsWith(".html"))
  .sort()
  .map((f) => {
    const name = f.replace(/\.html$/, "");
    const text = decodeBytes(readFileSync(join(DIR, f)), { html: true }).text;
    const expected = JSON.parse(readFileSync(join(DIR, "expected", `${name}.json`), "utf8")) as Expected;
    return { name, text, expected };
  });

const run = (text: string) => processDocument({ identity: "page", kind: "html", text });
const prefix = (iso: string | null | undefined, n: number) => String(iso ?? "").slice(0, n);

describe("HTML evaluation set", () => {
  it("has at least six article layouts of the five sample articles, and five pages that are not articles", () => {
    const layouts = new Set(pages.filter((p) => !p.expected.notArticle).map((p) => p.expected.layout));
    expect(layouts.size).toBeGreaterThanOrEqual(6);
    for (const l of layouts) expect(pages.filter((p) => p.expected.layout === l).length).toBe(5);
    expect(pages.filter((p) => p.expected.notArticle).length).toBeGreaterThanOrEqual(5);
  });
});

describe("article pages: body, title, date, byline and captions", () => {
  for (const p of pages.filter((x) => !x.expected.notArticle)) {
    it(p.name, () => {
      const e = p.expected;
      const r = run(p.text);
      const a = r.article;
      expect(r.notArticle).toBeFalsy();
      expect(bagF1(e.body!, a.body)).toBeGreaterThanOrEqual(0.97);
      if (e.title_match === "contains") expect(fold(a.title)).toContain(fold(e.title));
      else expect(fold(a.title)).toBe(fold(e.title));
      if (e.published) {
        const n = e.published.length >= 16 ? 16 : 10;
        expect(prefix(a.published, n)).toBe(prefix(e.published, n));
      } else expect(a.published).toBeNull();
      if (a.published && a.published.length > 10) expect(a.published.endsWith("+07:00")).toBe(true);
      if (e.author) expect(fold(a.author)).toBe(fold(e.author));
      else expect(a.author).toBeNull();
      for (const c of e.captions!) expect(a.captions.some((x) => fold(x).includes(fold(c)))).toBe(true);
      for (const c of a.captions) expect(c).not.toMatch(/Ảnh\s*:/);
      const flat = a.body.replace(/\s+/g, " ");
      for (const x of e.body_excludes ?? []) expect(flat).not.toContain(x);
      for (const c of e.captions!) expect(flat).not.toContain(c.replace(/\.$/, ""));
    });
  }
});

describe("pages that are not articles yield no article and no records", () => {
  for (const p of pages.filter((x) => x.expected.notArticle)) {
    it(`${p.name} (${p.expected.kind})`, () => {
      const r = run(p.text);
      expect(r.notArticle).toBe(true);
      expect(r.article.body).toBe("");
      expect(r.article.captions).toEqual([]);
      for (const k of ["delegations", "money", "agreements", "partners", "docrefs"] as const) expect(r.records[k]).toEqual([]);
    });
  }
});

describe("higher body F1 than Readability (on linkedom) on every layout", () => {
  const readabilityText = (html: string): string => {
    const got = new Readability(parseHTML(html).document as unknown as Document).parse();
    if (!got?.content) return "";
    const marked = got.content.replace(/<\/(?:p|div|h[1-6]|li|td|tr|figcaption|blockquote)>|<br\s*\/?>/gi, (m) => `${m}\n`);
    return String(parseHTML(`<!doctype html><html><body>${marked}</body></html>`).document.body.textContent ?? "");
  };
  const layouts = [...new Set(pages.filter((p) => !p.expected.notArticle).map((p) => p.expected.layout))];
  for (const layout of layouts) {
    it(layout, () => {
      const ps = pages.filter((p) => p.expected.layout === layout);
      const ours = ps.reduce((s, p) => s + bagF1(p.expected.body!, run(p.text).article.body), 0) / ps.length;
      const theirs = ps.reduce((s, p) => s + bagF1(p.expected.body!, readabilityText(p.text)), 0) / ps.length;
      expect(ours).toBeGreaterThan(theirs);
      expect(ours).toBeGreaterThanOrEqual(0.99);
    });
  }
});
