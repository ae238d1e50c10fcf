/** The ingest benchmark the integrator's `npm run bench` calls. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "@parley/store";
import { defaultWorkers, ingest } from "./ingest.js";
import { TaskPool } from "./pool.js";

export interface IngestBench {
  /** Articles stored. */
  articles: number;
  workers: number;
  /** Seconds to start the workers (loader, engine, data), before the clock of `seconds`. */
  startup: number;
  /** Wall-clock seconds of the ingest itself, workers already started. */
  seconds: number;
}

/**
 * Ingest `files` (or directories) into a fresh temporary SQLite store (removed afterwards)
 * with `workers` extraction threads (default: one per core), started before the clock runs:
 * the rate is the steady one of a long ingest, and the start-up time is returned apart.
 * @example const { articles, seconds } = await benchIngest(["../shared/data/polnear/train/text"]);
 */
export async function benchIngest(files: string[], opts: { workers?: number } = {}): Promise<IngestBench> {
  const dir = mkdtempSync(join(tmpdir(), "parley-bench-"));
  const store = openSqliteStore(join(dir, "bench.db"));
  const workers = opts.workers ?? defaultWorkers();
  const t0 = performance.now();
  const pool = new TaskPool(workers);
  try {
    await pool.whenReady(true);
    const t1 = performance.now();
    await ingest(files, { store, pool });
    const seconds = (performance.now() - t1) / 1000;
    return { articles: (await store.stats()).articles, workers, startup: (t1 - t0) / 1000, seconds };
  } finally {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
