#!/usr/bin/env node
// Generates the HTML evaluation set in fixtures/html/: the five sample articles
// (fixtures/articles + fixtures/gold, the copy of ../shared/gold) rendered into
// seven page layouts modelled on the systems Vietnamese provincial sites run,
// plus pages that are not articles. Expected output goes to
// fixtures/html/expected/NAME.json, derived from the gold files.
//
//   node scripts/gen-html-fixtures.mjs
//
// Deterministic: a seeded generator picks class names, furniture and teasers,
// so re-running gives the same bytes. Class names vary from page to page on
// purpose: the cleaner must find the article by general signals, not by the
// names used here.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "fixtures", "html");
const GOLD = join(ROOT, "fixtures", "gold");
const TXT = join(ROOT, "fixtures", "articles");

// ---------------------------------------------------------------- helpers

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
function rng(seed) {
  let a = hash(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
function sample(r, xs, n) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const slug = (s) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 70);
const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"];
const p2 = (n) => String(n).padStart(2, "0");

/** Parts of an ISO date (+07:00 local) or null. */
function dateParts(iso) {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(iso);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const wd = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return { y, mo, d, hh: m[4] ?? null, mm: m[5] ?? null, wd, hasTime: m[4] !== undefined };
}
const dmy = (p) => `${p2(p.d)}/${p2(p.mo)}/${p.y}`;
const hm = (p) => (p.hasTime ? `${p.hh}:${p.mm}` : "");
/** machine date: local time with +07:00, or a fixed morning time for date-only golds */
function machine(p, hour = "08:30") {
  const t = p.hasTime ? `${p.hh}:${p.mm}` : hour;
  return `${p.y}-${p2(p.mo)}-${p2(p.d)}T${t}:00+07:00`;
}
function machineUtc(p, hour = "08:30") {
  const t = p.hasTime ? `${p.hh}:${p.mm}` : hour;
  const d = new Date(`${p.y}-${p2(p.mo)}-${p2(p.d)}T${t}:00+07:00`);
  return d.toISOString().replace(/\.000Z$/, "+00:00");
}

/** windows-1258 writes tones as combining marks after a precomposed base letter. */
function to1258(s) {
  const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  let o = "";
  for (const ch of s.normalize("NFC")) {
    const d = ch.normalize("NFD");
    const t = d.match(TONES)?.join("") ?? "";
    o += d.replace(TONES, "").normalize("NFC") + t;
  }
  const buf = iconv.encode(o, "windows-1258");
  if (iconv.decode(buf, "windows-1258").normalize("NFC") !== s.normalize("NFC")) throw new Error("text does not survive windows-1258");
  return buf;
}

// ---------------------------------------------------------------- the articles

/** What the page text of each sample article shows besides title, body and captions. */
const EXTRA = {
  "an-giang-2017": { sourceTag: "(TGAG)- " },
  "lang-son-2020-01-20": { authorJob: "Giảng viên khoa Xây dựng Đảng" },
  "nghe-an-2020-05-05": {},
  "nghe-an-2025-09-25": { kicker: "Chào mừng Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XX, nhiệm kỳ 2025-2030", category: "Thời sự" },
  // the page text has no title line; a page always has one
  "nghe-an-bng-2023-02-20": { title: "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn làm việc với Ban Thường vụ Tỉnh ủy Nghệ An" },
};

function loadArticles() {
  const out = [];
  for (const f of readdirSync(GOLD).filter((x) => x.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(GOLD, f), "utf8"));
    const id = f.replace(/\.json$/, "");
    const ga = gold.article;
    const extra = EXTRA[id] ?? {};
    const paras = ga.body.split("\n\n");
    const lines = readFileSync(join(TXT, gold.file), "utf8").split("\n").map((l) => l.normalize("NFC").replace(/\s+/g, " ").trim()).filter(Boolean);
    // each caption with its credit and the paragraph it follows, as the page text has it
    const captions = ga.captions.map((c) => {
      const at = lines.findIndex((l) => l.startsWith(c.replace(/\.$/, "")));
      const line = lines[at];
      const credit = /(Ảnh|Ảnh tư liệu|Nguồn ảnh)\s*:\s*(.+)$/u.exec(line);
      let after = 0;
      for (let k = at - 1; k >= 0; k--) {
        const pi = paras.indexOf(lines[k]);
        if (pi >= 0) {
          after = pi;
          break;
        }
      }
      return { text: c, credit: credit ? credit[2].trim() : null, after };
    });
    const blocks = [];
    paras.forEach((p, i) => {
      const heading = p.length < 100 && !/[.!?:;…”"]$/.test(p);
      blocks.push({ type: heading ? "h" : "p", text: i === 0 && extra.sourceTag ? extra.sourceTag + p : p });
      for (const c of captions.filter((c) => c.after === i)) blocks.push({ type: "caption", text: c.text, credit: c.credit });
    });
    out.push({
      id,
      gold,
      title: ga.title ?? extra.title,
      titleMatch: ga.title_match ?? null,
      published: ga.published,
      date: dateParts(ga.published),
      author: ga.author,
      authorJob: extra.authorJob ?? null,
      kicker: extra.kicker ?? null,
      category: extra.category ?? "Hoạt động đối ngoại",
      blocks,
      lead: paras[0],
    });
  }
  return out;
}

// ---------------------------------------------------------------- furniture pools

/** Teasers of other articles: realistic titles and summaries, some with figures that must never become records. */
const TEASERS = [
  ["Nghệ An đón đoàn công tác tỉnh Hủa Phăn (Lào)", "Chiều 12/3, đồng chí Phó Chủ tịch UBND tỉnh đã tiếp và làm việc với đoàn công tác tỉnh Hủa Phăn do Phó Tỉnh trưởng dẫn đầu, trao đổi về hợp tác giáo dục và y tế giữa hai địa phương."],
  ["Thu hút 12 dự án FDI với tổng vốn đăng ký 350 triệu USD", "Trong 6 tháng đầu năm, tỉnh đã cấp mới giấy chứng nhận đầu tư cho 12 dự án có vốn đầu tư trực tiếp nước ngoài với tổng vốn đăng ký hơn 350 triệu USD, tăng 20% so với cùng kỳ năm trước."],
  ["Ký kết biên bản ghi nhớ hợp tác với tỉnh Gifu (Nhật Bản)", "Hai bên đã ký kết 03 biên bản ghi nhớ về hợp tác đào tạo nguồn nhân lực, nông nghiệp công nghệ cao và giao lưu văn hóa, mở ra giai đoạn hợp tác mới giữa hai địa phương."],
  ["Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15", "Sáng nay, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 15 để cho ý kiến vào báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm và bàn nhiệm vụ trọng tâm thời gian tới."],
  ["Tăng cường quản lý người nước ngoài trên địa bàn tỉnh", "Công an tỉnh đề nghị các cơ sở lưu trú thực hiện nghiêm việc khai báo tạm trú cho người nước ngoài theo quy định của Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài."],
  ["Trao 500 suất quà cho học sinh nghèo vùng biên giới", "Nhân dịp năm học mới, Bộ đội Biên phòng tỉnh phối hợp với các nhà hảo tâm trao 500 suất quà, mỗi suất trị giá 500.000 đồng cho học sinh có hoàn cảnh khó khăn ở các xã biên giới."],
  ["Khai mạc Hội chợ thương mại quốc tế Việt - Lào", "Hội chợ có 250 gian hàng của doanh nghiệp Việt Nam, Lào, Thái Lan và Trung Quốc, trưng bày các sản phẩm nông sản, thủ công mỹ nghệ và hàng tiêu dùng, kéo dài đến hết ngày 20/10."],
  ["Hội thảo khoa học về Chủ tịch Hồ Chí Minh với quê hương", "Hội thảo thu hút hơn 60 tham luận của các nhà khoa học, nhà nghiên cứu trong và ngoài tỉnh, làm rõ tình cảm sâu nặng của Chủ tịch Hồ Chí Minh với quê hương và những lời dạy của Người."],
  ["Kiểm tra tiến độ xây dựng cầu Cửa Hội", "Đoàn công tác yêu cầu nhà thầu tập trung nhân lực, máy móc, đẩy nhanh tiến độ thi công để sớm đưa công trình vào sử dụng, phục vụ nhu cầu đi lại và giao thương của nhân dân."],
  ["Xuất nhập khẩu qua các cửa khẩu tăng mạnh", "Tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh ước đạt 4.750 triệu USD, tăng 12% so với cùng kỳ năm trước, trong đó xuất khẩu chiếm hơn 60% tổng kim ngạch."],
  ["Tăng cường hợp tác với tỉnh Ta Keo (Campuchia)", "Hai tỉnh thống nhất phối hợp quản lý biên giới, phòng chống tội phạm xuyên biên giới và thúc đẩy thương mại qua cửa khẩu quốc tế Tịnh Biên - Phnôm Đên trong thời gian tới."],
  ["Tổng kết công tác thi đua khen thưởng năm 2019", "Hội nghị đã biểu dương 45 tập thể và 120 cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước, đồng thời phát động thi đua hoàn thành nhiệm vụ năm 2020."],
  ["Nghiệm thu đề tài khoa học về phát triển cây dược liệu", "Đề tài đã xây dựng thành công mô hình trồng sâm tại huyện Kỳ Sơn với diện tích 5 ha, mở ra hướng phát triển kinh tế mới cho đồng bào các dân tộc vùng cao của tỉnh."],
  ["Đoàn đại biểu Hội Hữu nghị Việt - Nhật thăm tỉnh", "Đoàn đã thăm Khu di tích Kim Liên, làm việc với Liên hiệp các tổ chức hữu nghị tỉnh và tìm hiểu cơ hội hợp tác trong lĩnh vực giáo dục, đào tạo và du lịch cộng đồng."],
  ["Quán triệt Nghị quyết số 22-NQ/TW về hội nhập quốc tế", "Các cấp ủy, chính quyền tiếp tục quán triệt sâu rộng Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị, coi hội nhập kinh tế quốc tế là trọng tâm của hội nhập quốc tế."],
  ["Xúc tiến đầu tư tại Hàn Quốc và Nhật Bản", "Đoàn công tác của tỉnh đã làm việc với 30 doanh nghiệp tại Seoul và Tokyo, giới thiệu 15 dự án kêu gọi đầu tư trong lĩnh vực công nghiệp chế biến, năng lượng tái tạo và logistics."],
  ["Gặp mặt kiều bào nhân dịp Tết cổ truyền", "Lãnh đạo tỉnh gửi lời chúc mừng năm mới tới bà con kiều bào, mong muốn kiều bào tiếp tục là cầu nối hữu nghị, giới thiệu hình ảnh quê hương với bạn bè quốc tế."],
  ["Diễn tập phòng thủ khu vực năm 2020", "Cuộc diễn tập nhằm nâng cao năng lực lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền và khả năng phối hợp của các lực lượng trong xử lý các tình huống quốc phòng, an ninh."],
];

const COMMENTS = [
  ["Trần Văn Nam", "Bài viết rất hay, thể hiện rõ những kết quả nổi bật trong công tác đối ngoại của tỉnh nhà trong năm qua. Mong rằng tỉnh tiếp tục phát huy để thu hút thêm nhiều nhà đầu tư nước ngoài đến với quê hương."],
  ["Lê Thị Hoa", "Tôi là người con xa quê đang sinh sống và làm việc tại Hàn Quốc, rất vui khi đọc được những thông tin này. Chúc tỉnh nhà ngày càng phát triển và có thêm nhiều đối tác hợp tác tin cậy."],
  ["Nguyễn Hữu Tâm", "Đề nghị tỉnh quan tâm hơn nữa đến việc quảng bá du lịch với các nước láng giềng, đặc biệt là Lào và Thái Lan, vì đây là thị trường tiềm năng còn nhiều dư địa để khai thác."],
  ["Phạm Minh Đức", "Cần có thêm các chương trình hỗ trợ doanh nghiệp nhỏ và vừa tham gia xuất khẩu, để các thỏa thuận hợp tác đã ký không chỉ dừng lại trên giấy mà đi vào thực chất, mang lại lợi ích cho người dân."],
  ["Hoàng Thị Mai", "Cảm ơn tác giả đã tổng hợp đầy đủ thông tin. Tôi mong các cơ quan chức năng công khai thêm số liệu về các dự án viện trợ phi chính phủ để người dân được biết và cùng giám sát."],
];

const MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Đối ngoại", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"];
const SUBMENU = ["Hoạt động đối ngoại", "Hợp tác quốc tế", "Thông tin đối ngoại", "Người Việt Nam ở nước ngoài", "Biên giới - Lãnh thổ", "Lãnh sự"];
const LINKS = ["Cổng thông tin điện tử Chính phủ", "Bộ Ngoại giao", "Báo Nhân Dân", "Báo Điện tử Đảng Cộng sản Việt Nam", "Thông tấn xã Việt Nam", "Cổng Dịch vụ công quốc gia"];
const DOCS = [
  "Quyết định số 1234/QĐ-UBND ngày 15/01/2020 về việc ban hành Quy chế quản lý đoàn ra, đoàn vào",
  "Kế hoạch số 56/KH-UBND ngày 02/3/2020 triển khai công tác thông tin đối ngoại",
  "Công văn số 789/UBND-NC về tăng cường quản lý hội nghị, hội thảo quốc tế",
  "Chỉ thị số 08/CT-UBND về đẩy mạnh hoạt động xúc tiến đầu tư năm 2020",
];

