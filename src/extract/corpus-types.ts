// Shape of the Duckling-style corpora that sit beside each kind's rules.
// Each example is run through the real extractor by test/corpus.test.ts.
import type { RecordsByKind, RecordKind } from "../types.js";

type Expected<K extends RecordKind> = Partial<Omit<RecordsByKind[K][number], "zone" | "start" | "end" | "sentence">>;

export interface CorpusExample<K extends RecordKind> {
  /** a sentence or short passage in realistic news phrasing, treated as an article body */
  text: string;
  /** optional title; periods and direction may depend on it */
  title?: string;
  /**
   * The records the extractor must produce, matched on the kind's key
   * (money: amount+currency; delegations: delegations+people; agreements: count;
   * partners: name+country; docrefs: number+symbol). Only the fields given are compared;
   * `text`, when given, must be contained in the produced span.
   * An empty array is a negative example: nothing of this kind may come out.
   */
  expect: Expected<K>[];
  /** when true, records beyond `expect` are tolerated */
  partial?: boolean;
  /** why this example is here (the trap or form it covers) */
  note?: string;
}
