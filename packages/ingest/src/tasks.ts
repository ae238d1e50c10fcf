/** The work a worker does, callable in-process too (workers: 0). */
import { createExtractor } from "@parley/runtime";
import type { ParleyRecord } from "@parley/core";
import { prepare, type PreparedArticle } from "./prepare.js";
import type { RawDoc } from "./sources.js";

export type Task = { op: "prepare"; raw: RawDoc } | { op: "extract"; article: PreparedArticle };
export type TaskResult = PreparedArticle | ParleyRecord;

export async function runTask(task: Task): Promise<TaskResult> {
  if (task.op === "prepare") return prepare(task.raw);
  const a = task.article;
  return createExtractor().extract(a.text, {
    source: a.source, title: a.title, published: a.published, publishedFrom: a.publishedFrom, language: a.language, url: a.url,
  });
}
