// The crawler's pure parts: URL identity, the address guard, robots.txt
// policies, sitemap/feed/HTML discovery, page classification, encodings and
// legacy fonts, the sources file.
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { canonicalFromLinkHeader, canonicalUrl, nonHtmlExtension, passesFilter, compileFilter, sameSite } from "../src/crawl/canonical.js";
import { decodePage } from "../src/crawl/charset.js";
import { classifyHtml, htmlFacts, parseFeed, parseSitemap } from "../src/crawl/discover.js";
import { parseRetryAfter } from "../src/crawl/fetch.js";
import { BlockedAddressError, guardedLookup, nonPublicRange } from "../src/crawl/net-guard.js";
import { analyzePage } from "../src/crawl/page.js";
import { Politeness, backoffMs } from "../src/crawl/politeness.js";
import { policyFromFetch, policyFromText } from "../src/crawl/robots.js";
import { parseSources } from "../src/config.js";
import { convertLegacy, detectLegacy } from "../src/text/legacy.js";
// @ts-expect-error plain JS module shared with scripts/start.mjs and the benchmark
import { renderArticle, renderListing } from "../scripts/demo-site.mjs";
import { TEXTS, toWindows1258 } from "./crawl-site.js";

describe("canonical URLs", () => {
  it.each([
    ["HTTP://Example.VN:80/a/b?utm_source=x&b=2&a=1#frag", "http://example.vn/a/b?a=1&b=2"],
    ["https://baonghean.vn:443/tin.html?fbclid=abc&gclid=1&zarsrc=30&gidzl=q", "https://baonghean.vn/tin.html"],
    ["https://x.vn", "https://x.vn/"],
    ["https://x.vn./a", "https://x.vn/a"],
    ["https://user:pw@x.vn/a", "https://x.vn/a"],
    ["https://x.vn/tìm kiếm?q=Nghệ An", "https://x.vn/t%C3%ACm%20ki%E1%BA%BFm?q=Ngh%E1%BB%87+An"],
  ])("%s → %s", (input, out) => {
    expect(canonicalUrl(input)).toBe(out);
  });

  it("resolves relative links and refuses non-web schemes", () => {
    expect(canonicalUrl("../b.html?utm_medium=rss", "https://x.vn/tin/a/")).toBe("https://x.vn/tin/b.html");
    expect(canonicalUrl("mailto:a@b.vn")).toBeNull();
    expect(canonicalUrl("javascript:void(0)", "https://x.vn/")).toBeNull();
    expect(canonicalUrl("http://[::1")).toBeNull();
  });

  it("reads rel=canonical from a Link header", () => {
    expect(canonicalFromLinkHeader('<https://x.vn/a?utm_source=1>; rel="canonical", <https://x.vn/amp>; rel="amphtml"', "https://x.vn/b")).toBe("https://x.vn/a");
    expect(canonicalFromLinkHeader('</p/1>; rel=canonical', "https://x.vn/b")).toBe("https://x.vn/p/1");
    expect(canonicalFromLinkHeader('<https://x.vn/amp>; rel="amphtml"', "https://x.vn/b")).toBeNull();
  });

  it("same site: www and sub-domains yes, other hosts and ports no", () => {
    expect(sameSite("https://www.baonghean.vn/a", "https://baonghean.vn/")).toBe(true);
    expect(sameSite("https://m.baonghean.vn/a", "https://baonghean.vn/")).toBe(true);
    expect(sameSite("http://baonghean.vn/a", "https://baonghean.vn/")).toBe(true);
    expect(sameSite("https://notbaonghean.vn/a", "https://baonghean.vn/")).toBe(false);
    expect(sameSite("http://127.0.0.1:81/a", "http://127.0.0.1:80/")).toBe(false);
    expect(sameSite("ftp://baonghean.vn/a", "https://baonghean.vn/")).toBe(false);
  });

  it("include/exclude patterns and non-HTML extensions", () => {
    const f = compileFilter(["^/tin-tuc/", "\\.html$"], ["/video/", "[?&]print=1"]);
    expect(passesFilter("https://x.vn/tin-tuc/a", f)).toBe(true);
    expect(passesFilter("https://x.vn/a.html", f)).toBe(true);
    expect(passesFilter("https://x.vn/video/a.html", f)).toBe(false);
    expect(passesFilter("https://x.vn/tin-tuc/a?print=1", f)).toBe(false);
    expect(passesFilter("https://x.vn/gioi-thieu", f)).toBe(false);
    expect(nonHtmlExtension("https://x.vn/files/Bao-Cao.PDF")).toBe("pdf");
    expect(nonHtmlExtension("https://x.vn/a.html")).toBeNull();
  });
});

