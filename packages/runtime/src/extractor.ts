/**
 * The default extractor: the default pipeline with its resources loaded once, turning a
 * text and its metadata into a record. Used by the CLI, the store's ingest and the server.
 */
import { createHash } from "node:crypto";
import { Doc, Pipeline, toRecord, type DocMeta, type ParleyRecord, type StageContext } from "@parley/core";
import { defaultStages } from "@parley/core";
import { loadResources } from "./resources.js";

export interface Extractor {
  readonly pipeline: Pipeline;
  readonly ctx: StageContext;
  /** Run the pipeline over one text. */
  extract(text: string, meta?: DocMeta): ParleyRecord;
  /** Run the pipeline and keep the doc (for the bench and for callers that want the layers). */
  process(text: string, meta?: DocMeta): Doc;
}

export interface ExtractorOptions {
  dataDir?: string;
  options?: Record<string, unknown>;
}

let shared: Extractor | undefined;

/** The record id (sha256 of the text, as core's own hasher gives it), in native code. */
const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** Build an extractor; without options the same one is shared by every caller in the process. */
export function createExtractor(opts: ExtractorOptions = {}): Extractor {
  if (!opts.dataDir && !opts.options && shared) return shared;
  const pipeline = Pipeline.build(defaultStages());
  const ctx: StageContext = { resources: loadResources(opts.dataDir), options: opts.options ?? {} };
  const extractor: Extractor = {
    pipeline,
    ctx,
    process: (text, meta = {}) => pipeline.run(new Doc(text, meta), ctx),
    extract: (text, meta = {}) => toRecord(pipeline.run(new Doc(text, meta), ctx), sha256),
  };
  if (!opts.dataDir && !opts.options) shared = extractor;
  return extractor;
}
