// Plain-text tables and CSV, for terminals and spreadsheets.

export function formatTable(rows: Record<string, unknown>[], columns?: string[]): string {
  if (rows.length === 0) return "(no rows)";
  const cols = columns ?? Object.keys(rows[0]);
  const cell = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v)).replace(/\s+/g, " ");
  const cells = rows.map((r) => cols.map((c) => cell(r[c])));
  const widths = cols.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((r) => r[i].length))));
  const fit = (s: string, w: number) => (s.length > w ? s.slice(0, w - 1) + "…" : s.padEnd(w));
  const numeric = cols.map((_, i) => cells.every((r) => r[i] === "" || /^-?[\d.]+$/.test(r[i])));
  const line = (vals: string[]) => vals.map((v, i) => (numeric[i] ? (v.length > widths[i] ? fit(v, widths[i]) : v.padStart(widths[i])) : fit(v, widths[i]))).join("  ").trimEnd();
  return [line(cols), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

/** One CSV field, quoted as RFC 4180 says: quotes doubled, fields with , " CR or LF quoted. */
export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : typeof v === "boolean" ? (v ? "true" : "false") : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
  return values.map(csvField).join(",") + "\r\n";
}
