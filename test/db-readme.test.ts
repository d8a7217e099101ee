// The README's worked examples: the section is there between its markers,
// every SQL in it runs on a database of this schema, and the script that
// regenerates it runs.
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { buildDb } from "./db-fixtures.js";
import { ROOT } from "./helpers.js";

const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const section = () => {
  const a = readme.indexOf("<!-- examples:start -->");
  const b = readme.indexOf("<!-- examples:end -->");
  expect(a).toBeGreaterThan(0);
  expect(b).toBeGreaterThan(a);
  return readme.slice(a, b);
};

test("the README has at least six worked examples, each with SQL", () => {
  const s = section();
  expect((s.match(/^### \d+\. /gm) ?? []).length).toBeGreaterThanOrEqual(6);
  expect((s.match(/```sql\n/g) ?? []).length).toBeGreaterThanOrEqual(6);
  expect(readme).toContain("[docs/SCHEMA.md](docs/SCHEMA.md)");
});

test("every SQL example in the README runs on the current schema", () => {
  const db = new Database(buildDb(), { readonly: true });
  const blocks = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const oneLiners = [...readme.matchAll(/^npx vnpress query "(.*)"$/gm)].map((m) => m[1]);
  expect(blocks.length + oneLiners.length).toBeGreaterThan(8);
  for (const sql of [...blocks, ...oneLiners]) {
    expect(() => db.prepare(sql).all(), sql).not.toThrow();
  }
  db.close();
});

test("scripts/readme-examples.mjs prints the section from a fresh database", () => {
  const out = execFileSync(process.execPath, [join(ROOT, "scripts", "readme-examples.mjs")], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  expect(out.startsWith("<!-- examples:start -->")).toBe(true);
  expect(out.trimEnd().endsWith("<!-- examples:end -->")).toBe(true);
  expect((out.match(/^### \d+\. /gm) ?? []).length).toBeGreaterThanOrEqual(6);
  expect(out).toContain("npx vnpress search");
  expect(out).not.toMatch(/vnpress-readme-/);
}, 60_000);
