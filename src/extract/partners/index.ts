// Partners extractor: every foreign sub-national unit named, once per article,
// with every spelling the article uses.
import { findForeignUnits, type UnitMention } from "../../gazetteer/foreign.js";
import type { Partner } from "../../types.js";
import type { ZoneContext } from "../context.js";
import { SURFACE_PREFIX, ZONE_ORDER } from "./rules.js";

export function findPartnerMentions(ctx: ZoneContext): UnitMention[] {
  return findForeignUnits(ctx.text, ctx.sentences);
}

/** One record per unit across the zones; evidence is the first mention. */
export function partnerRecords(byZone: { ctx: ZoneContext; mentions: UnitMention[] }[]): Partner[] {
  const records = new Map<string, Partner>();
  const ordered = [...byZone].sort((a, b) => ZONE_ORDER.indexOf(a.ctx.zone) - ZONE_ORDER.indexOf(b.ctx.zone));
  for (const { ctx, mentions } of ordered) {
    for (const m of mentions) {
      const key = `${m.unit.country}:${m.unit.name}`;
      const surface = m.surface.replace(SURFACE_PREFIX, "");
      const existing = records.get(key);
      if (existing) {
        if (!existing.surface.includes(surface)) existing.surface.push(surface);
        continue;
      }
      const ev = ctx.evidence(m.start, m.end);
      // fields written out, not spread: an object spread with more fields after it is slow in V8
      records.set(key, { text: ev.text, zone: ev.zone, start: ev.start, end: ev.end, sentence: ev.sentence, name: m.unit.name, country: m.unit.country, subdivision: m.unit.code, surface: [surface] });
    }
  }
  return [...records.values()];
}
