// The test news site for the crawler tests: a real HTTP server on 127.0.0.1
// serving pages built from the sample articles, with every trap the issue
// lists — robots.txt with a disallowed path and a Crawl-delay, a sitemap
// index with a gzipped child, an RSS feed whose links carry utm_ parameters,
// paginated listings, a 301→302 chain, a URL that answers 503 twice, a 429
// with Retry-After, a URL that never answers, a 40 MB page, PDFs, a
// windows-1258 page, an off-site link and a link to a private address.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
// @ts-expect-error plain JS module shared with scripts/start.mjs and the benchmark
import { loadTexts, renderArticle, renderListing, rssXml, sendBody, serve, sitemapIndexXml, sitemapXml } from "../scripts/demo-site.mjs";
import { ROOT } from "./helpers.js";

export interface Req {
  t: number;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface Site {
  url: string;
  port: number;
  requests: Req[];
  close(): Promise<void>;
}

export const TEXTS: { slug: string; text: string }[] = loadTexts(join(ROOT, "corpus"));

/** Windows-1258 bytes of a text: tones as combining marks after a precomposed base, the way that code page writes them. */
export function toWindows1258(s: string): Buffer {
  // recompose the letters 1258 has (â ê ô ă ơ ư and capitals); tone marks stay combining, after them
  const text = s.normalize("NFD").replace(/([A-Za-z])([\u0300-\u036f]+)/g, (_m, base: string, marks: string) => {
    const letter = marks.replace(/[^\u0302\u0306\u031b]/g, "");
    const tones = marks.replace(/[\u0302\u0306\u031b]/g, "");
    return (base + letter).normalize("NFC") + tones;
  });
  const bytes = iconv.encode(text, "windows-1258");
  if (bytes.includes(0x3f) && !text.includes("?")) throw new Error("toWindows1258: a character windows-1258 cannot write");
  return bytes;
}

/** Run the CLI in a child process (async, so the test's server keeps answering). */
export function cli(args: string[], opts: { env?: Record<string, string> } = {}): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "vnpress.js"), ...args], { cwd: ROOT, env: { ...process.env, ...opts.env } });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export interface NewsSite extends Site {
  /** the second night: one article changes, one is added */
  nextNight(): void;
  articleUrls(): string[];
}

