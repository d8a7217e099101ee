// Every response the crawler receives, kept as WARC 1.0 (gzip per record, the
// usual .warc.gz layout), written with warcio and readable by warcio, pywb,
// warcit or any other archive tool — and by `vnpress reextract`.
//
// Bodies are stored decoded (Content-Encoding undone, its header dropped and
// Content-Length set to the stored length), so a reader never needs to know
// how the server compressed them. Each record is written with one write()
// call; a run killed mid-write leaves at most one torn record at the end of
// the file, which the reader stops at.
import { closeSync, createReadStream, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, statSync, writeSync } from "node:fs";
import { STATUS_CODES } from "node:http";
import { createHash } from "node:crypto";
import { join, relative, resolve } from "node:path";
import { gzip, gzipSync } from "node:zlib";
import { promisify } from "node:util";
import { WARCParser, WARCRecord } from "warcio";
import { WARCSerializer } from "warcio/node";
import { VERSION } from "./fetch.js";

const gzipAsync = promisify(gzip);

/** Start a new file past this size. */
const ROTATE_BYTES = 512 * 1024 * 1024;
const HOP_BY_HOP = new Set(["content-encoding", "transfer-encoding", "content-length", "connection", "keep-alive"]);

export interface ArchiveEntry {
  url: string;
  date: string;
  status: number;
  headers: Record<string, string>;
  /** the decoded body, or null when it was not read (304, redirects, errors, refused types) */
  body: Buffer | null;
  source: string;
  kind: string;
  /** why the body is missing or cut short: "length" (over the size cap), "unspecified" (not read) */
  truncated?: "length" | "unspecified" | null;
}

export interface ArchivedAt {
  file: string;
  offset: number;
}

