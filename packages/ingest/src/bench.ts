/** The ingest benchmark the integrator's `npm run bench` calls. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "@parley/store";
import { defaultWorkers, ingest } from "./ingest.js";
import { expandInputs } from "./sources.js";
import { TaskPool } from "./pool.js";

export interface IngestBench {
  /** Articles stored. */
  articles: number;
  workers: number;
  /** Seconds to start the workers (loader, engine, data), before the clock of `seconds`. */
  startup: number;
  /** Texts the workers extracted (and dropped) before the clock, to warm up. */
  warmup: number;
  /** Wall-clock seconds of the ingest itself, workers already started. */
  seconds: number;
  /**
   * CPU milliseconds per article over the ingest itself, all threads of the process (this
   * one, the workers, V8's compiler and GC threads): steadier than the wall-clock when other
   * jobs share the machine.
   */
  cpuMsPerArticle: number;
}

/**
 * Ingest `files` (or directories) into a fresh temporary SQLite store (removed afterwards)
 * with `workers` extraction threads (default: one per core), started before the clock runs,
 * and (`warmup` > 0) first given that many texts to extract and drop (cycling over
 * `warmupFiles`, default `files`), so that their engines are compiled as in a long ingest;
 * warming up on other texts leaves none of the measured articles' words in the engine's
 * caches. The start-up time is returned apart.
 * @example const { articles, seconds } = await benchIngest(["../shared/data/polnear/train/text"], { warmup: 100 });
 */
export async function benchIngest(files: string[], opts: { workers?: number; warmup?: number; warmupFiles?: string[] } = {}): Promise<IngestBench> {
  const dir = mkdtempSync(join(tmpdir(), "parley-bench-"));
  const store = openSqliteStore(join(dir, "bench.db"));
  const workers = opts.workers ?? defaultWorkers();
  const t0 = performance.now();
  const pool = new TaskPool(workers);
  try {
    await pool.whenReady(true);
    const t1 = performance.now();
    const all = expandInputs(opts.warmupFiles ?? files);
    const sample = Array.from({ length: opts.warmup ?? 0 }, (_, i) => all[i % all.length]);
    const fetchedAt = new Date().toISOString();
    await Promise.all(sample.map((source) => pool.run({ op: "both", raw: { source, text: readFileSync(source, "utf8"), fetchedAt } })));
    const t2 = performance.now();
    const cpu0 = process.cpuUsage();
    await ingest(files, { store, pool });
    const seconds = (performance.now() - t2) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const articles = (await store.stats()).articles;
    return { articles, workers, startup: (t1 - t0) / 1000, warmup: sample.length, seconds, cpuMsPerArticle: (cpu.user + cpu.system) / 1000 / Math.max(1, articles) };
  } finally {
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
