// What the HTML cleaner knows about pages, kept as data (as trafilatura keeps
// its XPaths apart from its extractor): element roles, class/id hints, known
// CMS containers, the Vietnamese stop-word list, and the words that mark a
// byline as an account or an organisation rather than a person. html.ts holds
// the algorithm and no site knowledge of its own. Line-level furniture
// (counters, footers, date lines, credits) stays in patterns.ts.

/** Elements never read: no article text lives in them. */
export const SKIP_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "math", "canvas", "object", "embed", "video", "audio",
  "select", "option", "optgroup", "textarea", "button", "input", "map", "area", "dialog", "head", "link", "meta", "base", "param", "source", "track",
]);

/** Elements that start and end a block of text; everything else is inline. */
export const BLOCK_TAGS = new Set([
  "html", "body", "div", "p", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
  "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "figure",
  "figcaption", "form", "fieldset", "legend", "center", "address", "hr", "details", "summary", "menu", "hgroup", "frameset", "frame", "noframes",
]);

/** Structural elements that are page furniture by definition (outside an <article>). */
export const FURNITURE_TAGS = new Set(["nav", "aside", "footer", "header", "menu"]);

/**
 * Class/id words that mark page furniture. A class or id is split into words
 * (`box-tinlienquan` → box, tinlienquan; `relatedNews` → related, news); a
 * word in this set marks the element.
 */
export const NEGATIVE_WORDS = new Set([
  // comments and reader opinions
  "comment", "comments", "cmt", "binhluan", "ykien", "reply", "respond", "disqus", "feedback", "gopy",
  // other articles
  "related", "relatedposts", "relateditems", "lienquan", "tinlienquan", "tinkhac", "cactinkhac", "othernews", "other", "more", "readmore",
  "morenews", "samecategory", "cungchuyenmuc", "mostread", "docnhieu", "xemnhieu", "tinmoi", "latest", "newest", "hot", "tieudiem",
  "nextpost", "prevpost", "recommend", "suggest", "teaser", "teasers",
  // the next article loaded under this one (infinite scroll)
  "next", "prev", "loadmore", "infinite", "baitieptheo", "tieptheo",
  // navigation
  "nav", "navbar", "navigation", "menu", "mainmenu", "megamenu", "topnav", "breadcrumb", "breadcrumbs", "crumbs", "crumb", "pager",
  "pagination", "pagenav", "paging", "phantrang", "skip", "sitemap",
  // page frame
  "sidebar", "aside", "widget", "widgets", "footer", "foot", "chantrang", "header", "masthead", "topbar", "banner", "logo", "brand",
  "copyright", "hotline",
  // tools
  "share", "sharing", "sharedaddy", "social", "tool", "tools", "toolbar", "util", "utils", "tienich", "congcu", "fontsize",
  "tag", "tags", "keyword", "keywords", "tukhoa", "rss", "subscribe", "login", "search", "timkiem", "reactions", "like", "facebook", "zalo",
  // social posts embedded as served before their scripts run (a TikTok caption, a tweet)
  "tiktok", "twitter", "tweet", "instagram", "threads",
  // advertising
  "ad", "ads", "advert", "advertisement", "adsbygoogle", "quangcao", "qc", "sponsor", "sponsored", "promo", "popup", "modal",
  // polls, counters, widgets
  "poll", "vote", "rating", "ratings", "rate", "star", "stars", "danhgia", "binhchon", "thamdo", "counter", "thongke", "stats", "statistic", "visitor", "visitors", "truycap", "online",
  "weather", "thoitiet", "calendar", "lichcongtac", "today", "datebar", "currentdate", "ngayhomnay", "clock",
]);

/** Compound furniture words also recognised inside longer class names ("binh-luan-ban-doc"). */
export const NEGATIVE_STEMS = ["binhluan", "ykien", "lienquan", "tinkhac", "comment", "related", "sidebar", "breadcrumb", "quangcao", "thongke", "truycap", "cungchuyenmuc", "docnhieu", "xemnhieu"];

/** Class/id words that mark the container of an article's text. */
export const POSITIVE_WORDS = new Set([
  "article", "articlebody", "body", "content", "contents", "entry", "main", "post", "text", "story", "detail", "details", "chitiet",
  "noidung", "baiviet", "news", "cms", "fck", "txt", "journal", "itempage", "single", "prose", "newscontent", "maincontent", "ndtin",
]);

