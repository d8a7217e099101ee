// Helpers shared by the commands: exit codes, error lines, walking folders.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { kindOf } from "../input-kind.js";

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

export const DEFAULT_DB = "output/vnpress.sqlite";

export class UsageError extends Error {}

export function errorLine(message: string): void {
  process.stderr.write(`vnpress: ${message.replace(/\s*\n\s*/g, " ")}\n`);
}

/**
 * Files to read for the given paths: files as given (in order), folders walked
 * recursively for .txt and .html files in sorted order. Paths that do not exist
 * are returned as they are, so the reader reports them by name.
 */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      // hidden files, and the crawl files a site folder holds beside its pages
      if (name.startsWith(".") || /^(?:robots\.txt|sitemap.*|llms\.txt|humans\.txt)$/i.test(name)) continue;
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (kindOf(p)) out.push(p);
    }
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      /* reported by the reader */
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  return out;
}
