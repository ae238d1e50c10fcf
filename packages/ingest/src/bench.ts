/** The ingest benchmark the integrator's `npm run bench` calls. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "@parley/store";
import { ingest } from "./ingest.js";

/**
 * Ingest `files` (or directories) into a fresh temporary SQLite store with the default
 * worker count; returns the articles stored and the wall-clock seconds.
 * @example const { articles, seconds } = await benchIngest(["../shared/data/polnear/train/text"]);
 */
export async function benchIngest(files: string[], opts: { workers?: number } = {}): Promise<{ articles: number; seconds: number }> {
  const dir = mkdtempSync(join(tmpdir(), "parley-bench-"));
  const store = openSqliteStore(join(dir, "bench.db"));
  try {
    const t0 = performance.now();
    await ingest(files, { store, workers: opts.workers });
    const seconds = (performance.now() - t0) / 1000;
    return { articles: (await store.stats()).articles, seconds };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
