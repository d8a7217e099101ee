// The scorer of ../shared/eval on the sample articles and on the held-out set
// (fixtures/holdout…holdout11: sixty-nine articles, and fixtures/html-holdout, html-holdout2, html-holdout3 … html-holdout7: thirty-five pages in layouts the cleaner had not seen, all written apart from the rules), run against
// the built CLI exactly as a reviewer runs it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SHARED } from "./helpers.js";

const SCORER = join(SHARED, "eval", "score.mjs");

function score(gold: string, articles: string) {
  const r = spawnSync(process.execPath, [SCORER, "--gold", gold, "--articles", articles, "--json", "--", process.execPath, join(ROOT, "bin", "vnpress.js"), "extract", "--format", "jsonl"], { encoding: "utf8", cwd: ROOT });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe.runIf(existsSync(SCORER))("scorer", () => {
  for (const [name, gold, articles, minAttributes = 0.95] of [
    ["sample articles", join(SHARED, "gold"), join(ROOT, "fixtures", "articles")],
    ["held-out articles", join(ROOT, "fixtures", "holdout", "gold"), join(ROOT, "fixtures", "holdout", "articles")],
    ["second held-out batch", join(ROOT, "fixtures", "holdout2", "gold"), join(ROOT, "fixtures", "holdout2", "articles")],
    ["third held-out batch", join(ROOT, "fixtures", "holdout3", "gold"), join(ROOT, "fixtures", "holdout3", "articles")],
    ["fourth held-out batch", join(ROOT, "fixtures", "holdout4", "gold"), join(ROOT, "fixtures", "holdout4", "articles")],
    ["fifth held-out batch", join(ROOT, "fixtures", "holdout5", "gold"), join(ROOT, "fixtures", "holdout5", "articles")],
    ["sixth held-out batch", join(ROOT, "fixtures", "holdout6", "gold"), join(ROOT, "fixtures", "holdout6", "articles")],
    ["seventh held-out batch", join(ROOT, "fixtures", "holdout7", "gold"), join(ROOT, "fixtures", "holdout7", "articles")],
    ["eighth held-out batch", join(ROOT, "fixtures", "holdout8", "gold"), join(ROOT, "fixtures", "holdout8", "articles")],
    ["ninth held-out batch", join(ROOT, "fixtures", "holdout9", "gold"), join(ROOT, "fixtures", "holdout9", "articles")],
    ["tenth held-out batch", join(ROOT, "fixtures", "holdout10", "gold"), join(ROOT, "fixtures", "holdout10", "articles")],
    ["eleventh held-out batch", join(ROOT, "fixtures", "holdout11", "gold"), join(ROOT, "fixtures", "holdout11", "articles")],
    ["held-out HTML layouts", join(ROOT, "fixtures", "html-holdout", "gold"), join(ROOT, "fixtures", "html-holdout", "articles")],
    ["second held-out HTML batch", join(ROOT, "fixtures", "html-holdout2", "gold"), join(ROOT, "fixtures", "html-holdout2", "articles")],
    ["third held-out HTML batch", join(ROOT, "fixtures", "html-holdout3", "gold"), join(ROOT, "fixtures", "html-holdout3", "articles")],
    ["fourth held-out HTML batch", join(ROOT, "fixtures", "html-holdout4", "gold"), join(ROOT, "fixtures", "html-holdout4", "articles")],
    ["fifth held-out HTML batch", join(ROOT, "fixtures", "html-holdout5", "gold"), join(ROOT, "fixtures", "html-holdout5", "articles")],
    ["sixth held-out HTML batch", join(ROOT, "fixtures", "html-holdout6", "gold"), join(ROOT, "fixtures", "html-holdout6", "articles")],
    ["seventh held-out HTML batch", join(ROOT, "fixtures", "html-holdout7", "gold"), join(ROOT, "fixtures", "html-holdout7", "articles")],
  ] as [string, string, string, number?][]) {
    it(`${name}: records F1 ≥ 0.97, every kind ≥ 0.95, attributes ≥ ${minAttributes}, bodies ≥ 0.98, article checks all pass`, () => {
      const s = score(gold, articles);
      expect(s.missingFiles).toEqual([]);
      expect(s.records.F1).toBeGreaterThanOrEqual(0.97);
      expect(s.records.attrAcc).toBeGreaterThanOrEqual(minAttributes);
      for (const k of s.kinds) if (k.gold > 0) expect(k.F1, k.kind).toBeGreaterThanOrEqual(0.95);
      for (const b of s.bodies) expect(b.f, b.file).toBeGreaterThanOrEqual(0.98);
      for (const [check, [ok, all]] of Object.entries(s.meta as Record<string, [number, number]>)) expect(ok, check).toBe(all);
    });
  }
});
