// Partners: which gazetteer units count as partners. The spellings, codes and
// ambiguity marks are data in src/gazetteer/foreign-units.ts; the context
// words that make an ambiguous spelling a place are in src/gazetteer/foreign.ts.

/** Leading words stripped from a surface spelling before it is reported ("tỉnh Viêng Chăn" → "Viêng Chăn"). */
export const SURFACE_PREFIX = /^(?:tỉnh|Tỉnh|thành phố|Thành phố|Thủ đô|thủ đô|khu tự trị(?: dân tộc)?|Khu tự trị(?: dân tộc)?|bang|Bang|vùng|Vùng)\s+/u;

/** Zones in the order their mentions are reported. */
export const ZONE_ORDER = ["title", "body", "caption"] as const;