describe("the address guard", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["10.1.2.3", "private"],
    ["172.20.0.1", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["0.0.0.0", "this network"],
    ["224.0.0.1", "multicast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fd00::1", "unique local (private)"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["64:ff9b::a00:1", "private"],
  ])("%s is %s", (ip, range) => {
    expect(nonPublicRange(ip)).toBe(range);
  });

  it.each(["8.8.8.8", "203.113.131.1", "14.225.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])("%s is public", (ip) => {
    expect(nonPublicRange(ip)).toBeNull();
  });

  it("refuses in the DNS lookup itself, unless private addresses are allowed", async () => {
    const look = (allow: boolean) =>
      new Promise<{ err: Error | null; address: unknown }>((res) => guardedLookup(allow)("localhost", {}, (err, address) => res({ err, address })));
    const blocked = await look(false);
    expect(blocked.err).toBeInstanceOf(BlockedAddressError);
    expect(blocked.err!.message).toMatch(/localhost resolves to .* \(loopback\).*--allow-private/);
    const allowed = await look(true);
    expect(allowed.err).toBeNull();
    expect(String(allowed.address)).toMatch(/^(127\.0\.0\.1|::1)$/);
  });
});

describe("robots.txt", () => {
  const origin = "https://x.vn";
  it("reads rules, Crawl-delay and Sitemap lines for the vnpress token", () => {
    const p = policyFromText(origin, "User-agent: *\nDisallow: /private/\nCrawl-delay: 2.5\nSitemap: https://x.vn/sitemap_index.xml\n\nUser-agent: vnpress\nDisallow: /tim-kiem\nAllow: /\nCrawl-delay: 3\n");
    expect(p.isAllowed("https://x.vn/tim-kiem?q=a")).toBe(false);
    expect(p.isAllowed("https://x.vn/private/a")).toBe(true); // the vnpress group replaces the * group
    expect(p.crawlDelayMs).toBe(3000);
    expect(p.sitemaps).toEqual(["https://x.vn/sitemap_index.xml"]);
  });

  const fetched = (outcome: any) => policyFromFetch(origin, { hops: [], sent: [], url: origin + "/robots.txt", ...outcome });
  it("4xx: no rules, everything allowed", () => {
    const p = fetched({ outcome: "http_error", status: 404, headers: {}, retryAfterMs: null, final: null });
    expect(p.state).toBe("none");
    expect(p.isAllowed("https://x.vn/anything")).toBe(true);
  });
  it("5xx, 429 or unreachable: nothing is fetched from the host", () => {
    for (const o of [
      { outcome: "http_error", status: 503, headers: {}, retryAfterMs: null, final: null },
      { outcome: "http_error", status: 429, headers: {}, retryAfterMs: null, final: null },
      { outcome: "network_error", reason: "connection refused", code: "ECONNREFUSED", blocked: false },
    ]) {
      const p = fetched(o);
      expect(p.state).toBe("unreachable");
      expect(p.isAllowed("https://x.vn/")).toBe(false);
    }
  });
});

describe("retry timing", () => {
  it("parses Retry-After as seconds or a date", () => {
    expect(parseRetryAfter("120")).toBe(120_000);
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("soon")).toBeNull();
  });
  it("backs off exponentially with jitter, capped", () => {
    for (let i = 0; i < 50; i++) {
      const a = backoffMs(1, 1000), b = backoffMs(3, 1000);
      expect(a).toBeGreaterThanOrEqual(500);
      expect(a).toBeLessThan(1500);
      expect(b).toBeGreaterThanOrEqual(2000);
      expect(b).toBeLessThan(6000);
    }
    expect(backoffMs(30, 1000)).toBeLessThanOrEqual(60_000);
  });
});

