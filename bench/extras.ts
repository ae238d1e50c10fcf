/** Benchmarks beyond the pipeline stages (ingest, ...), added as their packages land. */
import { benchIngest } from "@parley/ingest";

export async function benchExtras(ctx: { files: string[]; words: number }): Promise<void> {
  // Full ingest (read, prepare, extract in worker threads, batched SQLite writes) into a
  // temporary database that benchIngest removes; workers started before the clock.
  const r = await benchIngest(ctx.files);
  const words = ctx.words * (r.articles / ctx.files.length);
  console.log(`\ningest (${r.workers} workers): ${Math.round(r.articles / r.seconds)} articles/s, ${Math.round(words / r.seconds).toLocaleString("en")} words/s` +
    ` (${r.articles} articles in ${r.seconds.toFixed(2)} s; workers started in ${r.startup.toFixed(1)} s before the clock)`);
}