/** The main test site. Crawl-delay `delayS` seconds. */
export async function startNewsSite(opts: { delayS?: number } = {}): Promise<NewsSite> {
  const delayS = opts.delayS ?? 0.15;
  const t = (i: number) => TEXTS[i % TEXTS.length].text;
  let night = 1;
  const lastmod1 = "2025-01-10T08:00:00+07:00";
  let lastmodA1 = lastmod1;
  const counters = new Map<string, number>();
  const hit = (p: string) => {
    const n = (counters.get(p) ?? 0) + 1;
    counters.set(p, n);
    return n;
  };
  const article = (i: number, extra: string) => renderArticle({ text: t(i), extra, site: "Báo Thử Nghiệm" });
  const pages: Record<string, () => string> = {
    "/bai/a1.html": () => article(0, night === 1 ? "Mã bài viết: 1." : "Mã bài viết: 1. Bài đã được cập nhật thêm thông tin mới nhất về hoạt động đối ngoại."),
    "/bai/a2.html": () => article(1, "Mã bài viết: 2."),
    "/bai/a2-ban-in.html": () => article(1, "Mã bài viết: 2."),
    "/bai/a3.html": () => article(2, "Mã bài viết: 3."),
    "/bai/a4.html": () => article(3, "Mã bài viết: 4."),
    "/bai/a5.html": () => article(4, "Mã bài viết: 5."),
    "/bai/a6.html": () => article(0, "Mã bài viết: 6."),
    "/bai/a7.html": () => article(1, "Mã bài viết: 7."),
    "/bai/flaky.html": () => article(3, "Mã bài viết: 9."),
    "/bai/busy.html": () => article(4, "Mã bài viết: 10."),
  };
  const a11 = () => article(2, "Mã bài viết: 11.");

  let base = "";
  const home = () =>
    renderListing({
      title: "Tin mới",
      site: "Báo Thử Nghiệm",
      feed: "/feed.rss",
      next: "/tin-tuc?page=2",
      items: [
        ...(night >= 2 ? [{ href: "/bai/a11.html", title: "Bài mới của đêm thứ hai về hợp tác quốc tế của tỉnh" }] : []),
        { href: "/bai/a1.html?utm_source=home", title: "Hoạt động đối ngoại của tỉnh có nhiều khởi sắc rõ nét" },
        { href: "/bai/a2.html", title: "Kết quả nổi bật trong công tác đối ngoại năm vừa qua" },
        { href: "/bai/a2-ban-in.html", title: "Bản in: kết quả nổi bật trong công tác đối ngoại" },
        { href: "/bai/busy.html", title: "Tỉnh đẩy mạnh hợp tác với các địa phương nước bạn" },
        { href: "/bai/hang.html", title: "Bài viết trên máy chủ không bao giờ trả lời" },
        { href: "/bai/huge.html", title: "Trang rất lớn bốn mươi megabyte không nên tải hết" },
        { href: "/bai/mat.html", title: "Bài viết đã bị gỡ khỏi trang thông tin điện tử" },
        { href: "/private/noi-bo.html", title: "Tài liệu nội bộ không được phép thu thập tự động" },
        { href: "/files/bao-cao.pdf", title: "Báo cáo tổng kết công tác đối ngoại (PDF)" },
        { href: "/tai-ve?id=7", title: "Tải về báo cáo chi tiết công tác đối ngoại năm" },
      ],
      extraLinks: `<p><a href="http://example.com/ngoai">Liên kết sang trang khác ở nước ngoài</a> <a href="http://10.1.2.3/quan-tri">Trang quản trị nội bộ trong mạng riêng</a> <a href="http://127.0.0.1:1/cong-khac">Máy chủ khác</a></p>`,
    });
  const sitemapNews = () =>
    sitemapXml([
      { loc: `${base}/bai/a1.html`, lastmod: lastmodA1 },
      { loc: `${base}/bai/a2.html`, lastmod: lastmod1 },
      { loc: `${base}/bai/tien-te.html`, lastmod: lastmod1 },
      { loc: `${base}/private/mat.html`, lastmod: lastmod1 },
      ...(night >= 2 ? [{ loc: `${base}/bai/a11.html`, lastmod: "2025-02-01T08:00:00+07:00" }] : []),
    ]);
  const sitemapOld = () =>
    sitemapXml([
      { loc: `${base}/bai/a3.html`, lastmod: lastmod1 },
      { loc: `${base}/cu/a4`, lastmod: lastmod1 },
      { loc: `${base}/bai/flaky.html`, lastmod: lastmod1 },
    ]);
  const feed = () =>
    rssXml({
      title: "Báo Thử Nghiệm",
      link: base + "/",
      items: [
        { title: "Bài 1", link: `${base}/bai/a1.html?utm_source=rss&utm_medium=feed&utm_campaign=tin-moi`, pubDate: "Fri, 10 Jan 2025 01:00:00 GMT" },
        { title: "Bài 5", link: `${base}/bai/a5.html?utm_source=rss&fbclid=abc123`, pubDate: "Fri, 10 Jan 2025 02:00:00 GMT" },
      ],
    });

  const s = await serve(async (req: any, res: any, url: URL) => {
    const p = url.pathname;
    const q = url.search;
    const lm = "2025-01-10T01:00:00Z";
    switch (p) {
      case "/robots.txt":
        sendBody(req, res, `User-agent: *\nDisallow: /private/\nCrawl-delay: ${delayS}\n\nSitemap: ${base}/sitemap_index.xml\n`, { type: "text/plain" });
        return true;
      case "/sitemap_index.xml":
        sendBody(req, res, sitemapIndexXml([`${base}/sitemap-news.xml`, `${base}/sitemap-old.xml.gz`]), { type: "application/xml", lastModified: lm });
        return true;
      case "/sitemap-news.xml":
        sendBody(req, res, sitemapNews(), { type: "application/xml" });
        return true;
      case "/sitemap-old.xml.gz": {
        if (req.headers["if-none-match"] === '"old-1"') {
          res.writeHead(304, { etag: '"old-1"' });
          res.end();
          return true;
        }
        const body = gzipSync(Buffer.from(sitemapOld()));
        res.writeHead(200, { "content-type": "application/x-gzip", "content-length": body.length, etag: '"old-1"' });
        res.end(body);
        return true;
      }
      case "/feed.rss":
        sendBody(req, res, feed(), { type: "application/rss+xml; charset=utf-8" });
        return true;
      case "/":
        sendBody(req, res, home(), { lastModified: night === 1 ? lm : "2025-02-01T01:00:00Z" });
        return true;
      case "/tin-tuc":
        if (q === "?page=2") {
          sendBody(req, res, renderListing({ title: "Tin mới - trang 2", site: "Báo Thử Nghiệm", prev: "/", next: "/tin-tuc?page=3", items: [{ href: "/bai/a6.html", title: "Giao lưu hữu nghị với các tỉnh bạn ở biên giới" }] }));
          return true;
        }
        if (q === "?page=3") {
          sendBody(req, res, renderListing({ title: "Tin mới - trang 3", site: "Báo Thử Nghiệm", prev: "/tin-tuc?page=2", items: [{ href: "/bai/a7.html", title: "Đoàn công tác của tỉnh thăm và làm việc tại nước bạn" }] }));
          return true;
        }
        return false;
      case "/cu/a4":
        res.writeHead(301, { location: "/tam/a4" });
        res.end();
        return true;
      case "/tam/a4":
        res.writeHead(302, { location: `${base}/bai/a4.html#top` });
        res.end();
        return true;
      case "/bai/tien-te.html": {
        const html = renderArticle({ text: t(2), extra: "Mã bài viết: 8.", site: "Báo Thử Nghiệm" }).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">');
        sendBody(req, res, toWindows1258(html), { type: "text/html" });
        return true;
      }
      case "/bai/flaky.html":
        if (hit(p) <= 2) {
          res.writeHead(503, { "content-type": "text/html" });
          res.end("<h1>Service Unavailable</h1>");
          return true;
        }
        break;
      case "/bai/busy.html":
        if (hit(p) === 1) {
          res.writeHead(429, { "retry-after": "1", "content-type": "text/plain" });
          res.end("Too Many Requests");
          return true;
        }
        break;
      case "/bai/hang.html":
        // never answers: the socket stays open until the client gives up
        return true;
      case "/bai/huge.html": {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        const chunk = Buffer.alloc(64 * 1024, "<p>Nội dung rất dài.</p>\n");
        let sent = 0;
        const total = 40 * 1024 * 1024;
        let gone = false;
        res.on("close", () => (gone = true));
        const pump = () => {
          while (sent < total && !gone) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          if (!gone) res.end();
        };
        pump();
        return true;
      }
      case "/tai-ve":
        res.writeHead(200, { "content-type": "application/pdf", "content-length": 1000 });
        res.end(Buffer.alloc(1000, 0x25));
        return true;
      case "/files/bao-cao.pdf":
        res.writeHead(200, { "content-type": "application/pdf" });
        res.end("%PDF-1.4");
        return true;
      case "/bai/a11.html":
        if (night < 2) return false;
        sendBody(req, res, a11());
        return true;
    }
    const page = pages[p];
    if (!page) return false;
    sendBody(req, res, page(), { lastModified: p === "/bai/a1.html" && night >= 2 ? "2025-02-01T01:00:00Z" : lm });
    return true;
  });
  base = s.url;
  return {
    url: s.url,
    port: s.port,
    requests: s.requests,
    close: s.close,
    nextNight() {
      night = 2;
      lastmodA1 = "2025-02-01T08:00:00+07:00";
    },
    articleUrls: () => [...Object.keys(pages).filter((p) => p !== "/bai/a2-ban-in.html"), "/bai/tien-te.html"].map((p) => base + p),
  };
}

