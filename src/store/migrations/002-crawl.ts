// Schema v2: the crawler's state. The frontier (every URL a source has shown
// us, what happened to it and what to send next time), the URLs each article
// was seen under, the log of runs with per-source counts, and the lock that
// keeps two runs off one database. An article and its frontier row are always
// written in one transaction, so a run killed at any moment resumes cleanly.
import type { Migration } from "./index.js";

export const migration002: Migration = {
  version: 2,
  name: "crawler: frontier, article URLs, runs, lock",
  sql: `
CREATE TABLE frontier (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('sitemap','feed','listing','page')),
  via TEXT,
  depth INTEGER NOT NULL DEFAULT 0,
  lastmod TEXT,
  fetched_lastmod TEXT,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new','done','retry','failed','skipped')),
  page_type TEXT CHECK (page_type IN ('article','listing','duplicate','not_article')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt TEXT,
  etag TEXT,
  last_modified TEXT,
  content_hash TEXT,
  http_status INTEGER,
  final_url TEXT,
  canonical TEXT,
  article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
  warc_file TEXT,
  warc_offset INTEGER,
  charset TEXT,
  legacy TEXT,
  last_error TEXT,
  first_seen TEXT NOT NULL,
  last_fetched TEXT,
  fetched_cycle INTEGER,
  cycle INTEGER
);
CREATE INDEX frontier_source ON frontier(source, status);
CREATE INDEX frontier_article ON frontier(article_id);

CREATE TABLE article_urls (
  url TEXT PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  body_hash TEXT NOT NULL,
  source TEXT,
  first_seen TEXT NOT NULL
);
CREATE INDEX article_urls_article ON article_urls(article_id);
CREATE INDEX article_urls_hash ON article_urls(body_hash);

CREATE TABLE runs (
  id INTEGER PRIMARY KEY,
  command TEXT NOT NULL,
  cycle INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  ended_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running','completed','failed','interrupted')),
  pid INTEGER,
  hostname TEXT,
  config TEXT,
  errors TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE run_sources (
  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  source TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'running',
  discovered INTEGER NOT NULL DEFAULT 0,
  fetched INTEGER NOT NULL DEFAULT 0,
  not_modified INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  stored INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  PRIMARY KEY (run_id, source)
);

CREATE TABLE crawl_lock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  run_id INTEGER,
  pid INTEGER NOT NULL,
  hostname TEXT NOT NULL,
  acquired_at TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL
);
`,
};
