// Shared test helpers: gold files, the scorer's bag-of-words F1, temp dirs.
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..");
export const SHARED = join(ROOT, "..", "shared");
export const FIXTURES = join(ROOT, "fixtures", "articles");

export interface Gold {
  file: string;
  article: { title: string | null; title_match?: string; published: string | null; author: string | null; province: string | null; body: string; captions: string[]; body_excludes: string[] };
  [kind: string]: unknown;
}

/** Gold records: from ../shared/gold when present, else the copy in fixtures/gold. */
export function golds(): Gold[] {
  const dirs = [join(SHARED, "gold"), join(ROOT, "fixtures", "gold")];
  const dir = dirs.find((d) => {
    try {
      return readdirSync(d).length > 0;
    } catch {
      return false;
    }
  })!;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Gold);
}

const words = (s: string) => s.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Bag-of-words F1, as ../shared/eval/score.mjs computes it. */
export function bagF1(gold: string, pred: string): number {
  const g = words(gold), p = words(pred);
  if (g.length === 0 && p.length === 0) return 1;
  const count = new Map<string, number>();
  for (const w of g) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of p) {
    const c = count.get(w) ?? 0;
    if (c > 0) {
      common++;
      count.set(w, c - 1);
    }
  }
  const pr = p.length ? common / p.length : 0, rc = g.length ? common / g.length : 0;
  return pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
}

export function fold(s: string | null | undefined): string {
  return String(s ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/đ/g, "d").replace(/[^a-z0-9]/g, "");
}

export function tempDir(prefix = "vnpress-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
