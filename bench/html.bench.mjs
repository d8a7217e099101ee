// HTML cleaning speed: `vnpress extract --format jsonl` over 1,000 pages (a
// child process: start-up, decode, clean, all extractors, output) against
// Mozilla Readability on linkedom cleaning the same pages (a child process
// too; its time is taken inside its loop, so its start-up and file reading
// are not charged to it). Target of issue 4: ours ≤ 1/10 of Readability's.
//
// Two sets of 1,000 pages, each page varied (its own comment and id, every
// third with all its class names renamed, so no cache or class list can help):
//  1. the evaluation set (fixtures/html, scripts/gen-html-fixtures.mjs): 41
//     pages written for the evaluation, lean (20 KB: little script or menu);
//  2. pages of the weight a crawl brings: the real page (fixtures/html-real,
//     VnExpress as served: 217 KB, 87 % of it script and style) and the five
//     sample articles each set into it in place of its own article.
// `node bench/html.bench.mjs [N] [eval|frame]`: another count, one set only.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const N = Number(process.argv[2] ?? 1000);

/** N pages varied from `sources`: each its own comment and id, every third with all class names renamed (ASCII-only edits keep windows-1258 pages valid). */
function makePages(dir, sources) {
  const files = [];
  for (let i = 0; i < N; i++) {
    const src = sources[i % sources.length];
    let html = src.bytes.toString("latin1");
    const tag = `v${i.toString(36)}`;
    if (i % 3 === 1) html = html.replace(/class="([^"]*)"/g, (_, c) => `class="${c.split(/\s+/).filter(Boolean).map((x) => `${x}-${tag}`).join(" ")}"`);
    html = html.replace(/<body([^>]*)>/i, `<body$1 data-page="${tag}">`) + `\n<!-- bench page ${i} of ${N} -->\n`;
    const file = join(dir, `${String(i).padStart(4, "0")}-${src.name}.html`);
    writeFileSync(file, Buffer.from(html, "latin1"));
    files.push(file);
  }
  return files;
}

const readSources = (dir, only = () => true) =>
  readdirSync(dir).filter((f) => f.endsWith(".html") && only(f)).sort().map((f) => ({ name: f.replace(/\.html$/, ""), bytes: readFileSync(join(dir, f)) }));

/**
 * The five sample articles, each set into the real page (fixtures/html-real:
 * VnExpress as served, 217 KB, 87 % of it script and style) in place of its
 * own article (headline, standfirst, text), and the real page itself: pages of
 * the weight a crawl brings, with the evaluation's articles for the
 * extractors. `expected`: the article's body, to check the cleaner finds it.
 */
function inRealFrame() {
  const frame = readFileSync("fixtures/html-real/vnexpress-2023-11-02.html", "utf8");
  const esc = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const seen = new Set();
  const out = [{ name: "vnexpress-real", bytes: Buffer.from(frame), expected: null }];
  for (const f of readdirSync("fixtures/html/expected").sort()) {
    const e = JSON.parse(readFileSync(join("fixtures/html/expected", f), "utf8"));
    if (e.article === false || !e.body || seen.has(e.title)) continue;
    seen.add(e.title);
    const [lead, ...rest] = e.body.split(/\n\n+/);
    const html = frame
      .replace(/(<h1 class="title-detail">)[\s\S]*?(<\/h1>)/, (_, a, b) => `${a}${esc(e.title)}${b}`)
      .replace(/(<p class="description">)[\s\S]*?(<\/p>)/, (_, a, b) => `${a}${esc(lead)}${b}`)
      .replace(/(<article class="fck_detail ">)[\s\S]*?(<\/article>)/, (_, a, b) => `${a}\n${rest.map((p) => `<p class="Normal" style="text-align:justify;">${esc(p)}</p>`).join("\n")}\n${b}`);
    if (html === frame) throw new Error("the real page's frame has changed: its article was not replaced");
    out.push({ name: `in-real-frame--${f.replace(/^[^-]+--|\.json$/g, "")}`, bytes: Buffer.from(html), expected: e.body });
  }
  return out;
}

