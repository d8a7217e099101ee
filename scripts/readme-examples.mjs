#!/usr/bin/env node
// The worked examples of the README, run for real: builds a fresh database
// from corpus/ with `vnpress ingest`, runs each example's SQL (and the search
// and show commands), and prints the section as markdown. With --write it
// replaces the section between <!-- examples:start --> and <!-- examples:end -->
// in README.md, so the README shows what the current extractors produce.
//
//   node scripts/readme-examples.mjs            # print the markdown
//   node scripts/readme-examples.mjs --write    # rewrite the README section
//   node scripts/readme-examples.mjs --db FILE  # use an existing database instead of building one
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin", "vnpress.js");
const README = join(ROOT, "README.md");
const START = "<!-- examples:start -->";
const END = "<!-- examples:end -->";
const MAX_ROWS = 20;
const MAX_CELL = 90;

const args = process.argv.slice(2);
const write = args.includes("--write");
const dbArg = args.includes("--db") ? args[args.indexOf("--db") + 1] : null;
const corpus = args.includes("--corpus") ? args[args.indexOf("--corpus") + 1] : "corpus";

let tmp = null;
let dbPath = dbArg;
if (!dbPath) {
  tmp = mkdtempSync(join(tmpdir(), "vnpress-readme-"));
  dbPath = join(tmp, "vnpress.sqlite");
  execFileSync(process.execPath, [BIN, "ingest", corpus, "--db", dbPath], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

/** Run the CLI as a reader would (no colour), from the project folder. */
function vnpress(cliArgs) {
  const out = execFileSync(process.execPath, [BIN, ...cliArgs, "--db", dbPath], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  // the reader's database is the default one: drop the temporary path from the hints
  return out.replaceAll(` --db ${dbPath}`, "").replace(/^\n+/, "").trimEnd();
}

const db = new Database(dbPath, { readonly: true });

function cell(v) {
  if (v === null || v === undefined) return "";
  let s = typeof v === "number" && !Number.isInteger(v) ? String(Math.round(v * 1000) / 1000) : String(v);
  s = s.replace(/\s+/g, " ");
  if (s.length > MAX_CELL) s = s.slice(0, MAX_CELL - 1) + "…";
  return s.replace(/\|/g, "\\|");
}

function table(sql) {
  const stmt = db.prepare(sql);
  const cols = stmt.columns().map((c) => c.name);
  const rows = stmt.all();
  if (rows.length === 0) return "_(no rows on the bundled corpus with the current extractors)_";
  const shown = rows.slice(0, MAX_ROWS);
  const numeric = cols.map((c) => shown.some((r) => typeof r[c] === "number") && shown.every((r) => r[c] === null || typeof r[c] === "number"));
  const lines = [`| ${cols.join(" | ")} |`, `|${numeric.map((n) => (n ? "---:" : "---")).join("|")}|`, ...shown.map((r) => `| ${cols.map((c) => cell(r[c])).join(" | ")} |`)];
  if (rows.length > shown.length) lines.push("", `_… and ${rows.length - shown.length} more rows._`);
  return lines.join("\n");
}

const sqlBlock = (sql) => "```sql\n" + sql.trim() + "\n```";
const shBlock = (cmd) => "```sh\n" + cmd + "\n```";
const textBlock = (out, maxLines = 40) => {
  const lines = out.split("\n");
  const cut = lines.length > maxLines ? [...lines.slice(0, maxLines), `… (${lines.length - maxLines} more lines)`] : lines;
  return "```text\n" + cut.join("\n") + "\n```";
};

/** One worked example: a question, a note, and steps (SQL with its result, or a command with its output). */
const examples = [];
const example = (question, note, steps) => examples.push({ question, note, steps });
const sql = (q) => ({ sql: q });
const cmd = (cliArgs, maxLines) => ({ cmd: cliArgs, maxLines });

example(
  "What does the database hold: articles per province and year?",
  "`province` is the province the article is about, by its name when it was written; `province_2025` is the unit it belongs to since the 2025 merger.",
  [sql(`
SELECT province, province_2025, substr(published, 1, 4) AS year, COUNT(*) AS articles
FROM articles
GROUP BY province, province_2025, year
ORDER BY province, year;`)],
);

example(
  "How many delegations did each province send abroad, per year?",
  "One record per mention: the same figure in the title and the body, or a total and a part of it, are separate rows. This takes, for each province and year the figure is about (`period`, not the publication year), the largest number of delegations and of people stated, and shows the figures as written.",
  [sql(`
SELECT province, period_start AS year,
       MAX(delegations) AS delegations, MAX(people) AS people, MAX(countries) AS countries,
       COUNT(*) AS mentions, group_concat(DISTINCT text) AS as_written
FROM v_delegations
WHERE direction = 'outbound' AND change = 0
  AND period_start = period_end          -- figures about one year
  AND (status IS NULL OR status <> 'target')
GROUP BY province, period_start
ORDER BY province, year;`)],
);

example(
  "Which Vietnamese provinces signed agreements with which Lao provinces?",
  "`v_agreement_partners` has one row per agreement and named counterpart, with the counterpart's country; `v_partners` lists every foreign province an article names, whatever the context.",
  [
    sql(`
SELECT province, partner, year, count, kind, level, record_id
FROM v_agreement_partners
WHERE partner_country = 'LA'
ORDER BY province, partner;`),
    sql(`
SELECT province, partner, group_concat(DISTINCT year) AS years, COUNT(*) AS articles
FROM v_partners
WHERE country = 'LA'
GROUP BY province, partner
ORDER BY province, articles DESC, partner;`),
  ],
);

example(
  "Which Party resolutions are cited most, and since when?",
  "`v_documents` has one row per distinct document (`59-NQ/TW` and `59/NQ-CP` are different documents): its most common type, issuer, date and title as the articles state them, how many articles cite it, from which provinces, and the first and last publication date citing it.",
  [sql(`
SELECT doc_id, issuer, date AS issued, articles, provinces, first_cited, last_cited, title
FROM v_documents
WHERE type = 'Nghị quyết' AND symbol LIKE '%/TW'   -- Party resolutions (Central Committee, Politburo)
ORDER BY articles DESC, issued IS NULL, issued;`)],
);

example(
  "USD amounts of aid by province and year",
  "Amounts are in units of the currency (`4.750 triệu USD` is 4750000000). Money records do not say what the money is for: this keeps the USD amounts whose sentence, before the amount, speaks of aid (viện trợ, tài trợ, ODA, phi chính phủ) and shows each as written, so every row can be checked. A total, a part of it and a target can all be stated for one year: read `status`, `qualifier` and `text` before adding rows up.",
  [sql(`
SELECT province, period, status, qualifier, usd, text, record_id
FROM (SELECT *, substr(sentence, 1, instr(sentence, text) - 1) AS before FROM v_money WHERE usd IS NOT NULL)
WHERE before LIKE '%viện trợ%' OR before LIKE '%tài trợ%' OR before LIKE '%ODA%' OR before LIKE '%phi chính phủ%'
ORDER BY province, period, record_id;`)],
);

example(
  "Find every article that mentions Hủa Phăn",
  "Full-text search ignores diacritics and reads `d` for `đ`: `hua phan`, `Hủa Phăn` and `HUA PHAN` find the same articles. The snippet is the original text, with the match marked. In SQL, the index is `articles_fts` (columns `title`, `body`, `captions`; write `d` for `đ` in a MATCH).",
  [
    cmd(["search", "hua phan"]),
    sql(`
SELECT a.id, a.province, a.published, a.title
FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
WHERE articles_fts MATCH 'hua phan'
ORDER BY rank;`),
  ],
);

// the largest USD amount, traced to its sentence
const traced = db.prepare("SELECT record_id, article_id FROM v_money WHERE usd IS NOT NULL ORDER BY usd DESC, record_id LIMIT 1").get();
example(
  "Trace a number to its sentence",
  "Every record keeps its exact text, its offsets in the cleaned article and its sentence. `vnpress show --record KIND:ID` prints the record, the sentence with the span marked, a check that the offsets read that text, and the article's URL or file; `vnpress show ARTICLE` prints the whole article with every span marked.",
  [
    sql(`
SELECT record_id, province, year, usd, text, url, file
FROM v_money
WHERE usd IS NOT NULL
ORDER BY usd DESC
LIMIT 3;`),
    ...(traced ? [cmd(["show", "--record", `money:${traced.record_id}`]), cmd(["show", String(traced.article_id)], 10)] : []),
  ],
);

example(
  "Which countries are the foreign partners in, and how many provinces work with each?",
  "Countries are ISO 3166-1 codes (`LA` Laos, `KH` Cambodia, `CN` China, `KR` South Korea, `JP` Japan, `RU` Russia…).",
  [sql(`
SELECT country, COUNT(DISTINCT partner) AS partners, COUNT(DISTINCT province) AS vn_provinces,
       group_concat(DISTINCT partner) AS names
FROM v_partners
GROUP BY country
ORDER BY partners DESC, country;`)],
);

// ---------------------------------------------------------------------------

const nArticles = db.prepare("SELECT COUNT(*) FROM articles").pluck().get();
const versions = db.prepare("SELECT group_concat(DISTINCT extractor_version) FROM articles").pluck().get();
const out = [
  START,
  `<!-- generated by \`node scripts/readme-examples.mjs --write\`: edit the script, not this section -->`,
  "",
  `Each answer below was produced by the SQL shown, on a database built from the bundled \`corpus/\` (${nArticles} articles, extractor version ${versions ?? "n/a"}) with \`npx vnpress ingest corpus\`. Run any of them with \`npx vnpress query "…"\`, or in \`sqlite3 output/vnpress.sqlite\`, Python, R or Datasette. \`node scripts/readme-examples.mjs --write\` runs them again and rewrites this section.`,
];
examples.forEach((e, i) => {
  out.push("", `### ${i + 1}. ${e.question}`, "", e.note);
  for (const s of e.steps) {
    out.push("");
    if (s.sql) out.push(sqlBlock(s.sql), "", table(s.sql));
    else out.push(shBlock(`npx vnpress ${s.cmd.map((a) => (/[\s"'|;]/.test(a) ? JSON.stringify(a) : a)).join(" ")}`), "", textBlock(vnpress(s.cmd), s.maxLines));
  }
});
out.push("", END);
const markdown = out.join("\n");

db.close();
if (tmp) rmSync(tmp, { recursive: true, force: true });

if (!write) {
  process.stdout.write(markdown + "\n");
} else {
  const readme = readFileSync(README, "utf8");
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) {
    process.stderr.write(`readme-examples: README.md has no ${START} … ${END} section to replace\n`);
    process.exit(2);
  }
  const updated = readme.slice(0, a) + markdown + readme.slice(b + END.length);
  if (updated === readme) process.stderr.write("readme-examples: README.md section already up to date\n");
  else {
    writeFileSync(README, updated);
    process.stderr.write(`readme-examples: rewrote the examples section of README.md (${examples.length} examples)\n`);
  }
}