function sha256(...parts: Uint8Array[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return "sha256:" + h.digest("hex");
}

/**
 * One response record as the archive stores it: WARC 1.0, gzipped on its own.
 * Pure, so the crawler's analysis threads can build a page's record beside
 * its analysis and leave the main thread only the write. `sync` compresses on
 * the calling thread (a worker); otherwise on libuv's thread pool.
 */
export async function recordBytes(e: ArchiveEntry, opts: { sync?: boolean } = {}): Promise<Buffer> {
  const headers: [string, string][] = Object.entries(e.headers).filter(([k]) => !HOP_BY_HOP.has(k));
  const body = e.body ?? Buffer.alloc(0);
  headers.push(["content-length", String(body.length)]);
  const warcHeaders: Record<string, string> = {
    "WARC-Payload-Digest": sha256(body),
    "WARC-Block-Digest": "sha256:pending",
    "X-Vnpress-Source": e.source,
    "X-Vnpress-Kind": e.kind,
  };
  if (e.truncated) warcHeaders["WARC-Truncated"] = e.truncated;
  const rec = WARCRecord.create(
    { url: e.url, date: e.date, type: "response", warcVersion: "WARC/1.0", statusline: `HTTP/1.1 ${e.status} ${STATUS_CODES[e.status] ?? ""}`.trim(), httpHeaders: headers, warcHeaders, keepHeadersCase: true },
    body.length ? [body] : [],
  );
  const httpBlock = Buffer.from(rec.httpHeaders!.toString() + "\r\n", "latin1");
  rec.warcHeaders.headers.set("WARC-Block-Digest", sha256(httpBlock, body));
  const raw = await WARCSerializer.serialize(rec, { gzip: false });
  return opts.sync ? gzipSync(raw, { level: 1 }) : gzipAsync(raw, { level: 1 });
}

export class ArchiveWriter {
  private fd: number | null = null;
  private file = "";
  private offset = 0;
  private seq = 0;
  private tail: Promise<unknown> = Promise.resolve();
  readonly warcDir: string;

  constructor(
    readonly dir: string,
    private readonly runId: number,
  ) {
    this.warcDir = join(dir, "warc");
  }

  private open(): void {
    mkdirSync(this.warcDir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
    for (;;) {
      const name = `vnpress-${stamp}-run${this.runId}-${String(this.seq++).padStart(5, "0")}.warc.gz`;
      const path = join(this.warcDir, name);
      if (existsSync(path)) continue;
      this.fd = openSync(path, "a");
      this.file = name;
      this.offset = 0;
      break;
    }
  }

  /** Append one record already serialised and gzipped (see `recordBytes`). */
  append(bytes: Uint8Array): Promise<ArchivedAt> {
    // records are appended one at a time, in the order they are handed in
    const turn = this.tail.then(async () => {
      if (this.fd === null || this.offset > ROTATE_BYTES) {
        this.close();
        this.open();
        await this.writeInfo();
      }
      const at = { file: this.file, offset: this.offset };
      writeSync(this.fd!, bytes);
      this.offset += bytes.length;
      return at;
    });
    this.tail = turn.catch(() => {});
    return turn;
  }

  private async writeInfo(): Promise<void> {
    const info = WARCRecord.createWARCInfo({ filename: this.file, warcVersion: "WARC/1.0" }, {
      software: `vnpress/${VERSION} (warcio.js)`,
      format: "WARC File Format 1.0",
      "http-header-user-agent": "vnpress",
      description: "vnpress crawl of Vietnamese provincial news sites; HTTP bodies stored decoded (Content-Encoding removed)",
    });
    const bytes = gzipSync(await WARCSerializer.serialize(info, { gzip: false }), { level: 3 });
    writeSync(this.fd!, bytes);
    this.offset += bytes.length;
  }

  /** Append one response record; returns the file (relative to the warc/ folder) and byte offset. */
  async write(e: ArchiveEntry): Promise<ArchivedAt> {
    return this.append(await recordBytes(e));
  }

  /** Flush to disk (end of a run). */
  sync(): void {
    if (this.fd !== null) fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== null) {
      try {
        fsyncSync(this.fd);
      } catch {
        /* closing anyway */
      }
      closeSync(this.fd);
      this.fd = null;
    }
  }
}

export interface ArchivedResponse {
  file: string;
  offset: number;
  url: string;
  date: string;
  status: number;
  headers: Record<string, string>;
  source: string | null;
  kind: string | null;
  truncated: string | null;
  body: Buffer | null;
}

/** The WARC files of an archive folder, oldest first (their names start with the run's time). */
export function archiveFiles(dir: string): string[] {
  const warcDir = join(dir, "warc");
  if (!existsSync(warcDir) || !statSync(warcDir).isDirectory()) return [];
  return readdirSync(warcDir).filter((f) => /\.warc(\.gz)?$/.test(f)).sort();
}

function headersOf(rec: WARCRecord): Record<string, string> {
  const out: Record<string, string> = {};
  const h = rec.httpHeaders?.headers;
  if (h) for (const [k, v] of h as unknown as Iterable<[string, string]>) out[k.toLowerCase()] = v;
  return out;
}

/**
 * Every response record of one WARC file, in order. With `bodies` false the
 * payload is skipped (an index pass). A torn record at the end of the file (a
 * run killed while writing) ends the iteration quietly.
 */
export async function* readArchiveFile(dir: string, file: string, opts: { bodies: boolean; start?: number; limit?: number }): AsyncGenerator<ArchivedResponse> {
  const stream = createReadStream(join(dir, "warc", file), { start: opts.start ?? 0 });
  const parser = new WARCParser(stream);
  let n = 0;
  try {
    for await (const rec of parser) {
      if (rec.warcType !== "response") {
        await rec.skipFully();
        continue;
      }
      const body = opts.bodies ? Buffer.from(await rec.readFully(false)) : null;
      if (!opts.bodies) await rec.skipFully();
      yield {
        file,
        offset: (opts.start ?? 0) + parser.offset,
        url: rec.warcTargetURI ?? "",
        date: rec.warcDate ?? "",
        status: Number(rec.httpHeaders?.statusCode ?? 0),
        headers: headersOf(rec),
        source: rec.warcHeader("X-Vnpress-Source") ?? null,
        kind: rec.warcHeader("X-Vnpress-Kind") ?? null,
        truncated: rec.warcHeader("WARC-Truncated") ?? null,
        body,
      };
      if (opts.limit && ++n >= opts.limit) break;
    }
  } catch {
    // a torn last record: everything before it has been read
  } finally {
    stream.destroy();
  }
}

/** The one response record at a known offset (what the frontier remembers for each page). */
export async function readRecordAt(dir: string, file: string, offset: number): Promise<ArchivedResponse | null> {
  for await (const r of readArchiveFile(dir, file, { bodies: true, start: offset, limit: 1 })) return r;
  return null;
}

export function archiveLabel(dir: string): string {
  return relative(process.cwd(), resolve(dir)) || ".";
}
