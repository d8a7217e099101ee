// Crawl throughput, end to end (discover → fetch → archive → clean → extract →
// store), against a local site with politeness off (no delay, 8 requests in
// flight). The site — N article pages built from the sample articles, a
// sitemap index and a home page — runs in a child process so that its CPU and
// memory are not counted; the crawler runs here, and its peak RSS (worker
// threads included) is reported. The site shares the machine's cores with the
// crawler, so it serves article pages as a static server without compression
// would (gzip on every response cost it ~1 ms of CPU per page, taken from the
// crawler), from a template rendered once per text; sitemaps and robots.txt
// still go out gzipped.
//
//   node bench/crawl.bench.mjs [PAGES]      (default 20000; VNPRESS_BENCH_PAGES also works)
import { fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTexts, renderArticle, renderListing, sitemapIndexXml, sitemapXml, serve, sendBody } from "../scripts/demo-site.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

if (process.argv[2] === "--serve") {
  // the site, in its own process
  const n = Number(process.argv[3]);
  const texts = loadTexts(join(root, "corpus"));
  const rendered = [];
  const per = 5000;
  let base = "";
  const site = await serve((req, res, url) => {
    const p = url.pathname;
    if (p === "/robots.txt") return sendBody(req, res, `User-agent: *\nAllow: /\nSitemap: ${base}/sitemap_index.xml\n`, { type: "text/plain" }), true;
    if (p === "/sitemap_index.xml") return sendBody(req, res, sitemapIndexXml(Array.from({ length: Math.ceil(n / per) }, (_, k) => `${base}/sitemap-${k}.xml`)), { type: "application/xml" }), true;
    const sm = /^\/sitemap-(\d+)\.xml$/.exec(p);
    if (sm) {
      const k = Number(sm[1]);
      const entries = [];
      for (let i = k * per; i < Math.min(n, (k + 1) * per); i++) entries.push({ loc: `${base}/tin/${i}.html`, lastmod: "2025-01-01" });
      return sendBody(req, res, sitemapXml(entries), { type: "application/xml" }), true;
    }
    if (p === "/") return sendBody(req, res, renderListing({ title: "Tin mới", items: Array.from({ length: 20 }, (_, i) => ({ href: `/tin/${i}.html`, title: `Tin số ${i} về hoạt động đối ngoại của tỉnh` })) })), true;
    const m = /^\/tin\/(\d+)\.html$/.exec(p);
    if (m && Number(m[1]) < n) {
      const i = Number(m[1]);
      // each text rendered once, around a marker where the page's own line goes
      const k = i % texts.length;
      const halves = (rendered[k] ??= renderArticle({ text: texts[k].text, extra: "\u0000" }).split("<p>\u0000</p>"));
      sendBody(req, res, `${halves[0]}<p>Mã tin: ${i}. Bài viết thứ ${i} của trang thử tải.</p>${halves[1]}`, { compress: false });
      return true;
    }
    return false;
  });
  base = site.url;
  process.send({ url: site.url });
  process.on("message", (m) => {
    if (m === "cpu") {
      const u = process.cpuUsage();
      process.send({ cpu: (u.user + u.system) / 1e6 });
    }
  });
  process.on("disconnect", () => process.exit(0));
} else {
  const n = Number(process.argv[2] ?? process.env.VNPRESS_BENCH_PAGES ?? 20000);
  const child = fork(fileURLToPath(import.meta.url), ["--serve", String(n)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const { url } = await new Promise((res) => child.once("message", res));
  const dir = mkdtempSync(join(tmpdir(), "vnpress-bench-crawl-"));
  const config = join(dir, "sources.json");
  writeFileSync(config, JSON.stringify({ concurrency: 16, sources: [{ name: "bench", url: url + "/", delayMs: 0, concurrency: 8, timeoutMs: 10000, maxPages: n + 100 }] }));
  const { main } = await import("../dist/cli.js");
  const out = process.stdout.write.bind(process.stdout);
  let summary = "";
  process.stdout.write = (chunk, ...rest) => ((summary += chunk), true);
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  const workers = process.env.VNPRESS_BENCH_WORKERS;
  const code = await main(["node", "vnpress", "run", "--config", config, "--db", join(dir, "bench.sqlite"), "--archive", join(dir, "archive"), "--allow-private", "--progress", "none", ...(workers ? ["--workers", workers] : [])]);
  const seconds = (performance.now() - t0) / 1000;
  const elu = performance.eventLoopUtilization(elu0);
  process.stdout.write = out;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  globalThis.gc?.();
  const after = process.memoryUsage();
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(join(dir, "bench.sqlite"), { readonly: true });
  const articles = db.prepare("SELECT COUNT(*) FROM articles").pluck().get();
  const fetched = db.prepare("SELECT COUNT(*) FROM frontier WHERE http_status = 200").pluck().get();
  db.close();
  const warcBytes = readdirSync(join(dir, "archive", "warc")).reduce((s, f) => s + statSync(join(dir, "archive", "warc", f)).size, 0);
  child.send("cpu");
  const { cpu: serverCpu } = await new Promise((res) => child.on("message", (m) => m.cpu !== undefined && res(m)));
  const own = process.cpuUsage();
  const crawlerCpu = (own.user + own.system) / 1e6;
  child.disconnect();
  child.kill();
  console.log(summary.trim());
  console.log(`\ncrawl benchmark (politeness off, ${n} article pages, exit ${code})`);
  console.log(`  pages fetched        ${fetched}`);
  console.log(`  articles stored      ${articles}`);
  console.log(`  wall time            ${seconds.toFixed(1)} s`);
  console.log(`  throughput           ${(articles / seconds).toFixed(0)} articles/s end to end (${(fetched / seconds).toFixed(0)} responses/s)`);
  console.log(`  peak memory (RSS)    ${maxRssMb.toFixed(0)} MB (crawler process, worker threads included)`);
  console.log(`  archive              ${(warcBytes / 1048576).toFixed(1)} MB of WARC`);
  console.log(`  main thread busy     ${(elu.utilization * 100).toFixed(0)}% of the wall time`);
  console.log(`  after the run        RSS ${(after.rss / 1048576).toFixed(0)} MB, JS heap ${(after.heapUsed / 1048576).toFixed(0)} MB`);
  console.log(`  CPU                  crawler ${crawlerCpu.toFixed(1)} s (${((crawlerCpu / articles) * 1000).toFixed(1)} ms/page, worker threads included), site ${serverCpu.toFixed(1)} s, on ${availableParallelism()} cores`);
  if (!process.env.VNPRESS_BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
  else console.log(`  kept                 ${dir}`);
  if (articles < n) process.exitCode = 1;
}
