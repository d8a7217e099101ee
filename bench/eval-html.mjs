// `npm run eval:html`: the HTML cleaner on the evaluation set in fixtures/html/
// (see scripts/gen-html-fixtures.mjs), beside Mozilla Readability on linkedom
// run on the same decoded pages in the same process.
//
// Per page: body F1 (bag of words, exactly as ../shared/eval/score.mjs computes
// it), title, published, author and caption correctness (the scorer's rules),
// and for pages that are not articles whether no body came out. Then a summary
// per layout, pages/s for both cleaners, and the targets of issue 4.
//
//   node bench/eval-html.mjs [--dir fixtures/html] [--json]
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { cleanHtml } from "../dist/clean/html.js";
import { processDocument } from "../dist/pipeline.js";
import { decodeBytes } from "../dist/text/decode.js";

const args = process.argv.slice(2);
const dir = args.includes("--dir") ? args[args.indexOf("--dir") + 1] : "fixtures/html";
const asJson = args.includes("--json");

// ---- the scorer's measures (copied from ../shared/eval/score.mjs)
function fold(s) {
  return String(s ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/đ/g, "d").replace(/[^a-z0-9]/g, "");
}
const words = (s) => (String(s ?? "").normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function bagF1(gold, pred) {
  const g = words(gold), p = words(pred);
  if (g.length === 0 && p.length === 0) return { p: 1, r: 1, f: 1 };
  const count = new Map();
  for (const w of g) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of p) { const c = count.get(w) ?? 0; if (c > 0) { common++; count.set(w, c - 1); } }
  const pr = p.length ? common / p.length : 0, rc = g.length ? common / g.length : 0;
  return { p: pr, r: rc, f: pr + rc ? (2 * pr * rc) / (pr + rc) : 0 };
}
const prefix = (iso, n) => String(iso ?? "").slice(0, n);
function publishedOk(gold, pred) {
  if (!gold) return !pred;
  const n = gold.length >= 16 ? 16 : 10;
  return prefix(pred, n) === prefix(gold, n);
}
const authorOk = (gold, pred) => (gold ? fold(pred) === fold(gold) : !pred);
const titleOk = (e, pred) => (e.title_match === "contains" ? fold(pred).includes(fold(e.title)) : fold(pred) === fold(e.title));
const captionHits = (gold, pred) => gold.filter((c) => pred.some((x) => fold(x).includes(fold(c)) || (fold(x).length > 20 && fold(c).includes(fold(x))))).length;

// ---- Readability's text: block ends become line breaks, as a reader sees it
function readabilityText(doc) {
  const article = new Readability(doc).parse();
  if (!article || !article.content) return "";
  const marked = article.content.replace(/<\/(?:p|div|h[1-6]|li|td|th|tr|figcaption|blockquote|pre|section|article|dd|dt)>|<br\s*\/?>/gi, (m) => `${m}\n`);
  const { document } = parseHTML(`<!doctype html><html><body>${marked}</body></html>`);
  return document.body.textContent.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n\n");
}

// ---- load pages
const pages = readdirSync(dir).filter((f) => f.endsWith(".html")).sort().map((f) => {
  const name = f.replace(/\.html$/, "");
  const expPath = join(dir, "expected", `${name}.json`);
  if (!existsSync(expPath)) return null;
  const text = decodeBytes(readFileSync(join(dir, f)), { html: true }).text;
  return { name, file: join(dir, f), text, expected: JSON.parse(readFileSync(expPath, "utf8")) };
}).filter(Boolean);

// ---- run both, timed
function timeIt(fn, minMs = 1500) {
  fn(); // warm-up
  let n = 0;
  const t0 = performance.now();
  do { fn(); n++; } while (performance.now() - t0 < minMs);
  return (performance.now() - t0) / n;
}
const ours = new Map(), theirs = new Map();
for (const p of pages) {
  const r = processDocument({ identity: p.file, file: p.file, kind: "html", text: p.text });
  ours.set(p.name, r);
  theirs.set(p.name, readabilityText(parseHTML(p.text).document));
}
const ourMs = timeIt(() => { for (const p of pages) processDocument({ identity: p.file, file: p.file, kind: "html", text: p.text }); });
const cleanMs = timeIt(() => { for (const p of pages) cleanHtml(p.text); });
const theirMs = timeIt(() => { for (const p of pages) new Readability(parseHTML(p.text).document).parse(); });

// ---- score
const rows = [];
for (const p of pages) {
  const e = p.expected, r = ours.get(p.name), a = r.article, rb = theirs.get(p.name);
  if (e.notArticle) {
    rows.push({ page: p.name, layout: e.layout, notArticle: true, ok: !!r.notArticle && a.body === "", f1: a.body === "" ? 1 : 0, rf1: rb === "" ? 1 : 0, bodyChars: a.body.length, readabilityChars: rb.length });
    continue;
  }
  rows.push({
    page: p.name, layout: e.layout, notArticle: false, wronglyNotArticle: !!r.notArticle,
    f1: bagF1(e.body, a.body).f, rf1: bagF1(e.body, rb).f,
    title: titleOk(e, a.title), published: publishedOk(e.published, a.published), author: authorOk(e.author, a.author),
    captions: [captionHits(e.captions, a.captions), e.captions.length],
    got: { title: a.title, published: a.published, author: a.author, captions: a.captions.length },
  });
}

