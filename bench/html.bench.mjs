// HTML cleaning speed: `vnpress extract --format jsonl` over 1,000 pages (a
// child process: start-up, decode, clean, all extractors, output) against
// Mozilla Readability on linkedom cleaning the same pages (a child process
// too; its time is taken inside its loop, so its start-up and file reading
// are not charged to it). Target of issue 4: ours ≤ 1/10 of Readability's.
//
// The 1,000 pages are the evaluation set (fixtures/html, see
// scripts/gen-html-fixtures.mjs) varied: every page gets its own comment and
// id, and every third page has all its class names renamed, so no cache or
// class list can help. `node bench/html.bench.mjs [N]` for another count.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const N = Number(process.argv[2] ?? 1000);
const SRC = "fixtures/html";
const sources = readdirSync(SRC).filter((f) => f.endsWith(".html")).sort().map((f) => ({ name: f.replace(/\.html$/, ""), bytes: readFileSync(join(SRC, f)) }));
const dir = mkdtempSync(join(tmpdir(), "vnpress-html-bench-"));

// ---- 1,000 varied pages (ASCII-only edits on the raw bytes keep windows-1258 pages valid)
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
const mb = files.reduce((s, f) => s + readFileSync(f).length, 0) / 1048576;
console.log(`${N} pages (${mb.toFixed(1)} MB) from ${sources.length} fixtures in ${dir}; ${availableParallelism()} cores`);

// ---- ours: the CLI as a user runs it
function timeCli(env) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["bin/vnpress.js", "extract", "--format", "jsonl", ...files], { env: { ...process.env, ...env }, maxBuffer: 1 << 30, encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`vnpress extract exited ${r.status}: ${r.stderr.slice(-500)}`);
  const lines = r.stdout.trim().split("\n");
  if (lines.length !== N) throw new Error(`expected ${N} lines, got ${lines.length}`);
  return { ms, articles: lines.filter((l) => !l.includes('"not_article":true')).length };
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = loadavg()[0];
const runs = [timeCli({}), timeCli({}), timeCli({})];
const ours = median(runs.map((r) => r.ms));
const threads = String(Math.max(1, availableParallelism() - 1));
const oursWorkers = median([timeCli({ VNPRESS_EXTRACT_WORKERS: threads }).ms, timeCli({ VNPRESS_EXTRACT_WORKERS: threads }).ms]);
const oursOne = median([timeCli({ VNPRESS_EXTRACT_WORKERS: "0" }).ms, timeCli({ VNPRESS_EXTRACT_WORKERS: "0" }).ms]);

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
function timeInProcess(which) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", inProcess, JSON.stringify(files), which], { maxBuffer: 1 << 28, encoding: "utf8" });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${which} exited ${r.status}: ${r.stderr.slice(-500)}`);
  return { loop: JSON.parse(r.stdout.trim().split("\n").pop()).ms, wall };
}
const readability = [timeInProcess("readability"), timeInProcess("readability")].sort((a, b) => a.loop - b.loop)[0];
const cleanOnly = [timeInProcess("ours"), timeInProcess("ours")].sort((a, b) => a.loop - b.loop)[0];

rmSync(dir, { recursive: true, force: true });

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const per = (ms) => `${(ms / N).toFixed(2)} ms/page`;
console.log("");
console.log(`vnpress extract --format jsonl (clean + all extractors, CLI start-up included)`);
console.log(`  default                      ${s(ours).padStart(8)}   ${per(ours)}   ${runs[0].articles} articles, ${N - runs[0].articles} pages flagged not-article`);
console.log(`    (workers: one per idle core beside the main thread; load average was ${load.toFixed(1)} on ${availableParallelism()} cores)`);
console.log(`  ${threads} worker thread(s) + main    ${s(oursWorkers).padStart(8)}   ${per(oursWorkers)}`);
console.log(`  one thread                   ${s(oursOne).padStart(8)}   ${per(oursOne)}`);
console.log(`vnpress cleaner alone (cleanHtml, in process, one thread)`);
console.log(`  loop                         ${s(cleanOnly.loop).padStart(8)}   ${per(cleanOnly.loop)}`);
console.log(`Readability + linkedom (parse + Readability.parse, in process, one thread)`);
console.log(`  loop (start-up not counted)  ${s(readability.loop).padStart(8)}   ${per(readability.loop)}   (whole process ${s(readability.wall)})`);
console.log("");
const ratio = readability.loop / ours;
console.log(`Readability loop / vnpress extract CLI      = ${ratio.toFixed(1)}×   (target ≥ 10×: ${ratio >= 10 ? "pass" : "NOT MET"})`);
console.log(`Readability loop / vnpress cleaner loop     = ${(readability.loop / cleanOnly.loop).toFixed(1)}×   (cleaning alone, one thread each)`);