function teasers(r, n, exclude = "") {
  return sample(r, TEASERS.filter((t) => t[0] !== exclude), n).map(([title, summary], i) => ({
    title,
    summary,
    href: `/tin-tuc/${slug(title)}-${1000 + Math.floor(r() * 9000)}.html`,
    date: `${p2(1 + ((i * 7 + Math.floor(r() * 20)) % 28))}/${p2(1 + Math.floor(r() * 12))}/20${pick(r, ["19", "20", "23", "25"])}`,
  }));
}

/** Teasers of the other sample articles: real prose that must not leak into this article's body. */
function siblingTeasers(articles, self) {
  return articles.filter((a) => a.id !== self.id).map((a) => ({ title: a.title, summary: a.lead.slice(0, 220).replace(/\s\S*$/, "") + "…", href: `/tin-tuc/${slug(a.title)}.html` }));
}

// ---------------------------------------------------------------- body renderers

/** Body blocks as paragraphs of a given style; captions by a layout-specific function. */
function renderBlocks(a, { p, h, caption, image }) {
  const out = [];
  let first = true;
  for (const b of a.blocks) {
    if (b.type === "p") out.push(p(b.text, first));
    else if (b.type === "h") out.push(h(b.text));
    else out.push(caption(b.text, b.credit));
    if (first && image) out.push(image());
    first = false;
  }
  return out.join("\n");
}
const withCredit = (text, credit, sep = ". ") => (credit ? `${text.replace(/\.$/, "")}${sep}Ảnh: ${credit}` : text);

// ---------------------------------------------------------------- layouts

const LAYOUTS = {};

// Joomla 3 portal: modules "who's online", hit counter, poll; .item-page with article-info; image tables for captions.
LAYOUTS.joomla = (a, r, all) => {
  const site = "Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy";
  const p = a.date;
  const hits = 1000 + Math.floor(r() * 5000);
  const body = renderBlocks(a, {
    p: (t) => `<p style="text-align: justify;">${esc(t)}</p>`,
    h: (t) => `<p style="text-align: justify;"><strong>${esc(t)}</strong></p>`,
    caption: (t, c) =>
      `<table class="${pick(r, ["image", "tbl-image", "img-table"])}" style="margin: auto;" align="center">\n<tbody>\n<tr>\n<td><img src="/images/2025/${slug(t).slice(0, 20)}.jpg" alt="" width="600" height="400" /></td>\n</tr>\n<tr>\n<td class="${pick(r, ["image_desc", "desc", "caption-cell"])}">${esc(withCredit(t, c))}</td>\n</tr>\n</tbody>\n</table>`,
  });
  const tail = a.author
    ? `<p style="text-align: right;"><strong>${esc(a.author)}</strong></p>${a.authorJob ? `\n<p style="text-align: right;"><em>${esc(a.authorJob)}</em></p>` : ""}`
    : "";
  const related = teasers(r, 5);
  return `<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="http://tuyengiao.example.gov.vn/index.php/tin-tuc/${slug(a.title)}" />
	<meta name="keywords" content="đối ngoại, hội nhập quốc tế" />
	<meta name="author" content="${esc(a.author ?? "Super User")}" />
	<meta name="description" content="${esc(a.lead.slice(0, 150))}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>${esc(a.title)} - ${esc(site)}</title>
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?6f3f1b" rel="stylesheet" />
	<style>
	body.site { border-top: 3px solid #0088cc; background-color: #f4f6f7; }
	a { color: #0088cc; } .nav-list > .active > a, .btn-primary { background: #0088cc; }
	</style>
	<script src="/media/jui/js/jquery.min.js?6f3f1b"></script>
	<script src="/media/system/js/caption.js?6f3f1b"></script>
	<script>
jQuery(window).on('load',  function() { new JCaption('img.caption'); });
jQuery(function($){ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(".hasTooltip").tooltip({"html": true,"container": "body"});} });
	</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-${100 + Math.floor(r() * 400)}">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/"><img src="/images/banner.png" alt="${esc(site)}" /><div class="site-description">Cơ quan của Ban Tuyên giáo Tỉnh ủy</div></a>
					<div class="header-search pull-right">
						<div class="search"><form action="/index.php/tin-tuc" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." /><input type="hidden" name="task" value="search" /></form></div>
					</div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Bật/tắt điều hướng</span><span class="icon-bar"></span></a></div>
				<div class="nav-collapse">
<ul class="nav menu nav-pills mod-list">
${MENU.map((m, i) => `<li class="item-${101 + i}${m === "Tin tức - Sự kiện" ? " current active" : ""}"><a href="/index.php/${slug(m)}">${esc(m)}</a></li>`).join("\n")}
</ul>
				</div>
			</nav>
			<div class="moduletable marquee">
				<div class="custom"><p><a href="/index.php/tien-toi-dai-hoi"><img src="/images/banner-daihoi.jpg" alt="Tiến tới đại hội đảng" /></a></p></div>
			</div>
			<div class="row-fluid">
				<div id="sidebar" class="span3">
					<div class="sidebar-nav">
		<div class="moduletable">
							<h3>Chuyên mục</h3>
						<ul class="nav menu mod-list">
${SUBMENU.map((m) => `<li><a href="/index.php/${slug(m)}">${esc(m)}</a></li>`).join("\n")}
</ul>
		</div>
			<div class="moduletable">
							<h3>Truy cập hiện tại</h3>
						<p>Đang có ${80 + Math.floor(r() * 100)} khách và không thành viên đang online</p>
		</div>
			<div class="moduletable">
							<h3>Thăm dò ý kiến</h3>
						<form action="/index.php" method="post" name="form2" class="form-inline"><h4>Bạn quan tâm nhất đến lĩnh vực nào trên trang?</h4><ul class="unstyled"><li><label><input type="radio" name="voteid" value="1" /> Tin tức - Sự kiện</label></li><li><label><input type="radio" name="voteid" value="2" /> Nghiên cứu - Trao đổi</label></li><li><label><input type="radio" name="voteid" value="3" /> Văn bản chỉ đạo</label></li></ul><input type="submit" name="task_button" class="btn" value="Bình chọn" /> <a class="btn" href="/index.php/poll">Kết quả</a></form>
		</div>
					</div>
				</div>
				<main id="content" role="main" class="span6">
					<div id="system-message-container"></div>
					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
		<div class="page-header">
		<h2 itemprop="headline">${esc(a.kicker ? `${a.kicker}: ${a.title}` : a.title)}</h2>
	</div>
	<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown"><span class="icon-cog"></span><span class="caret"></span></button><ul class="dropdown-menu"><li class="print-icon"><a href="/index.php/tin-tuc?tmpl=component&amp;print=1" rel="nofollow"><span class="icon-print"></span>In</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component" rel="nofollow"><span class="icon-envelope"></span>E-mail</a></li></ul></div></div>
			<dl class="article-info muted">
			<dt class="article-info-term">Chi tiết</dt>
				<dd class="category-name">Chuyên mục: <a href="/index.php/tin-tuc" itemprop="genre">${esc(a.category)}</a></dd>
${p ? `				<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="${machine(p)}" itemprop="datePublished">Ngày đăng: ${WEEKDAYS[p.wd].replace("Thứ Hai", "Thứ hai")}, ${p2(p.d)} Tháng ${p.mo} ${p.y}${p.hasTime ? " " + hm(p) : ""}</time></dd>\n` : ""}				<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:${hits}" />Lượt xem: ${hits}</dd>
			</dl>
	<div itemprop="articleBody">
${body}
${tail}
	</div>
	<ul class="pager pagenav">
	<li class="previous"><a class="hasTooltip" title="${esc(related[0].title)}" href="${related[0].href}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>
	<li class="next"><a class="hasTooltip" title="${esc(related[1].title)}" href="${related[1].href}" rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>
	</ul>
					</div>
		<div class="moduletable">
							<h3>Các tin khác</h3>
						<ul class="relateditems mod-list">
${related.map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join("\n")}
</ul>
		</div>
				</main>
				<div id="aside" class="span3">
		<div class="moduletable">
						<div class="custom"><p><a href="/index.php/giai-phong-mien-nam">Giải phóng miền Nam</a></p><p><a href="/index.php/hoc-tap-lam-theo"><img src="/images/hcm.jpg" alt="Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" /></a></p></div>
		</div>
		<div class="moduletable">
							<h3>Liên kết website</h3>
						<ul class="weblinks">${LINKS.map((l) => `<li><a href="http://example.gov.vn/${slug(l)}" target="_blank" rel="noopener">${esc(l)}</a></li>`).join("")}</ul>
		</div>
		<div class="moduletable">
							<h3>Thống kê</h3>
						<dl class="stats-module"><dt>Số lần xem các bài viết</dt><dd>${16000000 + Math.floor(r() * 900000)}</dd></dl>
		</div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p>
			<p>&copy; 2017 ${esc(site)}</p>
			<p>Địa chỉ: Số 22, đường Tôn Đức Thắng, phường Mỹ Bình, TP Long Xuyên</p>
			<p>Điện thoại: (0296) 3852 567 - Fax: (0296) 3852 568</p>
		</div>
	</footer>
</body>
</html>
`;
};

