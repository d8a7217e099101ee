// Agreements extractor: a stated count of signed documents, its kind, level
// and the partners named in the same clause.
import { NUMBER_PHRASE, parseNumberPhrase } from "../../text/numbers.js";
import type { Agreement } from "../../types.js";
import type { ZoneContext } from "../context.js";
import { insideAny } from "../../text/sentences.js";
import { allMatches, isSpaceUnit, lowerUnit } from "../../text/chars.js";
import { AGREEMENT_TOPIC, DEPARTMENTS_SIGNING, KINDS, LEVEL_BEFORE, LEVELS, SIGNING } from "./rules.js";

export interface PartnerMention {
  name: string;
  start: number;
  end: number;
}

// matched on the lower-cased text (same offsets): "03 Thỏa thuận quốc tế" is written too
const AGREEMENT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-])(?<n>${NUMBER_PHRASE})\s+(?:bản\s+(?!ghi nhớ))?(?<kind>${KINDS.map((k, i) => `(?<k${i}>${k.pattern})`).join("|")})(?![\p{L}])`,
  "yu",
);
const BLOCKING = new Set(["date", "docnum", "phone", "percent", "ordinal", "year", "time", "vague"]);

/**
 * Prefilter for AGREEMENT_RE (number phrase, blanks, optional "bản", document
 * noun), read on the text as written: a walk over the characters a number
 * phrase can consist of (those of NUMBER_PHRASE's source, a superset, and
 * blanks, compared lower-cased) stops inside the noun, at its first character
 * outside that set; the noun is then compared lower-cased. The nouns' heads
 * are checked against the KINDS patterns at load; if they do not cover every
 * pattern, or a head lies wholly inside the set, the prefilter is off (null).
 * (Text with U+0130, the one character whose lower case is longer, keeps the
 * full path: its lower-cased offsets shift.)
 */
const PHRASE_CHARS = new Set([...NUMBER_PHRASE, ..."0123456789"].map((c) => c.charCodeAt(0)));
function inPhrase(c: number): boolean {
  return isSpaceUnit(c) || PHRASE_CHARS.has(lowerUnit(c));
}
const KIND_HEADS: { head: string; k: number }[] | null = (() => {
  const heads = ["biên bản", "bản ghi nhớ", "thỏa thuận", "thoả thuận", "văn bản", "văn kiện", "hiệp định", "chương trình hợp tác", "kế hoạch hợp tác", "mou"];
  /** the literal starts of a pattern, with its plain (?:a|b) groups spelled out */
  const starts = (p: string): string[] => {
    // a group of plain alternatives (no other syntax inside), not repeated or optional
    const g = /\(\?:([^()[\]{}\\?*+.^$]+)\)(?![?*+{])/.exec(p);
    if (g) return g[1].split("|").flatMap((alt) => starts(p.slice(0, g.index) + alt + p.slice(g.index + g[0].length)));
    return [p.slice(0, p.search(/[()[\]{}|?*+.\\^$]|$/))];
  };
  if (!KINDS.every((k) => starts(k.pattern).every((s) => heads.some((h) => s.startsWith(h))))) return null;
  const withK = heads.map((head) => ({ head, k: [...head].findIndex((c) => !inPhrase(c.charCodeAt(0))) }));
  if (withK.some((h) => h.k < 0)) return null;
  // "bản" may stand between the number and the noun: the walk must pass over it, or stop in it
  const ban = [..."bản"].findIndex((c) => !inPhrase(c.charCodeAt(0)));
  if (ban >= 0) withK.push({ head: "bản", k: ban });
  return withK;
})();

/** Whether one of the heads can follow a number phrase that starts at `s` (see KIND_HEADS). */
function headAfterPhrase(text: string, s: number, heads: { head: string; k: number }[], run: { from: number; stop: number }): boolean {
  // a start inside the run walked last stops where that walk stopped: the walks stay linear over the zone
  let stop = s;
  if (s >= run.from && s < run.stop) stop = run.stop;
  else {
    while (stop < text.length && inPhrase(text.charCodeAt(stop))) stop++;
    run.from = s;
    run.stop = stop;
  }
  for (const { head, k } of heads) if (stop - k >= s && lowerStartsWith(text, stop - k, head)) return true;
  return false;
}

/** text.slice(at, at + head.length).toLowerCase() === head, unit by unit (equal for heads without Σ, in text without U+0130). */
function lowerStartsWith(text: string, at: number, head: string): boolean {
  if (at + head.length > text.length) return false;
  for (let i = 0; i < head.length; i++) if (lowerUnit(text.charCodeAt(at + i)) !== head.charCodeAt(i)) return false;
  return true;
}

/** Departments named as the parties right after the figure. */
const BETWEEN_DEPARTMENTS = /^\s*(?:giữa|của)\s+(?:các\s+)?sở\s*,\s*(?:ban\s*,\s*)?ngành(?![\p{L}])/u;

/** Parentheses right after a figure that hold only its parts by level, and one such part. */
const LEVEL_PARTS = /^\s*\(((?:\s*\d+\s+cấp\s+[^,;()\d]{2,20}?(?:\s*,\s*(?:ban\s*,\s*)?ngành)?\s*(?:[,;]|và)?)+)\)/u;
const LEVEL_PART = /(?<n>\d+)\s+(?<level>cấp\s+[^,;()\d]{2,20}?(?:\s*,\s*(?:ban\s*,\s*)?ngành)?)(?=\s*(?:[,;)]|và|$))/gu;

/** Whether the sentence before `at` names the bare noun in full ("văn bản hợp tác", "biên bản ghi nhớ"). */
function restatesNoun(lower: string, from: number, at: number, bare: string): boolean {
  const head = bare.toLowerCase();
  for (let x = lower.indexOf(head, from); x >= 0 && x < at; x = lower.indexOf(head, x + 1)) {
    if (/^\s+(?:hợp tác|th(?:ỏa|oả) thuận|ghi nhớ)/u.test(lower.slice(x + head.length, x + head.length + 12))) return true;
  }
  return false;
}

/** An agreement named, then its term: "Biên bản ghi nhớ hợp tác giữa hai tỉnh giai đoạn" (no figure, no clause break between). */
const NAMED_AGREEMENT_BEFORE_TERM = /(?:[Bb]iên bản|[Tt]hỏa thuận|[Tt]hoả thuận|[Bb]ản ghi nhớ|[Hh]iệp định|[Hh]ợp đồng|[Cc]hương trình hợp tác|[Kk]ế hoạch hợp tác|[Vv]ăn kiện hợp tác)[^\d.;,]{0,80}?(?:(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+)?$/u;

export function extractAgreements(ctx: ZoneContext, partners: PartnerMention[]): Agreement[] {
  const text = ctx.text;
  const blocked = ctx.numbers.filter((t) => BLOCKING.has(t.kind));
  const found: { start: number; numStart: number; end: number; count: number; kind: string; level?: Agreement["level"] }[] = [];
  // lower-casing the zone costs more than the search: it is done only when some number can be followed by a document noun
  const run = { from: 0, stop: 0 };
  const heads = KIND_HEADS && !text.includes("\u0130") ? KIND_HEADS : null;
  const tried = ctx.numbers.filter((t) => !BLOCKING.has(t.kind) && (!heads || headAfterPhrase(text, t.start, heads, run)));
  const lower = tried.length ? text.toLowerCase() : "";
  const matches = tried.map((t) => ((AGREEMENT_RE.lastIndex = t.start), AGREEMENT_RE.exec(lower))).filter((m): m is RegExpExecArray => m !== null);
  for (const m of matches) {
    const g = m.groups!;
    const start = m.index!;
    if (insideAny(blocked, start)) continue;
    const count = parseNumberPhrase(g.n);
    if (count === null || count === 0 || !Number.isInteger(count)) continue;
    const ruleIndex = KINDS.findIndex((_, i) => g[`k${i}`] !== undefined);
    const sentence = ctx.sentence(start, start + m[0].length);
    const rule = KINDS[ruleIndex];
    // (a bare noun that restates the full one before it needs no verb: "tổng số văn bản hợp tác còn hiệu lực … là 11 văn bản")
    if (rule.needsSigning && !SIGNING.test(text.slice(sentence.start, start + m[0].length + 30)) && !(rule.needsTopic && restatesNoun(lower, sentence.start, start, g.kind))) continue;
    if (rule.needsTopic && !AGREEMENT_TOPIC.test(text.slice(sentence.start, sentence.end))) continue;
    let end = start + m[0].length;
    const lv = LEVELS.find(([re]) => re.test(text.slice(end)));
    if (lv) end += lv[0].exec(text.slice(end))![0].length;
    found.push({ start, numStart: start, end, count, kind: g.kind.toLowerCase() });
    // the parts by level in parentheses: "06 thỏa thuận quốc tế (02 cấp tỉnh, 04 cấp sở, ngành)"
    const parts = LEVEL_PARTS.exec(text.slice(end, end + 120));
    if (parts) {
      for (const p of allMatches(LEVEL_PART, parts[1])) {
        const at = end + parts.index + parts[0].indexOf(parts[1]) + p.index!;
        const n = parseNumberPhrase(p.groups!.n);
        const lv = LEVELS.find(([re]) => re.test(p.groups!.level));
        if (n && lv) found.push({ start: at, numStart: at, end: at + p[0].length, count: n, kind: g.kind.toLowerCase(), level: lv[1] });
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  // "… ký 03 biên bản ghi nhớ … giai đoạn 2022 - 2026": a range after an agreement is its term, not the period of the figure
  // (also after an agreement named without a count: "ký Biên bản ghi nhớ hợp tác giữa hai tỉnh giai đoạn 2022 - 2027 và 03 văn bản …")
  const terms = ctx
    .periodMentions()
    .filter(
      (m) =>
        m.period.includes("-") &&
        (found.some((f) => m.start >= f.end && m.start - f.end < 200 && ctx.sentence(f.start, f.end).end >= m.end) ||
          NAMED_AGREEMENT_BEFORE_TERM.test(text.slice(Math.max(0, m.start - 100), m.start))),
    );
  const isTerm = (m: { start: number; end: number }) => terms.some((t) => t.start === m.start);
  const out: Agreement[] = [];
  found.forEach((f, i) => {
    const sentence = ctx.sentence(f.start, f.end);
    const samePrev = i > 0 && found[i - 1].end > sentence.start ? found[i - 1] : null;
    const prevEnd = samePrev ? samePrev.end : sentence.start;
    // the partners of a figure are named before the next figure, and before a semicolon closes its clause
    // (a list announced by "gồm:" goes on across semicolons)
    const semicolon = /^[^.;]{0,60}(?:gồm|bao gồm|cụ thể|là)\s*:/u.test(text.slice(f.end)) ? -1 : text.indexOf(";", f.end);
    const clauseEnd = semicolon >= 0 && semicolon < sentence.end ? semicolon : sentence.end;
    const nextStart = i + 1 < found.length && found[i + 1].start < clauseEnd ? found[i + 1].start : clauseEnd;
    const levelText = text.slice(f.start, f.end);
    const clause = ctx.clause(f.start, f.end);
    const level =
      f.level ??
      LEVELS.find(([re]) => re.test(levelText.slice(levelText.toLowerCase().indexOf(f.kind) + f.kind.length)))?.[1] ??
      // (back to a semicolon before the figure: "…; ở cấp huyện, hai biên bản ghi nhớ …")
      LEVEL_BEFORE.find(([re]) => re.test(text.slice(Math.max(levelFrom(text, f.start, clause.start, sentence.start), prevEnd), f.start)))?.[1] ??
      (DEPARTMENTS_SIGNING.test(text.slice(Math.max(sentence.start, prevEnd, f.start - 80), f.start)) ? "department" : null) ??
      // "02 biên bản ghi nhớ giữa các sở, ngành của hai tỉnh"
      (BETWEEN_DEPARTMENTS.test(text.slice(f.end, f.end + 40)) ? "department" : null);
    // partners named after the figure (up to the next figure), else before it in its sentence
    let named = partners.filter((p) => p.start >= f.end && p.end <= nextStart);
    // places between the previous figure and this one belong to the previous figure
    // (not the place of the signing: "tại thành phố Chuncheon, tỉnh Khánh Hòa và tỉnh Gangwon đã ký kết …")
    if (named.length === 0 && !samePrev) named = partners.filter((p) => p.start >= prevEnd && p.end <= f.start && !/(?:^|\s)[Tt]ại\s+(?:thành phố|tỉnh|thủ đô|Thủ đô)?\s*$/u.test(text.slice(Math.max(0, p.start - 20), p.start)));
    // the unit the counterparts belong to is no counterpart itself: "với các huyện Inje, Hongcheon và Yanggu thuộc tỉnh Gangwon"
    const belongsTo = (p: { start: number }) => /(?<![\p{L}])thuộc\s+(?:tỉnh|bang|châu|thành phố|vùng|khu tự trị)?\s*$/u.test(text.slice(Math.max(0, p.start - 24), p.start));
    if (named.some((p) => !belongsTo(p))) named = named.filter((p) => !belongsTo(p));
    const names = [...new Set(named.map((p) => p.name))];
    const start = f.start - ctx.qualifierLength(f.start);
    const context = ctx.context(f.numStart, f.end, prevEnd, isTerm);
    // a figure listed after another in the same sentence shares its status ("đã ký 05 bản … và 02 bản …")
    const prevRec = samePrev ? out[out.length - 1] : null;
    if (context.status === null && prevRec && !context.change && /^[\s,]*(?:và|,|;)?[^.]{0,60}$/u.test(text.slice(prevEnd, f.start))) context.status = prevRec.status;
    const ev = ctx.evidence(start, f.end);
    // fields written out, not spread: an object spread with more fields after it is slow in V8
    out.push({ text: ev.text, zone: ev.zone, start: ev.start, end: ev.end, sentence: ev.sentence, qualifier: context.qualifier, status: context.status, change: context.change, period: context.period, count: f.count, kind: f.kind, level, partners: names });
  });
  return out;
}

/** Where the words that can state a figure's level begin: its clause, or back to a semicolon in its sentence. */
function levelFrom(text: string, start: number, clauseStart: number, sentenceStart: number): number {
  const semi = text.lastIndexOf(";", start);
  return semi >= sentenceStart ? Math.min(clauseStart, semi + 1) : clauseStart;
}
