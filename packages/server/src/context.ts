/** What every route handler is given. */
import type { ParleyRecord, DocMeta } from "@parley/core";
import type { WritePolicy } from "./auth.js";
import type { Corpus } from "./corpus.js";

/** The part of `@parley/runtime`'s Extractor the server uses. */
export interface RecordExtractor {
  extract(text: string, meta?: DocMeta): ParleyRecord;
}

export interface ServerContext {
  store: Corpus;
  extractor: RecordExtractor;
  policy: WritePolicy;
}
