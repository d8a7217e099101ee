// All extractors over one cleaned article, zone by zone (title, body,
// captions). Quantities are one record per mention; partners and docrefs one
// per article.
import type { Article, RecordsByKind } from "../types.js";
import { extractAgreements } from "./agreements/index.js";
import { ZoneContext } from "./context.js";
import { extractDelegations, headlineDirection } from "./delegations/index.js";
import { docrefRecords } from "./docrefs/index.js";
import { extractMoney } from "./money/index.js";
import { findPartnerMentions, partnerRecords } from "./partners/index.js";

/** Bumped whenever a rule changes what is extracted; stored with every record. */
export const EXTRACTOR_VERSION = "1.0.0";

export function zoneContexts(article: Pick<Article, "title" | "body" | "captions"> & { published?: string | null }): ZoneContext[] {
  const published = article.published ?? null;
  const body = new ZoneContext(article.body, "body", null, published);
  const out = [body];
  if (article.title) out.unshift(new ZoneContext(article.title, "title", body.year, published));
  if (article.captions.length) out.push(new ZoneContext(article.captions.join("\n\n"), "caption", body.year, published));
  return out;
}

export function extractAll(article: Pick<Article, "title" | "body" | "captions"> & { published?: string | null }): RecordsByKind {
  const contexts = zoneContexts(article);
  const out: RecordsByKind = { delegations: [], money: [], agreements: [], partners: [], docrefs: [] };
  const partnerMentions = contexts.map((ctx) => ({ ctx, mentions: findPartnerMentions(ctx) }));
  const fallbackDirection = headlineDirection(article.title);
  for (const { ctx, mentions } of partnerMentions) {
    out.delegations.push(...extractDelegations(ctx, fallbackDirection, mentions));
    out.money.push(...extractMoney(ctx));
    out.agreements.push(...extractAgreements(ctx, mentions.map((m) => ({ name: m.unit.name, start: m.start, end: m.end }))));
  }
  out.partners = partnerRecords(partnerMentions);
  out.docrefs = docrefRecords(contexts);
  return out;
}
