// Schema v1: articles and one table per record kind. Every record row keeps
// its evidence (zone, start, end, text, sentence) and the extractor version.
import type { Migration } from "./index.js";

const EVIDENCE = `
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  zone TEXT NOT NULL CHECK (zone IN ('title','body','caption')),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  sentence TEXT NOT NULL,
  extractor_version TEXT NOT NULL`;

const CONTEXT = `
  qualifier TEXT NOT NULL CHECK (qualifier IN ('exact','over','under','approx')),
  status TEXT CHECK (status IN ('actual','estimate','target')),
  change INTEGER NOT NULL CHECK (change IN (0,1)),
  period TEXT`;

export const migration001: Migration = {
  version: 1,
  name: "initial schema: articles and the five record kinds",
  sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  identity TEXT NOT NULL UNIQUE,
  url TEXT,
  file TEXT,
  input_kind TEXT NOT NULL CHECK (input_kind IN ('text','html')),
  content_hash TEXT NOT NULL,
  title TEXT,
  published TEXT,
  author TEXT,
  province TEXT,
  province_2025 TEXT,
  category TEXT,
  kicker TEXT,
  source TEXT,
  body TEXT NOT NULL,
  captions TEXT NOT NULL DEFAULT '[]',
  fetched_at TEXT,
  ingested_at TEXT NOT NULL,
  extractor_version TEXT NOT NULL
);
CREATE INDEX articles_province ON articles(province);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE delegations (${EVIDENCE},${CONTEXT},
  direction TEXT CHECK (direction IN ('outbound','inbound','both','unknown')),
  delegations INTEGER,
  people INTEGER,
  countries INTEGER
);
CREATE TABLE money (${EVIDENCE},${CONTEXT},
  amount REAL NOT NULL,
  currency TEXT NOT NULL
);
CREATE TABLE agreements (${EVIDENCE},${CONTEXT},
  count INTEGER NOT NULL,
  kind TEXT NOT NULL,
  level TEXT CHECK (level IN ('province','department','district')),
  partners TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE partners (${EVIDENCE},
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  subdivision TEXT,
  surface TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE docrefs (${EVIDENCE},
  type TEXT NOT NULL,
  number INTEGER NOT NULL,
  symbol TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  issuer TEXT,
  date TEXT,
  title TEXT
);
CREATE INDEX delegations_article ON delegations(article_id);
CREATE INDEX money_article ON money(article_id);
CREATE INDEX agreements_article ON agreements(article_id);
CREATE INDEX partners_article ON partners(article_id);
CREATE INDEX docrefs_article ON docrefs(article_id);
CREATE INDEX docrefs_doc ON docrefs(doc_id);
`,
};
