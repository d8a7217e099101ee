// `npm run bench`: runs every bench/*.bench.mjs in name order, each in its own
// process so that one benchmark's memory and JIT state do not colour the next.
// `npm run bench -- NAME` runs only the benchmarks whose file name contains NAME.
import { readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? "";
const files = readdirSync(here).filter((f) => f.endsWith(".bench.mjs") && f.includes(filter)).sort();
let failed = 0;
for (const f of files) {
  console.log(`\n### ${f}`);
  const r = spawnSync(process.execPath, ["--expose-gc", join(here, f)], { stdio: "inherit", cwd: join(here, "..") });
  if (r.status !== 0) {
    failed++;
    console.log(`(${f} exited with ${r.status})`);
  }
}
process.exitCode = failed ? 1 : 0;
