// `vnpress extract` on an article's HTML page and on the same article as page
// text (.txt) gives the same records: the HTML cleaner hands the extractors
// the same body and captions the text cleaner does. Run through the CLI, as a
// user (and the scorer) runs it.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const BIN = join(ROOT, "bin", "vnpress.js");
const HTML = join(ROOT, "fixtures", "html");
const TXT = join(ROOT, "fixtures", "articles");
const KINDS = ["delegations", "money", "agreements", "partners", "docrefs"];

function extract(files: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, "extract", "--format", "jsonl", ...files], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  expect(r.status).toBe(0);
  return r.stdout.trim().split("\n").map((l) => JSON.parse(l));
}

const htmlFiles = readdirSync(HTML).filter((f) => f.endsWith(".html") && !f.startsWith("notarticle--")).sort().map((f) => join(HTML, f));
const txtFiles = readdirSync(TXT).filter((f) => f.endsWith(".txt")).sort().map((f) => join(TXT, f));

describe("the same article as .html and as .txt", () => {
  const byTxt = new Map(extract(txtFiles).map((l) => [l.file.split("/").pop().replace(/\.txt$/, ""), l]));
  const htmlLines = extract(htmlFiles);

  it("every HTML page has its text twin", () => {
    expect(htmlLines).toHaveLength(htmlFiles.length);
    for (const l of htmlLines) expect(byTxt.has(l.file.split("--").pop().replace(/\.html$/, ""))).toBe(true);
  });

  for (const l of htmlLines) {
    const name = l.file.split("/").pop();
    it(`${name}: same body, captions and records`, () => {
      const t = byTxt.get(l.file.split("--").pop().replace(/\.html$/, ""))!;
      expect(l.article.body).toBe(t.article.body);
      expect(l.article.captions).toEqual(t.article.captions);
      expect(l.article.province).toBe(t.article.province);
      for (const k of KINDS) expect(l[k]).toEqual(t[k]);
    });
  }
});

describe("vnpress extract with worker threads", () => {
  it("prints the same lines in the same order as one thread", () => {
    const files = [...htmlFiles, ...txtFiles, join(HTML, "notarticle--home.html")].reverse();
    const one = extract(files, { VNPRESS_EXTRACT_WORKERS: "0" });
    const two = extract(files, { VNPRESS_EXTRACT_WORKERS: "2" });
    expect(two.map((l) => l.file)).toEqual(files);
    expect(two).toEqual(one);
    expect(one.at(0).not_article).toBe(true);
  });
});
