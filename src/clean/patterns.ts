// What page furniture looks like on Vietnamese provincial sites, kept as data
// (as Readability keeps its REGEXPS in one place). The cleaners in text.ts and
// html.ts read these tables; they hold no site knowledge of their own.
// Every pattern is tested against a whole, trimmed, normalised line.

export interface LinePattern {
  name: string;
  re: RegExp;
  /** how many following lines it also removes when they are bare numbers ("Số lần xem các bài viết" + "16657744") */
  takesNumberLine?: boolean;
  /**
   * Pieces of text (exactly as written, case included) that every line the
   * pattern matches contains. A pattern that scans the whole line is tested
   * only on lines that have them: most lines do not, and a substring search
   * is far cheaper than the scan.
   */
  needs?: string[];
}

const NUM = String.raw`[\d.,\s]*`;
/** One item of a row of share, print and font tools, bare or in brackets. */
const TOOL = String.raw`(?:Chia sẻ|Share|In bài(?: viết)?|In trang|Bản in|In|Gửi email|Gửi bài(?: viết)?|Gửi cho bạn bè|E-?mail|Facebook|Zalo|Twitter|Google\+|Lưu bài(?: viết)?|Lưu|Bình luận|Cỡ chữ\s*:?(?:\s*A[-+]?)*|Gửi bạn bè|Gửi cho bạn|Font chữ|A-|A\+|Nghe đọc bài|Nghe bài(?: viết)?|Nghe|Tăng cỡ chữ|Giảm cỡ chữ|Tải về|Phản hồi|Đầu trang|Về đầu trang|Quay lại|Trở về|[\d.,]+\s+(?:bình luận|lượt xem|lượt thích)|(?:Số\s+)?(?:lượt xem|lượt đọc|bình luận)\s*:?\s*\(?[\d.,]+\)?)`;
/** (in brackets or not; the alternation written once: a case-insensitive Unicode pattern costs milliseconds to compile for each copy) */
const TOOL_ITEM = String.raw`[[(]?${TOOL}[\])]?`;

