/**
 * Batched store writes: `BatchWriter` gathers articles and writes them `size` at a time (or
 * after `ms`), one transaction per batch, so an interrupted run leaves only whole batches.
 * `writerAt` gives each thread (an extraction worker, or this one) one writer per store
 * location, on its own connection: workers store what they extract themselves, so the store's
 * work is spread over the cores instead of queued on one thread.
 */
import type { ParleyRecord } from "@parley/core";
import { openStore, type ArticleInput, type PutItem, type PutOutcome, type Store, type StoreLocation } from "@parley/store";

/**
 * A lock the threads writing one store take turns with (one 32-bit cell of shared memory):
 * SQLite lets one writer in at a time, and a connection that finds the database busy sleeps
 * in growing steps (up to 100 ms), which left workers idle for most of their write time.
 */
export class WriteLock {
  readonly #cell: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.#cell = new Int32Array(buffer, 0, 1);
  }

  tryAcquire(): boolean {
    return Atomics.compareExchange(this.#cell, 0, 0, 1) === 0;
  }

  /** Wait (woken as soon as it is released) until this thread holds the lock. */
  acquire(): void {
    while (!this.tryAcquire()) Atomics.wait(this.#cell, 0, 1, 100);
  }

  release(): void {
    Atomics.store(this.#cell, 0, 0);
    Atomics.notify(this.#cell, 0, 1);
  }
}

/**
 * Collects articles and writes them in batches; each `put` resolves when its batch commits.
 * With a `lock` shared with other writers of the store, a full batch is written when the lock
 * is free and otherwise kept growing (the thread goes on extracting) up to twice its size,
 * when the writer waits for its turn; the `ms` timer waits for it too.
 */
export class BatchWriter {
  #items: PutItem[] = [];
  #waiting: { resolve(o: PutOutcome): void; reject(e: Error): void }[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(readonly store: Store, readonly size: number, readonly ms: number, readonly lock?: WriteLock) {}

  put(article: ArticleInput, record: ParleyRecord | null): Promise<PutOutcome> {
    return new Promise((resolve, reject) => {
      this.#items.push({ article, record });
      this.#waiting.push({ resolve, reject });
      const n = this.#items.length;
      if (n >= this.size && (!this.lock || n >= 2 * this.size || this.lock.tryAcquire())) void this.flush(!!this.lock && n < 2 * this.size);
      else this.#timer ??= setTimeout(() => void this.flush(), this.ms);
    });
  }

  /**
   * Write what is gathered (`locked`: this thread already holds the lock). The lock is held
   * only across the store's synchronous work (SQLite's `putArticles` writes within the call):
   * released before anything else on this thread can run, it never waits on itself.
   */
  flush(locked = false): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const items = this.#items;
    const waiting = this.#waiting;
    if (!items.length) {
      if (locked) this.lock!.release();
      return Promise.resolve();
    }
    this.#items = [];
    this.#waiting = [];
    if (this.lock && !locked) this.lock.acquire();
    let written: Promise<PutOutcome[]>;
    try {
      written = this.store.putArticles(items);
    } catch (err) {
      written = Promise.reject(err as Error);
    } finally {
      this.lock?.release();
    }
    return written.then(
      (outcomes) => waiting.forEach((w, i) => w.resolve(outcomes[i])),
      // The batch rolled back whole: each of its articles fails (and is recorded as such).
      (err: Error) => { for (const w of waiting) w.reject(err); },
    );
  }
}

/** Batch size, longest wait and the shared lock (`WriteLock.buffer`) of a thread's own writer. */
export interface WriterOptions { size: number; ms: number; lock: SharedArrayBuffer }

const writers = new Map<string, BatchWriter>();

/** This thread's writer for a store location, opened on first use. */
export function writerAt(location: StoreLocation, opts: WriterOptions): BatchWriter {
  const key = JSON.stringify(location);
  let w = writers.get(key);
  if (!w) writers.set(key, (w = new BatchWriter(openStore(location), opts.size, opts.ms, new WriteLock(opts.lock))));
  return w;
}

/** Write what this thread's writers hold and close their connections. */
export async function closeWriters(): Promise<void> {
  const all = [...writers.values()];
  writers.clear();
  for (const w of all) {
    await w.flush();
    await w.store.close();
  }
}
