// vnpress show: the evidence. An article with every extracted span marked and
// labelled, or one record with its sentence and where it came from.
import type { ArticleRow, DB } from "../store/db.js";
import { ANSI, PLAIN, articleSpans, findArticle, findRecord, markSpans, openResearch, parseRecordRef, type MarkStyle, type SpanRecord } from "../store/research.js";
import { RECORD_KINDS, zoneText, type Zone } from "../types.js";
import { DEFAULT_DB, EXIT, UsageError, errorLine } from "./common.js";
import { exitQuietlyOnClosedPipe, useColour } from "./search.js";

export interface ShowOptions {
  db: string;
  record?: string;
  color?: boolean;
}

const ZONES: Zone[] = ["title", "body", "caption"];

/** One line saying what a record holds. */
export function describe(r: SpanRecord): string {
  return describeRecord(r).replace(/\s+/g, " ");
}

function describeRecord(r: SpanRecord): string {
  const x = r.row;
  const ctx = () => [x.qualifier !== "exact" ? x.qualifier : null, x.status, x.change ? "change" : null, x.period ? `period ${x.period}` : "period ?"].filter(Boolean).join(", ");
  switch (r.kind) {
    case "delegations": {
      const parts = [x.delegations != null ? `${x.delegations} delegations` : null, x.people != null ? `${x.people} people` : null, x.countries != null ? `${x.countries} countries` : null].filter(Boolean);
      return `${x.direction} ${parts.join(", ")} · ${ctx()}`;
    }
    case "money":
      return `${x.amount} ${x.currency} · ${ctx()}`;
    case "agreements": {
      const partners = JSON.parse(String(x.partners ?? "[]")) as string[];
      return `${x.count} × ${x.kind}${x.level ? `, level ${x.level}` : ""}${partners.length ? `, with ${partners.join(", ")}` : ""} · ${ctx()}`;
    }
    case "partners":
      return `${x.name} (${x.country}${x.subdivision ? `, ${x.subdivision}` : ""}), written ${(JSON.parse(String(x.surface ?? "[]")) as string[]).join(" / ")}`;
    case "docrefs":
      return `${x.doc_id}: ${x.type}${x.issuer ? `, ${x.issuer}` : ""}${x.date ? `, ${x.date}` : ""}${x.title ? `, “${x.title}”` : ""}`;
  }
}

const label = (r: SpanRecord) => `${r.kind}#${r.id}`;

function where(article: ArticleRow): string {
  return article.url ?? article.file ?? article.identity;
}

function dbFlag(db: string): string {
  return db !== DEFAULT_DB ? ` --db ${db}` : "";
}

function showArticle(db: DB, article: ArticleRow, style: MarkStyle, dbPath: string): void {
  const spans = articleSpans(db, article);
  const zones = { title: article.title, body: article.body, captions: JSON.parse(article.captions) as string[] };
  const marked = (zone: Zone) =>
    markSpans(
      zoneText(zones, zone),
      spans.filter((s) => s.zone === zone).map((s) => ({ start: s.start, end: s.end, label: label(s), kind: s.kind })),
      style,
    );
  const w = process.stdout;
  w.write(`#${article.id}  ${article.title ? marked("title") : "(no title)"}\n`);
  const meta = [
    `published ${article.published ?? "(not stated)"}`,
    `province ${article.province ?? "(unknown)"}${article.province_2025 && article.province_2025 !== article.province ? ` (since 2025: ${article.province_2025})` : ""}`,
    article.author ? `author ${article.author}` : null,
  ].filter(Boolean);
  w.write(`${meta.join(" · ")}\n`);
  if (article.url) w.write(`url ${article.url}\n`);
  if (article.file) w.write(`file ${article.file}\n`);
  const counts = RECORD_KINDS.map((k) => `${k} ${spans.filter((s) => s.kind === k).length}`).join(", ");
  w.write(`extractor ${article.extractor_version} · records: ${counts}\n`);
  w.write(`\n── body ──\n${marked("body")}\n`);
  if (zones.captions.length) w.write(`\n── captions ──\n${marked("caption")}\n`);
  w.write(`\n── records ──\n`);
  if (spans.length === 0) w.write("(none)\n");
  for (const z of ZONES) {
    for (const s of spans.filter((x) => x.zone === z)) {
      w.write(`${label(s).padEnd(16)} ${`${s.zone} ${s.start}-${s.end}`.padEnd(16)} ${JSON.stringify(s.text)} → ${describe(s)}${s.verified ? "" : "  (!) the stored offsets do not read this text"}\n`);
    }
  }
  if (spans.length) process.stderr.write(`\none record with its sentence: vnpress show --record ${label(spans[0]).replace("#", ":")}${dbFlag(dbPath)}\n`);
}

