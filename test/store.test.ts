import Database from "better-sqlite3";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXTRACTOR_VERSION, processDocument, type Processed } from "../src/pipeline.js";
import { openReadOnly, openStore, readRecords, schemaVersion } from "../src/store/db.js";
import { MIGRATIONS } from "../src/store/migrations/index.js";
import { FIXTURES, tempDir } from "./helpers.js";

const FILE = join(FIXTURES, "lang-son-2020-01-20.txt");

function processed(text = readFileSync(FILE, "utf8")): Processed {
  return processDocument({ identity: FILE, file: FILE, kind: "text", text });
}

function withMoney(p: Processed, amounts: number[]): Processed {
  return {
    ...p,
    contentHash: p.contentHash + amounts.join(","),
    records: {
      ...p.records,
      money: amounts.map((amount, i) => ({ text: `${amount} USD`, zone: "body" as const, start: i, end: i + 1, sentence: "s", amount, currency: "USD", qualifier: "exact" as const, status: null, change: false, period: "2019" })),
    },
  };
}

describe("store", () => {
  it("hashes the input once, on first use, and copies carry the hash", () => {
    const text = readFileSync(FILE, "utf8");
    const p = processed(text);
    expect(p.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(p.contentHash).toBe(processed(text).contentHash);
    expect(processed(text + " ").contentHash).not.toBe(p.contentHash);
    // what the crawler's workers send: a spread, then a structured clone
    expect(structuredClone({ ...p, doc: { ...p.doc, text: "" } }).contentHash).toBe(p.contentHash);
  });
  it("creates schema v1 by numbered migrations, in WAL mode", () => {
    const db = join(tempDir(), "a.sqlite");
    const store = openStore(db);
    expect(schemaVersion(store.db)).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    const versions = store.db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    store.close();
    // reopening applies nothing twice
    const again = openStore(db);
    expect(again.db.prepare("SELECT COUNT(*) FROM schema_migrations").pluck().get()).toBe(MIGRATIONS.length);
    again.close();
  });

  it("ingesting the same article twice changes nothing", () => {
    const db = join(tempDir(), "a.sqlite");
    const store = openStore(db);
    const p = withMoney(processed(), [1, 2]);
    expect(store.upsert(p, { extractorVersion: EXTRACTOR_VERSION, now: "2026-01-01T00:00:00Z" }).result).toBe("inserted");
    const before = store.db.prepare("SELECT * FROM articles").all();
    const moneyBefore = store.db.prepare("SELECT * FROM money").all();
    expect(store.upsert(p, { extractorVersion: EXTRACTOR_VERSION, now: "2026-02-02T00:00:00Z" }).result).toBe("unchanged");
    expect(store.db.prepare("SELECT * FROM articles").all()).toEqual(before);
    expect(store.db.prepare("SELECT * FROM money").all()).toEqual(moneyBefore);
    store.close();
  });

  it("a changed article replaces its records, keeping its id", () => {
    const db = join(tempDir(), "a.sqlite");
    const store = openStore(db);
    const first = store.upsert(withMoney(processed(), [1, 2, 3]), { extractorVersion: EXTRACTOR_VERSION });
    const second = store.upsert(withMoney(processed(), [7]), { extractorVersion: EXTRACTOR_VERSION });
    expect(second).toEqual({ id: first.id, result: "replaced" });
    expect(store.db.prepare("SELECT amount FROM money").pluck().all()).toEqual([7]);
    expect(readRecords(store.db, first.id).money.map((m) => m.amount)).toEqual([7]);
    store.close();
  });

  it("a failure while writing leaves the previous article and records intact", () => {
    const db = join(tempDir(), "a.sqlite");
    const store = openStore(db);
    const ok = withMoney(processed(), [1, 2]);
    store.upsert(ok, { extractorVersion: EXTRACTOR_VERSION });
    const bad = withMoney(processed(), [5, 6]);
    // a record that violates the schema (unknown qualifier) fails half-way through the records
    (bad.records.money[1] as { qualifier: string }).qualifier = "nonsense";
    expect(() => store.upsert(bad, { extractorVersion: EXTRACTOR_VERSION })).toThrow();
    expect(store.db.prepare("SELECT amount FROM money ORDER BY amount").pluck().all()).toEqual([1, 2]);
    expect(store.db.prepare("SELECT content_hash FROM articles").pluck().get()).toBe(ok.contentHash);
    store.close();
  });

  it("a read-only connection cannot write", () => {
    const db = join(tempDir(), "a.sqlite");
    openStore(db).close();
    const ro = openReadOnly(db);
    expect(() => ro.prepare("DELETE FROM articles").run()).toThrow(/readonly/i);
    ro.close();
  });

  it("refuses a file that is not a vnpress database, naming it", () => {
    const dir = tempDir();
    const other = join(dir, "other.sqlite");
    const d = new Database(other);
    d.exec("CREATE TABLE x (a)");
    d.close();
    expect(() => openReadOnly(other)).toThrow(/other\.sqlite: not a vnpress database/);
    expect(() => openReadOnly(join(dir, "missing.sqlite"))).toThrow(/missing\.sqlite/);
  });
});
