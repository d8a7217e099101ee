// A small news site built from the sample articles (corpus/*.txt), for the
// nightly demo (`npm start`), the crawler tests and the crawl benchmark: article
// pages with the usual furniture around them, paginated listings, a sitemap and
// an RSS feed, and a tiny HTTP server with ETag/Last-Modified and gzip.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync, statSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, extname } from "node:path";

export const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The sample articles: { slug, text } from the .txt files of a folder, sorted by name. */
export function loadTexts(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ slug: f.replace(/\.txt$/, ""), text: readFileSync(join(dir, f), "utf8") }));
}

/** A short label for listings: the first line that reads like a headline. */
export function headline(text) {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return lines.find((l) => l.length >= 30 && l.length <= 200 && !/online|truy cập|khách/i.test(l)) ?? lines[0] ?? "";
}

const NAV = (site) => `<header><div class="logo"><a href="/">${esc(site)}</a></div><nav class="menu"><a href="/">Trang chủ</a></nav></header>`;
const FOOTER = (site) => `<footer><p>${esc(site)} · Địa chỉ: Số 1 đường Trần Phú · Điện thoại: 0238 3844 111</p></footer>`;

/**
 * An article page: the page text of the sample, one paragraph per line, inside
 * <article>, with a menu, a "related news" box and a footer around it.
 * `extra` is appended as a last paragraph (to make variants of one sample).
 */
export function renderArticle({ text, extra = "", site = "Báo Demo", canonical = null, related = [] }) {
  const paras = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (extra) paras.push(extra);
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta property="og:type" content="article"><meta property="og:site_name" content="${esc(site)}">
${canonical ? `<link rel="canonical" href="${esc(canonical)}">` : ""}
<script>document.write("scripts are never run");</script>
</head><body>
${NAV(site)}
<main><article class="detail">
${paras.map((p) => `<p>${esc(p)}</p>`).join("\n")}
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>${related.map((r) => `<li><a href="${esc(r.href)}">${esc(r.title)}</a></li>`).join("")}</ul></aside>
</main>
${FOOTER(site)}
</body></html>`;
}

/** A listing page: headline links, optional pagination and extra raw links. */
export function renderListing({ title, items, next = null, prev = null, feed = null, site = "Báo Demo", extraLinks = "" }) {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${esc(title)} - ${esc(site)}</title>
<meta property="og:type" content="website">
${feed ? `<link rel="alternate" type="application/rss+xml" title="RSS" href="${esc(feed)}">` : ""}
${next ? `<link rel="next" href="${esc(next)}">` : ""}
</head><body>
${NAV(site)}
<main><h1>${esc(title)}</h1>
<ul class="news-list">
${items.map((i) => `<li class="news-item"><a href="${esc(i.href)}">${esc(i.title)}</a></li>`).join("\n")}
</ul>
<div class="paging">${prev ? `<a href="${esc(prev)}">Trang trước</a>` : ""} ${next ? `<a href="${esc(next)}">Trang sau</a>` : ""}</div>
${extraLinks}
</main>
${FOOTER(site)}
</body></html>`;
}

export function sitemapXml(entries) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((e) => `<url><loc>${esc(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ""}</url>`).join("\n")}
</urlset>`;
}

export function sitemapIndexXml(locs) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${locs.map((l) => `<sitemap><loc>${esc(l)}</loc></sitemap>`).join("\n")}
</sitemapindex>`;
}

