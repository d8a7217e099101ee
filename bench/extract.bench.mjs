// Extraction throughput (all kinds together, MB/s of article text, one core)
// and a regular-expression safety check: 1 MB of adversarial text per pattern
// family must be processed in under one second per kind.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { extractAll } from "../dist/extract/index.js";
import { extractMoney } from "../dist/extract/money/index.js";
import { extractDelegations } from "../dist/extract/delegations/index.js";
import { extractAgreements } from "../dist/extract/agreements/index.js";
import { findPartnerMentions, partnerRecords } from "../dist/extract/partners/index.js";
import { docrefRecords } from "../dist/extract/docrefs/index.js";
import { ZoneContext } from "../dist/extract/context.js";
import { processDocument } from "../dist/pipeline.js";
import { normalize } from "../dist/text/normalize.js";

const dir = "fixtures/articles";
const articles = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => processDocument({ identity: f, kind: "text", text: readFileSync(join(dir, f), "utf8") }).article);
const bytes = (s) => Buffer.byteLength(s, "utf8");
const articleBytes = articles.reduce((s, a) => s + bytes(a.body) + bytes(a.title ?? "") + a.captions.reduce((c, x) => c + bytes(x), 0), 0);

// warm up, then run until at least 25 MB have gone through
for (const a of articles) extractAll(a);
let done = 0;
const t0 = performance.now();
const c0 = process.cpuUsage();
while (done < 25 * 1024 * 1024) {
  for (const a of articles) extractAll(a);
  done += articleBytes;
}
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
// CPU time is what one core spent; wall time also counts waiting for a core when the machine is busy
const mbps = done / 1024 / 1024 / cpuSecs;
console.log(`extraction throughput: ${mbps.toFixed(1)} MB/s of article text per core (all five kinds; ${(done / 1048576).toFixed(0)} MB in ${cpuSecs.toFixed(2)} s of CPU, ${secs.toFixed(2)} s wall, ${(done / 1048576 / secs).toFixed(1)} MB/s wall)`);

const MB = 1024 * 1024;
const fill = (unit) => normalize(unit.repeat(Math.ceil(MB / bytes(unit)))).slice(0, MB);
const ADVERSARIAL = {
  "digits and dots": fill("1.234.567.890,123.456 "),
  "long digit run": "9".repeat(MB),
  "dates 1/1/1/…": fill("1/1/1/"),
  "số số số": fill("số "),
  "nested parentheses": "(".repeat(MB / 2) + ")".repeat(MB / 2),
  "10,000 place names": normalize(Array.from({ length: 10000 }, (_, i) => ["Chăm-pa-sắc", "Hủa Phăn", "Quảng Tây", "Hà Nam", "tỉnh Gifu"][i % 5]).join(", ")).padEnd(MB, " Viêng Chăn"),
  "symbols": fill("59-NQ/TW/QĐ-TTg-CP/"),
  // figures named at length with no sentence break anywhere (a table dump without punctuation or lines)
  "one unbroken line": fill("3 đoàn chuyên gia của bang X (HRD Korea) với 17 người đã cử "),
};
// Text made only of figures is no regex trap but pure output: 100 KB of it, reported as records per second.
const DENSE = { "dense delegation figures": normalize("53 đoàn/ 505 lượt đoàn ".repeat(4400)), "dense money figures": normalize("4.750 triệu USD, ".repeat(6000)) };

const KINDS = {
  money: (ctx) => extractMoney(ctx),
  delegations: (ctx) => extractDelegations(ctx),
  agreements: (ctx) => extractAgreements(ctx, []),
  partners: (ctx) => partnerRecords([{ ctx, mentions: findPartnerMentions(ctx) }]),
  docrefs: (ctx) => docrefRecords([ctx]),
};

console.log("\nregular-expression safety: seconds per kind on 1 MB of adversarial text (limit 1.0)");
const header = ["input".padEnd(22), ...Object.keys(KINDS).map((k) => k.padStart(12))].join("");
console.log(header);
let worst = 0;
for (const [name, text] of Object.entries(ADVERSARIAL)) {
  const cells = [];
  for (const [kind, run] of Object.entries(KINDS)) {
    const t = performance.now();
    run(new ZoneContext(text, "body"));
    const s = (performance.now() - t) / 1000;
    worst = Math.max(worst, s);
    cells.push((s.toFixed(3) + (s > 1 ? "!" : " ")).padStart(12));
  }
  console.log(name.padEnd(22) + cells.join(""));
}
console.log(`worst: ${worst.toFixed(3)} s ${worst < 1 ? "(within the limit)" : "(OVER THE LIMIT)"}`);

console.log("\ndense figures (100 KB each, every kind): records per second");
for (const [name, text] of Object.entries(DENSE)) {
  const t = performance.now();
  const r = extractAll({ title: null, body: text, captions: [] });
  const s = (performance.now() - t) / 1000;
  const n = Object.values(r).reduce((a, x) => a + x.length, 0);
  console.log(`${name.padEnd(26)} ${n} records in ${s.toFixed(2)} s = ${Math.round(n / s)} records/s`);
}
if (worst >= 1 || mbps < 5) process.exitCode = 1;
