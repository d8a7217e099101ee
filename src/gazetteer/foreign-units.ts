// Foreign sub-national units (provinces, states, prefectures, regions,
// autonomous regions, capitals, municipalities, counties) that Vietnamese
// provinces name as partners, with every spelling found in Vietnamese press.
//
// Data only: matching (normalisation, longest match, context checks for
// ambiguous spellings) lives elsewhere. Conventions:
//   - `name` is the canonical English name reported in `partners` records;
//     it is always the first entry of `names`.
//   - ISO 3166-2 codes are given where the unit has one; `null` otherwise.
//   - Where a city and the unit around it share a name, the bare name goes to
//     the unit that Vietnamese partnerships are signed with (Russian oblasts:
//     "tỉnh Ulianốp" is Ulyanovsk Oblast), except where both are units of
//     their own (Moscow / Moscow Oblast, Minsk / Minsk Region, Vientiane
//     Prefecture / Vientiane Province, Tashkent / Tashkent Region): there the
//     bare name is the city and the province carries "tỉnh X"/"X Oblast"
//     forms so that the longer match wins.
//   - `ambiguous` marks spellings that are also a common word, a person's
//     name, a country or territory, a river, or a Vietnamese place (province,
//     well-known district or commune), and every spelling of three letters or
//     fewer. The matcher accepts those only with context: a following
//     "(Trung Quốc)" or a preceding "tỉnh/bang/vùng/khu tự trị".

export interface ForeignUnit {
  /** canonical English name, e.g. "Champasak", "Vientiane Prefecture", "Guangxi", "Ulyanovsk Oblast", "Gyeonggi", "Gifu" */
  name: string;
  /** ISO 3166-1 alpha-2 of the country, e.g. "LA" */
  country: string;
  /** ISO 3166-2 code where one exists, e.g. "LA-CH", "CN-GX", "KR-41", "JP-21", "RU-ULY"; null if none */
  code: string | null;
  /** "province" | "prefecture" | "state" | "region" | "autonomous region" | "municipality" | "capital" | "oblast" | "krai" | "republic" | "county" | "city" | ... */
  type: string;
  /** every spelling in use: English/Latin name(s), native romanisations, Vietnamese exonyms and variants */
  names: string[];
  /** true when a spelling needs context (see the file comment) */
  ambiguous?: boolean;
  /** the spellings that need context; omitted with ambiguous=true means all of them */
  ambiguousNames?: string[];
}

/** Builds a unit whose canonical name is names[0]. `amb`: true = every spelling needs context; a list = only those. */
function u(country: string, code: string | null, type: string, names: string[], amb?: true | string[]): ForeignUnit {
  const unit: ForeignUnit = { name: names[0], country, code, type, names };
  if (amb === true) unit.ambiguous = true;
  else if (amb && amb.length > 0) {
    unit.ambiguous = true;
    unit.ambiguousNames = amb;
  }
  return unit;
}

// ---------------------------------------------------------------------------
// Laos (LA): 17 provinces + Vientiane Prefecture (ISO 3166-2:LA)
// ---------------------------------------------------------------------------
const LAOS: ForeignUnit[] = [
  u("LA", "LA-AT", "province", ["Attapeu", "Attapu", "Attopeu", "Attapư", "Át-tạ-pư", "Ắt-tạ-pư", "Át Tạ Pư"]),
  u("LA", "LA-BK", "province", ["Bokeo", "Bò Kẹo", "Bò-kẹo", "Bo Kẹo"]),
  u("LA", "LA-BL", "province", [
    "Bolikhamxay", "Bolikhamsai", "Borikhamxay", "Bolikhamxai", "Bolikhamsay", "Borikhamxai",
    "Bô-ly-khăm-xay", "Bo Ly Khăm Xay", "Bô Ly Khăm Xay", "Bôlykhămxay", "Bolykhămxay", "Bolikhămxay",
    "Bô-li-khăm-xay", "Bo-ly-khăm-xay",
  ]),
  u("LA", "LA-CH", "province", [
    "Champasak", "Champassak", "Champasack", "Chămpasắc", "Chăm-pa-sắc", "Chăm Pa Sắc", "Chăm-pa-xắc", "Chăm Pa Xắc",
    "Chămpaxắc", "Champasắc",
  ]),
  u("LA", "LA-HO", "province", ["Houaphanh", "Houaphan", "Hua Phan", "Huaphan", "Hủa Phăn", "Hủa-phăn", "Hủaphăn"]),
  u("LA", "LA-KH", "province", ["Khammouane", "Khammouan", "Khammuan", "Khăm Muộn", "Khăm-muộn", "Khămmuộn"]),
  u("LA", "LA-LM", "province", [
    "Luang Namtha", "Louang Namtha", "Luang Nam Tha", "Luangnamtha", "Luổng Nậm Thà", "Luông Nậm Thà", "Luổng-nậm-thà",
    "Luông-nậm-thà",
  ]),
  u("LA", "LA-LP", "province", [
    "Luang Prabang", "Louangphabang", "Luang Phrabang", "Luangprabang", "Luông Pha Băng", "Luông Pha-bang", "Luông Prabang",
    "Luông-pha-băng", "Luông Phabang",
  ]),
  u("LA", "LA-OU", "province", ["Oudomxay", "Oudomxai", "Oudomsay", "Udomxay", "Udomxai", "U Đôm Xay", "U-đôm-xay", "Uđômxay"]),
  u("LA", "LA-PH", "province", ["Phongsaly", "Phongsali", "Phông Sa Lỳ", "Phông Xa Lỳ", "Phông-sa-lỳ", "Phông-xa-lỳ", "Phôngsalỳ", "Phôngxalỳ"]),
  u("LA", "LA-SL", "province", ["Salavan", "Saravane", "Saravan", "Salavane", "Sa-la-van", "Xa-la-van", "Salavăn", "Sả-lạ-văn", "Sả Lạ Văn"]),
  u("LA", "LA-SV", "province", [
    "Savannakhet", "Savanakhet", "Xavannakhet", "Savẳnnakhệt", "Xavẳnnakhệt", "Sa-vẳn-na-khệt", "Xa-vẳn-na-khệt",
    "Sa-van-na-khẹt", "Xa-van-na-khẹt", "Savannakhẹt", "Xavannakhẹt",
  ]),
  // "Viêng Chăn" alone is the capital; "tỉnh Viêng Chăn" is the province below.
  u("LA", "LA-VT", "capital", [
    "Vientiane Prefecture", "Vientiane Capital", "Vientiane", "Viêng Chăn", "Viêng-chăn", "Viêngchăn", "Thủ đô Viêng Chăn",
    "Thủ đô Vientiane", "Nakhon Luang Vientiane", "Vạn Tượng",
  ]),
  u("LA", "LA-VI", "province", ["Vientiane Province", "tỉnh Viêng Chăn", "tỉnh Vientiane", "tỉnh Viêng-chăn"]),
  u("LA", "LA-XA", "province", [
    "Xaignabouli", "Sainyabuli", "Xayabury", "Xayaboury", "Sayaboury", "Xayabouly", "Xainyabuli",
    "Xay-nha-bu-ly", "Xay Nha Bu Ly", "Xaynhabuly", "Xayabuly",
  ]),
  // Also a river (sông Sê Kông / Xê Kông) that rises in Vietnam.
  u("LA", "LA-XE", "province", ["Sekong", "Xekong", "Sê Kông", "Xê Kông", "Sê-kông", "Xê-kông", "Sekông", "Xekông"], true),
  u("LA", "LA-XI", "province", [
    "Xiangkhouang", "Xieng Khouang", "Xiengkhouang", "Xiangkhoang", "Xiêng Khoảng", "Xiêng-khoảng", "Xiêngkhoảng",
  ]),
  u("LA", "LA-XS", "province", ["Xaisomboun", "Xaysomboun", "Saysomboun", "Xay-xổm-bun", "Xay Xổm Bun", "Xaysổmbun", "Xay Sổm Bun"]),
];

// ---------------------------------------------------------------------------
// Cambodia (KH): 24 provinces + Phnom Penh (ISO 3166-2:KH, KH-1..KH-25)
// ---------------------------------------------------------------------------
const CAMBODIA: ForeignUnit[] = [
  u("KH", "KH-1", "province", ["Banteay Meanchey", "Banteay Mean Chey", "Bantey Meanchey", "Bantây Miên Chây", "Bantây Miênchây"]),
  u("KH", "KH-2", "province", ["Battambang", "Batdambang", "Battam Bang", "Bát-tam-bang", "Bát-tam-boong", "Bát Tam Boong"]),
  u("KH", "KH-3", "province", ["Kampong Cham", "Kompong Cham", "Kampongcham", "Kông Pông Chàm", "Kông-pông Chàm", "Công-pông Chàm", "Công Pông Chàm"]),
  u("KH", "KH-4", "province", ["Kampong Chhnang", "Kompong Chhnang", "Kông Pông Chhnăng", "Kông-pông Chhnăng", "Kông-pông Chnăng"]),
  u("KH", "KH-5", "province", ["Kampong Speu", "Kompong Speu", "Kông Pông Xpư", "Kông-pông Xpư", "Kông Pông Spư", "Kông-pông Spư"]),
  u("KH", "KH-6", "province", ["Kampong Thom", "Kompong Thom", "Kông Pông Thom", "Kông-pông Thom", "Công-pông Thom"]),
  u("KH", "KH-7", "province", ["Kampot", "Kampốt", "Cam-pốt", "Căm-pốt"]),
  u("KH", "KH-8", "province", ["Kandal", "Kan-đan", "Kan Đan", "Kanđan"]),
  u("KH", "KH-9", "province", ["Koh Kong", "Kaoh Kong", "Kô Kông", "Cô Công", "Cô-công"]),
  u("KH", "KH-10", "province", ["Kratie", "Kratié", "Kratiê", "Krâchéh", "Kra-chê", "Cra-chê", "Krachê"]),
  u("KH", "KH-11", "province", ["Mondulkiri", "Mondul Kiri", "Mondolkiri", "Môn-đun-ki-ri", "Mun-đun-ki-ri", "Mônđunkiri"]),
  u("KH", "KH-12", "capital", ["Phnom Penh", "Phnôm Pênh", "Phnom Pênh", "Phnôm-pênh", "Phnompenh", "Nam Vang", "Thủ đô Phnôm Pênh"], ["Nam Vang"]),
  u("KH", "KH-13", "province", ["Preah Vihear", "Preăh Vihia", "Preah Vihia", "Prê-ah Vi-hia"]),
  u("KH", "KH-14", "province", ["Prey Veng", "Prây Veng", "Prây-veng", "Pray Veng", "Prâyveng"]),
  u("KH", "KH-15", "province", ["Pursat", "Pouthisat", "Posat", "Pô-xát", "Pu-sát", "Pô-sát", "Pu Sát"]),
  u("KH", "KH-16", "province", ["Ratanakiri", "Ratanak Kiri", "Rattanakiri", "Ratanakkiri", "Rát-ta-na-ki-ri", "Ra-ta-na-ki-ri"]),
  u("KH", "KH-17", "province", ["Siem Reap", "Siem Riep", "Siêm Riệp", "Xiêm Riệp", "Xiêm-riệp", "Siêm-riệp"]),
  u("KH", "KH-18", "province", [
    "Preah Sihanouk", "Sihanoukville", "Kampong Som", "Kompong Som", "Xi-ha-núc-vin", "Xihanúcvin",
    "Sihanúcvin",
  ]),
  u("KH", "KH-19", "province", ["Stung Treng", "Stoeng Treng", "Steung Treng", "Stưng Treng", "Xtưng Treng", "Xtung Treng", "Stung-treng"]),
  u("KH", "KH-20", "province", ["Svay Rieng", "Svay Riêng", "Svây Riêng", "Xvây Riêng", "Xvay Riêng", "Svâyriêng"]),
  u("KH", "KH-21", "province", ["Takeo", "Ta Keo", "Ta-keo", "Tà Keo", "Tà-keo", "Takéo", "Takêô"]),
  u("KH", "KH-22", "province", ["Oddar Meanchey", "Otdar Meanchey", "Oddar Mean Chey", "Ốt-đa Miên-chây", "Ốt Đa Miên Chây"]),
  // "Kep"/"Kép" is three letters, and Kép is also a place in Bắc Giang.
  u("KH", "KH-23", "province", ["Kep", "Kép", "Kep City", "Krong Kep"], ["Kep", "Kép"]),
  u("KH", "KH-24", "province", ["Pailin", "Pai-lin", "Pai Lin", "Pailinh"]),
  u("KH", "KH-25", "province", ["Tbong Khmum", "Tboung Khmum", "Tbaung Khmum", "Tbong Khmom", "Tbông Khmum", "Tboung Khmom", "Thboung Khmum"]),
];

