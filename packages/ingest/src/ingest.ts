/**
 * `ingest`: inputs → raw documents → prepared articles → records → store. Preparation and
 * extraction run in worker threads. When the store can be opened from another thread (a
 * SQLite file), each worker also writes what it extracts, on its own connection, in batches
 * (one transaction each); otherwise this thread writes the batches. Either way an
 * interrupted run leaves only whole batches, and a re-run, which skips what is stored,
 * completes it.
 */
import { availableParallelism } from "node:os";
import { PARLEY_VERSION, type ParleyRecord } from "@parley/core";
import type { PutOutcome, Store } from "@parley/store";
import { TaskPool } from "./pool.js";
import { extractable, textId, type PreparedArticle } from "./prepare.js";
import type { Prepared, Stored } from "./tasks.js";
import { BatchWriter, closeWriters, WriteLock } from "./writer.js";
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
  /** Worker threads that extract (and, for a store with a location, store) articles (default: `defaultWorkers()`, one per core); 0 runs everything in this thread. */
  workers?: number;
  /** Extract every language, not only English. */
  allLanguages?: boolean;
  stdin?: () => Uint8Array;
  maxBytes?: number;
  /** Text encoding of documents that are not UTF-8 and declare none (no charset from the server or in the page; a WHATWG label). */
  encoding?: string;
  onProgress?: (p: IngestProgress) => void;
  /** A failure, as it happens (the CLI prints it). */
  onFailure?: (source: string, error: string) => void;
  /** A pool to use instead of starting one (the caller closes it; e.g. started ahead of time). */
  pool?: TaskPool;
  /**
   * Articles per store transaction. Written by workers, default 64 (larger batches cost less
   * per article, about 1.0 → 0.8 ms at 16 → 64 on PolNeAR train: fewer commits and cluster
   * updates); written by this thread,
   * default 32 (a batch takes it ~2 ms an article, about what the workers' queued tasks keep
   * them busy for meanwhile).
   */
  batchSize?: number;
  /** Longest wait before a partial batch is written (default: 20 ms in a worker, 250 ms here). */
  batchMs?: number;
}

/** Inputs up to which this thread extracts while the workers start (see `TaskPool`'s `local`). */
const LOCAL_INPUTS = 16;

/**
 * Extraction workers by default: one per core, at most 8. They extract and store; this
 * thread only reads the inputs and hands them out.
 */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

export async function ingest(inputs: string[], opts: IngestOptions): Promise<IngestProgress> {
  const t0 = performance.now();
  const { store } = opts;
  const files = expandInputs(inputs);
  // Past a few inputs, the workers are waited for rather than this thread extracting until
  // they start (PolNeAR train, 839 texts, through the CLI: ~1-3 s less CPU of ~15, up to 1.5 s less wall-clock).
  const pool = opts.pool ?? new TaskPool(opts.workers ?? defaultWorkers(), { local: files.length <= LOCAL_INPUTS });
  // Workers store what they extract when they can open the store themselves.
  const location = pool.size > 0 ? store.location : undefined;
  const workerWriter = { size: Math.max(1, opts.batchSize ?? 64), ms: opts.batchMs ?? 20, lock: new WriteLock().buffer };
  const writer = new BatchWriter(store, Math.max(1, opts.batchSize ?? 32), opts.batchMs ?? 250);
  const progress: IngestProgress = { inputs: files.length, done: 0, added: 0, duplicates: 0, notExtracted: 0, failed: 0, seconds: 0 };
  const tick = () => {
    progress.seconds = (performance.now() - t0) / 1000;
    opts.onProgress?.({ ...progress });
  };
  const count = (outcome: PutOutcome, extracted: boolean) => {
    if (outcome !== "added") progress.duplicates++;
    else {
      progress.added++;
      if (!extracted) progress.notExtracted++;
    }
  };
  const failure = async (source: string, error: string) => {
    progress.failed++;
    opts.onFailure?.(source, error);
    await store.putFailure(source, error);
  };

  /**
   * Prepare and extract; a stored article's write is returned, wrapped (an async function
   * returning a bare promise would wait for it), and settles when its batch commits.
   */
  const handle = async (item: SourceItem): Promise<{ write: Promise<void> } | void> => {
    if ("failure" in item) return failure(item.failure.source, item.failure.error);
    const raw = item.doc;
    const failed = (err: unknown) => failure(raw.source, (err as Error)?.message ?? String(err));
    try {
      const duplicate = async () => {
        progress.duplicates++;
        await store.clearFailure(raw.source);
      };
      if (raw.url && (await store.has({ url: raw.url }))) return duplicate();
      if (location) {
        // A worker prepares, extracts and stores it; the answer comes when its batch commits.
        if (raw.html === undefined && (await store.has({ id: textId(raw.text ?? "") }))) return duplicate();
        const { outcome, extracted } = (await pool.run({ op: "store", raw, allLanguages: opts.allLanguages, location, writer: workerWriter })) as Stored;
        return count(outcome, extracted);
      }
      let article: PreparedArticle;
      let record: ParleyRecord | null;
      if (raw.html === undefined) {
        // Plain text: its id is the hash of the text as given, so a stored one is skipped
        // here; a worker prepares and extracts it in one trip.
        if (await store.has({ id: textId(raw.text ?? "") })) return duplicate();
        ({ article, record } = (await pool.run({ op: "both", raw, allLanguages: opts.allLanguages })) as Prepared);
      } else {
        // A page: a worker reads it (readability) first, to know its text and so its id.
        article = (await pool.run({ op: "prepare", raw })) as PreparedArticle;
        if (await store.has({ id: article.id, url: article.url })) return duplicate();
        record = opts.allLanguages || extractable(article.language) ? ((await pool.run({ op: "extract", article })) as ParleyRecord) : null;
      }
      const extract = opts.allLanguages || extractable(article.language);
      const stored = { ...article, status: extract ? "extracted" as const : "language" as const, extractor: { name: "parley", version: record?.parley ?? PARLEY_VERSION } };
      const write = writer.put(stored, record).then((outcome) => count(outcome, extract), failed);
      return { write };
    } catch (err) {
      await failed(err);
    }
  };

  // In flight: documents being prepared or extracted, enough to fill every worker's queue;
  // waiting writes are bounded by the batch size, as a full batch is written at once.
  // A stored article's task settles when its batch commits: room for each worker's queue
  // and up to two batches it gathers (one growing while the lock is busy).
  const limit = Math.max(4, pool.size * (pool.depth + 4 + (location ? 2 * workerWriter.size : 0)));
  const inflight = new Set<Promise<void>>();
  const writes = new Set<Promise<void>>();
  const settled = () => {
    progress.done++;
    tick();
  };
  try {
    for await (const item of readSources(files, { stdin: opts.stdin, maxBytes: opts.maxBytes, encoding: opts.encoding, known: (url) => store.has({ url }) })) {
      const p: Promise<void> = handle(item).then((queued) => {
        inflight.delete(p);
        if (!queued) return settled();
        const w: Promise<void> = queued.write.finally(() => {
          writes.delete(w);
          settled();
        });
        writes.add(w);
      });
      inflight.add(p);
      if (inflight.size >= limit) await Promise.race(inflight);
    }
    await Promise.all(inflight);
    await writer.flush();
    await Promise.all(writes);
  } finally {
    // The workers' (and this thread's, for tasks it ran itself) own store connections.
    if (location) await Promise.allSettled([pool.broadcast({ op: "close" }), closeWriters()]);
    if (!opts.pool) await pool.close();
  }
  progress.seconds = (performance.now() - t0) / 1000;
  return progress;
}