const arts = rows.filter((r) => !r.notArticle), nons = rows.filter((r) => r.notArticle);
const mean = (xs) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
const capHit = arts.reduce((s, r) => s + r.captions[0], 0), capAll = arts.reduce((s, r) => s + r.captions[1], 0);
const pct = (k) => arts.filter((r) => r[k]).length / arts.length;
const layouts = [...new Set(arts.map((r) => r.layout))];
const byLayout = layouts.map((l) => {
  const rs = arts.filter((r) => r.layout === l);
  return { layout: l, pages: rs.length, f1: mean(rs.map((r) => r.f1)), min: Math.min(...rs.map((r) => r.f1)), readability: mean(rs.map((r) => r.rf1)) };
});
const summary = {
  pages: pages.length,
  articles: arts.length,
  nonArticles: nons.length,
  meanF1: mean(arts.map((r) => r.f1)),
  minF1: Math.min(...arts.map((r) => r.f1)),
  readabilityMeanF1: mean(arts.map((r) => r.rf1)),
  title: pct("title"), published: pct("published"), author: pct("author"), captions: capAll ? capHit / capAll : 1,
  nonArticlesEmpty: nons.filter((r) => r.ok).length,
  readabilityNonArticlesEmpty: nons.filter((r) => r.rf1 === 1).length,
  oursPagesPerSec: pages.length / (ourMs / 1000),
  oursCleanPagesPerSec: pages.length / (cleanMs / 1000),
  readabilityPagesPerSec: pages.length / (theirMs / 1000),
  byLayout,
};
const targets = [
  ["mean body F1 ≥ 0.99", summary.meanF1 >= 0.99],
  ["every article page F1 ≥ 0.97", summary.minF1 >= 0.97],
  ["captions ≥ 95% correct", summary.captions >= 0.95],
  ["published ≥ 95% correct", summary.published >= 0.95],
  ["author ≥ 95% correct", summary.author >= 0.95],
  ["no body for non-article pages", summary.nonArticlesEmpty === nons.length],
  ["higher F1 than Readability on every layout", byLayout.every((l) => l.f1 > l.readability)],
];

if (asJson) {
  console.log(JSON.stringify({ summary, targets: Object.fromEntries(targets), rows }, null, 1));
} else {
  const f = (x) => x.toFixed(3);
  const yn = (b) => (b ? "ok" : "NO");
  console.log(`HTML cleaner evaluation: ${pages.length} pages in ${dir} (${arts.length} articles, ${nons.length} not articles)\n`);
  console.log("page                                        F1   Readab.  title  date  author  captions");
  for (const r of arts) {
    console.log(`${r.page.padEnd(42)} ${f(r.f1)}  ${f(r.rf1)}   ${yn(r.title).padEnd(5)}  ${yn(r.published).padEnd(4)}  ${yn(r.author).padEnd(6)}  ${r.captions[0]}/${r.captions[1]}${r.wronglyNotArticle ? "  (flagged not-article!)" : ""}`);
    if (!r.title || !r.published || !r.author) console.log(`    got title=${JSON.stringify(r.got.title)} published=${r.got.published} author=${JSON.stringify(r.got.author)}`);
  }
  console.log("\nnot articles                                ours: no article?   Readability: no text?");
  for (const r of nons) console.log(`${r.page.padEnd(42)}  ${r.ok ? "yes" : `NO (${r.bodyChars} chars)`}`.padEnd(64) + `${r.rf1 === 1 ? "yes" : `no (${r.readabilityChars} chars)`}`);
  console.log("\nlayout        pages   mean F1   min F1   Readability F1");
  for (const l of byLayout) console.log(`${l.layout.padEnd(12)}  ${String(l.pages).padStart(5)}   ${f(l.f1)}     ${f(l.min)}    ${f(l.readability)}`);
  console.log(`all           ${String(arts.length).padStart(5)}   ${f(summary.meanF1)}     ${f(summary.minF1)}    ${f(summary.readabilityMeanF1)}`);
  console.log(`\ntitle ${f(summary.title)}  published ${f(summary.published)}  author ${f(summary.author)}  captions ${capHit}/${capAll}  non-articles without body ${summary.nonArticlesEmpty}/${nons.length} (Readability: ${summary.readabilityNonArticlesEmpty}/${nons.length})`);
  console.log(`speed (one thread, in process, decoded pages): vnpress cleaner ${summary.oursCleanPagesPerSec.toFixed(0)} pages/s (${(summary.oursCleanPagesPerSec / summary.readabilityPagesPerSec).toFixed(1)}× Readability), clean + all extractors ${summary.oursPagesPerSec.toFixed(0)} pages/s; Readability+linkedom ${summary.readabilityPagesPerSec.toFixed(0)} pages/s`);
  console.log("\ntargets");
  for (const [name, ok] of targets) console.log(`  ${ok ? "pass" : "FAIL"}  ${name}`);
}
process.exitCode = targets.every(([, ok]) => ok) ? 0 : 1;

