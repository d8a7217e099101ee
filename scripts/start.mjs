// `npm start`: the nightly job against the bundled demo, with no outside network.
// The sample articles in corpus/ become a small news site (corpus/demo-site/),
// served on 127.0.0.1; `vnpress run` crawls it end to end (robots.txt,
// sitemap, feed, listings → fetch → archive under corpus/warc → clean →
// extract → store in output/vnpress.sqlite) and prints its summary, then what
// the database holds. Run it twice: the second night asks with conditional
// requests and fetches nothing that has not changed.
import { mkdirSync, writeFileSync } from "node:fs";
import { buildDemoSite, serve, staticHandler } from "./demo-site.mjs";
import { main } from "../dist/cli.js";

const db = process.env.VNPRESS_DB ?? "output/vnpress.sqlite";
// a fixed port keeps the demo's URLs (the articles' identities) the same from night to night
const PREFERRED_PORT = Number(process.env.VNPRESS_DEMO_PORT ?? 18471);

let site;
try {
  site = await serve(staticHandler("corpus/demo-site"), { port: PREFERRED_PORT });
} catch {
  site = await serve(staticHandler("corpus/demo-site"), { port: 0 });
}
const pages = buildDemoSite("corpus", "corpus/demo-site", site.url);
mkdirSync("output", { recursive: true });
const config = "output/demo-sources.json";
writeFileSync(
  config,
  JSON.stringify(
    {
      contact: "http://127.0.0.1/ (local demo)",
      sources: [{ name: "demo", province: "Nghệ An", url: `${site.url}/`, delayMs: 50, timeoutMs: 5000, maxPages: 100 }],
    },
    null,
    2,
  ),
);
process.stderr.write(`demo site: ${pages} articles from corpus/ at ${site.url}/ (sources file ${config})\n`);

let code;
try {
  code = await main(["node", "vnpress", "run", "--config", config, "--db", db, "--archive", "corpus", "--allow-private"]);
} finally {
  await site.close();
}
if (code === 0 || code === 1) {
  const statsCode = await main(["node", "vnpress", "stats", "--db", db]);
  if (statsCode !== 0) code = statsCode;
}
process.exitCode = code;
