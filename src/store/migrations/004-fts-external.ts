// Schema v4: the full-text index reads its text from the articles instead of
// keeping a second copy. Until v3 `articles_fts` stored title, body and
// captions again (with đ → d): a third of the database, written a second time
// for every article. Now it is an external-content FTS5 table over the view
// `articles_fts_source`, which gives the same folded text computed from
// `articles`; highlight() and snippet() read it there. Triggers keep the index
// in step with every writer, as before (external content needs the old values
// to remove an entry, which the triggers compute the same way). Plain SQL
// only, as in v3.
import { foldD } from "./003-research.js";
import type { Migration } from "./index.js";

/**
 * Captions (a JSON array of strings, as the store writes them) as one text,
 * captions separated by blank lines: what v3 indexed with json_each. Written
 * with replace() because FTS5 reads its content through the view as
 * "main"."articles_fts_source", and SQLite then looks for a table
 * main.json_each, which does not exist. JSON.stringify escapes only quotes,
 * backslashes and control characters; captions are single lines.
 */
const captionsText = (row: string) => {
  const c = `${row}.captions`;
  const inner = `substr(${c}, 3, length(${c}) - 4)`;
  return `CASE WHEN ${c} = '[]' THEN '' WHEN ${c} LIKE '["%"]' THEN replace(replace(replace(${inner}, '","', char(10) || char(10)), '\\"', '"'), '\\\\', '\\') ELSE ${c} END`;
};
const folded = (row: string) => `${foldD(`${row}.title`)}, ${foldD(`${row}.body`)}, ${foldD(captionsText(row))}`;

export const migration004: Migration = {
  version: 4,
  name: "full-text index over the articles themselves (external content): no second copy of every text",
  sql: `
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_update;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TABLE IF EXISTS articles_fts;

CREATE VIEW articles_fts_source AS
SELECT a.id AS id, ${foldD("a.title")} AS title, ${foldD("a.body")} AS body, ${foldD(captionsText("a"))} AS captions
FROM articles a;

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, body, captions,
  content = 'articles_fts_source',
  content_rowid = 'id',
  tokenize = "unicode61 remove_diacritics 2"
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body, captions) VALUES (new.id, ${folded("new")});
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF id, title, body, captions ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body, captions) VALUES ('delete', old.id, ${folded("old")});
  INSERT INTO articles_fts (rowid, title, body, captions) VALUES (new.id, ${folded("new")});
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body, captions) VALUES ('delete', old.id, ${folded("old")});
END;
`,
};