// ---------------------------------------------------------------------------
// China (CN): 33 provincial-level units of ISO 3166-2:CN (Taiwan left out),
// with Sino-Vietnamese names; plus Dongguan (prefecture-level city, no code).
// ---------------------------------------------------------------------------
const CHINA: ForeignUnit[] = [
  u("CN", "CN-AH", "province", ["Anhui", "An Huy", "Anhwei"]),
  u("CN", "CN-BJ", "municipality", ["Beijing", "Bắc Kinh", "Peking", "Thành phố Bắc Kinh"]),
  // Trùng Khánh is also a district of Cao Bằng.
  u("CN", "CN-CQ", "municipality", ["Chongqing", "Trùng Khánh", "Chungking", "Thành phố Trùng Khánh"], ["Trùng Khánh"]),
  u("CN", "CN-FJ", "province", ["Fujian", "Phúc Kiến", "Fukien"]),
  u("CN", "CN-GD", "province", ["Guangdong", "Quảng Đông", "Kwangtung"]),
  u("CN", "CN-GS", "province", ["Gansu", "Cam Túc", "Kansu"]),
  u("CN", "CN-GX", "autonomous region", [
    "Guangxi", "Guangxi Zhuang Autonomous Region", "Quảng Tây", "Choang Quảng Tây", "Khu tự trị dân tộc Choang Quảng Tây",
    "Khu tự trị Choang Quảng Tây", "Khu tự trị Quảng Tây", "Quảng Tây Choang", "Guangxi Zhuang", "Kwangsi",
  ]),
  // Quý Châu differs from Quỳ Châu (a district of Nghệ An) only by a tone mark.
  u("CN", "CN-GZ", "province", ["Guizhou", "Quý Châu", "Kweichow"], ["Quý Châu"]),
  // Hà Nam is a Vietnamese province.
  u("CN", "CN-HA", "province", ["Henan", "Hà Nam", "Honan"], ["Hà Nam"]),
  u("CN", "CN-HB", "province", ["Hubei", "Hồ Bắc", "Hupeh"]),
  // Hà Bắc was a Vietnamese province (1962-1996).
  u("CN", "CN-HE", "province", ["Hebei", "Hà Bắc", "Hopeh"], ["Hà Bắc"]),
  // Hải Nam is a common given name.
  u("CN", "CN-HI", "province", ["Hainan", "Hải Nam", "đảo Hải Nam"], ["Hải Nam"]),
  // Hong Kong and Macao are also listed as territories in COUNTRIES and appear in company names.
  u("CN", "CN-HK", "special administrative region", ["Hong Kong", "Hồng Kông", "Hongkong", "Hương Cảng"], true),
  u("CN", "CN-HL", "province", ["Heilongjiang", "Hắc Long Giang"]),
  u("CN", "CN-HN", "province", ["Hunan", "Hồ Nam"]),
  u("CN", "CN-JL", "province", ["Jilin", "Cát Lâm", "Kirin"]),
  u("CN", "CN-JS", "province", ["Jiangsu", "Giang Tô", "Kiangsu"]),
  u("CN", "CN-JX", "province", ["Jiangxi", "Giang Tây", "Kiangsi"]),
  u("CN", "CN-LN", "province", ["Liaoning", "Liêu Ninh"]),
  u("CN", "CN-MO", "special administrative region", ["Macao", "Macau", "Ma Cao", "Áo Môn"], true),
  u("CN", "CN-NM", "autonomous region", ["Inner Mongolia", "Nei Mongol", "Nội Mông", "Nội Mông Cổ", "Khu tự trị Nội Mông", "Khu tự trị Nội Mông Cổ"]),
  u("CN", "CN-NX", "autonomous region", ["Ningxia", "Ninh Hạ", "Ningxia Hui", "Khu tự trị dân tộc Hồi Ninh Hạ", "Khu tự trị Ninh Hạ"]),
  // Thanh Hải is a common given name.
  u("CN", "CN-QH", "province", ["Qinghai", "Thanh Hải", "Tsinghai"], ["Thanh Hải"]),
  u("CN", "CN-SC", "province", ["Sichuan", "Tứ Xuyên", "Szechuan", "Szechwan"]),
  u("CN", "CN-SD", "province", ["Shandong", "Sơn Đông", "Shantung"]),
  u("CN", "CN-SH", "municipality", ["Shanghai", "Thượng Hải", "Thành phố Thượng Hải"]),
  u("CN", "CN-SN", "province", ["Shaanxi", "Thiểm Tây", "Shensi"]),
  // Sơn Tây is a town of Hà Nội and a former Vietnamese province.
  u("CN", "CN-SX", "province", ["Shanxi", "Sơn Tây", "Shansi"], ["Sơn Tây"]),
  u("CN", "CN-TJ", "municipality", ["Tianjin", "Thiên Tân", "Tientsin"]),
  // Tân Cương is also the tea commune of Thái Nguyên (chè Tân Cương).
  u("CN", "CN-XJ", "autonomous region", ["Xinjiang", "Tân Cương", "Khu tự trị Tân Cương", "Khu tự trị dân tộc Duy Ngô Nhĩ Tân Cương", "Xinjiang Uyghur"], ["Tân Cương"]),
  u("CN", "CN-XZ", "autonomous region", ["Tibet", "Xizang", "Tây Tạng", "Khu tự trị Tây Tạng"]),
  u("CN", "CN-YN", "province", ["Yunnan", "Vân Nam"]),
  u("CN", "CN-ZJ", "province", ["Zhejiang", "Chiết Giang", "Chekiang"]),
  u("CN", null, "city", ["Dongguan", "Đông Quản"]),
  // Prefectures, cities and counties across the border from Vietnam's northern provinces, which sign
  // agreements of their own with them (Sino-Vietnamese names that are also Vietnamese places, given
  // names or words need context: "châu/huyện/thành phố …" with China named, or a Chinese neighbour)
  u("CN", null, "prefecture", ["Honghe", "Hồng Hà", "Hong He", "Honghe Hani and Yi Autonomous Prefecture", "Di Hồng Hà"], ["Hồng Hà", "Hong He"]),
  u("CN", null, "prefecture", ["Wenshan", "Văn Sơn", "Wenshan Zhuang and Miao Autonomous Prefecture"], ["Văn Sơn"]),
  u("CN", null, "prefecture", ["Xishuangbanna", "Tây Song Bản Nạp", "Sipsongpanna"]),
  u("CN", null, "city", ["Kunming", "Côn Minh"], ["Côn Minh"]),
  u("CN", null, "city", ["Pu'er", "Phổ Nhĩ", "Puer"], ["Phổ Nhĩ", "Puer"]),
  u("CN", null, "city", ["Mengzi", "Mông Tự"], ["Mông Tự"]),
  u("CN", null, "county", ["Hekou", "Hà Khẩu", "Hekou Yao Autonomous County"], ["Hà Khẩu"]),
  u("CN", null, "county", ["Jinping", "Kim Bình", "Jinping County"], ["Jinping", "Kim Bình"]),
  u("CN", null, "county", ["Lüchun", "Luchun", "Lục Xuân", "Lüchun County"]),
  u("CN", null, "county", ["Malipo", "Ma Lật Pha", "Ma Li Pho"]),
  u("CN", null, "county", ["Maguan", "Mã Quan"], ["Mã Quan"]),
  u("CN", null, "county", ["Funing", "Phú Ninh"], ["Funing", "Phú Ninh"]),
  u("CN", null, "city", ["Nanning", "Nam Ninh"], ["Nam Ninh"]),
  u("CN", null, "city", ["Chongzuo", "Sùng Tả"], ["Sùng Tả"]),
  u("CN", null, "city", ["Baise", "Bách Sắc"], ["Bách Sắc"]),
  u("CN", null, "city", ["Fangchenggang", "Phòng Thành Cảng", "Phòng Thành"], ["Phòng Thành"]),
  u("CN", null, "city", ["Dongxing", "Đông Hưng"], ["Đông Hưng"]),
  u("CN", null, "city", ["Pingxiang", "Bằng Tường"], ["Pingxiang", "Bằng Tường"]),
  u("CN", null, "county", ["Longzhou", "Long Châu"], ["Long Châu"]),
  u("CN", null, "county", ["Ningming", "Ninh Minh"], ["Ninh Minh"]),
  u("CN", null, "city", ["Jingxi", "Tĩnh Tây", "Tịnh Tây"], ["Tĩnh Tây", "Tịnh Tây"]),
  u("CN", null, "county", ["Napo", "Na Pha"], ["Napo", "Na Pha"]),
];

// ---------------------------------------------------------------------------
// Thailand (TH): 76 provinces + Bangkok (+ Pattaya special city) (ISO 3166-2:TH)
// ---------------------------------------------------------------------------
const THAILAND: ForeignUnit[] = [
  u("TH", "TH-10", "capital", ["Bangkok", "Băng Cốc", "Băng-cốc", "Băngcốc", "Krung Thep", "Krung Thep Maha Nakhon", "Vọng Các"]),
  u("TH", "TH-11", "province", ["Samut Prakan", "Samut Prakarn", "Samutprakan"]),
  u("TH", "TH-12", "province", ["Nonthaburi"]),
  u("TH", "TH-13", "province", ["Pathum Thani", "Pathumthani"]),
  u("TH", "TH-14", "province", ["Phra Nakhon Si Ayutthaya", "Ayutthaya", "Ayuthaya"]),
  u("TH", "TH-15", "province", ["Ang Thong", "Angthong"]),
  u("TH", "TH-16", "province", ["Lop Buri", "Lopburi"]),
  u("TH", "TH-17", "province", ["Sing Buri", "Singburi"]),
  u("TH", "TH-18", "province", ["Chai Nat", "Chainat"]),
  u("TH", "TH-19", "province", ["Saraburi"]),
  u("TH", "TH-20", "province", ["Chon Buri", "Chonburi"]),
  u("TH", "TH-21", "province", ["Rayong"]),
  u("TH", "TH-22", "province", ["Chanthaburi", "Chantaburi"]),
  u("TH", "TH-23", "province", ["Trat"]),
  u("TH", "TH-24", "province", ["Chachoengsao"]),
  u("TH", "TH-25", "province", ["Prachin Buri", "Prachinburi"]),
  u("TH", "TH-26", "province", ["Nakhon Nayok"]),
  u("TH", "TH-27", "province", ["Sa Kaeo", "Sa Kaew", "Srakaew"]),
  u("TH", "TH-30", "province", ["Nakhon Ratchasima", "Korat", "Khorat"]),
  u("TH", "TH-31", "province", ["Buri Ram", "Buriram"]),
  // Surin is also a given name (Surin Pitsuwan).
  u("TH", "TH-32", "province", ["Surin"], true),
  u("TH", "TH-33", "province", ["Si Sa Ket", "Sisaket", "Srisaket"]),
  u("TH", "TH-34", "province", ["Ubon Ratchathani", "Ubon Rachathani", "Ubonratchathani"]),
  u("TH", "TH-35", "province", ["Yasothon"]),
  u("TH", "TH-36", "province", ["Chaiyaphum"]),
  u("TH", "TH-37", "province", ["Amnat Charoen", "Amnatcharoen"]),
  u("TH", "TH-38", "province", ["Bueng Kan", "Bung Kan", "Buengkan"]),
  u("TH", "TH-39", "province", ["Nong Bua Lam Phu", "Nong Bua Lamphu"]),
  u("TH", "TH-40", "province", ["Khon Kaen", "Khon Ken", "Khon-ken", "Khonkaen"]),
  u("TH", "TH-41", "province", ["Udon Thani", "Udonthani", "U-đon Tha-ni", "U Đon Tha Ni", "Uđon Thani", "U-đôn Tha-ni"]),
  u("TH", "TH-42", "province", ["Loei"]),
  u("TH", "TH-43", "province", ["Nong Khai", "Nongkhai", "Noong Khai", "Noong-khai", "Nỏng Khai"]),
  u("TH", "TH-44", "province", ["Maha Sarakham", "Mahasarakham"]),
  u("TH", "TH-45", "province", ["Roi Et", "Roiet", "Roi-Et"]),
  u("TH", "TH-46", "province", ["Kalasin"]),
  u("TH", "TH-47", "province", ["Sakon Nakhon", "Sakonnakhon", "Xa-kon Na-khon", "Sa-kon Na-khon", "Xakon Nakhon"]),
  u("TH", "TH-48", "province", ["Nakhon Phanom", "Nakhonphanom", "Na-khon Pha-nom", "Nakhôn Phanôm", "Na Khon Pha Nom"]),
  u("TH", "TH-49", "province", ["Mukdahan", "Múc-đa-hản", "Mục-đa-hản", "Mukđahan", "Múcđahản"]),
  // Chiềng Mai is also a commune of Sơn La.
  u("TH", "TH-50", "province", ["Chiang Mai", "Chiangmai", "Chiềng Mai"], ["Chiềng Mai"]),
  u("TH", "TH-51", "province", ["Lamphun"]),
  u("TH", "TH-52", "province", ["Lampang"]),
  u("TH", "TH-53", "province", ["Uttaradit"]),
  u("TH", "TH-54", "province", ["Phrae"]),
  u("TH", "TH-55", "province", ["Nan"], true),
  u("TH", "TH-56", "province", ["Phayao"]),
  u("TH", "TH-57", "province", ["Chiang Rai", "Chiangrai"]),
  u("TH", "TH-58", "province", ["Mae Hong Son", "Maehongson"]),
  u("TH", "TH-60", "province", ["Nakhon Sawan"]),
  u("TH", "TH-61", "province", ["Uthai Thani"]),
  u("TH", "TH-62", "province", ["Kamphaeng Phet"]),
  u("TH", "TH-63", "province", ["Tak"], true),
  u("TH", "TH-64", "province", ["Sukhothai"]),
  u("TH", "TH-65", "province", ["Phitsanulok"]),
  u("TH", "TH-66", "province", ["Phichit"]),
  u("TH", "TH-67", "province", ["Phetchabun"]),
  u("TH", "TH-70", "province", ["Ratchaburi"]),
  u("TH", "TH-71", "province", ["Kanchanaburi"]),
  u("TH", "TH-72", "province", ["Suphan Buri", "Suphanburi"]),
  u("TH", "TH-73", "province", ["Nakhon Pathom"]),
  u("TH", "TH-74", "province", ["Samut Sakhon"]),
  u("TH", "TH-75", "province", ["Samut Songkhram"]),
  u("TH", "TH-76", "province", ["Phetchaburi"]),
  u("TH", "TH-77", "province", ["Prachuap Khiri Khan"]),
  u("TH", "TH-80", "province", ["Nakhon Si Thammarat"]),
  u("TH", "TH-81", "province", ["Krabi"]),
  u("TH", "TH-82", "province", ["Phang Nga", "Phangnga"]),
  u("TH", "TH-83", "province", ["Phuket"]),
  u("TH", "TH-84", "province", ["Surat Thani", "Suratthani"]),
  u("TH", "TH-85", "province", ["Ranong"]),
  u("TH", "TH-86", "province", ["Chumphon"]),
  u("TH", "TH-90", "province", ["Songkhla"]),
  u("TH", "TH-91", "province", ["Satun"]),
  // Trang is a common Vietnamese word and given name.
  u("TH", "TH-92", "province", ["Trang"], true),
  u("TH", "TH-93", "province", ["Phatthalung"]),
  u("TH", "TH-94", "province", ["Pattani"]),
  u("TH", "TH-95", "province", ["Yala"]),
  u("TH", "TH-96", "province", ["Narathiwat"]),
  u("TH", "TH-S", "special administrative city", ["Pattaya", "Phatthaya"]),
];

