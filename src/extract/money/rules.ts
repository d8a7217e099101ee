// Money: currency words as data. Each currency is a pattern that follows a
// number phrase ("4.750 triệu USD", "17 triệu đô la", "50 triệu đồng").
// "đồng" is also a prefix of many ordinary words (đồng chí, đồng bào…):
// it counts only when no such word follows.

export interface CurrencyRule {
  currency: string;
  /** the currency word(s) after the number; matched case-sensitively where case matters */
  pattern: string;
}

const NOT_DONG = String.raw`(?!\s+(?:chí|bào|thời|hương|bằng|ý|tình|minh|nghiệp|đội|loạt|hành|phục|lòng|thuận|sáng|tâm|cảm|niên|môn|diễn|tổ chức|chủ trì|đều|nhất|cấp|bộ)(?![\p{L}]))`;

export const CURRENCIES: CurrencyRule[] = [
  { currency: "VND", pattern: String.raw`(?:VNĐ|VND|vnđ|vnd|Việt Nam đồng|đồng${NOT_DONG})` },
  { currency: "EUR", pattern: String.raw`(?:EUR|Euro|euro|ơ-rô|Ơ-rô)` },
  { currency: "JPY", pattern: String.raw`(?:JPY|yên Nhật|Yên Nhật|yên(?![\p{L}]))` },
  { currency: "CNY", pattern: String.raw`(?:CNY|RMB|nhân dân tệ|Nhân dân tệ|NDT|NDTệ)` },
  { currency: "KRW", pattern: String.raw`(?:KRW|won Hàn Quốc|won(?![\p{L}]))` },
  { currency: "THB", pattern: String.raw`(?:THB|bạt Thái|bạt(?![\p{L}])|baht)` },
  { currency: "LAK", pattern: String.raw`(?:LAK|kíp Lào|kíp(?![\p{L}])|kip(?![\p{L}]))` },
  { currency: "KHR", pattern: String.raw`(?:KHR|riel(?![\p{L}]))` },
  { currency: "RUB", pattern: String.raw`(?:RUB|rúp Nga|rúp(?![\p{L}])|ruble)` },
  { currency: "GBP", pattern: String.raw`(?:GBP|bảng Anh)` },
  { currency: "AUD", pattern: String.raw`(?:AUD|đô la Úc|đô la Australia)` },
  { currency: "SGD", pattern: String.raw`(?:SGD|đô la Singapore)` },
  { currency: "CHF", pattern: String.raw`(?:CHF|franc Thụy Sĩ)` },
  { currency: "HKD", pattern: String.raw`(?:HKD|đô la Hồng Kông)` },
  { currency: "CAD", pattern: String.raw`(?:CAD|đô la Canada)` },
  { currency: "TWD", pattern: String.raw`(?:TWD|Đài tệ|đô la Đài Loan)` },
  { currency: "CZK", pattern: String.raw`(?:CZK|korun Séc|korun(?![\p{L}])|koruna(?![\p{L}]))` },
  { currency: "NOK", pattern: String.raw`(?:NOK|krone Na Uy|curon Na Uy|kroner(?![\p{L}]))` },
  { currency: "SEK", pattern: String.raw`(?:SEK|krona Thụy Điển|curon Thụy Điển)` },
  { currency: "DKK", pattern: String.raw`(?:DKK|krone Đan Mạch|curon Đan Mạch)` },
  { currency: "INR", pattern: String.raw`(?:INR|rupee Ấn Độ|rupi Ấn Độ)` },
  { currency: "MYR", pattern: String.raw`(?:MYR|ringgit(?![\p{L}]))` },
  // the IMF's unit of account, in which World Bank (IDA) credits are stated: "6,5 triệu SDR"
  { currency: "XDR", pattern: String.raw`(?:XDR|SDR(?![\p{L}])|quyền rút vốn đặc biệt)` },
  // after the other dollars, so that "đô la Singapore" is not read as USD
  { currency: "USD", pattern: String.raw`(?:USD|US\$|Đô la Mỹ|đô la Mỹ|đô-la Mỹ|đôla Mỹ|đô la|đô-la|Đô la|đôla|Đôla|dollar|Dollar|đô(?![\p{L}-]))` },
];

/** Currency symbols written before the number: "US$ 5 triệu", "$2,5 triệu". */
export const PREFIX_CURRENCIES: CurrencyRule[] = [
  { currency: "USD", pattern: String.raw`(?:US\$|USD|\$)` },
  { currency: "EUR", pattern: String.raw`(?:€|EUR)` },
];
