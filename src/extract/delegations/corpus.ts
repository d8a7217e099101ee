// Duckling-style corpus for the delegations extractor (counts of delegations
// and/or people travelling; see ../../../../shared/spec/RECORDS.md).
// `text` is the core span ("53 đoàn/505 lượt cán bộ", "60 đoàn", "1.200 lượt khách quốc tế").
import type { CorpusExample } from "../corpus-types.js";

export const corpus: CorpusExample<"delegations">[] = [
  // ───────────────────────── outbound ─────────────────────────
  {
    text: "Năm 2019, tỉnh đã cử 53 đoàn/505 lượt cán bộ, công chức, viên chức đi công tác, khảo sát, trao đổi kinh nghiệm tại 10 quốc gia và vùng lãnh thổ.",
    expect: [{ text: "53 đoàn/505 lượt cán bộ", direction: "outbound", delegations: 53, people: 505, countries: 10, qualifier: "exact", status: "actual", change: false, period: "2019" }],
    note: "slash form; countries stated in the same clause",
  },
  {
    text: "6 tháng đầu năm 2023, UBND tỉnh đã cử 07 đoàn với 29 lượt người đi công tác nước ngoài.",
    expect: [{ text: "07 đoàn với 29 lượt người", direction: "outbound", delegations: 7, people: 29, countries: null, qualifier: "exact", status: "actual", change: false, period: "2023" }],
    note: "'N đoàn với M lượt người'; leading zero",
  },
  {
    text: "Năm 2022, toàn tỉnh có 54 đoàn, 583 lượt người đi công tác nước ngoài.",
    expect: [{ text: "54 đoàn, 583 lượt người", direction: "outbound", delegations: 54, people: 583, countries: null, qualifier: "exact", status: null, change: false, period: "2022" }],
    note: "comma form",
  },
  {
    text: "Năm 2020, do ảnh hưởng của dịch COVID-19, tỉnh chỉ cử 05 đoàn ra.",
    expect: [{ text: "05 đoàn", direction: "outbound", delegations: 5, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2020" }],
    note: "'đoàn ra' → outbound; delegations only",
  },
  {
    text: "Năm 2018, Ban Thường vụ Tỉnh ủy đã cử 3 đoàn cấp cao sang thăm và làm việc tại tỉnh Hủa Phăn (Lào).",
    expect: [{ text: "3 đoàn", direction: "outbound", delegations: 3, people: null, countries: null, qualifier: "exact", status: "actual", change: false, period: "2018" }],
    note: "sang thăm → outbound",
  },
  {
    text: "Năm 2015, các sở, ngành đã tổ chức 28 đoàn đi công tác nước ngoài theo kế hoạch được phê duyệt.",
    expect: [{ text: "28 đoàn", direction: "outbound", delegations: 28, people: null, countries: null, qualifier: "exact", status: "actual", change: false, period: "2015" }],
    note: "'theo kế hoạch được phê duyệt' does not make a done fact a target",
  },
  {
    text: "Năm 2022, tỉnh đã cử trên 1.000 lượt cán bộ đi công tác nước ngoài.",
    expect: [{ text: "1.000 lượt cán bộ", direction: "outbound", delegations: null, people: 1000, countries: null, qualifier: "over", status: "actual", change: false, period: "2022" }],
    note: "people only",
  },
  {
    text: "Trong 6 tháng đầu năm 2024, tỉnh đã cử 156 lượt cán bộ đi công tác, hội đàm tại 9 quốc gia.",
    expect: [{ text: "156 lượt cán bộ", direction: "outbound", delegations: null, people: 156, countries: 9, qualifier: "exact", status: "actual", change: false, period: "2024" }],
  },
  {
    text: "Năm 2020, do dịch bệnh, số đoàn ra của tỉnh chưa đến 10 đoàn.",
    expect: [{ text: "10 đoàn", direction: "outbound", delegations: 10, people: null, countries: null, qualifier: "under", status: null, change: false, period: "2020" }],
    note: "chưa đến → under",
  },
  {
    text: "Năm 2016 đánh dấu nhiều dấu ấn trong công tác đối ngoại của tỉnh. Trong năm, tỉnh đã cử 31 đoàn/198 lượt cán bộ đi công tác nước ngoài.",
    expect: [{ text: "31 đoàn/198 lượt cán bộ", direction: "outbound", delegations: 31, people: 198, countries: null, qualifier: "exact", status: "actual", change: false, period: "2016" }],
    note: "'Trong năm' takes the year of the previous sentence",
  },
  {
    text: "Theo báo cáo của Sở Ngoại vụ, năm 2017 công tác đối ngoại của tỉnh được triển khai đồng bộ. Thực hiện Chỉ thị số 04-CT/TU ngày 06/3/2017 của Ban Thường vụ Tỉnh ủy về “Tăng cường quản lý đoàn ra, đoàn vào”, trong năm, toàn tỉnh đã cử 71 đoàn/386 lượt cán bộ đi công tác nước ngoài. Tỉnh đã tiếp 126 đoàn/1.415 lượt khách quốc tế đến thăm, làm việc.\n\nNhiệm vụ năm 2018: tiếp tục đổi mới công tác đối ngoại.\n\nNăm 2018, tỉnh phấn đấu thu hút 500 triệu USD vốn FDI.",
    expect: [
      { text: "71 đoàn/386 lượt cán bộ", direction: "outbound", delegations: 71, people: 386, period: "2017" },
      { text: "126 đoàn/1.415 lượt khách quốc tế", direction: "inbound", delegations: 126, people: 1415, period: "2017" },
    ],
    note: "'trong năm' after a long lead-in takes the year a sentence opened with after its own lead-in ('Theo báo cáo …, năm 2017'), not the article's most frequent year; the next sentence of the paragraph shares it",
  },
  {
    text: "Kết quả một số chỉ tiêu chủ yếu:\n\nChỉ tiêu | Năm 2019 | Năm 2020 | So sánh\n\n1. Đoàn ra | 34 đoàn/196 lượt người | 05 đoàn/27 lượt người | giảm 29 đoàn\n\n2. Đoàn vào | 61 đoàn/702 lượt người | 18 đoàn/163 lượt người | giảm 43 đoàn",
    expect: [
      { text: "34 đoàn/196 lượt người", delegations: 34, people: 196, period: "2019" },
      { text: "05 đoàn/27 lượt người", delegations: 5, people: 27, period: "2020" },
      { text: "61 đoàn/702 lượt người", delegations: 61, people: 702, period: "2019" },
      { text: "18 đoàn/163 lượt người", delegations: 18, people: 163, period: "2020" },
    ],
    partial: true,
    note: "a table row's figure takes the period of its column's heading",
  },
  {
    text: "Tiếp đó, đoàn của tổ chức Good Neighbors International gồm mười hai thành viên đã đến khảo sát tại các huyện Bác Ái, Ninh Sơn.",
    expect: [{ text: "mười hai thành viên", direction: "inbound", delegations: null, people: 12, status: "actual" }],
    note: "'đoàn của <organisation> gồm N thành viên': the people of one delegation, the number in words",
  },
  {
    text: "Tỉnh Ninh Bình và tỉnh Yamagata (Nhật Bản) kỷ niệm 20 năm quan hệ hợp tác. Dự buổi lễ có đoàn đại biểu tỉnh Yamagata gồm 35 thành viên do Thống đốc tỉnh dẫn đầu.",
    expect: [{ text: "35 thành viên", people: 35, direction: "inbound" }],
    note: "an ambiguous spelling ('Yamagata') settled earlier in the text is that unit again; the delegation named after it comes in",
  },
  {
    text: "Đoàn gồm 9 thành viên, do Phó Thống đốc tỉnh Nara (Nhật Bản) dẫn đầu.",
    expect: [{ text: "9 thành viên", people: 9, direction: "inbound" }],
    note: "led by an official of a foreign unit: it comes in",
  },
  {
    text: "Từ ngày 14 đến 20/10/2024, đoàn công tác của tỉnh gồm 25 thành viên do Chủ tịch UBND tỉnh dẫn đầu đã tổ chức Hội nghị xúc tiến đầu tư tại tỉnh Hiroshima (Nhật Bản).",
    expect: [{ text: "25 thành viên", people: 25, direction: "outbound", status: "actual" }],
    note: "the province's own delegation, with a foreign place it goes to: it goes out",
  },
  {
    text: "Tháng 9/2023, đoàn công tác của tỉnh gồm 8 thành viên đã thăm, làm việc với cộng đồng người Việt tại Thủ đô Praha (Séc).",
    expect: [{ text: "8 thành viên", people: 8, direction: "outbound" }],
    note: "a foreign place given by its country in parentheses",
  },
  {
    text: "Điểm nhấn là chuyến thăm tỉnh Ubon Ratchathani (Thái Lan) của đoàn đại biểu cấp cao tỉnh gồm 12 thành viên vào tháng 6/2024.",
    expect: [{ text: "12 thành viên", people: 12, direction: "outbound" }],
    note: "'chuyến thăm <foreign unit> … của đoàn … tỉnh': the visit abroad comes before the delegation",
  },
  {
    text: "Đoàn công tác gồm 18 thành viên là lãnh đạo các sở, ngành của thành phố, thăm và làm việc tại Hàn Quốc từ ngày 12 đến 16/3.",
    expect: [{ text: "18 thành viên", people: 18, direction: "outbound" }],
    note: "a country named bare after 'tại': abroad",
  },
  {
    text: "Đoàn gồm 14 thành viên, thăm và làm việc tại Bắc Kạn từ ngày 27 đến 30/5.",
    expect: [{ text: "14 thành viên", people: 14, direction: "inbound" }],
    note: "a delegation not called the province's own, visiting a province of Vietnam: it comes in",
  },
  {
    text: "Đoàn công tác của tỉnh gồm 20 thành viên đã làm việc tại Hà Nội với các bộ, ngành Trung ương.",
    expect: [{ text: "20 thành viên", people: 20, direction: "unknown" }],
    note: "the province's own delegation in Hanoi travels at home: no direction",
  },
  {
    text: "Đoàn công tác của tỉnh gồm 15 thành viên do Chủ tịch UBND tỉnh dẫn đầu đã làm việc tại huyện Mường Tè.",
    expect: [{ text: "15 thành viên", people: 15, direction: "unknown" }],
    note: "no foreign place: the direction stays unknown",
  },
  {
    text: "Theo báo cáo, năm 2023, tỉnh Long An đã đón 11 đoàn/148 người của tỉnh Svay Rieng sang thăm, làm việc; đồng thời cử 09 đoàn/96 người sang thăm, chúc Tết cổ truyền tại các tỉnh giáp biên của Campuchia.",
    expect: [
      { text: "11 đoàn/148 người", delegations: 11, people: 148, direction: "inbound", status: "actual", period: "2023" },
      { text: "09 đoàn/96 người", delegations: 9, people: 96, direction: "outbound", status: "actual", period: "2023" },
    ],
    note: "a 'đã' goes on over the verbs coordinated with it, across a semicolon",
  },
  {
    text: "Có thể nói, hoạt động đối ngoại của thành phố năm 2023 đã phục hồi mạnh mẽ và toàn diện. Thành phố đã cử 64 đoàn với 395 lượt cán bộ đi công tác tại 21 quốc gia và vùng lãnh thổ.",
    expect: [{ text: "64 đoàn với 395 lượt cán bộ", delegations: 64, people: 395, direction: "outbound", countries: 21, period: "2023" }],
    note: "the sentence before names one year and no figure: it sets the year of the figures after it",
  },
  {
    text: "1. Công tác quản lý đoàn ra, đoàn vào: UBND tỉnh đã cho phép 29 đoàn/117 lượt cán bộ, công chức, viên chức đi công tác, học tập tại 9 quốc gia, tăng 05 đoàn so với năm 2018.",
    expect: [
      { text: "29 đoàn/117 lượt cán bộ", delegations: 29, people: 117, direction: "outbound", countries: 9 },
      { text: "05 đoàn", delegations: 5, people: null, direction: "outbound", change: true },
    ],
    note: "the verb after the figure, past more nouns of the same people, says it before a heading's 'đoàn ra, đoàn vào'",
  },
  {
    text: "Dự kiến tháng 3/2014, đoàn doanh nghiệp tỉnh Niigata (Nhật Bản) gồm khoảng 25 người sẽ sang khảo sát, tìm hiểu cơ hội đầu tư tại Bình Định.",
    expect: [{ text: "khoảng 25 người", people: 25, direction: "inbound", qualifier: "approx" }],
    note: "'đoàn doanh nghiệp <foreign unit> gồm N người': one delegation, coming from there",
  },
  {
    text: "Tỉnh đã cử 22 đoàn/140 lượt người đi công tác tại Lào và Campuchia.",
    expect: [{ text: "22 đoàn/140 lượt người", direction: "outbound", delegations: 22, people: 140, countries: null, qualifier: "exact", status: "actual", change: false, period: null }],
    note: "no year anywhere → period null; countries are listed, not counted",
  },
  {
    text: "Năm 2024, UBND tỉnh đã cử 4 đoàn đi xúc tiến đầu tư, thương mại tại Hàn Quốc và Nhật Bản.",
    expect: [{ text: "4 đoàn", direction: "outbound", delegations: 4, people: null, qualifier: "exact", status: "actual", change: false, period: "2024" }],
    note: "cử … đi → outbound; countries named but not counted: left unscored",
  },
  {
    text: "Trong năm 2019, 12 đoàn doanh nghiệp của tỉnh tham dự hội chợ, triển lãm quốc tế tại nước ngoài.",
    expect: [{ text: "12 đoàn", direction: "outbound", delegations: 12, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2019" }],
    note: "tham dự … tại nước ngoài → outbound",
  },
  {
    text: "Tháng 3/2023, tỉnh đã cử một đoàn gồm 12 người sang thăm và chúc Tết Bunpimay tỉnh Luông Pha-bang.",
    expect: [{ text: "một đoàn gồm 12 người", direction: "outbound", delegations: 1, people: 12, countries: null, qualifier: "exact", status: "actual", change: false, period: "2023" }],
    note: "number word 'một'; month/year date gives the period",
  },
  {
    text: "Năm 2019, tỉnh đã cử 8 đoàn cấp tỉnh và 21 đoàn cấp sở, ngành đi công tác nước ngoài.",
    expect: [
      { text: "8 đoàn", direction: "outbound", delegations: 8, people: null, countries: null, qualifier: "exact", status: "actual", change: false, period: "2019" },
      { text: "21 đoàn", direction: "outbound", delegations: 21, people: null, countries: null, qualifier: "exact", status: "actual", change: false, period: "2019" },
    ],
    note: "two counts sharing one verb",
  },
  {
    text: "Năm 2023, Tỉnh ủy tổ chức 06 đoàn đi thăm, chúc Tết cổ truyền các tỉnh Nam Lào.",
    expect: [{ text: "06 đoàn", direction: "outbound", delegations: 6, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2023" }],
  },
  {
    text: "Năm 2017, tỉnh cử 14 đoàn sang Lào làm việc, trong đó có 5 đoàn do đồng chí Bí thư Tỉnh ủy dẫn đầu.",
    expect: [
      { text: "14 đoàn", direction: "outbound", delegations: 14, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2017" },
      { text: "5 đoàn", direction: "outbound", delegations: 5, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2017" },
    ],
    note: "'trong đó' sub-count is its own record",
  },
  {
    text: "Năm 2025, tỉnh đã cử 2 đoàn gồm 18 cán bộ tham dự Diễn đàn hợp tác địa phương tại Hàn Quốc.",
    expect: [{ text: "2 đoàn gồm 18 cán bộ", direction: "outbound", delegations: 2, people: 18, countries: null, qualifier: "exact", status: "actual", change: false, period: "2025" }],
    note: "'gồm N cán bộ' gives people",
  },
  {
    title: "Công tác quản lý đoàn ra năm 2022",
    text: "Năm 2022, toàn tỉnh có 37 đoàn/215 lượt người, tăng mạnh so với năm 2021 khi các hoạt động đối ngoại được nối lại.",
    expect: [{ text: "37 đoàn/215 lượt người", direction: "outbound", delegations: 37, people: 215, countries: null, qualifier: "exact", status: null, change: false, period: "2022" }],
    note: "direction comes from the title ('đoàn ra')",
  },
  {
    text: "Năm 2020, tỉnh cử 12 đoàn/86 lượt người đi nước ngoài, giảm 41 đoàn/419 lượt người so với năm 2019.",
    expect: [
      { text: "12 đoàn/86 lượt người", direction: "outbound", delegations: 12, people: 86, countries: null, qualifier: "exact", status: null, change: false, period: "2020" },
      { text: "41 đoàn/419 lượt người", direction: "outbound", delegations: 41, people: 419, qualifier: "exact", change: true },
    ],
    note: "'giảm … so với' is a difference → change true; its period is left unscored",
  },

  // ───────────────────────── inbound ─────────────────────────
  {
    text: "Trong năm 2021, tỉnh tiếp và làm việc với 54 đoàn/583 lượt người đến từ 14 quốc gia, vùng lãnh thổ.",
    expect: [{ text: "54 đoàn/583 lượt người", direction: "inbound", delegations: 54, people: 583, countries: 14, qualifier: "exact", status: null, change: false, period: "2021" }],
    note: "tiếp … đến từ 14 quốc gia → inbound, countries 14",
  },
  {
    text: "Năm 2018, Sở Ngoại vụ chủ trì đón tiếp 36 đoàn/524 lượt người nước ngoài đến làm việc tại tỉnh.",
    expect: [{ text: "36 đoàn/524 lượt người nước ngoài", direction: "inbound", delegations: 36, people: 524, countries: null, qualifier: "exact", status: null, change: false, period: "2018" }],
  },
  {
    text: "Năm 2019, tỉnh đón 10 đoàn/162 lượt khách quốc tế đến thăm và làm việc.",
    expect: [{ text: "10 đoàn/162 lượt khách quốc tế", direction: "inbound", delegations: 10, people: 162, countries: null, qualifier: "exact", status: null, change: false, period: "2019" }],
  },
  {
    text: "Năm 2019, tỉnh phối hợp đón 08 đoàn/45 lượt phóng viên nước ngoài đến tác nghiệp tại tỉnh, giảm 15 đoàn/23 người so với năm 2018.",
    expect: [
      { text: "08 đoàn/45 lượt phóng viên", direction: "inbound", delegations: 8, people: 45, countries: null, qualifier: "exact", status: null, change: false, period: "2019" },
      { text: "15 đoàn/23 người", delegations: 15, people: 23, qualifier: "exact", change: true },
    ],
    note: "the decrease is a change record; its direction and period are left unscored as in the gold",
  },
  {
    text: "Năm 2023, tỉnh đã đón 1.200 lượt khách quốc tế đến thăm và làm việc với các cơ quan, đơn vị của tỉnh.",
    expect: [{ text: "1.200 lượt khách quốc tế", direction: "inbound", delegations: null, people: 1200, countries: null, qualifier: "exact", status: "actual", change: false, period: "2023" }],
    note: "official visitors ('đến thăm và làm việc'), not tourists",
  },
  {
    text: "Trong năm 2022, tỉnh đón 42 đoàn vào, chủ yếu là các đoàn doanh nghiệp tìm hiểu cơ hội đầu tư.",
    expect: [{ text: "42 đoàn", direction: "inbound", delegations: 42, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2022" }],
    note: "'đoàn vào' → inbound",
  },
  {
    text: "Năm 2016, có 25 đoàn khách quốc tế với 310 người đến thăm và làm việc tại tỉnh.",
    expect: [{ text: "25 đoàn khách quốc tế với 310 người", direction: "inbound", delegations: 25, people: 310, countries: null, qualifier: "exact", status: null, change: false, period: "2016" }],
  },
  {
    text: "Năm 2023, lãnh đạo tỉnh đã tiếp 68 đoàn/712 lượt khách nước ngoài đến từ 18 quốc gia và vùng lãnh thổ.",
    expect: [{ text: "68 đoàn/712 lượt khách", direction: "inbound", delegations: 68, people: 712, countries: 18, qualifier: "exact", status: "actual", change: false, period: "2023" }],
  },
  {
    text: "Ước cả năm 2023, toàn tỉnh đón khoảng 90 đoàn/1.100 lượt khách quốc tế đến làm việc.",
    expect: [{ text: "90 đoàn/1.100 lượt khách quốc tế", direction: "inbound", delegations: 90, people: 1100, countries: null, qualifier: "approx", status: "estimate", change: false, period: "2023" }],
    note: "Ước → estimate; khoảng → approx",
  },
  {
    text: "Nhiệm kỳ 2015-2020, tỉnh đã đón hơn 300 đoàn khách quốc tế đến thăm và làm việc.",
    expect: [{ text: "300 đoàn", direction: "inbound", delegations: 300, people: null, countries: null, qualifier: "over", status: "actual", change: false, period: "2015-2020" }],
  },
  {
    text: "Năm 2021, dù dịch bệnh phức tạp, tỉnh vẫn đón gần 50 đoàn ngoại giao, tổ chức quốc tế đến làm việc.",
    expect: [{ text: "50 đoàn", direction: "inbound", delegations: 50, people: null, countries: null, qualifier: "approx", status: null, change: false, period: "2021" }],
    note: "gần → approx",
  },
  {
    text: "Năm 2019, lãnh đạo tỉnh đã tiếp 15 đoàn cấp cao của các nước đến chào xã giao và làm việc.",
    expect: [{ text: "15 đoàn", direction: "inbound", delegations: 15, people: null, countries: null, qualifier: "exact", status: "actual", change: false, period: "2019" }],
  },
  {
    text: "Trong năm 2018, tỉnh đón ba đoàn cấp cao của tỉnh Chăm-pa-sắc sang thăm, chúc Tết.",
    expect: [{ text: "ba đoàn", direction: "inbound", delegations: 3, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2018" }],
    note: "number word 'ba'",
  },
  {
    text: "Năm 2024, tỉnh tiếp 45 đoàn nhà đầu tư nước ngoài đến khảo sát, tìm hiểu cơ hội đầu tư.",
    expect: [{ text: "45 đoàn", direction: "inbound", delegations: 45, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2024" }],
  },
  {
    text: "Năm 2021, tỉnh đón 40 đoàn/350 lượt người nước ngoài đến làm việc, trong đó có 12 đoàn cấp bộ trưởng trở lên.",
    expect: [
      { text: "40 đoàn/350 lượt người", direction: "inbound", delegations: 40, people: 350, countries: null, qualifier: "exact", status: null, change: false, period: "2021" },
      { text: "12 đoàn", direction: "inbound", delegations: 12, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2021" },
    ],
  },
  {
    text: "Quý I/2024, tỉnh đã đón 14 đoàn/96 lượt khách nước ngoài đến làm việc tại tỉnh.",
    expect: [{ text: "14 đoàn/96 lượt khách", direction: "inbound", delegations: 14, people: 96, countries: null, qualifier: "exact", status: "actual", change: false, period: "2024" }],
  },
  {
    text: "Năm 2017, tỉnh đã tiếp 62 đoàn (480 lượt người) đến thăm và làm việc.",
    expect: [{ text: "62 đoàn (480 lượt người)", direction: "inbound", delegations: 62, people: 480, countries: null, qualifier: "exact", status: "actual", change: false, period: "2017" }],
    note: "people in parentheses",
  },
  {
    text: "Từ đầu năm 2025 đến nay, tỉnh đã đón 19 đoàn vào với 260 lượt khách.",
    expect: [{ text: "19 đoàn vào với 260 lượt khách", direction: "inbound", delegations: 19, people: 260, countries: null, qualifier: "exact", status: "actual", change: false, period: "2025" }],
  },
  {
    text: "Festival năm 2023 có sự tham dự của 650 lượt đại biểu quốc tế đến từ 25 quốc gia và vùng lãnh thổ.",
    expect: [{ text: "650 lượt đại biểu quốc tế", direction: "inbound", delegations: null, people: 650, countries: 25, qualifier: "exact", status: null, change: false, period: "2023" }],
    note: "official delegates coming to the province; countries in the same clause",
  },
  {
    text: "Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) gồm 25 người do đồng chí Phó Bí thư Tỉnh ủy dẫn đầu đến thăm và làm việc tại tỉnh.",
    expect: [{ text: "25 người", direction: "inbound", delegations: null, people: 25, countries: null, qualifier: "exact", status: null, change: false, period: null }],
    note: "one delegation described with a head count: people 25, delegations not stated as a number",
  },
  {
    text: "Tại Hội nghị lần thứ 10 Ủy ban công tác liên hợp, tỉnh đón 4 đoàn/60 lượt người của Khu tự trị Quảng Tây (Trung Quốc).",
    expect: [{ text: "4 đoàn/60 lượt người", direction: "inbound", delegations: 4, people: 60, countries: null, qualifier: "exact", status: null, change: false, period: null }],
    note: "'lần thứ 10' is an ordinal",
  },
  {
    text: "Năm 2020, tỉnh tiếp 18 đoàn/97 lượt người nước ngoài, giảm 8 đoàn so với năm trước.",
    expect: [
      { text: "18 đoàn/97 lượt người", direction: "inbound", delegations: 18, people: 97, countries: null, qualifier: "exact", status: null, change: false, period: "2020" },
      { text: "8 đoàn", direction: "inbound", delegations: 8, people: null, qualifier: "exact", change: true },
    ],
  },

  {
    text: "Năm 2023, Sở Ngoại vụ đã phối hợp đón 26 đoàn/310 lượt khách quốc tế, tăng 10 đoàn so với năm 2022.",
    expect: [
      { text: "26 đoàn/310 lượt khách quốc tế", direction: "inbound", delegations: 26, people: 310, countries: null, qualifier: "exact", status: "actual", change: false, period: "2023" },
      { text: "10 đoàn", direction: "inbound", delegations: 10, people: null, qualifier: "exact", change: true },
    ],
  },
  {
    text: "Giai đoạn 2021 - 2025, tỉnh đã cử 45 đoàn/380 lượt cán bộ đi công tác nước ngoài và đã đón 120 đoàn/1.500 lượt khách quốc tế đến thăm, làm việc.",
    expect: [
      { text: "45 đoàn/380 lượt cán bộ", direction: "outbound", delegations: 45, people: 380, countries: null, qualifier: "exact", status: "actual", change: false, period: "2021-2025" },
      { text: "120 đoàn/1.500 lượt khách quốc tế", direction: "inbound", delegations: 120, people: 1500, countries: null, qualifier: "exact", status: "actual", change: false, period: "2021-2025" },
    ],
    note: "one sentence, two directions",
  },
  {
    text: "Năm 2018, lãnh đạo tỉnh tiếp xã giao 9 đoàn Đại sứ, Tổng Lãnh sự các nước đến thăm và tìm hiểu tiềm năng của tỉnh.",
    expect: [{ text: "9 đoàn", direction: "inbound", delegations: 9, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2018" }],
  },
  {
    text: "Năm 2019, có 7 đoàn/56 lượt cán bộ của tỉnh đi tham dự các khóa bồi dưỡng ngắn hạn tại Singapore và Hàn Quốc.",
    expect: [{ text: "7 đoàn/56 lượt cán bộ", direction: "outbound", delegations: 7, people: 56, qualifier: "exact", status: null, change: false, period: "2019" }],
    note: "officials sent on short courses are outgoing delegations (unlike resident students); listed countries not counted: left unscored",
  },
  {
    text: "Năm 2024, tỉnh đón xấp xỉ 2.000 lượt khách quốc tế đến làm việc, dự các hội nghị, hội thảo do tỉnh tổ chức.",
    expect: [{ text: "2.000 lượt khách quốc tế", direction: "inbound", delegations: null, people: 2000, countries: null, qualifier: "approx", status: null, change: false, period: "2024" }],
  },
  {
    text: "Năm 2017, Ban Thường vụ Tỉnh ủy đã tiếp 11 đoàn/150 người của Đảng Nhân dân Cách mạng Lào các tỉnh bạn sang thăm.",
    expect: [{ text: "11 đoàn/150 người", direction: "inbound", delegations: 11, people: 150, countries: null, qualifier: "exact", status: "actual", change: false, period: "2017" }],
  },
  // ───────────────────────── both / unknown ─────────────────────────
  {
    text: "Giai đoạn 2020 - 2025, tỉnh tổ chức và tham gia hơn 60 đoàn cấp cao hai chiều với các tỉnh của Lào.",
    expect: [{ text: "60 đoàn", direction: "both", delegations: 60, people: null, countries: null, qualifier: "over", status: null, change: false, period: "2020-2025" }],
    note: "hai chiều → both",
  },
  {
    text: "Năm 2024, giữa tỉnh và các tỉnh Bắc Lào đã trao đổi 35 đoàn/420 lượt người hai chiều.",
    expect: [{ text: "35 đoàn/420 lượt người", direction: "both", delegations: 35, people: 420, countries: null, qualifier: "exact", status: "actual", change: false, period: "2024" }],
  },
  {
    text: "Năm 2017, Sở Ngoại vụ đã tham mưu quản lý 120 đoàn ra, đoàn vào với 1.350 lượt người.",
    expect: [{ text: "120 đoàn", direction: "both", delegations: 120, people: 1350, countries: null, qualifier: "exact", status: "actual", change: false, period: "2017" }],
    note: "'đoàn ra, đoàn vào' together → both",
  },
  {
    text: "Năm 2022, hai tỉnh đã trao đổi 24 đoàn các cấp, góp phần thắt chặt quan hệ hữu nghị đặc biệt.",
    expect: [{ text: "24 đoàn", direction: "both", delegations: 24, people: null, countries: null, qualifier: "exact", status: "actual", change: false, period: "2022" }],
    note: "trao đổi đoàn between two sides → both",
  },
  {
    text: "Năm 2022, tổng số đoàn ra, đoàn vào do tỉnh quản lý là 87 đoàn.",
    expect: [{ text: "87 đoàn", direction: "both", delegations: 87, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2022" }],
  },
  {
    text: "Năm 2021, Sở Ngoại vụ thẩm định hồ sơ của 47 đoàn/318 lượt người.",
    expect: [{ text: "47 đoàn/318 lượt người", direction: "unknown", delegations: 47, people: 318, countries: null, qualifier: "exact", status: null, change: false, period: "2021" }],
    note: "the text does not say which way they travel",
  },
  {
    text: "Trong năm 2019, Sở Ngoại vụ phối hợp tổ chức 16 đoàn công tác với tổng số 140 người.",
    expect: [{ text: "16 đoàn công tác với tổng số 140 người", direction: "unknown", delegations: 16, people: 140, countries: null, qualifier: "exact", status: null, change: false, period: "2019" }],
  },

  // ───────────────────────── targets ─────────────────────────
  {
    text: "Kế hoạch năm 2024, tỉnh dự kiến cử 20 đoàn ra và đón 35 đoàn vào.",
    expect: [
      { text: "20 đoàn", direction: "outbound", delegations: 20, people: null, countries: null, qualifier: "exact", status: "target", change: false, period: "2024" },
      { text: "35 đoàn", direction: "inbound", delegations: 35, people: null, countries: null, qualifier: "exact", status: "target", change: false, period: "2024" },
    ],
    note: "dự kiến → target for both",
  },
  {
    text: "Năm 2021, tỉnh dự kiến sẽ cử 09 đoàn/54 lượt người đi công tác nước ngoài nếu tình hình dịch bệnh cho phép.",
    expect: [{ text: "09 đoàn/54 lượt người", direction: "outbound", delegations: 9, people: 54, countries: null, qualifier: "exact", status: "target", change: false, period: "2021" }],
  },
  {
    text: "Phấn đấu giai đoạn 2025 - 2030, tỉnh đón khoảng 200 đoàn khách quốc tế đến thăm và làm việc.",
    expect: [{ text: "200 đoàn", direction: "inbound", delegations: 200, people: null, countries: null, qualifier: "approx", status: "target", change: false, period: "2025-2030" }],
  },

  // ───────────────────────── negatives ─────────────────────────
  {
    text: "Năm 2023, toàn tỉnh có 1.250 lưu học sinh Lào đang học tập tại các trường đại học, cao đẳng.",
    expect: [],
    note: "students are not delegations",
  },
  {
    text: "Năm 2021, tỉnh tiếp nhận 320 học viên Lào sang đào tạo tiếng Việt và bồi dưỡng chuyên môn.",
    expect: [],
    note: "trainees",
  },
  {
    text: "Năm 2019, tỉnh đưa 3.200 lao động đi làm việc ở nước ngoài theo hợp đồng.",
    expect: [],
    note: "labour export",
  },
  {
    text: "Công tác tổ chức và quản lý xuất khẩu lao động tiếp tục được quan tâm, năm 2022 có 5.600 người đi làm việc ở nước ngoài.",
    expect: [],
    note: "workers abroad, even counted in người",
  },
  {
    text: "Năm 2023, tỉnh đón 1,2 triệu lượt khách du lịch, trong đó có 150.000 lượt khách quốc tế.",
    expect: [],
    note: "tourists in general, even 'lượt khách quốc tế'",
  },
  {
    text: "Lượng khách du lịch quốc tế đến tỉnh năm 2019 đạt 85.000 lượt.",
    expect: [],
  },
  {
    text: "Giải xe đạp nữ toàn quốc có sự tham gia của 3 đội nước ngoài là Thái Lan, Indonesia và Hàn Quốc.",
    expect: [],
    note: "sports teams",
  },
  {
    text: "Năm 2022, Tỉnh Đoàn phối hợp tổ chức 15 chương trình tình nguyện với 2.000 đoàn viên thanh niên tham gia.",
    expect: [],
    note: "Đoàn Thanh niên / đoàn viên are not delegations",
  },
  {
    text: "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh kết nạp 1.500 đoàn viên mới trong năm 2023.",
    expect: [],
  },
  {
    text: "Đồng chí Thái Thanh Quý, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh tiếp và làm việc với Đoàn công tác của Bộ Ngoại giao.",
    expect: [],
    note: "Đoàn ĐBQH and an uncounted 'Đoàn công tác'",
  },
  {
    text: "Chiều 20/2, Đoàn công tác của Bộ Ngoại giao do Bộ trưởng làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy.",
    expect: [],
    note: "a date and a delegation with no count",
  },
  {
    text: "Đoàn Đại biểu Quốc hội tỉnh tiếp xúc cử tri tại 15 xã, thị trấn của huyện biên giới.",
    expect: [],
  },
  {
    text: "Tỉnh chủ trì tổ chức Hội nghị lần 10 Ủy ban công tác liên hợp giữa các tỉnh biên giới hai nước.",
    expect: [],
    note: "ordinal",
  },
  {
    text: "Đại hội Liên hiệp các tổ chức hữu nghị tỉnh khóa V, nhiệm kỳ 2019 - 2024 đã thành công tốt đẹp.",
    expect: [],
  },
  {
    text: "Tham dự buổi tiếp có đồng chí Phó Chủ tịch UBND tỉnh cùng các thành viên trong đoàn.",
    expect: [],
    note: "members of a delegation without a count",
  },
  {
    text: "Năm 2019, có 245 lượt cán bộ, công chức của tỉnh xuất cảnh với mục đích việc riêng.",
    expect: [],
    note: "private trips are not delegations",
  },
  {
    text: "Năm 2022, số lượt xuất nhập cảnh qua các cửa khẩu của tỉnh đạt 1,5 triệu lượt người.",
    expect: [],
    note: "border crossings, not delegations",
  },
  {
    text: "UBND tỉnh thành lập 5 đoàn kiểm tra liên ngành về an toàn thực phẩm trên địa bàn.",
    expect: [],
    note: "domestic inspection teams",
  },
  {
    text: "Hiện khoảng 3.000 người gốc tỉnh đang sinh sống, làm ăn tại trên 20 quốc gia và vùng lãnh thổ.",
    expect: [],
    note: "overseas Vietnamese are not travelling delegations",
  },
  {
    text: "Hiện có hơn 120 người nước ngoài đang làm việc tại các doanh nghiệp FDI trên địa bàn tỉnh.",
    expect: [],
    note: "foreign workers",
  },
  {
    text: "Liên hiệp các tổ chức hữu nghị tỉnh đã có quan hệ với 30 quốc gia, 43 tỉnh, thành phố của các nước.",
    expect: [],
  },
  {
    text: "Hơn 3.000 người dân hai bên biên giới đã tham gia lễ hội văn hóa truyền thống.",
    expect: [],
  },
  {
    text: "Đoàn Nghệ thuật tỉnh đã có 12 đêm biểu diễn phục vụ bà con Việt kiều tại Lào.",
    expect: [],
    note: "nights of performance, not delegations",
  },
  {
    text: "Tình đoàn kết đặc biệt Việt Nam - Lào được vun đắp qua hơn 60 năm.",
    expect: [],
    note: "'đoàn kết' and an anniversary",
  },
  {
    text: "Các đoàn thể chính trị - xã hội của tỉnh tổ chức 30 hoạt động giao lưu hữu nghị trong năm 2022.",
    expect: [],
    note: "'đoàn thể' are organisations; activities are not delegations",
  },
  {
    text: "Hai bên luân phiên tổ chức đoàn thăm hỏi, chúc Tết nhân các ngày lễ, tết cổ truyền của hai nước.",
    expect: [],
    note: "delegations mentioned without a number",
  },
  {
    text: "Trong năm, tỉnh tiếp nhận hàng chục đoàn doanh nghiệp nước ngoài đến tìm hiểu cơ hội đầu tư.",
    expect: [],
    note: "'hàng chục' is not a count",
  },
  {
    text: "Tỉnh có 4 cửa khẩu quốc tế, 2 cửa khẩu chính và 7 lối mở trên tuyến biên giới.",
    expect: [],
  },
  {
    text: "Năm 2023, có 17 công dân của tỉnh gặp nạn ở nước ngoài đã được hỗ trợ bảo hộ kịp thời.",
    expect: [],
    note: "citizen-protection cases",
  },
  {
    text: "Năm 2020, tỉnh không cử đoàn ra nào, thay vào đó tổ chức 15 cuộc hội đàm trực tuyến với các đối tác.",
    expect: [],
    note: "online talks are not delegations",
  },
  {
    text: "Theo quy chế, mỗi đoàn ra cấp sở không quá 10 người và thời gian không quá 7 ngày.",
    expect: [],
    note: "a rule, not a count of delegations",
  },
  // ───────────────────────── found by the third held-out batch ─────────────────────────
  {
    text: "Giai đoạn 2020 - 2025, hai tỉnh đã trao đổi 34 đoàn công tác các cấp với 398 lượt cán bộ.",
    expect: [{ text: "34 đoàn công tác các cấp với 398 lượt cán bộ", direction: "both", delegations: 34, people: 398, countries: null, qualifier: "exact", status: "actual", change: false, period: "2020-2025" }],
    note: "two qualifiers between 'đoàn' and the people count",
  },
  {
    text: "Năm 2024, đoàn công tác của tỉnh đã sang thăm và làm việc tại Hàn Quốc. Tham gia đoàn có 18 đại biểu là lãnh đạo các sở, ngành.",
    expect: [{ text: "18 đại biểu", direction: "unknown", delegations: null, people: 18, countries: null, qualifier: "exact", status: null, change: false, period: "2024" }],
    note: "'đoàn có N đại biểu': the people of one delegation (its direction is only in the sentence before; its year opens the paragraph)",
  },
  {
    text: "Về quản lý đoàn ra, đoàn vào, năm 2019 toàn tỉnh có 9 đoàn (46 người) đi công tác nước ngoài; tiếp 37 đoàn (214 người) của các tổ chức nước ngoài.",
    expect: [
      { text: "9 đoàn (46 người)", direction: "outbound", delegations: 9, people: 46, countries: null, qualifier: "exact", status: null, change: false, period: "2019" },
      { text: "37 đoàn (214 người)", direction: "inbound", delegations: 37, people: 214, countries: null, qualifier: "exact", status: null, change: false, period: "2019" },
    ],
    note: "the verb right after the figure beats the topic words before it",
  },
  {
    text: "Năm 2019, tỉnh cử 9 đoàn ra và đón 37 đoàn vào. So với năm 2018, số đoàn ra giảm 2 đoàn, số đoàn vào tăng 4 đoàn.",
    expect: [
      { text: "9 đoàn", direction: "outbound", delegations: 9, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2019" },
      { text: "37 đoàn", direction: "inbound", delegations: 37, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2019" },
      { text: "2 đoàn", direction: "outbound", delegations: 2, people: null, countries: null, qualifier: "exact", status: null, change: true, period: "2019" },
      { text: "4 đoàn", direction: "inbound", delegations: 4, people: null, countries: null, qualifier: "exact", status: null, change: true, period: "2019" },
    ],
    note: "'số đoàn ra giảm N đoàn': a difference that names its direction",
  },
  {
    text: "Thực tế, năm 2024 toàn tỉnh đã cử 96 đoàn ra với 612 lượt cán bộ, vượt 8 đoàn so với kế hoạch.",
    expect: [
      { text: "96 đoàn ra với 612 lượt cán bộ", direction: "outbound", delegations: 96, people: 612, countries: null, qualifier: "exact", status: "actual", change: false, period: "2024" },
      { text: "8 đoàn", direction: "outbound", delegations: 8, people: null, countries: null, qualifier: "exact", status: null, change: true, period: "2024" },
    ],
    note: "'vượt N … so với kế hoạch' is a difference, not 'over N'",
  },
  {
    text: "Năm 2024, các cơ quan đã đón tiếp 178 đoàn vào/1.526 lượt khách quốc tế, giảm 6 đoàn so với năm 2023, song số đoàn cấp cao tăng mạnh với 23 đoàn cấp Bộ trưởng, Đại sứ trở lên.",
    expect: [
      { text: "178 đoàn vào/1.526 lượt khách quốc tế", direction: "inbound", delegations: 178, people: 1526, countries: null, qualifier: "exact", status: "actual", change: false, period: "2024" },
      { text: "6 đoàn", direction: "inbound", delegations: 6, people: null, countries: null, qualifier: "exact", status: null, change: true, period: "2024" },
      { text: "23 đoàn", direction: "inbound", delegations: 23, people: null, countries: null, qualifier: "exact", status: "actual", change: false, period: "2024" },
    ],
    note: "a figure later in the sentence shares the verb of the one before",
  },
  {
    text: "Theo báo cáo của Sở Ngoại vụ, trong năm 2023, toàn tỉnh đã tổ chức 16 đoàn đi công tác nước ngoài. Các cơ quan trong tỉnh đã đón tiếp 41 đoàn khách quốc tế với 387 lượt người.",
    expect: [
      { text: "16 đoàn", direction: "outbound", delegations: 16, people: null, countries: null, qualifier: "exact", status: "actual", change: false, period: "2023" },
      { text: "41 đoàn khách quốc tế với 387 lượt người", direction: "inbound", delegations: 41, people: 387, countries: null, qualifier: "exact", status: "actual", change: false, period: "2023" },
    ],
    note: "a paragraph whose first sentence sets its year after a lead-in ('Theo báo cáo …, trong năm 2023, …')",
  },
  // ───────────────────────── found by the fourth held-out batch and the HTML held-out pages ─────────────────────────
  {
    text: "Năm 2023, tỉnh sẵn sàng cử đoàn công tác khoảng 10 người sang thăm và làm việc tại tỉnh Xay-nha-bu-ly (Lào).",
    expect: [{ text: "khoảng 10 người", direction: "outbound", delegations: null, people: 10, countries: null, qualifier: "approx", status: null, change: false, period: "2023" }],
    note: "'đoàn công tác khoảng N người': the size of one delegation",
  },
  {
    text: "Năm 2023, tỉnh đã đón 11 đoàn/152 lượt người của tỉnh Vân Nam (Trung Quốc); đồng thời cử 09 đoàn/96 người sang làm việc.",
    expect: [
      { text: "11 đoàn/152 lượt người", direction: "inbound", delegations: 11, people: 152, countries: null, qualifier: "exact", status: "actual", change: false, period: "2023" },
      { text: "09 đoàn/96 người", direction: "outbound", delegations: 9, people: 96, countries: null, qualifier: "exact", status: "actual", change: false, period: "2023" },
    ],
    note: "'; đồng thời cử …' continues the sentence's 'đã'",
  },
  {
    text: "Năm 2023, thực hiện Nghị quyết số 36-NQ/TW về Chiến lược phát triển kinh tế biển đến năm 2030, tầm nhìn đến năm 2045, tỉnh đã cử 12 đoàn ra.",
    expect: [{ text: "12 đoàn", direction: "outbound", delegations: 12, people: null, countries: null, qualifier: "exact", status: "actual", change: false, period: "2023" }],
    note: "a strategy's horizon ('đến năm 2030, tầm nhìn đến năm 2045') is not the figure's period",
  },
  {
    text: "Ngày 16/4/2024, Đoàn công tác tỉnh Vân Nam (Trung Quốc) gồm 32 thành viên đã khảo sát Khu kinh tế cửa khẩu Lào Cai.",
    expect: [{ text: "32 thành viên", direction: "inbound", delegations: null, people: 32, countries: null, qualifier: "exact", status: "actual", change: false, period: "2024" }],
    note: "a delegation named after a foreign unit comes in; 'đã' after the size is its verb",
  },
  {
    text: "Tháng 10/2023, tỉnh đón đoàn đại biểu châu Hồng Hà (Trung Quốc) do Phó Châu trưởng dẫn đầu với 24 thành viên sang dự Hội nghị.",
    expect: [{ text: "24 thành viên", direction: "inbound", delegations: null, people: 24, countries: null, qualifier: "exact", status: null, change: false, period: "2023" }],
    note: "'sang' after the figure says only that a border is crossed",
  },
  // ───────────────────────── found by the fifth held-out batch ─────────────────────────
  {
    text: "Năm 2023, hội nghị có sự tham dự của 6 đoàn đại biểu các tỉnh bạn với 87 thành viên đến làm việc tại tỉnh.",
    expect: [{ text: "6 đoàn đại biểu các tỉnh bạn với 87 thành viên", direction: "inbound", delegations: 6, people: 87, countries: null, qualifier: "exact", status: null, change: false, period: "2023" }],
    note: "'đoàn đại biểu các tỉnh bạn với N thành viên': one record",
  },
  // ───────────────────────── found by holdout10 ─────────────────────────
  {
    text: "Trong năm, tỉnh cũng đã đón 2 đoàn chuyên gia của bang Queensland với 17 người sang khảo sát vùng ven biển.",
    expect: [{ text: "2 đoàn chuyên gia của bang Queensland với 17 người", direction: "inbound", delegations: 2, people: 17, countries: null, qualifier: "exact", status: "actual", change: false, period: null }],
    note: "a delegation named at length before its people: one record",
  },
  {
    text: "Năm 2023, tỉnh tiếp 3 đoàn và làm việc với 26 người của các doanh nghiệp Nhật Bản.",
    expect: [{ text: "3 đoàn", direction: "inbound", delegations: 3, people: null, countries: null, qualifier: "exact", status: null, change: false, period: "2023" }],
    note: "a name that goes on into another clause ('và làm việc với') is not the delegation's",
  },
  {
    text: "Tháng 10/2023, đoàn đại biểu tỉnh Bôlykhămxay (Lào) gồm 12 thành viên đã sang trao đổi kinh nghiệm quản lý lao động di cư.",
    expect: [{ text: "12 thành viên", direction: "inbound", delegations: null, people: 12, countries: null, qualifier: "exact", status: "actual", change: false, period: "2023" }],
    note: "'lao động' in what the delegation discusses does not make its members workers",
  },
  {
    text: "Đoàn gồm 45 thành viên, trong đó có đại diện 22 doanh nghiệp bán dẫn, vi mạch và trí tuệ nhân tạo, sang thăm và làm việc tại Đà Nẵng từ ngày 23 đến 26/9/2025.",
    expect: [{ text: "45 thành viên", direction: "inbound", delegations: null, people: 45, countries: null, qualifier: "exact", status: null, change: false }],
    note: "a delegation that visits a province of Vietnam comes in, though 'sang thăm' follows it",
  },
  {
    text: "Từ ngày 18 đến 21/9/2024, đoàn công tác thành phố Hà Nội gồm 9 thành viên do Phó Chủ tịch UBND thành phố dẫn đầu đã tham dự hội nghị tại thành phố Fukuoka (Nhật Bản).",
    expect: [{ text: "9 thành viên", direction: "outbound", delegations: null, people: 9, countries: null, qualifier: "exact", status: "actual", change: false, period: "2024" }],
    note: "a province of Vietnam's delegation, by name, at a place abroad: outbound",
  },
  {
    text: "Hai bên thống nhất phấn đấu đưa kim ngạch thương mại giữa hai tỉnh đạt 5 triệu USD vào năm 2025; mỗi năm trao đổi ít nhất 2 đoàn các cấp; phối hợp tổ chức hội chợ hằng năm.",
    expect: [{ text: "2 đoàn", direction: "both", delegations: 2, status: "target" }],
    note: "a plan word that opens the sentence governs its items after semicolons",
  },
  {
    text: "Năm 2024, tỉnh đặt mục tiêu thu hút 500 triệu USD; đã đón 20 đoàn khách quốc tế.",
    expect: [{ text: "20 đoàn", direction: "inbound", delegations: 20, status: "actual" }],
    note: "an item with its own status verb keeps it",
  },
  {
    text: "Từ ngày 17 đến 25/11/2013, đoàn công tác tỉnh Bình Định gồm 36 thành viên do Chủ tịch UBND tỉnh làm trưởng đoàn, cùng đại diện 21 doanh nghiệp của tỉnh, đã thăm, làm việc và xúc tiến đầu tư tại Nhật Bản và Hàn Quốc.",
    expect: [{ text: "36 thành viên", delegations: null, people: 36, status: "actual" }],
    note: "the verb of one delegation after who leads it and who goes with it",
  },
  {
    text: "Năm 2025, hai bên thống nhất phấn đấu tổ chức khoảng 40 đoàn trao đổi và phối hợp tổ chức hội chợ thương mại biên giới.",
    expect: [{ text: "khoảng 40 đoàn", direction: "both", delegations: 40, qualifier: "approx", status: "target", period: "2025" }],
    note: "delegations exchanged ('N đoàn trao đổi') go both ways",
  },
  {
    text: "Hơn 30 đoàn khách quốc tế dự Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 năm 2025.",
    expect: [{ text: "Hơn 30 đoàn", direction: "inbound", delegations: 30, qualifier: "over" }],
    note: "'đoàn khách quốc tế': guests come in",
  },
  {
    text: "Năm 2023, hai tỉnh đã trao đổi 38 đoàn/612 lượt người. Trong đó, tỉnh Quảng Trị cử 17 đoàn/245 lượt cán bộ sang thăm và làm việc tại tỉnh Savannakhet.",
    expect: [
      { text: "38 đoàn/612 lượt người", delegations: 38, people: 612, direction: "both", status: "actual", period: "2023" },
      { text: "17 đoàn/245 lượt cán bộ", delegations: 17, people: 245, direction: "outbound", status: "actual", period: "2023" },
    ],
    note: "a sentence that opens with 'Trong đó' shares the status of the total before it",
  },
  {
    text: "Hai bên thống nhất năm 2024 trao đổi khoảng 40 đoàn các cấp, phấn đấu đưa kim ngạch thương mại song phương đạt 500 triệu USD.",
    expect: [{ text: "khoảng 40 đoàn", delegations: 40, direction: "both", status: "target", period: "2024" }],
    note: "'thống nhất' + a verb of what the sides will do: a plan",
  },
  {
    text: "Bảng: Đoàn ra, đoàn vào năm 2017 và 2018\n\nChỉ tiêu | Năm 2017 | Năm 2018 | So sánh\n\n1. Đoàn ra | 34 đoàn/196 lượt người | 05 đoàn/27 lượt người | giảm 29 đoàn",
    expect: [
      { text: "34 đoàn/196 lượt người", delegations: 34, people: 196, direction: "outbound", period: "2017" },
      { text: "05 đoàn/27 lượt người", delegations: 5, people: 27, direction: "outbound", period: "2018" },
      { text: "29 đoàn", delegations: 29, direction: "outbound", change: true },
    ],
    note: "a difference in a table row takes the direction of the row's label",
  },
  {
    text: "A. KẾT QUẢ THỰC HIỆN NĂM 2009\n\n1. Công tác đoàn ra, đoàn vào\n\nTỉnh đã đón tiếp 64 đoàn/715 lượt khách nước ngoài đến thăm, làm việc.\n\nB. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2010\n\nTỉnh dự kiến tổ chức khoảng 30 đoàn ra.",
    expect: [
      { text: "64 đoàn/715 lượt khách nước ngoài", delegations: 64, people: 715, direction: "inbound", period: "2009" },
      { text: "khoảng 30 đoàn", delegations: 30, direction: "outbound", status: "target", period: "2010" },
    ],
    note: "a section heading that names one year dates the paragraphs under it",
  },
];
