import { describe, it, expect } from "vitest";
import { FOREIGN_UNITS, type ForeignUnit } from "../src/gazetteer/foreign-units.js";
import { COUNTRIES } from "../src/gazetteer/countries.js";

/** Spelling key: no diacritics, lower case, đ→d, no spaces, hyphens or punctuation. */
function key(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .replace(/[\s\-‐–—'’.,&/()]/g, "");
}

function isAmbiguous(unit: ForeignUnit, spelling: string): boolean {
  if (!unit.ambiguous) return false;
  if (!unit.ambiguousNames) return true;
  const k = key(spelling);
  return unit.ambiguousNames.some((n) => key(n) === k);
}

const unitId = (unit: ForeignUnit): string => `${unit.country}:${unit.name}`;

// Vietnamese provinces: the 63 before 2025, the former ones still met in
// older text, and the post-2025 units (all already among the 63).
const VN_PROVINCES = [
  "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương",
  "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
  "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình",
  "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
  "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
  "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế",
  "Tiền Giang", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
  "Hà Bắc", "Hà Tây", "Sơn Tây", "Hà Sơn Bình", "Nghệ Tĩnh", "Bình Trị Thiên", "Hải Hưng", "Vĩnh Phú", "Hoàng Liên Sơn",
  "Cửu Long", "Nghĩa Bình", "Phú Khánh", "Thuận Hải", "Sông Bé", "Minh Hải", "Gia Định", "Hà Tuyên", "Bắc Thái", "Cao Lạng",
];

const COUNTRY_CODES = new Set(COUNTRIES.map((c) => c.code));

describe("FOREIGN_UNITS: shape", () => {
  it("every unit has a canonical name, a type and a names list that contains it", () => {
    for (const unit of FOREIGN_UNITS) {
      expect(unit.name.trim(), unitId(unit)).not.toBe("");
      expect(unit.type.trim(), unitId(unit)).not.toBe("");
      expect(unit.names.length, unitId(unit)).toBeGreaterThan(0);
      expect(unit.names.some((n) => key(n) === key(unit.name)), unitId(unit)).toBe(true);
    }
  });

  it("spellings are trimmed, NFC, single-spaced and not repeated within a unit", () => {
    for (const unit of FOREIGN_UNITS) {
      const seen = new Set<string>();
      for (const n of unit.names) {
        expect(n, unitId(unit)).toBe(n.trim());
        expect(n, unitId(unit)).toBe(n.normalize("NFC"));
        expect(n, unitId(unit)).not.toMatch(/\s{2,}/);
        expect(key(n).length, `${unitId(unit)} "${n}"`).toBeGreaterThan(0);
        expect(seen.has(n), `${unitId(unit)} repeats "${n}"`).toBe(false);
        seen.add(n);
      }
    }
  });

  it("country codes are ISO alpha-2 codes listed in COUNTRIES", () => {
    for (const unit of FOREIGN_UNITS) {
      expect(unit.country, unitId(unit)).toMatch(/^[A-Z]{2}$/);
      expect(COUNTRY_CODES.has(unit.country), unitId(unit)).toBe(true);
    }
  });

  it("ISO 3166-2 codes start with the country code and are unique", () => {
    const seen = new Map<string, string>();
    for (const unit of FOREIGN_UNITS) {
      if (unit.code === null) continue;
      expect(unit.code.startsWith(`${unit.country}-`), unitId(unit)).toBe(true);
      expect(unit.code, unitId(unit)).toMatch(/^[A-Z]{2}-[A-Z0-9]{1,3}$/);
      expect(seen.get(unit.code), `${unit.code} used twice`).toBeUndefined();
      seen.set(unit.code, unitId(unit));
    }
  });

  it("no canonical name repeats within a country", () => {
    const seen = new Set<string>();
    for (const unit of FOREIGN_UNITS) {
      const id = `${unit.country}:${key(unit.name)}`;
      expect(seen.has(id), `duplicate ${unitId(unit)}`).toBe(false);
      seen.add(id);
    }
  });

  it("ambiguousNames are spellings of the unit, and only set on ambiguous units", () => {
    for (const unit of FOREIGN_UNITS) {
      if (unit.ambiguousNames === undefined) continue;
      expect(unit.ambiguous, unitId(unit)).toBe(true);
      expect(unit.ambiguousNames.length, unitId(unit)).toBeGreaterThan(0);
      for (const n of unit.ambiguousNames) expect(unit.names, unitId(unit)).toContain(n);
    }
  });
});

describe("FOREIGN_UNITS: coverage", () => {
  const count = (cc: string) => FOREIGN_UNITS.filter((u) => u.country === cc).length;
  const codes = (cc: string) => new Set(FOREIGN_UNITS.filter((u) => u.country === cc).map((u) => u.code));

  it.each([
    ["LA", 18], ["KH", 25], ["CN", 34], ["TH", 77], ["KR", 17], ["JP", 47], ["MM", 15], ["RU", 80],
    ["BY", 7], ["BG", 28], ["CU", 16], ["DE", 16], ["HU", 20], ["IT", 20], ["MN", 22], ["PL", 16],
    ["US", 51], ["AU", 8], ["CA", 13], ["GB", 4],
  ] as const)("%s has at least %i units", (cc, min) => {
    expect(count(cc)).toBeGreaterThanOrEqual(min);
  });

  it("Laos: every ISO 3166-2:LA code", () => {
    const want = ["AT", "BK", "BL", "CH", "HO", "KH", "LM", "LP", "OU", "PH", "SL", "SV", "VI", "VT", "XA", "XE", "XI", "XS"];
    for (const c of want) expect(codes("LA").has(`LA-${c}`), `LA-${c}`).toBe(true);
  });

  it("Cambodia: KH-1 .. KH-25", () => {
    for (let i = 1; i <= 25; i++) expect(codes("KH").has(`KH-${i}`), `KH-${i}`).toBe(true);
  });

  it("Japan: JP-01 .. JP-47", () => {
    for (let i = 1; i <= 47; i++) {
      const c = `JP-${String(i).padStart(2, "0")}`;
      expect(codes("JP").has(c), c).toBe(true);
    }
  });

  it("China: every provincial-level unit except Taiwan", () => {
    const want = [
      "AH", "BJ", "CQ", "FJ", "GD", "GS", "GX", "GZ", "HA", "HB", "HE", "HI", "HK", "HL", "HN", "JL", "JS",
      "JX", "LN", "MO", "NM", "NX", "QH", "SC", "SD", "SH", "SN", "SX", "TJ", "XJ", "XZ", "YN", "ZJ",
    ];
    for (const c of want) expect(codes("CN").has(`CN-${c}`), `CN-${c}`).toBe(true);
    expect(codes("CN").has("CN-TW")).toBe(false);
  });

  it("South Korea: all 17 first-level codes", () => {
    for (const n of [11, 26, 27, 28, 29, 30, 31, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50]) {
      expect(codes("KR").has(`KR-${n}`), `KR-${n}`).toBe(true);
    }
  });
});

describe("FOREIGN_UNITS: ambiguity and clashes", () => {
  it("no spelling maps to two units unless one of them marks it ambiguous", () => {
    const bySpelling = new Map<string, { unit: ForeignUnit; spelling: string }[]>();
    for (const unit of FOREIGN_UNITS) {
      for (const spelling of unit.names) {
        const k = key(spelling);
        const list = bySpelling.get(k) ?? [];
        if (!list.some((e) => e.unit === unit)) list.push({ unit, spelling });
        bySpelling.set(k, list);
      }
    }
    const clashes: string[] = [];
    for (const [k, list] of bySpelling) {
      if (list.length < 2) continue;
      if (list.some((e) => isAmbiguous(e.unit, e.spelling))) continue;
      clashes.push(`${k}: ${list.map((e) => unitId(e.unit)).join(", ")}`);
    }
    expect(clashes).toEqual([]);
  });

  it("spellings of three letters or fewer are ambiguous", () => {
    const bad: string[] = [];
    for (const unit of FOREIGN_UNITS) {
      for (const n of unit.names) if (key(n).length <= 3 && !isAmbiguous(unit, n)) bad.push(`${unitId(unit)} "${n}"`);
    }
    expect(bad).toEqual([]);
  });

  it("spellings that are Vietnamese province names are ambiguous", () => {
    const vn = new Set(VN_PROVINCES.map(key));
    const bad: string[] = [];
    for (const unit of FOREIGN_UNITS) {
      for (const n of unit.names) if (vn.has(key(n)) && !isAmbiguous(unit, n)) bad.push(`${unitId(unit)} "${n}"`);
    }
    expect(bad).toEqual([]);
    // the known homographs are there and marked
    const henan = FOREIGN_UNITS.find((u) => u.name === "Henan")!;
    expect(henan.names).toContain("Hà Nam");
    expect(isAmbiguous(henan, "Hà Nam")).toBe(true);
  });

  it("spellings that are country or territory names are ambiguous", () => {
    const countryKeys = new Set(COUNTRIES.flatMap((c) => c.names.map(key)));
    const bad: string[] = [];
    for (const unit of FOREIGN_UNITS) {
      for (const n of unit.names) if (countryKeys.has(key(n)) && !isAmbiguous(unit, n)) bad.push(`${unitId(unit)} "${n}"`);
    }
    expect(bad).toEqual([]);
    const georgia = FOREIGN_UNITS.find((u) => u.country === "US" && u.name === "Georgia")!;
    expect(isAmbiguous(georgia, "Georgia")).toBe(true);
  });

  it("the examples the brief calls ambiguous are marked", () => {
    const cases: [string, string, string][] = [
      ["US", "Washington", "Washington"],
      ["AU", "Victoria", "Victoria"],
      ["MM", "Mon", "Mon"],
      ["MM", "Chin", "Chin"],
      ["MM", "Shan", "Shan"],
      ["RU", "Vladimir Oblast", "Vladimir"],
      ["CN", "Shanxi", "Sơn Tây"],
      ["CN", "Hebei", "Hà Bắc"],
    ];
    for (const [cc, name, spelling] of cases) {
      const unit = FOREIGN_UNITS.find((u) => u.country === cc && u.name === name);
      expect(unit, `${cc}:${name}`).toBeDefined();
      expect(unit!.names).toContain(spelling);
      expect(isAmbiguous(unit!, spelling), `${cc}:${name} "${spelling}"`).toBe(true);
    }
  });
});

describe("FOREIGN_UNITS: spellings found in the sample articles and the spec", () => {
  // Resolve a spelling the way a simple matcher would: by key, preferring the
  // longest key, among units for which the spelling is not ambiguous.
  function resolve(spelling: string): ForeignUnit[] {
    const k = key(spelling);
    return FOREIGN_UNITS.filter((u) => u.names.some((n) => key(n) === k && !isAmbiguous(u, n)));
  }

  it.each([
    ["Ta Keo", "KH", "Takeo"],
    ["Takeo", "KH", "Takeo"],
    ["Kandal", "KH", "Kandal"],
    ["Champasak", "LA", "Champasak"],
    ["Champassak", "LA", "Champasak"],
    ["Champasack", "LA", "Champasak"],
    ["Chăm-pa-sắc", "LA", "Champasak"],
    ["Chămpasắc", "LA", "Champasak"],
    ["Choang Quảng Tây", "CN", "Guangxi"],
    ["khu tự trị dân tộc Choang Quảng Tây", "CN", "Guangxi"],
    ["Guangxi Zhuang Autonomous Region", "CN", "Guangxi"],
    ["Ulianốp", "RU", "Ulyanovsk Oblast"],
    ["Ulyanovsk", "RU", "Ulyanovsk Oblast"],
    ["Xiêng Khoảng", "LA", "Xiangkhouang"],
    ["Xieng Khouang", "LA", "Xiangkhouang"],
    ["Hủa Phăn", "LA", "Houaphanh"],
    ["Hua Phan", "LA", "Houaphanh"],
    ["Bo Ly Khăm Xay", "LA", "Bolikhamxay"],
    ["Bô-ly-khăm-xay", "LA", "Bolikhamxay"],
    ["Bolikhamsai", "LA", "Bolikhamxay"],
    ["Hồ Nam", "CN", "Hunan"],
    ["Gyeonggi", "KR", "Gyeonggi"],
    ["Gyeonggi-do", "KR", "Gyeonggi"],
    ["Gwangju", "KR", "Gwangju"],
    ["Gifu", "JP", "Gifu"],
    ["Viêng Chăn", "LA", "Vientiane Prefecture"],
    ["Viêng-chăn", "LA", "Vientiane Prefecture"],
    ["Vientiane", "LA", "Vientiane Prefecture"],
    ["Thủ đô Viêng Chăn", "LA", "Vientiane Prefecture"],
    ["tỉnh Viêng Chăn", "LA", "Vientiane Province"],
    ["Quảng Đông", "CN", "Guangdong"],
    ["Đông Quản", "CN", "Dongguan"],
    ["East Sussex", "GB", "East Sussex"],
    ["England", "GB", "England"],
    ["Lewes", "GB", "Lewes"],
    ["Mát-xcơ-va", "RU", "Moscow"],
    ["Xanh Pê-téc-bua", "RU", "Saint Petersburg"],
    ["Băng Cốc", "TH", "Bangkok"],
    ["Phnôm Pênh", "KH", "Phnom Penh"],
    ["Tô-ky-ô", "JP", "Tokyo"],
    ["Tōkyō", "JP", "Tokyo"],
    ["Hyōgo", "JP", "Hyogo"],
    ["U-lan-ba-to", "MN", "Ulaanbaatar"],
    ["Ca-li-phoóc-ni-a", "US", "California"],
    ["La Habana", "CU", "Havana"],
    ["Bayern", "DE", "Bavaria"],
  ] as const)("%s → %s %s", (spelling, country, name) => {
    const hits = resolve(spelling);
    if (spelling === "Bayern") {
      // ambiguous (FC Bayern): found only through the unit's own list
      const unit = FOREIGN_UNITS.find((u) => u.country === country && u.name === name)!;
      expect(unit.names).toContain(spelling);
      return;
    }
    expect(hits.map(unitId)).toEqual([`${country}:${name}`]);
  });
});

describe("COUNTRIES", () => {
  it("has at least 50 countries with unique ISO alpha-2 codes", () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(50);
    const codes = COUNTRIES.map((c) => c.code);
    for (const c of codes) expect(c).toMatch(/^[A-Z]{2}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("every country has an English name and Vietnamese names; no spelling names two countries", () => {
    const owner = new Map<string, string>();
    for (const c of COUNTRIES) {
      expect(c.name.trim()).not.toBe("");
      expect(c.names.length, c.code).toBeGreaterThan(0);
      for (const n of c.names) {
        expect(n, c.code).toBe(n.normalize("NFC"));
        const k = key(n);
        const prev = owner.get(k);
        expect(prev === undefined || prev === c.code, `"${n}" in ${prev} and ${c.code}`).toBe(true);
        owner.set(k, c.code);
      }
      for (const n of c.ambiguousNames ?? []) expect(c.names, c.code).toContain(n);
    }
  });

  it.each([
    ["Lào", "LA"], ["CHDCND Lào", "LA"], ["nước CHDCND Lào", "LA"], ["Cộng hòa Dân chủ Nhân dân Lào", "LA"],
    ["Campuchia", "KH"], ["Vương quốc Campuchia", "KH"], ["Cam-pu-chia", "KH"], ["Trung Quốc", "CN"], ["CHND Trung Hoa", "CN"],
    ["Hàn Quốc", "KR"], ["Đại Hàn", "KR"], ["Nhật Bản", "JP"], ["Nhật", "JP"], ["Liên bang Nga", "RU"], ["LB Nga", "RU"],
    ["Nga", "RU"], ["Thái Lan", "TH"], ["Myanmar", "MM"], ["Mi-an-ma", "MM"], ["Hoa Kỳ", "US"], ["Mỹ", "US"], ["Pháp", "FR"],
    ["Đức", "DE"], ["CHLB Đức", "DE"], ["Ý", "IT"], ["Italia", "IT"], ["I-ta-li-a", "IT"], ["Cuba", "CU"], ["Cu Ba", "CU"],
    ["Belarus", "BY"], ["Bê-la-rút", "BY"], ["Bun-ga-ri", "BG"], ["Hung-ga-ri", "HU"], ["Ba Lan", "PL"], ["Mông Cổ", "MN"],
    ["Úc", "AU"], ["Ô-xtrây-li-a", "AU"], ["Anh", "GB"], ["Vương quốc Anh", "GB"], ["Ca-na-đa", "CA"], ["Ấn Độ", "IN"],
    ["In-đô-nê-xi-a", "ID"], ["Indonexia", "ID"], ["Phi-líp-pin", "PH"], ["CHDCND Triều Tiên", "KP"], ["Séc", "CZ"],
    ["Thụy Điển", "SE"], ["Niu Di-lân", "NZ"],
  ] as const)("%s is %s", (spelling, code) => {
    const c = COUNTRIES.find((x) => x.names.some((n) => key(n) === key(spelling)));
    expect(c?.code).toBe(code);
  });
});