// WordPress with Yoast: dates in UTC, "admin" as the account that posted, comments, related posts, widgets.
LAYOUTS.wordpress = (a, r, all) => {
  const site = pick(r, ["Hội Hữu nghị Việt - Lào tỉnh", "Liên hiệp các tổ chức hữu nghị tỉnh", "Thông tin đối ngoại địa phương"]);
  const p = a.date;
  const postId = 1000 + Math.floor(r() * 9000);
  const url = `https://doingoai.example.vn/${slug(a.title)}/`;
  const rel = teasers(r, 3);
  let inserted = false;
  const body = renderBlocks(a, {
    p: (t, first) => {
      let s = `<p>${esc(t)}</p>`;
      if (!first && !inserted && r() < 0.3) {
        inserted = true;
        s += `\n<p><strong>Xem thêm:</strong> <a href="${rel[0].href}">${esc(rel[0].title)}</a></p>`;
      }
      return s;
    },
    h: (t) => `<h3 class="wp-block-heading">${esc(t)}</h3>`,
    caption: (t, c) => `<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://doingoai.example.vn/wp-content/uploads/2025/09/${slug(t).slice(0, 24)}-1024x683.jpg" alt="" class="wp-image-${postId + 1}"/><figcaption class="wp-element-caption">${esc(withCredit(t, c))}</figcaption></figure>`,
  });
  const tail = a.author
    ? `<p style="text-align: right;"><strong><em>${esc(a.author)}</em></strong>${a.authorJob ? `<br><em>${esc(a.authorJob)}</em>` : ""}</p>`
    : "";
  const ld = {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "Article", "@id": url + "#article", isPartOf: { "@id": url }, author: { name: "admin", "@id": "https://doingoai.example.vn/#/schema/person/1" }, headline: a.title, ...(p ? { datePublished: machineUtc(p), dateModified: machineUtc(p, "10:00") } : {}), mainEntityOfPage: { "@id": url }, publisher: { "@id": "https://doingoai.example.vn/#organization" }, inLanguage: "vi" },
      { "@type": "WebPage", "@id": url, url, name: `${a.title} - ${site}`, isPartOf: { "@id": "https://doingoai.example.vn/#website" } },
      { "@type": "Person", "@id": "https://doingoai.example.vn/#/schema/person/1", name: "admin", url: "https://doingoai.example.vn/author/admin/" },
    ],
  };
  const comments = sample(r, COMMENTS, 3);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>${esc(a.title)} - ${esc(site)}</title>