export function rssXml({ title, link, items }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>${esc(link)}</link><description>${esc(title)}</description>
${items.map((i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link>${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ""}</item>`).join("\n")}
</channel></rss>`;
}

const TYPES = { ".html": "text/html; charset=utf-8", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8", ".rss": "application/rss+xml", ".gz": "application/x-gzip" };

/**
 * Serve a response with validators: ETag (hash of the body) and
 * Last-Modified, 304 for a matching conditional request, gzip when asked.
 */
export function sendBody(req, res, body, { type = "text/html; charset=utf-8", lastModified = null, status = 200, headers = {}, compress = true } = {}) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const etag = `"${createHash("sha1").update(buf).digest("hex").slice(0, 16)}"`;
  const h = { "content-type": type, etag, ...headers };
  if (lastModified) h["last-modified"] = new Date(lastModified).toUTCString();
  const inm = req.headers["if-none-match"];
  const ims = req.headers["if-modified-since"];
  if (status === 200 && ((inm && inm === etag) || (!inm && ims && lastModified && Date.parse(ims) >= Math.floor(Date.parse(lastModified) / 1000) * 1000))) {
    res.writeHead(304, h);
    res.end();
    return;
  }
  if (compress && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "") && buf.length > 512 && /html|xml|text|rss/.test(type)) {
    const z = gzipSync(buf);
    res.writeHead(status, { ...h, "content-encoding": "gzip", "content-length": z.length, vary: "accept-encoding" });
    res.end(z);
    return;
  }
  res.writeHead(status, { ...h, "content-length": buf.length });
  res.end(buf);
}

/** Start a server on 127.0.0.1 (port 0: any free port). `handler(req, res, url)` returns false for a 404. */
export async function serve(handler, { port = 0 } = {}) {
  const requests = [];
  const sockets = new Set();
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    requests.push({ t: Date.now(), path: url.pathname + url.search, headers: req.headers });
    Promise.resolve(handler(req, res, url)).then((handled) => {
      if (handled === false && !res.headersSent) {
        res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
        res.end("<!doctype html><title>404</title><h1>Không tìm thấy trang</h1>");
      }
    }, (e) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(e));
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address();
  return {
    server,
    port: address.port,
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Serve a folder of static files (index.html for "/"), with validators. */
export function staticHandler(dir) {
  return (req, res, url) => {
    let p = decodeURIComponent(url.pathname);
    if (p.endsWith("/")) p += "index.html";
    const file = join(dir, p.replace(/\.\.+/g, ""));
    if (!existsSync(file) || !statSync(file).isFile()) return false;
    const st = statSync(file);
    sendBody(req, res, readFileSync(file), { type: TYPES[extname(file)] ?? "application/octet-stream", lastModified: st.mtime.toISOString() });
    return true;
  };
}

/**
 * The demo site for `npm start`, written to `outDir` (corpus/demo-site):
 * the sample articles as pages, two listing pages, a sitemap, an RSS feed and
 * robots.txt. Written only when missing or when the samples changed.
 */
export function buildDemoSite(corpusDir, outDir, baseUrl) {
  const texts = loadTexts(corpusDir);
  const stamp = createHash("sha1").update(texts.map((t) => t.slug + t.text).join("\0")).update(baseUrl).digest("hex").slice(0, 12);
  const marker = join(outDir, ".built");
  if (existsSync(marker) && readFileSync(marker, "utf8") === stamp) return texts.length;
  mkdirSync(join(outDir, "bai-viet"), { recursive: true });
  const items = texts.map((t) => ({ href: `/bai-viet/${t.slug}.html`, title: headline(t.text), slug: t.slug }));
  for (const t of texts) {
    const related = items.filter((i) => i.slug !== t.slug).slice(0, 3);
    writeFileSync(join(outDir, "bai-viet", `${t.slug}.html`), renderArticle({ text: t.text, site: "Báo Demo tỉnh", related }));
  }
  const half = Math.ceil(items.length / 2);
  writeFileSync(join(outDir, "index.html"), renderListing({ title: "Tin mới", items: items.slice(0, half), next: "/trang-2.html", feed: "/rss.xml", site: "Báo Demo tỉnh" }));
  writeFileSync(join(outDir, "trang-2.html"), renderListing({ title: "Tin mới - trang 2", items: items.slice(half), prev: "/", site: "Báo Demo tỉnh" }));
  writeFileSync(join(outDir, "sitemap.xml"), sitemapXml(items.map((i) => ({ loc: baseUrl + i.href }))));
  writeFileSync(join(outDir, "rss.xml"), rssXml({ title: "Báo Demo tỉnh", link: baseUrl + "/", items: items.map((i) => ({ title: i.title, link: `${baseUrl}${i.href}?utm_source=rss&utm_medium=feed` })) }));
  writeFileSync(join(outDir, "robots.txt"), `User-agent: *\nDisallow: /quan-tri/\nSitemap: ${baseUrl}/sitemap.xml\n`);
  writeFileSync(marker, stamp);
  return texts.length;
}
