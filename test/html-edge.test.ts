// The HTML cleaner on pages unlike the evaluation set: hand-written layouts
// that each stress one signal (comments after the text, related boxes inside
// it, a headline only the <title> names, a floated image, long prose in a side
// column, a short article among teasers), the evaluation set with every class,
// id and semantic tag taken away, and the metadata readers.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanHtml, dateInLine, isArticlePage, isoFromMachineDate } from "../src/clean/html.js";
import { decodeBytes } from "../src/text/decode.js";
import { extractAll } from "../src/extract/index.js";
import { normalize } from "../src/text/normalize.js";
import { ROOT, bagF1, fold, golds } from "./helpers.js";

const gold = golds().find((g) => g.file.startsWith("lang-son"))!.article;
const paras = gold.body.split("\n\n");
const T = gold.title!;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const P = (xs: string[]) => xs.map((p) => `<p>${esc(p)}</p>`).join("\n");
const TEASERS = [
  ["Nghệ An đón đoàn công tác tỉnh Hủa Phăn (Lào)", "Chiều 12/3, đồng chí Phó Chủ tịch UBND tỉnh đã tiếp và làm việc với đoàn công tác tỉnh Hủa Phăn do Phó Tỉnh trưởng dẫn đầu, trao đổi về hợp tác giáo dục và y tế."],
  ["Thu hút 12 dự án FDI với tổng vốn đăng ký 350 triệu USD", "Trong 6 tháng đầu năm, tỉnh đã cấp mới giấy chứng nhận đầu tư cho 12 dự án có vốn đầu tư trực tiếp nước ngoài với tổng vốn đăng ký hơn 350 triệu USD."],
  ["Ký kết biên bản ghi nhớ hợp tác với tỉnh Gifu (Nhật Bản)", "Hai bên đã ký kết 03 biên bản ghi nhớ về hợp tác đào tạo nguồn nhân lực, nông nghiệp công nghệ cao và giao lưu văn hóa giữa hai địa phương."],
];
const teasers = TEASERS.map(([t, s], i) => `<article><h3><a href="/tin/${i}">${t}</a></h3><p>${s}</p></article>`).join("");
const COMMENT = "Tôi hoàn toàn đồng ý với những nhận định trong bài viết, công tác đối ngoại của tỉnh thời gian qua đã có nhiều chuyển biến tích cực. Tuy nhiên tôi mong tỉnh quan tâm hơn nữa tới việc hỗ trợ doanh nghiệp địa phương kết nối với đối tác nước ngoài.";

function expectArticle(html: string, body = gold.body) {
  const r = cleanHtml(html);
  expect(r.notArticle).toBeFalsy();
  expect(bagF1(body, r.body)).toBeGreaterThanOrEqual(0.99);
  for (const [t, s] of TEASERS) {
    expect(r.body).not.toContain(t);
    expect(r.body).not.toContain(s.slice(0, 40));
  }
  expect(r.body).not.toContain(COMMENT.slice(0, 40));
  return r;
}

