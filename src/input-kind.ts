// What kind of input a file is, by its name: a module of its own, so that the
// CLI can sort its arguments without loading the cleaner and the extractors.
import { extname } from "node:path";

export type InputKind = "text" | "html";

export function kindOf(path: string): InputKind | null {
  const ext = extname(path).toLowerCase();
  if (ext === ".txt" || ext === ".text") return "text";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  return null;
}
