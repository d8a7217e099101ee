// Exports: CSV (RFC 4180, UTF-8, header row) and jsonl parsed back equal the
// rows of the views; filters by date and province; one file per kind with
// --out; the default jsonl stays the shape `extract` prints.
import Database from "better-sqlite3";
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runExport, recordJson } from "../src/commands/export.js";
import { articleFromRow, readArticles } from "../src/store/db.js";
import { toExport } from "../src/pipeline.js";
import { RECORD_KINDS } from "../src/types.js";
import { buildDb } from "./db-fixtures.js";
import { ROOT, tempDir } from "./helpers.js";

/** RFC 4180: fields separated by commas, records by CRLF; quoted fields may hold commas, CR, LF and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        if (i < text.length && text[i] !== "," && text[i] !== "\r") throw new Error(`CSV: text after a closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      atFieldStart = true;
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      atFieldStart = true;
      i += 2;
    } else if (c === '"' || c === "\n" || c === "\r") {
      throw new Error(`CSV: bare ${JSON.stringify(c)} in an unquoted field at ${i}`);
    } else {
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (quoted) throw new Error("CSV: unterminated quoted field");
  if (field !== "" || row.length) throw new Error("CSV: last record does not end with CRLF");
  return rows;
}

/** What a value becomes in CSV text. */
const cell = (v: unknown) => (v === null || v === undefined ? "" : String(v));

const BIN = join(ROOT, "bin", "vnpress.js");
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });

let path: string;
let db: Database.Database;
beforeAll(() => {
  path = buildDb();
  db = new Database(path, { readonly: true });
});

const viewRows = (kind: string, where = "1 = 1", params: unknown[] = []) => db.prepare(`SELECT * FROM v_${kind} WHERE ${where} ORDER BY article_id, record_id`).all(...params) as Record<string, unknown>[];
const viewColumns = (kind: string) => db.prepare(`SELECT * FROM v_${kind}`).columns().map((c) => c.name);

describe("CSV round trip", () => {
  test("the CSV parser reads RFC 4180", () => {
    expect(parseCsv('a,"b,c","d ""e""","f\r\ng",\r\n1,2,3,4,5\r\n')).toEqual([
      ["a", "b,c", 'd "e"', "f\r\ng", ""],
      ["1", "2", "3", "4", "5"],
    ]);
  });

  test("--out DIR writes articles.csv and one CSV per kind; each parses back to the view's rows", () => {
    const out = tempDir();
    expect(runExport({ db: path, format: "csv", out, quiet: true })).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["agreements.csv", "articles.csv", "delegations.csv", "docrefs.csv", "money.csv", "partners.csv"]);
    for (const kind of RECORD_KINDS) {
      const bytes = readFileSync(join(out, `${kind}.csv`));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(viewColumns(kind));
      const expected = viewRows(kind).map((r) => header.map((c) => cell(r[c])));
      expect(rows).toEqual(expected);
      expect(rows.length).toBeGreaterThan(0);
    }
    const [header, ...articles] = parseCsv(readFileSync(join(out, "articles.csv"), "utf8"));
    expect(header.slice(0, 3)).toEqual(["id", "url", "file"]);
    expect(articles.map((r) => r[0])).toEqual((db.prepare("SELECT id FROM articles ORDER BY id").pluck().all() as number[]).map(String));
  });

  test("quotes, commas and line breaks survive (the made-up Hà Giang docref title)", () => {
    const out = tempDir();
    runExport({ db: path, format: "csv", kind: "docrefs", out, quiet: true });
    expect(readdirSync(out)).toEqual(["docrefs.csv"]);
    const [header, ...rows] = parseCsv(readFileSync(join(out, "docrefs.csv"), "utf8"));
    const titles = rows.map((r) => r[header.indexOf("title")]);
    expect(titles).toContain('về "hội nhập", quốc tế\nthử');
  });

  test("--kind to stdout (child process) is the same CSV", () => {
    const r = cli(["export", "--db", path, "--format", "csv", "--kind", "money"]);
    expect(r.status).toBe(0);
    const [header, ...rows] = parseCsv(r.stdout);
    expect(header).toEqual(viewColumns("money"));
    expect(rows).toEqual(viewRows("money").map((row) => header.map((c) => cell(row[c]))));
  });
});

