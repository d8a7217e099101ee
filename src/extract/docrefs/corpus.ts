// Duckling-style corpus for the docrefs extractor: references to numbered legal
// or Party documents, one record per distinct document per text (see
// ../../../../shared/spec/RECORDS.md). `text` is the core span "TYPE số NUMBER-SYMBOL";
// ids keep the document's own style (Party 59-NQ/TW, State 40/QĐ-TTg, with year 30/2020/NĐ-CP).
import type { CorpusExample } from "../corpus-types.js";

export const corpus: CorpusExample<"docrefs">[] = [
  // ───────────────────────── Party documents ─────────────────────────
  {
    text: "Các cấp ủy, chính quyền triển khai có hiệu quả Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế.",
    expect: [{ text: "Nghị quyết số 22-NQ/TW", type: "Nghị quyết", number: 22, symbol: "NQ/TW", id: "22-NQ/TW", issuer: "Bộ Chính trị", date: "2013-04-10", title: null }],
    note: "unquoted subject → title null",
  },
  {
    text: "Tỉnh tiếp tục thực hiện Chỉ thị số 25-CT/TW ngày 08/8/2018 của Ban Bí thư về đẩy mạnh và nâng tầm đối ngoại đa phương đến năm 2030.",
    expect: [{ text: "Chỉ thị số 25-CT/TW", type: "Chỉ thị", number: 25, symbol: "CT/TW", id: "25-CT/TW", issuer: "Ban Bí thư", date: "2018-08-08", title: null }],
    note: "'đến năm 2030' is not a document",
  },
  {
    text: "Đặc biệt, Nghị quyết 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị về “Hội nhập quốc tế trong tình hình mới” đã trở thành dấu mốc quan trọng.",
    expect: [{ text: "Nghị quyết 59-NQ/TW", type: "Nghị quyết", number: 59, symbol: "NQ/TW", id: "59-NQ/TW", issuer: "Bộ Chính trị", date: "2025-01-24", title: "Hội nhập quốc tế trong tình hình mới" }],
    note: "no 'số'; quoted subject becomes the title",
  },
  {
    text: "Triển khai kế hoạch công tác đối với người Việt Nam ở nước ngoài theo đúng tinh thần Chỉ thị số 45-CT/TW và Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa IX.",
    expect: [
      { text: "Chỉ thị số 45-CT/TW", type: "Chỉ thị", number: 45, symbol: "CT/TW", id: "45-CT/TW", issuer: "Bộ Chính trị", date: null, title: null },
      { text: "Nghị quyết số 36-NQ/TW", type: "Nghị quyết", number: 36, symbol: "NQ/TW", id: "36-NQ/TW", issuer: "Bộ Chính trị", date: null, title: null },
    ],
    note: "one issuer covers the list; 'khóa IX' is not part of the issuer",
  },
  {
    text: "Thực hiện Quyết định số 272-QĐ/TW của Bộ Chính trị khóa XI về ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại, tỉnh đã kiện toàn Ban chỉ đạo.",
    expect: [{ text: "Quyết định số 272-QĐ/TW", type: "Quyết định", number: 272, symbol: "QĐ/TW", id: "272-QĐ/TW", issuer: "Bộ Chính trị", date: null, title: null }],
  },
  {
    text: "Phổ biến, quán triệt đến từng đảng viên thực hiện nghiêm Chỉ thị 38-CT/TW của Bộ Chính trị về tăng cường quản lý các đoàn đi công tác nước ngoài.",
    expect: [{ text: "Chỉ thị 38-CT/TW", type: "Chỉ thị", number: 38, symbol: "CT/TW", id: "38-CT/TW", issuer: "Bộ Chính trị", date: null, title: null }],
  },
  {
    text: "Tỉnh ủy đã ban hành Chương trình hành động số 92-Ctr/TU ngày 23/8/2019 của Tỉnh ủy Nghệ An về thực hiện Chỉ thị số 32-CT/TW ngày 28/2/2019 của Bộ Chính trị về tăng cường và nâng cao hiệu quả quan hệ đối ngoại đảng trong tình hình mới.",
    expect: [
      { text: "Chương trình hành động số 92-Ctr/TU", type: "Chương trình hành động", number: 92, symbol: "CTr/TU", id: "92-CTr/TU", issuer: "Tỉnh ủy Nghệ An", date: "2019-08-23", title: null },
      { text: "Chỉ thị số 32-CT/TW", type: "Chỉ thị", number: 32, symbol: "CT/TW", id: "32-CT/TW", issuer: "Bộ Chính trị", date: "2019-02-28", title: null },
    ],
    note: "'Ctr' normalises to 'CTr'; a document cited inside another's subject is its own record",
  },
  {
    text: "Ban Chấp hành Đảng bộ tỉnh đã ban hành Chương trình hành động số 14-CTr/TU ngày 28/2/2017 về thực hiện có hiệu quả tiến trình hội nhập kinh tế quốc tế, theo tinh thần Nghị quyết số 06-NQ/TW ngày 05/11/2016 của Ban Chấp hành Trung ương (khóa XII).",
    expect: [
      { text: "Chương trình hành động số 14-CTr/TU", type: "Chương trình hành động", number: 14, symbol: "CTr/TU", id: "14-CTr/TU", date: "2017-02-28", title: null },
      { text: "Nghị quyết số 06-NQ/TW", type: "Nghị quyết", number: 6, symbol: "NQ/TW", id: "06-NQ/TW", issuer: "Ban Chấp hành Trung ương", date: "2016-11-05", title: null },
    ],
    note: "leading zero: number 6, id keeps '06'; the first issuer is the sentence subject, not a 'của' phrase: left unscored as in the gold",
  },
  {
    text: "Tiếp tục tham mưu triển khai hiệu quả Chỉ thị 15-CT/TW (ngày 10/8/2022) của Ban Bí thư Trung ương Đảng về công tác ngoại giao kinh tế phục vụ phát triển đất nước đến năm 2030.",
    expect: [{ text: "Chỉ thị 15-CT/TW", type: "Chỉ thị", number: 15, symbol: "CT/TW", id: "15-CT/TW", issuer: "Ban Bí thư", date: "2022-08-10", title: null }],
    note: "date in parentheses; 'Ban Bí thư Trung ương Đảng' → Ban Bí thư",
  },
  {
    text: "Tỉnh quán triệt Chỉ thị số 15-CT/TW của Ban Bí thư về ngoại giao kinh tế và Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ về hội nhập quốc tế.",
    expect: [
      { text: "Chỉ thị số 15-CT/TW", type: "Chỉ thị", number: 15, symbol: "CT/TW", id: "15-CT/TW", issuer: "Ban Bí thư", date: null, title: null },
      { text: "Chỉ thị số 15/CT-TTg", type: "Chỉ thị", number: 15, symbol: "CT-TTg", id: "15/CT-TTg", issuer: "Thủ tướng Chính phủ", date: null, title: null },
    ],
    note: "same number, different documents",
  },
  {
    text: "Kết luận số 12-KL/TW ngày 12/8/2021 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài trong tình hình mới được triển khai sâu rộng.",
    expect: [{ text: "Kết luận số 12-KL/TW", type: "Kết luận", number: 12, symbol: "KL/TW", id: "12-KL/TW", issuer: "Bộ Chính trị", date: "2021-08-12", title: null }],
  },
  {
    text: "Thực hiện Kết luận số 57-KL/TW, ngày 15-6-2023, của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.",
    expect: [{ text: "Kết luận số 57-KL/TW", type: "Kết luận", number: 57, symbol: "KL/TW", id: "57-KL/TW", issuer: "Bộ Chính trị", date: "2023-06-15", title: null }],
    note: "Party-style date with hyphens",
  },
  {
    text: "Tỉnh đã ban hành kế hoạch triển khai Kết luận 57-KL/TW đến các cấp ủy, tổ chức đảng.",
    expect: [{ text: "Kết luận 57-KL/TW", type: "Kết luận", number: 57, symbol: "KL/TW", id: "57-KL/TW", issuer: null, date: null, title: null }],
    note: "Party symbol with no stated issuer → null",
  },
  {
    text: "Ban Thường vụ Tỉnh ủy chỉ đạo thực hiện Chỉ thị số 12-CT/TW ngày 05 tháng 01 năm 2017 của Bộ Chính trị về tăng cường và nâng cao hiệu quả quan hệ đối ngoại Đảng trong tình hình mới.",
    expect: [{ text: "Chỉ thị số 12-CT/TW", type: "Chỉ thị", number: 12, symbol: "CT/TW", id: "12-CT/TW", issuer: "Bộ Chính trị", date: "2017-01-05", title: null }],
    note: "date written out with 'tháng … năm'",
  },
  {
    text: "Quy định số 08-QĐi/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của cán bộ, đảng viên được quán triệt nghiêm túc.",
    expect: [{ text: "Quy định số 08-QĐi/TW", type: "Quy định", number: 8, symbol: "QĐi/TW", id: "08-QĐi/TW", issuer: "Ban Chấp hành Trung ương", date: "2021-10-25", title: null }],
    note: "QĐi (Quy định) is not QĐ (Quyết định)",
  },
  {
    text: "Tỉnh thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII về tinh gọn bộ máy.",
    expect: [{ text: "Nghị quyết số 18-NQ/TW", type: "Nghị quyết", number: 18, symbol: "NQ/TW", id: "18-NQ/TW", issuer: "Ban Chấp hành Trung ương", date: "2017-10-25", title: null }],
    note: "'Hội nghị lần thứ sáu' is an ordinal, not a document",
  },
  {
    text: "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia mở ra cơ hội hợp tác mới.",
    expect: [{ text: "Nghị quyết số 57-NQ/TW", type: "Nghị quyết", number: 57, symbol: "NQ/TW", id: "57-NQ/TW", issuer: "Bộ Chính trị", date: "2024-12-22", title: null }],
  },
  {
    text: "Phối hợp chuẩn bị nội dung tổng kết 10 năm thực hiện Nghị quyết số 26-NQ/TW của Bộ Chính trị về phương hướng, nhiệm vụ phát triển tỉnh Nghệ An đến năm 2020.",
    expect: [{ text: "Nghị quyết số 26-NQ/TW", type: "Nghị quyết", number: 26, symbol: "NQ/TW", id: "26-NQ/TW", issuer: "Bộ Chính trị", date: null, title: null }],
  },
  {
    text: "Tỉnh tiếp tục chỉ đạo thực hiện theo tinh thần Nghị quyết 36-NQ/TW của Bộ Chính trị, Nghị quyết số 27/NQ-CP của Chính phủ ban hành Chương trình hành động của Chính phủ tiếp tục đẩy mạnh thực hiện Nghị quyết 36-NQ/TW của Bộ Chính trị.",
    expect: [
      { text: "Nghị quyết 36-NQ/TW", type: "Nghị quyết", number: 36, symbol: "NQ/TW", id: "36-NQ/TW", issuer: "Bộ Chính trị", date: null, title: null },
      { text: "Nghị quyết số 27/NQ-CP", type: "Nghị quyết", number: 27, symbol: "NQ-CP", id: "27/NQ-CP", issuer: "Chính phủ", date: null, title: null },
    ],
    note: "36-NQ/TW twice → one record",
  },
  {
    text: "Đảng bộ tỉnh thực hiện Chỉ thị số 12-CT/TW, Nghị quyết số 22-NQ/TW và Kết luận số 12-KL/TW của Bộ Chính trị về công tác đối ngoại.",
    expect: [
      { text: "Chỉ thị số 12-CT/TW", type: "Chỉ thị", number: 12, symbol: "CT/TW", id: "12-CT/TW", issuer: "Bộ Chính trị", date: null, title: null },
      { text: "Nghị quyết số 22-NQ/TW", type: "Nghị quyết", number: 22, symbol: "NQ/TW", id: "22-NQ/TW", issuer: "Bộ Chính trị", date: null, title: null },
      { text: "Kết luận số 12-KL/TW", type: "Kết luận", number: 12, symbol: "KL/TW", id: "12-KL/TW", issuer: "Bộ Chính trị", date: null, title: null },
    ],
    note: "one issuer for a list of three; 12-CT/TW and 12-KL/TW are different documents",
  },
  {
    text: "Tỉnh tiếp tục quán triệt 36-NQ/TW và 12-KL/TW về công tác người Việt Nam ở nước ngoài.",
    expect: [
      { text: "36-NQ/TW", type: "Nghị quyết", number: 36, symbol: "NQ/TW", id: "36-NQ/TW", issuer: null, date: null, title: null },
      { text: "12-KL/TW", type: "Kết luận", number: 12, symbol: "KL/TW", id: "12-KL/TW", issuer: null, date: null, title: null },
    ],
    note: "no type noun: type from the symbol's abbreviation",
  },
  {
    text: "Các cấp ủy quán triệt Nghị quyết số 22- NQ/TW về hội nhập quốc tế.",
    expect: [{ text: "Nghị quyết số 22- NQ/TW", type: "Nghị quyết", number: 22, symbol: "NQ/TW", id: "22-NQ/TW", issuer: null, date: null, title: null }],
    note: "spacing slip inside the number",
  },
  {
    text: "Thực hiện Chương trình hành động số 07-Ctr/TU ngày 12/4/2021 của Ban Chấp hành Đảng bộ tỉnh, công tác đối ngoại đạt nhiều kết quả.",
    expect: [{ text: "Chương trình hành động số 07-Ctr/TU", type: "Chương trình hành động", number: 7, symbol: "CTr/TU", id: "07-CTr/TU", issuer: "Ban Chấp hành Đảng bộ tỉnh", date: "2021-04-12", title: null }],
  },
  {
    text: "Chương trình số 35-CTr/TU ngày 10/3/2021 của Tỉnh ủy về hội nhập quốc tế giai đoạn 2021 - 2025 đã được triển khai đồng bộ.",
    expect: [{ text: "Chương trình số 35-CTr/TU", type: "Chương trình", number: 35, symbol: "CTr/TU", id: "35-CTr/TU", issuer: "Tỉnh ủy", date: "2021-03-10", title: null }],
    note: "'Chương trình' without 'hành động' stays 'Chương trình'",
  },
  {
    text: "Chỉ thị số 24-CT/TU ngày 13/2/2008 của Ban Thường vụ Tỉnh ủy về công tác đối với người Việt Nam ở nước ngoài tiếp tục phát huy hiệu quả.",
    expect: [{ text: "Chỉ thị số 24-CT/TU", type: "Chỉ thị", number: 24, symbol: "CT/TU", id: "24-CT/TU", issuer: "Ban Thường vụ Tỉnh ủy", date: "2008-02-13", title: null }],
  },
  {
    text: "Theo Thông báo số 35-TB/TU ngày 15/3/2022 của Ban Thường vụ Tỉnh ủy về chủ trương đón đoàn cấp cao tỉnh Hủa Phăn, Sở Ngoại vụ chuẩn bị chu đáo chương trình đón tiếp.",
    expect: [{ text: "Thông báo số 35-TB/TU", type: "Thông báo", number: 35, symbol: "TB/TU", id: "35-TB/TU", issuer: "Ban Thường vụ Tỉnh ủy", date: "2022-03-15", title: null }],
  },
  {
    text: "Hướng dẫn số 15-HD/BTGTW của Ban Tuyên giáo Trung ương về công tác thông tin đối ngoại được triển khai đến cơ sở.",
    expect: [{ text: "Hướng dẫn số 15-HD/BTGTW", type: "Hướng dẫn", number: 15, symbol: "HD/BTGTW", id: "15-HD/BTGTW", issuer: "Ban Tuyên giáo Trung ương", date: null, title: null }],
  },
  {
    text: "Sở Ngoại vụ tham mưu thực hiện Hướng dẫn số 12-HD/BĐNTW ngày 20/4/2023 của Ban Đối ngoại Trung ương về quản lý thống nhất hoạt động đối ngoại.",
    expect: [{ text: "Hướng dẫn số 12-HD/BĐNTW", type: "Hướng dẫn", number: 12, symbol: "HD/BĐNTW", id: "12-HD/BĐNTW", issuer: "Ban Đối ngoại Trung ương", date: "2023-04-20", title: null }],
  },
  {
    text: "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 58-KH/TU ngày 20/5/2021 về \"Nâng cao hiệu quả công tác đối ngoại giai đoạn 2021 - 2025\".",
    expect: [{ text: "Kế hoạch số 58-KH/TU", type: "Kế hoạch", number: 58, symbol: "KH/TU", id: "58-KH/TU", date: "2021-05-20", title: "Nâng cao hiệu quả công tác đối ngoại giai đoạn 2021 - 2025" }],
    note: "straight quotes also mark a title; issuer is the sentence subject: left unscored",
  },
  {
    text: "Các cấp ủy triển khai Đề án số 05-ĐA/TU của Tỉnh ủy về nâng cao hiệu quả công tác đối ngoại nhân dân.",
    expect: [{ text: "Đề án số 05-ĐA/TU", type: "Đề án", number: 5, symbol: "ĐA/TU", id: "05-ĐA/TU", issuer: "Tỉnh ủy", date: null, title: null }],
  },
  {
    text: "Đảng bộ tỉnh triển khai Nghị quyết số 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về hội nhập quốc tế giai đoạn 2021 - 2025.",
    expect: [{ text: "Nghị quyết số 05-NQ/TU", type: "Nghị quyết", number: 5, symbol: "NQ/TU", id: "05-NQ/TU", issuer: "Ban Chấp hành Đảng bộ tỉnh", date: null, title: null }],
  },

  // ───────────────────────── State documents ─────────────────────────
  {
    text: "Quyết định số 40/QĐ-TTg ngày 07/01/2016 của Thủ tướng Chính phủ phê duyệt Chiến lược tổng thể hội nhập quốc tế đến năm 2020, tầm nhìn đến năm 2030.",
    expect: [{ text: "Quyết định số 40/QĐ-TTg", type: "Quyết định", number: 40, symbol: "QĐ-TTg", id: "40/QĐ-TTg", issuer: "Thủ tướng Chính phủ", date: "2016-01-07", title: null }],
  },
  {
    text: "Tỉnh tiếp tục chỉ đạo thực hiện Nghị quyết 22-NQ/TW của Bộ Chính trị; Quyết định số 40/QĐ-TTg ngày 07/01/2016.",
    expect: [
      { text: "Nghị quyết 22-NQ/TW", type: "Nghị quyết", number: 22, symbol: "NQ/TW", id: "22-NQ/TW", issuer: "Bộ Chính trị", date: null, title: null },
      { text: "Quyết định số 40/QĐ-TTg", type: "Quyết định", number: 40, symbol: "QĐ-TTg", id: "40/QĐ-TTg", issuer: "Thủ tướng Chính phủ", date: "2016-01-07", title: null },
    ],
    note: "no stated issuer for the Decision: TTg implies Thủ tướng Chính phủ",
  },
  {
    text: "Công tác điều ước quốc tế được thực hiện theo Chỉ thị số 09-CT/TTg ngày 05/4/2012 của Thủ tướng Chính phủ về tăng cường quản lý nhà nước đối với công tác điều ước quốc tế.",
    expect: [{ text: "Chỉ thị số 09-CT/TTg", type: "Chỉ thị", number: 9, symbol: "CT/TTg", id: "09-CT/TTg", issuer: "Thủ tướng Chính phủ", date: "2012-04-05", title: null }],
    note: "a typing slip mixes Party and State style; kept as written (same document as 09/CT-TTg)",
  },
  {
    text: "Tỉnh chỉ đạo triển khai Chỉ thị số 1326/CT-TTg ngày 27/7/2010 của thủ tướng Chính phủ về tổ chức thực hiện các văn kiện biên giới trên đất liền Việt Nam - Trung Quốc.",
    expect: [{ text: "Chỉ thị số 1326/CT-TTg", type: "Chỉ thị", number: 1326, symbol: "CT-TTg", id: "1326/CT-TTg", issuer: "Thủ tướng Chính phủ", date: "2010-07-27", title: null }],
    note: "lower-case 'thủ tướng' in the text",
  },
  {
    text: "Kế hoạch số 36/KH-BCĐ ngày 24/02/2017 về triển khai thực hiện các văn kiện pháp lý về biên giới lãnh thổ trên đất liền Việt Nam – Trung Quốc được thực hiện nghiêm túc.",
    expect: [{ text: "Kế hoạch số 36/KH-BCĐ", type: "Kế hoạch", number: 36, symbol: "KH-BCĐ", id: "36/KH-BCĐ", issuer: null, date: "2017-02-24", title: null }],
    note: "BCĐ does not say which steering committee → issuer null",
  },
  {
    text: "Kế hoạch số 104/KH-UBND ngày 24/9/2016 của UBND tỉnh về triển khai Nghi quyết số 27/NQ-CP của Chính phủ đã được các sở, ngành thực hiện.",
    expect: [
      { text: "Kế hoạch số 104/KH-UBND", type: "Kế hoạch", number: 104, symbol: "KH-UBND", id: "104/KH-UBND", issuer: "UBND tỉnh", date: "2016-09-24", title: null },
      { text: "Nghi quyết số 27/NQ-CP", type: "Nghị quyết", number: 27, symbol: "NQ-CP", id: "27/NQ-CP", issuer: "Chính phủ", date: null, title: null },
    ],
    note: "typing slip 'Nghi quyết' still counts",
  },
  {
    text: "Văn bản được trình bày theo đúng thể thức quy định tại Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
    expect: [{ text: "Nghị định số 30/2020/NĐ-CP", type: "Nghị định", number: 30, symbol: "NĐ-CP", id: "30/2020/NĐ-CP", issuer: "Chính phủ", date: "2020-03-05", title: null }],
    note: "legal-normative document: the year is in the id, not in the symbol",
  },
  {
    text: "Việc quản lý viện trợ được thực hiện theo Nghị định số 80/2020/NĐ-CP về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức.",
    expect: [{ text: "Nghị định số 80/2020/NĐ-CP", type: "Nghị định", number: 80, symbol: "NĐ-CP", id: "80/2020/NĐ-CP", issuer: "Chính phủ", date: null, title: null }],
    note: "CP implies Chính phủ",
  },
  {
    text: "Tỉnh triển khai Nghị định số 64/2021/NĐ-CP ngày 30/6/2021 của Chính phủ về ký kết và thực hiện thỏa thuận quốc tế nhân danh cơ quan cấp tỉnh.",
    expect: [{ text: "Nghị định số 64/2021/NĐ-CP", type: "Nghị định", number: 64, symbol: "NĐ-CP", id: "64/2021/NĐ-CP", issuer: "Chính phủ", date: "2021-06-30", title: null }],
  },
  {
    text: "Sở Ngoại vụ thẩm định hồ sơ theo Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ về tổ chức, quản lý hội nghị, hội thảo quốc tế tại Việt Nam.",
    expect: [{ text: "Quyết định số 06/2020/QĐ-TTg", type: "Quyết định", number: 6, symbol: "QĐ-TTg", id: "06/2020/QĐ-TTg", issuer: "Thủ tướng Chính phủ", date: "2020-02-21", title: null }],
  },
  {
    text: "Căn cứ 06/2020/QĐ-TTg, Sở Ngoại vụ hướng dẫn các đơn vị xin chủ trương tổ chức hội thảo quốc tế.",
    expect: [{ text: "06/2020/QĐ-TTg", type: "Quyết định", number: 6, symbol: "QĐ-TTg", id: "06/2020/QĐ-TTg", issuer: "Thủ tướng Chính phủ", date: null, title: null }],
    note: "no type noun: type from QĐ; issuer from TTg",
  },
  {
    text: "Thực hiện Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, tỉnh khẩn trương kiện toàn bộ máy.",
    expect: [{ text: "Nghị quyết số 202/2025/QH15", type: "Nghị quyết", number: 202, symbol: "QH15", id: "202/2025/QH15", issuer: "Quốc hội", date: null, title: null }],
    note: "a Quốc hội resolution's symbol is only QH + term",
  },
  {
    text: "Công tác ký kết được thực hiện theo Luật Điều ước quốc tế số 108/2016/QH13 và Luật Thỏa thuận quốc tế số 70/2020/QH14.",
    expect: [
      { text: "108/2016/QH13", type: "Luật", number: 108, symbol: "QH13", id: "108/2016/QH13", issuer: "Quốc hội", date: null, title: null },
      { text: "70/2020/QH14", type: "Luật", number: 70, symbol: "QH14", id: "70/2020/QH14", issuer: "Quốc hội", date: null, title: null },
    ],
    note: "the law's name sits between the type noun and the number; QH implies Quốc hội",
  },
  {
    text: "Thực hiện Công văn số 45/UBND-VP ngày 12/01/2024 của UBND tỉnh về việc tăng cường quản lý đoàn ra, các sở, ngành rà soát kế hoạch đi nước ngoài.",
    expect: [{ text: "Công văn số 45/UBND-VP", type: "Công văn", number: 45, symbol: "UBND-VP", id: "45/UBND-VP", issuer: "UBND tỉnh", date: "2024-01-12", title: null }],
    note: "an official letter's symbol has no type abbreviation",
  },
  {
    text: "Theo Quyết định 1326/QĐ-UBND ngày 15/7/2022 của Chủ tịch UBND tỉnh, Sở Ngoại vụ là cơ quan thường trực Ban chỉ đạo.",
    expect: [{ text: "Quyết định 1326/QĐ-UBND", type: "Quyết định", number: 1326, symbol: "QĐ-UBND", id: "1326/QĐ-UBND", issuer: "Chủ tịch UBND tỉnh", date: "2022-07-15", title: null }],
  },
  {
    text: "Quyết định số 2345/QĐ-UBND ngày 18/8/2023 của UBND tỉnh ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh.",
    expect: [{ text: "Quyết định số 2345/QĐ-UBND", type: "Quyết định", number: 2345, symbol: "QĐ-UBND", id: "2345/QĐ-UBND", issuer: "UBND tỉnh", date: "2023-08-18", title: null }],
  },
  {
    text: "Sở Ngoại vụ đã tham mưu triển khai Kế hoạch số 123/KH-UBND về công tác thông tin đối ngoại năm 2024.",
    expect: [{ text: "Kế hoạch số 123/KH-UBND", type: "Kế hoạch", number: 123, symbol: "KH-UBND", id: "123/KH-UBND", date: null, title: null }],
    note: "UBND in the symbol does not say which People's Committee: issuer left unscored",
  },
  {
    text: "Báo cáo số 125/BC-UBND ngày 30/11/2023 của UBND tỉnh đánh giá kết quả công tác đối ngoại năm 2023.",
    expect: [{ text: "Báo cáo số 125/BC-UBND", type: "Báo cáo", number: 125, symbol: "BC-UBND", id: "125/BC-UBND", issuer: "UBND tỉnh", date: "2023-11-30", title: null }],
  },
  {
    text: "HĐND tỉnh xem xét Tờ trình số 88/TTr-UBND ngày 05/12/2022 của UBND tỉnh về chương trình hoạt động đối ngoại năm 2023.",
    expect: [{ text: "Tờ trình số 88/TTr-UBND", type: "Tờ trình", number: 88, symbol: "TTr-UBND", id: "88/TTr-UBND", issuer: "UBND tỉnh", date: "2022-12-05", title: null }],
  },
  {
    text: "Nghị quyết số 10/2021/NQ-HĐND ngày 14/7/2021 của HĐND tỉnh quy định mức chi đón tiếp khách nước ngoài.",
    expect: [{ text: "Nghị quyết số 10/2021/NQ-HĐND", type: "Nghị quyết", number: 10, symbol: "NQ-HĐND", id: "10/2021/NQ-HĐND", issuer: "HĐND tỉnh", date: "2021-07-14", title: null }],
  },
  {
    text: "Thông tư số 03/2021/TT-BNG của Bộ Ngoại giao hướng dẫn thủ tục cấp thị thực được phổ biến đến các doanh nghiệp.",
    expect: [{ text: "Thông tư số 03/2021/TT-BNG", type: "Thông tư", number: 3, symbol: "TT-BNG", id: "03/2021/TT-BNG", issuer: "Bộ Ngoại giao", date: null, title: null }],
  },
  {
    text: "Tỉnh thực hiện Chỉ thị số 12-CT/TW của Bộ Chính trị và Chỉ thị số 12/CT-TTg ngày 20/4/2021 của Thủ tướng Chính phủ.",
    expect: [
      { text: "Chỉ thị số 12-CT/TW", type: "Chỉ thị", number: 12, symbol: "CT/TW", id: "12-CT/TW", issuer: "Bộ Chính trị", date: null, title: null },
      { text: "Chỉ thị số 12/CT-TTg", type: "Chỉ thị", number: 12, symbol: "CT-TTg", id: "12/CT-TTg", issuer: "Thủ tướng Chính phủ", date: "2021-04-20", title: null },
    ],
    note: "the date belongs to the second document only",
  },
  {
    text: "Theo Kế hoạch số 215/KH-UBND ngày 10/10/2022 của UBND tỉnh về “Tổ chức các hoạt động kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào”, các sở, ngành đã tổ chức nhiều hoạt động ý nghĩa.",
    expect: [{ text: "Kế hoạch số 215/KH-UBND", type: "Kế hoạch", number: 215, symbol: "KH-UBND", id: "215/KH-UBND", issuer: "UBND tỉnh", date: "2022-10-10", title: "Tổ chức các hoạt động kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào" }],
    note: "'60 năm' inside the title is not a document",
  },
  {
    text: "Tỉnh thực hiện Nghị quyết số 22-NQ/TW ngày 10 tháng 4 năm 2013 của Bộ Chính trị và Nghị quyết số 31/NQ-CP ngày 13/5/2014 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 22-NQ/TW.",
    expect: [
      { text: "Nghị quyết số 22-NQ/TW", type: "Nghị quyết", number: 22, symbol: "NQ/TW", id: "22-NQ/TW", issuer: "Bộ Chính trị", date: "2013-04-10", title: null },
      { text: "Nghị quyết số 31/NQ-CP", type: "Nghị quyết", number: 31, symbol: "NQ-CP", id: "31/NQ-CP", issuer: "Chính phủ", date: "2014-05-13", title: null },
    ],
    note: "the repeated 22-NQ/TW is the same document",
  },
  {
    text: "Nghị quyết số 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị (khóa IX) về công tác đối với người Việt Nam ở nước ngoài đã đi vào cuộc sống.",
    expect: [{ text: "Nghị quyết số 36-NQ/TW", type: "Nghị quyết", number: 36, symbol: "NQ/TW", id: "36-NQ/TW", issuer: "Bộ Chính trị", date: "2004-03-26", title: null }],
  },

  // ───────────────────────── negatives ─────────────────────────
  {
    text: "Quán triệt tinh thần Nghị quyết Đại hội XII của Đảng về nâng cao hiệu quả hoạt động đối ngoại.",
    expect: [],
    note: "no number",
  },
  {
    text: "Hai bên thực hiện nghiêm Nghị định thư về phân giới, cắm mốc biên giới trên đất liền.",
    expect: [],
    note: "'Nghị định thư' (protocol) with no number",
  },
  {
    text: "Ngày 24/01/2025, Bộ Chính trị ban hành nghị quyết về hội nhập quốc tế trong tình hình mới.",
    expect: [],
    note: "a date is not a document number",
  },
  {
    text: "Dự án hỗ trợ chẩn đoán, chăm sóc và điều trị HIV/AIDS cho người dân vùng biên.",
    expect: [],
  },
  {
    text: "Đại hội Liên hiệp các tổ chức hữu nghị tỉnh khóa V, nhiệm kỳ 2019 - 2024 đã thành công tốt đẹp.",
    expect: [],
  },
  {
    text: "Điện thoại: 0238.3844.256 - Fax: 0238.3844.257.",
    expect: [],
  },
  {
    text: "Hoàn thành công tác thẩm định Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
    expect: [],
  },
  {
    text: "Tỉnh bám sát các Chỉ thị, Nghị quyết, văn bản chỉ đạo của Trung ương và địa phương về đối ngoại đa phương.",
    expect: [],
    note: "document types without numbers",
  },
  {
    text: "Công tác hội nhập được thúc đẩy theo tinh thần các Nghị quyết, Chỉ thị, Chương trình hành động của Bộ Chính trị, Ban Bí thư, Chính phủ.",
    expect: [],
  },
  {
    text: "Tỉnh tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng.",
    expect: [],
    note: "a plenum number is not a document number",
  },
  {
    text: "Tỉnh triển khai Nghị quyết 36 của Bộ Chính trị về công tác người Việt Nam ở nước ngoài.",
    expect: [],
    note: "no symbol: not a full reference",
  },
  {
    text: "Luật Đầu tư năm 2020 và Luật Doanh nghiệp năm 2020 tạo hành lang pháp lý thuận lợi cho nhà đầu tư.",
    expect: [],
  },
  {
    text: "Tỉnh huy động nguồn lực phòng, chống dịch COVID-19 và hỗ trợ nước bạn.",
    expect: [],
  },
  {
    text: "Nguồn vốn Chương trình 135 được ưu tiên cho các xã biên giới.",
    expect: [],
  },
  {
    text: "Sau Hội nghị Trung ương 8 khóa XIII, tỉnh tổ chức quán triệt đến cán bộ chủ chốt.",
    expect: [],
  },
  {
    text: "Theo Điều 5, Khoản 2 Luật Điều ước quốc tế, cơ quan đề xuất phải lấy ý kiến Bộ Ngoại giao.",
    expect: [],
    note: "article/clause numbers are not document numbers",
  },
  {
    text: "Lãnh đạo tỉnh dự diễn đàn hợp tác Việt - Hàn tại Hàn Quốc tháng 9/2025; Quý I/2024 tỉnh đón 14 đoàn khách.",
    expect: [],
  },
  {
    text: "Dự án nâng cấp Quốc lộ 1A, Quốc lộ 4B và tuyến đường 217 kết nối cửa khẩu.",
    expect: [],
  },
  {
    text: "Việt Nam tích cực tham gia các cơ chế ASEAN+3, G7/G20 mở rộng.",
    expect: [],
    note: "'G7/G20' has a slash but is not a document",
  },
  {
    text: "Sở Ngoại vụ xuất bản Bản tin Đối ngoại số 13/2019 và các số 14, 15.",
    expect: [],
    note: "bulletin issue numbers",
  },
  {
    text: "Đường dây nóng bảo hộ công dân hoạt động 24/7.",
    expect: [],
  },
  {
    text: "Lực lượng chức năng đã tu bổ mốc quốc giới 1116/2 và mốc 409 trên tuyến biên giới.",
    expect: [],
    note: "border marker numbers",
  },
  {
    text: "Sở Ngoại vụ áp dụng hệ thống quản lý chất lượng ISO 9001:2015.",
    expect: [],
  },
  {
    text: "Văn phòng đại diện đặt tại số 12 đường 3/2, cạnh Quảng trường 19/8 của thành phố.",
    expect: [],
    note: "street and square names made of dates",
  },
  {
    text: "Đến nay, 90/100 xã biên giới đã có đường ô tô đến trung tâm xã.",
    expect: [],
    note: "a fraction",
  },
  {
    text: "Xe mang biển kiểm soát 37A-123.45 đã được bàn giao cho phía bạn.",
    expect: [],
  },
  {
    text: "Tỉnh thực hiện nghiêm Hiến chương ASEAN và các điều ước quốc tế mà Việt Nam là thành viên.",
    expect: [],
  },
  {
    text: "Kỳ họp thứ 9, HĐND tỉnh khóa XVIII đã thông qua nghị quyết về chương trình đối ngoại.",
    expect: [],
  },
  {
    text: "Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030 xác định đối ngoại là nhiệm vụ trọng yếu.",
    expect: [],
  },
  {
    text: "Sư đoàn 324, Quân khu 4 phối hợp tổ chức giao lưu với lực lượng vũ trang tỉnh bạn nhân dịp 30/4 và 1/5.",
    expect: [],
  },
  {
    text: "Thực hiện Quyết định số 412/QĐ-UBND.HC ngày 10 tháng 4 năm 2009 của UBND tỉnh Đồng Tháp ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại.",
    expect: [{ id: "412/QĐ-UBND.HC", symbol: "QĐ-UBND.HC", type: "Quyết định", number: 412, date: "2009-04-10" }],
    note: "an office code after the issuer, after a dot",
  },
];
