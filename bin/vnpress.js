#!/usr/bin/env node
// Thin launcher: the TypeScript is compiled to dist/ at install time (npm's `prepare`),
// so a CLI call never pays for transpilation.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, "..", "dist", "cli.js");
if (!existsSync(entry)) {
  process.stderr.write("vnpress: dist/cli.js is missing; run `npm install` (or `npm run build`) in the project folder first.\n");
  process.exit(2);
}
const { main } = await import(entry);
process.exitCode = await main(process.argv);
