// Delegations extractor: "53 đoàn/505 lượt cán bộ", "hơn 60 đoàn cấp cao hai
// chiều", "đón 1.200 lượt khách quốc tế", "Đoàn … gồm 25 người"; direction
// from the cue nearest the figure, countries from the same clause.
import { NUMBER_PHRASE, parseNumberPhrase } from "../../text/numbers.js";
import type { Delegation } from "../../types.js";
import { literalAlternation, type ZoneContext } from "../context.js";
import { insideAny } from "../../text/sentences.js";
import { allMatches, isSpaceUnit } from "../../text/chars.js";
import { countryCode } from "../../gazetteer/foreign.js";
import { lookupVnProvince } from "../../gazetteer/vn-provinces.js";
import {
  COUNTRIES_RE,
  DELEGATION_NOUN,
  DELEGATION_OF_PEOPLE,
  DELEGATION_QUALIFIERS,
  DIRECTION_CUES,
  JOINER,
  NOT_DELEGATION,
  PEOPLE_ALONE_NOUN,
  PEOPLE_NOUN,
  TRAVEL_CONTEXT,
} from "./rules.js";

const N = String.raw`(?<![\p{L}\p{N}.,/-])(?:${NUMBER_PHRASE})`;
/** The people count follows a joiner such as "/", so it has no left guard of its own. */
const P = String.raw`(?<![\p{N}.,])(?:${NUMBER_PHRASE})`;
const WITH_DELEGATIONS = new RegExp(
  String.raw`(?<d>${N})\s+(?<dn>${DELEGATION_NOUN})(?:\s+${DELEGATION_QUALIFIERS}){0,2}(?:(?<join>${JOINER})(?<p>${P})\s+(?<pn>${PEOPLE_NOUN})(?<close>\))?)?`,
  "dyu",
);
/**
 * The people of delegations named at length before them: "2 đoàn chuyên gia của bang Queensland với 17 người",
 * "2 đoàn của Cơ quan Phát triển nguồn nhân lực Hàn Quốc (HRD Korea) với 11 người" (tried where the short form ends).
 */
const PEOPLE_AFTER_NAME = new RegExp(
  String.raw`(?<phrase>(?:[^\d.;,()]|\([^()\d]{1,40}\)){1,90}?)\s(?:với|gồm)\s+(?:(?:tổng số|tổng cộng)\s+)?(?:hơn\s+|trên\s+|khoảng\s+|gần\s+)?(?<p>${P})\s+(?<pn>(?:lượt\s+)?(?:người|thành viên|cán bộ|đại biểu|chuyên gia|khách|nhà báo|phóng viên)(?![\p{L}]))`,
  "yu",
);
/** A name that goes on into another clause is not the delegation's name: "3 đoàn và làm việc với 26 người". */
const NOT_A_NAME = /(?<![\p{L}])(?:và|cùng|hoặc|làm việc|hội đàm|gặp|trao đổi|ký|tiếp|đón|tham dự|dự|thăm|trong đó|tăng|giảm|so)(?![\p{L}])/u;
const PEOPLE_ALONE = new RegExp(String.raw`(?<p>${N})\s+(?<pn>${PEOPLE_ALONE_NOUN})`, "yu");
const OF_PEOPLE = new RegExp(DELEGATION_OF_PEOPLE, "dgu");
/** The same pattern, tried at one position: every match starts with "Đoàn" or "đoàn" (checked against the source; otherwise null). */
const OF_PEOPLE_AT = DELEGATION_OF_PEOPLE.startsWith(String.raw`(?<![\p{L}])[Đđ]oàn`) ? new RegExp(DELEGATION_OF_PEOPLE, "dyu") : null;

