// vnpress crawl: discover, fetch and archive only; `vnpress reextract` (or a
// later `vnpress run`) turns the archived pages into articles.
import { runNightly, type RunOptions } from "./run.js";

export function runCrawl(opts: RunOptions): Promise<number> {
  return runNightly(opts, "crawl");
}
