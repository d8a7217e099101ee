// Worker thread entry: analyses pages for the crawler's pool (see workers.ts).
import { parentPort } from "node:worker_threads";
import { analyzeAndArchive, type PageInput } from "./page.js";

parentPort!.on("message", async (msg: { id: number; input: PageInput }) => {
  try {
    const result = await analyzeAndArchive(msg.input, { sync: true });
    // the page text already went into the archive; do not copy it back
    if (result.processed) result.processed = { ...result.processed, doc: { ...result.processed.doc, text: "" } };
    parentPort!.postMessage({ id: msg.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).stack ?? String(e) });
  }
});
