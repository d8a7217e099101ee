// Delegations: the nouns that count delegations and travelling people, the
// cue words that give the direction, and the contexts that are not
// delegations at all (students, workers, tourists…). Data only; index.ts reads it.

/** After the number: the delegation noun. "đoàn viên", "đoàn kết", "đoàn thể" are other words. */
export const DELEGATION_NOUN = String.raw`(?:lượt\s+)?đoàn(?!\s*(?:viên|kết|thể|thanh niên|TN|ĐBQH|Đại biểu Quốc hội|luật sư|tụ|tàu|xe|kiểm tra|thanh tra|giám sát|kiểm định|cứu hộ|cứu nạn|công tác liên ngành|liên ngành|khảo sát trong tỉnh)(?![\p{L}]))(?![\p{L}])`;

/** Words that may stand between "đoàn" and the people count, one or two of them: "8 đoàn cấp cao với 60 người", "34 đoàn công tác các cấp với 398 lượt cán bộ", "05 đoàn phóng viên nước ngoài với 23 lượt phóng viên". */
export const DELEGATION_QUALIFIERS = String.raw`(?:ra,?\s*(?:và\s+)?đoàn vào|vào,?\s*(?:và\s+)?đoàn ra|cấp cao|cấp tỉnh|cấp sở|cấp bộ|các cấp|đại biểu|(?:của\s+)?các tỉnh bạn|(?:của\s+)?các địa phương bạn|công tác|khách quốc tế|khách nước ngoài|nước ngoài|quốc tế|doanh nghiệp|lãnh đạo|phóng viên|nhà báo|ra|vào)(?![\p{L}])`;

/** After the number: people counted as travelling (lượt người, lượt cán bộ, lượt khách quốc tế…). */
export const PEOPLE_NOUN = String.raw`(?:lượt\s+)?(?:người|cán bộ|khách|đại biểu|thành viên|chuyên gia|phóng viên|nhà báo|doanh nghiệp|doanh nhân|lãnh đạo|công chức|viên chức|đồng chí|lượt)(?:\s+(?:quốc tế|nước ngoài))?(?![\p{L}])`;

/** People alone must say "lượt" (person-visits): "1.200 lượt khách quốc tế". */
export const PEOPLE_ALONE_NOUN = String.raw`lượt\s+(?:người|cán bộ|khách quốc tế|khách nước ngoài|đại biểu|chuyên gia|phóng viên|công chức|lãnh đạo)(?:\s+(?:quốc tế|nước ngoài))?(?![\p{L}])`;

/** "Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) gồm 25 người", "đoàn của tổ chức KOICA gồm 12 thành viên", "đoàn đại biểu cấp cao của tỉnh gồm 09 đồng chí", "Tham gia đoàn có 18 đại biểu": the people of one delegation, counted. */
export const DELEGATION_OF_PEOPLE = String.raw`(?<![\p{L}])[Đđ]oàn(?:\s+(?:đại biểu|công tác|cấp cao|lãnh đạo|của|doanh nghiệp|BĐBP|Bộ đội Biên phòng|biên phòng|khách|nghệ thuật|nghệ sĩ|văn công|y tế|thầy thuốc|thanh niên|phụ nữ|hữu nghị|nhà báo|phóng viên)(?:(?:[^.;\d]|(?<![\d/])(?:\d{1,2}\/)?\d{1,2}\/(?:19|20)\d{2}(?!\d)|(?<=\/)(?:19|20)\d{2}(?!\d)){0,120}?)\s(?:gồm|với)|\s+(?:gồm|có)|\s+(?:công tác|đại biểu|cấp cao)(?=\s+(?:khoảng|gần|hơn|trên|chừng)\s)|(?=\s+\d+\s+(?:chuyên gia|thành viên|cán bộ)(?![\p{L}])))\s+(?:có\s+)?(?:(?:khoảng|gần|hơn|trên|chừng)\s+)?(?<p>\d+|[\p{Ll}]+(?:\s+[\p{Ll}]+){0,2})\s+(?<pn>người|thành viên|đại biểu|cán bộ|đồng chí|chuyên gia)(?![\p{L}])`;

/** Between the delegation count and the people count. */
export const JOINER = String.raw`\s*(?:\/|,|;|-|–|\(|với(?:\s+(?:tổng số|tổng cộng|khoảng|hơn|gần|trên))?|gồm(?:\s+(?:có|hơn|trên|khoảng|gần))?|và|cùng|có|tổng số)\s*(?:hơn\s+|trên\s+|khoảng\s+|gần\s+)?`;

/** Direction cues. Order matters only for ties; the nearest cue to the figure wins. */
export const DIRECTION_CUES: [RegExp, "outbound" | "inbound" | "both"][] = [
  [/hai chiều|đoàn ra,?\s*(?:và\s+)?đoàn vào|đoàn vào,?\s*(?:và\s+)?đoàn ra|đoàn ra\s*[-–]\s*đoàn vào|ra,\s*vào|trao đổi(?=\s*$|\s+(?:đoàn|\d|hơn|trên|gần|khoảng|các đoàn|ít nhất|tối thiểu|từ \d))/giu, "both"],
  [/đoàn ra|(?<![\p{L}])cử(?![\p{L}])|đi công tác|sang thăm|sang làm việc|sang dự|ra nước ngoài|đi nước ngoài|xuất cảnh|tại nước ngoài|ở nước ngoài|đi (?:khảo sát|học tập|xúc tiến|tham dự|dự|thăm|làm việc|trao đổi)|tham gia (?:hội chợ|triển lãm)|(?<![\p{L}])sang(?= [\p{Lu}])/giu, "outbound"],
  [/đoàn vào|(?<![\p{L}])đón(?![\p{L}])|(?<![\p{L}])tiếp(?=\s*$|,| (?:và|đón|xã giao|nhận|các|đoàn|\d|hơn|trên|gần|khoảng))|tiếp đón|đón tiếp|đến thăm|đến làm việc|đến từ|vào thăm|vào làm việc|(?<![\p{L}])tại tỉnh(?!\s+\p{Lu})|làm việc tại tỉnh(?!\s+\p{Lu})|đến tỉnh(?!\s+\p{Lu})|thăm tỉnh(?!\s+\p{Lu})|đến khảo sát|vào tỉnh|trên địa bàn tỉnh|nhập cảnh/giu, "inbound"],
];

/** A people-only count is a delegation figure only with one of these in its clause. */
export const TRAVEL_CONTEXT = /đoàn|cử|đón|tiếp|công tác|thăm|làm việc|hội đàm|khảo sát|dự hội nghị|tham dự|đến từ/iu;

/** Clauses about these people are not delegations. */
export const NOT_DELEGATION = /học sinh|sinh viên|lưu học sinh|học viên|tu nghiệp sinh|thực tập sinh|du học|lao động|xuất khẩu lao động|du lịch|du khách|lưu trú|bệnh nhân|khám bệnh|vận động viên|cổ động viên|thí sinh|kiều bào|người di cư|xuất nhập cảnh|qua cửa khẩu|qua lại biên giới|cư trú|việc riêng/iu;

/** "tại 10 quốc gia và vùng lãnh thổ", "đến từ 14 quốc gia". */
export const COUNTRIES_RE = String.raw`(?:tại|đến từ|từ|của|ở|sang|tới|với|thuộc)\s+(?:hơn\s+|trên\s+|khoảng\s+|gần\s+|gần\s+)?(?<n>\d+|[\p{Ll}]+(?:\s+[\p{Ll}]+)?)\s+(?:quốc gia|nước|vùng lãnh thổ)(?![\p{L}])`;
