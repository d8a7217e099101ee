// Duckling-style corpus for the agreements extractor (a stated count of signed
// documents; see ../../../../shared/spec/RECORDS.md). `kind` is the document noun as
// written, lower-cased, without the classifier "bản"; `partners` are canonical
// names of the foreign sub-national counterparts named in the same clause.
import type { CorpusExample } from "../corpus-types.js";

export const corpus: CorpusExample<"agreements">[] = [
  {
    text: "Trong quý I/2025, tỉnh Tuyên Quang và tỉnh Bò Kẹo (Lào) đã ký Biên bản thỏa thuận hợp tác giai đoạn 2025 - 2030; các sở, ngành của tỉnh cũng đã ký 03 văn bản hợp tác cấp sở với các đối tác của tỉnh Hồ Nam (Trung Quốc).",
    expect: [{ text: "03 văn bản hợp tác", count: 3, level: "department", status: "actual", period: "2025" }],
    partial: true,
    note: "the range after an agreement named without a count is its term, not the period of another figure",
  },
  // ───────────────────────── level and kind ─────────────────────────
  {
    text: "Trong năm 2019, tỉnh đã ký kết 05 bản thỏa thuận quốc tế cấp tỉnh và 02 bản thỏa thuận quốc tế cấp sở, ngành.",
    expect: [
      { text: "05 bản thỏa thuận quốc tế", count: 5, kind: "thỏa thuận quốc tế", level: "province", partners: [], qualifier: "exact", status: "actual", change: false, period: "2019" },
      { text: "02 bản thỏa thuận quốc tế", count: 2, kind: "thỏa thuận quốc tế", level: "department", partners: [], qualifier: "exact", status: "actual", change: false, period: "2019" },
    ],
    note: "'bản' is a classifier; cấp tỉnh / cấp sở, ngành give the level",
  },
  {
    text: "Năm 2018, các sở, ngành của tỉnh đã ký 12 văn bản hợp tác cấp sở, ngành với các đối tác nước ngoài.",
    expect: [{ text: "12 văn bản hợp tác", count: 12, kind: "văn bản hợp tác", level: "department", partners: [], qualifier: "exact", status: "actual", change: false, period: "2018" }],
  },
  {
    text: "Trong năm 2022, các huyện biên giới đã ký 06 biên bản ghi nhớ cấp huyện với các huyện giáp biên của tỉnh Hủa Phăn (Lào).",
    expect: [{ text: "06 biên bản ghi nhớ", count: 6, kind: "biên bản ghi nhớ", level: "district", partners: ["Houaphanh"], qualifier: "exact", status: "actual", change: false, period: "2022" }],
    note: "cấp huyện → district; the foreign province is named in the clause",
  },
  {
    text: "Năm 2020, do ảnh hưởng của dịch COVID-19, tỉnh chỉ ký được 01 thỏa thuận quốc tế cấp tỉnh.",
    expect: [{ text: "01 thỏa thuận quốc tế", count: 1, kind: "thỏa thuận quốc tế", level: "province", partners: [], qualifier: "exact", status: "actual", change: false, period: "2020" }],
    note: "'ký được' → actual",
  },
  {
    text: "Nhiệm kỳ 2015 - 2020, tỉnh đã ký 45 thỏa thuận quốc tế, trong đó 18 thỏa thuận cấp tỉnh và 27 thỏa thuận cấp sở, ngành.",
    expect: [
      { text: "45 thỏa thuận quốc tế", count: 45, kind: "thỏa thuận quốc tế", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: "2015-2020" },
      { text: "18 thỏa thuận", count: 18, kind: "thỏa thuận", level: "province", partners: [], qualifier: "exact", change: false, period: "2015-2020" },
      { text: "27 thỏa thuận", count: 27, kind: "thỏa thuận", level: "department", partners: [], qualifier: "exact", change: false, period: "2015-2020" },
    ],
    note: "the 'trong đó' breakdown gives its own records; their status (inherited 'đã') is left unscored",
  },
  {
    text: "Giai đoạn 2020 - 2025, các cơ quan cấp sở đã ký 25 văn bản thỏa thuận với các đối tác nước ngoài.",
    expect: [{ text: "25 văn bản thỏa thuận", count: 25, kind: "văn bản thỏa thuận", level: "department", partners: [], qualifier: "exact", status: "actual", change: false, period: "2020-2025" }],
    note: "'cấp sở' alone → department",
  },
  {
    text: "Năm 2021, Ủy ban nhân dân các huyện biên giới ký 08 biên bản thỏa thuận cấp huyện về quản lý biên giới.",
    expect: [{ text: "08 biên bản thỏa thuận", count: 8, kind: "biên bản thỏa thuận", level: "district", partners: [], qualifier: "exact", status: null, change: false, period: "2021" }],
  },

  // ───────────────────────── partners in the clause ─────────────────────────
  {
    text: "Năm 2016, tỉnh đã ký 04 biên bản thỏa thuận với tỉnh Ta Keo, Kandal (Campuchia) và 01 biên bản ghi nhớ với tỉnh Champasak (Lào).",
    expect: [
      { text: "04 biên bản thỏa thuận", count: 4, kind: "biên bản thỏa thuận", level: null, partners: ["Takeo", "Kandal"], qualifier: "exact", status: "actual", change: false, period: "2016" },
      { text: "01 biên bản ghi nhớ", count: 1, kind: "biên bản ghi nhớ", level: null, partners: ["Champasak"], qualifier: "exact", status: "actual", change: false, period: "2016" },
    ],
    note: "each count takes the partners of its own clause",
  },
  {
    text: "Năm 2023, tỉnh đã ký 03 thỏa thuận hợp tác với tỉnh Gifu (Nhật Bản), tỉnh Gyeonggi (Hàn Quốc) và tỉnh Ulianốp (Liên bang Nga).",
    expect: [{ text: "03 thỏa thuận hợp tác", count: 3, kind: "thỏa thuận hợp tác", partners: ["Gifu", "Gyeonggi", "Ulyanovsk Oblast"], qualifier: "exact", status: "actual", change: false, period: "2023" }],
    note: "level not stated with 'cấp': left unscored",
  },
  {
    text: "Năm 2021, tỉnh đã ký kết 02 thỏa thuận hợp tác giai đoạn 2021 - 2025 với tỉnh Xiêng Khoảng và tỉnh Hủa Phăn (CHDCND Lào).",
    expect: [{ text: "02 thỏa thuận hợp tác", count: 2, kind: "thỏa thuận hợp tác", level: null, partners: ["Xiangkhouang", "Houaphanh"], qualifier: "exact", status: "actual", change: false, period: "2021" }],
    note: "the count is about signing in 2021; 'giai đoạn 2021 - 2025' is the agreements' term, not the period of the figure",
  },
  {
    text: "Năm 2019, tỉnh đã ký 05 biên bản thỏa thuận với Khu tự trị dân tộc Choang Quảng Tây và tỉnh Vân Nam (Trung Quốc).",
    expect: [{ text: "05 biên bản thỏa thuận", count: 5, kind: "biên bản thỏa thuận", level: null, partners: ["Guangxi", "Yunnan"], qualifier: "exact", status: "actual", change: false, period: "2019" }],
  },
  {
    text: "Năm 2017, tỉnh ký 03 biên bản ghi nhớ với các tỉnh Xvây Riêng, Prây Veng (Vương quốc Campuchia).",
    expect: [{ text: "03 biên bản ghi nhớ", count: 3, kind: "biên bản ghi nhớ", level: null, partners: ["Svay Rieng", "Prey Veng"], qualifier: "exact", status: null, change: false, period: "2017" }],
    note: "'ký' without đã → status null",
  },
  {
    text: "Nhân chuyến thăm, tỉnh đã ký 01 thỏa thuận hợp tác với Thủ đô Viêng Chăn giai đoạn 2025 - 2028.",
    expect: [{ text: "01 thỏa thuận hợp tác", count: 1, kind: "thỏa thuận hợp tác", level: null, partners: ["Vientiane Prefecture"], qualifier: "exact", status: "actual", change: false, period: null }],
    note: "the agreement's term is not the period of the count; no signing year stated",
  },
  {
    text: "Năm 2024, tỉnh đã ký 02 thỏa thuận quốc tế cấp tỉnh với tỉnh Luông Pha-bang và tỉnh U-đôm-xay (Lào).",
    expect: [{ text: "02 thỏa thuận quốc tế", count: 2, kind: "thỏa thuận quốc tế", level: "province", partners: ["Luang Prabang", "Oudomxay"], qualifier: "exact", status: "actual", change: false, period: "2024" }],
  },
  {
    text: "Năm 2022, tỉnh đã ký 05 biên bản ghi nhớ với tỉnh Gyeonggi, thành phố Gwangju (Hàn Quốc) và tỉnh Gifu (Nhật Bản).",
    expect: [{ text: "05 biên bản ghi nhớ", count: 5, kind: "biên bản ghi nhớ", level: null, partners: ["Gyeonggi", "Gwangju", "Gifu"], qualifier: "exact", status: "actual", change: false, period: "2022" }],
  },
  {
    text: "Trong năm 2018, lãnh đạo tỉnh đã ký 07 biên bản hội đàm với chính quyền các tỉnh Sa Vẳn Na Khệt, Khăm Muộn và Bô-ly-khăm-xay.",
    expect: [{ text: "07 biên bản hội đàm", count: 7, kind: "biên bản hội đàm", level: null, partners: ["Savannakhet", "Khammouane", "Bolikhamxay"], qualifier: "exact", status: "actual", change: false, period: "2018" }],
    note: "minutes of talks are signed documents; partners without a country in parentheses",
  },
  {
    text: "Năm 2019, lãnh đạo tỉnh đã ký 04 biên bản hội đàm với chính quyền các tỉnh Bắc Lào.",
    expect: [{ text: "04 biên bản hội đàm", count: 4, kind: "biên bản hội đàm", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: "2019" }],
    note: "'các tỉnh Bắc Lào' names no unit → partners []",
  },
  {
    text: "Năm 2020, tỉnh đã ký 02 thỏa thuận với Cơ quan Hợp tác quốc tế Nhật Bản (JICA) về phát triển nông nghiệp.",
    expect: [{ text: "02 thỏa thuận", count: 2, kind: "thỏa thuận", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: "2020" }],
    note: "an agency is not a sub-national partner",
  },
  {
    text: "Năm 2023, tỉnh và tỉnh Xiêng Khoảng đã ký kết 03 văn bản hợp tác về giáo dục, y tế và nông nghiệp.",
    expect: [{ text: "03 văn bản hợp tác", count: 3, kind: "văn bản hợp tác", level: null, partners: ["Xiangkhouang"], qualifier: "exact", status: "actual", change: false, period: "2023" }],
    note: "partner as co-subject of the clause",
  },
  {
    text: "Năm 2024, tỉnh đã ký 02 biên bản ghi nhớ với tỉnh Hồ Nam (Trung Quốc) và tỉnh Ulyanovsk (Liên bang Nga).",
    expect: [{ text: "02 biên bản ghi nhớ", count: 2, kind: "biên bản ghi nhớ", level: null, partners: ["Hunan", "Ulyanovsk Oblast"], qualifier: "exact", status: "actual", change: false, period: "2024" }],
  },

  // ───────────────────────── qualifiers, number words, kinds ─────────────────────────
  {
    text: "Giai đoạn 2020 - 2025, tỉnh ký kết trên 20 văn bản hợp tác toàn diện với các tỉnh của Lào.",
    expect: [{ text: "20 văn bản hợp tác", count: 20, kind: "văn bản hợp tác", level: null, partners: [], qualifier: "over", status: null, change: false, period: "2020-2025" }],
    note: "'toàn diện' is an adjective, not part of the kind",
  },
  {
    text: "Tỉnh chủ động kết nối với nhiều quốc gia, qua đó ký kết 15 biên bản ghi nhớ và thỏa thuận hợp tác trong nhiều lĩnh vực.",
    expect: [{ text: "15 biên bản ghi nhớ và thỏa thuận hợp tác", count: 15, kind: "biên bản ghi nhớ và thỏa thuận hợp tác", level: null, partners: [], qualifier: "exact", status: null, change: false, period: null }],
    note: "coordinated kind kept whole",
  },
  {
    text: "Đến nay, tỉnh đã ký kết hơn 70 thỏa thuận quốc tế với các đối tác của 20 quốc gia và vùng lãnh thổ.",
    expect: [{ text: "70 thỏa thuận quốc tế", count: 70, kind: "thỏa thuận quốc tế", level: null, partners: [], qualifier: "over", status: "actual", change: false, period: null }],
    note: "'20 quốc gia' counts countries, not documents; 'Đến nay' is not a period",
  },
  {
    text: "Trong nhiệm kỳ, tỉnh đã ký khoảng 30 văn bản hợp tác với các địa phương nước ngoài.",
    expect: [{ text: "30 văn bản hợp tác", count: 30, kind: "văn bản hợp tác", level: null, partners: [], qualifier: "approx", status: "actual", change: false, period: null }],
    note: "'Trong nhiệm kỳ' with no years → null",
  },
  {
    text: "Năm 2021, tỉnh ký gần 10 biên bản ghi nhớ với các đối tác Hàn Quốc, Nhật Bản.",
    expect: [{ text: "10 biên bản ghi nhớ", count: 10, kind: "biên bản ghi nhớ", level: null, partners: [], qualifier: "approx", status: null, change: false, period: "2021" }],
    note: "countries are not sub-national partners",
  },
  {
    text: "Nhân dịp này, hai tỉnh đã ký kết hai biên bản ghi nhớ về hợp tác giáo dục và y tế.",
    expect: [{ text: "hai biên bản ghi nhớ", count: 2, kind: "biên bản ghi nhớ", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: null }],
    note: "number word",
  },
  {
    text: "Tại buổi làm việc, lãnh đạo hai tỉnh đã ký một biên bản ghi nhớ hợp tác giai đoạn 2024 - 2028.",
    expect: [{ text: "một biên bản ghi nhớ", count: 1, kind: "biên bản ghi nhớ hợp tác", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: null }],
    note: "'một' as a count; the term is not the period",
  },
  {
    text: "Năm 2019, Sở Y tế ký ba văn bản ghi nhớ hợp tác với các bệnh viện của tỉnh Chăm-pa-sắc.",
    expect: [{ text: "ba văn bản ghi nhớ", count: 3, kind: "văn bản ghi nhớ hợp tác", level: null, partners: ["Champasak"], qualifier: "exact", status: null, change: false, period: "2019" }],
  },
  {
    text: "Năm 2018, tỉnh đã ký kết 03 bản ghi nhớ với các địa phương của Hàn Quốc.",
    expect: [{ text: "03 bản ghi nhớ", count: 3, kind: "bản ghi nhớ", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: "2018" }],
    note: "here 'bản ghi nhớ' is the noun (memorandum) itself, not classifier + noun",
  },
  {
    text: "Năm 2019 tỉnh đã ký kết 03 Thỏa thuận quốc tế với các địa phương của Lào và Trung Quốc.",
    expect: [{ text: "03 Thỏa thuận quốc tế", count: 3, kind: "thỏa thuận quốc tế", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: "2019" }],
    note: "capitalised noun → kind lower-cased",
  },
  {
    text: "Năm 2017, tỉnh ký 04 thoả thuận hợp tác với các tỉnh Nam Lào.",
    expect: [{ text: "04 thoả thuận hợp tác", count: 4, kind: "thoả thuận hợp tác", level: null, partners: [], qualifier: "exact", status: null, change: false, period: "2017" }],
    note: "old-style tone placement 'thoả' kept as written",
  },
  {
    text: "Năm 2019, hai nước đã ký 02 hiệp định về hợp tác lao động và phòng chống buôn lậu qua biên giới.",
    expect: [{ text: "02 hiệp định", count: 2, kind: "hiệp định", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: "2019" }],
  },
  {
    text: "Năm 2022, tỉnh ký mới 06 thỏa thuận quốc tế, nâng tổng số thỏa thuận còn hiệu lực lên 38 thỏa thuận.",
    expect: [
      { text: "06 thỏa thuận quốc tế", count: 6, kind: "thỏa thuận quốc tế", level: null, partners: [], qualifier: "exact", status: null, change: false, period: "2022" },
      { text: "38 thỏa thuận", count: 38, kind: "thỏa thuận", level: null, partners: [], qualifier: "exact", status: null, change: false, period: "2022" },
    ],
    note: "a running total of signed agreements is also a stated count",
  },
  {
    text: "Hiện tỉnh có 25 thỏa thuận quốc tế còn hiệu lực với các đối tác nước ngoài.",
    expect: [{ text: "25 thỏa thuận quốc tế", count: 25, kind: "thỏa thuận quốc tế", level: null, partners: [], qualifier: "exact", status: null, change: false, period: null }],
  },

  // ───────────────────────── status, period, change ─────────────────────────
  {
    text: "Năm 2024, tỉnh dự kiến ký kết 04 thỏa thuận quốc tế với các địa phương của Hàn Quốc và Nhật Bản.",
    expect: [{ text: "04 thỏa thuận quốc tế", count: 4, kind: "thỏa thuận quốc tế", level: null, partners: [], qualifier: "exact", status: "target", change: false, period: "2024" }],
  },
  {
    text: "Phấn đấu đến năm 2025, tỉnh ký kết ít nhất 10 thỏa thuận hợp tác với các địa phương nước ngoài.",
    expect: [{ text: "10 thỏa thuận hợp tác", count: 10, kind: "thỏa thuận hợp tác", level: null, partners: [], status: "target", change: false, period: "2025" }],
    note: "'ít nhất' (at least) is not one of the four qualifiers: left unscored",
  },
  {
    text: "Kế hoạch năm 2023, Sở Ngoại vụ tham mưu ký kết 05 văn bản hợp tác cấp tỉnh với các đối tác truyền thống.",
    expect: [{ text: "05 văn bản hợp tác", count: 5, kind: "văn bản hợp tác", level: "province", partners: [], qualifier: "exact", status: "target", change: false, period: "2023" }],
  },
  {
    text: "Năm 2022 là năm Đoàn kết hữu nghị Việt Nam - Lào. Trong năm, tỉnh đã ký kết 09 thỏa thuận quốc tế.",
    expect: [{ text: "09 thỏa thuận quốc tế", count: 9, kind: "thỏa thuận quốc tế", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: "2022" }],
    note: "'Trong năm' takes 2022",
  },
  {
    text: "Năm 2022, tỉnh ký 09 thỏa thuận quốc tế, tăng 03 thỏa thuận so với năm 2021.",
    expect: [
      { text: "09 thỏa thuận quốc tế", count: 9, kind: "thỏa thuận quốc tế", level: null, partners: [], qualifier: "exact", status: null, change: false, period: "2022" },
      { text: "03 thỏa thuận", count: 3, kind: "thỏa thuận", qualifier: "exact", change: true },
    ],
    note: "the increase is a change record",
  },
  {
    text: "6 tháng đầu năm 2024, các sở, ngành đã ký 04 biên bản ghi nhớ cấp sở với đối tác Nhật Bản.",
    expect: [{ text: "04 biên bản ghi nhớ", count: 4, kind: "biên bản ghi nhớ", level: "department", partners: [], qualifier: "exact", status: "actual", change: false, period: "2024" }],
  },
  {
    text: "Năm 2020, số thỏa thuận quốc tế được ký kết giảm 5 văn bản so với năm 2019.",
    expect: [{ text: "5 văn bản", count: 5, kind: "văn bản", qualifier: "exact", change: true }],
    note: "a decrease in the count of signed documents",
  },
  {
    text: "Năm 2016, tỉnh đã ký 06 biên bản thỏa thuận với các tỉnh Takeo, Kandal, Kampot (Campuchia); năm 2017 ký thêm 02 biên bản với tỉnh Kandal.",
    expect: [
      { text: "06 biên bản thỏa thuận", count: 6, kind: "biên bản thỏa thuận", level: null, partners: ["Takeo", "Kandal", "Kampot"], qualifier: "exact", status: "actual", change: false, period: "2016" },
      { text: "02 biên bản", count: 2, kind: "biên bản", level: null, partners: ["Kandal"], qualifier: "exact", status: "actual", change: false, period: "2017" },
    ],
    note: "each clause has its own year and partners; the first clause's \"đã\" goes on over \"ký thêm\" (coordinated verbs of one subject)",
  },
  {
    text: "Giai đoạn 2016 - 2020, tỉnh đã ký 12 thỏa thuận hợp tác với tỉnh Chămpasắc, trong đó có 04 thỏa thuận cấp tỉnh.",
    expect: [
      { text: "12 thỏa thuận hợp tác", count: 12, kind: "thỏa thuận hợp tác", level: null, partners: ["Champasak"], qualifier: "exact", status: "actual", change: false, period: "2016-2020" },
      { text: "04 thỏa thuận", count: 4, kind: "thỏa thuận", level: "province", qualifier: "exact", change: false, period: "2016-2020" },
    ],
    note: "partners of the sub-count left unscored (inherited from the main clause or not)",
  },
  {
    text: "Năm 2025, tỉnh đã ký 03 biên bản ghi nhớ với Khu tự trị Quảng Tây, trong đó 01 biên bản về hợp tác thương mại biên giới.",
    expect: [
      { text: "03 biên bản ghi nhớ", count: 3, kind: "biên bản ghi nhớ", level: null, partners: ["Guangxi"], qualifier: "exact", status: "actual", change: false, period: "2025" },
      { text: "01 biên bản", count: 1, kind: "biên bản", level: null, qualifier: "exact", change: false, period: "2025" },
    ],
  },
  {
    text: "Năm 2023, hai bên đã ký kết 02 biên bản ghi nhớ và 01 kế hoạch hợp tác giữa Sở Ngoại vụ hai tỉnh.",
    expect: [
      { text: "02 biên bản ghi nhớ", count: 2, kind: "biên bản ghi nhớ", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: "2023" },
      { text: "01 kế hoạch hợp tác", count: 1, kind: "kế hoạch hợp tác", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: "2023" },
    ],
    note: "a signed cooperation plan between two sides counts; level not marked with 'cấp'",
  },
  {
    text: "Năm 2019, UBND tỉnh và chính quyền tỉnh Phông-xa-lỳ (Lào) đã ký kết 02 biên bản thỏa thuận về quản lý biên giới.",
    expect: [{ text: "02 biên bản thỏa thuận", count: 2, kind: "biên bản thỏa thuận", partners: ["Phongsaly"], qualifier: "exact", status: "actual", change: false, period: "2019" }],
    note: "signer is UBND tỉnh but no 'cấp' phrase: level left unscored",
  },
  {
    text: "Năm 2021, tỉnh đã ký 02 văn bản hợp tác với tỉnh Sê-kông và tỉnh Át-tạ-pư.",
    expect: [{ text: "02 văn bản hợp tác", count: 2, kind: "văn bản hợp tác", level: null, partners: ["Sekong", "Attapeu"], qualifier: "exact", status: "actual", change: false, period: "2021" }],
  },
  {
    text: "Năm 2024, tỉnh ký 01 thỏa thuận hợp tác hữu nghị với tỉnh Shizuoka (Nhật Bản).",
    expect: [{ text: "01 thỏa thuận hợp tác", count: 1, kind: "thỏa thuận hợp tác", level: null, partners: ["Shizuoka"], qualifier: "exact", status: null, change: false, period: "2024" }],
  },
  {
    text: "Năm 2018, tỉnh đã ký 02 biên bản ghi nhớ với tỉnh Na-khon Pha-nom (Thái Lan).",
    expect: [{ text: "02 biên bản ghi nhớ", count: 2, kind: "biên bản ghi nhớ", level: null, partners: ["Nakhon Phanom"], qualifier: "exact", status: "actual", change: false, period: "2018" }],
  },

  {
    text: "Năm 2019, Sở Giáo dục và Đào tạo đã ký 03 thỏa thuận hợp tác cấp sở với Sở Giáo dục và Thể thao tỉnh Hủa Phăn.",
    expect: [{ text: "03 thỏa thuận hợp tác", count: 3, kind: "thỏa thuận hợp tác", level: "department", partners: ["Houaphanh"], qualifier: "exact", status: "actual", change: false, period: "2019" }],
  },
  {
    text: "Năm 2023, tỉnh đã ký 02 thỏa thuận hợp tác với tỉnh Gangwon (Hàn Quốc) và tỉnh Tottori (Nhật Bản).",
    expect: [{ text: "02 thỏa thuận hợp tác", count: 2, kind: "thỏa thuận hợp tác", level: null, partners: ["Gangwon", "Tottori"], qualifier: "exact", status: "actual", change: false, period: "2023" }],
  },
  {
    text: "Năm 2015, tỉnh đã ký 04 bản thỏa thuận hợp tác với thành phố Busan và thành phố Incheon (Hàn Quốc).",
    expect: [{ text: "04 bản thỏa thuận hợp tác", count: 4, kind: "thỏa thuận hợp tác", level: null, partners: ["Busan", "Incheon"], qualifier: "exact", status: "actual", change: false, period: "2015" }],
    note: "metropolitan cities are sub-national units",
  },
  {
    text: "Tại Hội nghị, tỉnh và tỉnh Vân Nam đã ký Biên bản hội đàm và 02 biên bản ghi nhớ về hợp tác nông nghiệp, du lịch.",
    expect: [{ text: "02 biên bản ghi nhớ", count: 2, kind: "biên bản ghi nhớ", level: null, partners: ["Yunnan"], qualifier: "exact", status: "actual", change: false, period: null }],
    note: "the single uncounted 'Biên bản hội đàm' is not a record",
  },
  {
    text: "Năm 2024, tỉnh ước ký kết khoảng 12 thỏa thuận quốc tế với các đối tác nước ngoài.",
    expect: [{ text: "12 thỏa thuận quốc tế", count: 12, kind: "thỏa thuận quốc tế", level: null, partners: [], qualifier: "approx", status: "estimate", change: false, period: "2024" }],
  },
  {
    text: "Dự kiến trong năm 2025, tỉnh ký 03 biên bản ghi nhớ cấp tỉnh với các tỉnh Bắc Lào.",
    expect: [{ text: "03 biên bản ghi nhớ", count: 3, kind: "biên bản ghi nhớ", level: "province", partners: [], qualifier: "exact", status: "target", change: false, period: "2025" }],
  },
  {
    text: "Năm 2022, tỉnh đã ký 01 thỏa thuận hợp tác với Cộng hòa Bashkortostan (Liên bang Nga).",
    expect: [{ text: "01 thỏa thuận hợp tác", count: 1, kind: "thỏa thuận hợp tác", level: null, partners: ["Bashkortostan"], qualifier: "exact", status: "actual", change: false, period: "2022" }],
    note: "a Russian republic is a sub-national unit",
  },
  {
    text: "Năm 2018, Sở Nông nghiệp và PTNT ký 02 văn bản ghi nhớ cấp ngành với Sở Nông Lâm tỉnh Xay Sổm Bun.",
    expect: [{ text: "02 văn bản ghi nhớ", count: 2, kind: "văn bản ghi nhớ", level: "department", partners: ["Xaisomboun"], qualifier: "exact", status: null, change: false, period: "2018" }],
    note: "cấp ngành → department",
  },
  // ───────────────────────── negatives ─────────────────────────
  {
    text: "Các thỏa thuận đã đạt được sau chương trình gặp gỡ đầu Xuân 2019 và Hội nghị 10 Ủy ban công tác liên hợp.",
    expect: [],
    note: "no count; 'Hội nghị 10' is an ordinal",
  },
  {
    text: "Năm 2019 xảy ra 08 vụ vi phạm Hiệp định về quy chế quản lý biên giới, tăng 04 vụ so với năm 2018.",
    expect: [],
    note: "violations, not agreements",
  },
  {
    text: "Giám đốc Sở Ngoại vụ và đại diện Hiệp hội Doanh nghiệp vừa và nhỏ Đức ký kết Biên bản ghi nhớ hợp tác nhằm kết nối doanh nghiệp hai bên.",
    expect: [],
    note: "a signing with no count",
  },
  {
    text: "Năm 2019 phát hành 08 số bản tin đối ngoại và 02 tác phẩm báo in song ngữ Việt - Anh.",
    expect: [],
    note: "'số bản tin' is not an agreement",
  },
  {
    text: "Tỉnh tổ chức 03 hội nghị tập huấn tuyên truyền Hiệp định Quy chế quản lý biên giới đất liền Việt Nam - Lào.",
    expect: [],
    note: "the count is of training conferences",
  },
  {
    text: "Hai bên thực hiện nghiêm Nghị định thư về phân giới, cắm mốc và Hiệp định về quy chế quản lý biên giới.",
    expect: [],
  },
  {
    text: "Lãnh đạo HĐND tỉnh và HĐND Thủ đô Viêng Chăn đã ký kết Thỏa thuận hợp tác giai đoạn 2025-2028.",
    expect: [],
    note: "no count; the term is not a number of documents",
  },
  {
    text: "Tỉnh đã ký kết thỏa thuận hợp tác với 5 địa phương của Lào và Campuchia.",
    expect: [],
    note: "the number counts partners, not documents",
  },
  {
    text: "Trên cơ sở các thỏa thuận đã ký, hai bên triển khai 12 dự án hợp tác trong lĩnh vực nông nghiệp.",
    expect: [],
    note: "projects, not agreements",
  },
  {
    text: "Sở Ngoại vụ thường xuyên rà soát, đánh giá việc thực hiện các thỏa thuận quốc tế đã ký kết.",
    expect: [],
  },
  {
    text: "Luật Thỏa thuận quốc tế năm 2020 có hiệu lực từ ngày 01/7/2021.",
    expect: [],
    note: "a year and a date next to 'Thỏa thuận quốc tế'",
  },
  {
    text: "Tỉnh triển khai Nghị định số 64/2021/NĐ-CP về ký kết và thực hiện thỏa thuận quốc tế nhân danh tổng cục, cục thuộc bộ, cơ quan ngang bộ; cơ quan cấp tỉnh.",
    expect: [],
    note: "a document number, not a count",
  },
  {
    text: "Năm 2024 kỷ niệm 10 năm ngày ký kết Biên bản ghi nhớ hợp tác giữa hai tỉnh.",
    expect: [],
    note: "anniversary",
  },
  {
    text: "Hai tỉnh long trọng tổ chức lễ kỷ niệm 20 năm ký kết Thỏa thuận hợp tác hữu nghị.",
    expect: [],
  },
  {
    text: "Tại hội chợ, các doanh nghiệp đã ký 25 hợp đồng mua bán hàng hóa với đối tác Trung Quốc.",
    expect: [],
    note: "commercial contracts are not agreements",
  },
  {
    text: "Lực lượng chức năng đã lập 15 biên bản vi phạm hành chính đối với các trường hợp xuất nhập cảnh trái phép.",
    expect: [],
    note: "administrative violation reports, not agreements",
  },
  {
    text: "Năm 2019, Tỉnh ủy ban hành 15 văn bản chỉ đạo về công tác đối ngoại.",
    expect: [],
    note: "directive documents, not signed agreements",
  },
  {
    text: "UBND tỉnh ban hành 05 kế hoạch triển khai các thỏa thuận quốc tế đã ký với các tỉnh của Lào.",
    expect: [],
    note: "issued implementation plans, not signed agreements",
  },
  {
    text: "Theo Điều 5 của Thỏa thuận, hai bên thành lập Nhóm công tác chung họp 2 lần mỗi năm.",
    expect: [],
  },
  {
    text: "Tỉnh đã tổ chức hội nghị tổng kết công tác quản lý biên giới sau 10 năm thực hiện các văn kiện pháp lý về biên giới.",
    expect: [],
  },
  {
    text: "Thỏa thuận hợp tác giữa hai tỉnh gồm 8 nội dung, tập trung vào thương mại, giáo dục và y tế.",
    expect: [],
    note: "a count of contents of one agreement",
  },
  {
    text: "Ký kết với các đối tác như Công ty Mitsubishi Corporation, JICA (Nhật Bản), JETRO Hà Nội các thỏa thuận hợp tác quan trọng.",
    expect: [],
    note: "agreements without a count",
  },
  {
    text: "Tỉnh đã ký kết và triển khai nhiều biên bản ghi nhớ hợp tác với các địa phương của Hàn Quốc, Nhật Bản.",
    expect: [],
    note: "'nhiều' is not a count",
  },
  {
    text: "Hội nghị lần thứ 10 Ủy ban công tác liên hợp đã thông qua biên bản hội nghị.",
    expect: [],
  },
  {
    text: "Hai bên thống nhất sẽ ký kết Chương trình hợp tác giai đoạn 2023 - 2025 trong thời gian tới.",
    expect: [],
    note: "no count; a term of years",
  },
  {
    text: "Năm 2019, tỉnh tiếp nhận 01 dự án phi chính phủ nước ngoài mới và 06 khoản viện trợ phi dự án.",
    expect: [],
  },
  {
    text: "Việt Nam đã tham gia các hiệp định thương mại tự do thế hệ mới, mở ra cơ hội cho doanh nghiệp của tỉnh.",
    expect: [],
  },
  {
    text: "Hiện nay, hàng chục thỏa thuận hợp tác giữa tỉnh và các đối tác nước ngoài đang được triển khai hiệu quả.",
    expect: [],
    note: "'hàng chục' is not a count",
  },
  {
    text: "Năm 2022, công tác ký kết thỏa thuận quốc tế của tỉnh đạt 100% kế hoạch đề ra.",
    expect: [],
    note: "a percentage",
  },
  {
    text: "Hiệp định Thương mại tự do Việt Nam - EU (EVFTA) mở ra nhiều cơ hội xuất khẩu cho doanh nghiệp của tỉnh.",
    expect: [],
  },
  // ───────────────────────── found by the third held-out batch ─────────────────────────
  {
    text: "Năm 2019, tỉnh đã ký năm thỏa thuận hợp tác cấp tỉnh với các địa phương của Campuchia.",
    expect: [{ text: "năm thỏa thuận hợp tác cấp tỉnh", count: 5, kind: "thỏa thuận hợp tác", level: "province", partners: [], qualifier: "exact", status: "actual", change: false, period: "2019" }],
    note: "'năm' before a document noun is five, not 'year'",
  },
  {
    text: "Tính chung cả năm 2023, tỉnh đã ký kết 05 văn bản hợp tác quốc tế. Trong đó, cấp tỉnh ký 02 biên bản ghi nhớ với tỉnh Kratie (Campuchia); các sở, ngành ký 03 thỏa thuận hợp tác với các đối tác nước ngoài.",
    expect: [
      { text: "05 văn bản hợp tác", count: 5, kind: "văn bản hợp tác", level: null, partners: [], qualifier: "exact", status: "actual", change: false, period: "2023" },
      { text: "02 biên bản ghi nhớ", count: 2, kind: "biên bản ghi nhớ", level: "province", partners: ["Kratie"], qualifier: "exact", status: "actual", change: false, period: "2023" },
      { text: "03 thỏa thuận hợp tác", count: 3, kind: "thỏa thuận hợp tác", level: "department", partners: [], qualifier: "exact", status: "actual", change: false, period: "2023" },
    ],
    note: "'Trong đó, …' narrows the sentence before and shares its period and its status; departments signing give the level",
  },
  // ───────────────────────── found by the fourth held-out batch and the HTML held-out pages ─────────────────────────
  {
    text: "Tại thành phố Chuncheon, tỉnh Khánh Hòa và tỉnh Gangwon (Hàn Quốc) đã ký kết 03 thỏa thuận hợp tác cấp tỉnh.",
    expect: [{ text: "03 thỏa thuận hợp tác cấp tỉnh", count: 3, kind: "thỏa thuận hợp tác", level: "province", partners: ["Gangwon"], qualifier: "exact", status: "actual", change: false, period: null }],
    note: "the city where the signing took place is not a counterpart",
  },
  {
    text: "Năm 2024, các sở, ngành của hai tỉnh đã ký kết 03 biên bản ghi nhớ.",
    expect: [{ text: "03 biên bản ghi nhớ", count: 3, kind: "biên bản ghi nhớ", level: "department", partners: [], qualifier: "exact", status: "actual", change: false, period: "2024" }],
  },
  {
    text: "Năm 2023, UBND tỉnh và châu Hồng Hà (Trung Quốc) đã ký 02 biên bản hội đàm; ở cấp huyện, hai biên bản ghi nhớ được ký giữa huyện Phong Thổ với huyện Kim Bình và huyện Lục Xuân.",
    expect: [
      { text: "02 biên bản hội đàm", count: 2, kind: "biên bản hội đàm", level: null, partners: ["Honghe"], qualifier: "exact", status: "actual", change: false, period: "2023" },
      { text: "hai biên bản ghi nhớ", count: 2, kind: "biên bản ghi nhớ", level: "district", partners: ["Jinping", "Lüchun"], qualifier: "exact", status: "actual", change: false, period: "2023" },
    ],
    note: "Chinese border prefectures and counties as partners; 'ở cấp huyện' before the figure, after a semicolon",
  },
  {
    text: "Năm 2023, tỉnh ký 03 biên bản ghi nhớ hợp tác cấp tỉnh với các tỉnh Kông Pông Thom, Pu-sát và Cô Công (Campuchia).",
    expect: [{ text: "03 biên bản ghi nhớ hợp tác cấp tỉnh", count: 3, kind: "biên bản ghi nhớ hợp tác", level: "province", partners: ["Kampong Thom", "Pursat", "Koh Kong"], qualifier: "exact", status: null, change: false, period: "2023" }],
    note: "Cambodian provinces in the spellings of the Cambodia-border press",
  },
  // ───────────────────────── found by holdout10 ─────────────────────────
  {
    text: "Năm 2025, tỉnh ký mới 06 thỏa thuận quốc tế (02 cấp tỉnh, 04 cấp sở, ngành).",
    expect: [
      { text: "06 thỏa thuận quốc tế", count: 6, kind: "thỏa thuận quốc tế", level: null, period: "2025" },
      { text: "02 cấp tỉnh", count: 2, level: "province", period: "2025" },
      { text: "04 cấp sở, ngành", count: 4, level: "department", period: "2025" },
    ],
    note: "the parts of a figure by level, in parentheses after it",
  },
  {
    text: "Đến nay, tổng số văn bản hợp tác còn hiệu lực giữa tỉnh và châu Văn Sơn là 11 văn bản.",
    expect: [{ text: "11 văn bản", count: 11, kind: "văn bản", status: null, change: false }],
    note: "a bare noun restating the full one before it counts without a signing verb",
  },
  {
    text: "Năm 2025, tỉnh tiếp nhận 11 văn bản của các bộ, ngành về công tác đối ngoại.",
    expect: [],
    note: "a bare noun with no agreement named before it and no signing verb is no agreement",
  },
  {
    text: "Năm 2023, các huyện Can Lộc, Thạch Hà, Hương Khê đã ký 04 biên bản ghi nhớ cấp huyện với các huyện Inje, Hongcheon và Yanggu thuộc tỉnh Gangwon.",
    expect: [{ text: "04 biên bản ghi nhớ cấp huyện", count: 4, level: "district", partners: ["Inje", "Hongcheon", "Yanggu"], status: "actual", period: "2023" }],
    note: "the counties of a list after one place word; the province they belong to ('thuộc tỉnh Gangwon') is no counterpart",
  },
  {
    text: "Từ ngày 22 đến 25/4/2024, hai bên đã ký Chương trình hợp tác giai đoạn 2024 - 2028 và 02 biên bản ghi nhớ cấp sở, ngành về quy hoạch đô thị.",
    expect: [{ text: "02 biên bản ghi nhớ cấp sở, ngành", count: 2, level: "department", status: "actual", period: "2024" }],
    note: "the term of a programme named before the figure is not the figure's period",
  },
  {
    text: "Năm 2024, lãnh đạo hai tỉnh chứng kiến lễ ký kết 02 biên bản ghi nhớ giữa các sở, ngành của hai tỉnh.",
    expect: [{ text: "02 biên bản ghi nhớ", count: 2, level: "department", period: "2024" }],
    note: "departments named as the parties after the figure",
  },
];
