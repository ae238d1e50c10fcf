/**
 * `ingest`: inputs → raw documents → prepared articles → records → store. Preparation and
 * extraction run in worker threads; the store is written from this thread in batches (up to
 * `batchSize` articles or `batchMs` milliseconds, one transaction each), so an interrupted
 * run leaves only whole batches and a re-run, which skips what is stored, completes it.
 */
import { availableParallelism } from "node:os";
import { PARLEY_VERSION, type ParleyRecord } from "@parley/core";
import type { ArticleInput, PutItem, PutOutcome, Store } from "@parley/store";
import { TaskPool } from "./pool.js";
import { extractable, textId, type PreparedArticle } from "./prepare.js";
import type { Prepared } from "./tasks.js";
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
  /** Extraction worker threads (default: `defaultWorkers()`, one per core but one; this thread reads and writes the store); 0 runs in-process. */
  workers?: number;
  /** Extract every language, not only English. */
  allLanguages?: boolean;
  stdin?: () => Uint8Array;
  maxBytes?: number;
  onProgress?: (p: IngestProgress) => void;
  /** A failure, as it happens (the CLI prints it). */
  onFailure?: (source: string, error: string) => void;
  /** A pool to use instead of starting one (the caller closes it; e.g. started ahead of time). */
  pool?: TaskPool;
  /**
   * Articles per store transaction (default 32: a batch takes this thread ~2 ms an article,
   * about what the workers' queued tasks (`TaskPool` depth) keep them busy for meanwhile).
   */
  batchSize?: number;
  /** Longest wait before a partial batch is written (default 250 ms). */
  batchMs?: number;
}

/** Collects articles and writes them in batches; each `put` resolves when its batch commits. */
class BatchWriter {
  #items: PutItem[] = [];
  #waiting: { resolve(o: PutOutcome): void; reject(e: Error): void }[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(readonly store: Store, readonly size: number, readonly ms: number) {}

  put(article: ArticleInput, record: ParleyRecord | null): Promise<PutOutcome> {
    return new Promise((resolve, reject) => {
      this.#items.push({ article, record });
      this.#waiting.push({ resolve, reject });
      if (this.#items.length >= this.size) void this.flush();
      else this.#timer ??= setTimeout(() => void this.flush(), this.ms);
    });
  }

  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const items = this.#items;
    const waiting = this.#waiting;
    if (!items.length) return;
    this.#items = [];
    this.#waiting = [];
    try {
      const outcomes = await this.store.putArticles(items);
      waiting.forEach((w, i) => w.resolve(outcomes[i]));
    } catch (err) {
      // The batch rolled back whole: each of its articles fails (and is recorded as such).
      for (const w of waiting) w.reject(err as Error);
    }
  }
}

/**
 * Extraction workers by default: one per core but one, at most 8 (at least 1). This thread
 * takes about as much CPU as a worker (reading, the store's writes: ~2 ms an article), and
 * every worker pays its own start-up and JIT warm-up (~3 s of CPU over its first few hundred
 * articles, measured on PolNeAR train), so on 2 cores one worker ingests faster than two.
 */
/** Inputs up to which this thread extracts while the workers start (see `TaskPool`'s `local`). */
const LOCAL_INPUTS = 16;

export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism() - 1));
}

export async function ingest(inputs: string[], opts: IngestOptions): Promise<IngestProgress> {
  const t0 = performance.now();
  const { store } = opts;
  const files = expandInputs(inputs);
  // Past a few inputs, the workers are waited for rather than this thread extracting until
  // they start (PolNeAR train, 839 texts, through the CLI: ~1-3 s less CPU of ~15, up to 1.5 s less wall-clock).
  const pool = opts.pool ?? new TaskPool(opts.workers ?? defaultWorkers(), { local: files.length <= LOCAL_INPUTS });
  const writer = new BatchWriter(store, Math.max(1, opts.batchSize ?? 32), opts.batchMs ?? 250);
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
      const write = writer.put(stored, record).then((outcome) => {
        if (outcome !== "added") progress.duplicates++;
        else if (!extract) { progress.added++; progress.notExtracted++; }
        else progress.added++;
      }, failed);
      return { write };
    } catch (err) {
      await failed(err);
    }
  };

  // In flight: documents being prepared or extracted, enough to fill every worker's queue;
  // waiting writes are bounded by the batch size, as a full batch is written at once.
  const limit = Math.max(4, pool.size * (pool.depth + 4));
  const inflight = new Set<Promise<void>>();
  const writes = new Set<Promise<void>>();
  const settled = () => {
    progress.done++;
    tick();
  };
  try {
    for await (const item of readSources(files, { stdin: opts.stdin, maxBytes: opts.maxBytes, known: (url) => store.has({ url }) })) {
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
    if (!opts.pool) await pool.close();
  }
  progress.seconds = (performance.now() - t0) / 1000;
  return progress;
}