describe("layouts the evaluation set does not have", () => {
  it("a card for another article set inside the text (title link and summary in a box of their own) is left out; a 'Xem thêm' link line before a paragraph is not", () => {
    const card = `<div class="inner-article"><a href="/x-post1.html"><img src="a.jpg"></a><header><p class="article-title"><a href="/x-post1.html">Cần Thơ ký kết hợp tác với 3 địa phương của Hàn Quốc</a></p><p class="article-summary">Các văn bản được ký trong chuyến thăm 5 ngày của đoàn 12 thành viên do Chủ tịch UBND thành phố dẫn đầu.</p></header></div>`;
    const r = expectArticle(`<html><head><title>${T}</title></head><body><article><h1>${T}</h1>${P(paras.slice(0, 3))}${card}${P(paras.slice(3))}</article></body></html>`);
    expect(r.body).not.toContain("Các văn bản được ký");
    expect(bagF1(gold.body, r.body)).toBeGreaterThanOrEqual(0.99);
    const inline = expectArticle(`<html><head><title>${T}</title></head><body><article><h1>${T}</h1>${P(paras.slice(0, 3))}<p><a href="/y.html">Xem thêm: Lạng Sơn tổng kết công tác đối ngoại năm 2019</a></p>${P(paras.slice(3))}</article></body></html>`);
    expect(bagF1(gold.body, inline.body)).toBeGreaterThanOrEqual(0.99);
  });

  it("a headline broken by <br> is one headline; text in columns whose class says 'print' is still the text", () => {
    const r = expectArticle(`<html><head><title>${T}</title></head><body><h1>Đối ngoại Lạng Sơn:<br>Kết quả nổi bật</h1><div class="print-cols"><div class="print-col">${P(paras.slice(0, 4))}</div><div class="print-col">${P(paras.slice(4))}</div></div></body></html>`);
    expect(r.title).toBe("Đối ngoại Lạng Sơn: Kết quả nổi bật");
    expect(r.body).not.toContain("Kết quả nổi bật\n");
    expect(bagF1(gold.body, r.body)).toBeGreaterThanOrEqual(0.99);
  });

  it("a statistics table inside the text reads a row per line, cells between ' | ', and its figures take their column's year", () => {
    const table = `<table class="tbl"><tr><th>Chỉ tiêu</th><th>Năm 2022</th><th>Năm 2023</th></tr><tr><td>Đoàn ra</td><td>34 đoàn/196 lượt người</td><td>41 đoàn/230 lượt người</td></tr><tr><td>Đoàn vào</td><td>61 đoàn/702 lượt người</td><td>75 đoàn/810 lượt người</td></tr></table>`;
    const r = expectArticle(`<html><head><title>${T}</title></head><body><article><h1>${T}</h1>${P(paras.slice(0, 3))}${table}${P(paras.slice(3))}</article></body></html>`);
    expect(r.body).toContain("Chỉ tiêu | Năm 2022 | Năm 2023\n\nĐoàn ra | 34 đoàn/196 lượt người | 41 đoàn/230 lượt người");
    const recs = extractAll({ title: r.title, body: normalize(r.body), captions: [] }).delegations;
    expect(recs.filter((d) => /41 đoàn|75 đoàn/.test(d.text)).map((d) => [d.text, d.period])).toEqual([["41 đoàn/230 lượt người", "2023"], ["75 đoàn/810 lượt người", "2023"]]);
  });

  it("the next article an infinite-scroll page loaded under this one is not part of it", () => {
    const next = `<div class="next-divider">Bài tiếp theo</div><div class="detail-wrap detail-next"><h1>Cà Mau đón đoàn công tác tỉnh Kagoshima (Nhật Bản)</h1><p>Sáng 17/9, UBND tỉnh Cà Mau tiếp đoàn công tác tỉnh Kagoshima do Phó Thống đốc dẫn đầu. Hai bên đã ký 02 biên bản ghi nhớ về nuôi trồng thủy sản và đào tạo nhân lực, với tổng vốn dự kiến khoảng 2,3 triệu USD.</p><p>Theo Quyết định số 1875/QĐ-UBND, tỉnh sẽ thành lập tổ công tác để triển khai các nội dung đã ký kết trong năm 2024 và 2025.</p><p><b>Trần Nguyên</b></p></div>`;
    const r = expectArticle(`<html><head><title>${T}</title></head><body><div class="detail-wrap"><h1>${T}</h1>${P(paras)}</div>${next}</body></html>`);
    expect(r.body).not.toContain("Kagoshima");
    expect(r.author).not.toBe("Trần Nguyên");
  });

  it("an article shown in an <iframe srcdoc> (a Word document, escaped) is read where the frame stands, once; its upper-case copy of the headline is not text", () => {
    const doc = `<html><head><title>Microsoft Word - bai-viet.doc</title><meta name="author" content="Admin"></head><body lang=VI><p class=MsoNormal>${esc(T.toUpperCase())}</p>${paras.map((p) => `<p class=MsoNormal>${esc(p)}</p>`).join("")}</body></html>`;
    const attr = doc.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const page = (frame: string) =>
      `<html><head><title>${T} - Sở Ngoại vụ</title></head><body><div class="container"><h1 class="title">${T}</h1><div class="article-meta"><span>Ngày đăng: 20/01/2020 14:47</span> | <span>Tác giả: Mai Hân</span> | <span>Lượt xem: 1.532</span></div>${frame}</div><script>var doc = ${JSON.stringify(doc)};</script><noscript>Trình duyệt của bạn không hỗ trợ iframe.</noscript><div class="sidebar">${teasers}</div></body></html>`;
    const r = expectArticle(page(`<iframe class="content-frame" title="Nội dung" srcdoc="${attr}"><p>Trình duyệt không hỗ trợ</p></iframe>`));
    expect(r.title).toBe(T);
    expect(r.author).toBe("Mai Hân");
    expect(r.published).toBe("2020-01-20T14:47:00+07:00");
    expect(r.body).not.toContain(T.toUpperCase());
    expect(r.body.split(paras[2]).length).toBe(2);
    // a hidden frame shows nothing; an empty srcdoc is no article
    expect(cleanHtml(page(`<iframe style="display:none" srcdoc="${attr}"></iframe>`)).body).not.toContain(paras[2]);
    expect(cleanHtml(page(`<iframe srcdoc=""></iframe>`)).body).not.toContain(paras[2]);
  });

  it("the hidden second page of an article in pages is part of it; a hidden copy of the visible text is not, nor a hidden box unlike the visible one", () => {
    const pager = `<nav class="article-pager"><ul class="pagination"><li><a href="?page=1">Trang 1</a></li><li>|</li><li><a href="?page=2">Trang 2</a></li></ul></nav>`;
    const sapo = `<div class="detail-sapo"><strong>${esc(paras[0])}</strong></div>`;
    const part = (n: number, xs: string[], style = "") => `<div class="page-break-item" data-page="${n}"${style}>${n > 1 ? `<p><em>(Tiếp theo trang ${n - 1})</em></p>` : ""}${P(xs)}${n === 1 ? `<p><a href="?page=2">Xem tiếp »</a></p>` : `<p><a href="?page=1">« Trở về trang 1</a></p>`}</div>`;
    const page = (content: string) => `<html><head><title>${T}</title></head><body><div class="row"><article class="detail"><h1>${T}</h1>${sapo}${pager}<div class="detail-content">${content}</div>${pager}</article><div class="sidebar">${teasers}</div></div></body></html>`;
    const r = expectArticle(page(part(1, paras.slice(1, 4)) + part(2, paras.slice(4), ` style="display:none"`)));
    expect(r.body.startsWith(paras[0])).toBe(true);
    for (const furniture of ["Tiếp theo trang", "Trở về trang", "Xem tiếp", "Trang 2"]) expect(r.body).not.toContain(furniture);
    // a hidden print copy of the visible text after it adds nothing
    const copy = expectArticle(page(part(1, paras.slice(1)) + part(2, paras.slice(1), ` style="display:none"`)));
    expect(copy.body.split(paras[3]).length).toBe(2);
    // hidden by a class, or unlike the visible box: not read
    const other = cleanHtml(page(part(1, paras.slice(1, 4)) + `<div class="page-break-item print-copy" style="display:none">${P(paras.slice(4))}</div>`));
    expect(other.body).not.toContain(paras[5]);
  });

  it("a page builder that marks every box a widget: the sapo widget above the text widget stays, and so does the featured image's caption", () => {
    const w = (kind: string, inner: string) => `<div class="elementor-element elementor-widget elementor-widget-${kind}"><div class="elementor-widget-container">${inner}</div></div>`;
    const r = expectArticle(`<html><head><title>${T}</title></head><body><div class="elementor-widget-wrap">${w("breadcrumbs", `<p><a href="/">Trang chủ</a> » <a href="/x">Đối ngoại</a></p>`)}${w("theme-post-title", `<h1>${T}</h1>`)}${w("post-info", `<ul><li>20/01/2020</li></ul>`)}${w("theme-post-featured-image", `<figure><img src="a.jpg"><figcaption>Lãnh đạo tỉnh tiếp đoàn công tác tỉnh Hủa Phăn. Ảnh: T.L</figcaption></figure>`)}${w("theme-post-excerpt", esc(paras[0]))}${w("theme-post-content", P(paras.slice(1)))}</div><div class="sidebar">${teasers}</div></body></html>`);
    expect(r.body.startsWith(paras[0])).toBe(true);
    expect(r.captions).toEqual(["Lãnh đạo tỉnh tiếp đoàn công tác tỉnh Hủa Phăn"]);
  });

  it("a '>> Xem thêm:' line between two paragraphs of a block of the text does not make the next paragraph a teaser", () => {
    const r = expectArticle(`<html><head><title>${T}</title></head><body><article><h1>${T}</h1><div class="content">${P(paras.slice(0, 3))}</div><div class="content"><p>${esc(paras[3])}</p><p class="readmore"><strong>&gt;&gt; Xem thêm: </strong><a href="/x.html">Lạng Sơn - Quảng Tây: hợp tác vì đường biên hòa bình</a></p><p>${esc(paras[4])}</p></div><div class="content">${P(paras.slice(5))}</div></article></body></html>`);
    expect(r.body).toContain(paras[4]);
    expect(r.body).not.toContain("Xem thêm");
  });

  it("social posts embedded as served (a TikTok caption), a video's caption and a live blog's time stamps are not text", () => {
    const tiktok = `<div class="embed embed-tiktok"><blockquote class="tiktok-embed" cite="https://www.tiktok.com/@bao/video/1"><section><a href="https://www.tiktok.com/@bao">@bao</a> Hơn 10.000 người hòa vào Lễ hội đường phố năm nay rất vui <a href="/tag/lehoi">#lehoi</a></section></blockquote></div>`;
    const video = `<figure class="embed embed-youtube"><iframe src="https://www.youtube.com/embed/x"></iframe><figcaption>Video: Lễ khai mạc Lễ hội lần thứ 9. (Nguồn: DRT)</figcaption></figure>`;
    const stamp = (h: string) => `<div class="live-post__time"><span class="hour">${h}</span><span class="date">20/01</span></div>`;
    const r = expectArticle(`<html><head><title>${T}</title></head><body><article><h1>${T}</h1>${stamp("11:50")}${P(paras.slice(0, 3))}${tiktok}${video}${stamp("10:45")}${P(paras.slice(3))}</article></body></html>`);
    expect(r.body).not.toContain("@bao");
    expect(r.body).not.toMatch(/\d{2}:\d{2}/);
    expect(r.captions).toEqual([]);
  });

  it("a box of key points ('Tóm tắt') that repeats figures of the text is not text; a one-paragraph sapo under such a heading is", () => {
    const box = `<div class="card"><div class="card-header">Tóm tắt</div><ul><li>Năm 2019, hai tỉnh trao đổi 27 đoàn/412 lượt người.</li><li>Kim ngạch qua cửa khẩu đạt 128,5 triệu USD, tăng 12%.</li><li>Mục tiêu năm 2020: kim ngạch song phương 200 triệu USD.</li></ul></div>`;
    const r = expectArticle(`<html><head><title>${T}</title></head><body><article class="card"><div class="card-body"><h1>${T}</h1>${box}${P(paras)}</div></article></body></html>`);
    expect(r.body).not.toContain("128,5 triệu USD");
    const sapo = expectArticle(`<html><head><title>${T}</title></head><body><article><h1>${T}</h1><div class="summary"><div>Tóm tắt</div><p>${esc(paras[0])}</p></div>${P(paras.slice(1))}</article></body></html>`);
    expect(sapo.body.startsWith(paras[0])).toBe(true);
  });

  it("a print page: bare <p>s in <body>", () => {
    const r = expectArticle(`<html><head><title>${T}</title></head><body onload="window.print()"><h1>${T}</h1><p>Thứ Hai, 20/01/2020 - 14:47</p>${P(paras)}<p><b>Triệu Thị Huệ</b></p><p>Giảng viên khoa Xây dựng Đảng</p><hr><p>Địa chỉ: Số 52, đường Hùng Vương</p></body></html>`);
    expect(r.title).toBe(T);
    expect(r.published).toBe("2020-01-20T14:47:00+07:00");
    expect(r.author).toBe("Triệu Thị Huệ");
    expect(r.body).not.toContain("Giảng viên");
  });

  it("reader comments under a heading inside the same <article>, teasers in <article>s beside it", () => {
    const comments = `<h3>Bình luận</h3>` + ["Trần Văn Nam", "Lê Thị Hoa"].map((n) => `<div><b>${n}</b> - 21/01/2020<p>${COMMENT}</p></div>`).join("");
    const r = expectArticle(`<html><head><title>${T} - Báo Lạng Sơn</title></head><body><header><nav><a href="/">Trang chủ</a><a href="/x">Thời sự</a></nav></header><main><article><h1>${T}</h1><time datetime="2020-01-20T07:47:00Z">20/01/2020</time>${P(paras)}<p style="text-align:right"><strong>Triệu Thị Huệ</strong></p>${comments}</article><section>${teasers}</section></main><footer>© Báo Lạng Sơn</footer></body></html>`);
    expect(r.published).toBe("2020-01-20T14:47:00+07:00");
    expect(r.author).toBe("Triệu Thị Huệ");
  });

  it("comments longer than the article, in a box of their own without any class", () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<div><b>Bạn đọc ${i}</b> (2${i % 9}/01/2020)</div><div>${COMMENT}</div>`).join("");
    expectArticle(`<html><head><title>${T}</title></head><body><div><h1>${T}</h1><div>${P(paras.slice(0, 2))}</div></div><div><h3>Ý kiến bạn đọc</h3>${comments}</div></body></html>`, paras.slice(0, 2).join("\n\n"));
  });

  it("paragraphs separated by <br><br>, a related list at the end of the same element", () => {
    const r = expectArticle(`<html><head><title>Báo Lạng Sơn | ${T}</title></head><body><div><a href="/">Trang chủ</a> | <a href="/t">Tin tức</a></div><div><b>${T}</b><br>20/01/2020 14:47<br><br>${paras.map(esc).join("<br><br>")}<br><br><b>Triệu Thị Huệ</b><br><br><b>Tin liên quan:</b><br>${TEASERS.map(([t], i) => `<a href="/${i}">${t}</a><br>`).join("")}</div></body></html>`);
    expect(r.title).toBe(T);
    expect(r.author).toBe("Triệu Thị Huệ");
  });

  it("a related box with teaser summaries and an advert in the middle of the text", () => {
    expectArticle(`<html><head><title>${T}</title><meta property="og:title" content="${T}"></head><body><div><h1>${T}</h1><div>${P(paras.slice(0, 4))}<div><div>Xem thêm</div>${teasers}</div><div class="adsbygoogle">Quảng cáo</div>${P(paras.slice(4))}</div></div></body></html>`);
  });

  it("a headline only og:title and <title> fragments point to, beside a logo <h1>", () => {
    const r = expectArticle(`<html><head><title>Báo Lạng Sơn điện tử</title><meta property="og:title" content="${T} | Báo Lạng Sơn"></head><body><div><h1><a href="/">Báo Lạng Sơn</a></h1></div><div><div><h2>${T}</h2><span>20/01/2020</span>${P(paras)}</div><div><h3>Đọc nhiều</h3>${teasers}</div></div></body></html>`);
    expect(r.title).toBe(T);
    expect(r.published).toBe("2020-01-20");
  });

  it("a sapo and a subheading outside the text container stay, the share bar above them goes", () => {
    const r = expectArticle(`<html><head><title>${T}</title></head><body><div><h1>${T}</h1><div><a href="#">Facebook</a> <a href="#">Zalo</a></div><p><b>${esc(paras[0])}</b></p><h2>Kết quả nổi bật</h2><div>${P(paras.slice(1))}</div></div></body></html>`, [paras[0], "Kết quả nổi bật", ...paras.slice(1)].join("\n\n"));
    expect(r.body.split("\n\n")[1]).toBe("Kết quả nổi bật");
  });

  it("an image floated inside a short paragraph is not a caption", () => {
    const r = expectArticle(`<html><head><title>${T}</title></head><body><h1>${T}</h1><div><p><img src="a.jpg" style="float:left">${esc(paras[5])}</p>${P(paras.filter((_, i) => i !== 5))}</div></body></html>`);
    expect(r.captions).toEqual([]);
  });

  it("long prose in a side column (a site introduction) stays out", () => {
    const intro = "Trường Chính trị Hoàng Văn Thụ tỉnh Lạng Sơn là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng tham mưu cho Tỉnh ủy về đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở. Trường được thành lập từ năm 1949 và đã trải qua nhiều lần đổi tên, sáp nhập.";
    const r = expectArticle(`<html><head><title>${T}</title></head><body><table><tr><td width="200"><b>Lời giới thiệu</b><br>${intro}</td><td><font size="4"><b>${T}</b></font><br><i>20/01/2020</i><br>${P(paras)}<p align="right"><b>Triệu Thị Huệ</b></p></td></tr></table></body></html>`);
    expect(r.body).not.toContain("đơn vị sự nghiệp");
    expect(r.author).toBe("Triệu Thị Huệ");
  });

  it("a short article whose headline links to itself (Joomla's linked titles) is still an article", () => {
    const r = expectArticle(`<html><head><title>${T} - Trường Chính trị</title></head><body><table><tr><td class="contentheading"><a href="/bai-1.html" class="contentpagetitle">${T}</a></td></tr><tr><td>${P(paras.slice(5, 6))}</td></tr></table></body></html>`, paras[5]);
    expect(r.title).toBe(T);
  });

  it("a short article among columns of teasers is still an article", () => {
    const r = expectArticle(`<html><head><title>${T}</title></head><body><div>${teasers}${teasers}</div><div><h1>${T}</h1><p>20/01/2020</p><p>${esc(paras[1])}</p><p>Tác giả: Mai Hân</p></div><div>${teasers}</div></body></html>`, paras[1]);
    expect(r.author).toBe("Mai Hân");
  });

  it("captions: image boxes, centred lines under images, credits in parentheses", () => {
    const g = golds().find((x) => x.file.startsWith("nghe-an-2025"))!.article;
    const ps = g.body.split("\n\n");
    const html = `<html><head><title>${g.title}</title></head><body><h1>${g.title}</h1><div>${ps
      .map((p, i) => {
        const c = g.captions[i];
        if (!c) return `<p>${esc(p)}</p>`;
        const box = i % 2 ? `<div><img src="x.jpg"><br>${esc(c)} (Ảnh: Phan Tú)</div>` : `<p style="text-align:center"><img src="x.jpg"></p><p style="text-align:center">${esc(c)}</p>`;
        return `<p>${esc(p)}</p>${box}`;
      })
      .join("\n")}</div></body></html>`;
    const r = cleanHtml(html);
    expect(bagF1(g.body, r.body)).toBeGreaterThanOrEqual(0.99);
    expect(r.captions).toHaveLength(g.captions.length);
    for (const c of g.captions) expect(r.captions.some((x) => fold(x).includes(fold(c)))).toBe(true);
    for (const c of r.captions) expect(c).not.toContain("Phan Tú");
  });
});

describe("the evaluation set without class names, ids or semantic tags", () => {
  const DIR = join(ROOT, "fixtures", "html");
  const strip = (h: string) =>
    h
      .replace(/class="([^"]*)"/g, (_, c: string) => `class="${c.split(/\s+/).filter(Boolean).map((x) => `c${x.length}`).join(" ")}"`)
      .replace(/ (?:id|itemprop)="[^"]*"/g, "")
      .replace(/<(\/?)(h[1-6]|article|main|header|footer|nav|aside|figure|figcaption|section|strong|b|em|i|font)\b/gi, "<$1div");
  for (const f of readdirSync(DIR).filter((x) => x.endsWith(".html")).sort()) {
    it(f, () => {
      const e = JSON.parse(readFileSync(join(DIR, "expected", f.replace(/\.html$/, ".json")), "utf8"));
      const r = cleanHtml(strip(decodeBytes(readFileSync(join(DIR, f)), { html: true }).text));
      if (e.notArticle) {
        expect(r.notArticle).toBe(true);
        return;
      }
      expect(r.notArticle).toBeFalsy();
      expect(bagF1(e.body, r.body)).toBeGreaterThanOrEqual(0.99);
      expect(fold(r.title)).toContain(fold(e.title));
      expect(r.captions.length).toBe(e.captions.length);
    });
  }
});

describe("broken markup", () => {
  it("thousands of unclosed elements do not overflow the stack", () => {
    for (const open of ["<div>", "<font size=2>", "<td>"]) {
      const r = cleanHtml(`<html><head><title>${T}</title></head><body>${open.repeat(6000)}<h1>${T}</h1>${P(paras)}</body></html>`);
      expect(bagF1(gold.body, r.body)).toBeGreaterThanOrEqual(0.99);
      expect(r.title).toBe(T);
    }
  });
  it("entities, comments, CDATA and stray end tags", () => {
    const r = cleanHtml(`<html><head><title>${T}</title></head><body></span></div><h1>${T}</h1><!-- quảng cáo --><p>${esc(paras[0]).replace(/ /g, "&nbsp;")}</p>${P(paras.slice(1))}</i></b></body></html>`);
    expect(bagF1(gold.body, r.body)).toBeGreaterThanOrEqual(0.99);
    expect(r.body).not.toContain("\u00A0");
  });
});

describe("pages that are not articles", () => {
  it("a 404 page, a bare listing, a page with almost no text", () => {
    expect(isArticlePage(`<html><head><title>Không tìm thấy trang</title></head><body><h1>Lỗi 404</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>${teasers}</body></html>`)).toBe(false);
    expect(isArticlePage(`<html><body><h1>Tin tức</h1>${teasers}${teasers.replace(/\/tin\//g, "/bai/")}</body></html>`)).toBe(false);
    expect(isArticlePage(`<html><body><p>Đang cập nhật.</p></body></html>`)).toBe(false);
    // titles that are not links, each summary closed by its "Xem tiếp" link
    const items = TEASERS.concat(TEASERS).map(([t, x], i) => `<div><h3>${t}</h3><p>${x}</p><a href="/${i}">${i % 2 ? "Chi tiết" : "Xem tiếp »"}</a></div>`).join("");
    expect(isArticlePage(`<html><head><title>Tin tức - Sự kiện</title></head><body><div>${items}</div></body></html>`)).toBe(false);
    // an article that links to its second page is still an article
    expect(isArticlePage(`<html><head><title>${T}</title></head><body><h1>${T}</h1>${P(paras)}<a href="?page=2">Xem tiếp »</a></body></html>`)).toBe(true);
    const r = cleanHtml(`<html><body><h1>Kết quả tìm kiếm</h1>${teasers}</body></html>`);
    expect(r).toMatchObject({ notArticle: true, body: "", captions: [], title: null });
  });
});

describe("metadata readers", () => {
  it("machine dates keep +07:00 and convert other zones", () => {
    expect(isoFromMachineDate("2020-01-20T07:47:00+00:00")).toBe("2020-01-20T14:47:00+07:00");
    expect(isoFromMachineDate("2020-01-20T07:47:00Z")).toBe("2020-01-20T14:47:00+07:00");
    expect(isoFromMachineDate("2020-01-20T14:47:00+07:00")).toBe("2020-01-20T14:47:00+07:00");
    expect(isoFromMachineDate("2020-01-20T14:47")).toBe("2020-01-20T14:47:00+07:00");
    expect(isoFromMachineDate("2020-01-20")).toBe("2020-01-20");
    expect(isoFromMachineDate("2023-11-02T19:20:45+0700")).toBe("2023-11-02T19:20:45+07:00");
  });
  it("visible date lines in the forms Vietnamese sites print", () => {
    expect(dateInLine("Thứ Hai, 20/01/2020 - 14:47")).toBe("2020-01-20T14:47:00+07:00");
    expect(dateInLine("05/05/2020 - 14:02")).toBe("2020-05-05T14:02:00+07:00");
    expect(dateInLine("Cập nhật: 20/01/2020 14:47")).toBe("2020-01-20T14:47:00+07:00");
    expect(dateInLine("Ngày đăng: 20/01/2020 14:47 | Lượt xem: 1.234")).toBe("2020-01-20T14:47:00+07:00");
    expect(dateInLine("14:47 | 20/01/2020")).toBe("2020-01-20T14:47:00+07:00");
    expect(dateInLine("Cập nhật lúc 14:47, ngày 20/01/2020")).toBe("2020-01-20T14:47:00+07:00");
    expect(dateInLine("Thứ năm, 2/11/2023, 19:20 (GMT+7)")).toBe("2023-11-02T19:20:00+07:00");
    expect(dateInLine("Ngày đăng: Thứ hai, 20 Tháng 1 2020 14:47")).toBe("2020-01-20T14:47:00+07:00");
    expect(dateInLine("20 Tháng Một, 2020")).toBe("2020-01-20");
    expect(dateInLine("Thứ Hai, ngày 20 tháng 01 năm 2020")).toBe("2020-01-20");
    expect(dateInLine("Lượt xem: 1.234")).toBeNull();
  });
  it("a labelled byline under the headline or at the end", () => {
    const top = cleanHtml(`<html><head><title>${T}</title></head><body><h1>${T}</h1><p>Bài và ảnh: Phan Tú</p><p>20/01/2020 14:47</p>${P(paras)}</body></html>`);
    expect(top.author).toBe("Phan Tú");
    expect(top.published).toBe("2020-01-20T14:47:00+07:00");
    expect(top.body).not.toContain("Phan Tú");
    const end = cleanHtml(`<html><head><title>${T}</title></head><body><h1>${T}</h1>${P(paras)}<p>Phóng viên: Mai Hân</p><p>Tin liên quan</p></body></html>`);
    expect(end.author).toBe("Mai Hân");
    expect(end.body).not.toContain("Mai Hân");
  });
  it("the author's part of a meta line, a right-aligned name ending in 'Trang', and a datePublished on another element than <time>", () => {
    const meta = cleanHtml(`<html><head><title>${T}</title></head><body><article><h1>${T}</h1><div class="detail__meta"><span class="detail__author"><img class="avatar" src="a.jpg"> <a href="/tac-gia/thanh-tam">Thanh Tâm</a></span><span class="time">Thứ năm, 08/08/2024 | 15:20</span><span>Lượt xem: 1.286</span></div>${P(paras)}</article></body></html>`);
    expect(meta.author).toBe("Thanh Tâm");
    const blog = cleanHtml(`<html><head><title>${T}</title></head><body><div class="post"><h3 class="post-title">${T}</h3><div class="post-body">${P(paras)}<div style="text-align: right;"><b><i>Nông Thu Trang</i></b></div></div><div class="post-footer">Đăng bởi <span class="fn">Liên hiệp các tổ chức hữu nghị tỉnh</span> vào lúc <abbr class="published" itemprop="datePublished" title="2020-01-20T09:40:00+07:00">09:40</abbr></div></div></body></html>`);
    expect([blog.author, blog.published]).toEqual(["Nông Thu Trang", "2020-01-20T09:40:00+07:00"]);
  });
  it("a name beside an avatar is the byline, not a caption", () => {
    const r = cleanHtml(`<html><head><title>${T}</title></head><body><h1>${T}</h1><div>${P(paras)}</div><div><img src="avatar.jpg"><span>Mai Hân</span></div></body></html>`);
    expect(r.author).toBe("Mai Hân");
    expect(r.captions).toEqual([]);
  });
  it("bylines that name an account or an organisation are not authors", () => {
    const page = (meta: string, ld: string) =>
      cleanHtml(`<html><head><title>${T}</title>${meta}<script type="application/ld+json">${ld}</script></head><body><h1>${T}</h1>${P(paras)}</body></html>`).author;
    expect(page(`<meta name="author" content="admin">`, "{}")).toBeNull();
    expect(page(`<meta name="author" content="Super User">`, "{}")).toBeNull();
    expect(page(`<meta name="author" content="Báo Lạng Sơn">`, `{"@type":"NewsArticle","author":{"@type":"Organization","name":"Báo Lạng Sơn"}}`)).toBeNull();
    expect(page(`<meta name="author" content="Triệu Thị Huệ">`, "{}")).toBe("Triệu Thị Huệ");
    expect(page("", `{"@type":"NewsArticle","author":{"@type":"Person","name":"Mai Hân"}}`)).toBe("Mai Hân");
  });
});
