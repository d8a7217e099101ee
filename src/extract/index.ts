// All extractors over one cleaned article. Each kind lives in its own folder
// (rules.ts + corpus.ts); this module only runs them zone by zone.
import type { Article, RecordsByKind } from "../types.js";

export const EXTRACTOR_VERSION = "0.1.0";

export function extractAll(_article: Pick<Article, "title" | "body" | "captions">): RecordsByKind {
  return { delegations: [], money: [], agreements: [], partners: [], docrefs: [] };
}
