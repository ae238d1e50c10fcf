/** The work a worker does, callable in-process too (workers: 0). */
import { createExtractor } from "@parley/runtime";
import { PARLEY_VERSION, type ParleyRecord } from "@parley/core";
import type { PutOutcome, StoreLocation } from "@parley/store";
import { extractable, prepare, type PreparedArticle } from "./prepare.js";
import type { RawDoc } from "./sources.js";
import { closeWriters, writerAt, type WriterOptions } from "./writer.js";

/**
 * `prepare`: a raw document to an article; `extract`: an article to its record; `both`: a
 * plain-text document prepared and, when its language is extracted, extracted in one trip
 * (record null otherwise); `store`: prepared, extracted and written to the store at
 * `location` by this thread's own batch writer (answered when its batch commits);
 * `close`: write and close this thread's writers.
 */
export type Task =
  | { op: "prepare"; raw: RawDoc }
  | { op: "extract"; article: PreparedArticle }
  | { op: "both"; raw: RawDoc; allLanguages?: boolean }
  | { op: "store"; raw: RawDoc; allLanguages?: boolean; location: StoreLocation; writer: WriterOptions }
  | { op: "close" };
export type Prepared = { article: PreparedArticle; record: ParleyRecord | null };
/** A `store` task's answer: what the store made of it, and whether it was extracted. */
export type Stored = { outcome: PutOutcome; extracted: boolean };
export type TaskResult = PreparedArticle | ParleyRecord | Prepared | Stored | null;

function extract(a: PreparedArticle): ParleyRecord {
  return createExtractor().extract(a.text, {
    source: a.source, title: a.title, published: a.published, publishedFrom: a.publishedFrom, language: a.language, url: a.url,
  });
}

/** `freed`: called once the article is extracted and only its batch's commit is awaited. */
async function store(task: Extract<Task, { op: "store" }>, freed?: () => void): Promise<Stored> {
  const writer = writerAt(task.location, task.writer);
  const article = await prepare(task.raw);
  // Stored already (by an earlier run, or another thread meanwhile): nothing to extract.
  if (await writer.store.has({ id: article.id, url: article.url })) {
    await writer.store.clearFailure(article.source);
    return { outcome: "duplicate-id", extracted: false };
  }
  const extracted = task.allLanguages || extractable(article.language);
  const record = extracted ? extract(article) : null;
  const written = writer.put({
    ...article, status: extracted ? "extracted" : "language", extractor: { name: "parley", version: record?.parley ?? PARLEY_VERSION },
  }, record);
  freed?.();
  return { outcome: await written, extracted };
}

/** Run a task; `freed` is called when a `store` task no longer needs its worker's queue slot (see `TaskPool`). */
export async function runTask(task: Task, freed?: () => void): Promise<TaskResult> {
  switch (task.op) {
    case "prepare": return prepare(task.raw);
    case "extract": return extract(task.article);
    case "store": return store(task, freed);
    case "close": return closeWriters().then(() => null);
    case "both": {
      const article = await prepare(task.raw);
      return { article, record: task.allLanguages || extractable(article.language) ? extract(article) : null };
    }
  }
}
