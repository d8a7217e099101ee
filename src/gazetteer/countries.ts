// Countries and territories as Vietnamese provincial news names them, most
// often in parentheses after a foreign place: "tỉnh Champasak (Lào)",
// "tỉnh Gifu (Nhật Bản)", "Xiêng Khoảng, Hủa Phăn và Bo Ly Khăm Xay (CHDCND Lào)".
// Data only: lookup and normalisation live elsewhere.

export interface Country {
  /** ISO 3166-1 alpha-2 */
  code: string;
  /** English short name */
  name: string;
  /** Vietnamese names, abbreviations and transliterations used in the press, plus the English name(s) */
  names: string[];
  /**
   * Spellings in `names` that are also common Vietnamese words or given names
   * ("Nhật" as in "chủ nhật", "Anh", "Nga", "Đức", "Mỹ", "Ý", "Pháp", "Áo", "Séc"):
   * accept them only where the text makes a country reading plain, e.g. in
   * parentheses after a place or after "nước"/"phía"/"bạn".
   */
  ambiguousNames?: string[];
}

export const COUNTRIES: Country[] = [
  // Vietnam itself: "(Việt Nam)" after a place marks it as domestic.
  { code: "VN", name: "Vietnam", names: ["Việt Nam", "Vietnam", "Viet Nam", "CHXHCN Việt Nam", "Cộng hòa Xã hội Chủ nghĩa Việt Nam", "Cộng hoà Xã hội Chủ nghĩa Việt Nam"] },

  // Neighbours and ASEAN
  {
    code: "LA",
    name: "Laos",
    names: [
      "Lào", "CHDCND Lào", "nước CHDCND Lào", "Cộng hòa Dân chủ Nhân dân Lào", "Cộng hoà Dân chủ Nhân dân Lào",
      "nước Cộng hòa Dân chủ Nhân dân Lào", "nước bạn Lào", "Laos", "Lao PDR", "Lao People's Democratic Republic", "Ai Lao",
    ],
  },
  {
    code: "KH",
    name: "Cambodia",
    names: ["Campuchia", "Cam-pu-chia", "Căm-pu-chia", "Vương quốc Campuchia", "Vương quốc Cam-pu-chia", "nước bạn Campuchia", "Cambodia", "Kingdom of Cambodia", "Cao Miên"],
  },
  {
    code: "CN",
    name: "China",
    names: [
      "Trung Quốc", "Trung quốc", "CHND Trung Hoa", "Cộng hòa Nhân dân Trung Hoa", "Cộng hoà Nhân dân Trung Hoa",
      "Trung Hoa", "China", "People's Republic of China", "PRC",
    ],
  },
  { code: "TH", name: "Thailand", names: ["Thái Lan", "Vương quốc Thái Lan", "Thailand", "Kingdom of Thailand"] },
  { code: "MM", name: "Myanmar", names: ["Myanmar", "Mi-an-ma", "Mianma", "Myanma", "Miến Điện", "Cộng hòa Liên bang Myanmar", "Burma"] },
  { code: "SG", name: "Singapore", names: ["Singapore", "Xin-ga-po", "Xingapo", "Xin-ga-po-rơ"] },
  { code: "MY", name: "Malaysia", names: ["Malaysia", "Ma-lai-xi-a", "Malaixia"] },
  { code: "ID", name: "Indonesia", names: ["Indonesia", "In-đô-nê-xi-a", "Inđônêxia", "Indonexia", "In-đô-nê-xia"] },
  { code: "PH", name: "Philippines", names: ["Philippines", "Phi-líp-pin", "Philíppin", "Philippin", "Phi-lip-pin"] },
  { code: "BN", name: "Brunei", names: ["Brunei", "Bru-nây", "Brunây", "Brunei Darussalam"] },
  { code: "TL", name: "Timor-Leste", names: ["Timor-Leste", "Timor Leste", "Đông Timor", "Đông Ti-mo", "East Timor"] },

  // East Asia
  {
    code: "KR",
    name: "South Korea",
    names: ["Hàn Quốc", "Đại Hàn", "Đại Hàn Dân Quốc", "Nam Hàn", "South Korea", "Republic of Korea", "Korea"],
  },
  {
    code: "KP",
    name: "North Korea",
    names: [
      "Triều Tiên", "CHDCND Triều Tiên", "Cộng hòa Dân chủ Nhân dân Triều Tiên", "Cộng hoà Dân chủ Nhân dân Triều Tiên",
      "Bắc Triều Tiên", "North Korea", "DPRK",
    ],
  },
  { code: "JP", name: "Japan", names: ["Nhật Bản", "Nhật", "Japan"], ambiguousNames: ["Nhật"] },
  { code: "MN", name: "Mongolia", names: ["Mông Cổ", "Mongolia"] },
  // Territories that Vietnamese news lists among "quốc gia và vùng lãnh thổ".
  { code: "TW", name: "Taiwan", names: ["Đài Loan", "Taiwan"] },
  { code: "HK", name: "Hong Kong", names: ["Hồng Kông", "Hong Kong", "Hongkong", "Hương Cảng"] },
  { code: "MO", name: "Macao", names: ["Ma Cao", "Macao", "Macau", "Áo Môn"] },

  // South and Central Asia
  { code: "IN", name: "India", names: ["Ấn Độ", "India", "Cộng hòa Ấn Độ"] },
  { code: "BD", name: "Bangladesh", names: ["Bangladesh", "Băng-la-đét", "Bănglađét"] },
  { code: "LK", name: "Sri Lanka", names: ["Sri Lanka", "Xri Lan-ca", "Xri Lanca"] },
  { code: "NP", name: "Nepal", names: ["Nepal", "Nê-pan", "Nêpan"] },
  { code: "PK", name: "Pakistan", names: ["Pakistan", "Pa-ki-xtan", "Pakixtan"] },
  { code: "KZ", name: "Kazakhstan", names: ["Kazakhstan", "Ca-dắc-xtan", "Cadắcxtan", "Kazakstan"] },
  { code: "UZ", name: "Uzbekistan", names: ["Uzbekistan", "U-dơ-bê-ki-xtan", "Udơbêkixtan"] },

  // Russia and Europe
  { code: "RU", name: "Russia", names: ["Liên bang Nga", "LB Nga", "Nga", "nước Nga", "Russia", "Russian Federation"], ambiguousNames: ["Nga"] },
  { code: "BY", name: "Belarus", names: ["Belarus", "Bê-la-rút", "Bêlarút", "Belarút", "Cộng hòa Belarus"] },
  { code: "UA", name: "Ukraine", names: ["Ukraine", "U-crai-na", "Ucraina", "Ukraina"] },
  { code: "BG", name: "Bulgaria", names: ["Bulgaria", "Bun-ga-ri", "Bungari", "Bun-ga-ri-a"] },
  { code: "HU", name: "Hungary", names: ["Hungary", "Hung-ga-ri", "Hungari"] },
  { code: "PL", name: "Poland", names: ["Ba Lan", "Poland"] },
  { code: "CZ", name: "Czechia", names: ["Séc", "Cộng hòa Séc", "Cộng hoà Séc", "CH Séc", "Czechia", "Czech Republic", "Tiệp Khắc"], ambiguousNames: ["Séc"] },
  { code: "SK", name: "Slovakia", names: ["Slovakia", "Xlô-va-ki-a", "Xlôvakia", "Slô-va-ki-a"] },
  { code: "RO", name: "Romania", names: ["Romania", "Rumani", "Ru-ma-ni", "Rumania", "Rô-ma-ni-a"] },
  { code: "RS", name: "Serbia", names: ["Serbia", "Xéc-bi-a", "Xécbia"] },
  { code: "DE", name: "Germany", names: ["Đức", "CHLB Đức", "Cộng hòa Liên bang Đức", "Cộng hoà Liên bang Đức", "Germany"], ambiguousNames: ["Đức"] },
  { code: "FR", name: "France", names: ["Pháp", "Cộng hòa Pháp", "Cộng hoà Pháp", "France"], ambiguousNames: ["Pháp"] },
  { code: "IT", name: "Italy", names: ["Italia", "Ý", "I-ta-li-a", "Italy", "Cộng hòa Italia"], ambiguousNames: ["Ý"] },
  {
    code: "GB",
    name: "United Kingdom",
    names: [
      "Vương quốc Anh", "Anh", "Anh Quốc", "Vương quốc Liên hiệp Anh và Bắc Ireland", "Vương quốc Liên hiệp Anh và Bắc Ai-len",
      "Liên hiệp Vương quốc Anh và Bắc Ireland", "United Kingdom", "Great Britain", "Britain",
    ],
    ambiguousNames: ["Anh"],
  },
  { code: "IE", name: "Ireland", names: ["Ireland", "Ai-len", "Ailen", "Ai-rơ-len"] },
  { code: "NL", name: "Netherlands", names: ["Hà Lan", "Netherlands", "Holland"] },
  { code: "BE", name: "Belgium", names: ["Bỉ", "Vương quốc Bỉ", "Belgium"], ambiguousNames: ["Bỉ"] },
  { code: "LU", name: "Luxembourg", names: ["Luxembourg", "Lúc-xăm-bua", "Lúcxămbua"] },
  { code: "CH", name: "Switzerland", names: ["Thụy Sĩ", "Thụy Sỹ", "Thuỵ Sĩ", "Thuỵ Sỹ", "Switzerland"] },
  { code: "AT", name: "Austria", names: ["Áo", "Cộng hòa Áo", "Austria"], ambiguousNames: ["Áo"] },
  { code: "ES", name: "Spain", names: ["Tây Ban Nha", "Spain"] },
  { code: "PT", name: "Portugal", names: ["Bồ Đào Nha", "Portugal"] },
  { code: "GR", name: "Greece", names: ["Hy Lạp", "Greece"] },
  { code: "SE", name: "Sweden", names: ["Thụy Điển", "Thuỵ Điển", "Sweden"] },
  { code: "FI", name: "Finland", names: ["Phần Lan", "Finland"] },
  { code: "NO", name: "Norway", names: ["Na Uy", "Norway"] },
  { code: "DK", name: "Denmark", names: ["Đan Mạch", "Denmark"] },
  { code: "TR", name: "Türkiye", names: ["Thổ Nhĩ Kỳ", "Turkey", "Türkiye"] },
  { code: "GE", name: "Georgia", names: ["Gru-di-a", "Grudia", "Georgia"], ambiguousNames: ["Georgia"] },

  // Middle East and Africa
  { code: "IL", name: "Israel", names: ["Israel", "I-xra-en", "Ixraen"] },
  { code: "AE", name: "United Arab Emirates", names: ["UAE", "Các Tiểu vương quốc Ả Rập Thống nhất", "Các Tiểu vương quốc Ả-rập Thống nhất", "United Arab Emirates"] },
  { code: "SA", name: "Saudi Arabia", names: ["Ả Rập Xê Út", "Ả-rập Xê-út", "Ả Rập Saudi", "Saudi Arabia"] },
  { code: "QA", name: "Qatar", names: ["Qatar", "Ca-ta"] },
  { code: "IR", name: "Iran", names: ["Iran", "I-ran"] },
  { code: "EG", name: "Egypt", names: ["Ai Cập", "Egypt"] },
  { code: "DZ", name: "Algeria", names: ["Algeria", "An-giê-ri", "Angiêri"] },
  { code: "NG", name: "Nigeria", names: ["Nigeria", "Ni-giê-ri-a"] },
  { code: "ZA", name: "South Africa", names: ["Nam Phi", "South Africa"] },
  { code: "MZ", name: "Mozambique", names: ["Mozambique", "Mô-dăm-bích", "Môdămbích"] },
  { code: "AO", name: "Angola", names: ["Angola", "Ăng-gô-la", "Ănggôla"] },

  // Americas and Oceania
  {
    code: "US",
    name: "United States",
    names: ["Hoa Kỳ", "Mỹ", "Hợp chủng quốc Hoa Kỳ", "Hợp chúng quốc Hoa Kỳ", "United States", "United States of America", "USA"],
    ambiguousNames: ["Mỹ"],
  },
  { code: "CA", name: "Canada", names: ["Canada", "Ca-na-đa", "Canađa"] },
  { code: "MX", name: "Mexico", names: ["Mexico", "Mê-hi-cô", "Mêhicô"] },
  { code: "CU", name: "Cuba", names: ["Cuba", "Cu Ba", "Cu-ba", "Cộng hòa Cuba", "Cộng hoà Cuba"] },
  { code: "VE", name: "Venezuela", names: ["Venezuela", "Vê-nê-xu-ê-la", "Vênêxuêla"] },
  { code: "BR", name: "Brazil", names: ["Brazil", "Bra-xin", "Braxin"] },
  { code: "AR", name: "Argentina", names: ["Argentina", "Ác-hen-ti-na", "Áchentina"] },
  { code: "CL", name: "Chile", names: ["Chile", "Chi-lê", "Chilê"] },
  { code: "AU", name: "Australia", names: ["Australia", "Úc", "Ô-xtrây-li-a", "Ôxtrâylia"] },
  { code: "NZ", name: "New Zealand", names: ["New Zealand", "Niu Di-lân", "Niu Dilân", "Niu-di-lân"] },
  { code: "PG", name: "Papua New Guinea", names: ["Papua New Guinea", "Pa-pua Niu Ghi-nê", "Papua Niu Ghinê"] },
];
