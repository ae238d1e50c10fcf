/** The work a worker does, callable in-process too (workers: 0). */
import { createExtractor } from "@parley/runtime";
import type { ParleyRecord } from "@parley/core";
import { extractable, prepare, type PreparedArticle } from "./prepare.js";
import type { RawDoc } from "./sources.js";

/**
 * `prepare`: a raw document to an article; `extract`: an article to its record; `both`: a
 * plain-text document prepared and, when its language is extracted, extracted in one trip
 * (record null otherwise).
 */
export type Task =
  | { op: "prepare"; raw: RawDoc }
  | { op: "extract"; article: PreparedArticle }
  | { op: "both"; raw: RawDoc; allLanguages?: boolean };
export type Prepared = { article: PreparedArticle; record: ParleyRecord | null };
export type TaskResult = PreparedArticle | ParleyRecord | Prepared;

function extract(a: PreparedArticle): ParleyRecord {
  return createExtractor().extract(a.text, {
    source: a.source, title: a.title, published: a.published, publishedFrom: a.publishedFrom, language: a.language, url: a.url,
  });
}

export async function runTask(task: Task): Promise<TaskResult> {
  if (task.op === "prepare") return prepare(task.raw);
  if (task.op === "extract") return extract(task.article);
  const article = await prepare(task.raw);
  return { article, record: task.allLanguages || extractable(article.language) ? extract(article) : null };
}