/** The matches of OF_PEOPLE, as a global scan finds them, tried only where "Đoàn" or "đoàn" stands. */
function ofPeopleMatches(text: string): RegExpExecArray[] {
  if (!OF_PEOPLE_AT) return allMatches(OF_PEOPLE, text);
  const at: number[] = [];
  for (const w of ["Đoàn", "đoàn"]) for (let x = text.indexOf(w); x >= 0; x = text.indexOf(w, x + 1)) at.push(x);
  at.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let lastEnd = 0;
  for (const x of at) {
    if (x < lastEnd) continue;
    OF_PEOPLE_AT.lastIndex = x;
    const m = OF_PEOPLE_AT.exec(text);
    if (m) {
      out.push(m);
      lastEnd = x + m[0].length;
    }
  }
  return out;
}
const COUNTRIES = new RegExp(COUNTRIES_RE, "gu");
const NOT_DELEGATION_G = new RegExp(NOT_DELEGATION.source, "giu");
const BOTH_WAYS = /hai chiều/gu;
// records are few: these are scanned only around the clauses asked about (same answers as a scan of the zone)
const NOT_DELEGATION_LOCAL = literalAlternation(NOT_DELEGATION_G);
const BOTH_WAYS_LOCAL = literalAlternation(BOTH_WAYS);
/** "số đoàn ra giảm 2 đoàn", "số đoàn vào tăng 4 đoàn": the difference names its direction. */
const CHANGE_OF_NAMED = /đoàn\s+(ra|vào)\s+(?:đã\s+)?(?:tăng|giảm)(?:\s+(?:thêm|đi|bớt))?\s*(?:hơn\s+|trên\s+|khoảng\s+|gần\s+)?$/u;
/** A table row labelled by its direction, up to the figure: "1. Đoàn ra | … | giảm 29 đoàn". */
const ROW_LABEL_DIRECTION = /^\s*(?:\d{1,2}[.)]\s*)?(?:Số\s+)?[Đđ]oàn\s+(ra|vào)(?![\p{L}])[^|\n]{0,40}\|[^\n]*$/u;
const CHANGE_AFTER_COMMA = /,\s*(?:tăng|giảm|vượt)(?:\s+(?:thêm|đi|bớt))?\s*(?:hơn\s+|trên\s+|khoảng\s+|gần\s+)?$/u;

/**
 * Prefilter for the two patterns that read "number phrase, blanks, noun": a
 * number phrase consists of blanks and the characters of NUMBER_PHRASE's
 * source (a superset: digits, "." and ",", the letters of the number and scale
 * words, and some syntax), so the noun begins where a walk over those
 * characters stops, less the noun's own leading characters that are in the
 * set. Each pattern's possible first nouns are checked against its source;
 * if the source ever reads otherwise, the prefilter is off (null).
 */
const PHRASE_CHARS = new Set([...NUMBER_PHRASE, ..."0123456789"].map((c) => c.charCodeAt(0)));
function nounsAtStart(source: string, prefix: string, nouns: string[]): string[] | null {
  return source.startsWith(prefix) && nouns.every((w) => [...w].some((c) => !PHRASE_CHARS.has(c.charCodeAt(0)))) ? nouns : null;
}
const DELEGATION_FIRST = nounsAtStart(DELEGATION_NOUN, String.raw`(?:lượt\s+)?đoàn`, ["lượt", "đoàn"]);
const PEOPLE_ALONE_FIRST = nounsAtStart(PEOPLE_ALONE_NOUN, String.raw`lượt\s+`, ["lượt"]);

/** Whether one of `nouns` can follow a number phrase that starts at `s` (see PHRASE_CHARS). */
function nounAfterPhrase(text: string, s: number, nouns: readonly string[], run: { from: number; stop: number }): boolean {
  // a start inside the run walked last stops where that walk stopped: the walks stay linear over the zone
  let stop = s;
  if (s >= run.from && s < run.stop) stop = run.stop;
  else {
    while (stop < text.length && (PHRASE_CHARS.has(text.charCodeAt(stop)) || isSpaceUnit(text.charCodeAt(stop)))) stop++;
    run.from = s;
    run.stop = stop;
  }
  for (const w of nouns) {
    let k = 0;
    while (PHRASE_CHARS.has(w.charCodeAt(k))) k++;
    if (stop - k >= s && text.startsWith(w, stop - k)) return true;
  }
  return false;
}

type Dir = Delegation["direction"];
/** How far from a figure a direction cue is looked for (a sentence is read up to 600 characters either side). */
const CUE_REACH = 300;

/** A direction cue standing right after a figure (after a parenthesis such as "(46 người)"), else null. */
function verbAfter(after: string): Dir | null {
  // (after a parenthesis, or more nouns of the same people: "29 đoàn/117 lượt cán bộ, công chức, viên chức đi công tác")
  const lead = /^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:,|và)\s*(?:công chức|viên chức|người lao động|chuyên gia|doanh nghiệp|doanh nhân|phóng viên|nhà báo|lãnh đạo|đảng viên|hội viên)\s*)*/u.exec(after)![0].length;
  const rest = after.slice(lead, lead + 40);
  for (const [re, dir] of DIRECTION_CUES) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    // "sang" (over) says only that a border is crossed, not which way: "đoàn … với 24 thành viên sang dự hội nghị"
    if (m && m.index === 0 && dir !== "both" && !m[0].startsWith("sang")) return dir;
  }
  return null;
}
const BLOCKING = new Set(["date", "docnum", "phone", "percent", "ordinal", "time", "vague"]);

