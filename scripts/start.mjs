// `npm start`: the main job on the bundled default, no network needed.
// Ingests corpus/ into output/vnpress.sqlite and prints what the database holds.
import { main } from "../dist/cli.js";

const db = process.env.VNPRESS_DB ?? "output/vnpress.sqlite";
let code = await main(["node", "vnpress", "ingest", "corpus", "--db", db]);
if (code === 0 || code === 1) {
  const statsCode = await main(["node", "vnpress", "stats", "--db", db]);
  if (statsCode !== 0) code = statsCode;
}
process.exitCode = code;
