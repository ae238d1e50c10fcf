/**
 * `ingest`: inputs → raw documents → prepared articles → records → store. Preparation and
 * extraction run in worker threads; the store is written from this thread, one article per
 * transaction, so an interrupted run leaves only whole articles and a re-run completes it.
 */
import { availableParallelism } from "node:os";
import { PARLEY_VERSION, type ParleyRecord } from "@parley/core";
import type { Store } from "@parley/store";
import { TaskPool } from "./pool.js";
import { extractable, prepare, type PreparedArticle } from "./prepare.js";
import { expandInputs, readSources, type SourceItem } from "./sources.js";

export interface IngestProgress {
  /** Inputs (files, URLs) after expanding directories; documents may be more (feeds, WARC). */
  inputs: number;
  done: number;
  added: number;
  duplicates: number;
  notExtracted: number;
  failed: number;
  seconds: number;
}

export interface IngestOptions {
  store: Store;
  /** Worker threads (default: the cores but one, which this thread uses; at most 8); 0 runs in-process. */
  workers?: number;
  /** Extract every language, not only English. */
  allLanguages?: boolean;
  stdin?: () => Uint8Array;
  maxBytes?: number;
  onProgress?: (p: IngestProgress) => void;
  /** A failure, as it happens (the CLI prints it). */
  onFailure?: (source: string, error: string) => void;
}

export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism() - 1));
}

export async function ingest(inputs: string[], opts: IngestOptions): Promise<IngestProgress> {
  const t0 = performance.now();
  const { store } = opts;
  const files = expandInputs(inputs);
  const pool = new TaskPool(opts.workers ?? defaultWorkers());
  const progress: IngestProgress = { inputs: files.length, done: 0, added: 0, duplicates: 0, notExtracted: 0, failed: 0, seconds: 0 };
  const tick = () => {
    progress.seconds = (performance.now() - t0) / 1000;
    opts.onProgress?.({ ...progress });
  };
  const failure = async (source: string, error: string) => {
    progress.failed++;
    opts.onFailure?.(source, error);
    await store.putFailure(source, error);
  };

  const handle = async (item: SourceItem): Promise<void> => {
    if ("failure" in item) return failure(item.failure.source, item.failure.error);
    const raw = item.doc;
    try {
      const duplicate = async () => {
        progress.duplicates++;
        await store.clearFailure(raw.source);
      };
      if (raw.url && (await store.has({ url: raw.url }))) return duplicate();
      // Plain text is cheap to prepare here; pages (readability) go to the workers.
      const article = raw.html === undefined ? await prepare(raw) : ((await pool.run({ op: "prepare", raw })) as PreparedArticle);
      if (await store.has({ id: article.id, url: article.url })) return duplicate();
      const extract = opts.allLanguages || extractable(article.language);
      const record = extract ? ((await pool.run({ op: "extract", article })) as ParleyRecord) : null;
      const outcome = await store.putArticle(
        { ...article, status: extract ? "extracted" : "language", extractor: { name: "parley", version: record?.parley ?? PARLEY_VERSION } },
        record,
      );
      if (outcome !== "added") progress.duplicates++;
      else if (!extract) { progress.added++; progress.notExtracted++; }
      else progress.added++;
    } catch (err) {
      await failure(raw.source, (err as Error)?.message ?? String(err));
    }
  };

  const limit = Math.max(4, pool.size * 8);
  const inflight = new Set<Promise<void>>();
  try {
    for await (const item of readSources(files, { stdin: opts.stdin, maxBytes: opts.maxBytes, known: (url) => store.has({ url }) })) {
      const p: Promise<void> = handle(item).finally(() => {
        inflight.delete(p);
        progress.done++;
        tick();
      });
      inflight.add(p);
      if (inflight.size >= limit) await Promise.race(inflight);
    }
    await Promise.all(inflight);
  } finally {
    await pool.close();
  }
  progress.seconds = (performance.now() - t0) / 1000;
  return progress;
}
