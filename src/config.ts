// The sources file, validated with zod. An invalid file is a UsageError whose
// message names the file and the field, so the CLI exits 2 with something a
// person can fix.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { UsageError } from "./commands/common.js";

const pattern = z.string().refine(
  (s) => {
    try {
      new RegExp(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: "is not a valid regular expression" },
);

const httpUrl = z
  .string()
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, { message: "must be an absolute http(s) URL" });

export const Source = z
  .object({
    /** short machine name, used in the frontier, logs and the summary (default: the host name) */
    name: z.string().regex(/^[\w.-]+$/, "use letters, digits, '.', '_' or '-' only").optional(),
    province: z.string().optional(),
    /** the start page (home page or the news section) */
    url: httpUrl,
    feeds: z.array(httpUrl).default([]),
    sitemaps: z.array(httpUrl).default([]),
    /** regular expressions tested against the URL path and query; when given, a page must match one */
    include: z.array(pattern).default([]),
    /** regular expressions tested against the URL path and query; a match is never fetched */
    exclude: z.array(pattern).default([]),
    /** the least time between two requests to this source's host (robots.txt Crawl-delay may raise it) */
    delayMs: z.number().int().nonnegative().default(1000),
    /** connect, header and body timeout of one request */
    timeoutMs: z.number().int().positive().default(30000),
    /** pages fetched per night (sitemaps, feeds and robots.txt not counted) */
    maxPages: z.number().int().positive().default(500),
    /** requests in flight at once to this source's host */
    concurrency: z.number().int().positive().max(16).default(1),
    /** a body larger than this is abandoned while streaming */
    maxBytes: z.number().int().positive().default(10 * 1024 * 1024),
    /** an article with no sitemap lastmod is revisited (conditionally) after this many days */
    revisitDays: z.number().nonnegative().default(7),
    /** how many listing pages (pagination, sections) to follow from the start page per night */
    maxListingPages: z.number().int().nonnegative().default(30),
    /** documentation only: whether the entry has been checked against the live site */
    verified: z.boolean().optional(),
    note: z.string().optional(),
    kind: z.string().optional(),
  })
  .strict()
  .transform((s) => ({ ...s, name: s.name ?? new URL(s.url).hostname.replace(/^www\./, "") }));
export type Source = z.infer<typeof Source>;

export const SourcesFile = z
  .object({
    /** a URL or mailto: where site owners can reach whoever runs the crawler; goes into the User-Agent */
    contact: z.string().min(3).default("https://vnpress.invalid/crawler"),
    /** requests in flight at once across all hosts */
    concurrency: z.number().int().positive().max(64).default(4),
    note: z.string().optional(),
    sources: z.array(Source).min(1, "list at least one source"),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.sources.forEach((s, i) => {
      if (seen.has(s.name)) ctx.addIssue({ code: "custom", path: ["sources", i, "name"], message: `"${s.name}" is used by two sources; names must be unique` });
      seen.add(s.name);
    });
  });
export type SourcesFile = z.infer<typeof SourcesFile>;

function fieldPath(path: PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || "(top level)";
}

/** Validate parsed JSON as a sources file, or throw a UsageError naming the first bad field. */
export function parseSources(data: unknown, file = "sources file"): SourcesFile {
  const r = SourcesFile.safeParse(data);
  if (r.success) return r.data;
  const msgs = r.error.issues.slice(0, 3).map((i) => `${fieldPath(i.path)}: ${i.message}`);
  throw new UsageError(`${file}: invalid sources file: ${msgs.join("; ")}`);
}

export function loadSources(path: string): SourcesFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`${path}: ${code === "ENOENT" ? "no such sources file" : `cannot read (${code ?? (e as Error).message})`}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  return parseSources(data, path);
}
