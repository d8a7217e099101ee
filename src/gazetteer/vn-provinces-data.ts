// Generated from data/vn-provinces-2025-merger.csv (sapnhap.bando.com.vn, via the
// MIT-licensed tranngocminhhieu/vietnamadminunits; see ../../shared/data/README.md):
// the 34 provincial units after Resolution 202/2025/QH15 and the 63 pre-2025
// provinces each was formed from. Regenerate with scripts/gen-vn-provinces.py.
export interface VnProvince2025 {
  /** name of the post-2025 unit, without "tỉnh"/"thành phố"/"Thủ đô" */
  name: string;
  kind: "province" | "city";
  /** pre-2025 provinces merged into it (itself when unchanged) */
  formedFrom: string[];
  code: number;
}
export const VN_PROVINCES_2025: VnProvince2025[] = [
 {
  "name": "Hà Nội",
  "kind": "city",
  "formedFrom": [
   "Hà Nội"
  ],
  "code": 1
 },
 {
  "name": "Cao Bằng",
  "kind": "province",
  "formedFrom": [
   "Cao Bằng"
  ],
  "code": 7
 },
 {
  "name": "Tuyên Quang",
  "kind": "province",
  "formedFrom": [
   "Hà Giang",
   "Tuyên Quang"
  ],
  "code": 8
 },
 {
  "name": "Lào Cai",
  "kind": "province",
  "formedFrom": [
   "Yên Bái",
   "Lào Cai"
  ],
  "code": 9
 },
 {
  "name": "Điện Biên",
  "kind": "province",
  "formedFrom": [
   "Điện Biên"
  ],
  "code": 13
 },
 {
  "name": "Lai Châu",
  "kind": "province",
  "formedFrom": [
   "Lai Châu"
  ],
  "code": 14
 },
 {
  "name": "Sơn La",
  "kind": "province",
  "formedFrom": [
   "Sơn La"
  ],
  "code": 15
 },
 {
  "name": "Thái Nguyên",
  "kind": "province",
  "formedFrom": [
   "Bắc Kạn",
   "Thái Nguyên"
  ],
  "code": 10
 },
 {
  "name": "Lạng Sơn",
  "kind": "province",
  "formedFrom": [
   "Lạng Sơn"
  ],
  "code": 11
 },
 {
  "name": "Quảng Ninh",
  "kind": "province",
  "formedFrom": [
   "Quảng Ninh"
  ],
  "code": 3
 },
 {
  "name": "Phú Thọ",
  "kind": "province",
  "formedFrom": [
   "Vĩnh Phúc",
   "Hòa Bình",
   "Phú Thọ"
  ],
  "code": 12
 },
 {
  "name": "Bắc Ninh",
  "kind": "province",
  "formedFrom": [
   "Bắc Giang",
   "Bắc Ninh"
  ],
  "code": 2
 },
 {
  "name": "Hải Phòng",
  "kind": "city",
  "formedFrom": [
   "Hải Phòng",
   "Hải Dương"
  ],
  "code": 4
 },
 {
  "name": "Hưng Yên",
  "kind": "province",
  "formedFrom": [
   "Thái Bình",
   "Hưng Yên"
  ],
  "code": 5
 },
 {
  "name": "Ninh Bình",
  "kind": "province",
  "formedFrom": [
   "Hà Nam",
   "Nam Định",
   "Ninh Bình"
  ],
  "code": 6
 },
 {
  "name": "Thanh Hóa",
  "kind": "province",
  "formedFrom": [
   "Thanh Hóa"
  ],
  "code": 16
 },
 {
  "name": "Nghệ An",
  "kind": "province",
  "formedFrom": [
   "Nghệ An"
  ],
  "code": 17
 },
 {
  "name": "Hà Tĩnh",
  "kind": "province",
  "formedFrom": [
   "Hà Tĩnh"
  ],
  "code": 18
 },
 {
  "name": "Quảng Trị",
  "kind": "province",
  "formedFrom": [
   "Quảng Bình",
   "Quảng Trị"
  ],
  "code": 19
 },
 {
  "name": "Huế",
  "kind": "city",
  "formedFrom": [
   "Huế"
  ],
  "code": 20
 },
 {
  "name": "Đà Nẵng",
  "kind": "city",
  "formedFrom": [
   "Đà Nẵng",
   "Quảng Nam"
  ],
  "code": 21
 },
 {
  "name": "Quảng Ngãi",
  "kind": "province",
  "formedFrom": [
   "Kon Tum",
   "Quảng Ngãi"
  ],
  "code": 22
 },
 {
  "name": "Khánh Hòa",
  "kind": "province",
  "formedFrom": [
   "Ninh Thuận",
   "Khánh Hòa"
  ],
  "code": 23
 },
 {
  "name": "Gia Lai",
  "kind": "province",
  "formedFrom": [
   "Bình Định",
   "Gia Lai"
  ],
  "code": 24
 },
 {
  "name": "Đắk Lắk",
  "kind": "province",
  "formedFrom": [
   "Phú Yên",
   "Đắk Lắk"
  ],
  "code": 25
 },
 {
  "name": "Lâm Đồng",
  "kind": "province",
  "formedFrom": [
   "Đắk Nông",
   "Bình Thuận",
   "Lâm Đồng"
  ],
  "code": 26
 },
 {
  "name": "Tây Ninh",
  "kind": "province",
  "formedFrom": [
   "Long An",
   "Tây Ninh"
  ],
  "code": 27
 },
 {
  "name": "Đồng Nai",
  "kind": "province",
  "formedFrom": [
   "Bình Phước",
   "Đồng Nai"
  ],
  "code": 28
 },
 {
  "name": "Hồ Chí Minh",
  "kind": "city",
  "formedFrom": [
   "TPHCM",
   "Bà Rịa - Vũng Tàu",
   "Bình Dương"
  ],
  "code": 29
 },
 {
  "name": "Vĩnh Long",
  "kind": "province",
  "formedFrom": [
   "Bến Tre",
   "Trà Vinh",
   "Vĩnh Long"
  ],
  "code": 30
 },
 {
  "name": "Đồng Tháp",
  "kind": "province",
  "formedFrom": [
   "Tiền Giang",
   "Đồng Tháp"
  ],
  "code": 31
 },
 {
  "name": "An Giang",
  "kind": "province",
  "formedFrom": [
   "Kiên Giang",
   "An Giang"
  ],
  "code": 32
 },
 {
  "name": "Cần Thơ",
  "kind": "city",
  "formedFrom": [
   "Cần Thơ",
   "Sóc Trăng",
   "Hậu Giang"
  ],
  "code": 33
 },
 {
  "name": "Cà Mau",
  "kind": "province",
  "formedFrom": [
   "Bạc Liêu",
   "Cà Mau"
  ],
  "code": 34
 }
];