/** A plain site of `n` distinct articles (sitemap + paginated listing), for the resume and lock tests. */
export async function startPlainSite(n: number): Promise<Site> {
  let base = "";
  const perPage = 5;
  const path = (i: number) => `/tin/${i}.html`;
  const s = await serve((req: any, res: any, url: URL) => {
    const p = url.pathname;
    if (p === "/robots.txt") return sendBody(req, res, `User-agent: *\nAllow: /\n`, { type: "text/plain" }), true;
    if (p === "/sitemap.xml") return sendBody(req, res, sitemapXml(Array.from({ length: n }, (_, i) => ({ loc: base + path(i), lastmod: "2025-01-01" })).slice(0, Math.ceil(n / 2))), { type: "application/xml" }), true;
    const lp = /^\/trang\/(\d+)$/.exec(p);
    if (p === "/" || lp) {
      const k = lp ? Number(lp[1]) : 1;
      const items = Array.from({ length: n }, (_, i) => i).slice((k - 1) * perPage, k * perPage).map((i) => ({ href: path(i), title: `Tin số ${i} về hoạt động đối ngoại của tỉnh trong năm` }));
      if (!items.length) return false;
      sendBody(req, res, renderListing({ title: `Tin mới trang ${k}`, items, next: k * perPage < n ? `/trang/${k + 1}` : null, prev: k > 1 ? (k === 2 ? "/" : `/trang/${k - 1}`) : null }));
      return true;
    }
    const m = /^\/tin\/(\d+)\.html$/.exec(p);
    if (m && Number(m[1]) < n) {
      const i = Number(m[1]);
      sendBody(req, res, renderArticle({ text: TEXTS[i % TEXTS.length].text, extra: `Mã tin: ${i}.` }));
      return true;
    }
    return false;
  });
  base = s.url;
  return { url: s.url, port: s.port, requests: s.requests, close: s.close };
}