// ---------------------------------------------------------------------------
// South Korea (KR): 9 provinces + 8 special/metropolitan cities (ISO 3166-2:KR)
// ---------------------------------------------------------------------------
const SOUTH_KOREA: ForeignUnit[] = [
  u("KR", "KR-11", "special city", ["Seoul", "Xơ-un", "Xơun", "Thủ đô Seoul"]),
  u("KR", "KR-26", "metropolitan city", ["Busan", "Pusan", "Bu-san", "Bu-xan"]),
  u("KR", "KR-27", "metropolitan city", ["Daegu", "Taegu", "Dae-gu"]),
  u("KR", "KR-28", "metropolitan city", ["Incheon", "Inchon", "In-cheon", "In-chơn"]),
  u("KR", "KR-29", "metropolitan city", ["Gwangju", "Kwangju", "Gwang-ju"]),
  u("KR", "KR-30", "metropolitan city", ["Daejeon", "Taejon", "Daejon", "Dae-jeon"]),
  u("KR", "KR-31", "metropolitan city", ["Ulsan", "Ul-san"]),
  // Sejong is also King Sejong (Viện/Học viện King Sejong).
  u("KR", "KR-50", "special self-governing city", ["Sejong", "Sejong City", "Se-jong"], ["Sejong", "Se-jong"]),
  u("KR", "KR-41", "province", ["Gyeonggi", "Gyeonggi-do", "Gyeong-gi", "Gyeong Gi", "Kyeonggi", "Kyonggi", "Kyunggi", "Kyeong-gi"]),
  // "Kangwon" is also a province of North Korea.
  u("KR", "KR-42", "province", ["Gangwon", "Gangwon-do", "Gang-won", "Kangwon", "Kangwon-do"], ["Kangwon", "Kangwon-do"]),
  u("KR", "KR-43", "province", [
    "Chungcheongbuk", "Chungcheongbuk-do", "North Chungcheong", "Chungbuk", "Chungcheong Bắc", "Bắc Chungcheong",
    "Chungchong Bắc", "Chungcheong-buk",
  ]),
  u("KR", "KR-44", "province", [
    "Chungcheongnam", "Chungcheongnam-do", "South Chungcheong", "Chungnam", "Chungcheong Nam", "Nam Chungcheong",
    "Chungchong Nam", "Chungcheong-nam",
  ]),
  u("KR", "KR-45", "province", [
    "Jeollabuk", "Jeollabuk-do", "North Jeolla", "Jeonbuk", "Jeonbuk State", "Jeolla Bắc", "Bắc Jeolla", "Chollabuk-do",
    "Jeolla-buk",
  ]),
  u("KR", "KR-46", "province", ["Jeollanam", "Jeollanam-do", "South Jeolla", "Jeonnam", "Jeolla Nam", "Nam Jeolla", "Chollanam-do", "Jeolla-nam"]),
  u("KR", "KR-47", "province", [
    "Gyeongsangbuk", "Gyeongsangbuk-do", "North Gyeongsang", "Gyeongbuk", "Gyeongsang Bắc", "Bắc Gyeongsang",
    "Kyongsangbuk-do", "Kyungsangbuk-do", "Gyeongsang-buk",
  ]),
  u("KR", "KR-48", "province", [
    "Gyeongsangnam", "Gyeongsangnam-do", "South Gyeongsang", "Gyeongnam", "Gyeongsang Nam", "Nam Gyeongsang",
    "Kyongsangnam-do", "Kyungsangnam-do", "Gyeongsang-nam",
  ]),
  u("KR", "KR-49", "special self-governing province", ["Jeju", "Jeju-do", "Cheju", "đảo Jeju"]),
  // Cities (si) that sign partnerships of their own with Vietnamese provinces (municipalities, not ISO units)
  u("KR", null, "city", ["Gyeongju", "Gyeong-ju", "Kyongju", "Kyeongju"]),
  u("KR", null, "city", ["Gimhae", "Kimhae", "Gim-hae"]),
  u("KR", null, "city", ["Changwon", "Chang-won"]),
  u("KR", null, "city", ["Pohang", "Po-hang"]),
  u("KR", null, "city", ["Suwon", "Su-won"]),
  u("KR", null, "city", ["Cheonan", "Cheon-an", "Chonan"]),
  u("KR", null, "city", ["Jeonju", "Jeon-ju", "Chonju"]),
  u("KR", null, "city", ["Gumi", "Gu-mi", "Kumi"], ["Gumi", "Gu-mi", "Kumi"]),
  u("KR", null, "city", ["Andong", "An-dong"], ["Andong", "An-dong"]),
  u("KR", null, "city", ["Chuncheon", "Chun-cheon", "Chunchon"]),
  // Gangwon's cities and counties (the seasonal-worker programme signs county to district)
  u("KR", null, "city", ["Wonju", "Won-ju"]),
  u("KR", null, "city", ["Gangneung", "Gang-neung", "Kangnung"]),
  u("KR", null, "city", ["Sokcho", "Sok-cho"]),
  u("KR", null, "city", ["Donghae", "Dong-hae"], ["Donghae", "Dong-hae"]),
  u("KR", null, "city", ["Samcheok", "Sam-cheok"]),
  u("KR", null, "city", ["Taebaek", "Tae-baek"]),
  u("KR", null, "county", ["Hongcheon", "Hong-cheon"]),
  u("KR", null, "county", ["Hoengseong", "Hoeng-seong"]),
  u("KR", null, "county", ["Yeongwol", "Yeong-wol"]),
  u("KR", null, "county", ["Pyeongchang", "Pyeong-chang", "PyeongChang"]),
  u("KR", null, "county", ["Jeongseon", "Jeong-seon"]),
  u("KR", null, "county", ["Cheorwon", "Cheor-won"]),
  u("KR", null, "county", ["Hwacheon", "Hwa-cheon"]),
  u("KR", null, "county", ["Yanggu", "Yang-gu"]),
  u("KR", null, "county", ["Inje", "In-je"], ["Inje", "In-je"]),
  u("KR", null, "county", ["Yangyang", "Yang-yang"]),
];

// ---------------------------------------------------------------------------
// Japan (JP): 47 prefectures (ISO 3166-2:JP, JP-01..JP-47)
// Some prefecture names are also common Japanese surnames or words: those
// spellings need context.
// ---------------------------------------------------------------------------
const JAPAN: ForeignUnit[] = [
  u("JP", "JP-01", "prefecture", ["Hokkaido", "Hokkaidō", "Hốc-cai-đô", "Hokkaiđô"]),
  u("JP", "JP-02", "prefecture", ["Aomori"]),
  u("JP", "JP-03", "prefecture", ["Iwate"]),
  u("JP", "JP-04", "prefecture", ["Miyagi"], true),
  u("JP", "JP-05", "prefecture", ["Akita"]),
  u("JP", "JP-06", "prefecture", ["Yamagata"], true),
  u("JP", "JP-07", "prefecture", ["Fukushima", "Phu-cu-si-ma", "Phucusima"]),
  u("JP", "JP-08", "prefecture", ["Ibaraki"]),
  u("JP", "JP-09", "prefecture", ["Tochigi"]),
  u("JP", "JP-10", "prefecture", ["Gunma", "Gumma"]),
  u("JP", "JP-11", "prefecture", ["Saitama"]),
  u("JP", "JP-12", "prefecture", ["Chiba"], true),
  u("JP", "JP-13", "metropolis", ["Tokyo", "Tōkyō", "Tô-ky-ô", "Tô-ki-ô", "Tôkyô", "Tokyo Metropolis"]),
  u("JP", "JP-14", "prefecture", ["Kanagawa"]),
  u("JP", "JP-15", "prefecture", ["Niigata"]),
  u("JP", "JP-16", "prefecture", ["Toyama"]),
  u("JP", "JP-17", "prefecture", ["Ishikawa"], true),
  u("JP", "JP-18", "prefecture", ["Fukui"]),
  u("JP", "JP-19", "prefecture", ["Yamanashi"]),
  u("JP", "JP-20", "prefecture", ["Nagano"], true),
  u("JP", "JP-21", "prefecture", ["Gifu"]),
  u("JP", "JP-22", "prefecture", ["Shizuoka"]),
  u("JP", "JP-23", "prefecture", ["Aichi"]),
  u("JP", "JP-24", "prefecture", ["Mie"], true),
  u("JP", "JP-25", "prefecture", ["Shiga"]),
  u("JP", "JP-26", "prefecture", ["Kyoto", "Kyōto", "Ki-ô-tô", "Kiôtô"]),
  u("JP", "JP-27", "prefecture", ["Osaka", "Ōsaka", "Ô-xa-ca", "Ôxaca"]),
  u("JP", "JP-28", "prefecture", ["Hyogo", "Hyōgo"]),
  u("JP", "JP-29", "prefecture", ["Nara"]),
  u("JP", "JP-30", "prefecture", ["Wakayama"]),
  u("JP", "JP-31", "prefecture", ["Tottori"]),
  u("JP", "JP-32", "prefecture", ["Shimane"]),
  u("JP", "JP-33", "prefecture", ["Okayama"]),
  u("JP", "JP-34", "prefecture", ["Hiroshima", "Hi-rô-si-ma", "Hirôsima"]),
  u("JP", "JP-35", "prefecture", ["Yamaguchi"], true),
  u("JP", "JP-36", "prefecture", ["Tokushima"]),
  u("JP", "JP-37", "prefecture", ["Kagawa"], true),
  u("JP", "JP-38", "prefecture", ["Ehime"]),
  // Kochi is also a city of India (Kerala).
  u("JP", "JP-39", "prefecture", ["Kochi", "Kōchi"], ["Kochi"]),
  u("JP", "JP-40", "prefecture", ["Fukuoka", "Phu-cu-ô-ca", "Phucuôca"]),
  u("JP", "JP-41", "prefecture", ["Saga"], true),
  u("JP", "JP-42", "prefecture", ["Nagasaki", "Na-ga-xa-ki", "Nagaxaki"]),
  u("JP", "JP-43", "prefecture", ["Kumamoto"]),
  u("JP", "JP-44", "prefecture", ["Oita", "Ōita"]),
  u("JP", "JP-45", "prefecture", ["Miyazaki"], true),
  u("JP", "JP-46", "prefecture", ["Kagoshima"]),
  u("JP", "JP-47", "prefecture", ["Okinawa", "Ô-ki-na-oa", "Ôkinaoa"]),
  // Designated cities that sign partnerships of their own (municipalities, not ISO units; those named as
  // their prefecture — Hiroshima, Niigata, Shizuoka, Okayama… — are found as the prefecture)
  u("JP", null, "city", ["Kitakyushu", "Kita-Kyushu", "Kita Kyushu", "Ki-ta-kiu-su", "Kitakyūshū"]),
  u("JP", null, "city", ["Yokohama", "Yô-cô-ha-ma", "Yôcôhama"]),
  u("JP", null, "city", ["Kobe", "Kô-bê", "Kôbê"], ["Kobe"]),
  u("JP", null, "city", ["Kawasaki", "Ka-oa-xa-ki"], ["Kawasaki"]),
  u("JP", null, "city", ["Sapporo", "Xap-pô-rô"]),
  u("JP", null, "city", ["Sendai", "Xen-đai"], ["Sendai"]),
  u("JP", null, "city", ["Nagoya", "Na-gô-ya"]),
  u("JP", null, "city", ["Sakai"], ["Sakai"]),
];

// ---------------------------------------------------------------------------
// Myanmar (MM): 7 regions, 7 states, Naypyidaw union territory (ISO 3166-2:MM)
// ---------------------------------------------------------------------------
const MYANMAR: ForeignUnit[] = [
  u("MM", "MM-01", "region", ["Sagaing"]),
  u("MM", "MM-02", "region", ["Bago", "Pegu"]),
  u("MM", "MM-03", "region", ["Magway", "Magwe"]),
  u("MM", "MM-04", "region", ["Mandalay", "Man-đa-lay"]),
  u("MM", "MM-05", "region", ["Tanintharyi", "Tenasserim"]),
  u("MM", "MM-06", "region", ["Yangon", "Rangoon", "Yan-gun", "Ran-gun", "Yangun"]),
  // Also the river (sông Irrawaddy / Ayeyarwady).
  u("MM", "MM-07", "region", ["Ayeyarwady", "Ayeyarwaddy", "Irrawaddy"], ["Ayeyarwady", "Ayeyarwaddy", "Irrawaddy"]),
  u("MM", "MM-11", "state", ["Kachin"]),
  u("MM", "MM-12", "state", ["Kayah", "Karenni"]),
  u("MM", "MM-13", "state", ["Kayin", "Karen"], ["Karen"]),
  u("MM", "MM-14", "state", ["Chin"], true),
  u("MM", "MM-15", "state", ["Mon"], true),
  u("MM", "MM-16", "state", ["Rakhine", "Arakan"]),
  u("MM", "MM-17", "state", ["Shan"], true),
  u("MM", "MM-18", "union territory", ["Naypyidaw", "Nay Pyi Taw", "Naypyitaw", "Nay Pyi Daw", "Nay-pyi-taw"]),
];

