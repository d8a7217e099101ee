// Agreements extractor: a stated count of signed documents, its kind, level
// and the partners named in the same clause.
import { NUMBER_PHRASE, parseNumberPhrase, scanNumbers } from "../../text/numbers.js";
import type { Agreement } from "../../types.js";
import type { ZoneContext } from "../context.js";
import { KINDS, LEVELS, SIGNING } from "./rules.js";

export interface PartnerMention {
  name: string;
  start: number;
  end: number;
}

const AGREEMENT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-])(?<n>${NUMBER_PHRASE})\s+(?:bản\s+)?(?<kind>${KINDS.map((k, i) => `(?<k${i}>${k.pattern})`).join("|")})(?![\p{L}])`,
  "gu",
);

export function extractAgreements(ctx: ZoneContext, partners: PartnerMention[]): Agreement[] {
  const text = ctx.text;
  const blocked = scanNumbers(text).filter((t) => t.kind === "date" || t.kind === "docnum" || t.kind === "phone" || t.kind === "percent" || t.kind === "ordinal" || t.kind === "year");
  const found: { start: number; numStart: number; end: number; count: number; kind: string }[] = [];
  for (const m of text.matchAll(AGREEMENT_RE)) {
    const g = m.groups!;
    const start = m.index!;
    if (blocked.some((t) => t.start <= start && start < t.end)) continue;
    const count = parseNumberPhrase(g.n);
    if (count === null || count === 0 || !Number.isInteger(count)) continue;
    const ruleIndex = KINDS.findIndex((_, i) => g[`k${i}`] !== undefined);
    const sentence = ctx.sentence(start, start + m[0].length);
    if (KINDS[ruleIndex].needsSigning && !SIGNING.test(text.slice(sentence.start, start + m[0].length + 30))) continue;
    let end = start + m[0].length;
    const lv = LEVELS.find(([re]) => re.test(text.slice(end)));
    if (lv) end += lv[0].exec(text.slice(end))![0].length;
    found.push({ start, numStart: start, end, count, kind: g.kind.toLowerCase() });
  }
  return found.map((f, i) => {
    const sentence = ctx.sentence(f.start, f.end);
    const prevEnd = i > 0 && found[i - 1].end > sentence.start ? found[i - 1].end : sentence.start;
    const nextStart = i + 1 < found.length && found[i + 1].start < sentence.end ? found[i + 1].start : sentence.end;
    const levelText = text.slice(f.start, f.end);
    const level = LEVELS.find(([re]) => re.test(levelText.slice(levelText.toLowerCase().indexOf(f.kind) + f.kind.length)))?.[1] ?? null;
    // partners named after the figure (up to the next figure), else before it in its clause
    let named = partners.filter((p) => p.start >= f.end && p.end <= nextStart);
    if (named.length === 0) {
      const clause = ctx.clause(f.start, f.end);
      named = partners.filter((p) => p.start >= Math.max(clause.start, prevEnd) && p.end <= f.start);
    }
    const names = [...new Set(named.map((p) => p.name))];
    const start = f.start - ctx.qualifierLength(f.start);
    return { ...ctx.evidence(start, f.end), ...ctx.context(f.numStart, f.end, prevEnd), count: f.count, kind: f.kind, level, partners: names };
  });
}