/** Lines that are never article text. */
export const BOILERPLATE_LINES: LinePattern[] = [
  // visitor and hit counters
  { name: "counter", re: new RegExp(String.raw`^(?:Truy cập hiện tại|Đang truy cập|Đang trực tuyến|Trực tuyến|Online|Đang online|Hôm nay|Hôm qua|Tuần này|Tuần trước|Tháng này|Tháng trước|Năm nay|Tất cả|Tổng lượt truy cập|Tổng truy cập|Tổng số lượt truy cập|Lượt truy cập|Số lượt truy cập|Lượt xem|Lượt đọc|Số lần đọc|Số lượt đọc|Số lần xem|Số lần xem các bài viết|Số lượt xem|Thống kê truy cập|Thống kê|Khách|Thành viên|Máy chủ tìm kiếm|Visitors?|Hits?|Page views?)\s*:?\s*${NUM}$`, "iu"), takesNumberLine: true },
  { name: "counter", re: /^Đang có\s+[\d.,]+\s+(?:khách|thành viên|người)(?![\p{L}\p{N}]).{0,60}(?:online|trực tuyến)\.?$/iu },
  { name: "counter", re: /^(?:Có\s+)?[\d.,]+\s+(?:khách|thành viên|người)\s+(?:và\s+[\d.,]+\s+\S+\s+)?đang\s+(?:online|trực tuyến|truy cập)\.?$/iu },
  { name: "counter", re: /^(?:Lượt xem|Lượt truy cập|Lượt đọc|Số lần đọc|Số lượt đọc|Views?)\s*:\s*[\d.,]+$/iu },
  // rating widgets: "Đánh giá bài viết: ☆☆☆☆☆ (0 đánh giá)"
  { name: "counter", re: /^(?:Đánh giá bài viết|Bình chọn bài viết|Đánh giá)\s*:?\s*[☆★✩✪✫✬✭✮✯\s]*(?:\(?\s*[\d.,]+\s*(?:đánh giá|lượt đánh giá|bình chọn|lượt)?\s*\)?)?$/iu },
  // a comment count: "Bình luận (3)", "Comments (0)"
  { name: "counter", re: /^(?:Bình luận|Ý kiến|Phản hồi|Comments?|Replies)\s*\(\s*\d+\s*\)$/iu },
  // a video's length and views: "03:25 1.245 lượt xem"
  { name: "counter", re: /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*(?:[|·•-]\s*)?[\d.,]+\s*(?:lượt xem|lượt nghe|views?)$/iu },
  // "Đánh giá sao cho bài viết này", "236 sao(42 lượt)"
  { name: "counter", re: /^(?:Đánh giá|Bình chọn)(?:\s+sao)?(?:\s+cho)?\s+bài viết(?:\s+này)?\s*:?$/iu },
  { name: "counter", re: /^[\d.,]+\s*sao\s*(?:\(\s*[\d.,]+\s*(?:lượt|đánh giá|lượt đánh giá)?\s*\))?$/iu },
  // a bare number line (a counter's value, a page number)
  { name: "number", re: /^[\d.,\s]+$/u },
  // the time stamps of a live blog's updates: "11:50 22/11", "10:45 22/11 Ghim" (a date with its year is a date line)
  { name: "number", re: /^\d{1,2}[:h]\d{2}\s*(?:[|,·-]\s*)?(?:\d{1,2}\/\d{1,2}(?![\d/]))?\s*(?:Ghim|Đã ghim|Pinned)?$/iu },
  // end markers and separators
  { name: "end-marker", re: /^[./\\\-–—_*=~•·|\s]+$/u },
  // site banners
  { name: "banner", re: /^(?:TRANG THÔNG TIN ĐIỆN TỬ|CỔNG THÔNG TIN ĐIỆN TỬ|TRANG TIN ĐIỆN TỬ|BÁO ĐIỆN TỬ|CƠ QUAN CHỦ QUẢN|CƠ QUAN CỦA ĐẢNG BỘ)(?![\p{L}\p{N}]).{0,200}$/u },
  // an organisation's name in capitals as a site banner ("SỞ NGOẠI VỤ TỈNH CAO BẰNG", "ĐẢNG BỘ TỈNH TÂY NINH", "BÁO KIÊN GIANG - Cơ quan …")
  { name: "banner", re: /^(?:SỞ|BAN|ĐẢNG BỘ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|BÁO|ĐÀI|HỘI|LIÊN HIỆP)\s+[\p{Lu}\s\d.-]{2,80}(?:\s*[-–]\s*.{0,120})?$/u },
  // a newspaper's name as a banner ("Báo Quảng Trị điện tử"), never "Báo cáo …"
  { name: "banner", re: /^Báo\s+(?!cáo)[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3}(?:\s+(?:điện tử|online|Online|Điện tử))?$/u },
  // the same in mixed case, only as a heading (no sentence punctuation at the end)
  { name: "banner", re: /^(?:Trang thông tin điện tử|Cổng thông tin điện tử|Trang tin điện tử|Báo điện tử|Cơ quan chủ quản|Cơ quan của)(?![\p{L}\p{N}])[^.!?]{0,150}$/u },
  // footers: addresses, phones, licences, responsibility lines
  { name: "footer", re: /^(?:Địa chỉ|Trụ sở|Tòa soạn|Toà soạn|Đ\/c)\s*:.{0,200}$/iu },
  { name: "footer", re: /^(?:Tel|Điện thoại|ĐT|Đt|Phone|Fax|Hotline|Đường dây nóng)\s*[:.(\d+].{0,200}$/iu },
  { name: "footer", re: /^(?:E-?mail|Website|Web)\s*:.{0,200}$/iu },
  // a contact line under a press release: "Thông tin liên hệ: Phòng Ngoại vụ …; Điện thoại: 0207.3822.546; Email: …"
  { name: "footer", re: /^(?:Thông tin liên hệ|Liên hệ|Đầu mối liên hệ)\s*:.{0,250}(?:Điện thoại|ĐT|Tel|E-?mail|Hotline|Fax)\s*:.{0,120}$/iu },
  { name: "footer", re: /^(?:(?:Bản quyền|Copyright)(?:\s+(?:thuộc về|©|\(c\)|\d{4})|\s*[:©])|©).{0,200}$/iu },
  { name: "footer", re: /^Giấy phép(?:\s+(?:xuất bản|hoạt động|thiết lập))?(?:\s*:|\s+số|\s+\d).{0,200}$/iu },
  { name: "footer", re: /^(?:Chịu trách nhiệm(?:\s+(?:chính|xuất bản|nội dung))?|Người chịu trách nhiệm|Tổng Biên tập|Phó Tổng Biên tập|Trưởng Ban biên tập|Phó Trưởng Ban biên tập|Trưởng ban biên tập|Ban biên tập)\s*:.{0,200}$/iu },
  { name: "footer", re: /^.{0,60}(?<![\p{L}\p{N}])(?:Ghi rõ nguồn|ghi rõ nguồn|Ghi nguồn|ghi nguồn)(?![\p{L}\p{N}]).{0,200}$/u, needs: ["nguồn"] },
  { name: "footer", re: /^(?:Thiết kế bởi|Phát triển bởi|Designed by|Powered by|Thiết kế và phát triển)(?![\p{L}\p{N}]).{0,120}$/iu },
  // share, print and comment tools
  { name: "tools", re: /^(?:Chia sẻ|Share|In bài(?: viết)?|In trang|Bản in|Gửi email|Gửi bài(?: viết)?|Gửi cho bạn bè|Lưu bài(?: viết)?|Lưu|Bình luận|Ý kiến bạn đọc|Ý kiến của bạn|Gửi ý kiến|Gửi bình luận|Viết bình luận|Facebook|Zalo|Twitter|Tweet|Like|Thích|Phản hồi|Quay lại|Về đầu trang|Trở về|Trở lại|Đầu trang|Xem tiếp|Đọc tiếp|Cỡ chữ|Font chữ|Nghe đọc bài|Nghe bài viết|Tải về|Đánh giá|Bình chọn|Cảm xúc)\s*:?\s*[\d.,]*$/iu },
  { name: "tools", re: /^(?:Tags?|Từ khóa|Từ khoá|Chuyên mục)\s*:.{0,200}$/iu },
  { name: "tools", re: /^(?:Download|Tải về|Tải file|Tệp đính kèm|File đính kèm|Attachments?)\s*:.{0,200}$/iu },
  { name: "tools", re: /^(?:Chi tiết|Cỡ chữ\s*:?.{0,30}|A-?\s*A\s*A\+|Xem cỡ chữ.{0,30}|Đọc bài|Nghe|Tải file|Đính kèm|In|Email|Zalo|Gửi)$/iu },
  // a row of tools: "Chia sẻ | In | Email", "[Cỡ chữ] [In trang] [Gửi bài] [Chia sẻ]", "Chia sẻ: Facebook | Google+ | Email | In bài"
  // (each item ends at a separator or the end, so a line that is not a row fails in linear time; one item or more:
  // a lone tool is furniture too, and "{2,}" would compile the alternation again)
  { name: "tools", re: new RegExp(String.raw`^(?:Chia sẻ\s*:\s*)?(?:${TOOL_ITEM}(?:\s*[|/·•,]\s*|\s+|$))+$`, "iu") },
  // links to other articles set inside or under the text ("Xem thêm: …", "» …", a title dated in parentheses)
  // an official document's own furniture, pasted with it: the page footer of a PDF ("Báo cáo số 152/BC-SNgV   Trang 1/4"),
  // the distribution list ("Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, HTQT.") and "(Đã ký)"
  { name: "footer", re: /^(?:.{0,80}\s)?Trang\s+\d{1,3}\s*\/\s*\d{1,3}$/u, needs: ["Trang"] },
  { name: "footer", re: /^(?:Nơi nhận|Nơi gửi)\s*:?$/u },
  { name: "footer", re: /^[-+•]?\s*(?:Lưu\s*:?\s*(?:VT|VP|Văn thư)|Như trên)(?![\p{L}]).{0,40}$/u },
  { name: "footer", re: /^[-+•]\s*[^.;]{2,80}\((?:b\/c|để b\/c|t\/h|để t\/h|để biết|để thực hiện|để báo cáo)\)\s*[;.]?$/u, needs: ["/"] },
  { name: "footer", re: /^\((?:Đã ký|đã ký|Đã ký và đóng dấu|Ký tên(?:, đóng dấu)?)\)$/u },
  // a CMS's last-edit line and plug-in tags left in the text: "Lần cập nhật cuối ( Thứ sáu, 24 Tháng Năm 2024 10:02 )", "{jcomments on}", "{loadposition user1}"
  { name: "tools", re: /^(?:Lần cập nhật cuối|Cập nhật lần cuối|Sửa lần cuối|Last Updated)\s*(?::|\().{0,60}$/iu },
  { name: "tools", re: /^\{[a-z_]{2,30}(?:\s[^{}]{0,40})?\}$/u },
  // the pager of an article in pages: "(Tiếp theo trang 1)", "« Trở về trang 1", "Trang 1 | Trang 2"
  { name: "tools", re: /^[«‹(\[]?\s*(?:Tiếp theo|Xem tiếp|Đọc tiếp|Trở về|Quay lại|Quay về)\s+(?:trang|phần)\s+\d{1,2}\s*[)\]»›]?$/iu },
  { name: "tools", re: /^(?:[«‹]\s*)?(?:Trang\s+\d{1,2}(?:\s*[|/·•,-]\s*|\s+|\s*[»›]?$))+$/iu },
  { name: "related", re: /^(?:Xem thêm|Đọc thêm|Xem tiếp|Tin liên quan|Bài liên quan|Tin cùng chủ đề|Mời xem thêm)\s*:.{0,250}$/iu },
  // a bulleted link title; a bulleted sentence ("• Đoàn ra: 37 đoàn/214 lượt cán bộ … quốc gia.") is text
  { name: "related", re: /^[»›•·▪►]\s*.{2,250}(?<![.;!…])$/u },
  { name: "related", re: /^(?:[^.!?]|(?<=\d)\.(?=\d)){10,250}\(\d{1,2}\/\d{1,2}\/\d{4}\)$/u, needs: ["/", ")"] },
  // comment forms
  { name: "tools", re: /^(?:Họ và tên|Họ tên|Email|Địa chỉ email|Nội dung|Nội dung ý kiến|Tiêu đề|Mã xác nhận|Mã bảo vệ)\s*(?:\(\*\))?\s*:?$/iu },
  // navigation
  { name: "nav", re: /^(?:Trang chủ|Home)(?:\s*[>»›/|]\s*.{1,60})*$/iu },
  // a breadcrumb without its home link: "Tin tức > Văn hóa - Thể thao - Du lịch", "Tin tức - Sự kiện » Hoạt động đối ngoại"
  { name: "nav", re: /^[^>»›.!?]{2,50}(?:\s(?:>>?|»|›)\s[^>»›.!?]{2,50})+$/u },
];

/** Labelled lines that name the author or the source instead of being text ("Tác giả: Lê Hà", "Nguồn: Trang TTĐT …"). */
export const AUTHOR_LINE_RE = /^(?:Tác giả|Người viết|Phóng viên|Nhóm phóng viên|Nhóm PV|Nội dung|Bài viết|Bài và ảnh|Bài, ảnh|Tin, ảnh|Tin và ảnh|Thực hiện|Nhóm thực hiện|Ảnh và bài|Ảnh, bài)\s*:\s*(?<name>.{2,80})$/u;
/** A date written after the names on a byline's line: "Hoàng Yến - Minh Trí Thứ Năm, 22/02/2024, 15:10" (two spans with no blank between them run together: "…Minh TríThứ Năm"). */
export const TRAILING_DATE_RE = /(?:\s+(?:[|·•]\s*)?|(?<=\p{Ll})(?=(?:Thứ|Chủ\s+nhật)\s))(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật|\d{1,2}[/:.-]\d|\d{4}-\d{2}-\d{2}).*$/u;
/** "Nguồn: Báo Điện Biên Phủ", also in parentheses: "(Nguồn: Báo Điện Biên Phủ)". */
export const SOURCE_LINE_RE = /^\(?(?:Nguồn|Theo|Nguồn tin)\s*:\s*(?<source>[^()]{2,120}?)\)?$/u;

/** Separators between items of a menu, breadcrumb or tool bar written on one line. */
export const ITEM_SEPARATOR_RE = /\s{2,}|\s+[|»›>•·]\s+|\s+\/\s+/u;

/** Lines that open a block of links to other articles: everything short after them goes. */
export const RELATED_HEADERS = /^(?:Tin liên quan|Các tin liên quan|Bài tiếp theo|Tin tiếp theo|Related Posts|Related Articles|Related News|Leave a Reply|Leave a Comment|Bài liên quan|Tin bài liên quan|Bài viết liên quan|Các (?:tin|bài|tin bài|bài viết|tin tức|thông cáo|thông cáo báo chí|thông báo|văn bản|sự kiện|video|tin ảnh|ảnh|chuyên đề|phóng sự)(?: (?:cùng chuyên mục|đã đưa|liên quan))? khác|Tin khác|Bài khác|Các tin đã đưa|Tin đã đưa|Các tin cũ hơn|Tin cùng chuyên mục|Các tin cùng chuyên mục|Các bài cùng chuyên mục|Các tin bài cùng chuyên mục|Bài cùng chuyên mục|Bài viết cùng chuyên mục|Tin mới hơn|Tin mới|Tin mới nhất|Tin mới cập nhật|Tin đọc nhiều|Đọc nhiều|Đọc nhiều nhất|Xem nhiều|Xem nhiều nhất|Tin nổi bật|Tin tiêu điểm|Tin xem nhiều|Có thể bạn quan tâm|Xem thêm|Đọc thêm|Liên kết website|Liên kết web|Thông báo|Video|Thư viện ảnh|Album ảnh|Lịch công tác|Văn bản mới|Văn bản chỉ đạo|Văn bản liên quan|Các văn bản liên quan|Tài liệu liên quan|Tệp đính kèm|File đính kèm|Tiêu điểm|Chuyên đề)\s*:?$/iu;

/** A heading that opens the readers' comments: the article has ended. */
export const COMMENTS_HEADERS = /^(?:Ý kiến bạn đọc|Ý kiến của bạn|Ý kiến|Bình luận|Gửi ý kiến(?: của bạn)?|Viết bình luận|Bạn đọc bình luận|Thảo luận|Phản hồi của bạn đọc)(?:\s*\(\d+\))?\s*:?$/iu;

/** A photo credit alone on its line, under the caption it belongs to: "(Ảnh: TTXVN)". */
export const CREDIT_LINE_RE = /^[(\[]?\s*(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Nguồn ảnh|Photo)\s*:\s*[^()\[\]]{1,80}[)\]]?$/u;

/** Category labels that sit above a title. */
export const CATEGORY_LABELS: string[] = [
  "Thời sự", "Tin tức", "Tin tức - Sự kiện", "Tin tức sự kiện", "Tin tức & Sự kiện", "Tin hoạt động", "Tin trong tỉnh", "Tin trong nước",
  "Tin địa phương", "Tin tổng hợp", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Văn hoá", "Thể thao", "Giáo dục", "Y tế",
  "Pháp luật", "Quốc tế", "Thế giới", "Đối ngoại", "Hoạt động đối ngoại", "Thông tin đối ngoại", "Hợp tác quốc tế",
  "Kinh tế đối ngoại", "Ngoại giao kinh tế", "Biên giới - Lãnh thổ", "Biên giới lãnh thổ", "Người Việt Nam ở nước ngoài",
  "Quốc phòng - An ninh", "An ninh - Quốc phòng", "Quốc phòng", "An ninh", "Du lịch", "Nông nghiệp", "Môi trường",
  "Khoa học - Công nghệ", "Khoa học công nghệ", "Đời sống", "Xây dựng Đảng", "Nghiên cứu - Trao đổi", "Nghiên cứu trao đổi",
  "Tin tức - Sự kiện nổi bật", "Sự kiện", "Tiêu điểm", "Nổi bật", "Chính sách", "Kinh doanh", "Bạn đọc",
];

/** A line that is only a date and maybe a time, as date lines are written. Groups: d, m, y, hh, mm. */
export const DATE_LINE_RES: RegExp[] = [
  // Thứ Hai, 20/01/2020 - 14:47 | 05/05/2020 - 14:02 | Cập nhật: 20/01/2020 14:47 | 20-01-2020 14:47:00
  /^(?:(?:Cập nhật|Ngày cập nhật|Ngày đăng|Đăng ngày|Được đăng|Ngày|Thời gian đăng|Thời gian|Đăng lúc|Xuất bản|Ngày xuất bản|Posted|Published|Updated)\s*(?:lúc|ngày)?\s*:?\s*)?(?:(?:Thứ\s+\p{L}+|Chủ\s+nhật|CN|T[2-7])\s*[,-]?\s*)?(?:ngày\s+)?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})(?:\s*[-–|,]?\s*(?:(?:vào\s+)?lúc\s*|vào\s+)?(?<hh>\d{1,2})[:hg](?<mm>\d{2})(?::\d{2})?\s*(?<ap>SA|CH|AM|PM|sáng|chiều)?\s*(?:\(GMT\+7\)|\[GMT\+7\]|GMT\+7|\(UTC\+7\)|UTC\+7)?)?\.?$/iu,
  // 14:47 20/01/2020 | 14:47 | 20/01/2020
  /^(?:(?:Cập nhật|Ngày đăng|Đăng lúc|Được đăng)\s*(?:lúc)?\s*:?\s*)?(?<hh>\d{1,2})[:h](?<mm>\d{2})(?::\d{2})?\s*(?<ap>SA|CH|AM|PM)?\s*(?:,|-|–|\|)?\s*(?:(?:Thứ\s+\p{L}+|Chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})\s*(?:\(GMT\+7\)|\[GMT\+7\]|GMT\+7|\(UTC\+7\)|UTC\+7)?\.?$/iu,
  // Được đăng: 22 Tháng 12 2021 (Joomla) | 22 tháng 12, 2021 14:05
  /^(?:(?:Được đăng|Đăng ngày|Ngày đăng|Cập nhật|Ngày)\s*:?\s*)?(?:(?:Thứ\s+\p{L}+|Chủ\s+nhật)\s*,?\s*)?(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2}),?\s+(?:năm\s+)?(?<y>\d{4})(?:\s*[,|-]?\s*(?:lúc\s+)?(?<hh>\d{1,2})[:h](?<mm>\d{2})(?:\s*(?<ap>SA|CH|AM|PM|sáng|chiều|tối))?)?$/iu,
  // Thứ Hai, ngày 20 tháng 01 năm 2020 | 21:10 | Thứ năm, ngày 07 tháng 2 năm 2013
  /^(?:(?<hh0>\d{1,2})[:h](?<mm0>\d{2})\s*[-–|,]?\s*)?(?:(?:Thứ\s+\p{L}+|Chủ\s+nhật)\s*,?\s*)?ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})(?:\s*[-–|,]?\s*(?<hh>\d{1,2})[:h](?<mm>\d{2}))?$/iu,
  // English themes: "Posted on October 15, 2010 at 9:40 am by Trúc Ly", "Published: Oct 15, 2010"
  /^(?:(?:Posted|Published|Updated)(?:\s+on)?\s*:?\s*)?(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})(?:\s*(?:at|-|,)?\s*(?<hh>\d{1,2}):(?<mm>\d{2})\s*(?<ap>am|pm)?)?(?:\s+by\s+\p{Lu}[\p{L} .-]{1,40})?$/iu,
  // date 2025-09-25 | 2025-09-25T14:47:00+07:00 | 2025-09-25 14:47
  /^(?:date\s+)?(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T\s](?<hh>\d{2}):(?<mm>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/iu,
];