// ---------------------------------------------------------------------------
// Russia (RU): the 83 federal subjects of ISO 3166-2:RU (Crimea and
// Sevastopol are not coded under RU by ISO and are left out).
// ---------------------------------------------------------------------------
const RUSSIA: ForeignUnit[] = [
  // Republics
  u("RU", "RU-AD", "republic", ["Adygea", "Republic of Adygea", "Adygeya", "Adygeia"]),
  u("RU", "RU-AL", "republic", ["Altai Republic", "Altay Republic", "Republic of Altai", "Gorno-Altai", "Gorny Altai"]),
  u("RU", "RU-BA", "republic", ["Bashkortostan", "Republic of Bashkortostan", "Bashkiria", "Bashkiriya", "Ba-scoóc-tô-xtan"]),
  u("RU", "RU-BU", "republic", ["Buryatia", "Republic of Buryatia", "Buryatiya", "Bu-ri-a-ti-a", "Buriatia"]),
  u("RU", "RU-CE", "republic", ["Chechnya", "Chechen Republic", "Chechenia", "Chechnia"]),
  u("RU", "RU-CU", "republic", ["Chuvashia", "Chuvash Republic", "Chuvashiya"]),
  u("RU", "RU-DA", "republic", ["Dagestan", "Republic of Dagestan", "Daghestan", "Đa-ghe-xtan", "Đaghextan"]),
  u("RU", "RU-IN", "republic", ["Ingushetia", "Republic of Ingushetia", "Ingushetiya"]),
  u("RU", "RU-KB", "republic", ["Kabardino-Balkaria", "Kabardino-Balkarian Republic", "Kabardino-Balkariya"]),
  u("RU", "RU-KL", "republic", ["Kalmykia", "Republic of Kalmykia", "Kalmykiya"]),
  u("RU", "RU-KC", "republic", ["Karachay-Cherkessia", "Karachay-Cherkess Republic", "Karachayevo-Cherkessia"]),
  u("RU", "RU-KR", "republic", ["Karelia", "Republic of Karelia", "Kareliya", "Ca-rê-li-a"]),
  u("RU", "RU-KK", "republic", ["Khakassia", "Republic of Khakassia", "Khakasia", "Khakasiya"]),
  u("RU", "RU-KO", "republic", ["Komi", "Komi Republic", "Republic of Komi"]),
  u("RU", "RU-ME", "republic", ["Mari El", "Mari El Republic", "Mariy El"]),
  u("RU", "RU-MO", "republic", ["Mordovia", "Republic of Mordovia", "Mordoviya"]),
  u("RU", "RU-SA", "republic", ["Sakha", "Sakha Republic", "Yakutia", "Yakutiya", "I-a-cu-ti-a", "Republic of Sakha"]),
  u("RU", "RU-SE", "republic", ["North Ossetia-Alania", "Republic of North Ossetia-Alania", "North Ossetia", "Bắc Ossetia", "Bắc Ô-xét-ti-a"]),
  u("RU", "RU-TA", "republic", ["Tatarstan", "Republic of Tatarstan", "Tác-ta-xtan", "Ta-ta-xtan", "Tatarxtan", "Cộng hòa Tatarstan", "Cộng hòa Tác-ta-xtan"]),
  u("RU", "RU-TY", "republic", ["Tuva", "Tuva Republic", "Tyva"]),
  u("RU", "RU-UD", "republic", ["Udmurtia", "Udmurt Republic", "Udmurtiya"]),
  // Krais
  // "Altai" alone is also the mountain range and could be the Altai Republic.
  u("RU", "RU-ALT", "krai", ["Altai Krai", "Altay Krai", "Altai", "Altay", "Altaysky Krai"], ["Altai", "Altay"]),
  u("RU", "RU-KAM", "krai", ["Kamchatka Krai", "Kamchatka", "Cam-chát-ca", "Kamchatsky Krai"]),
  u("RU", "RU-KHA", "krai", ["Khabarovsk Krai", "Khabarovsk", "Kha-ba-rốp", "Kha-ba-rốp-xcơ", "Khabarốp", "Khabarốpxcơ", "Khabarovsky Krai"]),
  u("RU", "RU-KDA", "krai", ["Krasnodar Krai", "Krasnodar", "Kra-xnô-đa", "Cra-xnô-đa", "Kraxnôđa", "Craxnôđa", "Krasnodarsky Krai"]),
  u("RU", "RU-KYA", "krai", ["Krasnoyarsk Krai", "Krasnoyarsk", "Cra-xnô-i-ác-xcơ", "Krasnoyarsky Krai"]),
  // Perm is also an English/Vietnamese loanword (hair perm).
  u("RU", "RU-PER", "krai", ["Perm Krai", "Perm", "Permsky Krai"], ["Perm"]),
  u("RU", "RU-PRI", "krai", ["Primorsky Krai", "Primorsky", "Primorye", "Primorie", "Primorskiy", "Primorsky Kray"]),
  u("RU", "RU-STA", "krai", ["Stavropol Krai", "Stavropol", "Stavropolsky Krai"]),
  u("RU", "RU-ZAB", "krai", ["Zabaykalsky Krai", "Zabaykalsky", "Zabaikalsky Krai", "Zabaikalsky", "Trans-Baikal Krai", "Zabaykalye"]),
  // Oblasts (the bare name, usually also the capital city's, is the oblast)
  // Amur is also the river (sông Amur).
  u("RU", "RU-AMU", "oblast", ["Amur Oblast", "Amur", "Amurskaya Oblast"], ["Amur"]),
  u("RU", "RU-ARK", "oblast", ["Arkhangelsk Oblast", "Arkhangelsk", "Arkhangelskaya Oblast"]),
  u("RU", "RU-AST", "oblast", ["Astrakhan Oblast", "Astrakhan", "Astrakhanskaya Oblast"]),
  u("RU", "RU-BEL", "oblast", ["Belgorod Oblast", "Belgorod", "Belgorodskaya Oblast"]),
  u("RU", "RU-BRY", "oblast", ["Bryansk Oblast", "Bryansk", "Bryanskaya Oblast"]),
  u("RU", "RU-CHE", "oblast", ["Chelyabinsk Oblast", "Chelyabinsk", "Chê-li-a-bin-xcơ", "Chelyabinskaya Oblast"]),
  u("RU", "RU-IRK", "oblast", ["Irkutsk Oblast", "Irkutsk", "I-ếc-kút", "Iếc-kút", "Iếckút", "I-rơ-cút-xcơ", "Irkutskaya Oblast"]),
  u("RU", "RU-IVA", "oblast", ["Ivanovo Oblast", "Ivanovo", "I-va-nô-vô", "Ivanovskaya Oblast"]),
  u("RU", "RU-KGD", "oblast", ["Kaliningrad Oblast", "Kaliningrad", "Ca-li-nin-grát", "Kaliningradskaya Oblast"]),
  u("RU", "RU-KLU", "oblast", ["Kaluga Oblast", "Kaluga", "Ca-lu-ga", "Kaluzhskaya Oblast"]),
  u("RU", "RU-KEM", "oblast", ["Kemerovo Oblast", "Kemerovo", "Kê-mê-rô-vô", "Kuzbass", "Kemerovskaya Oblast"]),
  // Kirov is also a surname (Sergei Kirov).
  u("RU", "RU-KIR", "oblast", ["Kirov Oblast", "Kirov", "Kirovskaya Oblast"], ["Kirov"]),
  u("RU", "RU-KOS", "oblast", ["Kostroma Oblast", "Kostroma", "Kostromskaya Oblast"]),
  u("RU", "RU-KGN", "oblast", ["Kurgan Oblast", "Kurgan", "Kurganskaya Oblast"]),
  u("RU", "RU-KRS", "oblast", ["Kursk Oblast", "Kursk", "Cuốc-xcơ", "Kurskaya Oblast"]),
  // "Leningrad" / "Lê-nin-grát" is also the former name of Saint Petersburg.
  u("RU", "RU-LEN", "oblast", ["Leningrad Oblast", "Leningrad", "Lê-nin-grát", "Leningradskaya Oblast", "tỉnh Leningrad", "tỉnh Lê-nin-grát"], ["Leningrad", "Lê-nin-grát"]),
  u("RU", "RU-LIP", "oblast", ["Lipetsk Oblast", "Lipetsk", "Lipetskaya Oblast"]),
  u("RU", "RU-MAG", "oblast", ["Magadan Oblast", "Magadan", "Magadanskaya Oblast"]),
  u("RU", "RU-MOS", "oblast", [
    "Moscow Oblast", "Moscow Region", "Moskovskaya Oblast", "Podmoskovye", "tỉnh Moscow", "tỉnh Mát-xcơ-va", "tỉnh Mátxcơva",
    "tỉnh Matxcơva", "tỉnh Moskva",
  ]),
  u("RU", "RU-MUR", "oblast", ["Murmansk Oblast", "Murmansk", "Muốc-man-xcơ", "Murmanskaya Oblast"]),
  u("RU", "RU-NIZ", "oblast", ["Nizhny Novgorod Oblast", "Nizhny Novgorod", "Nizhniy Novgorod", "Nijni Novgorod", "Ni-giơ-ni Nốp-gô-rốt", "Nizhegorodskaya Oblast"]),
  u("RU", "RU-NGR", "oblast", ["Novgorod Oblast", "Novgorod", "Veliky Novgorod", "Novgorodskaya Oblast"]),
  u("RU", "RU-NVS", "oblast", ["Novosibirsk Oblast", "Novosibirsk", "Nô-vô-xi-biếc", "Nôvôxibiếc", "Novosibirskaya Oblast"]),
  u("RU", "RU-OMS", "oblast", ["Omsk Oblast", "Omsk", "Ôm-xcơ", "Omskaya Oblast"]),
  u("RU", "RU-ORE", "oblast", ["Orenburg Oblast", "Orenburg", "Orenburgskaya Oblast"]),
  u("RU", "RU-ORL", "oblast", ["Oryol Oblast", "Oryol", "Orel", "Orlovskaya Oblast"]),
  u("RU", "RU-PNZ", "oblast", ["Penza Oblast", "Penza", "Penzenskaya Oblast"]),
  u("RU", "RU-PSK", "oblast", ["Pskov Oblast", "Pskov", "Pskovskaya Oblast"]),
  u("RU", "RU-ROS", "oblast", ["Rostov Oblast", "Rostov", "Rô-xtốp", "Rôxtốp", "Rostovskaya Oblast"]),
  u("RU", "RU-RYA", "oblast", ["Ryazan Oblast", "Ryazan", "Ryazanskaya Oblast"]),
  u("RU", "RU-SAK", "oblast", ["Sakhalin Oblast", "Sakhalin", "Xa-kha-lin", "Xakhalin", "Sa-kha-lin", "Sakhalinskaya Oblast"]),
  u("RU", "RU-SAM", "oblast", ["Samara Oblast", "Samara", "Xa-ma-ra", "Samarskaya Oblast"]),
  u("RU", "RU-SAR", "oblast", ["Saratov Oblast", "Saratov", "Xa-ra-tốp", "Saratovskaya Oblast"]),
  u("RU", "RU-SMO", "oblast", ["Smolensk Oblast", "Smolensk", "Xmô-len-xcơ", "Smolenskaya Oblast"]),
  u("RU", "RU-SVE", "oblast", [
    "Sverdlovsk Oblast", "Sverdlovsk", "Xvéc-lốp", "Xvéclốp", "Xvéc-lốp-xcơ", "Xvéc-đlốp-xcơ", "Sverdlovskaya Oblast",
  ]),
  u("RU", "RU-TAM", "oblast", ["Tambov Oblast", "Tambov", "Tambovskaya Oblast"]),
  u("RU", "RU-TOM", "oblast", ["Tomsk Oblast", "Tomsk", "Tôm-xcơ", "Tômxcơ", "Tomskaya Oblast"]),
  u("RU", "RU-TUL", "oblast", ["Tula Oblast", "Tula", "Tu-la", "Tulskaya Oblast"]),
  u("RU", "RU-TVE", "oblast", ["Tver Oblast", "Tver", "Tverskaya Oblast"]),
  u("RU", "RU-TYU", "oblast", ["Tyumen Oblast", "Tyumen", "Tyumenskaya Oblast"]),
  u("RU", "RU-ULY", "oblast", [
    "Ulyanovsk Oblast", "Ulyanovsk", "Ulianovsk", "Ulianốp", "U-li-a-nốp", "U-li-a-nốp-xcơ", "Ulyanovskaya Oblast",
  ]),
  // Vladimir is a common given name.
  u("RU", "RU-VLA", "oblast", ["Vladimir Oblast", "Vladimir", "Vla-đi-mia", "Vladimirskaya Oblast"], ["Vladimir", "Vla-đi-mia"]),
  u("RU", "RU-VGG", "oblast", ["Volgograd Oblast", "Volgograd", "Vôn-gô-grát", "Vôngôgrát", "Volgogradskaya Oblast"]),
  u("RU", "RU-VLG", "oblast", ["Vologda Oblast", "Vologda", "Vologodskaya Oblast"]),
  u("RU", "RU-VOR", "oblast", ["Voronezh Oblast", "Voronezh", "Vô-rô-ne-giơ", "Voronezhskaya Oblast"]),
  u("RU", "RU-YAR", "oblast", ["Yaroslavl Oblast", "Yaroslavl", "I-a-rô-xláp", "Yaroslavskaya Oblast"]),
  // Federal cities
  u("RU", "RU-MOW", "federal city", ["Moscow", "Moskva", "Mát-xcơ-va", "Mátxcơva", "Matxcơva", "Mạc Tư Khoa", "Thủ đô Mát-xcơ-va", "Thủ đô Moscow"]),
  u("RU", "RU-SPE", "federal city", [
    "Saint Petersburg", "St. Petersburg", "St Petersburg", "Sankt-Peterburg", "Sankt Peterburg", "Xanh Pê-téc-bua",
    "Xanh Pêtécbua", "Pê-téc-bua", "Pêtécbua", "Xanh Petersburg",
  ]),
  // Autonomous oblast and okrugs
  u("RU", "RU-YEV", "autonomous oblast", ["Jewish Autonomous Oblast", "Yevreyskaya Autonomous Oblast", "Khu tự trị Do Thái"]),
  // cities that sign partnerships of their own
  u("RU", null, "city", ["Vladivostok", "Vla-đi-vô-xtốc", "Vlađivôxtốc", "Vla-đi-vô-xtôc"]),
  u("RU", null, "city", ["Yekaterinburg", "Ekaterinburg", "I-ê-ca-tê-rin-bua", "Ê-ca-tê-rin-bua"]),
  u("RU", null, "city", ["Kazan", "Ca-dan", "Cadan"], ["Kazan", "Ca-dan", "Cadan"]),
  u("RU", "RU-CHU", "autonomous okrug", ["Chukotka Autonomous Okrug", "Chukotka"]),
  u("RU", "RU-KHM", "autonomous okrug", ["Khanty-Mansi Autonomous Okrug", "Khanty-Mansi", "Khanty-Mansiysk", "Yugra"]),
  u("RU", "RU-NEN", "autonomous okrug", ["Nenets Autonomous Okrug", "Nenets"]),
  u("RU", "RU-YAN", "autonomous okrug", ["Yamalo-Nenets Autonomous Okrug", "Yamalo-Nenets", "Yamal-Nenets"]),
];

