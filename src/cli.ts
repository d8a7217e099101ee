// One entry for every command. Command modules are imported when their
// command runs, so `vnpress extract` never loads SQLite or the crawler.
// first: it notes the cores' idle time at start (see util/cpu.ts)
import "./util/cpu.js";
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
    .description("every stored article with its records, in the shape `extract` prints (jsonl) or as CSV; or the records of one kind, one row each, with their article (--kind); or one file per kind (--out)")
    .addOption(dbOption())
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "csv"]).default("jsonl"))
    .addOption(new Option("--kind <kind>", "records of this kind, one row each with the article's url, title, date, year and province").choices(["delegations", "money", "agreements", "partners", "docrefs"]))
    .option("--since <date>", "only articles published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--province <name>", "only articles about this province: its name at publication or its post-2025 unit (diacritics optional)")
    .option("--out <dir>", "write files into DIR instead of stdout: articles.FORMAT and one FORMAT file per record kind (only --kind's with --kind)")
    .action(async (o) => {
      const { runExport } = await import("./commands/export.js");
      setCode(runExport({ db: o.db, format: o.format, kind: o.kind, since: o.since, province: o.province, out: o.out }));
    });

  program
    .command("search")
    .description("full-text search of titles, bodies and captions, without diacritics and with đ = d (`hua phan` finds Hủa Phăn); prints each article with a highlighted snippet")
    .argument("<words...>", 'words to find (all of them); "a phrase" in quotes; word* for a prefix; OR between two terms')
    .addOption(dbOption())
    .option("--limit <n>", "show at most N articles", positiveInt("--limit"), 20)
    .addOption(new Option("--format <format>", "output format").choices(["text", "jsonl"]).default("text"))
    .option("--raw", "the words are an FTS5 query (MATCH syntax), passed as they are")
    .option("--color", "colour the matches even when stdout is not a terminal")
    .option("--no-color", "plain ⟦markers⟧ even on a terminal")
    .action(async (words: string[], o) => {
      const { runSearch } = await import("./commands/search.js");
      setCode(runSearch(words, { db: o.db, limit: o.limit, format: o.format, raw: o.raw, color: o.color }));
    });

  program
    .command("show")
    .description("the evidence: an article with every extracted span marked and labelled, or (--record KIND:ID) one record, its sentence with the span marked, and the article's URL or file")
    .argument("[article]", "article id, URL or file")
    .addOption(dbOption())
    .option("--record <kind:id>", "one record, e.g. money:12 (the record_id column of the v_* views)")
    .option("--color", "colour the spans even when stdout is not a terminal")
    .option("--no-color", "plain ⟦kind#id: …⟧ markers even on a terminal")
    .action(async (article: string | undefined, o) => {
      const { runShow } = await import("./commands/show.js");
      setCode(runShow(article, { db: o.db, record: o.record, color: o.color }));
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

  const crawlOptions = (cmd: Command) =>
    cmd
      .requiredOption("--config <file>", "sources file (JSON; see sources/provinces.json)")
      .addOption(dbOption())
      .addOption(new Option("--archive <dir>", "where the WARC archive goes (under DIR/warc)").default("corpus"))
      .option("--allow-private", "allow private, loopback and link-local addresses (a local test site)")
      .option("--max-pages <n>", "pages per source this night (overrides each source's maxPages)", positiveInt("--max-pages"))
      .option("--dry-run", "read robots.txt, sitemaps and feeds, list what would be fetched; store and archive nothing")
      .option("--workers <n>", "threads that clean and extract pages (0: in the main thread)", (v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("--workers takes a whole number");
        return n;
      })
      .option("--log <file>", "JSON log file (default: logs/run-*.log beside the database)")
      .addOption(new Option("--progress <mode>", "progress display").choices(["auto", "bar", "lines", "none"]).default("auto"))
      .addOption(new Option("--retry-base-ms <n>", "base of the retry backoff").argParser(positiveInt("--retry-base-ms")).hideHelp());

  crawlOptions(
    program.command("run").description("the nightly job: discover → fetch → archive → clean → extract → store, for every source; exit 1 when a source could not be crawled at all"),
  ).action(async (o) => {
    const { runRun } = await import("./commands/run.js");
    setCode(await runRun({ config: o.config, db: o.db, archive: o.archive, allowPrivate: o.allowPrivate, maxPages: o.maxPages, dryRun: o.dryRun, workers: o.workers, log: o.log, progress: o.progress, retryBaseMs: o.retryBaseMs }));
  });

  crawlOptions(program.command("crawl").description("discover, fetch and archive only (no cleaning, extraction or storing of articles)")).action(async (o) => {
    const { runCrawl } = await import("./commands/crawl.js");
    setCode(await runCrawl({ config: o.config, db: o.db, archive: o.archive, allowPrivate: o.allowPrivate, maxPages: o.maxPages, dryRun: o.dryRun, workers: o.workers, log: o.log, progress: o.progress, retryBaseMs: o.retryBaseMs }));
  });

  program
    .command("reextract")
    .description("rebuild every article and record from the archived pages with the current rules (no network)")
    .addOption(dbOption())
    .addOption(new Option("--archive <dir>", "the archive folder (WARC files under DIR/warc)").default("corpus"))
    .option("--workers <n>", "threads that clean and extract pages", positiveInt("--workers"))
    .action(async (o) => {
      const { runReextract } = await import("./commands/reextract.js");
      setCode(await runReextract({ db: o.db, archive: o.archive, workers: o.workers }));
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