/** Where the span sits in its sentence: the sentence's own occurrence in the zone, else the text's first occurrence in it. */
function spanInSentence(zone: string, r: SpanRecord): [number, number] | null {
  const sentence = r.sentence;
  if (!sentence) return null;
  for (let at = zone.indexOf(sentence); at >= 0; at = zone.indexOf(sentence, at + 1)) {
    if (at <= r.start && r.end <= at + sentence.length) return [r.start - at, r.end - at];
  }
  const i = sentence.indexOf(r.text);
  return i >= 0 ? [i, i + r.text.length] : null;
}

function showRecord(db: DB, ref: string, style: MarkStyle, dbPath: string): number {
  const parsed = parseRecordRef(ref);
  if (!parsed) throw new UsageError(`show --record: give KIND:ID, e.g. money:12 (kinds: ${RECORD_KINDS.join(", ")}); got ${JSON.stringify(ref)}`);
  const found = findRecord(db, parsed.kind, parsed.id);
  if (!found) {
    errorLine(`show: no ${parsed.kind} record with id ${parsed.id} in ${dbPath}; \`vnpress query "SELECT record_id, text FROM v_${parsed.kind}"\` lists them`);
    return EXIT.someFailed;
  }
  const { record: r, article } = found;
  const w = process.stdout;
  w.write(`${label(r)}  ${describe(r)}\n\n`);
  const evidence = ["text", "zone", "start", "end", "extractor_version"];
  const skip = new Set(["id", "article_id", "sentence", ...evidence]);
  const fields = [...Object.entries(r.row).filter(([k]) => !skip.has(k)), ...evidence.map((k) => [k, r.row[k]] as [string, unknown])];
  const width = Math.max(...fields.map(([k]) => k.length));
  for (const [k, v] of fields) w.write(`  ${k.padEnd(width)}  ${v === null ? "null" : String(v)}\n`);
  const zone = zoneText({ title: article.title, body: article.body, captions: JSON.parse(article.captions) as string[] }, r.zone);
  w.write(`\nsentence:\n  ${(() => {
    const at = spanInSentence(zone, r);
    return at ? markSpans(r.sentence, [{ start: at[0], end: at[1], label: r.kind, kind: r.kind }], style) : r.sentence;
  })()}\n`);
  w.write(
    r.verified
      ? `\ncheck: ${r.zone}[${r.start}:${r.end}] of the article reads ${JSON.stringify(r.text)} ✓\n`
      : `\ncheck: (!) ${r.zone}[${r.start}:${r.end}] of the article reads ${JSON.stringify(zone.slice(r.start, r.end))}, not ${JSON.stringify(r.text)}\n`,
  );
  w.write(`\narticle #${article.id}: ${article.title ?? "(no title)"}\n`);
  w.write(`  ${[article.published ?? "(no date)", article.province ?? "(no province)"].join(" · ")}\n`);
  w.write(`  ${article.url ? "url" : "file"} ${where(article)}\n`);
  w.write(`  every span of it: vnpress show ${article.id}${dbFlag(dbPath)}\n`);
  return EXIT.ok;
}

export function runShow(ref: string | undefined, opts: ShowOptions): number {
  if (!ref && !opts.record) throw new UsageError("show: give an article (id, URL or file) or --record KIND:ID");
  if (ref && opts.record) throw new UsageError("show: give either an article or --record KIND:ID, not both");
  exitQuietlyOnClosedPipe();
  const db = openResearch(opts.db);
  try {
    const style = useColour(opts.color) ? ANSI : PLAIN;
    if (opts.record) return showRecord(db, opts.record, style, opts.db);
    const article = findArticle(db, ref!);
    if (!article) {
      errorLine(`show: no article ${JSON.stringify(ref)} in ${opts.db} (give its id, URL or file); \`vnpress query "SELECT id, url, file, title FROM articles"\` lists them`);
      return EXIT.someFailed;
    }
    showArticle(db, article, style, opts.db);
    return EXIT.ok;
  } finally {
    db.close();
  }
}