// ---------------------------------------------------------------------------
// Belarus (BY): 6 regions + Minsk city (ISO 3166-2:BY)
// ---------------------------------------------------------------------------
const BELARUS: ForeignUnit[] = [
  // Brest is also a city of France.
  u("BY", "BY-BR", "region", ["Brest Region", "Brest Oblast", "Brest", "Brét", "Brestskaya Voblasts"], ["Brest", "Brét"]),
  u("BY", "BY-HO", "region", ["Gomel Region", "Gomel Oblast", "Gomel", "Homel", "Homyel", "Gô-men", "Gômen"]),
  u("BY", "BY-HR", "region", ["Grodno Region", "Grodno Oblast", "Grodno", "Hrodna", "Grốt-nô", "Grốtnô"]),
  u("BY", "BY-MA", "region", ["Mogilev Region", "Mogilev Oblast", "Mogilev", "Mahilyow", "Mogilyov", "Mô-ghi-lép", "Môghilép"]),
  u("BY", "BY-MI", "region", ["Minsk Region", "Minsk Oblast", "tỉnh Minsk", "tỉnh Min-xcơ", "vùng Minsk"]),
  u("BY", "BY-VI", "region", ["Vitebsk Region", "Vitebsk Oblast", "Vitebsk", "Viciebsk", "Vi-tép-xcơ", "Vitépxcơ"]),
  u("BY", "BY-HM", "capital", ["Minsk", "Min-xcơ", "Minxcơ", "Thủ đô Minsk"]),
];

// ---------------------------------------------------------------------------
// Bulgaria (BG): 28 provinces (ISO 3166-2:BG, BG-01..BG-28)
// ---------------------------------------------------------------------------
const BULGARIA: ForeignUnit[] = [
  u("BG", "BG-01", "province", ["Blagoevgrad Province", "Blagoevgrad"]),
  u("BG", "BG-02", "province", ["Burgas Province", "Burgas", "Bourgas", "Bua-gát"]),
  u("BG", "BG-03", "province", ["Varna Province", "Varna", "Vác-na"]),
  u("BG", "BG-04", "province", ["Veliko Tarnovo Province", "Veliko Tarnovo", "Veliko Turnovo"]),
  u("BG", "BG-05", "province", ["Vidin Province", "Vidin"]),
  u("BG", "BG-06", "province", ["Vratsa Province", "Vratsa"]),
  u("BG", "BG-07", "province", ["Gabrovo Province", "Gabrovo"]),
  u("BG", "BG-08", "province", ["Dobrich Province", "Dobrich"]),
  u("BG", "BG-09", "province", ["Kardzhali Province", "Kardzhali", "Kardjali"]),
  u("BG", "BG-10", "province", ["Kyustendil Province", "Kyustendil"]),
  u("BG", "BG-11", "province", ["Lovech Province", "Lovech"]),
  // Montana is also a US state (and a given name).
  u("BG", "BG-12", "province", ["Montana Province", "Montana"], ["Montana"]),
  u("BG", "BG-13", "province", ["Pazardzhik Province", "Pazardzhik"]),
  u("BG", "BG-14", "province", ["Pernik Province", "Pernik"]),
  u("BG", "BG-15", "province", ["Pleven Province", "Pleven", "Plê-ven"]),
  u("BG", "BG-16", "province", ["Plovdiv Province", "Plovdiv", "Plốp-đíp", "Plốpđíp"]),
  u("BG", "BG-17", "province", ["Razgrad Province", "Razgrad"]),
  // Ruse is also an English word.
  u("BG", "BG-18", "province", ["Ruse Province", "Ruse", "Rousse"], ["Ruse"]),
  u("BG", "BG-19", "province", ["Silistra Province", "Silistra"]),
  u("BG", "BG-20", "province", ["Sliven Province", "Sliven"]),
  u("BG", "BG-21", "province", ["Smolyan Province", "Smolyan"]),
  // Sofia is also a given name.
  u("BG", "BG-22", "capital", ["Sofia City Province", "Sofia", "Sofia City", "Xô-phi-a", "Thủ đô Sofia", "Thủ đô Xô-phi-a"], ["Sofia", "Xô-phi-a"]),
  u("BG", "BG-23", "province", ["Sofia Province", "Sofia Oblast", "tỉnh Sofia"]),
  u("BG", "BG-24", "province", ["Stara Zagora Province", "Stara Zagora"]),
  u("BG", "BG-25", "province", ["Targovishte Province", "Targovishte", "Turgovishte"]),
  u("BG", "BG-26", "province", ["Haskovo Province", "Haskovo"]),
  u("BG", "BG-27", "province", ["Shumen Province", "Shumen"]),
  u("BG", "BG-28", "province", ["Yambol Province", "Yambol"]),
];

// ---------------------------------------------------------------------------
// Cuba (CU): 15 provinces + Isla de la Juventud (ISO 3166-2:CU)
// ---------------------------------------------------------------------------
const CUBA: ForeignUnit[] = [
  u("CU", "CU-01", "province", ["Pinar del Río", "Pinar del Rio", "Pi-na đen Ri-ô"]),
  u("CU", "CU-03", "province", ["Havana", "La Habana", "Habana", "La Havana", "Ha-va-na", "La Ha-ba-na", "Havana City", "Thủ đô La Habana", "Thủ đô Havana"]),
  u("CU", "CU-04", "province", ["Matanzas", "Ma-tan-xát"]),
  u("CU", "CU-05", "province", ["Villa Clara", "Vi-la Cla-ra"]),
  u("CU", "CU-06", "province", ["Cienfuegos", "Xiên-phu-ê-gốt", "Xiênphuêgốt"]),
  u("CU", "CU-07", "province", ["Sancti Spíritus", "Sancti Spiritus"]),
  u("CU", "CU-08", "province", ["Ciego de Ávila", "Ciego de Avila"]),
  u("CU", "CU-09", "province", ["Camagüey", "Camaguey"]),
  u("CU", "CU-10", "province", ["Las Tunas"]),
  u("CU", "CU-11", "province", ["Holguín", "Holguin", "Ôn-ghin"]),
  // Granma is also the Party newspaper (báo Granma) and the yacht.
  u("CU", "CU-12", "province", ["Granma", "Gran-ma"], true),
  u("CU", "CU-13", "province", ["Santiago de Cuba", "Xan-ti-a-gô đê Cu-ba"]),
  u("CU", "CU-14", "province", ["Guantánamo", "Guantanamo", "Goan-ta-na-mô"]),
  u("CU", "CU-15", "province", ["Artemisa"]),
  u("CU", "CU-16", "province", ["Mayabeque"]),
  // "Đảo Thanh niên" is also an ordinary Vietnamese phrase.
  u("CU", "CU-99", "special municipality", ["Isla de la Juventud", "Isle of Youth", "Đảo Thanh niên", "Đảo Thanh Niên"], ["Đảo Thanh niên", "Đảo Thanh Niên"]),
];

// ---------------------------------------------------------------------------
// France (FR): 13 metropolitan regions, the pre-2016 regions that older
// partnerships name (no ISO code today), and departments with partnerships.
// ---------------------------------------------------------------------------
const FRANCE: ForeignUnit[] = [
  u("FR", "FR-ARA", "region", ["Auvergne-Rhône-Alpes", "Auvergne-Rhone-Alpes", "Auvergne Rhône Alpes"]),
  u("FR", "FR-BFC", "region", ["Bourgogne-Franche-Comté", "Bourgogne-Franche-Comte", "Burgundy-Franche-Comté"]),
  u("FR", "FR-BRE", "region", ["Brittany", "Bretagne"]),
  u("FR", "FR-CVL", "region", ["Centre-Val de Loire", "Centre-Val-de-Loire"]),
  u("FR", null, "city", ["Blois"]),
  u("FR", "FR-20R", "territorial collectivity", ["Corsica", "Corse", "Coóc-xơ"]),
  u("FR", "FR-GES", "region", ["Grand Est"]),
  u("FR", "FR-HDF", "region", ["Hauts-de-France", "Hauts de France"]),
  u("FR", "FR-IDF", "region", ["Île-de-France", "Ile-de-France", "Ile de France", "Île de France"]),
  u("FR", "FR-NOR", "region", ["Normandy", "Normandie", "Noóc-măng-đi", "Noócmăngđi"]),
  u("FR", "FR-NAQ", "region", ["Nouvelle-Aquitaine", "Nouvelle Aquitaine", "New Aquitaine"]),
  u("FR", "FR-OCC", "region", ["Occitanie", "Occitania"]),
  u("FR", "FR-PDL", "region", ["Pays de la Loire", "Pays-de-la-Loire"]),
  u("FR", "FR-PAC", "region", ["Provence-Alpes-Côte d'Azur", "Provence-Alpes-Cote d'Azur", "Provence-Alpes-Côte-d'Azur", "Région Sud"]),
  // Regions merged in 2016 (named as they were in older articles).
  u("FR", null, "former region", ["Alsace"]),
  u("FR", null, "former region", ["Aquitaine"]),
  u("FR", null, "former region", ["Auvergne"]),
  u("FR", null, "former region", ["Lower Normandy", "Basse-Normandie", "Basse Normandie"]),
  u("FR", null, "former region", ["Burgundy", "Bourgogne"]),
  u("FR", null, "former region", ["Champagne-Ardenne", "Champagne Ardenne"]),
  u("FR", null, "former region", ["Franche-Comté", "Franche-Comte"]),
  u("FR", null, "former region", ["Upper Normandy", "Haute-Normandie", "Haute Normandie"]),
  u("FR", null, "former region", ["Languedoc-Roussillon", "Languedoc Roussillon"]),
  u("FR", null, "former region", ["Limousin"]),
  // Lorraine is also a given name.
  u("FR", null, "former region", ["Lorraine"], true),
  u("FR", null, "former region", ["Midi-Pyrénées", "Midi-Pyrenees", "Midi Pyrénées"]),
  u("FR", null, "former region", ["Nord-Pas-de-Calais", "Nord Pas de Calais", "Nord-Pas de Calais"]),
  u("FR", null, "former region", ["Picardy", "Picardie"]),
  u("FR", null, "former region", ["Poitou-Charentes", "Poitou Charentes"]),
  u("FR", null, "former region", ["Rhône-Alpes", "Rhone-Alpes", "Rhône Alpes"]),
  // Departments
  u("FR", "FR-93", "department", ["Seine-Saint-Denis", "Seine Saint Denis", "Seine-St-Denis"]),
  u("FR", "FR-94", "department", ["Val-de-Marne", "Val de Marne"]),
  u("FR", "FR-91", "department", ["Essonne"]),
  u("FR", "FR-78", "department", ["Yvelines"]),
  u("FR", "FR-31", "department", ["Haute-Garonne", "Haute Garonne"]),
];

// ---------------------------------------------------------------------------
// Germany (DE): 16 Länder (ISO 3166-2:DE)
// ---------------------------------------------------------------------------
const GERMANY: ForeignUnit[] = [
  u("DE", "DE-BW", "state", ["Baden-Württemberg", "Baden-Wuerttemberg", "Baden-Wurttemberg", "Baden Württemberg"]),
  // "Bayern" is also FC Bayern München.
  u("DE", "DE-BY", "state", ["Bavaria", "Bayern", "Free State of Bavaria", "Freistaat Bayern"], ["Bayern"]),
  u("DE", "DE-BE", "city-state", ["Berlin", "Béc-lin", "Béclin", "Thủ đô Berlin"]),
  // Brandenburg is also the gate in Berlin (Cổng Brandenburg).
  u("DE", "DE-BB", "state", ["Brandenburg"], true),
  u("DE", "DE-HB", "city-state", ["Bremen", "Brê-men", "Free Hanseatic City of Bremen"]),
  u("DE", "DE-HH", "city-state", ["Hamburg", "Hăm-buốc", "Hămbuốc", "Free and Hanseatic City of Hamburg"]),
  // Hesse is also a surname (Hermann Hesse).
  u("DE", "DE-HE", "state", ["Hesse", "Hessen"], ["Hesse"]),
  u("DE", "DE-MV", "state", ["Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania", "Mecklenburg Vorpommern"]),
  u("DE", "DE-NI", "state", ["Lower Saxony", "Niedersachsen", "Hạ Saxony", "Hạ Sachsen"]),
  u("DE", "DE-NW", "state", ["North Rhine-Westphalia", "Nordrhein-Westfalen", "North Rhine Westphalia", "Nordrhein Westfalen", "Bắc Rhine-Westphalia"]),
  u("DE", "DE-RP", "state", ["Rhineland-Palatinate", "Rheinland-Pfalz", "Rhineland Palatinate", "Rheinland Pfalz"]),
  u("DE", "DE-SL", "state", ["Saarland"]),
  u("DE", "DE-SN", "state", ["Saxony", "Sachsen", "Free State of Saxony", "Freistaat Sachsen"]),
  u("DE", "DE-ST", "state", ["Saxony-Anhalt", "Sachsen-Anhalt", "Saxony Anhalt", "Sachsen Anhalt"]),
  u("DE", "DE-SH", "state", ["Schleswig-Holstein", "Schleswig Holstein"]),
  u("DE", "DE-TH", "state", ["Thuringia", "Thüringen", "Thuringen", "Thueringen", "Free State of Thuringia"]),
];

