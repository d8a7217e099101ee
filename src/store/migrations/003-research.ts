// Schema v3: the research layer. Views that join every record to its article
// (url, title, date, year, province at publication and post-2025 province),
// and a full-text index over title, body and captions that matches without
// diacritics and with đ = d.
//
// Everything here is derived from the v1 tables: the views hold no data, and
// the full-text index is filled from `articles` when the migration runs and
// kept in sync by triggers, so it is right whichever code writes the articles.
// Plain SQL only (no functions registered from JavaScript), so the sqlite3
// shell, Python, R or Datasette can read and even write the database.
import type { Migration } from "./index.js";

/** Article context, the same columns in the same order in every view (alias `a`). */
const ARTICLE = `
  a.province AS province,
  a.province_2025 AS province_2025,
  CAST(substr(a.published, 1, 4) AS INTEGER) AS year,
  a.published AS published`;

const ARTICLE_TAIL = `
  a.title AS article_title,
  a.url AS url,
  a.file AS file`;

/** Evidence columns of a record (alias `r`). */
const EVIDENCE = `
  r.text AS text,
  r.sentence AS sentence,
  r.zone AS zone,
  r.start AS start,
  r."end" AS "end",
  r.extractor_version AS extractor_version`;

/** The context of the quantity kinds, with the period split into years where it is one. */
const CONTEXT = `
  r.period AS period,
  CASE
    WHEN r.period GLOB '[0-9][0-9][0-9][0-9]' THEN CAST(r.period AS INTEGER)
    WHEN r.period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]' THEN CAST(substr(r.period, 1, 4) AS INTEGER)
  END AS period_start,
  CASE
    WHEN r.period GLOB '[0-9][0-9][0-9][0-9]' THEN CAST(r.period AS INTEGER)
    WHEN r.period GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]' THEN CAST(substr(r.period, 6, 4) AS INTEGER)
  END AS period_end,
  r.qualifier AS qualifier,
  r.status AS status,
  r.change AS change`;

/** Title, body and captions as the index stores them: đ → d, nothing else changed (same length, same offsets). */
export const foldD = (expr: string) => `replace(replace(${expr}, 'đ', 'd'), 'Đ', 'D')`;
const captionsText = (row: string) =>
  `CASE WHEN json_valid(${row}.captions) THEN (SELECT group_concat(value, char(10) || char(10)) FROM json_each(${row}.captions)) ELSE ${row}.captions END`;
const ftsValues = (row: string) => `${row}.id, ${foldD(`${row}.title`)}, ${foldD(`${row}.body`)}, ${foldD(captionsText(row))}`;

/**
 * Schema v1 as first shipped had `delegations.direction NOT NULL`; the
 * extractors leave it NULL when a clause gives no cue (a difference such as
 * "giảm 15 đoàn"), and 001 was later changed to allow that. Databases created
 * before the change are rebuilt here to the same table (every row copied, ids
 * kept), so that both kinds of v1 database end up with one schema.
 */
const DELEGATIONS_DIRECTION_NULLABLE = `
CREATE TABLE delegations_v3 (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  zone TEXT NOT NULL CHECK (zone IN ('title','body','caption')),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  qualifier TEXT NOT NULL CHECK (qualifier IN ('exact','over','under','approx')),
  status TEXT CHECK (status IN ('actual','estimate','target')),
  change INTEGER NOT NULL CHECK (change IN (0,1)),
  period TEXT,
  direction TEXT CHECK (direction IN ('outbound','inbound','both','unknown')),
  delegations INTEGER,
  people INTEGER,
  countries INTEGER
);
INSERT INTO delegations_v3 (id, article_id, zone, start, "end", text, sentence, extractor_version, qualifier, status, change, period, direction, delegations, people, countries)
  SELECT id, article_id, zone, start, "end", text, sentence, extractor_version, qualifier, status, change, period, direction, delegations, people, countries FROM delegations;
DROP TABLE delegations;
ALTER TABLE delegations_v3 RENAME TO delegations;
CREATE INDEX delegations_article ON delegations(article_id);
`;

