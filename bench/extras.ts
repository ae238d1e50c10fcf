/** Benchmarks beyond the pipeline stages (ingest, ...), added as their packages land. */
import { benchIngest } from "@parley/ingest";

export async function benchExtras(ctx: { files: string[]; words: number }): Promise<void> {
  // Full ingest (read, prepare, extract in worker threads, batched SQLite writes) into a
  // temporary database that benchIngest removes. Workers are started before the clock; the
  // first run measures them cold (fresh engines), the second after a warm-up on 100 texts,
  // as the stage table above is measured after a warm-up.
  const words = (articles: number) => ctx.words * (articles / ctx.files.length);
  const line = (what: string, r: Awaited<ReturnType<typeof benchIngest>>) =>
    console.log(`ingest (${r.workers} workers): ${Math.round(r.articles / r.seconds)} articles/s, ${Math.round(words(r.articles) / r.seconds).toLocaleString("en")} words/s` +
      ` — ${what}: ${r.articles} articles in ${r.seconds.toFixed(2)} s, workers started in ${r.startup.toFixed(1)} s before the clock`);
  console.log("");
  line("cold workers", await benchIngest(ctx.files));
  line("workers warmed up on 100 texts", await benchIngest(ctx.files, { warmup: 100 }));
}
