// Numbered migrations. A schema change is a new file here, appended to the
// list; existing databases are upgraded in place, in order, each migration in
// its own transaction. Never edit a migration that has shipped.
import { migration001 } from "./001-initial.js";
import { migration002 } from "./002-crawl.js";
import { migration003 } from "./003-research.js";
import { migration004 } from "./004-fts-external.js";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
];
