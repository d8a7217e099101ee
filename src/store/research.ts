// Reading the research layer of schema v3: opening a database with its views
// and full-text index, searching articles without diacritics, finding an
// article or a record by what a researcher types, and marking spans in text.
import { MIGRATIONS } from "./migrations/index.js";
import { openReadOnly, openStore, StoreError, type ArticleRow, type DB } from "./db.js";
import { RECORD_KINDS, zoneText, type RecordKind, type Zone } from "../types.js";
import { foldAscii } from "../text/normalize.js";

/** Migrations this build knows that the database has not had yet. */
export function pendingMigrations(db: DB): number[] {
  let done: Set<number>;
  try {
    done = new Set(db.prepare("SELECT version FROM schema_migrations").pluck().all() as number[]);
  } catch {
    done = new Set();
  }
  return MIGRATIONS.map((m) => m.version).filter((v) => !done.has(v));
}

/**
 * Open a database read-only for the research commands (search, show, export).
 * A database written by an older vnpress is first upgraded in place (the same
 * upgrade `ingest` does: new numbered migrations, no data lost), because the
 * views and the full-text index it lacks are what these commands read.
 */
export function openResearch(path: string, opts: { quiet?: boolean } = {}): DB {
  const db = openReadOnly(path);
  const pending = pendingMigrations(db);
  if (pending.length === 0) return db;
  db.close();
  try {
    openStore(path).close();
  } catch (e) {
    throw new StoreError(`${path}: needs schema migration ${pending.join(", ")} (views and full-text index) and could not be upgraded: ${(e as Error).message}`);
  }
  if (!opts.quiet) process.stderr.write(`vnpress: upgraded ${path} in place (migration ${pending.join(", ")}); no data changed\n`);
  return openReadOnly(path);
}

// ---------------------------------------------------------------------------
// Full-text search

/**
 * A researcher's words → an FTS5 query. Words are looked up without
 * diacritics and with đ = d; all words must occur (in any order); text in
 * double quotes is a phrase; a chunk with inner punctuation (`59-NQ/TW`) is a
 * phrase of its parts; a trailing `*` makes a prefix; `OR` between two terms
 * means either. Returns null when there is nothing to look for.
 */
export function ftsQuery(input: string): string | null {
  const nfc = input.normalize("NFC");
  const folded = foldAscii(nfc);
  const terms: string[] = [];
  const re = /"([^"]*)"?|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    const chunk = m[1] ?? m[2];
    if (m[1] === undefined && m[2] === "or" && nfc.slice(m.index, m.index + 2) === "OR") {
      if (terms.length && terms[terms.length - 1] !== "OR") terms.push("OR");
      continue;
    }
    const words = chunk.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    terms.push(`"${words.join(" ")}"${m[1] === undefined && chunk.endsWith("*") ? "*" : ""}`);
  }
  while (terms.length && terms[terms.length - 1] === "OR") terms.pop();
  return terms.length ? terms.join(" ") : null;
}

export interface SearchHit {
  id: number;
  url: string | null;
  file: string | null;
  title: string | null;
  published: string | null;
  province: string | null;
  province_2025: string | null;
  score: number;
  /** matched ranges in the original title */
  titleMatches: [number, number][];
  /** the zone the snippet comes from */
  zone: Zone;
  /** number of matched words in the article */
  matches: number;
  snippet: Marked;
}

/** A piece of text with ranges to highlight. */
export interface Marked {
  text: string;
  ranges: [number, number][];
}

const OPEN = "\u0001";
const CLOSE = "\u0002";

/** Ranges marked by highlight() with OPEN/CLOSE, as offsets in the text without the markers. */
export function parseHighlight(marked: string): Marked {
  let text = "";
  const ranges: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === OPEN) open = text.length;
    else if (ch === CLOSE) {
      if (open >= 0) ranges.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, ranges };
}

/** Join ranges that only blanks or joining punctuation separate (`Hủa Phăn`, `59-NQ/TW`). */
export function mergeRanges(text: string, ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && r[0] - last[1] <= 3 && /^[ \-–/.]*$/.test(text.slice(last[1], r[0]))) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * A window of about `width` characters around the matches: the one holding
 * the most different matched words (then the most matches), cut at blanks.
 * `ranges` are the single-word matches; adjacent ones are joined for display.
 */
