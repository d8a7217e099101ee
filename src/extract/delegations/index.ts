// Delegations extractor: "53 đoàn/505 lượt cán bộ", "hơn 60 đoàn cấp cao hai
// chiều", "đón 1.200 lượt khách quốc tế"; direction from the cue nearest the
// figure, countries from the same clause.
import { NUMBER_PHRASE, parseNumberPhrase, scanNumbers } from "../../text/numbers.js";
import type { Delegation } from "../../types.js";
import type { ZoneContext } from "../context.js";
import { COUNTRIES_RE, DELEGATION_NOUN, DELEGATION_QUALIFIERS, DIRECTION_CUES, JOINER, NOT_DELEGATION, PEOPLE_ALONE_NOUN, PEOPLE_NOUN, TRAVEL_CONTEXT } from "./rules.js";

const N = String.raw`(?<![\p{L}\p{N}.,/-])(?:${NUMBER_PHRASE})`;
/** The people count follows a joiner such as "/", so it has no left guard of its own. */
const P = String.raw`(?<![\p{N}.,])(?:${NUMBER_PHRASE})`;
const WITH_DELEGATIONS = new RegExp(
  String.raw`(?<d>${N})\s+(?<dn>${DELEGATION_NOUN})(?:\s+${DELEGATION_QUALIFIERS})?(?:(?<join>${JOINER})(?<p>${P})\s+(?<pn>${PEOPLE_NOUN}))?`,
  "dgu",
);
const PEOPLE_ALONE = new RegExp(String.raw`(?<p>${N})\s+(?<pn>${PEOPLE_ALONE_NOUN})`, "gu");
const COUNTRIES = new RegExp(COUNTRIES_RE, "gu");

type Dir = Delegation["direction"] | null;

function nearestCue(window: string, fromEnd: boolean): Dir {
  let best: { at: number; dir: Dir } | null = null;
  for (const [re, dir] of DIRECTION_CUES) {
    re.lastIndex = 0;
    for (const m of window.matchAll(re)) {
      const at = fromEnd ? m.index! + m[0].length : -m.index!;
      if (!best || at > best.at) best = { at, dir };
    }
  }
  return best?.dir ?? null;
}

export function extractDelegations(ctx: ZoneContext): Delegation[] {
  const text = ctx.text;
  const blocked = scanNumbers(text).filter((t) => t.kind === "date" || t.kind === "docnum" || t.kind === "phone" || t.kind === "percent" || t.kind === "ordinal");
  const isBlocked = (at: number) => blocked.some((t) => t.start <= at && at < t.end);
  const found: { start: number; numStart: number; end: number; d: number | null; p: number | null }[] = [];

  for (const m of text.matchAll(WITH_DELEGATIONS)) {
    const g = m.groups!;
    if (isBlocked(m.index!)) continue;
    const d = parseNumberPhrase(g.d);
    if (d === null || d === 0) continue;
    const p = g.p ? parseNumberPhrase(g.p) : null;
    const end = p !== null ? m.index! + m[0].length : m.indices!.groups!.dn![1];
    found.push({ start: m.index!, numStart: m.index!, end, d, p });
  }
  for (const m of text.matchAll(PEOPLE_ALONE)) {
    const start = m.index!;
    if (isBlocked(start) || found.some((f) => f.start <= start && start < f.end)) continue;
    const p = parseNumberPhrase(m.groups!.p);
    if (p === null || p === 0) continue;
    const clause = ctx.clause(start, start + m[0].length);
    const clauseText = text.slice(clause.start, clause.end);
    const sentence = ctx.sentence(start, start);
    if (!TRAVEL_CONTEXT.test(text.slice(Math.max(sentence.start, start - 80), start + m[0].length + 60))) continue;
    if (!TRAVEL_CONTEXT.test(clauseText) && !/đón|tiếp|cử/u.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
    found.push({ start, numStart: start, end: start + m[0].length, d: null, p });
  }
  found.sort((a, b) => a.start - b.start);

  const out: Delegation[] = [];
  found.forEach((f, i) => {
    const sentence = ctx.sentence(f.start, f.end);
    const clause = ctx.clause(f.start, f.end);
    const clauseText = text.slice(clause.start, clause.end);
    if (NOT_DELEGATION.test(clauseText)) return;
    const prevEnd = Math.max(sentence.start, i > 0 ? found[i - 1].end : sentence.start);
    const nextStart = Math.min(sentence.end, i + 1 < found.length ? found[i + 1].start : sentence.end);
    const context = ctx.context(f.numStart, f.end, prevEnd);
    // direction: "N đoàn ra/vào" itself, then "hai chiều" in the clause, then the nearest cue before, then after
    let direction: Dir = null;
    const right = text.slice(f.start, Math.min(nextStart, f.end + 60));
    const own = /^[^,;]*?đoàn\s+(ra|vào)(?![\p{L}])/u.exec(right);
    if (own) direction = own[1] === "ra" ? "outbound" : "inbound";
    if (!direction && /hai chiều/u.test(text.slice(clause.start, Math.min(nextStart, clause.end)))) direction = "both";
    const changeAt = context.change ? f.numStart : null;
    const windowStart = changeAt ?? prevEnd;
    if (!direction) direction = nearestCue(text.slice(windowStart, f.start), true);
    if (!direction) direction = nearestCue(text.slice(f.end, nextStart), false);
    // countries: in the same sentence after the figure, before the next figure
    let countries: number | null = null;
    COUNTRIES.lastIndex = 0;
    const after = text.slice(f.end, nextStart);
    const cm = COUNTRIES.exec(after);
    if (cm) countries = parseNumberPhrase(cm.groups!.n);
    const start = f.start - ctx.qualifierLength(f.start);
    out.push({ ...ctx.evidence(start, f.end), ...context, direction: direction as Delegation["direction"], delegations: f.d, people: f.p, countries });
  });
  return out;
}
