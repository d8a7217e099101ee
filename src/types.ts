// Record and article types. The zod schemas are the single source of truth
// (see ../shared/spec/RECORDS.md); the TypeScript types are inferred from them.
import { z } from "zod";

export const ZONES = ["title", "body", "caption"] as const;
export const Zone = z.enum(ZONES);
export type Zone = z.infer<typeof Zone>;

/** Where a record came from: the exact span in the cleaned, NFC-normalised zone text. */
export const Evidence = z.object({
  text: z.string(),
  zone: Zone,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** the full sentence around the span, for a reader checking the figure */
  sentence: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Qualifier = z.enum(["exact", "over", "under", "approx"]);
export const Status = z.enum(["actual", "estimate", "target"]);
/** Context shared by the quantity kinds (delegations, money, agreements). */
export const Context = z.object({
  qualifier: Qualifier,
  status: Status.nullable(),
  change: z.boolean(),
  /** "2019", "2020-2025", or null when the text does not let a careful reader tell */
  period: z.string().nullable(),
});
export type Context = z.infer<typeof Context>;

export const Direction = z.enum(["outbound", "inbound", "both", "unknown"]);
export const Delegation = Evidence.extend(Context.shape).extend({
  /** null when the clause gives no cue */
  direction: Direction.nullable(),
  delegations: z.number().nullable(),
  people: z.number().nullable(),
  countries: z.number().nullable(),
});
export type Delegation = z.infer<typeof Delegation>;

export const Money = Evidence.extend(Context.shape).extend({
  amount: z.number(),
  /** ISO 4217 */
  currency: z.string().length(3),
});
export type Money = z.infer<typeof Money>;

export const Level = z.enum(["province", "department", "district"]);
export const Agreement = Evidence.extend(Context.shape).extend({
  count: z.number(),
  kind: z.string(),
  level: Level.nullable(),
  /** canonical names of the partners named in the same clause */
  partners: z.array(z.string()),
});
export type Agreement = z.infer<typeof Agreement>;

/** One record per foreign sub-national unit per article; evidence is its first mention. */
export const Partner = Evidence.extend({
  name: z.string(),
  /** ISO 3166-1 alpha-2 */
  country: z.string().length(2),
  /** ISO 3166-2 code where one exists */
  subdivision: z.string().nullable(),
  surface: z.array(z.string()),
});
export type Partner = z.infer<typeof Partner>;

/** One record per distinct document per article; evidence is its first full mention. */
export const DocRef = Evidence.extend({
  type: z.string(),
  number: z.number().int(),
  symbol: z.string(),
  id: z.string(),
  issuer: z.string().nullable(),
  date: z.string().nullable(),
  title: z.string().nullable(),
});
export type DocRef = z.infer<typeof DocRef>;

export const RECORD_KINDS = ["delegations", "money", "agreements", "partners", "docrefs"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export interface RecordsByKind {
  delegations: Delegation[];
  money: Money[];
  agreements: Agreement[];
  partners: Partner[];
  docrefs: DocRef[];
}

export const Article = z.object({
  title: z.string().nullable(),
  /** ISO 8601 date, or date-time with +07:00 */
  published: z.string().nullable(),
  author: z.string().nullable(),
  /** the Vietnamese province the article is about, by its name at publication */
  province: z.string().nullable(),
  /** the post-2025 province that `province` now belongs to */
  province2025: z.string().nullable(),
  category: z.string().nullable(),
  kicker: z.string().nullable(),
  /** source tag such as "TGAG" from "(TGAG)-" */
  source: z.string().nullable(),
  /** cleaned body: paragraphs separated by a blank line */
  body: z.string(),
  /** photo captions without their "Ảnh: …" credit */
  captions: z.array(z.string()),
  /** canonical URL when the page states one */
  url: z.string().nullable(),
});
export type Article = z.infer<typeof Article>;

/** The text of each zone that record offsets refer to. Captions are joined by a blank line. */
export function zoneText(article: Pick<Article, "title" | "body" | "captions">, zone: Zone): string {
  if (zone === "title") return article.title ?? "";
  if (zone === "body") return article.body;
  return article.captions.join("\n\n");
}