export function snippetOf(text: string, ranges: [number, number][], width = 240): Marked {
  if (ranges.length === 0) {
    const cut = text.length > width ? text.slice(0, text.lastIndexOf(" ", width) > width / 2 ? text.lastIndexOf(" ", width) : width) + " …" : text;
    return { text: cut.replace(/\s*\n\s*/g, " "), ranges: [] };
  }
  ranges = [...ranges].sort((a, b) => a[0] - b[0]);
  const term = ([s, e]: [number, number]) => foldAscii(text.slice(s, e));
  let best = 0;
  let bestCount = 0;
  let bestDistinct = 0;
  for (let i = 0; i < ranges.length; i++) {
    const seen = new Set<string>();
    let n = 0;
    for (let j = i; j < ranges.length && ranges[j][1] - ranges[i][0] <= width; j++) {
      n++;
      seen.add(term(ranges[j]));
    }
    if (seen.size > bestDistinct || (seen.size === bestDistinct && n > bestCount)) {
      best = i;
      bestCount = n;
      bestDistinct = seen.size;
    }
  }
  const first = ranges[best][0];
  const last = ranges[best + bestCount - 1][1];
  const slack = Math.max(0, width - (last - first));
  let start = Math.max(0, first - Math.floor(slack / 2));
  let end = Math.min(text.length, last + Math.ceil(slack / 2));
  if (start > 0) {
    const sp = text.indexOf(" ", start);
    if (sp >= 0 && sp < first) start = sp + 1;
  }
  if (end < text.length) {
    const sp = text.lastIndexOf(" ", end);
    if (sp > last) end = sp;
  }
  const pre = start > 0 ? "…" : "";
  const post = end < text.length ? "…" : "";
  // newlines become spaces: same length, so the ranges stay valid
  const body = text.slice(start, end).replace(/\n/g, " ");
  const inside = mergeRanges(text, ranges).filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start + pre.length, e - start + pre.length] as [number, number]);
  return { text: pre + body + post, ranges: inside };
}

/** The text the index holds for a zone: the original with đ → d (same length, same offsets). */
const foldD = (s: string) => s.replace(/đ/g, "d").replace(/Đ/g, "D");

/** Ranges found in the index copy, applied to the original text when the two line up. */
function onOriginal(original: string, fromIndex: Marked): Marked {
  if (foldD(original) === fromIndex.text) return { text: original, ranges: fromIndex.ranges };
  return fromIndex;
}

/**
 * Plain words (no quotes, OR or prefix) as one phrase, so that articles where
 * they stand together (`hua phan` → `Hủa Phăn`) come first; null otherwise.
 */