// ---------------------------------------------------------------------------
// Hungary (HU): 19 counties + Budapest (ISO 3166-2:HU)
// ---------------------------------------------------------------------------
const HUNGARY: ForeignUnit[] = [
  u("HU", "HU-BK", "county", ["Bács-Kiskun County", "Bács-Kiskun", "Bacs-Kiskun"]),
  u("HU", "HU-BA", "county", ["Baranya County", "Baranya"]),
  u("HU", "HU-BE", "county", ["Békés County", "Békés", "Bekes"]),
  u("HU", "HU-BZ", "county", ["Borsod-Abaúj-Zemplén County", "Borsod-Abaúj-Zemplén", "Borsod-Abauj-Zemplen"]),
  u("HU", "HU-CS", "county", ["Csongrád-Csanád County", "Csongrád-Csanád", "Csongrad-Csanad", "Csongrád", "Csongrad"]),
  u("HU", "HU-FE", "county", ["Fejér County", "Fejér", "Fejer"]),
  u("HU", "HU-GS", "county", ["Győr-Moson-Sopron County", "Győr-Moson-Sopron", "Gyor-Moson-Sopron"]),
  u("HU", "HU-HB", "county", ["Hajdú-Bihar County", "Hajdú-Bihar", "Hajdu-Bihar"]),
  u("HU", "HU-HE", "county", ["Heves County", "Heves"]),
  u("HU", "HU-JN", "county", ["Jász-Nagykun-Szolnok County", "Jász-Nagykun-Szolnok", "Jasz-Nagykun-Szolnok"]),
  u("HU", "HU-KE", "county", ["Komárom-Esztergom County", "Komárom-Esztergom", "Komarom-Esztergom"]),
  u("HU", "HU-NO", "county", ["Nógrád County", "Nógrád", "Nograd"]),
  // Pest is also the eastern half of Budapest and a word.
  u("HU", "HU-PE", "county", ["Pest County", "Pest"], ["Pest"]),
  u("HU", "HU-SO", "county", ["Somogy County", "Somogy"]),
  u("HU", "HU-SZ", "county", ["Szabolcs-Szatmár-Bereg County", "Szabolcs-Szatmár-Bereg", "Szabolcs-Szatmar-Bereg"]),
  u("HU", "HU-TO", "county", ["Tolna County", "Tolna"]),
  u("HU", "HU-VA", "county", ["Vas County", "Vas"], ["Vas"]),
  u("HU", "HU-VE", "county", ["Veszprém County", "Veszprém", "Veszprem"]),
  u("HU", "HU-ZA", "county", ["Zala County", "Zala"]),
  u("HU", "HU-BU", "capital", ["Budapest", "Bu-đa-pét", "Buđapét", "Thủ đô Budapest"]),
];

// ---------------------------------------------------------------------------
// Italy (IT): 20 regions (ISO 3166-2:IT), English and Italian names
// ---------------------------------------------------------------------------
const ITALY: ForeignUnit[] = [
  u("IT", "IT-65", "region", ["Abruzzo", "Abruzzi"]),
  u("IT", "IT-77", "region", ["Basilicata"]),
  u("IT", "IT-78", "region", ["Calabria"]),
  u("IT", "IT-72", "region", ["Campania"]),
  u("IT", "IT-45", "region", ["Emilia-Romagna", "Emilia Romagna"]),
  u("IT", "IT-36", "autonomous region", ["Friuli-Venezia Giulia", "Friuli Venezia Giulia", "Friuli-Venezia-Giulia"]),
  u("IT", "IT-62", "region", ["Lazio", "Latium"]),
  u("IT", "IT-42", "region", ["Liguria"]),
  u("IT", "IT-25", "region", ["Lombardy", "Lombardia", "Lôm-bác-đi-a"]),
  u("IT", "IT-57", "region", ["Marche", "The Marches"]),
  u("IT", "IT-67", "region", ["Molise"]),
  u("IT", "IT-21", "region", ["Piedmont", "Piemonte"]),
  u("IT", "IT-75", "region", ["Apulia", "Puglia"]),
  u("IT", "IT-88", "autonomous region", ["Sardinia", "Sardegna"]),
  u("IT", "IT-82", "autonomous region", ["Sicily", "Sicilia"]),
  u("IT", "IT-52", "region", ["Tuscany", "Toscana"]),
  u("IT", "IT-32", "autonomous region", ["Trentino-Alto Adige", "Trentino-South Tyrol", "Trentino-Alto Adige/Südtirol", "Trentino Alto Adige"]),
  u("IT", "IT-55", "region", ["Umbria"]),
  u("IT", "IT-23", "autonomous region", ["Aosta Valley", "Valle d'Aosta", "Vallée d'Aoste"]),
  u("IT", "IT-34", "region", ["Veneto"]),
];

// ---------------------------------------------------------------------------
// Mongolia (MN): 21 aimags + Ulaanbaatar (ISO 3166-2:MN)
// ---------------------------------------------------------------------------
const MONGOLIA: ForeignUnit[] = [
  u("MN", "MN-073", "aimag", ["Arkhangai", "Arhangay", "Arkhangay"]),
  u("MN", "MN-069", "aimag", ["Bayankhongor", "Bayanhongor"]),
  u("MN", "MN-071", "aimag", ["Bayan-Ölgii", "Bayan-Olgii", "Bayan-Ölgiy", "Bayan Ölgii"]),
  u("MN", "MN-067", "aimag", ["Bulgan"]),
  u("MN", "MN-037", "aimag", ["Darkhan-Uul", "Darhan-Uul", "Darkhan Uul", "Darkhan"]),
  u("MN", "MN-061", "aimag", ["Dornod"]),
  u("MN", "MN-063", "aimag", ["Dornogovi", "Dornogovĭ", "Dorno-Govi"]),
  u("MN", "MN-059", "aimag", ["Dundgovi", "Dundgovĭ", "Dund-Govi"]),
  u("MN", "MN-057", "aimag", ["Zavkhan", "Dzavhan", "Zavhan"]),
  u("MN", "MN-065", "aimag", ["Govi-Altai", "Govĭ-Altay", "Gobi-Altai", "Govi-Altay"]),
  u("MN", "MN-064", "aimag", ["Govisümber", "Govĭ-Sümber", "Govisumber", "Govi-Sümber"]),
  u("MN", "MN-039", "aimag", ["Khentii", "Hentiy", "Khentiy"]),
  u("MN", "MN-043", "aimag", ["Khovd", "Hovd"]),
  u("MN", "MN-041", "aimag", ["Khövsgöl", "Hövsgöl", "Khuvsgul", "Khovsgol"]),
  u("MN", "MN-053", "aimag", ["Ömnögovi", "Ömnögovĭ", "Umnugovi", "Omnogovi", "South Gobi"]),
  u("MN", "MN-035", "aimag", ["Orkhon", "Orhon"]),
  u("MN", "MN-055", "aimag", ["Övörkhangai", "Övörhangay", "Uvurkhangai", "Ovorkhangai"]),
  u("MN", "MN-049", "aimag", ["Selenge"]),
  // Sükhbaatar is also the revolutionary leader, and a district of Ulaanbaatar.
  u("MN", "MN-051", "aimag", ["Sükhbaatar", "Sühbaatar", "Sukhbaatar"], true),
  u("MN", "MN-047", "aimag", ["Töv", "Tov", "Tuv"], true),
  u("MN", "MN-046", "aimag", ["Uvs"], true),
  u("MN", "MN-1", "capital", ["Ulaanbaatar", "Ulan Bator", "Ulan Bato", "Ulanbato", "U-lan-ba-to", "U-lan Ba-to", "Thủ đô Ulaanbaatar", "Thủ đô U-lan-ba-to"]),
];

// ---------------------------------------------------------------------------
// Poland (PL): 16 voivodeships (ISO 3166-2:PL, numeric codes since 2018)
// ---------------------------------------------------------------------------
const POLAND: ForeignUnit[] = [
  u("PL", "PL-02", "voivodeship", ["Lower Silesian Voivodeship", "Lower Silesia", "Dolnośląskie", "Dolnoslaskie", "Dolny Śląsk"]),
  u("PL", "PL-04", "voivodeship", ["Kuyavian-Pomeranian Voivodeship", "Kuyavia-Pomerania", "Kujawsko-Pomorskie", "Kuyavian-Pomeranian"]),
  u("PL", "PL-06", "voivodeship", ["Lublin Voivodeship", "Lubelskie", "Lublin"]),
  u("PL", "PL-08", "voivodeship", ["Lubusz Voivodeship", "Lubuskie", "Lubusz"]),
  u("PL", "PL-10", "voivodeship", ["Łódź Voivodeship", "Lodz Voivodeship", "Łódzkie", "Lodzkie", "Łódź", "Lodz"]),
  u("PL", "PL-12", "voivodeship", ["Lesser Poland Voivodeship", "Lesser Poland", "Małopolskie", "Malopolskie", "Małopolska", "Malopolska"]),
  u("PL", "PL-14", "voivodeship", ["Masovian Voivodeship", "Masovia", "Mazovia", "Mazowieckie", "Mazowsze"]),
  u("PL", "PL-16", "voivodeship", ["Opole Voivodeship", "Opolskie", "Opole"]),
  u("PL", "PL-18", "voivodeship", ["Subcarpathian Voivodeship", "Subcarpathia", "Podkarpackie", "Podkarpacie"]),
  u("PL", "PL-20", "voivodeship", ["Podlaskie Voivodeship", "Podlaskie", "Podlasie"]),
  u("PL", "PL-22", "voivodeship", ["Pomeranian Voivodeship", "Pomorskie", "Pomerania"]),
  u("PL", "PL-24", "voivodeship", ["Silesian Voivodeship", "Śląskie", "Slaskie", "Silesia"]),
  u("PL", "PL-26", "voivodeship", ["Świętokrzyskie Voivodeship", "Świętokrzyskie", "Swietokrzyskie", "Holy Cross Voivodeship"]),
  u("PL", "PL-28", "voivodeship", ["Warmian-Masurian Voivodeship", "Warmia-Masuria", "Warmińsko-Mazurskie", "Warminsko-Mazurskie"]),
  u("PL", "PL-30", "voivodeship", ["Greater Poland Voivodeship", "Greater Poland", "Wielkopolskie", "Wielkopolska"]),
  u("PL", "PL-32", "voivodeship", ["West Pomeranian Voivodeship", "West Pomerania", "Zachodniopomorskie"]),
];

// ---------------------------------------------------------------------------
// United States (US): 50 states + District of Columbia (ISO 3166-2:US)
// ---------------------------------------------------------------------------
const USA: ForeignUnit[] = [
  u("US", "US-AL", "state", ["Alabama", "A-la-ba-ma"]),
  u("US", "US-AK", "state", ["Alaska", "A-la-xca", "Alaxca"]),
  u("US", "US-AZ", "state", ["Arizona", "A-ri-dô-na"]),
  u("US", "US-AR", "state", ["Arkansas"]),
  u("US", "US-CA", "state", ["California", "Ca-li-phoóc-ni-a", "Ca-li-phoóc-nia", "Caliphoócnia", "Ca-li-pho-ni-a"]),
  u("US", "US-CO", "state", ["Colorado", "Cô-lô-ra-đô"]),
  u("US", "US-CT", "state", ["Connecticut"]),
  u("US", "US-DE", "state", ["Delaware"]),
  u("US", "US-FL", "state", ["Florida", "Phlo-ri-đa", "Flo-ri-đa", "Phlôriđa"]),
  // Georgia is also the country (Gru-di-a).
  u("US", "US-GA", "state", ["Georgia", "Gioóc-gi-a"], true),
  u("US", "US-HI", "state", ["Hawaii", "Hawai", "Ha-oai", "Haoai", "Ha-wai", "Hạ Uy Di"]),
  u("US", "US-ID", "state", ["Idaho"]),
  u("US", "US-IL", "state", ["Illinois", "I-li-noi"]),
  u("US", "US-IN", "state", ["Indiana"]),
  u("US", "US-IA", "state", ["Iowa", "Ai-ô-oa"]),
  u("US", "US-KS", "state", ["Kansas"]),
  u("US", "US-KY", "state", ["Kentucky", "Ken-tắc-ki"]),
  u("US", "US-LA", "state", ["Louisiana", "Lu-i-di-a-na"]),
  u("US", "US-ME", "state", ["Maine"]),
  u("US", "US-MD", "state", ["Maryland"]),
  u("US", "US-MA", "state", ["Massachusetts", "Mát-xa-chu-xét", "Mátxachuxét"]),
  u("US", "US-MI", "state", ["Michigan", "Mi-chi-gân"]),
  u("US", "US-MN", "state", ["Minnesota", "Min-nê-xô-ta"]),
  // Mississippi is also the river.
  u("US", "US-MS", "state", ["Mississippi"], true),
  u("US", "US-MO", "state", ["Missouri"]),
  u("US", "US-MT", "state", ["Montana"]),
  u("US", "US-NE", "state", ["Nebraska"]),
  u("US", "US-NV", "state", ["Nevada", "Nê-va-đa"]),
  u("US", "US-NH", "state", ["New Hampshire"]),
  u("US", "US-NJ", "state", ["New Jersey", "Niu Giơ-xi", "Niu Giơxi"]),
  u("US", "US-NM", "state", ["New Mexico"]),
  u("US", "US-NY", "state", ["New York", "Niu Oóc", "Niu-oóc", "Nữu Ước"]),
  u("US", "US-NC", "state", ["North Carolina", "Bắc Carolina", "Bắc Ca-rô-li-na"]),
  u("US", "US-ND", "state", ["North Dakota", "Bắc Dakota"]),
  u("US", "US-OH", "state", ["Ohio", "Ô-hai-ô"]),
  u("US", "US-OK", "state", ["Oklahoma"]),
  u("US", "US-OR", "state", ["Oregon", "Ô-rê-gôn"]),
  u("US", "US-PA", "state", ["Pennsylvania", "Pen-xin-va-ni-a"]),
  u("US", "US-RI", "state", ["Rhode Island"]),
  u("US", "US-SC", "state", ["South Carolina", "Nam Carolina", "Nam Ca-rô-li-na"]),
  u("US", "US-SD", "state", ["South Dakota", "Nam Dakota"]),
  u("US", "US-TN", "state", ["Tennessee"]),
  u("US", "US-TX", "state", ["Texas", "Tếch-dát", "Tếchdát"]),
  u("US", "US-UT", "state", ["Utah"]),
  u("US", "US-VT", "state", ["Vermont"]),
  // Virginia is also a given name.
  u("US", "US-VA", "state", ["Virginia", "Vơ-gi-ni-a"], ["Virginia"]),
  // Washington alone usually means the capital (or a person): needs "bang Washington".
  u("US", "US-WA", "state", ["Washington", "Oa-sinh-tơn", "Oasinhtơn", "Washington State"], ["Washington", "Oa-sinh-tơn", "Oasinhtơn"]),
  u("US", "US-WV", "state", ["West Virginia", "Tây Virginia"]),
  u("US", "US-WI", "state", ["Wisconsin", "Uýt-xcôn-xin"]),
  u("US", "US-WY", "state", ["Wyoming"]),
  u("US", "US-DC", "federal district", ["District of Columbia", "Washington, D.C.", "Washington D.C.", "Washington DC", "Đặc khu Columbia"]),
];

