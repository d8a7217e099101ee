// One entry for every command. Command modules are imported when their
// command runs, so `vnpress extract` never loads SQLite or the crawler.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DEFAULT_DB, EXIT, UsageError, errorLine } from "./commands/common.js";

export function positiveInt(name: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${name} takes a positive whole number`);
    return n;
  };
}

function megabytes(v: string): number {
  const n = Number(v);
  if (!(n > 0)) throw new InvalidArgumentError("--max-mb takes a positive number of megabytes");
  return Math.round(n * 1024 * 1024);
}

export function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name("vnpress")
    .description("Vietnamese provincial news → cleaned articles → evidence-backed facts in SQLite")
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();

  const dbOption = () => new Option("--db <file>", "SQLite database").default(DEFAULT_DB);

  program
    .command("ingest")
    .description("clean, extract and store articles from files or folders (.txt page text, .html pages)")
    .argument("<paths...>", "files or folders")
    .addOption(dbOption())
    .option("--max-mb <n>", "refuse inputs larger than this many megabytes", megabytes)
    .action(async (paths: string[], o) => {
      const { runIngest } = await import("./commands/ingest.js");
      setCode(runIngest(paths, { db: o.db, maxBytes: o.maxMb }));
    });

  program
    .command("extract")
    .description("print the article and records of each file (no database): one JSON line per input, in input order")
    .argument("<files...>", ".txt or .html files")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "json", "table"]).default("jsonl"))
    .option("--max-mb <n>", "refuse inputs larger than this many megabytes", megabytes)
    .action(async (files: string[], o) => {
      const { runExtract } = await import("./commands/extract.js");
      setCode(runExtract(files, { format: o.format, maxBytes: o.maxMb }));
    });

  program
    .command("export")
    .description("every stored article with its records, in the shape `extract` prints (jsonl) or as CSV")
    .addOption(dbOption())
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "csv"]).default("jsonl"))
    .action(async (o) => {
      const { runExport } = await import("./commands/export.js");
      setCode(runExport({ db: o.db, format: o.format }));
    });

  program
    .command("query")
    .description("run one read-only SQL statement against the database")
    .argument("<sql>", "a SELECT (or other read-only) statement")
    .addOption(dbOption())
    .addOption(new Option("--format <format>", "output format").choices(["table", "json", "jsonl", "csv"]).default("table"))
    .action(async (sql: string, o) => {
      const { runQuery } = await import("./commands/query.js");
      setCode(runQuery(sql, { db: o.db, format: o.format }));
    });

  program
    .command("stats")
    .description("articles and records per kind, per province and per year")
    .addOption(dbOption())
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action(async (o) => {
      const { runStats } = await import("./commands/stats.js");
      setCode(runStats({ db: o.db, format: o.format }));
    });

  return program;
}

/** Runs the CLI and returns the exit code: 0 ok, 1 some inputs failed, 2 usage or configuration error. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    const { StoreError } = await import("./store/db.js");
    if (e instanceof UsageError || e instanceof StoreError) {
      errorLine(e.message);
      return EXIT.usage;
    }
    errorLine(`internal error: ${(e as Error).stack ?? e}`);
    return EXIT.usage;
  }
}
