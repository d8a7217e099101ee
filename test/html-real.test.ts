// A real page as served (VnExpress, 220 KB: scripts inside paragraphs, related
// boxes, a figure caption with its credit, JSON-LD and meta dates) against its
// gold file, with the scorer's rules.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processDocument } from "../src/pipeline.js";
import { decodeBytes } from "../src/text/decode.js";
import { ROOT, bagF1, fold } from "./helpers.js";

const page = join(ROOT, "fixtures", "html-real", "vnexpress-2023-11-02.html");
const gold = JSON.parse(readFileSync(join(ROOT, "fixtures", "gold-html-real", "vnexpress-2023-11-02.json"), "utf8"));

describe("real page: vnexpress-2023-11-02.html", () => {
  const r = processDocument({ identity: page, file: page, kind: "html", text: decodeBytes(readFileSync(page), { html: true }).text });
  const a = r.article, g = gold.article;

  it("is an article, with the body of the gold file", () => {
    expect(r.notArticle).toBeFalsy();
    expect(bagF1(g.body, a.body)).toBeGreaterThanOrEqual(0.97);
    // the lead stands outside the text container on this page
    expect(a.body.startsWith("Bộ trưởng Tài chính Hồ Đức Phớc thừa nhận")).toBe(true);
  });

  it("keeps scripts, the section label and the photo credit out of the body", () => {
    const flat = a.body.replace(/\s+/g, " ");
    for (const x of g.body_excludes) expect(flat).not.toContain(x);
  });

  it("reads title, date, byline, caption and canonical URL", () => {
    expect(fold(a.title)).toBe(fold(g.title));
    expect(a.published).toBe("2023-11-02T19:20:45+07:00");
    expect(fold(a.author)).toBe(fold(g.author));
    expect(a.captions).toHaveLength(1);
    expect(fold(a.captions[0])).toContain(fold("Ông Hồ Đức Phớc, Bộ trưởng Tài chính"));
    expect(a.captions[0]).not.toContain("Hoàng Phong");
    expect(a.url).toMatch(/^https:\/\/vnexpress\.net\/.*4672302\.html$/);
  });
});