describe("jsonl", () => {
  test("--kind jsonl: one object per record, the view's row with JSON arrays decoded and change as a boolean", () => {
    const out = tempDir();
    runExport({ db: path, format: "jsonl", kind: "agreements", out, quiet: true });
    const lines = readFileSync(join(out, "agreements.jsonl"), "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual(viewRows("agreements").map(recordJson));
    expect(lines[0].partners).toEqual(["Takeo", "Kandal"]);
    expect(typeof lines[0].change).toBe("boolean");
  });

  test("the default export is unchanged: one line per article in the shape `extract` prints, with article_id and url or file", () => {
    const r = cli(["export", "--db", path]);
    expect(r.status).toBe(0);
    const expected = [...readArticles(db)].map(({ row, records }) => JSON.stringify({ article_id: row.id, ...toExport({ article: articleFromRow(row), records }, { url: row.url, file: row.url ? null : row.file }) }));
    expect(r.stdout.trimEnd().split("\n")).toEqual(expected);
    const first = JSON.parse(r.stdout.split("\n")[0]);
    expect(Object.keys(first)).toEqual(["article_id", "file", "article", "delegations", "money", "agreements", "partners", "docrefs"]);
    const last = JSON.parse(r.stdout.trimEnd().split("\n").at(-1)!);
    expect(Object.keys(last).slice(0, 3)).toEqual(["article_id", "url", "article"]);
  });
});

describe("filters", () => {
  const ids = (args: string[]) => {
    const r = cli(["export", "--db", path, ...args]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    return r.stdout.trimEnd().split("\n").filter(Boolean).map((l) => JSON.parse(l).article_id as number);
  };
  const idsWhere = (where: string, ...params: unknown[]) => db.prepare(`SELECT id FROM articles WHERE ${where} ORDER BY id`).pluck().all(...params) as number[];

  test("--since keeps articles published on or after the date (undated ones are left out)", () => {
    expect(ids(["--since", "2020"])).toEqual(idsWhere("published >= '2020'"));
    expect(ids(["--since", "2020-02"])).toEqual(idsWhere("published >= '2020-02'"));
    expect(ids(["--since", "2020-01-20"]).length).toBe(3);
    expect(ids(["--since", "2026"])).toEqual([]);
  });

  test("--province matches the name at publication or the post-2025 unit, diacritics optional", () => {
    expect(ids(["--province", "Nghệ An"])).toEqual(idsWhere("province = 'Nghệ An'"));
    expect(ids(["--province", "nghe an"])).toEqual(idsWhere("province = 'Nghệ An'"));
    expect(ids(["--province", "Hà Giang"])).toEqual(idsWhere("province = 'Hà Giang'"));
    expect(ids(["--province", "tuyen quang"])).toEqual(idsWhere("province = 'Hà Giang'"));
  });

  test("filters combine, and apply to --kind", () => {
    expect(ids(["--province", "Nghệ An", "--since", "2021"])).toEqual(idsWhere("province = 'Nghệ An' AND published >= '2021'"));
    const r = cli(["export", "--db", path, "--kind", "money", "--since", "2020", "--province", "Lang Son"]);
    const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual(viewRows("money", "province = 'Lạng Sơn' AND published >= '2020'").map(recordJson));
    expect(lines.length).toBe(10);
  });

  test("a bad date or an unknown province is a usage error (exit 2) that says what to give", () => {
    const bad = cli(["export", "--db", path, "--since", "20/01/2020"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--since takes a date as YYYY/);
    const none = cli(["export", "--db", path, "--province", "Atlantis"]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/not a Vietnamese province/);
    const kind = cli(["export", "--db", path, "--kind", "stuff"]);
    expect(kind.status).toBe(2);
  });
});

test("export of a database that does not exist names it and exits 2", () => {
  const r = spawnSync(process.execPath, [BIN, "export", "--db", join(tempDir(), "none.sqlite")], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/no database there/);
  expect(execFileSync(process.execPath, [BIN, "export", "--help"], { encoding: "utf8" })).toMatch(/--province/);
});
