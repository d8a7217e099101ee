// Document references: type abbreviations (Decree 30/2020/NĐ-CP, Appendix III;
// Party office Guideline 36-HD/VPTW), the type nouns written before a number
// (with the typing slips seen in the press), issuer codes and the bodies they
// imply, and the issuers a text states. Data only.

/** Type abbreviation (as officially cased) → type name. */
export const TYPE_ABBREVIATIONS: Record<string, string> = {
  NQ: "Nghị quyết",
  NQLT: "Nghị quyết liên tịch",
  QĐ: "Quyết định",
  QĐi: "Quy định",
  CT: "Chỉ thị",
  KL: "Kết luận",
  TB: "Thông báo",
  HD: "Hướng dẫn",
  KH: "Kế hoạch",
  CTr: "Chương trình",
  QC: "Quy chế",
  BC: "Báo cáo",
  TTr: "Tờ trình",
  ĐA: "Đề án",
  PA: "Phương án",
  NĐ: "Nghị định",
  TT: "Thông tư",
  TTLT: "Thông tư liên tịch",
  CV: "Công văn",
  CĐ: "Công điện",
  TTri: "Thông tri",
  BB: "Biên bản",
  GP: "Giấy phép",
  PL: "Pháp lệnh",
  L: "Luật",
  QyĐ: "Quy định",
  CTHĐ: "Chương trình hành động",
};

/** Folded spellings of abbreviations (typing slips: "Ctr", "QD", "ND", "Qdi") → official case. */
export const TYPE_BY_FOLDED: Record<string, string> = Object.fromEntries(
  Object.keys(TYPE_ABBREVIATIONS).map((k) => [k.toUpperCase().replace(/Đ/g, "D"), k]),
);

/** Issuer codes in a symbol → the body they imply, or null when the code does not say which body. */
export const ISSUER_CODES: Record<string, string | null> = {
  TTg: "Thủ tướng Chính phủ",
  CP: "Chính phủ",
  QH: "Quốc hội",
  UBTVQH: "Ủy ban Thường vụ Quốc hội",
  TU: "Tỉnh ủy",
  HU: "Huyện ủy",
  TW: null,
  UBND: "UBND",
  HĐND: "HĐND",
  BNG: "Bộ Ngoại giao",
  VPCP: "Văn phòng Chính phủ",
  VPTW: "Văn phòng Trung ương Đảng",
  BCĐ: null,
  BTGTW: "Ban Tuyên giáo Trung ương",
  BĐNTW: "Ban Đối ngoại Trung ương",
  BTCTW: "Ban Tổ chức Trung ương",
  BCA: "Bộ Công an",
  BQP: "Bộ Quốc phòng",
  BTC: "Bộ Tài chính",
  BKHĐT: "Bộ Kế hoạch và Đầu tư",
  BCT: "Bộ Công Thương",
  SNgV: "Sở Ngoại vụ",
  SNV: "Sở Ngoại vụ",
};
export const ISSUER_BY_FOLDED: Record<string, string> = Object.fromEntries(Object.keys(ISSUER_CODES).map((k) => [k.toUpperCase().replace(/Đ/g, "D").replace(/Ư/g, "U"), k]));

/** Type nouns before a number, matched on the diacritic-free fold so that "Nghi quyết" counts; longest first. */
export const TYPE_NOUNS: [string, string][] = [
  ["chuong trinh hanh dong", "Chương trình hành động"],
  ["nghi quyet lien tich", "Nghị quyết liên tịch"],
  ["thong tu lien tich", "Thông tư liên tịch"],
  ["nghi quyet", "Nghị quyết"],
  ["nghi dinh", "Nghị định"],
  ["chi thi", "Chỉ thị"],
  ["quyet dinh", "Quyết định"],
  ["ke hoach", "Kế hoạch"],
  ["chuong trinh", "Chương trình"],
  ["ket luan", "Kết luận"],
  ["thong bao", "Thông báo"],
  ["huong dan", "Hướng dẫn"],
  ["thong tu", "Thông tư"],
  ["thong tri", "Thông tri"],
  ["phap lenh", "Pháp lệnh"],
  ["luat", "Luật"],
  ["cong van", "Công văn"],
  ["cong dien", "Công điện"],
  ["bao cao", "Báo cáo"],
  ["to trinh", "Tờ trình"],
  ["de an", "Đề án"],
  ["quy dinh", "Quy định"],
  ["quy che", "Quy chế"],
  ["phuong an", "Phương án"],
  ["dieu le", "Điều lệ"],
  ["van ban", "Văn bản"],
];

/** Issuers a text states after a reference ("của Bộ Chính trị"), longest first; a capitalised name may follow ("Tỉnh ủy Nghệ An"). */
export const STATED_ISSUERS = [
  "Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "Ban Chấp hành Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ",
  "Ban Bí thư Trung ương Đảng", "Ban Bí thư", "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh uỷ", "Ban Thường vụ Huyện ủy",
  "Ban Thường vụ Thành ủy", "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Đảng ủy", "Thủ tướng Chính phủ", "Phó Thủ tướng Chính phủ",
  "Thủ tướng", "Chính phủ", "Ủy ban Thường vụ Quốc hội", "Uỷ ban Thường vụ Quốc hội", "Quốc hội", "Chủ tịch nước",
  "Ủy ban nhân dân tỉnh", "Uỷ ban nhân dân tỉnh", "UBND tỉnh", "UBND thành phố", "UBND", "Hội đồng nhân dân tỉnh", "HĐND tỉnh",
  "Văn phòng Trung ương Đảng", "Văn phòng Chính phủ", "Ban Đối ngoại Trung ương", "Ban Tuyên giáo Trung ương", "Ban Tổ chức Trung ương",
  "Ban Kinh tế Trung ương", "Ban Chỉ đạo", "Bộ Ngoại giao", "Bộ Công an", "Bộ Quốc phòng", "Bộ Tài chính", "Bộ Kế hoạch và Đầu tư",
  "Bộ Công Thương", "Bộ Nội vụ", "Bộ Tư pháp", "Sở Ngoại vụ",
];