<meta name="robots" content="index, follow, max-image-preview:large" />
<link rel="canonical" href="${url}" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="article" />
<meta property="og:title" content="${esc(a.title)} - ${esc(site)}" />
<meta property="og:url" content="${url}" />
<meta property="og:site_name" content="${esc(site)}" />
${p ? `<meta property="article:published_time" content="${machineUtc(p)}" />\n<meta property="article:modified_time" content="${machineUtc(p, "10:00")}" />\n` : ""}<meta name="author" content="admin" />
<meta name="twitter:label1" content="Được viết bởi" />
<meta name="twitter:data1" content="admin" />
<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify(ld)}</script>
<link rel='stylesheet' id='wp-block-library-css' href='https://doingoai.example.vn/wp-includes/css/dist/block-library/style.min.css?ver=6.4.2' media='all' />
<style id='global-styles-inline-css'>body{--wp--preset--color--black: #000000;--wp--preset--color--white: #ffffff;}</style>
<script src="https://doingoai.example.vn/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-${postId} single-format-standard">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
	<header id="masthead" class="site-header">
		<div class="site-branding">
			<p class="site-title"><a href="https://doingoai.example.vn/" rel="home">${esc(site)}</a></p>
			<p class="site-description">Vì hòa bình, hữu nghị, hợp tác và phát triển</p>
		</div>
		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
			<div class="menu-main-container"><ul id="primary-menu" class="menu">${MENU.slice(0, 8).map((m, i) => `<li id="menu-item-${20 + i}" class="menu-item"><a href="https://doingoai.example.vn/${slug(m)}/">${esc(m)}</a></li>`).join("")}</ul></div>
		</nav>
	</header>
	<div id="content" class="site-content">
	<div id="primary" class="content-area">
		<main id="main" class="site-main">
<article id="post-${postId}" class="post-${postId} post type-post status-publish format-standard has-post-thumbnail hentry category-doi-ngoai">
	<header class="entry-header">
		<div class="entry-meta">
			${p ? `<span class="posted-on">Đăng ngày <a href="${url}" rel="bookmark"><time class="entry-date published" datetime="${machine(p)}">${p.d} Tháng ${MONTHS[p.mo - 1]}, ${p.y}</time><time class="updated" datetime="${machine(p, "10:00")}">${p.d} Tháng ${MONTHS[p.mo - 1]}, ${p.y}</time></a></span>` : ""}<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="https://doingoai.example.vn/author/admin/">admin</a></span></span>
		</div>
		<h1 class="entry-title">${esc(a.title)}</h1>
	</header>
	<div class="post-thumbnail"><img width="1200" height="675" src="https://doingoai.example.vn/wp-content/uploads/2025/09/thumb-${postId}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>
	<div class="entry-content">
${body}
${tail}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button" href="${url}?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-twitter"><a class="share-twitter sd-button" href="${url}?share=twitter"><span>Twitter</span></a></li><li class="share-print"><a class="share-print sd-button" href="${url}#print"><span>In</span></a></li></ul></div></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>
${rel.map((t) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="${t.href}">${esc(t.title)}</a></h4><p class="jp-relatedposts-post-excerpt">${esc(t.summary)}</p><p class="jp-relatedposts-post-date">${t.date}</p></div>`).join("\n")}
</div>
	</div>
	<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="https://doingoai.example.vn/category/doi-ngoai/" rel="category tag">${esc(a.category)}</a></span><span class="tags-links">Thẻ: <a href="https://doingoai.example.vn/tag/doi-ngoai/" rel="tag">đối ngoại</a>, <a href="https://doingoai.example.vn/tag/hop-tac-quoc-te/" rel="tag">hợp tác quốc tế</a></span></footer>
</article>
	<nav class="navigation post-navigation" aria-label="Bài viết">
		<h2 class="screen-reader-text">Điều hướng bài viết</h2>
		<div class="nav-links"><div class="nav-previous"><a href="${rel[1].href}" rel="prev"><span class="meta-nav">Bài trước</span> <span class="post-title">${esc(rel[1].title)}</span></a></div><div class="nav-next"><a href="${rel[2].href}" rel="next"><span class="meta-nav">Bài tiếp theo</span> <span class="post-title">${esc(rel[2].title)}</span></a></div></div>
	</nav>
<div id="comments" class="comments-area">
	<h2 class="comments-title">${comments.length} bình luận về &ldquo;${esc(a.title)}&rdquo;</h2>
	<ol class="comment-list">
${comments.map(([name, text], i) => `		<li id="comment-${50 + i}" class="comment even thread-even depth-1">
			<article id="div-comment-${50 + i}" class="comment-body">
				<footer class="comment-meta">
					<div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/${i}?s=32' class='avatar avatar-32' height='32' width='32' /><b class="fn">${esc(name)}</b> <span class="says">viết:</span></div>
					<div class="comment-metadata"><a href="${url}#comment-${50 + i}"><time datetime="2020-01-2${i}T08:1${i}:00+07:00">2${i}/01/2020 lúc 8:1${i} sáng</time></a></div>
				</footer>
				<div class="comment-content"><p>${esc(text)}</p></div>
				<div class="reply"><a rel='nofollow' class='comment-reply-link' href='#comment-${50 + i}'>Trả lời</a></div>
			</article>
		</li>`).join("\n")}
	</ol>
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
		<form action="https://doingoai.example.vn/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form>
	</div>
</div>
		</main>
	</div>
<aside id="secondary" class="widget-area">
	<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://doingoai.example.vn/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
	<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>${teasers(r, 5).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a><span class="post-date">${t.date}</span></li>`).join("")}</ul></section>
	<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href='https://doingoai.example.vn/2025/09/'>Tháng Chín 2025</a></li><li><a href='https://doingoai.example.vn/2023/02/'>Tháng Hai 2023</a></li><li><a href='https://doingoai.example.vn/2020/05/'>Tháng Năm 2020</a></li><li><a href='https://doingoai.example.vn/2020/01/'>Tháng Một 2020</a></li></ul></section>
	<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">Thống kê truy cập</h2><div class="textwidget custom-html-widget"><ul class="counter"><li>Đang truy cập: ${10 + Math.floor(r() * 50)}</li><li>Hôm nay: 1.${100 + Math.floor(r() * 800)}</li><li>Tổng lượt truy cập: 1.657.${100 + Math.floor(r() * 800)}</li></ul></div></section>
</aside>
	</div>
	<footer id="colophon" class="site-footer">
		<div class="site-info">
			<p>${esc(site)}</p>
			<p>Địa chỉ: Số 16, đường Trường Thi, TP Vinh, tỉnh Nghệ An</p>
			<p>Điện thoại: 0238.3844.520 - Email: huunghi@example.vn</p>
			<a href="https://wordpress.org/">Vận hành bởi WordPress</a>
		</div>
	</footer>
</div>
<script src="https://doingoai.example.vn/wp-includes/js/comment-reply.min.js?ver=6.4.2" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
`;
};

// Liferay-style government portal: paragraphs as bare <div>s, teaser columns on both sides, reader comments, visible date only.
LAYOUTS.liferay = (a, r, all) => {
  const site = "Cổng thông tin điện tử tỉnh";
  const p = a.date;
  const c = (xs) => pick(r, xs);
  const body = renderBlocks(a, {
    p: (t) => `<div>${esc(t)}</div>\n<div>&nbsp;</div>`,
    h: (t) => `<div><b>${esc(t)}</b></div>\n<div>&nbsp;</div>`,
    caption: (t, cr) => `<div style="text-align: center;"><img alt="" src="/documents/10181/0/${slug(t).slice(0, 20)}.jpg" style="width: 560px; height: 373px;" /></div>\n<div style="text-align: center;"><em>${esc(t)}${cr ? ` (Ảnh: ${esc(cr)})` : ""}</em></div>\n<div>&nbsp;</div>`,
    image: () => (a.blocks.some((b) => b.type === "caption") ? "" : `<div style="text-align: center;"><img alt="" src="/documents/10181/0/anh-${slug(a.title).slice(0, 16)}.jpg" style="width: 560px;" /></div>\n<div>&nbsp;</div>`),
  });
  const tail = a.author ? `<div style="text-align: right;"><b>${esc(a.author)}</b></div>${a.authorJob ? `\n<div style="text-align: right;"><i>${esc(a.authorJob)}</i></div>` : ""}` : "";
  const left = [...siblingTeasers(all, a).slice(0, 2), ...teasers(r, 3)];
  const right = teasers(r, 4);
  const comments = sample(r, COMMENTS, 2);
  const dateText = p ? (p.hasTime ? `${WEEKDAYS[p.wd]}, ${dmy(p)} - ${hm(p)}` : `${WEEKDAYS[p.wd]}, ${dmy(p)}`) : null;
  return `<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>${esc(a.title)} - ${esc(site)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/themes/portal-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/html/themes/portal-theme/css/main.css?browserId=other&amp;themeId=portaltheme_WAR_portaltheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1569839204000" rel="stylesheet" type="text/css" />
<script type="text/javascript">var Liferay={Browser:{acceptsGzip:function(){return true}},ThemeDisplay:{getLayoutId:function(){return"${12 + Math.floor(r() * 80)}"},getLanguageId:function(){return"vi_VN"},isSignedIn:function(){return false}},PropsValues:{NTLM_AUTH_ENABLED:false}};var themeDisplay=Liferay.ThemeDisplay;</script>
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=portaltheme_WAR_portaltheme&amp;minifierType=js" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Chuyển tới nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="${c(["banner-top", "top-head", "hd-logo"])}">
<a class="logo custom-logo" href="/web/guest" title="Đi tới ${esc(site)}"><img alt="${esc(site)}" src="/image/company_logo" /></a>
<div class="${c(["site-name", "ten-cong", "portal-name"])}">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN</div>
<div class="${c(["today", "ngay-hom-nay", "current-date"])}">Thứ Năm, 12/06/2025</div>
<div class="search-top"><input type="text" name="keywords" placeholder="Nhập từ khóa tìm kiếm" /><button>Tìm kiếm</button></div>
</div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation">
<ul aria-label="Trang web">
${MENU.map((m) => `<li><a href="/web/guest/${slug(m)}"><span>${esc(m)}</span></a></li>`).join("\n")}
</ul>
</nav>
</header>
<div id="content">
<div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span3" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
<div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_ab12_">
<section class="portlet">
<header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin nổi bật</span></h1></header>
<div class="portlet-content"><div class="portlet-body">
${left.map((t) => `<div class="${c(["asset-abstract", "tin-item", "news-item"])}"><div class="asset-small-image"><a href="${t.href}"><img alt="" class="asset-small-image" src="/image/journal/article?img_id=${Math.floor(r() * 99999)}" /></a></div><h3 class="asset-title"><a href="${t.href}">${esc(t.title)}</a></h3><div class="asset-summary">${esc(t.summary)}</div></div>`).join("\n")}
</div></div>
</section>
</div>
<div class="portlet-boundary portlet-static">
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title">Liên kết website</h1></header>
<div class="portlet-body"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>${LINKS.map((l) => `<option value="http://${slug(l)}.gov.vn">${esc(l)}</option>`).join("")}</select></div></section>
</div>
</div>
</div>
<div class="portlet-column span6" id="column-2">
<div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">
<div class="portlet-boundary portlet-boundary_${c(["tinchitiet", "newsdetail", "ctnews"])}_WAR_portalportlet_ portlet-static" id="p_p_id_${c(["tinchitiet", "newsdetail"])}_WAR_portalportlet_">
<span id="p_${Math.floor(r() * 99999)}"></span>
<section class="portlet">
<div class="portlet-content"><div class=" portlet-content-container"><div class="portlet-body">
<div class="${c(["chitiet-tin", "news-view", "tt-detail", "view-content"])}">
<div class="${c(["breadcrumb-news", "duong-dan", "path"])}"><a href="/web/guest">Trang chủ</a> &gt; <a href="/web/guest/tin-tuc">Tin tức - Sự kiện</a> &gt; <a href="/web/guest/doi-ngoai">${esc(a.category)}</a></div>
<div class="${c(["title-news", "tieu-de", "td-bai"])}">${esc(a.kicker ? a.kicker : "")}${a.kicker ? "<br/>" : ""}${esc(a.title)}</div>
${dateText ? `<div class="${c(["date-news", "ngay-dang", "time-post"])}">${dateText}</div>` : ""}
<div class="${c(["content-news", "noi-dung", "nd-bai", "body-news"])}">
${body}
${tail}
</div>
<div class="${c(["tools-news", "cong-cu", "util"])}"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=${esc(slug(a.title))}">Gửi email</a> | <a href="#wrapper">Về đầu trang</a></div>
<div class="${c(["ykien", "comment-box", "binh-luan-ban-doc"])}">
<div class="${c(["ykien-title", "cmt-head"])}">Ý kiến bạn đọc</div>
${comments.map(([name, text], i) => `<div class="${c(["ykien-item", "cmt-item"])}"><div><b>${esc(name)}</b> (${p2(10 + i)}/0${2 + i}/2023 ${p2(8 + i)}:15)</div><div>${esc(text)}</div></div>`).join("\n")}
<div class="${c(["ykien-form", "cmt-form"])}"><div>Gửi ý kiến của bạn</div><div>Họ và tên: <input type="text" name="ten" /></div><div>Email: <input type="text" name="email" /></div><div>Nội dung: <textarea name="noidung"></textarea></div><div>Mã xác nhận: <input type="text" name="captcha" /> <img src="/captcha" alt="captcha"/></div><div><input type="button" value="Gửi ý kiến" /></div></div>
</div>
<div class="${c(["other-news", "tin-khac", "cac-tin-da-dua"])}">
<div class="${c(["other-title", "tk-title"])}">Các tin đã đưa</div>
<ul>
${teasers(r, 6).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a> <span>(${t.date})</span></li>`).join("\n")}
</ul>
</div>
</div>
</div></div></div>
</section>
</div>
</div>
</div>
<div class="portlet-column portlet-column-last span3" id="column-3">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-3">
<div class="portlet-boundary portlet-static"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title">Thông báo</h1></header><div class="portlet-body">
${right.map((t) => `<div class="${c(["asset-abstract", "tb-item"])}"><h3 class="asset-title"><a href="${t.href}">${esc(t.title)}</a></h3><div class="asset-summary">${esc(t.summary)}</div><div class="metadata-entry">${t.date}</div></div>`).join("\n")}
</div></section></div>
<div class="portlet-boundary portlet-static"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title">Thống kê truy cập</h1></header><div class="portlet-body">
<div>Đang truy cập: ${20 + Math.floor(r() * 200)}</div>
<div>Hôm nay: ${1000 + Math.floor(r() * 5000)}</div>
<div>Tổng lượt truy cập: ${10000000 + Math.floor(r() * 9000000)}</div>
</div></section></div>
<div class="portlet-boundary portlet-static"><section class="portlet"><header class="portlet-topper"><h1 class="portlet-title">Thăm dò ý kiến</h1></header><div class="portlet-body">
<div>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</div>
<div><input type="radio" name="poll" /> Đẹp, dễ sử dụng</div><div><input type="radio" name="poll" /> Bình thường</div><div><input type="radio" name="poll" /> Khó sử dụng</div>
<div><input type="button" value="Bình chọn" /> <a href="#">Xem kết quả</a></div>
</div></section></div>
</div>
</div>
</div>
</div>
<footer id="footer" role="contentinfo">
<div class="${c(["footer-info", "chan-trang"])}">
<div>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Nghệ An</div>
<div>Địa chỉ: Số 03, đường Trường Thi, thành phố Vinh, tỉnh Nghệ An</div>
<div>Điện thoại: 0238.3840.555 - Fax: 0238.3840.556 - Email: congttdt@nghean.gov.vn</div>
<div>Giấy phép số 123/GP-TTĐT do Cục Quản lý phát thanh, truyền hình và thông tin điện tử cấp ngày 12/5/2015</div>
<div>Ghi rõ nguồn "Cổng thông tin điện tử tỉnh Nghệ An" khi phát hành lại thông tin từ website này</div>
</div>
</footer>
</div>
<script type="text/javascript">Liferay.Util.addInputFocus();Liferay.Portlet.runtimePortletIds=["101_INSTANCE_ab12"];</script>
</body>
</html>
`;
};

// Newspaper CMS: <figure> captions with credits, kicker above the headline, sapo, a related box inside the story, meta and JSON-LD dates.
LAYOUTS.newspaper = (a, r, all) => {
  const site = "Báo Nghệ An";
  const p = a.date;
  const c = (xs) => pick(r, xs);
  const url = `https://baonghean.example.vn/${slug(a.title)}-${10000 + Math.floor(r() * 89999)}.html`;
  const rel = teasers(r, 3);
  const relAt = 2 + Math.floor(r() * 3);
  let n = 0;
  const bodyBlocks = a.blocks.slice(1);
  const body = renderBlocks({ ...a, blocks: bodyBlocks }, {
    p: (t) => {
      n++;
      let s = `<p>${esc(t)}</p>`;
      if (n === relAt)
        s += `\n<div class="${c(["box-related", "inline-related", "rel-news", "tinlienquan"])}"><div class="${c(["box-title", "rel-title"])}">Tin liên quan</div><ul>${rel.map((t) => `<li><a href="${t.href}"><img src="/thumb/${slug(t.title).slice(0, 12)}.jpg" alt="${esc(t.title)}"/></a><a class="${c(["title", "link-title"])}" href="${t.href}">${esc(t.title)}</a><p class="${c(["sapo", "summary"])}">${esc(t.summary)}</p></li>`).join("")}</ul></div>`;
      return s;
    },
    h: (t) => `<h2>${esc(t)}</h2>`,
    caption: (t, cr) => `<figure class="${c(["image", "cms-image", "img-wrap"])} align-center"><img src="https://img.baonghean.example.vn/2025/09/${slug(t).slice(0, 20)}.jpg" alt="${esc(t.slice(0, 80))}" width="800" height="533"/><figcaption><p>${esc(t)}${cr ? ` Ảnh: ${esc(cr)}` : ""}</p></figcaption></figure>`,
  });
  const ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    headline: a.title,
    image: ["https://img.baonghean.example.vn/share.jpg"],
    ...(p ? { datePublished: machine(p), dateModified: machine(p, "11:00") } : {}),
    author: a.author ? { "@type": "Person", name: a.author } : { "@type": "Organization", name: site },
    publisher: { "@type": "Organization", name: site, logo: { "@type": "ImageObject", url: "https://baonghean.example.vn/logo.png" } },
  };
  const tail = a.author ? `<p class="${c(["author", "tac-gia", "byline-bottom"])}" style="text-align:right"><strong>${esc(a.author)}</strong></p>${a.authorJob ? `<p style="text-align:right"><em>${esc(a.authorJob)}</em></p>` : ""}` : "";
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | ${site}</title>
<meta name="description" content="${esc(a.lead.slice(0, 160))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="${site}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:description" content="${esc(a.lead.slice(0, 160))}">
<meta property="og:url" content="${url}">
<meta property="og:image" content="https://img.baonghean.example.vn/share.jpg">
${p ? `<meta property="article:published_time" content="${machine(p)}">\n` : ""}<meta property="article:section" content="${esc(a.category)}">
<meta name="author" content="${esc(a.author ?? site)}">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Trang chủ","item":"https://baonghean.example.vn"},{"@type":"ListItem","position":2,"name":"${esc(a.category)}","item":"https://baonghean.example.vn/thoi-su"}]}</script>
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.2.1">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XXXX');</script>
</head>
<body class="${c(["detail-page", "page-article", "pg-story"])}">
<div class="${c(["header", "site-head"])}">
<div class="${c(["header-top", "topbar"])}"><span class="${c(["current-date", "date-now"])}">Thứ Năm, ngày 12/06/2025</span><a href="/rss">RSS</a><a href="/lien-he">Liên hệ</a><a href="/dat-bao">Đặt báo</a></div>
<div class="${c(["logo-wrap", "brand"])}"><a href="/"><img src="/logo.png" alt="${site}"></a><div class="slogan">Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An</div></div>
<ul class="${c(["main-menu", "mega-menu", "nav-top"])}">${MENU.slice(0, 9).map((m) => `<li><a href="/${slug(m)}">${esc(m)}</a><ul class="sub">${SUBMENU.slice(0, 3).map((s) => `<li><a href="/${slug(s)}">${esc(s)}</a></li>`).join("")}</ul></li>`).join("")}</ul>
</div>
<div class="${c(["main-wrap", "container", "wrapper"])}">
<div class="${c(["col-left", "main-col", "content-col"])}">
<div class="${c(["breadcrumbs", "bread-crumbs", "cate-path"])}"><a href="/">Trang chủ</a> <span>›</span> <a href="/thoi-su">${esc(a.category)}</a></div>
<div class="${c(["article-detail", "detail-wrap", "story", "news-content-wrap"])}">
${a.kicker ? `<p class="${c(["kicker", "sup-title", "pre-title"])}">${esc(a.kicker)}</p>\n` : ""}<h1 class="${c(["article-title", "detail-title", "story__heading"])}">${esc(a.title)}</h1>
<div class="${c(["article-meta", "detail-meta", "story__meta"])}"><span class="${c(["cate", "cat-name"])}">${esc(a.category)}</span>${p ? ` <span class="${c(["time", "date-time", "publish-date"])}">${dmy(p)}${p.hasTime ? " " + hm(p) : ""}</span>` : ""}</div>
<div class="${c(["share-bar", "social-tools"])}"><a href="#" class="fb">Facebook</a><a href="#" class="zalo">Zalo</a><a href="#" class="tw">Twitter</a><a href="#" class="copy">Sao chép liên kết</a><a href="#" class="print">In bài</a></div>
<h2 class="${c(["sapo", "detail-sapo", "story__summary"])}">${esc(a.blocks[0].text)}</h2>
<div class="${c(["article-body", "detail-content", "cms-body", "story__body"])}">
${body}
${tail}
</div>
<div class="${c(["tags", "keywords", "tag-list"])}"><span>Từ khóa:</span> <a href="/tag/doi-ngoai">đối ngoại</a> <a href="/tag/hoi-nhap">hội nhập quốc tế</a> <a href="/tag/nghe-an">Nghệ An</a></div>
<div class="${c(["fb-like-box", "reactions"])}"><span>Thích</span> <span>0</span> <span>Chia sẻ</span></div>
</div>
<div class="${c(["same-category", "cung-chuyen-muc", "more-news"])}">
<h3 class="${c(["box-heading", "section-title"])}">Tin cùng chuyên mục</h3>
${[...siblingTeasers(all, a).slice(0, 2), ...teasers(r, 4)].map((t) => `<div class="${c(["item", "story-item", "card"])}"><a href="${t.href}"><img src="/thumb/${slug(t.title).slice(0, 10)}.jpg" alt=""></a><h4><a href="${t.href}">${esc(t.title)}</a></h4><p>${esc(t.summary)}</p></div>`).join("\n")}
</div>
<div class="${c(["comment-area", "binh-luan"])}"><h3>Bình luận (0)</h3><div class="fb-comments" data-href="${url}" data-numposts="5"></div><textarea placeholder="Ý kiến của bạn..."></textarea><button>Gửi bình luận</button></div>
</div>
<div class="${c(["col-right", "sidebar", "aside-col"])}">
<div class="${c(["box-most-read", "doc-nhieu"])}"><h3>Đọc nhiều</h3><ol>${teasers(r, 5).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join("")}</ol></div>
<div class="${c(["box-ads", "qc"])}"><a href="https://ads.example.vn/click?id=1"><img src="/ads/banner-300x250.jpg" alt="Quảng cáo"></a></div>
<div class="${c(["box-latest", "tin-moi"])}"><h3>Tin mới</h3><ul>${teasers(r, 5).map((t) => `<li><span>${t.date}</span> <a href="${t.href}">${esc(t.title)}</a></li>`).join("")}</ul></div>
</div>
</div>
<div class="${c(["footer", "site-foot"])}">
<p>BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN</p>
<p>Tổng Biên tập: Phạm Tuấn Vinh</p>
<p>Giấy phép số 200/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 10/4/2020</p>
<p>Tòa soạn: Số 37, đường Đinh Công Tráng, thành phố Vinh, tỉnh Nghệ An</p>
<p>Điện thoại: 0238.3598.668 - Email: baonghean@example.vn</p>
<p>© Bản quyền thuộc về Báo Nghệ An. Ghi rõ nguồn "Báo Nghệ An" khi phát hành lại thông tin từ website này.</p>
</div>
<script src="/assets/js/main.min.js?v=3.2.1"></script>
<script>(function(){var d=document,s=d.createElement('script');s.src='https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v17.0';d.body.appendChild(s);})();</script>
</body>
</html>
`;
};

// Old table layout, served in windows-1258: <font> and <br><br> paragraphs, image tables, right-aligned byline, counters.
LAYOUTS.table1258 = (a, r, all) => {
  const site = "TRANG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ HOÀNG VĂN THỤ TỈNH LẠNG SƠN";
  const p = a.date;
  const parts = [];
  for (const b of a.blocks) {
    if (b.type === "p") parts.push(`${esc(b.text)}<br><br>`);
    else if (b.type === "h") parts.push(`<b>${esc(b.text)}</b><br><br>`);
    else parts.push(`</font>\n<table class="${pick(r, ["image", "tblimg", "hinh"])}" align="center" border="0" cellpadding="3" cellspacing="0" width="90%"><tr><td align="center"><img src="images/news/${slug(b.text).slice(0, 16)}.jpg" width="450" border="0"></td></tr><tr><td align="center" class="${pick(r, ["image_desc", "chuthich", "cap"])}"><font size="1"><i>${esc(withCredit(b.text, b.credit))}</i></font></td></tr></table>\n<font face="Arial, Helvetica, sans-serif" size="2">`);
  }
  const dateText = p ? `Cập nhật: ${dmy(p)}${p.hasTime ? " " + hm(p) : ""}` : null;
  const others = teasers(r, 7);
  return `<html>
<head>
<title>Trường Chính trị Hoàng Văn Thụ - ${esc(a.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<meta charset="windows-1258">
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript">
<!--
function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }
function MM_preloadImages() { var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array(); } }
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('images/menu_over.gif')">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td colspan="3"><img src="images/banner.jpg" width="980" height="150" alt="${esc(site)}"></td></tr>
  <tr><td colspan="3" bgcolor="#003399" height="28" class="menu">&nbsp;${MENU.slice(0, 8).map((m) => `<a href="${slug(m)}.asp" class="menu">${esc(m)}</a>`).join(" | ")}</td></tr>
  <tr>
    <td width="190" valign="top" bgcolor="#F0F4FA">
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="title_box" bgcolor="#3366CC"><font color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>
${SUBMENU.map((m) => `        <tr><td><img src="images/bullet.gif"> <a href="danhmuc.asp?id=${slug(m)}">${esc(m)}</a></td></tr>`).join("\n")}
        <tr><td class="title_box" bgcolor="#3366CC"><font color="#FFFFFF"><b>VĂN BẢN MỚI</b></font></td></tr>
${DOCS.slice(0, 3).map((d) => `        <tr><td><font size="1"><a href="vanban.asp">${esc(d)}</a></font></td></tr>`).join("\n")}
      </table>
    </td>
    <td width="600" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="8">
        <tr><td><font face="Arial, Helvetica, sans-serif" size="4" color="#CC0000"><b>${esc(a.kicker ? `${a.kicker}: ${a.title}` : a.title)}</b></font></td></tr>
${dateText ? `        <tr><td><font size="1" color="#666666"><i>${dateText}</i></font></td></tr>\n` : ""}        <tr><td align="justify"><font face="Arial, Helvetica, sans-serif" size="2">
${parts.join("\n")}
</font>
${a.author ? `<p align="right"><b>${esc(a.author)}</b>${a.authorJob ? `<br><i>${esc(a.authorJob)}</i>` : ""}</p>` : ""}
        </td></tr>
        <tr><td align="right"><a href="javascript:window.print()"><img src="images/print.gif" border="0"> In bài viết</a> | <a href="mailto:?subject=tin">Gửi cho bạn bè</a> | <a href="javascript:history.back()">Trở về</a></td></tr>
        <tr><td class="title_box"><b>Các tin khác:</b></td></tr>
        <tr><td>
${others.map((t) => `<img src="images/arrow.gif"> <a href="chitiet.asp?id=${Math.floor(r() * 9999)}">${esc(t.title)}</a> <font size="1" color="#999999">(${t.date})</font><br>`).join("\n")}
        </td></tr>
      </table>
    </td>
    <td width="190" valign="top" bgcolor="#F0F4FA">
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="title_box" bgcolor="#3366CC"><font color="#FFFFFF"><b>LIÊN KẾT</b></font></td></tr>
${LINKS.slice(0, 4).map((l) => `        <tr><td><a href="http://${slug(l)}.vn" target="_blank">${esc(l)}</a></td></tr>`).join("\n")}
        <tr><td class="title_box" bgcolor="#3366CC"><font color="#FFFFFF"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr>
        <tr><td>Số lượt truy cập:<br><b>${String(Math.floor(r() * 9000000) + 100000).padStart(8, "0")}</b></td></tr>
        <tr><td>Đang online: ${5 + Math.floor(r() * 40)}</td></tr>
      </table>
    </td>
  </tr>
  <tr><td colspan="3" align="center" bgcolor="#003399" class="footer"><font color="#FFFFFF" size="1">${esc(site)}<br>
Địa chỉ: Số 52, đường Hùng Vương, P. Chi Lăng, TP Lạng Sơn, tỉnh Lạng Sơn<br>
Tel (025) 3818.256 Fax: (025) 3818.256</font></td></tr>
</table>
</body>
</html>
`;
};

// ASP.NET / DNN portal: the whole page inside one <form>, view state, Word-pasted MsoNormal paragraphs,
// centred italic captions, the <title> is the section name only.
LAYOUTS.aspnet = (a, r, all) => {
  const p = a.date;
  const c = (xs) => pick(r, xs);
  const mod = 400 + Math.floor(r() * 500);
  const span = (t) => `<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">${esc(t)}</span>`;
  const body = renderBlocks(a, {
    p: (t) => `<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%">${span(t)}<o:p></o:p></p>`,
    h: (t) => `<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;line-height:150%"><b>${span(t)}</b><o:p></o:p></p>`,
    caption: (t, cr) => `<p align="center" style="text-align:center"><img alt="" src="/Portals/0/News/${slug(t).slice(0, 18)}.jpg" style="width:600px;height:400px" /></p>\n<p align="center" class="MsoNormal" style="text-align:center"><i><span style="font-size:12.0pt">${esc(t)}${cr ? ` (Ảnh: ${esc(cr)})` : ""}</span></i><o:p></o:p></p>`,
  }).replace(/<\/p>\n(?=<p class="MsoNormal" style="margin-bottom)/g, `</p>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n`);
  const tail = a.author ? `<p class="MsoNormal" align="right" style="text-align:right"><b><span style="font-size:14.0pt">${esc(a.author)}</span></b><o:p></o:p></p>${a.authorJob ? `\n<p class="MsoNormal" align="right" style="text-align:right"><i><span style="font-size:13.0pt">${esc(a.authorJob)}</span></i></p>` : ""}` : "";
  const views = 100 + Math.floor(r() * 3000);
  const viewstate = Buffer.from(a.id + "x".repeat(600)).toString("base64");
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><meta content="text/javascript" http-equiv="Content-Script-Type" /><meta content="text/css" http-equiv="Content-Style-Type" /><meta id="MetaDescription" name="DESCRIPTION" content="Sở Ngoại vụ tỉnh" /><meta id="MetaKeywords" name="KEYWORDS" content="đối ngoại,DotNetNuke,DNN" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><title>
	Tin tức - Sự kiện
</title><link href="/Portals/_default/default.css?cdv=41" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/SoNgoaiVu/skin.css?cdv=41" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=41" type="text/javascript"></script></head>
<body id="Body">
<form method="post" action="/vi-vn/tin-tuc/id/${mod}/${slug(a.title)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) { theForm = document.Form; }
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<div id="siteWrapper">
<div class="${c(["header", "dnn-head", "skin-header"])}">
  <div class="${c(["banner", "skin-banner"])}"><a id="dnn_dnnLOGO_hypLogo" title="Sở Ngoại vụ tỉnh Lạng Sơn" href="/vi-vn/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner.png" alt="SỞ NGOẠI VỤ TỈNH LẠNG SƠN" /></a></div>
  <div class="${c(["date-bar", "dnn-date"])}"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">Thứ năm, 12/06/2025</span></div>
  <div class="${c(["search-bar", "dnn-search"])}"><span id="dnn_dnnSEARCH_ClassicSearch"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" /><a id="dnn_dnnSEARCH_cmdSearch" class="SearchButton" href="javascript:__doPostBack('dnn$dnnSEARCH$cmdSearch','')">Tìm kiếm</a></span></div>
  <div id="dnn_dnnNav_ctldnnNav" class="${c(["menu", "dnnmega", "topnav"])}"><ul>${MENU.map((m, i) => `<li id="dnn_dnnNav_ctldnnNavctr${i}"><a href="/vi-vn/${slug(m)}"><span>${esc(m)}</span></a></li>`).join("")}</ul></div>
</div>
<div class="container"><div class="row">
<div id="dnn_LeftPane" class="col-md-3">
  <div class="DnnModule DnnModule-DNN_HTML"><div class="${c(["c_head", "box-head"])}"><h2 class="c_title"><span id="dnn_ctr${mod + 1}_dnnTITLE_titleLabel" class="Head">Văn bản mới</span></h2></div>
  <div id="dnn_ctr${mod + 1}_ContentPane"><ul>${DOCS.map((d) => `<li><a href="/vi-vn/van-ban/${slug(d).slice(0, 30)}">${esc(d)}</a></li>`).join("")}</ul></div></div>
  <div class="DnnModule"><div class="${c(["c_head", "box-head"])}"><h2 class="c_title"><span class="Head">Lịch công tác</span></h2></div>
  <div><table class="lich"><tr><td>Thứ Hai</td><td>8h00: Giao ban tuần</td></tr><tr><td>Thứ Ba</td><td>14h00: Tiếp Tổng Lãnh sự Lào</td></tr><tr><td>Thứ Tư</td><td>8h30: Họp Ban chỉ đạo</td></tr></table></div></div>
</div>
<div id="dnn_ContentPane" class="col-md-9">
<div class="DnnModule DnnModule-NewsModule DnnModule-${mod}"><a name="${mod}"></a>
<div class="${c(["c_container", "c_DNN_Blue", "containerNews"])}">
<div id="dnn_ctr${mod}_ContentPane" class="${c(["c_contentpane", "contentpane"])}">
<div id="dnn_ctr${mod}_ModuleContent" class="DNNModuleContent ModNewsModuleC">
<div id="dnn_ctr${mod}_ViewNews_pnlDetail">
<div class="${c(["news-heading", "tieude-tin", "hd"])}"><span id="dnn_ctr${mod}_ViewNews_lblTitle" class="${c(["Head", "TitleNews", "news-title"])}">${esc(a.title)}</span></div>
<div class="${c(["news-info", "thongtin", "sub-info"])}">${p ? `<span id="dnn_ctr${mod}_ViewNews_lblDate" class="date">Ngày đăng: ${dmy(p)}${p.hasTime ? " " + hm(p) : ""}</span> | ` : ""}<span id="dnn_ctr${mod}_ViewNews_lblView">Lượt xem: ${views}</span></div>
<div id="dnn_ctr${mod}_ViewNews_divContent" class="${c(["news-content", "noidung", "NewsContent"])}">
${body}
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
${tail}
</div>
<div class="${c(["news-tools", "tienich"])}"><a id="dnn_ctr${mod}_ViewNews_lnkPrint" href="javascript:window.print();">In bài viết</a> <a href="mailto:?subject=tin-tuc">Gửi email</a> <a href="javascript:history.back();">Quay lại</a></div>
<div class="${c(["othernews", "tinkhac", "cactinkhac"])}">
<div class="${c(["title", "othertitle"])}">Các tin khác</div>
<ul>${teasers(r, 6).map((t) => `<li><a href="/vi-vn/tin-tuc/id/${Math.floor(r() * 900)}/${slug(t.title)}">${esc(t.title)}</a> <span class="date">(${t.date})</span></li>`).join("")}</ul>
</div>
</div>
</div>
</div>
</div>
</div>
</div>
</div></div>
<div id="footer" class="${c(["footer", "dnn-footer"])}">
  <div>Bản quyền thuộc về Sở Ngoại vụ tỉnh Lạng Sơn</div>
  <div>Địa chỉ: Số 2, đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn</div>
  <div>Điện thoại: (0205) 3812.345 - Fax: (0205) 3812.346</div>
  <div>Thiết kế bởi VNPT Lạng Sơn</div>
  <div>Lượt truy cập: ${1000000 + Math.floor(r() * 900000)}</div>
</div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="{&quot;__scdoff&quot;:&quot;1&quot;}" />
</form>
</body>
</html>
`;
};

// Bootstrap news portal with no article semantics at all: generic divs, date and view count on one line,
// image boxes with notes, a "read more" box inside the text, related cards and a latest-news column.
LAYOUTS.bootstrap = (a, r, all) => {
  const site = pick(r, ["Tạp chí Đối ngoại địa phương", "Thông tin Hợp tác quốc tế"]);
  const p = a.date;
  const c = (xs) => pick(r, xs);
  const rel = teasers(r, 2);
  let n = 0;
  const readAt = 3 + Math.floor(r() * 3);
  const body = renderBlocks({ ...a, blocks: a.blocks.slice(1) }, {
    p: (t) => {
      n++;
      let s = `<p>${esc(t)}</p>`;
      if (n === readAt) s += `\n<div class="${c(["readmore-box", "doc-them", "box-link"])}"><span>Đọc thêm</span> <a href="${rel[0].href}">${esc(rel[0].title)}</a> <a href="${rel[1].href}">${esc(rel[1].title)}</a></div>`;
      return s;
    },
    h: (t) => `<h2 class="h5 fw-bold mt-3">${esc(t)}</h2>`,
    caption: (t, cr) => `<div class="${c(["img-box", "photo", "pic-wrap"])} text-center"><img class="img-fluid" src="/uploads/${slug(t).slice(0, 20)}.jpg" alt=""><div class="${c(["img-note", "note", "pic-desc"])}">${esc(withCredit(t, cr))}</div></div>`,
  });
  const tail = a.author ? `<div class="text-end fw-bold">${esc(a.author)}</div>${a.authorJob ? `\n<div class="text-end fst-italic">${esc(a.authorJob)}</div>` : ""}` : "";
  const cards = [...siblingTeasers(all, a).slice(0, 3), ...teasers(r, 3)];
  const views = 100 + Math.floor(r() * 5000);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)} | ${esc(site)}</title>
<meta name="description" content="${esc(a.lead.slice(0, 150))}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:image" content="https://doingoai.example.org/og.jpg">
<link rel="canonical" href="https://doingoai.example.org/bai-viet/${slug(a.title)}">
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-12345"></script>
</head>
<body>
<div class="${c(["topbar", "bg-light small"])} py-1"><div class="container">Hotline: 0238 3 567 890 | Email: toasoan@example.org</div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><a class="navbar-brand" href="/">${esc(site)}</a><ul class="navbar-nav">${MENU.slice(0, 7).map((m) => `<li class="nav-item"><a class="nav-link" href="/${slug(m)}">${esc(m)}</a></li>`).join("")}</ul></div></nav>
<div class="container mt-3"><div class="row">
<div class="col-lg-8">
<ol class="${c(["crumbs", "bc", "path-nav"])}"><li><a href="/">Trang chủ</a></li><li><a href="/doi-ngoai">${esc(a.category)}</a></li></ol>
<div class="${c(["box-x", "panel-main", "khung", "blk"])}">
${a.kicker ? `<div class="text-danger small">${esc(a.kicker)}</div>\n` : ""}<h1 class="h3 fw-bold">${esc(a.title)}</h1>
<div class="small text-muted mb-2">${p ? `<span><i class="far fa-clock"></i> ${p.hasTime ? hm(p) + " | " : ""}${dmy(p)}</span> ` : ""}<span><i class="far fa-eye"></i> ${views} lượt xem</span></div>
<div class="${c(["toolbar", "tool-line"])} mb-2">Cỡ chữ: <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a> | <a href="#" onclick="window.print()">In</a> | <a href="#">Chia sẻ</a></div>
<div class="lead fw-bold">${esc(a.blocks[0].text)}</div>
<div class="${c(["txt", "ct", "main-text", "content"])}">
${body}
${tail}
</div>
</div>
<div class="mt-4"><h5 class="border-bottom pb-2">Bài viết liên quan</h5><div class="row">
${cards.map((t) => `<div class="col-md-4"><div class="card mb-3"><img class="card-img-top" src="/thumb/${slug(t.title).slice(0, 10)}.jpg" alt=""><div class="card-body"><a class="card-title fw-bold" href="${t.href}">${esc(t.title)}</a><p class="card-text">${esc(t.summary)}</p></div></div></div>`).join("\n")}
</div></div>
<div class="fb-comments" data-href="https://doingoai.example.org/bai-viet/${slug(a.title)}" data-width="100%" data-numposts="5"></div>
</div>
<div class="col-lg-4">
<div class="card mb-3"><div class="card-header fw-bold">Tin mới nhất</div><ul class="list-group list-group-flush">${teasers(r, 6).map((t, i) => `<li class="list-group-item"><a href="${t.href}">${esc(t.title)}</a><div class="small text-muted">${i + 1} giờ trước</div></li>`).join("")}</ul></div>
<div class="card mb-3"><div class="card-header fw-bold">Video</div><div class="card-body"><div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/xyz" title="Video" allowfullscreen></iframe></div><a href="/video/1">Phóng sự: Hữu nghị Việt - Lào</a></div></div>
<div class="card mb-3"><div class="card-header fw-bold">Thống kê</div><div class="card-body small"><div>Trực tuyến: ${5 + Math.floor(r() * 90)}</div><div>Hôm nay: ${1000 + Math.floor(r() * 900)}</div><div>Tổng truy cập: ${2000000 + Math.floor(r() * 900000)}</div></div></div>
</div>
</div></div>
<footer class="bg-dark text-white py-4 mt-4"><div class="container small">
<p>${esc(site)} - Cơ quan chủ quản: Sở Ngoại vụ</p>
<p>Giấy phép số 45/GP-TTĐT ngày 12/3/2019 của Sở Thông tin và Truyền thông</p>
<p>Chịu trách nhiệm chính: Nguyễn Văn An</p>
<p>Địa chỉ: Số 8, đường Lê Hồng Phong, thành phố Vinh</p>
<p>Copyright © 2025 ${esc(site)}</p>
</div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>
<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v18.0"></script>
</body>
</html>
`;
};

// ---------------------------------------------------------------- pages that are not articles

const NON_ARTICLES = {};

// A newspaper home page: a top story with a long summary, sections of teasers, most-read, counters.
NON_ARTICLES.home = (all, r) => {
  const top = all.find((a) => a.id === "nghe-an-2025-09-25");
  const sections = [["Thời sự", 4], ["Kinh tế", 4], ["Đối ngoại", 5], ["Xã hội", 4]];
  const sib = siblingTeasers(all, top);
  let pool = [...sib, ...teasers(r, 18)];
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Báo Nghệ An - Tin tức mới nhất, tin nhanh Nghệ An 24h</title>
<meta name="description" content="Báo Nghệ An điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An">
<meta property="og:type" content="website"><meta property="og:title" content="Báo Nghệ An - Tin tức mới nhất"><link rel="canonical" href="https://baonghean.example.vn/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Báo Nghệ An","url":"https://baonghean.example.vn/"}</script>
</head>
<body class="home">
<div class="header-top"><span class="current-date">Thứ Năm, ngày 12/06/2025</span><a href="/rss">RSS</a></div>
<div class="logo"><a href="/"><img src="/logo.png" alt="Báo Nghệ An"></a></div>
<ul class="main-menu">${MENU.slice(0, 9).map((m) => `<li><a href="/${slug(m)}">${esc(m)}</a></li>`).join("")}</ul>
<div class="container">
<div class="highlight">
<div class="top-story"><a href="/${slug(top.title)}.html"><img src="/thumb/top.jpg" alt=""></a><h2><a href="/${slug(top.title)}.html">${esc(top.title)}</a></h2><p class="sapo">${esc(top.lead)}</p></div>
<div class="top-list"><ul>${pool.splice(0, 4).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join("")}</ul></div>
</div>
${sections.map(([name, n]) => `<section class="cate-box"><h3 class="cate-title"><a href="/${slug(name)}">${esc(name)}</a></h3>
${pool.splice(0, n).map((t, i) => `<article class="story${i === 0 ? " story--big" : ""}"><a href="${t.href}"><img src="/thumb/${slug(t.title).slice(0, 8)}.jpg" alt=""></a><h4 class="story__title"><a href="${t.href}">${esc(t.title)}</a></h4>${i < 2 ? `<p class="story__summary">${esc(t.summary)}</p>` : ""}</article>`).join("\n")}
</section>`).join("\n")}
<div class="sidebar"><div class="most-read"><h3>Đọc nhiều</h3><ol>${teasers(r, 5).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join("")}</ol></div>
<div class="counter"><div>Đang truy cập: 1.235</div><div>Hôm nay: 45.210</div><div>Tổng lượt truy cập: 98.765.432</div></div></div>
</div>
<div class="footer"><p>BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN</p><p>Tổng Biên tập: Phạm Tuấn Vinh</p><p>Tòa soạn: Số 37, đường Đinh Công Tráng, thành phố Vinh, tỉnh Nghệ An</p><p>Điện thoại: 0238.3598.668</p></div>
</body></html>
`;
};

// A Joomla category blog: every item shows its intro text (long prose) and a read-more link.
NON_ARTICLES.category = (all, r) => {
  const items = all.map((a) => ({ title: a.title, intro: a.lead.replace(/^\(TGAG\)- /, ""), href: `/index.php/tin-tuc/${slug(a.title)}`, date: a.date }));
  return `<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta charset="utf-8" /><meta name="generator" content="Joomla! - Open Source Content Management" /><title>Tin tức - Sự kiện - Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy</title>
<link href="/index.php/tin-tuc?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" /></head>
<body class="site com_content view-category layout-blog no-task itemid-102">
<div class="body"><div class="container">
<header class="header"><a class="brand" href="/"><img src="/images/banner.png" alt="Trang thông tin điện tử Ban Tuyên giáo Tỉnh ủy" /></a></header>
<nav class="navigation"><ul class="nav menu nav-pills">${MENU.map((m) => `<li><a href="/index.php/${slug(m)}">${esc(m)}</a></li>`).join("")}</ul></nav>
<div class="row-fluid">
<div id="sidebar" class="span3"><div class="moduletable"><h3>Truy cập hiện tại</h3><p>Đang có 98 khách và không thành viên đang online</p></div></div>
<main id="content" role="main" class="span9">
<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>Tin tức - Sự kiện</h1></div>
<div class="items-leading clearfix">
${items.map((it, i) => `<div class="leading-${i}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header"><h2 itemprop="name"><a href="${it.href}" itemprop="url">${esc(it.title)}</a></h2></div>
	<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>${it.date ? `<dd class="published"><time datetime="${machine(it.date)}" itemprop="datePublished">Ngày đăng: ${dmy(it.date)}</time></dd>` : ""}<dd class="hits">Lượt xem: ${100 + i * 37}</dd></dl>
	<p style="text-align: justify;">${esc(it.intro)}</p>
	<p class="readmore"><a class="btn" href="${it.href}" itemprop="url" aria-label="Xem thêm: ${esc(it.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Xem thêm: ${esc(it.title.slice(0, 40))}...</a></p>
</div>`).join("\n")}
</div>
<div class="pagination"><p class="counter pull-right">Trang 1 của 12</p><ul><li><a href="#">Đầu</a></li><li><a href="#">Trước</a></li><li class="active"><a>1</a></li><li><a href="/index.php/tin-tuc?start=5">2</a></li><li><a href="/index.php/tin-tuc?start=10">3</a></li><li><a href="/index.php/tin-tuc?start=5">Tiếp</a></li><li><a href="/index.php/tin-tuc?start=55">Cuối</a></li></ul></div>
</div>
</main>
</div>
</div></div>
<footer class="footer"><div class="container"><p>&copy; 2025 Ban Tuyên giáo Tỉnh ủy</p><p>Địa chỉ: Số 22, đường Tôn Đức Thắng</p><p>Điện thoại: (0296) 3852 567</p></div></footer>
</body></html>
`;
};

// WordPress search results: excerpts of several posts.
NON_ARTICLES.search = (all, r) => {
  const items = [...all.map((a) => ({ title: a.title, summary: a.lead.replace(/^\(TGAG\)- /, "").slice(0, 300).replace(/\s\S*$/, ""), href: `https://doingoai.example.vn/${slug(a.title)}/` })), ...teasers(r, 3)];
  return `<!doctype html>
<html lang="vi"><head><meta charset="UTF-8"><title>Kết quả tìm kiếm cho &ldquo;đối ngoại&rdquo; &#8211; Hội Hữu nghị Việt - Lào tỉnh</title><meta name="robots" content="noindex, follow" /></head>
<body class="search search-results">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Hội Hữu nghị Việt - Lào tỉnh</a></p><nav class="main-navigation"><ul class="menu">${MENU.slice(0, 6).map((m) => `<li><a href="/${slug(m)}/">${esc(m)}</a></li>`).join("")}</ul></nav></header>
<div id="content" class="site-content"><section id="primary" class="content-area"><main id="main" class="site-main">
<header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: <span>đối ngoại</span></h1></header>
${items.map((t, i) => `<article id="post-${300 + i}" class="post-${300 + i} post type-post status-publish format-standard hentry">
	<header class="entry-header"><h2 class="entry-title"><a href="${t.href}" rel="bookmark">${esc(t.title)}</a></h2><div class="entry-meta"><span class="posted-on">Đăng ngày <a href="${t.href}"><time class="entry-date published">${p2(3 + i)}/0${1 + (i % 9)}/2020</time></a></span></div></header>
	<div class="entry-summary"><p>${esc(t.summary)} [&hellip;]</p></div>
	<footer class="entry-footer"><a href="${t.href}" class="more-link">Đọc tiếp</a></footer>
</article>`).join("\n")}
<nav class="navigation pagination"><div class="nav-links"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="/page/2/?s=%C4%91%E1%BB%91i+ngo%E1%BA%A1i">2</a><a class="next page-numbers" href="/page/2/?s=doi+ngoai">Trang sau</a></div></nav>
</main></section>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>${teasers(r, 5).map((t) => `<li><a href="${t.href}">${esc(t.title)}</a></li>`).join("")}</ul></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>Địa chỉ: Số 16, đường Trường Thi, TP Vinh</p><a href="https://wordpress.org/">Vận hành bởi WordPress</a></div></footer>
</div></body></html>
`;
};

// A portal's 404 page, with its teaser columns and counters still around it.
NON_ARTICLES.notfound = (all, r) => `<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><title>Không tìm thấy trang - Cổng thông tin điện tử tỉnh</title><meta content="text/html; charset=UTF-8" http-equiv="content-type" /></head>
<body class="guest-site signed-out public-page site">
<div id="wrapper">
<header id="banner"><div class="banner-top"><div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN</div><div class="today">Thứ Năm, 12/06/2025</div></div>
<nav id="navigation"><ul>${MENU.map((m) => `<li><a href="/web/guest/${slug(m)}"><span>${esc(m)}</span></a></li>`).join("")}</ul></nav></header>
<div id="content"><div class="portlet-layout row-fluid">
<div class="span3"><section class="portlet"><h1 class="portlet-title">Tin nổi bật</h1>${teasers(r, 4).map((t) => `<div class="asset-abstract"><h3 class="asset-title"><a href="${t.href}">${esc(t.title)}</a></h3><div class="asset-summary">${esc(t.summary)}</div></div>`).join("")}</section></div>
<div class="span6"><section class="portlet"><div class="portlet-body">
<div class="alert alert-error"><h2>Không tìm thấy trang</h2><div>Lỗi 404: Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</div><div>Vui lòng kiểm tra lại đường dẫn, quay lại <a href="/web/guest">trang chủ</a> hoặc sử dụng chức năng tìm kiếm.</div></div>
<div><input type="text" name="keywords" placeholder="Nhập từ khóa" /> <input type="button" value="Tìm kiếm" /></div>
</div></section></div>
<div class="span3"><section class="portlet"><h1 class="portlet-title">Thống kê truy cập</h1><div>Đang truy cập: 87</div><div>Hôm nay: 3.456</div><div>Tổng lượt truy cập: 12.345.678</div></section></div>
</div></div>
<footer id="footer"><div>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Nghệ An</div><div>Địa chỉ: Số 03, đường Trường Thi, thành phố Vinh</div><div>Điện thoại: 0238.3840.555</div></footer>
</div></body></html>
`;

// A tag page on a Bootstrap portal: cards with summaries.
NON_ARTICLES.tag = (all, r) => {
  const items = [...siblingTeasers(all, { id: "" }), ...teasers(r, 5)];
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Tag: hợp tác quốc tế | Thông tin Hợp tác quốc tế</title><meta property="og:type" content="website"></head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><a class="navbar-brand" href="/">Thông tin Hợp tác quốc tế</a><ul class="navbar-nav">${MENU.slice(0, 7).map((m) => `<li class="nav-item"><a class="nav-link" href="/${slug(m)}">${esc(m)}</a></li>`).join("")}</ul></div></nav>
<div class="container mt-3"><div class="row"><div class="col-lg-8">
<h1 class="h4">Tag: hợp tác quốc tế</h1>
${items.map((t, i) => `<div class="row border-bottom py-3"><div class="col-4"><a href="${t.href}"><img class="img-fluid" src="/thumb/${i}.jpg" alt=""></a></div><div class="col-8"><h3 class="h6 fw-bold"><a href="${t.href}">${esc(t.title)}</a></h3><div class="small text-muted">${p2(1 + i)}/0${1 + (i % 9)}/2023</div><p>${esc(t.summary)}</p></div></div>`).join("\n")}
<ul class="pagination"><li class="page-item active"><a class="page-link">1</a></li><li class="page-item"><a class="page-link" href="?page=2">2</a></li><li class="page-item"><a class="page-link" href="?page=2">»</a></li></ul>
</div><div class="col-lg-4"><div class="card"><div class="card-header">Tin mới nhất</div><ul class="list-group">${teasers(r, 5).map((t) => `<li class="list-group-item"><a href="${t.href}">${esc(t.title)}</a></li>`).join("")}</ul></div></div></div></div>
<footer class="bg-dark text-white py-4"><div class="container small"><p>Giấy phép số 45/GP-TTĐT ngày 12/3/2019</p><p>Copyright © 2025</p></div></footer>
</body></html>
`;
};

// A category listing on the old table site, in windows-1258.
NON_ARTICLES["listing-1258"] = (all, r) => {
  const items = [...all.map((a) => ({ title: a.title, summary: a.lead.replace(/^\(TGAG\)- /, "").slice(0, 200).replace(/\s\S*$/, "") + "...", date: a.date ? dmy(a.date) : "15/03/2017" })), ...teasers(r, 4)];
  return {
    encoding: "windows-1258",
    html: `<html><head><title>Trường Chính trị Hoàng Văn Thụ - Tin tức</title><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><meta charset="windows-1258"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.jpg" width="980" height="150"></td></tr>
<tr><td colspan="2" bgcolor="#003399" class="menu">${MENU.slice(0, 8).map((m) => `<a href="${slug(m)}.asp" class="menu">${esc(m)}</a>`).join(" | ")}</td></tr>
<tr><td width="190" valign="top">${SUBMENU.map((m) => `<a href="danhmuc.asp">${esc(m)}</a><br>`).join("")}</td>
<td valign="top"><table width="100%" cellpadding="6">
<tr><td class="title_box"><b>TIN TỨC - SỰ KIỆN</b></td></tr>
${items.map((t, i) => `<tr><td><img src="images/news/${i}.jpg" width="100" align="left" hspace="5"><a href="chitiet.asp?id=${100 + i}"><b>${esc(t.title)}</b></a> <font size="1" color="#999999">(${t.date})</font><br><font size="2">${esc(t.summary)}</font></td></tr>`).join("\n")}
<tr><td align="center">Trang: <b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Tiếp &gt;&gt;</a></td></tr>
</table></td></tr>
<tr><td colspan="2" align="center" class="footer">TRANG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ HOÀNG VĂN THỤ TỈNH LẠNG SƠN<br>Địa chỉ: Số 52, đường Hùng Vương, P. Chi Lăng, TP Lạng Sơn<br>Tel (025) 3818.256</td></tr>
</table></body></html>
`,
  };
};

// ---------------------------------------------------------------- main

function expectedFor(a, layout) {
  const g = a.gold.article;
  return {
    layout,
    article: a.id,
    title: a.title,
    ...(a.titleMatch ? { title_match: a.titleMatch } : {}),
    published: g.published,
    author: g.author,
    captions: g.captions,
    body: g.body,
    body_excludes: g.body_excludes,
  };
}

function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, "expected"), { recursive: true });
  const articles = loadArticles();
  let n = 0;
  const write = (name, html, encoding, expected) => {
    const bytes = encoding === "windows-1258" ? to1258(html) : Buffer.from(html, "utf8");
    writeFileSync(join(OUT, `${name}.html`), bytes);
    writeFileSync(join(OUT, "expected", `${name}.json`), JSON.stringify(expected, null, 1) + "\n");
    n++;
  };
  for (const [layout, render] of Object.entries(LAYOUTS)) {
    for (const a of articles) {
      const name = `${layout}--${a.id}`;
      const html = render(a, rng(name), articles);
      write(name, html, layout === "table1258" ? "windows-1258" : "utf-8", expectedFor(a, layout));
    }
  }
  for (const [kind, render] of Object.entries(NON_ARTICLES)) {
    const name = `notarticle--${kind}`;
    const out = render(articles, rng(name));
    const { html, encoding } = typeof out === "string" ? { html: out, encoding: "utf-8" } : out;
    write(name, html, encoding, { layout: "notarticle", kind, notArticle: true });
  }
  console.log(`wrote ${n} pages to ${OUT}`);
}

main();
