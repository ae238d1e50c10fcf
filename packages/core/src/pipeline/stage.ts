/**
 * A stage is a pure function of (doc, context): it reads the layers it `requires` and sets
 * the layers it `provides`. Stages do no I/O; data (knowledge base, lexicons, options)
 * reach them through the context.
 */
import type { Doc } from "../doc/doc.js";

/** What every stage may read besides the doc. Later stages add optional fields. */
export interface StageContext {
  /** Resources keyed by name (e.g. `kb`, `ner-model`), loaded once by the caller. */
  readonly resources: Readonly<Record<string, unknown>>;
  /** Options keyed by name. */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface Stage {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly string[];
  readonly provides: readonly string[];
  run(doc: Doc, ctx: StageContext): void;
}

export function emptyContext(): StageContext {
  return { resources: {}, options: {} };
}
