// Duckling-style corpus for the partners extractor: every foreign sub-national
// unit named in a text, once, with its canonical English name, ISO 3166-1 alpha-2
// country and every spelling used (see ../../../../shared/spec/RECORDS.md).
// Vietnamese provinces, countries, companies and people are never partners.
import type { CorpusExample } from "../corpus-types.js";

export const corpus: CorpusExample<"partners">[] = [
  // ───────────────────────── Laos ─────────────────────────
  {
    text: "Tỉnh tích cực phát huy quan hệ hữu nghị truyền thống đặc biệt với các tỉnh Xiêng Khoảng, Hủa Phăn và Bo Ly Khăm Xay (CHDCND Lào).",
    expect: [
      { name: "Xiangkhouang", country: "LA", surface: ["Xiêng Khoảng"] },
      { name: "Houaphanh", country: "LA", surface: ["Hủa Phăn"] },
      { name: "Bolikhamxay", country: "LA", surface: ["Bo Ly Khăm Xay"] },
    ],
    note: "one country in parentheses covers the whole list",
  },
  {
    text: "Năm 2016, tỉnh ký biên bản ghi nhớ với tỉnh Champasak (Lào). Đoàn đại biểu tỉnh Chăm-pa-sắc do đồng chí Phó Tỉnh trưởng dẫn đầu đã sang thăm, chúc Tết. Hai bên thống nhất, tỉnh sẽ hỗ trợ Chămpasắc đào tạo cán bộ.",
    expect: [{ name: "Champasak", country: "LA", surface: ["Champasak", "Chăm-pa-sắc", "Chămpasắc"] }],
    note: "three spellings, one record",
  },
  {
    text: "Lãnh đạo HĐND tỉnh và HĐND Thủ đô Viêng Chăn đã ký kết Thỏa thuận hợp tác giai đoạn 2025-2028.",
    expect: [{ name: "Vientiane Prefecture", country: "LA", surface: ["Viêng Chăn"] }],
    note: "Thủ đô Viêng Chăn is the capital prefecture",
  },
  {
    text: "Đoàn đại biểu Thủ đô Viêng-chăn (Lào) sang thăm tỉnh. Tại buổi tiếp, lãnh đạo tỉnh mong muốn chính quyền Thủ đô Vientiane tiếp tục hỗ trợ sinh viên của tỉnh.",
    expect: [{ name: "Vientiane Prefecture", country: "LA", surface: ["Viêng-chăn", "Vientiane"] }],
  },
  {
    text: "Năm 2019, tỉnh tổ chức đoàn sang thăm tỉnh Viêng Chăn (Lào), địa phương giáp Thủ đô Viêng Chăn.",
    expect: [
      { name: "Vientiane Province", country: "LA" },
      { name: "Vientiane Prefecture", country: "LA" },
    ],
    note: "'tỉnh Viêng Chăn' is Vientiane Province, distinct from the capital 'Thủ đô Viêng Chăn'; surfaces left unscored because both use the same spelling",
  },
  {
    text: "Tỉnh và tỉnh Bô-ly-khăm-xay đã ký kết biên bản hội đàm. Sở Ngoại vụ được giao theo dõi việc triển khai các nội dung hợp tác với Bolikhamxay.",
    expect: [{ name: "Bolikhamxay", country: "LA", surface: ["Bô-ly-khăm-xay", "Bolikhamxay"] }],
  },
  {
    text: "Năm 2023, tỉnh hỗ trợ tỉnh Sa Vẳn Na Khệt (Lào) xây dựng trường học tại huyện biên giới.",
    expect: [{ name: "Savannakhet", country: "LA", surface: ["Sa Vẳn Na Khệt"] }],
  },
  {
    text: "Tỉnh đã trao tặng tỉnh Xay Sổm Bun 500 triệu đồng để xây dựng nhà văn hóa.",
    expect: [{ name: "Xaisomboun", country: "LA", surface: ["Xay Sổm Bun"] }],
    note: "no country given",
  },
  {
    text: "Trong chuyến thăm tỉnh Xieng Khoang (Lao PDR), đoàn đã làm việc với Sở Kế hoạch và Đầu tư tỉnh bạn.",
    expect: [{ name: "Xiangkhouang", country: "LA", surface: ["Xieng Khoang"] }],
    note: "spelling without diacritics",
  },
  {
    text: "Đoàn công tác của tỉnh đã sang thăm, chúc Tết cổ truyền Bunpimay tỉnh Luông Pha-bang.",
    expect: [{ name: "Luang Prabang", country: "LA", surface: ["Luông Pha-bang"] }],
  },
  {
    text: "Hai tỉnh Khăm Muộn và Sa-vẳn-na-khệt của nước bạn Lào có chung đường biên giới với tỉnh.",
    expect: [
      { name: "Khammouane", country: "LA", surface: ["Khăm Muộn"] },
      { name: "Savannakhet", country: "LA", surface: ["Sa-vẳn-na-khệt"] },
    ],
  },
  {
    text: "Đoàn đại biểu cấp cao tỉnh Hủa-phăn do đồng chí Bí thư Tỉnh ủy, Tỉnh trưởng dẫn đầu đến thăm và làm việc.",
    expect: [{ name: "Houaphanh", country: "LA", surface: ["Hủa-phăn"] }],
  },
  {
    text: "Tỉnh đã ký thỏa thuận hợp tác với các tỉnh Sê-kông, Át-tạ-pư và Sả-lạ-văn của Lào.",
    expect: [
      { name: "Sekong", country: "LA", surface: ["Sê-kông"] },
      { name: "Attapeu", country: "LA", surface: ["Át-tạ-pư"] },
      { name: "Salavan", country: "LA", surface: ["Sả-lạ-văn"] },
    ],
    note: "country after the list without parentheses",
  },
  {
    text: "Bộ đội Biên phòng tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh Phông-xa-lỳ và tỉnh U-đôm-xay (Lào) tuần tra song phương.",
    expect: [
      { name: "Phongsaly", country: "LA", surface: ["Phông-xa-lỳ"] },
      { name: "Oudomxay", country: "LA", surface: ["U-đôm-xay"] },
    ],
  },
  {
    text: "Tỉnh và tỉnh Luổng Nậm Thà, tỉnh Bò Kẹo (Lào) thống nhất đẩy mạnh hợp tác thương mại.",
    expect: [
      { name: "Luang Namtha", country: "LA", surface: ["Luổng Nậm Thà"] },
      { name: "Bokeo", country: "LA", surface: ["Bò Kẹo"] },
    ],
  },
  {
    text: "Đoàn đại biểu Tỉnh ủy Hủa Phăn sang thăm và chúc Tết Đảng bộ, chính quyền và nhân dân tỉnh. Tại buổi tiếp, hai bên đánh giá cao kết quả hợp tác giữa hai tỉnh; tỉnh Hủa Phăn mong muốn tiếp tục nhận được sự giúp đỡ.",
    expect: [{ name: "Houaphanh", country: "LA", surface: ["Hủa Phăn"] }],
    note: "repeated mentions: one record, surface listed once",
  },
  {
    text: "Tỉnh chủ trì hội nghị giao ban với Bộ Ngoại giao Lào và các tỉnh Bo Ly Khăm Xay, Khăm Muộn.",
    expect: [
      { name: "Bolikhamxay", country: "LA", surface: ["Bo Ly Khăm Xay"] },
      { name: "Khammouane", country: "LA", surface: ["Khăm Muộn"] },
    ],
    note: "a foreign ministry is not a sub-national unit",
  },

  // ───────────────────────── Cambodia ─────────────────────────
  {
    text: "Năm 2016, tỉnh ký biên bản thỏa thuận với tỉnh Ta Keo, Kandal (Campuchia). Tỉnh duy trì tốt mối quan hệ truyền thống với hai tỉnh bạn Takeo, Kandal.",
    expect: [
      { name: "Takeo", country: "KH", surface: ["Ta Keo", "Takeo"] },
      { name: "Kandal", country: "KH", surface: ["Kandal"] },
    ],
  },
  {
    text: "Tỉnh có đường biên giới chung với các tỉnh Xvây Riêng và Prây Veng của Vương quốc Campuchia.",
    expect: [
      { name: "Svay Rieng", country: "KH", surface: ["Xvây Riêng"] },
      { name: "Prey Veng", country: "KH", surface: ["Prây Veng"] },
    ],
  },
  {
    text: "Hội nghị giao ban giữa tỉnh và tỉnh Cam-pốt (Campuchia) diễn ra tại thành phố Hà Tiên.",
    expect: [{ name: "Kampot", country: "KH", surface: ["Cam-pốt"] }],
    note: "Hà Tiên is Vietnamese",
  },
  {
    text: "Tỉnh phối hợp với các tỉnh Ra-ta-na-ki-ri và Mun-đun-ki-ri (Campuchia) tìm kiếm, quy tập hài cốt liệt sĩ.",
    expect: [
      { name: "Ratanakiri", country: "KH", surface: ["Ra-ta-na-ki-ri"] },
      { name: "Mondulkiri", country: "KH", surface: ["Mun-đun-ki-ri"] },
    ],
  },
  {
    text: "Đoàn công tác của tỉnh đã làm việc với chính quyền Thủ đô Phnôm Pênh về hợp tác đào tạo nguồn nhân lực.",
    expect: [{ name: "Phnom Penh", country: "KH", surface: ["Phnôm Pênh"] }],
    note: "capital municipality",
  },
  {
    text: "Tỉnh tham gia Hội chợ du lịch quốc tế tổ chức tại tỉnh Xiêm Riệp, Vương quốc Campuchia.",
    expect: [{ name: "Siem Reap", country: "KH", surface: ["Xiêm Riệp"] }],
  },
  {
    text: "Lãnh đạo tỉnh tiếp Tỉnh trưởng tỉnh Kampong Cham và tỉnh Tbong Khmum (Campuchia).",
    expect: [
      { name: "Kampong Cham", country: "KH", surface: ["Kampong Cham"] },
      { name: "Tbong Khmum", country: "KH", surface: ["Tbong Khmum"] },
    ],
  },

  // ───────────────────────── China ─────────────────────────
  {
    text: "Tỉnh chủ trì Hội nghị lần thứ 10 Ủy ban công tác liên hợp giữa các tỉnh Lạng Sơn, Quảng Ninh, Cao Bằng, Hà Giang và khu tự trị dân tộc Choang Quảng Tây (Trung Quốc).",
    expect: [{ name: "Guangxi", country: "CN", surface: ["Choang Quảng Tây"] }],
    note: "the four Vietnamese provinces in the same list are not partners",
  },
  {
    text: "Tỉnh tăng cường quan hệ với tỉnh Hồ Nam, tỉnh Vân Nam và Khu tự trị Quảng Tây (Trung Quốc).",
    expect: [
      { name: "Hunan", country: "CN", surface: ["Hồ Nam"] },
      { name: "Yunnan", country: "CN", surface: ["Vân Nam"] },
      { name: "Guangxi", country: "CN", surface: ["Quảng Tây"] },
    ],
  },
  {
    text: "Đoàn công tác tỉnh Hà Nam và đoàn công tác tỉnh Hồ Nam (Trung Quốc) cùng tham dự hội chợ.",
    expect: [{ name: "Hunan", country: "CN", surface: ["Hồ Nam"] }],
    note: "Hà Nam is Vietnamese, Hồ Nam is Hunan",
  },
  {
    text: "Đoàn công tác tỉnh thăm nhà máy của một tập đoàn điện tử tại tỉnh Quảng Đông (Trung Quốc).",
    expect: [{ name: "Guangdong", country: "CN", surface: ["Quảng Đông"] }],
  },
  {
    text: "Hai bên thống nhất mở tuyến vận tải hàng hóa từ cửa khẩu Lào Cai sang tỉnh Vân Nam.",
    expect: [{ name: "Yunnan", country: "CN", surface: ["Vân Nam"] }],
    note: "Lào Cai is a Vietnamese province despite 'Lào'",
  },
  {
    text: "Tỉnh xúc tiến hợp tác du lịch với tỉnh Hải Nam (Trung Quốc) và thành phố Thượng Hải.",
    expect: [
      { name: "Hainan", country: "CN", surface: ["Hải Nam"] },
      { name: "Shanghai", country: "CN", surface: ["Thượng Hải"] },
    ],
    note: "Shanghai is a province-level municipality",
  },
  {
    text: "Doanh nghiệp của tỉnh tham gia Hội chợ Trung Quốc - ASEAN tại thành phố Nam Ninh, Khu tự trị Quảng Tây.",
    expect: [{ name: "Guangxi", country: "CN", surface: ["Quảng Tây"] }],
    partial: true,
    note: "Nanning is a prefecture-level city: tolerated but not required",
  },
  {
    text: "Đoàn doanh nghiệp tỉnh Tứ Xuyên và thành phố Trùng Khánh (Trung Quốc) đến tìm hiểu cơ hội đầu tư.",
    expect: [
      { name: "Sichuan", country: "CN", surface: ["Tứ Xuyên"] },
      { name: "Chongqing", country: "CN", surface: ["Trùng Khánh"] },
    ],
  },
  {
    text: "Lãnh đạo tỉnh tiếp đoàn công tác tỉnh Chiết Giang (Trung Quốc) do Phó Tỉnh trưởng dẫn đầu.",
    expect: [{ name: "Zhejiang", country: "CN", surface: ["Chiết Giang"] }],
  },
  {
    text: "Các tỉnh biên giới Việt Nam (Lạng Sơn, Cao Bằng, Quảng Ninh, Hà Giang) và Quảng Tây thống nhất nâng cấp cửa khẩu.",
    expect: [{ name: "Guangxi", country: "CN", surface: ["Quảng Tây"] }],
    note: "no country after the Chinese unit",
  },

  // ───────────────────────── Korea, Japan ─────────────────────────
  {
    text: "Tỉnh duy trì quan hệ hợp tác với tỉnh Gyeonggi và thành phố Gwangju (Hàn Quốc), tỉnh Gifu (Nhật Bản).",
    expect: [
      { name: "Gyeonggi", country: "KR", surface: ["Gyeonggi"] },
      { name: "Gwangju", country: "KR", surface: ["Gwangju"] },
      { name: "Gifu", country: "JP", surface: ["Gifu"] },
    ],
  },
  {
    text: "Tỉnh Gyeonggi-do đã tài trợ xây dựng trung tâm dạy nghề tại huyện miền núi của tỉnh.",
    expect: [{ name: "Gyeonggi", country: "KR", surface: ["Gyeonggi-do"] }],
  },
  {
    text: "Lãnh đạo tỉnh tiếp đoàn đại biểu tỉnh Gangwon (Hàn Quốc) sang thăm và làm việc.",
    expect: [{ name: "Gangwon", country: "KR", surface: ["Gangwon"] }],
  },
  {
    text: "Đoàn công tác tỉnh thăm và làm việc tại thành phố Busan và thành phố Incheon, Hàn Quốc.",
    expect: [
      { name: "Busan", country: "KR", surface: ["Busan"] },
      { name: "Incheon", country: "KR", surface: ["Incheon"] },
    ],
    note: "metropolitan cities (province-level)",
  },
  {
    text: "Tỉnh ký biên bản ghi nhớ với tỉnh Gyeongsangbuk-do (Hàn Quốc) về hợp tác nông nghiệp.",
    expect: [{ name: "Gyeongsangbuk", country: "KR", surface: ["Gyeongsangbuk-do"] }],
  },
  {
    text: "Hội nghị xúc tiến đầu tư của tỉnh tại tỉnh Shizuoka và tỉnh Tottori (Nhật Bản) thu hút đông đảo doanh nghiệp.",
    expect: [
      { name: "Shizuoka", country: "JP", surface: ["Shizuoka"] },
      { name: "Tottori", country: "JP", surface: ["Tottori"] },
    ],
  },
  {
    text: "Tỉnh thiết lập quan hệ hữu nghị với tỉnh Okayama và tỉnh Fukuoka của Nhật Bản.",
    expect: [
      { name: "Okayama", country: "JP", surface: ["Okayama"] },
      { name: "Fukuoka", country: "JP", surface: ["Fukuoka"] },
    ],
  },
  {
    text: "Tỉnh tổ chức Hội nghị gặp gỡ doanh nghiệp tại phủ Osaka và tỉnh Kanagawa, Nhật Bản.",
    expect: [
      { name: "Osaka", country: "JP", surface: ["Osaka"] },
      { name: "Kanagawa", country: "JP", surface: ["Kanagawa"] },
    ],
  },
  {
    text: "Thống đốc tỉnh Gifu sang thăm và làm việc; hai bên nhất trí đẩy mạnh hợp tác phái cử thực tập sinh. Trước đó, lãnh đạo tỉnh đã có chuyến thăm Gifu.",
    expect: [{ name: "Gifu", country: "JP", surface: ["Gifu"] }],
    note: "no country anywhere; one record",
  },

  // ───────────────────────── Russia and others ─────────────────────────
  {
    text: "Tỉnh tổ chức Hội đàm cấp cao với chính quyền tỉnh Ulianốp.",
    expect: [{ name: "Ulyanovsk Oblast", country: "RU", surface: ["Ulianốp"] }],
    note: "no country given",
  },
  {
    text: "Tỉnh Ulyanovsk (Liên bang Nga) và tỉnh đã ký kết thỏa thuận hợp tác. Thống đốc tỉnh Ulianốp khẳng định sẽ tạo điều kiện cho doanh nghiệp của tỉnh.",
    expect: [{ name: "Ulyanovsk Oblast", country: "RU", surface: ["Ulyanovsk", "Ulianốp"] }],
  },
  {
    text: "Tỉnh tiếp đoàn đại biểu Cộng hòa Bashkortostan (Liên bang Nga) sang tìm hiểu hợp tác giáo dục.",
    expect: [{ name: "Bashkortostan", country: "RU", surface: ["Bashkortostan"] }],
    note: "a republic within the Russian Federation",
  },
  {
    text: "Tỉnh ký biên bản ghi nhớ với tỉnh Na-khon Pha-nom (Thái Lan) về hợp tác du lịch dọc sông Mê Kông.",
    expect: [{ name: "Nakhon Phanom", country: "TH", surface: ["Na-khon Pha-nom"] }],
    note: "the Mekong is not a unit",
  },
  {
    text: "Lãnh đạo tỉnh tiếp Thống đốc tỉnh Udon Thani và tỉnh Sakon Nakhon (Thái Lan).",
    expect: [
      { name: "Udon Thani", country: "TH", surface: ["Udon Thani"] },
      { name: "Sakon Nakhon", country: "TH", surface: ["Sakon Nakhon"] },
    ],
  },
  {
    text: "Đoàn công tác tỉnh làm việc với chính quyền bang California (Hoa Kỳ) về hợp tác giáo dục đại học.",
    expect: [{ name: "California", country: "US", surface: ["California"] }],
  },
  {
    text: "Tỉnh ký thỏa thuận hợp tác với bang Bavaria (CHLB Đức) trong lĩnh vực đào tạo nghề.",
    expect: [{ name: "Bavaria", country: "DE", surface: ["Bavaria"] }],
  },
  {
    text: "Tỉnh thiết lập quan hệ hợp tác với vùng Normandie của Cộng hòa Pháp.",
    expect: [{ name: "Normandy", country: "FR", surface: ["Normandie"] }],
  },
  {
    text: "Lãnh đạo tỉnh tiếp Bí thư Tỉnh ủy tỉnh Artemisa (Cuba) nhân chuyến thăm Việt Nam.",
    expect: [{ name: "Artemisa", country: "CU", surface: ["Artemisa"] }],
  },
  {
    text: "Tỉnh tăng cường quan hệ với các tỉnh Xiêng Khoảng (Lào), Ta Keo (Campuchia), Vân Nam (Trung Quốc) và Gifu (Nhật Bản).",
    expect: [
      { name: "Xiangkhouang", country: "LA", surface: ["Xiêng Khoảng"] },
      { name: "Takeo", country: "KH", surface: ["Ta Keo"] },
      { name: "Yunnan", country: "CN", surface: ["Vân Nam"] },
      { name: "Gifu", country: "JP", surface: ["Gifu"] },
    ],
    note: "each unit with its own country",
  },
  {
    text: "Đoàn công tác tỉnh thăm Khu trưng bày tôn vinh Chủ tịch Hồ Chí Minh tại bảo tàng Newhaven thuộc quận Lewes, hạt East Sussex, vùng England.",
    expect: [{ name: "East Sussex", country: "GB", surface: ["East Sussex"] }],
    partial: true,
    note: "a county is sub-national; Lewes and England are tolerated",
  },
  {
    text: "Đoàn công tác tỉnh thăm nhà máy tại thành phố Đông Quản, tỉnh Quảng Đông (Trung Quốc).",
    expect: [{ name: "Guangdong", country: "CN", surface: ["Quảng Đông"] }],
    partial: true,
    note: "Dongguan (city) is tolerated but not required",
  },
  {
    text: "Tỉnh tham gia Hội nghị hợp tác phát triển các tỉnh hành lang kinh tế Đông - Tây tại tỉnh Savannakhet.",
    expect: [{ name: "Savannakhet", country: "LA", surface: ["Savannakhet"] }],
  },

  // ───────────────────────── negatives ─────────────────────────
  {
    text: "Các tỉnh Lạng Sơn, Quảng Ninh, Cao Bằng và Hà Giang đã phối hợp tổ chức gặp gỡ đầu xuân.",
    expect: [],
    note: "Vietnamese provinces",
  },
  {
    text: "Tỉnh ưu tiên củng cố quan hệ hợp tác với các nước láng giềng, đặc biệt là Lào, Campuchia và Trung Quốc.",
    expect: [],
    note: "countries alone are not partners",
  },
  {
    text: "Ký kết với các đối tác nước ngoài như Công ty Mitsubishi Corporation Việt Nam, JICA (Nhật Bản), JETRO Hà Nội các thỏa thuận hợp tác quan trọng.",
    expect: [],
    note: "companies and agencies",
  },
  {
    text: "Chủ tịch Kim Jong Un sang thăm dự Hội nghị Thượng đỉnh Mỹ - Triều lần 2.",
    expect: [],
    note: "a person",
  },
  {
    text: "Tỉnh tận dụng cơ hội từ Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP).",
    expect: [],
    note: "'Thái Bình Dương' is the Pacific, not a province",
  },
  {
    text: "Đoàn công tác các tỉnh Thái Bình, Hà Nam và Nam Định đến học tập kinh nghiệm.",
    expect: [],
    note: "Vietnamese provinces with names close to foreign ones",
  },
  {
    text: "Đoàn công tác tỉnh thăm nhà máy của Tập đoàn Everwin Precision Hong Kong Company Limited.",
    expect: [],
    note: "Hong Kong inside a company name",
  },
  {
    text: "Lãnh đạo tỉnh tiếp Đại sứ đặc mệnh toàn quyền nước CHDCND Lào tại Việt Nam.",
    expect: [],
  },
  {
    text: "Tỉnh Lào Cai và tỉnh Điện Biên đẩy mạnh xuất khẩu qua các cửa khẩu biên giới.",
    expect: [],
    note: "'Lào Cai' contains 'Lào' but is Vietnamese",
  },
  {
    text: "Bí thư Tỉnh ủy tiếp đoàn doanh nghiệp Hoa Kỳ và Hàn Quốc đến tìm hiểu cơ hội đầu tư.",
    expect: [],
  },
  {
    text: "Điển hình có nhiều doanh nghiệp lớn như Foxconn, Luxshare, Goertek, Everwin, Juteng, Sunny.",
    expect: [],
  },
  {
    text: "Giám đốc Sở Ngoại vụ và ông Reinhold von Ungern-Sternberg ký kết biên bản ghi nhớ hợp tác.",
    expect: [],
  },
  {
    text: "Tỉnh có đường biên giới với Campuchia, cùng với các tỉnh Tây Ninh, Long An, Đồng Tháp, An Giang và Kiên Giang.",
    expect: [],
  },
  {
    text: "Các tỉnh Quảng Bình, Quảng Trị và Quảng Nam tham dự Hội nghị hợp tác hành lang kinh tế Đông - Tây.",
    expect: [],
    note: "'Quảng …' Vietnamese provinces",
  },
  {
    text: "Tỉnh củng cố quan hệ hữu nghị truyền thống với các địa phương Lào, các tỉnh Nam Lào và Đông Bắc Thái Lan.",
    expect: [],
    note: "regions without a named unit",
  },
  {
    text: "Hiệp hội Doanh nghiệp Việt Nam ở châu Âu tổ chức diễn đàn đầu tư vào tỉnh.",
    expect: [],
  },
  {
    text: "Tỉnh tích cực tiếp cận các nhà đầu tư chiến lược từ Nhật Bản, Hàn Quốc, Hoa Kỳ, châu Âu và ASEAN.",
    expect: [],
  },
  {
    text: "Tỉnh tham gia Chương trình hợp tác Tiểu vùng sông Mê Kông mở rộng (GMS) do Ngân hàng Phát triển châu Á tài trợ.",
    expect: [],
  },
  {
    text: "Đoàn đại biểu Thủ đô Hà Nội và Thành phố Hồ Chí Minh tham dự lễ kỷ niệm tại tỉnh.",
    expect: [],
    note: "Vietnamese cities",
  },
  {
    text: "Tỉnh phát triển Khu kinh tế Đông Nam và mở rộng Cảng hàng không quốc tế Vinh.",
    expect: [],
  },
  {
    text: "Đồng bằng sông Cửu Long và vùng Tây Nguyên là địa bàn thu hút nhiều dự án của doanh nghiệp Thái Lan.",
    expect: [],
  },
  {
    text: "Hai bên phối hợp quản lý tốt đường biên giới Việt Nam - Lào và biên giới Việt - Trung.",
    expect: [],
  },
  {
    text: "Phó Thủ tướng Bùi Thanh Sơn đánh giá cao kết quả công tác đối ngoại của tỉnh Nghệ An.",
    expect: [],
  },
  {
    text: "Lãnh đạo tỉnh làm việc với Đại sứ quán Nhật Bản và Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh.",
    expect: [],
  },
  {
    text: "Tỉnh tiếp tục hỗ trợ các tỉnh bạn của Lào và Campuchia trong đào tạo nguồn nhân lực.",
    expect: [],
    note: "'tỉnh bạn' without a name",
  },
  {
    text: "Người dân các xã biên giới của huyện Kỳ Sơn, Tương Dương thường xuyên giao lưu với bà con bên kia biên giới.",
    expect: [],
    note: "Vietnamese districts",
  },
  {
    text: "Tỉnh Sơn La, tỉnh Sơn Tây cũ và thành phố Hải Phòng cùng tham gia chương trình xúc tiến thương mại.",
    expect: [],
  },
  {
    text: "Cơ quan Hợp tác quốc tế Hàn Quốc (KOICA) và Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) tài trợ nhiều dự án.",
    expect: [],
  },
  {
    text: "Cộng đồng người Nam Định ở thành phố Đào Viên (Đài Loan) đóng góp 300.000 Đài tệ; lãnh đạo tỉnh làm việc với thành phố Đài Bắc và thành phố Cao Hùng (Đài Loan, Trung Quốc).",
    expect: [
      { name: "Taoyuan", country: "TW", surface: ["Đào Viên"] },
      { name: "Taipei", country: "TW", surface: ["Đài Bắc"] },
      { name: "Kaohsiung", country: "TW", surface: ["Cao Hùng"] },
    ],
    note: "Taiwan's special municipalities, also when '(Đài Loan, Trung Quốc)' follows",
  },
  {
    text: "Phía châu Văn Sơn (Trung Quốc) có lãnh đạo Chính phủ nhân dân các huyện Ma Lật Pha, Mã Quan.",
    expect: [
      { name: "Wenshan", country: "CN", surface: ["Văn Sơn"] },
      { name: "Malipo", country: "CN", surface: ["Ma Lật Pha"] },
      { name: "Maguan", country: "CN", surface: ["Mã Quan"] },
    ],
    note: "an ambiguous name later in a list after one place word takes the country of the names before it",
  },
  {
    text: "Hợp tác với vùng Centre-Val de Loire và thành phố Blois (Pháp) trong bảo tồn di sản đã kéo dài hơn 30 năm.",
    expect: [
      { name: "Centre-Val de Loire", country: "FR", surface: ["Centre-Val de Loire"] },
      { name: "Blois", country: "FR", surface: ["Blois"] },
    ],
    note: "a lower-case particle inside a Western name",
  },
  {
    text: "Tháng 8/2018, đoàn công tác của tỉnh đã sang thăm bang Minas Gerais và bang Espírito Santo (Brazil); tỉnh Zambézia (Mô-dăm-bích) và tỉnh Zeeland (Hà Lan) cũng là đối tác của tỉnh.",
    expect: [
      { name: "Minas Gerais", country: "BR", surface: ["Minas Gerais"] },
      { name: "Espírito Santo", country: "BR", surface: ["Espírito Santo"] },
      { name: "Zambezia", country: "MZ", surface: ["Zambézia"] },
      { name: "Zeeland", country: "NL", surface: ["Zeeland"] },
    ],
    note: "Brazilian states, Mozambican and Dutch provinces",
  },
];