describe("host spacing", () => {
  it("counts a host's delay from the moment a request went out, not from when the gate let it through", async () => {
    const p = new Politeness(4);
    const opts = { delayMs: 120, concurrency: 1 };
    const url = "http://127.0.0.1:9/a";
    (await p.gate(url, opts))();
    // the first request went out 60 ms after its turn (a busy event loop)
    await new Promise((r) => setTimeout(r, 60));
    const sentAt = Date.now();
    p.sent(url, sentAt);
    (await p.gate(url, opts))();
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(119);
  });
});

describe("discovery", () => {
  const base = "https://x.vn/";
  it("reads a sitemap index, a urlset with lastmod, a gzipped sitemap and a plain list", () => {
    const index = parseSitemap(Buffer.from(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.vn/s1.xml</loc></sitemap><sitemap><loc>https://x.vn/s2.xml.gz</loc></sitemap></sitemapindex>`), base);
    expect(index).toEqual({ kind: "index", entries: [{ url: "https://x.vn/s1.xml", lastmod: null }, { url: "https://x.vn/s2.xml.gz", lastmod: null }] });
    const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://x.vn/a.html?utm_source=sm&amp;id=1 </loc><lastmod>2025-01-10T08:00:00+07:00</lastmod></url><url><loc>https://x.vn/b.html</loc></url></urlset>`;
    const set = parseSitemap(gzipSync(Buffer.from(xml)), base);
    expect(set.kind).toBe("urlset");
    expect(set.entries).toEqual([
      { url: "https://x.vn/a.html?id=1", lastmod: "2025-01-10T01:00:00.000Z" },
      { url: "https://x.vn/b.html", lastmod: null },
    ]);
    expect(parseSitemap(Buffer.from("https://x.vn/1\nhttps://x.vn/2\n"), base).entries.map((e) => e.url)).toEqual(["https://x.vn/1", "https://x.vn/2"]);
    expect(parseSitemap(Buffer.from("<html><body>404</body></html>"), base).kind).toBe("unknown");
  });

  it("reads RSS 2.0 and Atom feeds", () => {
    const rss = parseFeed(Buffer.from(`<rss version="2.0"><channel><item><link>https://x.vn/a?utm_source=rss</link><pubDate>Fri, 10 Jan 2025 01:00:00 GMT</pubDate></item><item><guid>https://x.vn/b</guid></item></channel></rss>`), base);
    expect(rss).toEqual([
      { url: "https://x.vn/a", published: "2025-01-10T01:00:00.000Z" },
      { url: "https://x.vn/b", published: null },
    ]);
    const atom = parseFeed(Buffer.from(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="/c"/><updated>2025-01-10T00:00:00Z</updated></entry></feed>`), base);
    expect(atom).toEqual([{ url: "https://x.vn/c", published: "2025-01-10T00:00:00.000Z" }]);
    expect(parseFeed(Buffer.from("<html></html>"), base)).toBeNull();
  });

  it("finds links, pagination, feeds and the canonical URL in HTML, ignoring scripts", () => {
    const html = renderListing({ title: "Tin", items: [{ href: "/bai/1.html?utm_campaign=x", title: "Một tiêu đề bài viết đủ dài để là tiêu đề" }], next: "/tin?page=2", feed: "/rss.xml" })
      .replace("</head>", `<link rel="canonical" href="https://www.x.vn/"><script>var s = '<a href="/from-script">x</a>';</script></head>`);
    const f = htmlFacts(html, base);
    expect(f.canonical).toBe("https://www.x.vn/");
    expect(f.feeds).toEqual(["https://x.vn/rss.xml"]);
    expect(f.links.find((l) => l.url === "https://x.vn/bai/1.html")?.next).toBe(false);
    expect(f.links.find((l) => l.url === "https://x.vn/tin?page=2")?.next).toBe(true);
    expect(f.links.some((l) => l.url.includes("from-script"))).toBe(false);
    expect(classifyHtml(f)).toBe("listing");
  });

  it("tells an article from a listing", () => {
    const art = renderArticle({ text: TEXTS[0].text }).replace('<meta property="og:type" content="article">', "");
    expect(classifyHtml(htmlFacts(art, base))).toBe("article");
    const many = renderListing({ title: "Tin", items: Array.from({ length: 12 }, (_, i) => ({ href: `/b/${i}`, title: `Tiêu đề bài viết số ${i} về hoạt động đối ngoại` })) });
    expect(classifyHtml(htmlFacts(many, base))).toBe("listing");
  });

  it("analyses a page: canonical on the same site only, listing pages never become articles", () => {
    const body = Buffer.from(renderArticle({ text: TEXTS[1].text, canonical: "https://x.vn/goc.html" }));
    const a = analyzePage({ url: "https://x.vn/ban-in.html", body, contentType: "text/html", linkHeader: null, sourceUrl: base, fetchedAt: "2025-01-01T00:00:00Z", kind: "page" });
    expect(a.pageType).toBe("article");
    expect(a.canonical).toBe("https://x.vn/goc.html");
    expect(a.processed!.article.body.length).toBeGreaterThan(1000);
    const off = analyzePage({ url: "https://x.vn/ban-in.html", body: Buffer.from(renderArticle({ text: TEXTS[1].text, canonical: "https://other.vn/x" })), contentType: null, linkHeader: null, sourceUrl: base, fetchedAt: "2025-01-01T00:00:00Z", kind: "page" });
    expect(off.canonical).toBe("https://x.vn/ban-in.html");
    const listing = analyzePage({ url: base, body, contentType: "text/html", linkHeader: null, sourceUrl: base, fetchedAt: "2025-01-01T00:00:00Z", kind: "listing" });
    expect(listing.pageType).toBe("listing");
    expect(listing.processed).toBeNull();
    const section = Buffer.from(renderListing({ title: "Đối ngoại", items: Array.from({ length: 12 }, (_, i) => ({ href: `/b/${i}.html`, title: `Tiêu đề bài viết số ${i} về hoạt động đối ngoại của tỉnh` })), next: "/doi-ngoai?page=2" }));
    const cat = analyzePage({ url: "https://x.vn/doi-ngoai", body: section, contentType: "text/html", linkHeader: null, sourceUrl: base, fetchedAt: "2025-01-01T00:00:00Z", kind: "page" });
    expect(cat.pageType).toBe("listing");
    expect(cat.processed).toBeNull();
    expect(cat.links.filter((l) => l.url.startsWith("https://x.vn/b/"))).toHaveLength(12);
    const stub = analyzePage({ url: "https://x.vn/404", body: Buffer.from("<html><body><article><p>Không tìm thấy trang.</p></article></body></html>"), contentType: "text/html", linkHeader: null, sourceUrl: base, fetchedAt: "2025-01-01T00:00:00Z", kind: "page" });
    expect(stub.pageType).not.toBe("article");
  });
});

describe("encodings", () => {
  const vn = "Tỉnh Nghệ An tăng cường hợp tác với các địa phương của Lào; Ủy ban nhân dân tỉnh đã ký 05 thỏa thuận quốc tế.";
  it("windows-1258 from the meta tag, the header, or a sniff — always NFC", () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body><p>${vn}</p></body></html>`;
    const bytes = toWindows1258(html);
    expect(bytes.includes(Buffer.from("Nghệ"))).toBe(false);
    const viaMeta = decodePage(bytes, "text/html");
    expect(viaMeta.charset).toBe("windows-1258");
    expect(viaMeta.text).toContain(vn);
    expect(viaMeta.text).toBe(viaMeta.text.normalize("NFC"));
    const plain = toWindows1258(`<p>${vn}</p>`);
    expect(decodePage(plain, "text/html; charset=cp1258").text).toContain(vn);
    expect(decodePage(plain, null).text).toContain(vn);
  });

  it("a BOM wins, and an unknown declared charset falls back to a sniff", () => {
    expect(decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<p>${vn}</p>`)]), "text/html; charset=windows-1258").text).toBe(`<p>${vn}</p>`);
    expect(decodePage(Buffer.from(`<p>${vn}</p>`), "text/html; charset=x-nonsense").text).toBe(`<p>${vn}</p>`);
  });

  it("detects and converts TCVN3 (ABC) text", () => {
    const tcvn = "TØnh NghÖ An t¨ng c­êng hîp t¸c víi c¸c ®Þa ph­¬ng cña Lµo; ñy ban nh©n d©n tØnh ®· ký 05 tháa thuËn quèc tÕ.";
    expect(detectLegacy(tcvn)).toEqual({ encoding: "tcvn3", mixed: false });
    // TCVN3 has no capital toned letters (those were a separate font): they come out in lower case
    expect(convertLegacy(tcvn, "tcvn3")).toBe("Tỉnh Nghệ An tăng cường hợp tác với các địa phương của Lào; ủy ban nhân dân tỉnh đã ký 05 thỏa thuận quốc tế.");
    // bytes that arrived as Latin-1 are converted when the page is decoded
    const page = decodePage(Buffer.from(`<html><body><font face=".VnTime"><p>${tcvn}</p></font></body></html>`, "latin1"), "text/html; charset=iso-8859-1");
    expect(page.legacy).toBe("tcvn3");
    expect(page.text).toContain("tăng cường hợp tác với các địa phương của Lào");
  });

  it("detects and converts VNI text", () => {
    const vni = "Tænh Ngheä An taêng cöôøng hôïp taùc vôùi caùc ñòa phöông cuûa Laøo; UÛy ban nhaân daân tænh ñaõ kyù 05 thoûa thuaän quoác teá.";
    expect(detectLegacy(vni)).toEqual({ encoding: "vni", mixed: false });
    expect(convertLegacy(vni, "vni")).toBe("Tỉnh Nghệ An tăng cường hợp tác với các địa phương của Lào; Ủy ban nhân dân tỉnh đã ký 05 thỏa thuận quốc tế.");
  });

  it("leaves Unicode Vietnamese and English alone, and flags mixed pages", () => {
    expect(detectLegacy(vn).encoding).toBeNull();
    for (const t of TEXTS) expect(detectLegacy(renderArticle({ text: t.text }))).toEqual({ encoding: null, mixed: false });
    expect(detectLegacy("The province signed five agreements with its partners in Laos and Cambodia last year.").encoding).toBeNull();
    const mixed = `${vn} ${vn} TØnh NghÖ An t¨ng c­êng hîp t¸c víi c¸c ®Þa ph­¬ng cña Lµo vµ c¸c ®èi t¸c`;
    expect(detectLegacy(mixed)).toEqual({ encoding: null, mixed: true });
  });

  it("gives the verdict of a full count on every text (the quick scan only settles plain Unicode pages)", () => {
    // the count detectLegacy is defined by, written out: letters, Unicode Vietnamese letters, TCVN3 marks, VNI mark pairs
    const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1ea0 && c <= 0x1ef9);
    const reference = (text: string) => {
      const n = Math.min(text.length, 40_000);
      let letters = 0, unicode = 0, tcvn = 0, vni = 0;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i), prev = i ? text.charCodeAt(i - 1) : 0;
        if (isLetter(c)) letters++;
        if ((c >= 0x1ea0 && c <= 0x1ef9) || [0x102, 0x103, 0x110, 0x111, 0x1a0, 0x1a1, 0x1af, 0x1b0].includes(c)) unicode++;
        if ([0xa7, 0xa9, 0xaa, 0xab, 0xac, 0xae, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xbb, 0xbc, 0xbd, 0xbe].includes(c) || (c === 0xad && i + 1 < n && isLetter(text.charCodeAt(i + 1)))) tcvn++;
        if ("ùøûõïâêáàåãäéèúüëÙØÛÕÏÂÊÁÀÅÃÄÉÈÚÜË".includes(text[i]) && "aeiouyAEIOUYôöÔÖ".includes(String.fromCharCode(prev))) vni++;
      }
      if (letters < 20 || (tcvn < 5 && vni < 5)) return { encoding: null, mixed: false };
      const fontTcvn = /\.VnTime/i.test(text), fontVni = /VNI[- ]Times/i.test(text);
      if (tcvn >= 5 && (tcvn / letters > 0.02 || fontTcvn) && tcvn >= vni / 2) return unicode / letters > 0.005 ? { encoding: null, mixed: true } : { encoding: "tcvn3", mixed: false };
      if (vni >= 5 && (vni / letters > 0.03 || fontVni) && unicode / letters <= 0.005) return { encoding: "vni", mixed: false };
      return { encoding: null, mixed: false };
    };
    const pieces = [vn, "TØnh NghÖ An t¨ng c­êng", "Tænh Ngheä An taêng cöôøng", "The province signed agreements. ", "§", "µ", "\u00ad", "ạ", "oà", "iê", " "];
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const seen = new Set<string>();
    for (let k = 0; k < 3000; k++) {
      let t = "";
      for (let i = 0, len = 1 + (k % 40); i < len; i++) t += pieces[rnd(pieces.length)];
      const verdict = detectLegacy(t);
      expect(verdict).toEqual(reference(t));
      seen.add(JSON.stringify(verdict));
    }
    expect(seen.size).toBe(4);
  });
});

describe("the sources file", () => {
  it("fills the defaults", () => {
    const f = parseSources({ sources: [{ url: "https://www.baonghean.vn/" }] });
    expect(f.sources[0]).toMatchObject({ name: "baonghean.vn", feeds: [], sitemaps: [], include: [], exclude: [], delayMs: 1000, timeoutMs: 30000, maxPages: 500, concurrency: 1, maxBytes: 10 * 1024 * 1024 });
    expect(f.concurrency).toBe(4);
  });
  it("names the field that is wrong", () => {
    expect(() => parseSources({ sources: [{ url: "https://a.vn/", include: ["(unclosed"] }] }, "s.json")).toThrow(/s\.json: invalid sources file: sources\[0\]\.include\[0\]: is not a valid regular expression/);
    expect(() => parseSources({ sources: [] })).toThrow(/sources: list at least one source/);
    expect(() => parseSources({ sources: [{ url: "https://a.vn/", name: "a" }, { url: "https://b.vn/", name: "a" }] })).toThrow(/sources\[1\]\.name: "a" is used by two sources/);
    expect(() => parseSources({ sources: [{ url: "https://a.vn/", maxPages: 0 }] })).toThrow(/sources\[0\]\.maxPages/);
  });
});

describe("archive records built in an analysis thread", () => {
  it("are the same record whether compressed on the calling thread or the pool, and read back with their body", async () => {
    const { recordBytes, ArchiveWriter, readArchiveFile } = await import("../src/crawl/archive.js");
    const { analyzeAndArchive } = await import("../src/crawl/page.js");
    const { gunzipSync } = await import("node:zlib");
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const html = renderArticle({ text: TEXTS[0].text });
    const body = Buffer.from(html);
    const meta = { url: "https://example.vn/tin/1.html", date: "2026-11-23T00:00:00.000Z", status: 200, headers: { "content-type": "text/html; charset=utf-8" }, source: "demo", kind: "page", truncated: null };
    const sync = await recordBytes({ ...meta, body }, { sync: true });
    const pooled = await recordBytes({ ...meta, body }, { sync: false });
    // every record has its own WARC-Record-ID; everything else is the same
    const plain = (b: Uint8Array) => gunzipSync(b).toString("latin1").replace(/WARC-Record-ID: <[^>]*>/, "");
    expect(plain(sync)).toContain("WARC-Target-URI: https://example.vn/tin/1.html");
    expect(plain(sync)).toBe(plain(pooled));
    // the analysis returns the record; the writer appends it; a reader finds the page
    const a = await analyzeAndArchive({ url: meta.url, body, contentType: "text/html; charset=utf-8", linkHeader: null, sourceUrl: "https://example.vn/", fetchedAt: meta.date, kind: "page", archive: meta }, { sync: true });
    expect(a.pageType).toBe("article");
    expect(plain(a.archived!)).toBe(plain(sync));
    const dir = mkdtempSync(join(tmpdir(), "vnpress-warc-"));
    const w = new ArchiveWriter(dir, 1);
    const at = await w.append(a.archived!);
    w.close();
    const read = [];
    for await (const r of readArchiveFile(dir, at.file, { bodies: true, start: at.offset, limit: 1 })) read.push(r);
    expect(read).toHaveLength(1);
    expect(read[0].url).toBe(meta.url);
    expect(read[0].body!.toString()).toBe(html);
  });
});
