// Agreements: the document nouns counted as signed agreements, their levels,
// and which nouns need a signing verb nearby to count. Data only.

const THOA = "th(?:ỏa|oả)";

/** Document nouns, longest first; the kind is the noun as written, lower-cased. */
export const KINDS: { pattern: string; needsSigning: boolean; needsTopic?: boolean }[] = [
  { pattern: `biên bản ghi nhớ và ${THOA} thuận hợp tác`, needsSigning: false },
  { pattern: `biên bản ghi nhớ hợp tác`, needsSigning: false },
  { pattern: `biên bản ghi nhớ`, needsSigning: false },
  { pattern: `biên bản ${THOA} thuận hợp tác`, needsSigning: false },
  { pattern: `biên bản ${THOA} thuận`, needsSigning: false },
  { pattern: `biên bản hợp tác`, needsSigning: false },
  { pattern: `biên bản hội đàm`, needsSigning: true },
  { pattern: `biên bản làm việc`, needsSigning: true },
  { pattern: `bản ghi nhớ(?: hợp tác)?`, needsSigning: false },
  { pattern: `${THOA} thuận quốc tế`, needsSigning: false },
  { pattern: `${THOA} thuận hợp tác(?: quốc tế)?`, needsSigning: false },
  { pattern: `${THOA} thuận`, needsSigning: false },
  { pattern: `văn bản hợp tác(?: quốc tế)?`, needsSigning: false },
  { pattern: `văn bản ${THOA} thuận(?: quốc tế| hợp tác)?`, needsSigning: false },
  { pattern: `văn bản ký kết`, needsSigning: false },
  { pattern: `văn bản ghi nhớ`, needsSigning: false },
  { pattern: `văn kiện hợp tác`, needsSigning: false },
  { pattern: `hiệp định(?: hợp tác)?`, needsSigning: true },
  { pattern: `chương trình hợp tác`, needsSigning: true },
  { pattern: `kế hoạch hợp tác`, needsSigning: true },
  { pattern: `(?:mou|mous)`, needsSigning: false },
  // bare nouns, only in a sentence that is about agreements ("ký thêm 02 biên bản với tỉnh Kandal")
  { pattern: `biên bản`, needsSigning: true, needsTopic: true },
  { pattern: `văn bản`, needsSigning: true, needsTopic: true },
];

/** A bare noun (biên bản, văn bản) counts only in a sentence that also names agreements. */
export const AGREEMENT_TOPIC = /th(?:ỏa|oả) thuận|ghi nhớ|hợp tác|kết nghĩa/iu;

/** "các cơ quan cấp sở đã ký …": a level stated before the figure in its clause. */
export const LEVEL_BEFORE: [RegExp, "province" | "department" | "district"][] = [
  [/cấp\s+tỉnh(?![\p{L}])/u, "province"],
  [/cấp\s+(?:sở|ngành)(?![\p{L}])/u, "department"],
  [/cấp\s+huyện(?![\p{L}])/u, "district"],
];

/** The departments themselves signing, right before the figure: "các sở, ngành ký 03 thỏa thuận", "các sở, ban, ngành đã ký 14 văn bản". */
export const DEPARTMENTS_SIGNING = /(?<![\p{L}])sở\s*,\s*(?:ban\s*,\s*)?ngành(?:\s+(?:của|trong)\s+[^,.;:]{1,60}?|\s+tỉnh)?\s+(?:đã\s+)?ký(?:\s+kết)?(?:\s+(?:mới|thêm|được))?\s*$/u;

/** "cấp tỉnh" → province, "cấp sở, ngành" → department, "cấp huyện" → district. */
export const LEVELS: [RegExp, "province" | "department" | "district"][] = [
  [/^\s*(?:ở\s+)?cấp\s+tỉnh(?![\p{L}])/u, "province"],
  [/^\s*(?:ở\s+)?cấp\s+(?:sở\s*,?\s*(?:ban\s*,?\s*)?ngành|sở|ngành|sở, ban, ngành)(?![\p{L}])/u, "department"],
  [/^\s*(?:ở\s+)?cấp\s+(?:huyện|thành phố|thị xã|huyện, thành phố)(?![\p{L}])/u, "district"],
];

/** Signing verbs; a noun that needsSigning counts only with one of these earlier in its sentence. */
export const SIGNING = /(?<![\p{L}])(?:ký|ký kết|đã ký|ký mới|ký thêm|thông qua|trao)(?![\p{L}])/u;