/** A date token at the very start of a flattened header line (" date 2025-09-25 Thời sự …"). */
export const LEADING_DATE_RE = /^(?:date\s+)?(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T\s](?<hh>\d{2}):(?<mm>\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?\s+/iu;

/** Photo credit at the end of a caption line: "… (Trung Quốc). Ảnh: Phạm Bằng", "(Ảnh: TTXVN)", "… Đà Nẵng - Ảnh: T.L." (the dash goes with the credit). */
export const CAPTION_CREDIT_RE = /^(?<caption>.*?)[\s.\-–—|]*[(\[]?\s*(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Nguồn ảnh|Photo)\s*:\s*(?<credit>[^()\[\]]{1,80}(?:\s*\([^()]{1,60}\))?)[)\]]?\s*$/u;
/** The credit word and its colon, which CAPTION_CREDIT_RE needs: a quick test before it. */
export const CAPTION_CREDIT_WORD_RE = /(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Nguồn ảnh|Photo)\s*:/u;

/** Source tag at the start of a lead: "(TGAG)-", "(Baonghean.vn) –", "(ĐCSVN) -", "(LĐ online) -". */
export const SOURCE_TAG_RE = /^(?:\((?<acronym>[\p{Lu}Đ]{2,6})\)\s+(?=\p{Lu})|\((?<source>[\p{Lu}][\p{L}\d.]{1,24}(?:\s?[-–]\s?[\p{L}\d.]{1,15})?(?:\s[\p{Lu}][\p{L}\d.]*){0,4}(?:\s(?:online|Online|điện tử))?)\)\s*[-–—:]\s*|(?<bare>[\p{Lu}Đ]{2,8}(?:-[\p{Lu}Đ]{1,4})?(?:\.VN|\.vn)?)\s*[-–—]\s+)/u;

/** Supertitles ("kickers") that precede the real title, ending in a colon. */
export const KICKER_RE = /^(?<kicker>(?:Chào mừng|Hướng tới|Kỷ niệm|Tiến tới|Mừng|Chào đón|Nhìn lại|Thực hiện|Học tập và làm theo|Bảo vệ nền tảng)(?![\p{L}\p{N}])[^:]{3,200}):\s+(?=\S)/u;

/**
 * Words that open a sentence but never a proper name; used to find where a
 * title ends when a page flattened title and lead into one line.
 */
export const SENTENCE_OPENERS = [
  "Trong", "Theo", "Sáng", "Chiều", "Tối", "Trưa", "Đêm", "Ngày", "Hôm", "Với", "Các", "Những", "Sau", "Tại", "Để", "Từ",
  "Khi", "Thực hiện", "Nhằm", "Nhân", "Vừa qua", "Thời gian qua", "Mới đây", "Qua", "Bên cạnh", "Cùng", "Hiện nay", "Nhiều",
  "Trước", "Năm", "Tuần qua", "Chiều nay", "Sáng nay", "Ngoài", "Mặc dù", "Dù", "Tuy",
];

/** Job-title words: a short line made of them after a byline is the author's position, not body. */
export const JOB_TITLE_RE = /^(?:Giảng viên|Giáo viên|Phóng viên|Cộng tác viên|Biên tập viên|Chuyên viên|Nghiên cứu viên|Trưởng|Phó|Giám đốc|Chủ tịch|Bí thư|Ủy viên|Uỷ viên|Cán bộ|Thạc sĩ|Tiến sĩ|ThS\.?|TS\.?|PGS\.?|GS\.?|Sở|Ban|Phòng|Khoa|Trường|Văn phòng|Hội|Trung tâm|Báo|Đài|Cổng|Tạp chí|TTXVN)(?![\p{L}\p{N}]).{0,120}$/u;

/** A byline: one or more names (2–5 capitalised syllables), maybe with an agency in parentheses. */
export const BYLINE_RE = /^(?:(?:Bài(?:\s+và)?\s*(?:,\s*)?(?:ảnh)?|Tin(?:,\s*ảnh)?|Bài và ảnh|Tin và ảnh|Nhóm PV|PV|Theo)\s*:\s*)?(?<names>\p{Lu}[\p{Ll}\p{Lu}]*(?:\s+\p{Lu}[\p{Ll}\p{Lu}]*){1,4}(?:\s*(?:[-–,&]|và)\s*\p{Lu}[\p{Ll}\p{Lu}]*(?:\s+\p{Lu}[\p{Ll}\p{Lu}]*){1,4})*)(?:\s*\([^)]{1,40}\))?\.?$/u;