/**
 * Containers that known content systems use for the text of one article
 * (attribute=value, or a class). Each is only a hint: it raises the score of
 * the element, which must still hold the article's text to win.
 */
export const CONTENT_CONTAINERS: { attr: string; value: string }[] = [
  { attr: "itemprop", value: "articleBody" },
  { attr: "class", value: "item-page" }, // Joomla
  { attr: "class", value: "entry-content" }, // WordPress
  { attr: "class", value: "post-content" },
  { attr: "class", value: "journal-content-article" }, // Liferay
  { attr: "class", value: "news-detail" },
  { attr: "class", value: "fck_detail" }, // VnExpress and FCKeditor sites
  { attr: "class", value: "detail-content" },
  { attr: "class", value: "detail__content" },
  { attr: "class", value: "article-content" },
  { attr: "class", value: "article__body" },
  { attr: "class", value: "content-detail" },
  { attr: "class", value: "cms-body" },
  { attr: "class", value: "singular-content" },
];

/** Hidden elements: their text is not shown. */
export const HIDDEN_CLASSES = new Set(["hidden", "hide", "d-none", "sr-only", "screen-reader-text", "element-invisible", "visually-hidden", "visuallyhidden", "invisible"]);

/** Class/id words that mark a title element (the headline is not always an <h1>). */
export const TITLE_WORDS = new Set(["title", "tieude", "headline", "heading", "lbltitle", "tieudetin", "tit"]);

/** Class/id words around a byline. */
export const AUTHOR_WORDS = new Set(["author", "tacgia", "byline", "writer", "creator", "butdanh", "nguoiviet"]);

/** Class/id words around a photo caption. */
export const CAPTION_WORDS = new Set(["caption", "chuthich", "imagedesc", "desc", "figcaption", "note", "credit", "photo", "image", "img", "pic", "hinh", "anh"]);

/**
 * Vietnamese function words and very frequent syllables (jusText's idea: text
 * people write for reading is dense in them, menus and link lists are not).
 * Written for this project; matched per syllable, lower-cased.
 */
export const STOP_WORDS = new Set(
  (
    "và của các những là có được trong cho với đã để này không một người từ theo về tại đến khi cũng như thì sẽ ra vào lại đó " +
    "nhằm trên nhiều hơn đang nên mà vì do bị nhưng hay hoặc rằng nào gì ai đây ở qua sau trước giữa cùng đều rất còn chỉ vẫn " +
    "mới đi lên xuống nữa thêm luôn việc sự cuộc nhau mỗi mọi tất cả số nhất thế vậy bằng phải chưa tuy nếu hết lúc thực hiện " +
    "tiếp tục đồng thời bên cạnh nhờ đối trở thành tạo điều kiện đạt cao hai ba bốn năm sáu bảy tám chín mười trăm nghìn triệu tỷ " +
    "cần thể góp phần chúng ta tôi họ bạn mình kia ấy nay khá lần " +
    "bởi gần khoảng dưới ngoài suốt sắp từng vừa càng chứ thay sao làm cách xem biết"
  ).split(/\s+/),
);

/** Headers that open a block of other articles or of comments: the block ends the article text. */
export const SECTION_STOP_HEADERS =
  /^(?:Tin liên quan|Các tin liên quan|Bài tiếp theo|Tin tiếp theo|Đọc tiếp bài sau|Văn bản liên quan|Các văn bản liên quan|Tài liệu liên quan|Bài liên quan|Tin bài liên quan|Bài viết liên quan|Có liên quan|Các tin khác|Các bài khác|Tin khác|Bài khác|Các tin đã đưa|Tin đã đưa|Các tin cũ hơn|Tin cùng chuyên mục|Bài cùng chuyên mục|Bài viết cùng chuyên mục|Tin mới hơn|Tin mới|Tin mới nhất|Tin đọc nhiều|Đọc nhiều|Đọc nhiều nhất|Xem nhiều|Xem nhiều nhất|Tin nổi bật|Có thể bạn quan tâm|Xem thêm|Đọc thêm|Ý kiến bạn đọc|Ý kiến của bạn|Ý kiến|Bình luận|Gửi bình luận|Gửi ý kiến(?: của bạn)?|Viết bình luận|Để lại một bình luận|\d+\s+bình luận(?:\s.*)?|Bình luận\s*\(\d+\))\s*:?$/iu;