export const migration003: Migration = {
  version: 3,
  name: "research views (v_*) and the full-text index articles_fts; delegations.direction may be NULL",
  sql: `${DELEGATIONS_DIRECTION_NULLABLE}
CREATE VIEW v_delegations AS
SELECT r.id AS record_id, r.article_id AS article_id,${ARTICLE},
  r.direction AS direction,
  r.delegations AS delegations,
  r.people AS people,
  r.countries AS countries,${CONTEXT},${EVIDENCE},${ARTICLE_TAIL}
FROM delegations r JOIN articles a ON a.id = r.article_id;

CREATE VIEW v_money AS
SELECT r.id AS record_id, r.article_id AS article_id,${ARTICLE},
  r.amount AS amount,
  r.currency AS currency,
  CASE WHEN r.currency = 'USD' THEN r.amount END AS usd,
  CASE WHEN r.currency = 'VND' THEN r.amount END AS vnd,${CONTEXT},${EVIDENCE},${ARTICLE_TAIL}
FROM money r JOIN articles a ON a.id = r.article_id;

CREATE VIEW v_agreements AS
SELECT r.id AS record_id, r.article_id AS article_id,${ARTICLE},
  r.count AS count,
  r.kind AS kind,
  r.level AS level,
  r.partners AS partners,
  CASE WHEN json_valid(r.partners) THEN json_array_length(r.partners) ELSE 0 END AS partner_count,${CONTEXT},${EVIDENCE},${ARTICLE_TAIL}
FROM agreements r JOIN articles a ON a.id = r.article_id;

CREATE VIEW v_agreement_partners AS
SELECT r.id AS record_id, r.article_id AS article_id,${ARTICLE},
  r.count AS count,
  r.kind AS kind,
  r.level AS level,
  j.value AS partner,
  COALESCE(
    (SELECT p.country FROM partners p WHERE p.article_id = r.article_id AND p.name = j.value LIMIT 1),
    (SELECT p.country FROM partners p WHERE p.name = j.value GROUP BY p.country ORDER BY COUNT(*) DESC, p.country LIMIT 1)
  ) AS partner_country,${CONTEXT},${EVIDENCE},${ARTICLE_TAIL}
FROM agreements r JOIN articles a ON a.id = r.article_id, json_each(CASE WHEN json_valid(r.partners) THEN r.partners ELSE '[]' END) j;

CREATE VIEW v_partners AS
SELECT r.id AS record_id, r.article_id AS article_id,${ARTICLE},
  r.name AS partner,
  r.country AS country,
  r.subdivision AS subdivision,
  r.surface AS surface,${EVIDENCE},${ARTICLE_TAIL}
FROM partners r JOIN articles a ON a.id = r.article_id;

CREATE VIEW v_docrefs AS
SELECT r.id AS record_id, r.article_id AS article_id,${ARTICLE},
  r.doc_id AS doc_id,
  r.type AS type,
  r.number AS number,
  r.symbol AS symbol,
  r.issuer AS issuer,
  r.date AS date,
  r.title AS title,${EVIDENCE},${ARTICLE_TAIL}
FROM docrefs r JOIN articles a ON a.id = r.article_id;

CREATE VIEW v_documents AS
SELECT
  d.doc_id AS doc_id,
  (SELECT x.type FROM docrefs x WHERE x.doc_id = d.doc_id GROUP BY x.type ORDER BY COUNT(*) DESC, x.type LIMIT 1) AS type,
  MIN(d.number) AS number,
  (SELECT x.symbol FROM docrefs x WHERE x.doc_id = d.doc_id GROUP BY x.symbol ORDER BY COUNT(*) DESC, x.symbol LIMIT 1) AS symbol,
  (SELECT x.issuer FROM docrefs x WHERE x.doc_id = d.doc_id AND x.issuer IS NOT NULL GROUP BY x.issuer ORDER BY COUNT(*) DESC, x.issuer LIMIT 1) AS issuer,
  (SELECT x.date FROM docrefs x WHERE x.doc_id = d.doc_id AND x.date IS NOT NULL GROUP BY x.date ORDER BY COUNT(*) DESC, x.date LIMIT 1) AS date,
  (SELECT x.title FROM docrefs x WHERE x.doc_id = d.doc_id AND x.title IS NOT NULL GROUP BY x.title ORDER BY COUNT(*) DESC, x.title LIMIT 1) AS title,
  COUNT(DISTINCT d.article_id) AS articles,
  COUNT(DISTINCT a.province) AS province_count,
  (SELECT group_concat(p, ', ') FROM (SELECT DISTINCT b.province AS p FROM docrefs y JOIN articles b ON b.id = y.article_id WHERE y.doc_id = d.doc_id AND b.province IS NOT NULL ORDER BY b.province)) AS provinces,
  (SELECT group_concat(p, ', ') FROM (SELECT DISTINCT b.province_2025 AS p FROM docrefs y JOIN articles b ON b.id = y.article_id WHERE y.doc_id = d.doc_id AND b.province_2025 IS NOT NULL ORDER BY b.province_2025)) AS provinces_2025,
  MIN(substr(a.published, 1, 10)) AS first_cited,
  MAX(substr(a.published, 1, 10)) AS last_cited,
  (SELECT MIN(y.id) FROM docrefs y WHERE y.doc_id = d.doc_id) AS example_record_id
FROM docrefs d JOIN articles a ON a.id = d.article_id
GROUP BY d.doc_id;

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, captions,
  tokenize = "unicode61 remove_diacritics 2"
);
INSERT INTO articles_fts (rowid, title, body, captions) SELECT ${ftsValues("articles")} FROM articles;

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body, captions) VALUES (${ftsValues("new")});
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, body, captions ON articles BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
  INSERT INTO articles_fts (rowid, title, body, captions) VALUES (${ftsValues("new")});
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
END;
`,
};
