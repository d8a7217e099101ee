// Money extractor: number phrase + currency, with the shared context.
import { NUMBER_PHRASE, parseNumberPhrase } from "../../text/numbers.js";
import type { Money } from "../../types.js";
import type { ZoneContext } from "../context.js";
import { insideAny, overlapsAny } from "../../text/sentences.js";
import { allMatches, isLetterOrNumberUnit, isSpaceUnit } from "../../text/chars.js";
import { CURRENCIES, PREFIX_CURRENCIES } from "./rules.js";

/** The currency right after a number token (sticky: tried only at the token's end). */
const CURRENCY_AFTER = new RegExp(String.raw`\s*(?:${CURRENCIES.map((c, i) => `(?<c${i}>${c.pattern})`).join("|")})(?![\p{L}\p{N}])`, "uy");
/**
 * The characters a currency word can start with, read from the rules: each
 * pattern is "(?:a|b|…)" whose alternatives start with a literal character.
 * Null (no prefilter) if a rule is written any other way.
 */
const CURRENCY_FIRST: Set<number> | null = (() => {
  const first = new Set<number>();
  for (const { pattern } of CURRENCIES) {
    if (!pattern.startsWith("(?:") || !pattern.endsWith(")")) return null;
    let depth = 0;
    let altStart = true;
    for (let i = 3; i < pattern.length - 1; i++) {
      const ch = pattern[i];
      if (altStart) {
        if (ch === "\\") {
          if (!/[$.^*+?()[\]{}|\\/]/.test(pattern[i + 1])) return null;
          first.add(pattern.charCodeAt(i + 1));
        } else if ("()[]{}|.^$*+?".includes(ch)) return null;
        else first.add(pattern.charCodeAt(i));
        altStart = false;
      }
      if (ch === "\\") i++;
      else if (ch === "(") depth++;
      else if (ch === ")") depth--;
      else if (ch === "|" && depth === 0) altStart = true;
    }
  }
  return first;
})();
/** Number kinds that never start an amount. */
const NOT_AMOUNT = new Set(["date", "time", "phone", "docnum", "percent", "vague"]);
// no look-behind at the front (it would be tried at every position): the character before is checked in code
const PREFIX_RE = new RegExp(
  String.raw`(?<cur>${PREFIX_CURRENCIES.map((c, i) => `(?<p${i}>${c.pattern})`).join("|")})\s?(?<num>${NUMBER_PHRASE})(?![\p{L}\p{N}]|\s*(?:USD|đô|đồng))`,
  "gu",
);

function currencyOf(groups: Record<string, string | undefined>, rules: { currency: string }[], prefix: string): string | null {
  for (let i = 0; i < rules.length; i++) if (groups[`${prefix}${i}`] !== undefined) return rules[i].currency;
  return null;
}

/** A row of a table written as a line: its label cell, then two or more cells. */
const UNIT_ROW_RE = /^(?<label>[^|\n]{3,120}?)\s*(?:\|[^|\n]*){2,}$/gmu;
/** The unit a row's label gives in parentheses: "(triệu USD)", "(tỷ đồng)", "(USD)". */
const UNIT_IN_LABEL = /\(\s*(?:(?<scale>nghìn|ngàn|triệu|tỷ|tỉ)\s+)?(?<cur>[^()]{2,20}?)\s*\)\s*$/u;
/** A currency at the start of a label's unit ("USD", "đồng"): CURRENCY_AFTER's alternatives, compiled once. */
const CURRENCY_ALONE = new RegExp(String.raw`^\s*(?:${CURRENCIES.map((c, i) => `(?<c${i}>${c.pattern})`).join("|")})(?![\p{L}\p{N}])`, "u");
const BARE_NUMBER = /^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$/u;

export function extractMoney(ctx: ZoneContext): Money[] {
  const text = ctx.text;
  const out: Money[] = [];
  const blocked = ctx.numbers.filter((t) => NOT_AMOUNT.has(t.kind));
  const isBlocked = (start: number) => insideAny(blocked, start);
  // amounts found so far, kept sorted by start for the overlap test
  const taken: { start: number; end: number }[] = [];
  const add = (numStart: number, spanEnd: number, numRaw: string, currency: string | null, symbolStart?: number) => {
    if (!currency || isBlocked(numStart)) return;
    const amount = parseNumberPhrase(numRaw);
    if (amount === null || amount === 0) return;
    if (overlapsAny(taken, numStart, spanEnd)) return;
    const from = symbolStart ?? numStart;
    const start = from - ctx.qualifierLength(from);
    const ev = ctx.evidence(start, spanEnd);
    const cx = ctx.context(numStart, spanEnd);
    // fields written out, not spread: an object spread with more fields after it is slow in V8
    out.push({ text: ev.text, zone: ev.zone, start: ev.start, end: ev.end, sentence: ev.sentence, qualifier: cx.qualifier, status: cx.status, change: cx.change, period: cx.period, amount, currency });
    const at = taken.findLastIndex((t) => t.start <= numStart) + 1;
    taken.splice(at, 0, { start: numStart, end: spanEnd });
  };
  for (const t of ctx.numbers) {
    if (NOT_AMOUNT.has(t.kind)) continue;
    if (CURRENCY_FIRST) {
      // the pattern is tried only when the first character after the blanks can start a currency
      let i = t.end;
      while (isSpaceUnit(text.charCodeAt(i))) i++;
      if (!CURRENCY_FIRST.has(text.charCodeAt(i))) continue;
    }
    CURRENCY_AFTER.lastIndex = t.end;
    const m = CURRENCY_AFTER.exec(text);
    if (m) add(t.start, t.end + m[0].length, t.raw, currencyOf(m.groups!, CURRENCIES, "c"));
  }
  // a table row whose label gives the unit: "Vốn FDI đăng ký mới (triệu USD) | 4,5 | 26,8 | 57,3"
  if (text.includes(" | ")) {
    for (const row of allMatches(UNIT_ROW_RE, text)) {
      const unit = UNIT_IN_LABEL.exec(row.groups!.label);
      if (!unit) continue;
      const cur = CURRENCY_ALONE.exec(unit.groups!.cur);
      const currency = cur ? currencyOf(cur.groups!, CURRENCIES, "c") : null;
      if (!currency) continue;
      const scale = unit.groups!.scale ?? "";
      // the cells after the label that are a bare number
      let at = row.index! + row.groups!.label.length;
      for (const cell of row[0].slice(row.groups!.label.length).split("|")) {
        const lead = cell.length - cell.trimStart().length;
        const num = cell.trim();
        const numStart = at + lead;
        if (BARE_NUMBER.test(num)) add(numStart, numStart + num.length, scale ? `${num} ${scale}` : num, currency);
        at += cell.length + 1;
      }
    }
  }
  PREFIX_RE.lastIndex = 0;
  // every prefix symbol contains "$", "€", "USD" or "EUR"
  const symbols = text.includes("$") || text.includes("€") || text.includes("USD") || text.includes("EUR");
  if (symbols) for (const m of allMatches(PREFIX_RE, text)) {
    const g = m.groups!;
    if (isLetterOrNumberUnit(text.charCodeAt(m.index! - 1))) continue;
    add(m.index! + m[0].indexOf(g.num, g.cur.length), m.index! + m[0].length, g.num, currencyOf(g, PREFIX_CURRENCIES, "p"), m.index!);
  }
  return out.sort((a, b) => a.start - b.start);
}