/** A link from a teaser to its article ("Xem tiếp »", "Chi tiết"): the prose just before it is a teaser. */
export const READ_MORE_RE = /^(?:xem tiếp|xem thêm|xem chi tiết|chi tiết|đọc tiếp|đọc thêm|đọc toàn bộ|read more|more)\s*[»>›….]*$|^[»>›]+$/iu;

/** The headers of reader comments: nothing of the article follows them. */
export const COMMENT_HEADERS = /^(?:Ý kiến bạn đọc|Ý kiến của bạn|Ý kiến|Bình luận|Gửi bình luận|Gửi ý kiến(?: của bạn)?|Viết bình luận|Để lại một bình luận|\d+\s+bình luận(?:\s.*)?|Bình luận\s*\(\d+\))\s*:?$/iu;

/**
 * Bylines that name an account or a whole organisation, not a person:
 * `admin`, `Super User`, `Báo Nghệ An`, `Cổng thông tin điện tử tỉnh`.
 */
export const NOT_A_PERSON = {
  test: (s: string): boolean => ACCOUNT_RE.test(s) || ORGANISATION_RE.test(s) || NAME_LIKE_ORGANISATION_RE.test(s),
};
const ACCOUNT_RE =
  /^(?:admin|administrator|super ?user|root|webmaster|editor|quản trị(?: viên)?|quan ?tri|ban biên tập|biên tập viên|btv|phóng viên|pv|tòa soạn|toà soạn|ctv|cộng tác viên)$|(?:^|\s)(?:báo|cổng|tạp chí|đài|thông tấn|sở|ban|ubnd|hđnd|tỉnh ủy|tỉnh uỷ|văn phòng|trung tâm|công ty|hội|viện|bộ)(?:\s|$)|\.(?:vn|com|net|org)\b|https?:|www\./iu;
/** "Trang" and "Trường" are also given names ("Nông Thu Trang", "Xuân Trường"): an organisation only first ("Trang thông tin điện tử") or in lower case. */
const ORGANISATION_RE = /^(?:trang|trường)(?:\s|$)/iu;
const NAME_LIKE_ORGANISATION_RE = /\s(?:trang|trường)(?:\s|$)/u;

/**
 * Date and time inside a longer line ("Ngày đăng: 20/01/2020 14:47 | Lượt xem: 1.234",
 * "14:47 | 20/01/2020"): d/m/y with an optional time before or after.
 */
export const DATE_IN_LINE_RE =
  /(?:(?<hh1>\d{1,2})[:hg](?<mm1>\d{2})(?::\d{2})?\s*(?:SA|CH|AM|PM)?\s*(?:[,|–-]\s*)?(?:(?:Thứ\s+\p{L}+|Chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?)?(?<![\d/.-])(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})(?![\d/.-])(?:\s*(?:[,|–-]\s*)?(?:lúc\s*)?(?<hh2>\d{1,2})[:hg](?<mm2>\d{2})(?::\d{2})?)?/u;

/** Joomla and WordPress spell the month: "20 Tháng 1 2020 14:47", "20 Tháng Một, 2020", "ngày 20 tháng 01 năm 2020". */
export const DATE_WORDS_RE =
  /(?<![\d])(?<d>\d{1,2})\s+(?:tháng)\s+(?<mon>\d{1,2}|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười một|mười hai|mười)\s*,?\s*(?:năm\s+)?(?<y>\d{4})(?:\s*[,|–-]?\s*(?:lúc\s*)?(?<hh>\d{1,2})[:hg](?<mm>\d{2}))?/iu;

export const MONTH_WORDS: Record<string, number> = {
  "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
};

/** Lines that say a page is missing: a 404 page is never an article. */
export const NOT_FOUND_RE = /(?:không tìm thấy trang|trang (?:bạn|quý vị) (?:yêu cầu|tìm kiếm|truy cập) không tồn tại|lỗi 404|error 404|404 not found|page not found|không tồn tại hoặc đã bị)/iu;

/** Labels before an author's name in a byline line. */
export const AUTHOR_LABEL_RE = /^(?:(?:Tác giả|Người viết|Phóng viên|Nhóm phóng viên|Nhóm PV|PV|Thực hiện|Bài(?: và ảnh)?|Bài, ảnh|Tin(?:, ảnh)?|Tin và ảnh|Người đăng|Nội dung(?: và ảnh)?|Nội dung, ảnh)\s*:\s*|(?:Viết bởi|Đăng bởi|bởi|By)\s+)/iu;