// ---------------------------------------------------------------------------
// Australia (AU): 6 states + 2 territories (ISO 3166-2:AU)
// ---------------------------------------------------------------------------
const AUSTRALIA: ForeignUnit[] = [
  u("AU", "AU-NSW", "state", ["New South Wales", "Niu Xao Uên"]),
  u("AU", "AU-QLD", "state", ["Queensland", "Quyn-xlen", "Quynxlen"]),
  u("AU", "AU-SA", "state", ["South Australia", "Nam Úc", "Nam Australia", "Nam Ô-xtrây-li-a"]),
  u("AU", "AU-TAS", "state", ["Tasmania", "Tát-xma-ni-a"]),
  // Victoria is also a given name and many other places.
  u("AU", "AU-VIC", "state", ["Victoria", "Vích-to-ri-a", "Victoria State"], ["Victoria", "Vích-to-ri-a"]),
  u("AU", "AU-WA", "state", ["Western Australia", "Tây Úc", "Tây Australia", "Tây Ô-xtrây-li-a"]),
  u("AU", "AU-ACT", "territory", ["Australian Capital Territory", "Lãnh thổ Thủ đô Australia", "Lãnh thổ Thủ đô Úc"]),
  u("AU", "AU-NT", "territory", ["Northern Territory", "Lãnh thổ Bắc Úc", "Lãnh thổ Bắc Australia", "Lãnh thổ phía Bắc Australia"]),
];

// ---------------------------------------------------------------------------
// United Kingdom (GB): the four countries, plus East Sussex and Lewes
// ---------------------------------------------------------------------------
const UK: ForeignUnit[] = [
  u("GB", "GB-ENG", "country", ["England"]),
  u("GB", "GB-SCT", "country", ["Scotland", "Xcốt-len", "Xcốtlen", "Scốt-len", "Scốtlen"]),
  u("GB", "GB-WLS", "country", ["Wales", "xứ Wales", "xứ Uên"]),
  u("GB", "GB-NIR", "province", ["Northern Ireland", "Bắc Ireland", "Bắc Ai-len", "Bắc Ai-rơ-len", "Bắc Ailen"]),
  u("GB", "GB-ESX", "county", ["East Sussex", "Đông Sussex"]),
  u("GB", null, "district", ["Lewes"]),
];

// ---------------------------------------------------------------------------
// Canada (CA): 10 provinces + 3 territories (ISO 3166-2:CA)
// ---------------------------------------------------------------------------
const CANADA: ForeignUnit[] = [
  u("CA", "CA-AB", "province", ["Alberta"]),
  u("CA", "CA-BC", "province", ["British Columbia"]),
  u("CA", "CA-MB", "province", ["Manitoba"]),
  u("CA", "CA-NB", "province", ["New Brunswick"]),
  u("CA", "CA-NL", "province", ["Newfoundland and Labrador", "Newfoundland & Labrador", "Newfoundland"]),
  u("CA", "CA-NS", "province", ["Nova Scotia"]),
  u("CA", "CA-ON", "province", ["Ontario", "Ôn-ta-ri-ô", "Ôntariô"]),
  u("CA", "CA-PE", "province", ["Prince Edward Island", "Đảo Hoàng tử Edward"]),
  u("CA", "CA-QC", "province", ["Quebec", "Québec", "Kê-bếch", "Kêbếch"]),
  u("CA", "CA-SK", "province", ["Saskatchewan"]),
  u("CA", "CA-NT", "territory", ["Northwest Territories", "Lãnh thổ Tây Bắc"], ["Lãnh thổ Tây Bắc"]),
  u("CA", "CA-NU", "territory", ["Nunavut"]),
  u("CA", "CA-YT", "territory", ["Yukon"]),
];

// ---------------------------------------------------------------------------
// India (IN): 28 states + 8 union territories (ISO 3166-2:IN, codes as revised in 2023)
// ---------------------------------------------------------------------------
const INDIA: ForeignUnit[] = [
  u("IN", "IN-AP", "state", ["Andhra Pradesh"]),
  u("IN", "IN-AR", "state", ["Arunachal Pradesh"]),
  u("IN", "IN-AS", "state", ["Assam"]),
  u("IN", "IN-BR", "state", ["Bihar"]),
  u("IN", "IN-CG", "state", ["Chhattisgarh", "Chattisgarh"]),
  u("IN", "IN-GA", "state", ["Goa"], true),
  u("IN", "IN-GJ", "state", ["Gujarat"]),
  u("IN", "IN-HR", "state", ["Haryana"]),
  u("IN", "IN-HP", "state", ["Himachal Pradesh"]),
  u("IN", "IN-JH", "state", ["Jharkhand"]),
  u("IN", "IN-KA", "state", ["Karnataka"]),
  u("IN", "IN-KL", "state", ["Kerala"]),
  u("IN", "IN-MP", "state", ["Madhya Pradesh"]),
  u("IN", "IN-MH", "state", ["Maharashtra"]),
  u("IN", "IN-MN", "state", ["Manipur"]),
  u("IN", "IN-ML", "state", ["Meghalaya"]),
  u("IN", "IN-MZ", "state", ["Mizoram"]),
  u("IN", "IN-NL", "state", ["Nagaland"]),
  u("IN", "IN-OD", "state", ["Odisha", "Orissa"]),
  // Punjab is also a province of Pakistan.
  u("IN", "IN-PB", "state", ["Punjab", "Pun-giáp"], true),
  u("IN", "IN-RJ", "state", ["Rajasthan"]),
  u("IN", "IN-SK", "state", ["Sikkim"]),
  u("IN", "IN-TN", "state", ["Tamil Nadu", "Tamilnadu"]),
  u("IN", "IN-TS", "state", ["Telangana"]),
  u("IN", "IN-TR", "state", ["Tripura"]),
  u("IN", "IN-UP", "state", ["Uttar Pradesh"]),
  u("IN", "IN-UK", "state", ["Uttarakhand", "Uttaranchal"]),
  u("IN", "IN-WB", "state", ["West Bengal", "Tây Bengal"]),
  u("IN", "IN-AN", "union territory", ["Andaman and Nicobar Islands", "Andaman and Nicobar", "Andaman & Nicobar", "quần đảo Andaman và Nicobar"]),
  u("IN", "IN-CH", "union territory", ["Chandigarh"]),
  u("IN", "IN-DH", "union territory", ["Dadra and Nagar Haveli and Daman and Diu"]),
  u("IN", "IN-DL", "union territory", ["Delhi", "National Capital Territory of Delhi", "Đê-li", "Đêli"]),
  u("IN", "IN-JK", "union territory", ["Jammu and Kashmir", "Jammu & Kashmir", "Jammu và Kashmir"]),
  u("IN", "IN-LA", "union territory", ["Ladakh"]),
  u("IN", "IN-LD", "union territory", ["Lakshadweep"]),
  u("IN", "IN-PY", "union territory", ["Puducherry", "Pondicherry"]),
];

// ---------------------------------------------------------------------------
// Indonesia (ID): the 34 provinces before the 2022 Papua split (ISO 3166-2:ID)
// ---------------------------------------------------------------------------
const INDONESIA: ForeignUnit[] = [
  u("ID", "ID-AC", "province", ["Aceh", "A-chê", "Nanggroe Aceh Darussalam"]),
  u("ID", "ID-BA", "province", ["Bali", "Ba-li"]),
  u("ID", "ID-BB", "province", ["Bangka Belitung", "Bangka Belitung Islands", "Kepulauan Bangka Belitung"]),
  u("ID", "ID-BT", "province", ["Banten"]),
  u("ID", "ID-BE", "province", ["Bengkulu"]),
  u("ID", "ID-GO", "province", ["Gorontalo"]),
  u("ID", "ID-JK", "special capital region", ["Jakarta", "DKI Jakarta", "Gia-các-ta", "Giacácta", "Thủ đô Jakarta"]),
  u("ID", "ID-JA", "province", ["Jambi"]),
  u("ID", "ID-JB", "province", ["West Java", "Jawa Barat", "Tây Java", "Tây Ja-va"]),
  u("ID", "ID-JT", "province", ["Central Java", "Jawa Tengah", "Trung Java", "Trung Ja-va"]),
  u("ID", "ID-JI", "province", ["East Java", "Jawa Timur", "Đông Java", "Đông Ja-va"]),
  u("ID", "ID-KB", "province", ["West Kalimantan", "Kalimantan Barat", "Tây Kalimantan"]),
  u("ID", "ID-KS", "province", ["South Kalimantan", "Kalimantan Selatan", "Nam Kalimantan"]),
  u("ID", "ID-KT", "province", ["Central Kalimantan", "Kalimantan Tengah", "Trung Kalimantan"]),
  u("ID", "ID-KI", "province", ["East Kalimantan", "Kalimantan Timur", "Đông Kalimantan"]),
  u("ID", "ID-KU", "province", ["North Kalimantan", "Kalimantan Utara", "Bắc Kalimantan"]),
  u("ID", "ID-KR", "province", ["Riau Islands", "Kepulauan Riau", "quần đảo Riau"]),
  u("ID", "ID-LA", "province", ["Lampung"]),
  u("ID", "ID-MA", "province", ["Maluku", "Moluccas"]),
  u("ID", "ID-MU", "province", ["North Maluku", "Maluku Utara", "Bắc Maluku"]),
  u("ID", "ID-NB", "province", ["West Nusa Tenggara", "Nusa Tenggara Barat", "Tây Nusa Tenggara"]),
  u("ID", "ID-NT", "province", ["East Nusa Tenggara", "Nusa Tenggara Timur", "Đông Nusa Tenggara"]),
  // "Papua" also names the island and is part of "Papua New Guinea".
  u("ID", "ID-PA", "province", ["Papua", "Pa-pua"], true),
  u("ID", "ID-PB", "province", ["West Papua", "Papua Barat", "Tây Papua"]),
  u("ID", "ID-RI", "province", ["Riau"]),
  u("ID", "ID-SR", "province", ["West Sulawesi", "Sulawesi Barat", "Tây Sulawesi"]),
  u("ID", "ID-SN", "province", ["South Sulawesi", "Sulawesi Selatan", "Nam Sulawesi"]),
  u("ID", "ID-ST", "province", ["Central Sulawesi", "Sulawesi Tengah", "Trung Sulawesi"]),
  u("ID", "ID-SG", "province", ["Southeast Sulawesi", "Sulawesi Tenggara", "Đông Nam Sulawesi"]),
  u("ID", "ID-SA", "province", ["North Sulawesi", "Sulawesi Utara", "Bắc Sulawesi"]),
  u("ID", "ID-SB", "province", ["West Sumatra", "Sumatera Barat", "Tây Sumatra"]),
  u("ID", "ID-SS", "province", ["South Sumatra", "Sumatera Selatan", "Nam Sumatra"]),
  u("ID", "ID-SU", "province", ["North Sumatra", "Sumatera Utara", "Bắc Sumatra"]),
  u("ID", "ID-YO", "special region", ["Yogyakarta", "Special Region of Yogyakarta", "Jogjakarta", "DI Yogyakarta"]),
];

