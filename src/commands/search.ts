// vnpress search: full-text search over titles, bodies and captions, without
// diacritics and with đ = d, each hit with a highlighted snippet of the
// original text.
import { ANSI, PLAIN, markSpans, openResearch, searchArticles, type Marked, type MarkStyle } from "../store/research.js";
import { DEFAULT_DB, EXIT } from "./common.js";

export interface SearchOptions {
  db: string;
  limit: number;
  format: "text" | "jsonl";
  raw?: boolean;
  color?: boolean;
}

export function useColour(flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
}

/** `vnpress show 3 | head`: a reader that stops early is not an error. */
export function exitQuietlyOnClosedPipe(): void {
  if (process.stdout.listenerCount("error") > 0) return;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
}

export function renderMarked(m: Marked, style: MarkStyle): string {
  return markSpans(m.text, m.ranges.map(([start, end]) => ({ start, end, label: "", kind: "match" })), style);
}

export function runSearch(words: string[], opts: SearchOptions): number {
  const input = words.join(" ");
  exitQuietlyOnClosedPipe();
  const db = openResearch(opts.db);
  try {
    const { query, total, hits } = searchArticles(db, input, { limit: opts.limit, raw: opts.raw });
    if (opts.format === "jsonl") {
      for (const h of hits) {
        process.stdout.write(
          JSON.stringify({
            article_id: h.id,
            url: h.url,
            file: h.file,
            title: h.title,
            published: h.published,
            province: h.province,
            province_2025: h.province_2025,
            score: h.score,
            matches: h.matches,
            zone: h.zone,
            snippet: renderMarked(h.snippet, PLAIN),
          }) + "\n",
        );
      }
      return EXIT.ok;
    }
    const style = useColour(opts.color) ? ANSI : PLAIN;
    const shown = hits.length < total ? `, showing the first ${hits.length} (--limit)` : "";
    process.stderr.write(`${total} ${total === 1 ? "article matches" : "articles match"} ${JSON.stringify(input)} (FTS5 query ${query}${shown})\n`);
    for (const h of hits) {
      const title = h.title ? renderMarked({ text: h.title, ranges: h.titleMatches }, style) : "(no title)";
      const meta = [h.published?.slice(0, 10) ?? "(no date)", h.province ?? "(no province)"].join("  ");
      process.stdout.write(`\n#${h.id}  ${meta}  ${title}\n`);
      process.stdout.write(`    ${h.url ?? h.file ?? ""}\n`);
      process.stdout.write(`    ${h.zone === "body" ? "" : `[${h.zone}] `}${renderMarked(h.snippet, style)}\n`);
    }
    if (hits.length) process.stderr.write(`\nan article with its records: vnpress show ID${opts.db !== DEFAULT_DB ? ` --db ${opts.db}` : ""}\n`);
  } finally {
    db.close();
  }
  return EXIT.ok;
}