export function ftsPhrase(input: string): string | null {
  if (/["*]|\bOR\b/.test(input)) return null;
  const words = foldAscii(input.normalize("NFC")).match(/[\p{L}\p{N}]+/gu);
  return words && words.length > 1 ? `"${words.join(" ")}"` : null;
}

export function searchArticles(db: DB, input: string, opts: { limit?: number; raw?: boolean; width?: number } = {}): { query: string; total: number; hits: SearchHit[] } {
  const query = opts.raw ? input : ftsQuery(input);
  if (!query) throw new StoreError(`search: nothing to look for in ${JSON.stringify(input)}; give one or more words`);
  const phrase = opts.raw ? null : ftsPhrase(input);
  let ranked: { id: number; score: number }[];
  let rows: Record<string, unknown>[];
  try {
    ranked = db.prepare("SELECT rowid AS id, bm25(articles_fts, 4.0, 1.0, 1.0) AS score FROM articles_fts WHERE articles_fts MATCH ?").all(query) as { id: number; score: number }[];
    const together = new Set(phrase ? (db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?").pluck().all(phrase) as number[]) : []);
    ranked.sort((a, b) => Number(together.has(b.id)) - Number(together.has(a.id)) || a.score - b.score || a.id - b.id);
    // `+`: SQLite 3.53 drops a bound `rowid = ?` next to MATCH (every match comes back); the unary plus makes SQLite check it itself
    const one = db.prepare(
      `SELECT a.id, a.url, a.file, a.title, a.body, a.captions, a.published, a.province, a.province_2025,
         highlight(articles_fts, 0, char(1), char(2)) AS h_title,
         highlight(articles_fts, 1, char(1), char(2)) AS h_body,
         highlight(articles_fts, 2, char(1), char(2)) AS h_captions
       FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
       WHERE articles_fts MATCH ? AND +articles_fts.rowid = ?`,
    );
    rows = ranked.slice(0, opts.limit ?? 20).map(({ id, score }) => ({ ...(one.get(query, id) as Record<string, unknown>), score }));
  } catch (e) {
    const msg = (e as Error).message;
    if ((e as { code?: string }).code === "SQLITE_ERROR") throw new StoreError(`search: cannot read the query ${JSON.stringify(query)} (${msg})${opts.raw ? "; --raw takes FTS5 query syntax" : ""}`);
    throw e;
  }
  const total = ranked.length;
  const hits = rows.map((r): SearchHit => {
    const captions = zoneText({ title: null, body: "", captions: JSON.parse(String(r.captions ?? "[]")) as string[] }, "caption");
    const title = onOriginal(String(r.title ?? ""), parseHighlight(String(r.h_title ?? "")));
    const body = onOriginal(String(r.body ?? ""), parseHighlight(String(r.h_body ?? "")));
    const caps = onOriginal(captions, parseHighlight(String(r.h_captions ?? "")));
    // the snippet comes from the zone with the most different matched words (body first on a tie)
    const distinct = (m: Marked) => new Set(m.ranges.map(([s, e]) => foldAscii(m.text.slice(s, e)))).size;
    const [zone, src] = ([["body", body], ["caption", caps], ["title", title]] as [Zone, Marked][]).reduce((best, z) => (distinct(z[1]) > distinct(best[1]) ? z : best));
    return {
      id: r.id as number,
      url: r.url as string | null,
      file: r.file as string | null,
      title: r.title as string | null,
      published: r.published as string | null,
      province: r.province as string | null,
      province_2025: r.province_2025 as string | null,
      score: r.score as number,
      titleMatches: mergeRanges(title.text, title.ranges),
      zone,
      matches: title.ranges.length + body.ranges.length + caps.ranges.length,
      snippet: snippetOf(src.text, src.ranges, opts.width),
    };
  });
  return { query, total, hits };
}

// ---------------------------------------------------------------------------
// Finding articles and records

/** An article by id, URL, stored identity or file path (as given to ingest, or as a path from here). */
export function findArticle(db: DB, ref: string): ArticleRow | undefined {
  const byId = db.prepare("SELECT * FROM articles WHERE id = ?");
  if (/^\d+$/.test(ref)) return byId.get(Number(ref)) as ArticleRow | undefined;
  const exact = db.prepare("SELECT * FROM articles WHERE url = @r OR identity = @r OR file = @r ORDER BY id LIMIT 1");
  const candidates = new Set<string>([ref, ref.replace(/^\.\//, "")]);
  if (/^https?:\/\//i.test(ref)) {
    const bare = ref.replace(/\/+$/, "");
    for (const u of [bare, bare + "/"]) for (const scheme of ["http://", "https://"]) candidates.add(u.replace(/^https?:\/\//i, scheme));
  }
  for (const c of candidates) {
    const row = exact.get({ r: c }) as ArticleRow | undefined;
    if (row) return row;
  }
  // a file name alone, when exactly one stored file has it
  const tail = ref.replace(/^.*[\\/]/, "");
  const rows = db.prepare("SELECT * FROM articles WHERE file = @t OR file LIKE '%/' || @t OR identity LIKE '%/' || @t LIMIT 2").all({ t: tail }) as ArticleRow[];
  return rows.length === 1 ? rows[0] : undefined;
}

const KIND_ALIASES: Record<string, RecordKind> = {
  delegation: "delegations",
  delegations: "delegations",
  money: "money",
  agreement: "agreements",
  agreements: "agreements",
  partner: "partners",
  partners: "partners",
  docref: "docrefs",
  docrefs: "docrefs",
};

/** `money:12`, `money#12`, `agreement:3` → kind and id, or null. */
export function parseRecordRef(ref: string): { kind: RecordKind; id: number } | null {
  const m = /^\s*([a-z]+)\s*[:#]\s*(\d+)\s*$/i.exec(ref);
  if (!m) return null;
  const kind = KIND_ALIASES[m[1].toLowerCase()];
  return kind ? { kind, id: Number(m[2]) } : null;
}

export interface SpanRecord {
  kind: RecordKind;
  id: number;
  zone: Zone;
  start: number;
  end: number;
  text: string;
  sentence: string;
  row: Record<string, unknown>;
  /** the span's offsets as stored read `text` in the zone */
  verified: boolean;
}

function spanRecord(kind: RecordKind, row: Record<string, unknown>, article: ArticleRow): SpanRecord {
  const zone = row.zone as Zone;
  const start = row.start as number;
  const end = row.end as number;
  const text = String(row.text ?? "");
  const zt = zoneText({ title: article.title, body: article.body, captions: JSON.parse(article.captions) as string[] }, zone);
  return { kind, id: row.id as number, zone, start, end, text, sentence: String(row.sentence ?? ""), row, verified: zt.slice(start, end) === text };
}

/** Every record of an article, in text order within each zone. */
export function articleSpans(db: DB, article: ArticleRow): SpanRecord[] {
  const out: SpanRecord[] = [];
  for (const kind of RECORD_KINDS) {
    for (const row of db.prepare(`SELECT * FROM ${kind} WHERE article_id = ? ORDER BY id`).all(article.id) as Record<string, unknown>[]) out.push(spanRecord(kind, row, article));
  }
  return out.sort((a, b) => a.zone.localeCompare(b.zone) || a.start - b.start || b.end - a.end || a.id - b.id);
}

export function findRecord(db: DB, kind: RecordKind, id: number): { record: SpanRecord; article: ArticleRow } | undefined {
  const row = db.prepare(`SELECT * FROM ${kind} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) return undefined;
  const article = db.prepare("SELECT * FROM articles WHERE id = ?").get(row.article_id) as ArticleRow;
  return { record: spanRecord(kind, row, article), article };
}

// ---------------------------------------------------------------------------
// Marking spans in text

export interface Span {
  start: number;
  end: number;
  label: string;
  kind: string;
}

export interface MarkStyle {
  open(span: Span): string;
  close(span: Span, parent: Span | undefined): string;
}

export const PLAIN: MarkStyle = {
  open: (s) => (s.label ? `⟦${s.label}: ` : "⟦"),
  close: () => "⟧",
};

const COLOURS: Record<string, string> = { delegations: "36", money: "33", agreements: "32", partners: "35", docrefs: "34", match: "33" };
const colour = (s: Span) => `\u001b[1;${COLOURS[s.kind] ?? "31"}m`;

export const ANSI: MarkStyle = {
  open: (s) => (s.label ? `\u001b[0;2m[${s.label}]\u001b[0m` : "") + colour(s),
  close: (_s, parent) => "\u001b[0m" + (parent ? colour(parent) : ""),
};

/**
 * The text with every span opened and closed by the style's markers. Spans
 * may nest; a span that crosses the end of an enclosing one is split there
 * and marked twice with the same label.
 */
export function markSpans(text: string, spans: Span[], style: MarkStyle): string {
  const queue = spans
    .filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length)
    .map((s) => ({ ...s }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: Span[] = [];
  let out = "";
  let pos = 0;
  const closeTop = () => {
    const top = stack.pop()!;
    out += text.slice(pos, top.end);
    pos = top.end;
    out += style.close(top, stack[stack.length - 1]);
  };
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i];
    while (stack.length && stack[stack.length - 1].end <= s.start) closeTop();
    const top = stack[stack.length - 1];
    if (top && s.end > top.end) {
      const rest = { ...s, start: top.end };
      s.end = top.end;
      let j = i + 1;
      while (j < queue.length && (queue[j].start < rest.start || (queue[j].start === rest.start && queue[j].end >= rest.end))) j++;
      queue.splice(j, 0, rest);
    }
    out += text.slice(pos, s.start);
    pos = s.start;
    out += style.open(s);
    stack.push(s);
  }
  while (stack.length) closeTop();
  return out + text.slice(pos);
}