// ---------------------------------------------------------------------------
// Philippines (PH): Metro Manila and a set of the larger provinces (ISO 3166-2:PH)
// ---------------------------------------------------------------------------
const PHILIPPINES: ForeignUnit[] = [
  u("PH", "PH-00", "region", ["Metro Manila", "National Capital Region", "Manila", "Ma-ni-la", "Thủ đô Manila"]),
  u("PH", "PH-AKL", "province", ["Aklan"]),
  u("PH", "PH-ALB", "province", ["Albay"]),
  u("PH", "PH-BAN", "province", ["Bataan"]),
  u("PH", "PH-BTG", "province", ["Batangas"]),
  u("PH", "PH-BEN", "province", ["Benguet"]),
  u("PH", "PH-BOH", "province", ["Bohol"]),
  u("PH", "PH-BUL", "province", ["Bulacan"]),
  u("PH", "PH-CAG", "province", ["Cagayan"]),
  u("PH", "PH-CAV", "province", ["Cavite"]),
  u("PH", "PH-CEB", "province", ["Cebu", "Xê-bu"]),
  u("PH", "PH-DAV", "province", ["Davao del Norte"]),
  u("PH", "PH-DAS", "province", ["Davao del Sur"]),
  u("PH", "PH-ILN", "province", ["Ilocos Norte"]),
  u("PH", "PH-ILS", "province", ["Ilocos Sur"]),
  u("PH", "PH-ILI", "province", ["Iloilo"]),
  // Isabela, Laguna (also the Laguna resort at Lăng Cô), Quezon and Rizal (persons) need context.
  u("PH", "PH-ISA", "province", ["Isabela"], true),
  u("PH", "PH-LAG", "province", ["Laguna"], true),
  u("PH", "PH-LEY", "province", ["Leyte"]),
  u("PH", "PH-MSR", "province", ["Misamis Oriental"]),
  u("PH", "PH-NEC", "province", ["Negros Occidental"]),
  u("PH", "PH-NER", "province", ["Negros Oriental"]),
  u("PH", "PH-NUE", "province", ["Nueva Ecija"]),
  u("PH", "PH-PLW", "province", ["Palawan"]),
  u("PH", "PH-PAM", "province", ["Pampanga"]),
  u("PH", "PH-PAN", "province", ["Pangasinan"]),
  u("PH", "PH-QUE", "province", ["Quezon"], true),
  u("PH", "PH-RIZ", "province", ["Rizal"], true),
  u("PH", "PH-WSA", "province", ["Samar", "Western Samar"]),
  u("PH", "PH-SCO", "province", ["South Cotabato"]),
  u("PH", "PH-TAR", "province", ["Tarlac"]),
  u("PH", "PH-ZMB", "province", ["Zambales"]),
  u("PH", "PH-ZAS", "province", ["Zamboanga del Sur"]),
];

// ---------------------------------------------------------------------------
// Uzbekistan (UZ): 12 regions, Karakalpakstan, Tashkent city (ISO 3166-2:UZ)
// ---------------------------------------------------------------------------
const UZBEKISTAN: ForeignUnit[] = [
  u("UZ", "UZ-AN", "region", ["Andijan Region", "Andijan", "Andijon"]),
  u("UZ", "UZ-BU", "region", ["Bukhara Region", "Bukhara", "Buxoro"]),
  u("UZ", "UZ-FA", "region", ["Fergana Region", "Fergana", "Farg'ona", "Ferghana"]),
  u("UZ", "UZ-JI", "region", ["Jizzakh Region", "Jizzakh", "Jizzax"]),
  u("UZ", "UZ-NG", "region", ["Namangan Region", "Namangan"]),
  u("UZ", "UZ-NW", "region", ["Navoiy Region", "Navoiy", "Navoi"]),
  u("UZ", "UZ-QA", "region", ["Kashkadarya Region", "Kashkadarya", "Qashqadaryo"]),
  u("UZ", "UZ-QR", "republic", ["Karakalpakstan", "Republic of Karakalpakstan", "Qoraqalpog'iston"]),
  u("UZ", "UZ-SA", "region", ["Samarkand Region", "Samarkand", "Samarqand"]),
  // Syr Darya is also the river.
  u("UZ", "UZ-SI", "region", ["Sirdaryo Region", "Sirdaryo", "Syrdarya"], ["Sirdaryo", "Syrdarya"]),
  u("UZ", "UZ-SU", "region", ["Surxondaryo Region", "Surxondaryo", "Surkhandarya"]),
  u("UZ", "UZ-TK", "capital", ["Tashkent", "Toshkent", "Thủ đô Tashkent"]),
  u("UZ", "UZ-TO", "region", ["Tashkent Region", "Toshkent Region", "tỉnh Tashkent"]),
  u("UZ", "UZ-XO", "region", ["Xorazm Region", "Xorazm", "Khorezm", "Khorazm"]),
];

// ---------------------------------------------------------------------------
// Czechia (CZ): 13 regions + Prague (ISO 3166-2:CZ)
// ---------------------------------------------------------------------------
const CZECHIA: ForeignUnit[] = [
  u("CZ", "CZ-10", "capital", ["Prague", "Praha", "Pra-ha", "Thủ đô Praha"]),
  u("CZ", "CZ-20", "region", ["Central Bohemian Region", "Středočeský kraj", "Stredocesky kraj", "Central Bohemia"]),
  u("CZ", "CZ-31", "region", ["South Bohemian Region", "Jihočeský kraj", "Jihocesky kraj", "South Bohemia"]),
  u("CZ", "CZ-32", "region", ["Plzeň Region", "Plzen Region", "Plzeňský kraj", "Plzensky kraj", "Pilsen Region"]),
  u("CZ", "CZ-41", "region", ["Karlovy Vary Region", "Karlovarský kraj", "Karlovarsky kraj"]),
  u("CZ", "CZ-42", "region", ["Ústí nad Labem Region", "Usti nad Labem Region", "Ústecký kraj", "Ustecky kraj"]),
  u("CZ", "CZ-51", "region", ["Liberec Region", "Liberecký kraj", "Liberecky kraj"]),
  u("CZ", "CZ-52", "region", ["Hradec Králové Region", "Hradec Kralove Region", "Královéhradecký kraj", "Kralovehradecky kraj"]),
  u("CZ", "CZ-53", "region", ["Pardubice Region", "Pardubický kraj", "Pardubicky kraj"]),
  u("CZ", "CZ-63", "region", ["Vysočina Region", "Vysocina Region", "Kraj Vysočina", "Vysočina", "Vysocina"]),
  u("CZ", "CZ-64", "region", ["South Moravian Region", "Jihomoravský kraj", "Jihomoravsky kraj", "South Moravia"]),
  u("CZ", "CZ-71", "region", ["Olomouc Region", "Olomoucký kraj", "Olomoucky kraj"]),
  u("CZ", "CZ-72", "region", ["Zlín Region", "Zlin Region", "Zlínský kraj", "Zlinsky kraj"]),
  u("CZ", "CZ-80", "region", ["Moravian-Silesian Region", "Moravskoslezský kraj", "Moravskoslezsky kraj", "Moravia-Silesia"]),
];

// ---------------------------------------------------------------------------
// Slovakia (SK): 8 self-governing regions (ISO 3166-2:SK)
// ---------------------------------------------------------------------------
const SLOVAKIA: ForeignUnit[] = [
  u("SK", "SK-BC", "region", ["Banská Bystrica Region", "Banska Bystrica Region", "Banskobystrický kraj", "Banskobystricky kraj"]),
  u("SK", "SK-BL", "region", ["Bratislava Region", "Bratislavský kraj", "Bratislavsky kraj"]),
  u("SK", "SK-KI", "region", ["Košice Region", "Kosice Region", "Košický kraj", "Kosicky kraj"]),
  u("SK", "SK-NI", "region", ["Nitra Region", "Nitriansky kraj"]),
  u("SK", "SK-PV", "region", ["Prešov Region", "Presov Region", "Prešovský kraj", "Presovsky kraj"]),
  u("SK", "SK-TA", "region", ["Trnava Region", "Trnavský kraj", "Trnavsky kraj"]),
  u("SK", "SK-TC", "region", ["Trenčín Region", "Trencin Region", "Trenčiansky kraj", "Trenciansky kraj"]),
  u("SK", "SK-ZI", "region", ["Žilina Region", "Zilina Region", "Žilinský kraj", "Zilinsky kraj"]),
];

// ---------------------------------------------------------------------------
// Taiwan (TW): the six special municipalities (ISO 3166-2:TW), which Vietnamese
// provinces and their overseas communities deal with directly
// ---------------------------------------------------------------------------
const TAIWAN: ForeignUnit[] = [
  u("TW", "TW-TPE", "special municipality", ["Taipei", "Đài Bắc", "Thành phố Đài Bắc"]),
  u("TW", "TW-NWT", "special municipality", ["New Taipei", "Tân Bắc", "Tân Đài Bắc"], ["Tân Bắc"]),
  u("TW", "TW-TAO", "special municipality", ["Taoyuan", "Đào Viên"], ["Đào Viên"]),
  u("TW", "TW-TXG", "special municipality", ["Taichung", "Đài Trung"]),
  u("TW", "TW-TNN", "special municipality", ["Tainan", "Đài Nam"], ["Đài Nam"]),
  u("TW", "TW-KHH", "special municipality", ["Kaohsiung", "Cao Hùng"], ["Cao Hùng"]),
];

// ---------------------------------------------------------------------------
// Brazil (BR): the states Vietnamese provinces trade coffee, pepper and
// agriculture with, and the largest ones (ISO 3166-2:BR)
// ---------------------------------------------------------------------------
const BRAZIL: ForeignUnit[] = [
  u("BR", "BR-MG", "state", ["Minas Gerais"]),
  u("BR", "BR-ES", "state", ["Espírito Santo", "Espirito Santo"]),
  u("BR", "BR-SP", "state", ["São Paulo", "Sao Paulo", "Xao Pao-lô"]),
  u("BR", "BR-RJ", "state", ["Rio de Janeiro", "Ri-ô đơ Gia-nê-rô"]),
  u("BR", "BR-PR", "state", ["Paraná", "Parana"], ["Paraná", "Parana"]),
  u("BR", "BR-RS", "state", ["Rio Grande do Sul"]),
  u("BR", "BR-BA", "state", ["Bahia"], ["Bahia"]),
  u("BR", "BR-PE", "state", ["Pernambuco"]),
  u("BR", "BR-CE", "state", ["Ceará", "Ceara"]),
  u("BR", "BR-MT", "state", ["Mato Grosso"]),
  u("BR", "BR-SC", "state", ["Santa Catarina"], ["Santa Catarina"]),
  u("BR", "BR-RO", "state", ["Rondônia", "Rondonia"]),
];

// ---------------------------------------------------------------------------
// Mozambique (MZ): 11 provinces (ISO 3166-2:MZ); Vietnamese rice and
// agriculture cooperation is province to province
// ---------------------------------------------------------------------------
const MOZAMBIQUE: ForeignUnit[] = [
  u("MZ", "MZ-Q", "province", ["Zambezia", "Zambézia", "Dăm-bê-di-a"]),
  u("MZ", "MZ-N", "province", ["Nampula", "Nam-pu-la"]),
  u("MZ", "MZ-S", "province", ["Sofala", "Xô-pha-la"]),
  u("MZ", "MZ-B", "province", ["Manica"], ["Manica"]),
  u("MZ", "MZ-T", "province", ["Tete"], ["Tete"]),
  u("MZ", "MZ-A", "province", ["Niassa"]),
  u("MZ", "MZ-P", "province", ["Cabo Delgado"]),
  u("MZ", "MZ-I", "province", ["Inhambane"]),
  u("MZ", "MZ-G", "province", ["Gaza Province", "Gaza"], ["Gaza"]),
  u("MZ", "MZ-L", "province", ["Maputo Province", "tỉnh Maputo"]),
  u("MZ", "MZ-MPM", "city", ["Maputo", "Ma-pu-tô"]),
];

// ---------------------------------------------------------------------------
// Netherlands (NL): 12 provinces (ISO 3166-2:NL)
// ---------------------------------------------------------------------------
const NETHERLANDS: ForeignUnit[] = [
  u("NL", "NL-ZE", "province", ["Zeeland", "Dê-lan"]),
  u("NL", "NL-NB", "province", ["North Brabant", "Noord-Brabant", "Bắc Brabant"]),
  u("NL", "NL-ZH", "province", ["South Holland", "Zuid-Holland", "Nam Hà Lan"]),
  u("NL", "NL-NH", "province", ["North Holland", "Noord-Holland", "Bắc Hà Lan"]),
  u("NL", "NL-GE", "province", ["Gelderland"]),
  u("NL", "NL-UT", "province", ["Utrecht Province", "tỉnh Utrecht"]),
  u("NL", "NL-LI", "province", ["Limburg"], ["Limburg"]),
  u("NL", "NL-OV", "province", ["Overijssel"]),
  u("NL", "NL-FR", "province", ["Friesland", "Fryslân"]),
  u("NL", "NL-GR", "province", ["Groningen Province", "tỉnh Groningen"]),
  u("NL", "NL-DR", "province", ["Drenthe"]),
  u("NL", "NL-FL", "province", ["Flevoland"]),
];

// ---------------------------------------------------------------------------
// Belgium (BE): the three regions (ISO 3166-2:BE); Vietnam's partner is the
// Wallonia-Brussels Federation
// ---------------------------------------------------------------------------
const BELGIUM: ForeignUnit[] = [
  u("BE", "BE-WAL", "region", ["Wallonia", "Wallonie", "vùng Wallonie", "Va-lô-ni", "Wallonie-Bruxelles", "Wallonia-Brussels"]),
  u("BE", "BE-VLG", "region", ["Flanders", "Flandre", "Vlaanderen", "vùng Flanders"]),
  u("BE", "BE-BRU", "region", ["Brussels-Capital Region", "vùng Thủ đô Brussels"]),
];

export const FOREIGN_UNITS: ForeignUnit[] = [
  ...BRAZIL,
  ...MOZAMBIQUE,
  ...NETHERLANDS,
  ...BELGIUM,
  ...TAIWAN,
  ...LAOS,
  ...CAMBODIA,
  ...CHINA,
  ...THAILAND,
  ...SOUTH_KOREA,
  ...JAPAN,
  ...MYANMAR,
  ...RUSSIA,
  ...BELARUS,
  ...BULGARIA,
  ...CUBA,
  ...FRANCE,
  ...GERMANY,
  ...HUNGARY,
  ...ITALY,
  ...MONGOLIA,
  ...POLAND,
  ...USA,
  ...AUSTRALIA,
  ...UK,
  ...CANADA,
  ...INDIA,
  ...INDONESIA,
  ...PHILIPPINES,
  ...UZBEKISTAN,
  ...CZECHIA,
  ...SLOVAKIA,
];