function nearestCue(window: string, fromEnd: boolean): Dir {
  let best: { at: number; dir: Dir } | null = null;
  for (const [re, dir] of DIRECTION_CUES) {
    re.lastIndex = 0;
    for (const m of allMatches(re, window)) {
      const at = fromEnd ? m.index! + m[0].length : -m.index!;
      if (!best || at > best.at) best = { at, dir };
    }
  }
  return best?.dir ?? null;
}

interface Found {
  start: number;
  numStart: number;
  end: number;
  d: number | null;
  p: number | null;
  /** the direction the delegation's own name gives ("Đoàn đại biểu tỉnh Vân Nam … gồm 32 thành viên" comes in) */
  own?: Dir;
  /** where the name of a delegation told by its size starts ("đoàn công tác của tỉnh gồm 25 thành viên") */
  nameStart?: number;
}

/** The province's own delegation, named without a place: "đoàn công tác của tỉnh gồm", "Đoàn đại biểu cấp cao tỉnh gồm". */
const OWN_DELEGATION = /^[Đđ]oàn(?:\s+(?:đại biểu|công tác|cấp cao|lãnh đạo|liên ngành|hữu nghị))*(?:\s+(?:của\s+)?(?:tỉnh|thành phố|UBND tỉnh|Tỉnh ủy|HĐND tỉnh))?\s+(?:gồm|với|có)\s/u;
/** "đoàn công tác thành phố Hà Nội gồm", "Đoàn đại biểu tỉnh Tuyên Quang gồm": a delegation of a province of Vietnam, by name. */
const VN_NAMED_DELEGATION = /^[Đđ]oàn(?:\s+(?:đại biểu|công tác|cấp cao|lãnh đạo|liên ngành|hữu nghị))*\s+(?:của\s+)?(?:tỉnh|thành phố|TP\.?)\s+(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})\s+(?:gồm|với|có)\s$/u;
function vnNamed(name: string): boolean {
  const m = VN_NAMED_DELEGATION.exec(name);
  return !!m && lookupVnProvince(m[1]) !== null;
}

/** "do Phó Thống đốc tỉnh Nara dẫn đầu": who leads it, after the size. */
const LED_BY = /^[^.;]{0,100}?(?<![\p{L}])do\s[^.;]{0,80}?(?:dẫn đầu|làm trưởng đoàn)/u;
/** A place the delegation goes to after it: "tại", "sang", "thăm" and a foreign unit or a country in parentheses within a few words. */
const GOES_TO = /(?<![\p{L}])(?:tại|sang|thăm|đến)\s/gu;

/** "Đoàn [đại biểu|công tác|cấp cao …] [của] [tỉnh|châu|…]" right before a foreign unit: the delegation comes from there. */
const FROM_FOREIGN_UNIT = /^[Đđ]oàn(?:\s+(?:đại biểu|công tác|cấp cao|lãnh đạo|liên ngành|hữu nghị|doanh nghiệp|khách))*(?:\s+của)?(?:\s+(?:tỉnh|châu|thành phố|bang|vùng|khu tự trị|huyện|[Cc]hính quyền|Chính phủ nhân dân|Ủy ban nhân dân))*\s+$/u;

/** The direction a headline gives a whole article ("Công tác quản lý đoàn ra năm 2022"), for figures whose sentence has no cue. */
export function headlineDirection(title: string | null): Dir | null {
  if (!title) return null;
  const out = /đoàn\s+ra/iu.test(title), inn = /đoàn\s+vào/iu.test(title);
  return out && inn ? "both" : out ? "outbound" : inn ? "inbound" : null;
}