/** Bag-of-words F1 of two texts (as the scorer's body F1, on lower-cased words). */
function bodyF1(gold, got) {
  const words = (t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const count = new Map();
  for (const w of words(gold)) count.set(w, (count.get(w) ?? 0) + 1);
  const g = words(gold).length, p = words(got).length;
  let common = 0;
  for (const w of words(got)) if ((count.get(w) ?? 0) > 0) (common++, count.set(w, count.get(w) - 1));
  return p && g && common ? (2 * common) / (p + g) : 0;
}

// ---- ours: the CLI as a user runs it
function timeCli(files, env) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["bin/vnpress.js", "extract", "--format", "jsonl", ...files], { env: { ...process.env, ...env }, maxBuffer: 1 << 30, encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`vnpress extract exited ${r.status}: ${r.stderr.slice(-500)}`);
  const lines = r.stdout.trim().split("\n");
  if (lines.length !== N) throw new Error(`expected ${N} lines, got ${lines.length}`);
  return { ms, articles: lines.filter((l) => !l.includes('"not_article":true')).length, lines };
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- the same pages, cleaned only, inside one process (no start-up, no extractors)
const inProcess = `
import { readFileSync } from "node:fs";
const files = JSON.parse(process.argv[1]);
const { decodeBytes } = await import(${JSON.stringify(new URL("../dist/text/decode.js", import.meta.url).href)});
const texts = files.map((f) => decodeBytes(readFileSync(f), { html: true }).text);
const which = process.argv[2];
let run;
if (which === "readability") {
  const { Readability } = await import("@mozilla/readability");
  const { parseHTML } = await import("linkedom");
  run = (t) => new Readability(parseHTML(t).document).parse();
} else {
  const { cleanHtml } = await import(${JSON.stringify(new URL("../dist/clean/html.js", import.meta.url).href)});
  run = (t) => cleanHtml(t);
}
const t0 = performance.now();
for (const t of texts) run(t);
console.log(JSON.stringify({ ms: performance.now() - t0 }));
`;
function timeInProcess(files, which) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", inProcess, JSON.stringify(files), which], { maxBuffer: 1 << 28, encoding: "utf8" });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${which} exited ${r.status}: ${r.stderr.slice(-500)}`);
  return { loop: JSON.parse(r.stdout.trim().split("\n").pop()).ms, wall };
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const per = (ms) => `${(ms / N).toFixed(2)} ms/page`;
const threads = String(Math.max(1, availableParallelism() - 1));
const verdicts = [];

function benchCorpus(title, sources) {
  const dir = mkdtempSync(join(tmpdir(), "vnpress-html-bench-"));
  try {
    const files = makePages(dir, sources);
    const expected = files.map((_, i) => sources[i % sources.length].expected ?? null);
    const mb = files.reduce((sum, f) => sum + readFileSync(f).length, 0) / 1048576;
    console.log(`\n== ${title}: ${N} pages (${mb.toFixed(1)} MB, ${((mb * 1024) / N).toFixed(0)} KB a page) from ${sources.length} source page(s); ${availableParallelism()} cores`);
    const load = loadavg()[0];
    const runs = [timeCli(files, {}), timeCli(files, {}), timeCli(files, {})];
    const ours = median(runs.map((r) => r.ms));
    const oursWorkers = median([timeCli(files, { VNPRESS_EXTRACT_WORKERS: threads }).ms, timeCli(files, { VNPRESS_EXTRACT_WORKERS: threads }).ms]);
    const oursOne = median([timeCli(files, { VNPRESS_EXTRACT_WORKERS: "0" }).ms, timeCli(files, { VNPRESS_EXTRACT_WORKERS: "0" }).ms]);
    const readability = [timeInProcess(files, "readability"), timeInProcess(files, "readability")].sort((a, b) => a.loop - b.loop)[0];
    const cleanOnly = [timeInProcess(files, "ours"), timeInProcess(files, "ours")].sort((a, b) => a.loop - b.loop)[0];

    console.log(`vnpress extract --format jsonl (clean + all extractors, CLI start-up included)`);
    console.log(`  default (median of 3)        ${s(ours).padStart(8)}   ${per(ours)}   ${runs[0].articles} articles, ${N - runs[0].articles} pages flagged not-article`);
    console.log(`    (workers: one per core left idle by other processes; load average was ${load.toFixed(1)} on ${availableParallelism()} cores)`);
    const checked = expected.filter((x) => x !== null).length;
    if (checked) {
      const found = runs[0].lines.filter((l, i) => expected[i] !== null && bodyF1(expected[i], JSON.parse(l).article.body) >= 0.99).length;
      console.log(`    (the set-in article found whole, body F1 ≥ 0.99, on ${found} of ${checked} pages)`);
    }
    console.log(`  ${threads} worker thread(s) + main    ${s(oursWorkers).padStart(8)}   ${per(oursWorkers)}`);
    console.log(`  one thread                   ${s(oursOne).padStart(8)}   ${per(oursOne)}`);
    console.log(`vnpress cleaner alone (cleanHtml, in process, one thread)`);
    console.log(`  loop                         ${s(cleanOnly.loop).padStart(8)}   ${per(cleanOnly.loop)}`);
    console.log(`Readability + linkedom (parse + Readability.parse, in process, one thread; the faster of two runs)`);
    console.log(`  loop (start-up not counted)  ${s(readability.loop).padStart(8)}   ${per(readability.loop)}   (whole process ${s(readability.wall)})`);
    const ratio = readability.loop / ours;
    console.log(`Readability loop / vnpress extract CLI      = ${ratio.toFixed(1)}×   (target ≥ 10×: ${ratio >= 10 ? "pass" : "NOT MET"})`);
    console.log(`Readability loop / vnpress cleaner loop     = ${(readability.loop / cleanOnly.loop).toFixed(1)}×   (cleaning alone, one thread each)`);
    verdicts.push(`${title}: ${ratio.toFixed(1)}× (${ratio >= 10 ? "pass" : "NOT MET"})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 1. the evaluation set (scripts/gen-html-fixtures.mjs): lean pages, 20 KB on average
const ONLY = process.argv[3] ?? ""; // "eval" or "frame": one of the two
if (ONLY !== "frame") benchCorpus("evaluation set", readSources("fixtures/html"));
// 2. pages of a real site's weight: the sample articles in the real page's frame
if (ONLY !== "eval") benchCorpus("the sample articles in a real page's frame", inRealFrame());

console.log(`\nReadability / vnpress extract: ${verdicts.join("; ")}`);
