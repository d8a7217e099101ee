// Duckling-style corpus for the money extractor: realistic provincial-news
// phrasing with the records an annotator expects (see ../../../../shared/spec/RECORDS.md).
// `text` in an expected record is the core span (number + scale + currency); the
// qualifier word (hơn, trên, khoảng …) is not part of it.
import type { CorpusExample } from "../corpus-types.js";

export const corpus: CorpusExample<"money">[] = [
  {
    text: "Chỉ tiêu | Năm 2021 | Năm 2022 | Năm 2023\n\nVốn FDI đăng ký mới (triệu USD) | 4,5 | 26,8 | 57,3",
    expect: [
      { text: "4,5", amount: 4500000, currency: "USD", period: "2021" },
      { text: "26,8", amount: 26800000, currency: "USD", period: "2022" },
      { text: "57,3", amount: 57300000, currency: "USD", period: "2023" },
    ],
    note: "a table row whose label gives the unit: its bare numbers are amounts, each of its column's year",
  },
  {
    text: "Tỉnh cũng đã hỗ trợ tỉnh Xay Sổm Bun (Lào) 1,2 tỷ đồng để xây dựng nhà lớp học tại huyện Long Chẹng.",
    expect: [{ text: "1,2 tỷ đồng", amount: 1200000000, currency: "VND", status: "actual" }],
    note: "a short parenthesis between the verb and the figure does not cut the clause",
  },
  {
    text: "Trong giai đoạn 2019 - 2023, thành phố đã hỗ trợ tỉnh Sê Kông tổng cộng hơn 42 tỉ đồng, trong đó có 18,5 tỉ đồng xây dựng Trường phổ thông dân tộc nội trú tỉnh và 6 tỉ đồng hỗ trợ phòng chống dịch COVID-19.",
    expect: [
      { amount: 42000000000, currency: "VND", status: "actual", qualifier: "over" },
      { amount: 18500000000, currency: "VND", status: "actual" },
      { amount: 6000000000, currency: "VND", status: "actual" },
    ],
    note: "the parts after 'trong đó' have the total's status; the decimal comma of 18,5 is no clause break",
  },
  // ───────────────────────── positives: USD forms ─────────────────────────
  {
    text: "Năm 2019, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh ước đạt 4.750 triệu USD, bằng 90,8% kế hoạch năm.",
    expect: [{ text: "4.750 triệu USD", amount: 4750000000, currency: "USD", qualifier: "exact", status: "estimate", change: false, period: "2019" }],
    note: "'.' groups thousands before a scale word; the percentage is not money",
  },
  {
    text: "Năm 2016, các dự án FDI trên địa bàn tỉnh đã giải ngân được trên 17 triệu đô la, tăng khoảng 4,4 lần so với năm 2015.",
    expect: [{ text: "17 triệu đô la", amount: 17000000, currency: "USD", qualifier: "over", status: "actual", change: false, period: "2016" }],
    note: "đô la → USD; '4,4 lần' is a ratio, not money; 'so với năm 2015' is not the period",
  },
  {
    text: "Kim ngạch xuất khẩu năm 2024 của tỉnh đạt hơn 3,2 tỷ USD, đưa địa phương vào nhóm dẫn đầu khu vực Bắc Trung Bộ.",
    expect: [{ text: "3,2 tỷ USD", amount: 3200000000, currency: "USD", qualifier: "over", status: "actual", change: false, period: "2024" }],
    note: "',' is the decimal mark",
  },
  {
    text: "Tỉnh phấn đấu đưa kim ngạch xuất khẩu cán mốc 4 tỷ USD vào năm 2025.",
    expect: [{ text: "4 tỷ USD", amount: 4000000000, currency: "USD", qualifier: "exact", status: "target", change: false, period: "2025" }],
    note: "phấn đấu / cán mốc … vào năm 2025 → target, period is the target year",
  },
  {
    text: "Trong 6 tháng đầu năm 2023, kim ngạch xuất khẩu của tỉnh ước đạt 1,27 tỷ USD, tăng 8,5% so với cùng kỳ.",
    expect: [{ text: "1,27 tỷ USD", amount: 1270000000, currency: "USD", qualifier: "exact", status: "estimate", change: false, period: "2023" }],
    note: "'6 tháng đầu năm 2023' → period 2023",
  },
  {
    text: "Năm 2022, tỉnh vận động được 45 chương trình, dự án viện trợ phi chính phủ nước ngoài, giá trị giải ngân đạt 6,8 triệu USD.",
    expect: [{ text: "6,8 triệu USD", amount: 6800000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2022" }],
    note: "'45 chương trình, dự án' is a count of projects, not money",
  },
  {
    text: "Hiện trên địa bàn tỉnh có 05 dự án phi chính phủ nước ngoài đang hoạt động với tổng số vốn là 242.885 USD.",
    expect: [{ text: "242.885 USD", amount: 242885, currency: "USD", qualifier: "exact", status: null, change: false, period: null }],
    note: "no year in the text → period null; nothing marks status",
  },
  {
    text: "Năm 2019, tỉnh tiếp nhận bổ sung quy mô dự án “Thư viện thân thiện trường tiểu học” với tổng giá trị tài trợ là 83.991 USD.",
    expect: [{ text: "83.991 USD", amount: 83991, currency: "USD", qualifier: "exact", status: null, change: false, period: "2019" }],
    note: "83.991 is eighty-three thousand, not a decimal",
  },
  {
    text: "Các tổ chức phi chính phủ nước ngoài đã chuyển giao 06 khoản viện trợ phi dự án gồm trang thiết bị y tế tuyến cơ sở, trị giá khoảng 900.000 USD.",
    expect: [{ text: "900.000 USD", amount: 900000, currency: "USD", qualifier: "approx", status: "actual", change: false, period: null }],
    note: "'trị giá khoảng' carries no status marker of its own: the sentence's 'đã chuyển giao' goes on over it",
  },
  {
    text: "Dự án xây dựng trường học của đối tác Hàn Quốc dự kiến có tổng trị giá cả giai đoạn khoảng 800.000 USD.",
    expect: [{ text: "800.000 USD", amount: 800000, currency: "USD", qualifier: "approx", status: "target", change: false, period: null }],
    note: "dự kiến → target; 'cả giai đoạn' names no years",
  },
  {
    text: "Có 30 dự án có vốn đầu tư nước ngoài còn hiệu lực với tổng vốn đăng ký 257,9 triệu USD, tăng 02 dự án so với cùng kỳ.",
    expect: [{ text: "257,9 triệu USD", amount: 257900000, currency: "USD", qualifier: "exact", status: null, change: false, period: null }],
    note: "'tăng 02 dự án' is a change in a project count, not money",
  },
  {
    text: "Năm 2020, kim ngạch xuất khẩu hàng hóa địa phương sang thị trường Lào đạt 137,5 triệu USD, tăng 9,6% so với cùng kỳ.",
    expect: [{ text: "137,5 triệu USD", amount: 137500000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2020" }],
  },
  {
    text: "Năm 2017, tổng vốn ODA giải ngân trên địa bàn tỉnh ước đạt 45 triệu đô la Mỹ.",
    expect: [{ text: "45 triệu đô la Mỹ", amount: 45000000, currency: "USD", qualifier: "exact", status: "estimate", change: false, period: "2017" }],
    note: "đô la Mỹ → USD",
  },
  {
    text: "Ngân hàng Thế giới tài trợ 12 triệu đôla cho dự án cấp nước sạch vùng biên giới.",
    expect: [{ text: "12 triệu đôla", amount: 12000000, currency: "USD", qualifier: "exact", status: null, change: false, period: null }],
    note: "đôla written as one word",
  },
  {
    text: "Nhà máy may của nhà đầu tư Đài Loan có quy mô 8 triệu đô, dự kiến tạo việc làm cho 2.000 lao động.",
    expect: [{ text: "8 triệu đô", amount: 8000000, currency: "USD", qualifier: "exact", status: null, change: false, period: null }],
    note: "colloquial 'triệu đô' → USD; '2.000 lao động' is not money; 'dự kiến' governs the jobs, not the capital",
  },
  {
    text: "Tổ chức Plan International tài trợ 15.000 USD để sửa chữa điểm trường tại xã biên giới.",
    expect: [{ text: "15.000 USD", amount: 15000, currency: "USD", qualifier: "exact", status: null, change: false, period: null }],
  },
  {
    text: "Khoản viện trợ không hoàn lại trị giá 2,5 triệu US$ được dùng để nâng cấp trạm y tế các xã vùng cao.",
    expect: [{ text: "2,5 triệu US$", amount: 2500000, currency: "USD", qualifier: "exact", status: null, change: false, period: null }],
    note: "US$ → USD",
  },
  {
    text: "Tổng giá trị các khoản viện trợ được phê duyệt trong năm 2020 đạt 11.974.405,56 USD.",
    expect: [{ text: "11.974.405,56 USD", amount: 11974405.56, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2020" }],
    note: "several '.' thousand groups plus a ',' decimal",
  },
  {
    text: "Kế hoạch năm 2025, tỉnh phấn đấu vận động nguồn vốn ODA khoảng 150 triệu USD.",
    expect: [{ text: "150 triệu USD", amount: 150000000, currency: "USD", qualifier: "approx", status: "target", change: false, period: "2025" }],
  },
  {
    text: "Giai đoạn 2016 - 2020, tỉnh đã thu hút 35 dự án FDI với tổng vốn đăng ký hơn 1,1 tỷ USD.",
    expect: [{ text: "1,1 tỷ USD", amount: 1100000000, currency: "USD", qualifier: "over", status: "actual", change: false, period: "2016-2020" }],
    note: "'giai đoạn 2016 - 2020' → period '2016-2020'",
  },
  {
    text: "Nhiệm kỳ 2020-2025, vốn viện trợ phi chính phủ nước ngoài giải ngân được gần 20 triệu USD.",
    expect: [{ text: "20 triệu USD", amount: 20000000, currency: "USD", qualifier: "approx", status: "actual", change: false, period: "2020-2025" }],
    note: "gần → approx; giải ngân được → actual; nhiệm kỳ gives the period",
  },
  {
    text: "Năm 2021 là năm đầy thách thức do tác động của dịch COVID-19. Trong năm, các doanh nghiệp FDI trên địa bàn đã giải ngân 96 triệu USD.",
    expect: [{ text: "96 triệu USD", amount: 96000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2021" }],
    note: "'Trong năm' takes the year established in the previous sentence; COVID-19 is not a number",
  },
  {
    text: "Năm 2022, kim ngạch xuất nhập khẩu qua Cửa khẩu Quốc tế Lao Bảo đạt 1.150 triệu USD.",
    expect: [{ text: "1.150 triệu USD", amount: 1150000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2022" }],
  },
  {
    text: "Giá trị hàng hóa trao đổi qua các lối mở biên giới năm 2018 ước tính khoảng 600 triệu USD.",
    expect: [{ text: "600 triệu USD", amount: 600000000, currency: "USD", qualifier: "approx", status: "estimate", change: false, period: "2018" }],
    note: "ước tính → estimate",
  },
  {
    text: "Mục tiêu đến năm 2030, kim ngạch xuất khẩu của tỉnh đạt 10 tỷ USD.",
    expect: [{ text: "10 tỷ USD", amount: 10000000000, currency: "USD", qualifier: "exact", status: "target", change: false, period: "2030" }],
    note: "'Mục tiêu' makes 'đạt' a target, not an actual",
  },
  {
    text: "Hội chợ Thương mại quốc tế Việt - Lào năm 2023 thu hút 320 gian hàng, giá trị hợp đồng ký kết đạt trên 20 triệu USD.",
    expect: [{ text: "20 triệu USD", amount: 20000000, currency: "USD", qualifier: "over", status: "actual", change: false, period: "2023" }],
    note: "'320 gian hàng' is a count of booths",
  },
  {
    text: "Dự án nhà máy sản xuất linh kiện điện tử có tổng vốn đầu tư 1,3 tỷ USD, do một tập đoàn Hồng Kông làm chủ đầu tư.",
    expect: [{ text: "1,3 tỷ USD", amount: 1300000000, currency: "USD", qualifier: "exact", status: null, change: false, period: null }],
  },
  {
    text: "Đến nay, toàn tỉnh có 120 dự án FDI còn hiệu lực với tổng vốn đăng ký 3,8 tỷ USD.",
    expect: [{ text: "3,8 tỷ USD", amount: 3800000000, currency: "USD", qualifier: "exact", status: null, change: false, period: null }],
    note: "'Đến nay' is not a datable period",
  },
  {
    text: "Quý I/2024, kim ngạch xuất khẩu sang thị trường Nhật Bản đạt 152 triệu USD.",
    expect: [{ text: "152 triệu USD", amount: 152000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2024" }],
    note: "a quarter of 2024 → period 2024",
  },
  {
    text: "Kim ngạch xuất khẩu năm 2018 đạt 1,8 tỷ USD; năm 2019 đạt 2,1 tỷ USD.",
    expect: [
      { text: "1,8 tỷ USD", amount: 1800000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2018" },
      { text: "2,1 tỷ USD", amount: 2100000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2019" },
    ],
    note: "each figure takes its own year",
  },
  {
    text: "Kim ngạch xuất khẩu của tỉnh đạt 865 triệu USD, tăng 12% so với năm 2022.",
    expect: [{ text: "865 triệu USD", amount: 865000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: null }],
    note: "the comparison year is not the period; the text does not say which year 865 million is for",
  },
  {
    text: "Sau khi đi vào hoạt động, vốn thực hiện của các dự án NGO chỉ đạt chưa đến 5 triệu USD.",
    expect: [{ text: "5 triệu USD", amount: 5000000, currency: "USD", qualifier: "under", status: "actual", change: false, period: null }],
    note: "chưa đến → under",
  },
  {
    text: "Theo số liệu của Sở Công Thương, tổng kim ngạch thương mại với các tỉnh Nam Lào xấp xỉ 2 tỷ USD.",
    expect: [{ text: "2 tỷ USD", amount: 2000000000, currency: "USD", qualifier: "approx", status: null, change: false, period: null }],
    note: "xấp xỉ → approx",
  },
  {
    text: "Năm 2022, tập đoàn Hàn Quốc đã rót thêm chừng 30 triệu USD để mở rộng nhà máy.",
    expect: [{ text: "30 triệu USD", amount: 30000000, currency: "USD", qualifier: "approx", status: "actual", change: false, period: "2022" }],
    note: "chừng → approx",
  },
  {
    text: "Ngoài ra, các nhà tài trợ còn hỗ trợ hơn 700 nghìn USD cho chương trình sinh kế của đồng bào dân tộc thiểu số.",
    expect: [{ text: "700 nghìn USD", amount: 700000, currency: "USD", qualifier: "over", status: null, change: false, period: null }],
    note: "nghìn multiplies",
  },
  {
    text: "Tổ chức World Vision tài trợ dự án dinh dưỡng trẻ em với tổng giá trị khoảng 350 ngàn USD.",
    expect: [{ text: "350 ngàn USD", amount: 350000, currency: "USD", qualifier: "approx", status: null, change: false, period: null }],
    note: "ngàn = nghìn",
  },
  {
    text: "Dự án “Nâng cao năng lực phòng chống thiên tai” có tổng kinh phí 0,5 triệu USD, do Chính phủ Australia tài trợ.",
    expect: [{ text: "0,5 triệu USD", amount: 500000, currency: "USD", qualifier: "exact", status: null, change: false, period: null }],
  },
  {
    text: "Năm 2021, một doanh nghiệp Hoa Kỳ đăng ký đầu tư hơn mười triệu đô la vào khu công nghiệp của tỉnh.",
    expect: [{ text: "mười triệu đô la", amount: 10000000, currency: "USD", qualifier: "over", status: null, change: false, period: "2021" }],
    note: "number word 'mười' with a scale word",
  },
  {
    text: "Năm 2023, kim ngạch xuất khẩu đạt 1,2 tỷ USD, giảm 150 triệu USD so với năm 2022.",
    expect: [
      { text: "1,2 tỷ USD", amount: 1200000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2023" },
      { text: "150 triệu USD", amount: 150000000, currency: "USD", qualifier: "exact", change: true },
    ],
    note: "'giảm 150 triệu USD so với' is a difference → change true (status/period of the difference left unscored)",
  },
  {
    text: "Viện trợ của các tổ chức phi chính phủ nước ngoài năm 2023 đạt 8,2 triệu USD, tăng 1,3 triệu USD so với năm trước.",
    expect: [
      { text: "8,2 triệu USD", amount: 8200000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2023" },
      { text: "1,3 triệu USD", amount: 1300000, currency: "USD", qualifier: "exact", change: true },
    ],
  },
  {
    text: "Nhập khẩu qua địa bàn năm 2019 đạt 2.200 triệu USD, tăng 300 triệu USD so với cùng kỳ năm 2018.",
    expect: [
      { text: "2.200 triệu USD", amount: 2200000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2019" },
      { text: "300 triệu USD", amount: 300000000, currency: "USD", qualifier: "exact", change: true },
    ],
  },
  {
    text: "Năm 2019, tổng kim ngạch xuất nhập khẩu ước đạt 4.750 triệu USD, trong đó xuất khẩu đạt 2.550 triệu USD và nhập khẩu 2.200 triệu USD.",
    expect: [
      { text: "4.750 triệu USD", amount: 4750000000, currency: "USD", qualifier: "exact", status: "estimate", change: false, period: "2019" },
      { text: "2.550 triệu USD", amount: 2550000000, currency: "USD", qualifier: "exact", change: false, period: "2019" },
      { text: "2.200 triệu USD", amount: 2200000000, currency: "USD", qualifier: "exact", change: false, period: "2019" },
    ],
    note: "components of an estimated total: their status is ambiguous (part of the estimate vs 'đạt'), so left unscored as in the gold",
  },
  {
    text: "Dự án có tổng vốn 1,2 triệu USD (tương đương 27,6 tỷ đồng), trong đó phía Nhật Bản tài trợ không hoàn lại toàn bộ.",
    expect: [
      { text: "1,2 triệu USD", amount: 1200000, currency: "USD", qualifier: "exact", status: null, change: false, period: null },
      { text: "27,6 tỷ đồng", amount: 27600000000, currency: "VND", qualifier: "exact", status: null, change: false, period: null },
    ],
    note: "an amount and its conversion are two mentions, two records",
  },
  {
    text: "Năm 2025, tỉnh dự kiến thu hút khoảng 500 triệu USD vốn đầu tư trực tiếp nước ngoài.",
    expect: [{ text: "500 triệu USD", amount: 500000000, currency: "USD", qualifier: "approx", status: "target", change: false, period: "2025" }],
  },
  {
    text: "Doanh nghiệp trao 40 suất học bổng cho sinh viên nghèo vượt khó, mỗi suất trị giá 1.000 USD.",
    expect: [{ text: "1.000 USD", amount: 1000, currency: "USD", qualifier: "exact", status: null, change: false, period: null }],
  },

  // ───────────────────────── positives: VND forms ─────────────────────────
  {
    text: "Nhân dịp này, Bộ Ngoại giao trao tặng Quỹ Bảo trợ trẻ em của tỉnh 100 triệu đồng.",
    expect: [{ text: "100 triệu đồng", amount: 100000000, currency: "VND", qualifier: "exact", status: null, change: false, period: null }],
  },
  {
    text: "Có 11 chương trình, dự án ODA đang triển khai với tổng vốn đầu tư trên 3.400 tỷ đồng.",
    expect: [{ text: "3.400 tỷ đồng", amount: 3400000000000, currency: "VND", qualifier: "over", status: null, change: false, period: null }],
    note: "'11 chương trình, dự án' is a count",
  },
  {
    text: "Năm 2023, vốn đầu tư trực tiếp nước ngoài đăng ký mới vào tỉnh đạt 1,5 nghìn tỷ đồng.",
    expect: [{ text: "1,5 nghìn tỷ đồng", amount: 1500000000000, currency: "VND", qualifier: "exact", status: "actual", change: false, period: "2023" }],
    note: "stacked scale words: nghìn × tỷ",
  },
  {
    text: "Năm 2021, tổng vốn FDI thu hút vào tỉnh đạt 2.500 tỷ VNĐ, tăng 320 tỷ VNĐ so với năm 2020.",
    expect: [
      { text: "2.500 tỷ VNĐ", amount: 2500000000000, currency: "VND", qualifier: "exact", status: "actual", change: false, period: "2021" },
      { text: "320 tỷ VNĐ", amount: 320000000000, currency: "VND", qualifier: "exact", change: true },
    ],
    note: "VNĐ → VND",
  },
  {
    text: "Chương trình hợp tác y tế với tỉnh bạn có tổng kinh phí 120 tỷ VND, thực hiện trong 3 năm.",
    expect: [{ text: "120 tỷ VND", amount: 120000000000, currency: "VND", qualifier: "exact", status: null, change: false, period: null }],
    note: "'3 năm' is a duration",
  },
  {
    text: "Năm 2020, Ủy ban MTTQ tỉnh đã chuyển 1,2 tỉ đồng hỗ trợ nhân dân tỉnh Chăm-pa-sắc (Lào) khắc phục hậu quả lũ lụt.",
    expect: [{ text: "1,2 tỉ đồng", amount: 1200000000, currency: "VND", qualifier: "exact", status: "actual", change: false, period: "2020" }],
    note: "tỉ spelling of tỷ",
  },
  {
    text: "Đoàn đã trao tặng nhà văn hóa bản cho 50 hộ gia đình vùng biên, công trình trị giá 250.000.000 đồng.",
    expect: [{ text: "250.000.000 đồng", amount: 250000000, currency: "VND", qualifier: "exact", status: "actual", change: false, period: null }],
    note: "full digits with '.' groups; '50 hộ gia đình' is a count; the sentence's 'đã trao tặng' goes on over the value",
  },
  {
    text: "Ngân sách tỉnh bố trí 05 tỷ đồng cho các hoạt động đối ngoại năm 2024.",
    expect: [{ text: "05 tỷ đồng", amount: 5000000000, currency: "VND", qualifier: "exact", status: null, change: false, period: "2024" }],
    note: "leading zero",
  },
  {
    text: "Tỉnh trao tặng hai tỷ đồng hỗ trợ tỉnh Hủa Phăn xây dựng trường phổ thông dân tộc nội trú.",
    expect: [{ text: "hai tỷ đồng", amount: 2000000000, currency: "VND", qualifier: "exact", status: null, change: false, period: null }],
    note: "number word with scale word",
  },
  {
    text: "Hội Chữ thập đỏ tỉnh quyên góp được ba trăm triệu đồng ủng hộ đồng bào vùng lũ của nước bạn.",
    expect: [{ text: "ba trăm triệu đồng", amount: 300000000, currency: "VND", qualifier: "exact", status: "actual", change: false, period: null }],
    note: "'ba trăm' × triệu; 'được' marks actual",
  },
  {
    text: "Thu ngân sách từ hoạt động xuất nhập khẩu năm 2024 ước 3.200 tỷ đồng.",
    expect: [{ text: "3.200 tỷ đồng", amount: 3200000000000, currency: "VND", qualifier: "exact", status: "estimate", change: false, period: "2024" }],
    note: "bare 'ước' → estimate",
  },
  {
    text: "Dự án khu logistics cửa khẩu dự kiến có tổng mức đầu tư 2.000 tỷ đồng.",
    expect: [{ text: "2.000 tỷ đồng", amount: 2000000000000, currency: "VND", qualifier: "exact", status: "target", change: false, period: null }],
  },
  {
    text: "Hội chợ Thương mại quốc tế Việt - Trung năm 2019 có doanh thu bán hàng đạt 15 tỷ đồng.",
    expect: [{ text: "15 tỷ đồng", amount: 15000000000, currency: "VND", qualifier: "exact", status: "actual", change: false, period: "2019" }],
  },
  {
    text: "Tỉnh hỗ trợ tỉnh bạn 500 triệu đồng (tương đương khoảng 400 triệu kíp) để khắc phục hậu quả bão số 3.",
    expect: [
      { text: "500 triệu đồng", amount: 500000000, currency: "VND", qualifier: "exact", status: null, change: false, period: null },
      { text: "400 triệu kíp", amount: 400000000, currency: "LAK", qualifier: "approx", status: null, change: false, period: null },
    ],
    note: "kíp → LAK; 'bão số 3' is a name",
  },

  // ───────────────────────── positives: other currencies ─────────────────────────
  {
    text: "Cơ quan Hợp tác quốc tế Nhật Bản (JICA) tài trợ 2 tỷ yên Nhật cho dự án nâng cấp hệ thống thủy lợi của tỉnh.",
    expect: [{ text: "2 tỷ yên Nhật", amount: 2000000000, currency: "JPY", qualifier: "exact", status: null, change: false, period: null }],
  },
  {
    text: "Giai đoạn 2021 - 2024, tổng vốn vay ưu đãi cho dự án là 1,2 tỷ JPY.",
    expect: [{ text: "1,2 tỷ JPY", amount: 1200000000, currency: "JPY", qualifier: "exact", status: null, change: false, period: "2021-2024" }],
    note: "JPY code",
  },
  {
    text: "Chính phủ Đức tài trợ 1 triệu Euro thông qua Ngân hàng Tái thiết Đức (KfW) cho chương trình phát triển rừng bền vững.",
    expect: [{ text: "1 triệu Euro", amount: 1000000, currency: "EUR", qualifier: "exact", status: null, change: false, period: null }],
  },
  {
    text: "Liên minh châu Âu hỗ trợ 500.000 EUR cho chương trình nâng cao sinh kế của phụ nữ vùng biên.",
    expect: [{ text: "500.000 EUR", amount: 500000, currency: "EUR", qualifier: "exact", status: null, change: false, period: null }],
  },
  {
    text: "Năm 2018, tổng giá trị các dự án do Bỉ tài trợ đã giải ngân đạt 3,5 triệu euro.",
    expect: [{ text: "3,5 triệu euro", amount: 3500000, currency: "EUR", qualifier: "exact", status: "actual", change: false, period: "2018" }],
    note: "lower-case euro",
  },
  {
    text: "Năm 2018, kim ngạch thương mại giữa tỉnh và tỉnh Vân Nam (Trung Quốc) đạt 1,5 tỷ nhân dân tệ.",
    expect: [{ text: "1,5 tỷ nhân dân tệ", amount: 1500000000, currency: "CNY", qualifier: "exact", status: "actual", change: false, period: "2018" }],
  },
  {
    text: "Phía bạn cam kết hỗ trợ 50 triệu NDT để xây dựng hạ tầng khu hợp tác kinh tế qua biên giới.",
    expect: [{ text: "50 triệu NDT", amount: 50000000, currency: "CNY", qualifier: "exact", change: false, period: null }],
    note: "NDT → CNY; 'cam kết' (pledge) is not a listed status marker: status left unscored",
  },
  {
    text: "Một doanh nghiệp Thái Lan đầu tư 50 triệu bạt vào nhà máy chế biến nông sản tại khu kinh tế.",
    expect: [{ text: "50 triệu bạt", amount: 50000000, currency: "THB", qualifier: "exact", status: null, change: false, period: null }],
  },
  {
    text: "Năm 2019, giá trị hợp đồng xuất khẩu nông sản sang tỉnh Ulianốp đạt 30 triệu rúp.",
    expect: [{ text: "30 triệu rúp", amount: 30000000, currency: "RUB", qualifier: "exact", status: "actual", change: false, period: "2019" }],
  },
  {
    text: "Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) viện trợ 3 tỷ won để xây dựng trung tâm dạy nghề của tỉnh.",
    expect: [{ text: "3 tỷ won", amount: 3000000000, currency: "KRW", qualifier: "exact", status: null, change: false, period: null }],
  },
  {
    text: "Quỹ Temasek tài trợ 5 triệu đô la Singapore cho chương trình đào tạo nhân lực y tế.",
    expect: [{ text: "5 triệu đô la Singapore", amount: 5000000, currency: "SGD", qualifier: "exact", status: null, change: false, period: null }],
    note: "đô la qualified by another country is not USD",
  },

  // ───────────────────────── negatives ─────────────────────────
  {
    text: "Xuất khẩu đạt 81% kế hoạch, giảm 13,7%; nhập khẩu đạt 105,8% kế hoạch, tăng 15,8% so với cùng kỳ năm 2018.",
    expect: [],
    note: "percentages are never money",
  },
  {
    text: "Năm 2016, vốn giải ngân của các dự án FDI tăng khoảng 4,4 lần so với năm 2015.",
    expect: [],
    note: "a ratio with no currency",
  },
  {
    text: "Có 30 dự án có vốn đầu tư nước ngoài còn hiệu lực, tăng 02 dự án so với cùng kỳ năm 2018.",
    expect: [],
    note: "project counts",
  },
  {
    text: "Các doanh nghiệp FDI đã góp phần giải quyết việc làm cho 6.785 lao động của tỉnh.",
    expect: [],
  },
  {
    text: "Điện thoại: (025) 3818.256 - Fax: (025) 3812.111. Email: sngv@langson.gov.vn",
    expect: [],
    note: "phone and fax numbers",
  },
  {
    text: "Địa chỉ: Số 52, đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn.",
    expect: [],
  },
  {
    text: "Chương trình có tổng kinh phí 15,4 triệu, do phía bạn tài trợ toàn bộ.",
    expect: [],
    note: "bare 'triệu' with no currency word is not a record",
  },
  {
    text: "Năm 2019, tỉnh đón 1,2 triệu lượt khách du lịch, trong đó có 150.000 lượt khách quốc tế.",
    expect: [],
  },
  {
    text: "Hằng năm, các tổ chức phi chính phủ nước ngoài viện trợ cho tỉnh hàng trăm tỷ đồng.",
    expect: [],
    note: "'hàng trăm tỷ' is not a stated figure",
  },
  {
    text: "Nhiều dự án có quy mô vốn hàng chục triệu USD đã được cấp phép trong thời gian qua.",
    expect: [],
    note: "'hàng chục triệu' is not a stated figure",
  },
  {
    text: "Đang có 135 khách và không thành viên đang online. Số lần xem các bài viết 16657744",
    expect: [],
    note: "visitor counters",
  },
  {
    text: "Dân số toàn tỉnh khoảng 3,4 triệu người, với 21 đơn vị hành chính cấp huyện.",
    expect: [],
  },
  {
    text: "Đoàn công tác gồm 12 đồng chí do Phó Chủ tịch UBND tỉnh làm trưởng đoàn.",
    expect: [],
    note: "'đồng chí' after a number is not the currency 'đồng'",
  },
  {
    text: "Hơn 2.000 đồng bào các dân tộc hai bên biên giới đã tham dự lễ hội.",
    expect: [],
    note: "'đồng bào' (compatriots), not 'đồng'",
  },
  {
    text: "Các bác sĩ của tỉnh đã cùng 15 đồng nghiệp nước bạn thực hiện thành công ca phẫu thuật.",
    expect: [],
    note: "'đồng nghiệp' is not currency",
  },
  {
    text: "Tỷ lệ giải ngân vốn ODA năm 2023 đạt 85%, cao hơn mức bình quân cả nước.",
    expect: [],
    note: "'Tỷ lệ' is not the scale word tỷ",
  },
  {
    text: "Tỉ lệ hộ nghèo vùng biên giới giảm còn 3,2%.",
    expect: [],
  },
  {
    text: "Tỉnh tiếp tục thực hiện Quyết định số 40/QĐ-TTg ngày 07/01/2016 của Thủ tướng Chính phủ.",
    expect: [],
    note: "document numbers and dates",
  },
  {
    text: "Tuyến biên giới dài 468 km, đường bờ biển 82km, giáp 3 tỉnh của nước bạn Lào.",
    expect: [],
  },
  {
    text: "Sản lượng xuất khẩu đạt 2.000 tấn quả vải tươi, diện tích trồng vải được mở rộng thêm 1.500 ha.",
    expect: [],
    note: "tonnes and hectares",
  },
  {
    text: "Tỉnh đã tiếp nhận hơn 20 triệu liều vắc xin phòng COVID-19 do các nước viện trợ.",
    expect: [],
  },
  {
    text: "Tỉnh tập trung nguồn lực thực hiện Chương trình 135 và Chương trình 30a ở các huyện biên giới.",
    expect: [],
    note: "program names containing numbers",
  },
  {
    text: "Đồng USD tăng giá mạnh khiến chi phí nhập khẩu nguyên liệu của doanh nghiệp tăng cao.",
    expect: [],
    note: "a currency mentioned without an amount",
  },
  {
    text: "Phần thưởng cho mỗi tác phẩm đoạt giải A là 10 triệu, giải B là 7 triệu.",
    expect: [],
    note: "no currency word",
  },
  {
    text: "Quỹ hỗ trợ thanh niên khởi nghiệp hiện có hơn 2 triệu thành viên trên toàn quốc.",
    expect: [],
  },
  {
    text: "Hiện khoảng 3.000 kiều bào quê tỉnh đang sinh sống tại trên 20 quốc gia và vùng lãnh thổ.",
    expect: [],
  },
  {
    text: "Chủ tịch Kim Jong Un sang thăm và dự Hội nghị Thượng đỉnh Mỹ - Triều lần 2 dịp tháng 02/2019.",
    expect: [],
    note: "ordinals and month dates",
  },
  {
    text: "Tổng kim ngạch xuất nhập khẩu đạt 90,8% kế hoạch năm 2019, giảm 2,2% so với cùng kỳ.",
    expect: [],
    note: "'kế hoạch' here is a percentage base, not a target amount",
  },
  {
    text: "Giá trị sản xuất công nghiệp tăng 9,5%, GRDP tăng 7,8%, đứng thứ 5 trong vùng.",
    expect: [],
    note: "percentages and a rank",
  },
  {
    text: "Nhân kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao, hai bên tổ chức 12 hoạt động giao lưu văn hóa.",
    expect: [],
  },
  {
    text: "Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030 diễn ra từ ngày 24 đến 26/9/2025.",
    expect: [],
  },
  // ───────────────────────── found by the third held-out batch ─────────────────────────
  {
    text: "Tổng giá trị viện trợ giải ngân năm 2019 đạt khoảng 4,2 triệu USD (tương đương gần 97 tỷ đồng).",
    expect: [
      { text: "khoảng 4,2 triệu USD", amount: 4200000, currency: "USD", qualifier: "approx", status: "actual", change: false, period: "2019" },
      { text: "gần 97 tỷ đồng", amount: 97000000000, currency: "VND", qualifier: "approx", status: "actual", change: false, period: "2019" },
    ],
    note: "a figure restated in parentheses has the status of the one it restates",
  },
  {
    text: "Một tập đoàn cho biết dự kiến rót thêm khoảng 1,2 tỷ USD để mở rộng sản xuất tại tỉnh trong giai đoạn 2024 - 2026.",
    expect: [{ text: "khoảng 1,2 tỷ USD", amount: 1200000000, currency: "USD", qualifier: "approx", status: "target", change: false, period: "2024-2026" }],
    note: "a period that starts in the figure's clause counts whole (its dash would end the clause)",
  },
  {
    text: "Năm 2023, kim ngạch xuất nhập khẩu của tỉnh đạt 1,5 tỷ USD. Riêng trao đổi hàng hóa qua các cửa khẩu với Campuchia đạt gần 420 triệu USD.",
    expect: [
      { text: "1,5 tỷ USD", amount: 1500000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2023" },
      { text: "gần 420 triệu USD", amount: 420000000, currency: "USD", qualifier: "approx", status: "actual", change: false, period: "2023" },
    ],
    note: "'Riêng …' narrows the sentence before and shares its period",
  },
  {
    text: "Năm 2024, công tác đối ngoại của tỉnh tiếp tục được triển khai đồng bộ.\n\nCông tác vận động viện trợ đạt kết quả tích cực, tổng giá trị cam kết trên 5,7 triệu USD.\n\nLũy kế đến nay, toàn tỉnh có 420 dự án FDI với tổng vốn gần 4,3 tỷ USD.",
    expect: [
      { text: "trên 5,7 triệu USD", amount: 5700000, currency: "USD", qualifier: "over", status: null, change: false, period: "2024" },
      { text: "gần 4,3 tỷ USD", amount: 4300000000, currency: "USD", qualifier: "approx", status: null, change: false, period: null },
    ],
    note: "a year-end report opens with its year, which later paragraphs keep; a cumulative total keeps null",
  },
  {
    text: "Từ ngày 15 đến 22/5/2024, đoàn công tác của tỉnh đã thăm và làm việc tại Hàn Quốc và Nhật Bản.\n\nTại hội nghị, lãnh đạo tỉnh đã trao Giấy chứng nhận đăng ký đầu tư cho 04 dự án với tổng vốn đầu tư 325 triệu USD.",
    expect: [{ text: "325 triệu USD", amount: 325000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2024" }],
    note: "a visit dated 'Từ ngày 15 đến 22/5/2024' at the top gives its figures their year",
  },
  {
    text: "Năm 2023, kim ngạch xuất khẩu của tỉnh sang Hàn Quốc vượt mốc 100 triệu USD.",
    expect: [{ text: "vượt mốc 100 triệu USD", amount: 100000000, currency: "USD", qualifier: "over", status: null, change: false, period: "2023" }],
    note: "'vượt mốc' (past the mark of) is over",
  },
  {
    text: "Riêng năm 2023, kim ngạch xuất khẩu đạt 9,3 tỷ USD, gấp 2,3 lần năm 2022.",
    expect: [{ text: "9,3 tỷ USD", amount: 9300000000, currency: "USD", qualifier: "exact", status: "actual", change: false, period: "2023" }],
    note: "'gấp N lần năm 2022' is the base of a comparison, not the period",
  },
  {
    text: "Năm 2023, Hội đồng hương tại Cộng hòa Séc ủng hộ 250.000 korun xây nhà đại đoàn kết.",
    expect: [{ text: "250.000 korun", amount: 250000, currency: "CZK", qualifier: "exact", status: null, change: false, period: "2023" }],
  },
  // ───────────────────────── found by holdout10 ─────────────────────────
  {
    text: "Kim ngạch xuất khẩu của thành phố năm 2024 ước đạt 51,2 tỷ USD, chiếm khoảng 12,6% tổng kim ngạch xuất khẩu cả nước (405,5 tỷ USD).",
    expect: [
      { text: "51,2 tỷ USD", amount: 51_200_000_000, currency: "USD", period: "2024" },
      { text: "405,5 tỷ USD", amount: 405_500_000_000, currency: "USD", period: "2024" },
    ],
    note: "an amount right after an opening parenthesis (a phone number such as '(025) 3818.256' is read first)",
  },
  {
    text: "Dịp Tết Nguyên đán Giáp Thìn năm 2024, có 3.000 lượt kiều bào về quê. Hội người Việt tại bang Texas ủng hộ 20.000 USD xây dựng nhà tình thương.",
    expect: [{ text: "20.000 USD", amount: 20000, currency: "USD", period: "2024" }],
    note: "a paragraph opened by an occasion and its year ('Dịp Tết … năm 2024, …') is dated by it",
  },
  {
    text: "Tại buổi hội đàm, hai bên đánh giá cao kết quả hợp tác năm 2024. Trong năm, tỉnh đã hỗ trợ tỉnh A-tô-pư 8 tỷ đồng để xây dựng trạm y tế.",
    expect: [{ text: "8 tỷ đồng", amount: 8_000_000_000, currency: "VND", status: "actual", period: "2024" }],
    note: "'Trong năm' right after a sentence that names one year is that year",
  },
  {
    text: "Năm 2009, Ngân hàng Thế giới cho vay 6,5 triệu SDR; Chính phủ Na Uy tài trợ 14 triệu krone Na Uy cho dự án cấp nước.",
    expect: [
      { text: "6,5 triệu SDR", amount: 6_500_000, currency: "XDR", period: "2009" },
      { text: "14 triệu krone Na Uy", amount: 14_000_000, currency: "NOK", period: "2009" },
    ],
    note: "the IMF's unit of account (ISO 4217 XDR) in which IDA credits are stated; the Norwegian krone",
  },
  {
    text: "Ngày 16/3/2017, UBND tỉnh tổ chức Hội nghị tổng kết 10 năm (2007 - 2016) tham gia hợp tác. Tổng kim ngạch xuất nhập khẩu với các tỉnh bạn trong 10 năm đạt khoảng 410 triệu USD; riêng năm 2016 đạt 52,6 triệu USD.",
    expect: [
      { text: "khoảng 410 triệu USD", amount: 410_000_000, currency: "USD", period: "2007-2016" },
      { text: "52,6 triệu USD", amount: 52_600_000, currency: "USD", period: "2016" },
    ],
    note: "'trong 10 năm' is the span of that length the text stated",
  },
  {
    text: "Năm 2024, tỉnh trao giấy chứng nhận cho 7 dự án cấp mới với vốn đăng ký 452 triệu USD và 5 dự án điều chỉnh tăng vốn thêm 186 triệu USD.",
    expect: [
      { text: "452 triệu USD", amount: 452_000_000, currency: "USD", change: false },
      { text: "186 triệu USD", amount: 186_000_000, currency: "USD", change: true },
    ],
    note: "a capital raised by an amount is a change",
  },
  {
    text: "Ngày 16/3/2017, UBND tỉnh tổ chức Hội nghị tổng kết 10 năm (2007 - 2016) hợp tác trong khu vực Tam giác phát triển. Theo báo cáo tại hội nghị, sau 10 năm, kết quả hợp tác chủ yếu của tỉnh như sau:\n\nI. Về trao đổi đoàn\n- Tỉnh đã hỗ trợ các tỉnh bạn tổng cộng 38,5 tỷ đồng để xây dựng trường học; trong đó tỉnh Attapư 17 tỷ đồng.\n- Riêng năm 2016, tỉnh hỗ trợ 5 tỷ đồng.",
    expect: [
      { text: "38,5 tỷ đồng", amount: 38_500_000_000, currency: "VND", period: "2007-2016" },
      { text: "17 tỷ đồng", amount: 17_000_000_000, currency: "VND", period: "2007-2016" },
      { text: "5 tỷ đồng", amount: 5_000_000_000, currency: "VND", period: "2016" },
    ],
    note: "the items of a list announced by a line that ends in ':' take its period ('sau 10 năm' is the span stated before); an item that names its own year keeps it",
  },
];