export function extractDelegations(ctx: ZoneContext, fallbackDirection: Dir | null = null, foreignUnits: readonly { start: number; end: number }[] = []): Delegation[] {
  const text = ctx.text;
  const blocked = ctx.numbers.filter((t) => BLOCKING.has(t.kind));
  const isBlocked = (at: number) => insideAny(blocked, at);
  // patterns are tried only where a number starts
  const starts = ctx.numbers.filter((t) => !BLOCKING.has(t.kind)).map((t) => t.start);
  const run = { from: 0, stop: 0 };
  const at = (re: RegExp, nouns: readonly string[] | null) =>
    starts.map((s) => (nouns && !nounAfterPhrase(text, s, nouns, run) ? null : ((re.lastIndex = s), re.exec(text)))).filter((m): m is RegExpExecArray => m !== null);
  const found: Found[] = [];
  // figures are found in text order per pattern; a binary search over the sorted list says whether a position is taken
  let sorted: Found[] = [];
  const taken = (at: number) => insideAny(sorted, at);
  const resort = () => (sorted = [...found].sort((a, b) => a.start - b.start));

  for (const m of at(WITH_DELEGATIONS, DELEGATION_FIRST)) {
    const g = m.groups!;
    if (isBlocked(m.index!)) continue;
    const d = parseNumberPhrase(g.d);
    if (d === null || d === 0) continue;
    let p = g.p ? parseNumberPhrase(g.p) : null;
    let end = p !== null ? m.index! + m[0].length : m.indices!.groups!.dn![1];
    if (p === null) {
      PEOPLE_AFTER_NAME.lastIndex = m.index! + m[0].length;
      const named = PEOPLE_AFTER_NAME.exec(text);
      if (named && !NOT_A_NAME.test(named.groups!.phrase)) {
        const np = parseNumberPhrase(named.groups!.p);
        if (np) (p = np), (end = named.index + named[0].length);
      }
    }
    found.push({ start: m.index!, numStart: m.index!, end, d, p });
  }
  resort();
  for (const m of ofPeopleMatches(text)) {
    const [ps] = m.indices!.groups!.p!;
    const pe = m.indices!.groups!.pn![1];
    if (taken(ps) || taken(m.index!)) continue;
    const p = parseNumberPhrase(m.groups!.p);
    if (p === null || p === 0) continue;
    const from = foreignUnits.find((u) => u.start > m.index! && u.start < ps && FROM_FOREIGN_UNIT.test(text.slice(m.index!, u.start)));
    found.push({ start: ps, numStart: ps, end: pe, d: null, p, nameStart: m.index!, ...(from ? { own: "inbound" as const } : {}) });
  }
  resort();
  for (const m of at(PEOPLE_ALONE, PEOPLE_ALONE_FIRST)) {
    const start = m.index!;
    if (isBlocked(start) || taken(start)) continue;
    const p = parseNumberPhrase(m.groups!.p);
    if (p === null || p === 0) continue;
    const clause = ctx.clause(start, start + m[0].length);
    const sentence = ctx.sentence(start, start);
    if (!TRAVEL_CONTEXT.test(text.slice(Math.max(sentence.start, start - 80), Math.min(sentence.end, start + m[0].length + 60)))) continue;
    if (!TRAVEL_CONTEXT.test(text.slice(clause.start, clause.end)) && !/đón|tiếp|cử/u.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
    found.push({ start, numStart: start, end: start + m[0].length, d: null, p });
  }
  found.sort((a, b) => a.start - b.start);

  /** The place after "tại", "sang", "thăm", "đến" in text[from, to): abroad, a Vietnamese province, or neither. */
  const placeAt = (from: number, to: number): "abroad" | "vn" | null => {
    for (const g of allMatches(GOES_TO, text.slice(from, to))) {
      const at = from + g.index! + g[0].length;
      if (foreignUnits.some((u) => u.start >= at && u.start <= at + 30)) return "abroad";
      const paren = /^[^.;()]{0,40}\(([^()]{2,30})\)/u.exec(text.slice(at, to));
      if (paren && (countryCode(paren[1]) ?? "VN") !== "VN") return "abroad";
      // a country or a province named right there: "tại Hàn Quốc", "tại Bắc Kạn"
      const words = /^(?:tỉnh\s+|thành phố\s+|TP\.?\s+)?(\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})/u.exec(text.slice(at, to));
      if (words) {
        const w = words[1].split(/\s+/);
        for (let k = w.length; k >= 1; k--) {
          const name = w.slice(0, k).join(" ");
          const code = countryCode(name);
          if (code) return code === "VN" ? null : "abroad";
          if (lookupVnProvince(name)) return "vn";
        }
      }
    }
    return null;
  };
  /**
   * One delegation told by its size, no verb of direction near it: led by an official of a foreign unit it
   * comes in ("Đoàn gồm 9 thành viên, do Phó Thống đốc tỉnh Nara dẫn đầu"); the province's own delegation
   * with a foreign place it goes to in its sentence goes out ("đoàn công tác của tỉnh gồm 25 thành viên …
   * đã tổ chức hội nghị tại tỉnh Hiroshima (Nhật Bản)", "chuyến thăm tỉnh Ubon Ratchathani (Thái Lan) … của
   * đoàn đại biểu cấp cao tỉnh gồm 12 thành viên").
   */
  const oneDelegation = (f: Found, sentence: { start: number; end: number }): Dir | null => {
    const led = LED_BY.exec(text.slice(f.end, sentence.end));
    if (led && foreignUnits.some((u) => u.start >= f.end && u.end <= f.end + led[0].length)) return "inbound";
    const own = OWN_DELEGATION.test(text.slice(f.nameStart!, f.start));
    const after = placeAt(f.end, sentence.end);
    // a delegation that comes to a province of Vietnam to visit and work there: "Đoàn gồm 14 thành viên, thăm và làm việc tại Bắc Kạn"
    // (not one the text calls the province's own: "đoàn công tác của tỉnh … làm việc tại Hà Nội" stays at home)
    const ownNamed = own && /(?:tỉnh|thành phố|Tỉnh ủy|UBND|HĐND)\s*(?:gồm|với|có)\s*$/u.test(text.slice(f.nameStart!, f.start));
    if (after === "vn" && !ownNamed && !vnNamed(text.slice(f.nameStart!, f.start)) && /^[^.;]{0,120}?(?:thăm|làm việc|khảo sát)/u.test(text.slice(f.end, sentence.end))) return "inbound";
    // a Vietnamese province's delegation, named ("đoàn công tác thành phố Hà Nội gồm 9 thành viên … tại thành phố Fukuoka (Nhật Bản)")
    if (!own && !vnNamed(text.slice(f.nameStart!, f.start))) return null;
    if (after === "abroad") return "outbound";
    if (/chuyến (?:thăm|công tác|làm việc)/u.test(text.slice(sentence.start, f.nameStart!)) && placeAt(sentence.start, f.nameStart!) === "abroad") return "outbound";
    return null;
  };

  const out: Delegation[] = [];
  let prev: { rec: Delegation; f: Found; sentenceStart: number } | null = null;
  for (let i = 0; i < found.length; i++) {
    const f = found[i];
    const sentence = ctx.sentence(f.start, f.end);
    const clause = ctx.clause(f.start, f.end);
    // (a delegation told by its size: only its own name, "Đoàn … (Lào) gồm 12 thành viên đã sang trao đổi kinh nghiệm quản lý lao động" is a delegation)
    const [notFrom, notTo] = f.nameStart !== undefined ? [f.nameStart, f.end] : [clause.start, clause.end];
    if (NOT_DELEGATION_LOCAL ? ctx.hasLocalMatchIn(NOT_DELEGATION_LOCAL, notFrom, notTo) : ctx.hasMatchIn(NOT_DELEGATION_G, notFrom, notTo)) continue;
    const samePrev = prev && prev.sentenceStart === sentence.start ? prev : null;
    const prevEnd = samePrev ? samePrev.f.end : sentence.start;
    const nextStart = Math.min(sentence.end, i + 1 < found.length ? found[i + 1].start : sentence.end);
    const context = ctx.context(f.numStart, f.end, prevEnd);
    // a figure listed after another in the same sentence shares its status ("đã cử 8 đoàn … và 21 đoàn …")
    // (also across a semicolon that goes on with the other direction: "đã đón 11 đoàn …; (đồng thời) cử 09 đoàn")
    if (context.status === null && samePrev && !context.change && /^(?:[\s,]*(?:và|,)?[^.;]{0,40}|[^.;]{0,60};\s*(?:đồng thời\s+)?(?:cử|đón|tiếp|tổ chức)[^.;]{0,30})$/u.test(text.slice(prevEnd, f.start))) context.status = samePrev.rec.status;
    // the size of one delegation, its verb after it: "Đoàn … gồm 32 thành viên đã khảo sát …"
    // (also after who leads it: "… gồm 25 thành viên do Chủ tịch UBND tỉnh dẫn đầu đã tổ chức …")
    if (context.status === null && f.d === null && /^\s*(?:\([^()]{0,40}\)\s*)?(?:,?\s*do\s[^.;]{0,80}?(?:dẫn đầu|làm trưởng đoàn)\s*,?\s*)?(?:cùng\s[^.;]{0,60}?,\s*)?đã\s+\p{Ll}/u.test(text.slice(f.end, Math.min(nextStart, f.end + 160)))) context.status = "actual";
    // direction: "N đoàn ra/vào" itself, then "hai chiều" in the clause, then the nearest cue before, then after
    let direction: Dir | null = null;
    const own = text.slice(f.start, Math.min(nextStart, f.end + 40));
    if (/đoàn\s+ra,?\s*(?:và\s+)?đoàn\s+vào|đoàn\s+vào,?\s*(?:và\s+)?đoàn\s+ra/u.test(own)) direction = "both";
    // "khoảng 30 đoàn trao đổi các cấp": delegations exchanged go both ways
    if (/^[^,;]*?đoàn\s+trao đổi(?![\p{L}])/u.test(own)) direction = "both";
    const ownDir = direction ? null : /^[^,;]*?đoàn\s+(ra|vào)(?![\p{L}])/u.exec(own);
    if (!direction && ownDir) direction = ownDir[1] === "ra" ? "outbound" : "inbound";
    if (!direction && f.own) direction = f.own;
    // "đoàn khách quốc tế", "đoàn khách nước ngoài": guests come in
    if (!direction && /^[^,;]*?đoàn\s+khách\s+(?:quốc tế|nước ngoài)(?![\p{L}])/u.test(own)) direction = "inbound";
    if (!direction && (BOTH_WAYS_LOCAL ? ctx.hasLocalMatchIn(BOTH_WAYS_LOCAL, clause.start, Math.min(nextStart, clause.end)) : ctx.hasMatchIn(BOTH_WAYS, clause.start, Math.min(nextStart, clause.end)))) direction = "both";
    if (!direction && context.change) {
      // "…, giảm 41 đoàn so với năm 2019" qualifies the figure before it; "số đoàn ra giảm 2 đoàn" names its
      // direction in its own clause; otherwise a difference has no direction of its own
      if (samePrev && CHANGE_AFTER_COMMA.test(text.slice(prevEnd, f.start))) direction = samePrev.rec.direction;
      else {
        const named = CHANGE_OF_NAMED.exec(text.slice(Math.max(clause.start, prevEnd), f.start));
        if (named) direction = named[1] === "ra" ? "outbound" : "inbound";
        else {
          // a table row's label names it: "1. Đoàn ra | 34 đoàn/196 lượt người | 05 đoàn/27 lượt người | giảm 29 đoàn"
          const lineStart = text.lastIndexOf("\n", f.start - 1) + 1;
          const row = f.start - lineStart <= 300 ? ROW_LABEL_DIRECTION.exec(text.slice(lineStart, f.start)) : null;
          if (row) direction = row[1] === "ra" ? "outbound" : "inbound";
        }
      }
    } else if (!direction) {
      // the verb right after the figure ("9 đoàn (46 người) đi công tác nước ngoài") says it before any cue further back
      direction =
        verbAfter(text.slice(f.end, nextStart)) ??
        nearestCue(text.slice(Math.max(prevEnd, f.start - CUE_REACH), f.start), true) ??
        // one delegation told by its size: who leads it and where it goes say more than a verb after it
        // ("Đoàn gồm 45 thành viên, …, sang thăm và làm việc tại Đà Nẵng" comes in)
        (f.nameStart !== undefined ? oneDelegation(f, sentence) : null) ??
        nearestCue(text.slice(f.end, Math.min(nextStart, f.end + CUE_REACH)), false) ??
        // a figure that continues the sentence of another shares its verb ("đã đón tiếp 178 đoàn …, song … với 23 đoàn cấp Bộ trưởng")
        (samePrev && samePrev.rec.direction !== "unknown" ? samePrev.rec.direction : null) ??
        fallbackDirection ??
        "unknown";
    }
    // countries: in the same sentence after the figure, before the next figure
    let countries: number | null = null;
    COUNTRIES.lastIndex = 0;
    const cm = COUNTRIES.exec(text.slice(f.end, nextStart));
    if (cm) countries = parseNumberPhrase(cm.groups!.n);
    const start = f.start - ctx.qualifierLength(f.start);
    const ev = ctx.evidence(start, f.end);
    // fields written out, not spread: an object spread with more fields after it is slow in V8
    const rec: Delegation = { text: ev.text, zone: ev.zone, start: ev.start, end: ev.end, sentence: ev.sentence, qualifier: context.qualifier, status: context.status, change: context.change, period: context.period, direction: direction ?? null, delegations: f.d, people: f.p, countries };
    out.push(rec);
    prev = { rec, f, sentenceStart: sentence.start };
  }
  return out;
}
