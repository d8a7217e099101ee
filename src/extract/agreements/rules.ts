// Agreements: the document nouns counted as signed agreements, their levels,
// and which nouns need a signing verb nearby to count. Data only.

const THOA = "th(?:ỏa|oả)";

/** Document nouns, longest first; the kind is the noun as written, lower-cased. */
export const KINDS: { pattern: string; needsSigning: boolean }[] = [
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
  { pattern: `văn bản hợp tác`, needsSigning: false },
  { pattern: `văn bản ${THOA} thuận`, needsSigning: false },
  { pattern: `văn bản ký kết`, needsSigning: false },
  { pattern: `văn bản ghi nhớ`, needsSigning: false },
  { pattern: `văn kiện hợp tác`, needsSigning: false },
  { pattern: `hiệp định(?: hợp tác)?`, needsSigning: true },
  { pattern: `hợp đồng(?: hợp tác| đầu tư)?`, needsSigning: true },
  { pattern: `chương trình hợp tác`, needsSigning: true },
  { pattern: `kế hoạch hợp tác`, needsSigning: true },
  { pattern: `(?:MOU|MoU|MOUs)`, needsSigning: false },
];

/** "cấp tỉnh" → province, "cấp sở, ngành" → department, "cấp huyện" → district. */
export const LEVELS: [RegExp, "province" | "department" | "district"][] = [
  [/^\s*cấp\s+tỉnh(?![\p{L}])/u, "province"],
  [/^\s*cấp\s+(?:sở\s*,?\s*(?:ban\s*,?\s*)?ngành|sở|ngành|sở, ban, ngành)(?![\p{L}])/u, "department"],
  [/^\s*cấp\s+(?:huyện|thành phố|thị xã|huyện, thành phố)(?![\p{L}])/u, "district"],
];

/** Signing verbs; a noun that needsSigning counts only with one of these earlier in its sentence. */
export const SIGNING = /(?<![\p{L}])(?:ký|ký kết|đã ký|ký mới|ký thêm|thông qua|trao)(?![\p{L}])/u;
