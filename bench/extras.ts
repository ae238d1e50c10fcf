/** Benchmarks beyond the pipeline stages (ingest, ...), added as their packages land. */
import { benchIngest } from "@parley/ingest";

export async function benchExtras(ctx: { files: string[]; words: number; otherFiles: string[] }): Promise<void> {
  // Full ingest (read, prepare, extract in worker threads, batched SQLite writes) into a
  // temporary database that benchIngest removes. Workers are started before the clock; the
  // first run measures them cold (fresh engines: each thread compiles the engine over its
  // first few hundred articles), the second as in a long ingest, after a warm-up, as the
  // stage table above is measured after a warm-up.
  const words = (articles: number) => ctx.words * (articles / ctx.files.length);
  const line = (what: string, r: Awaited<ReturnType<typeof benchIngest>>) =>
    console.log(`ingest (${r.workers} workers): ${Math.round(r.articles / r.seconds)} articles/s, ${Math.round(words(r.articles) / r.seconds).toLocaleString("en")} words/s` +
      ` — ${what}: ${r.articles} articles in ${r.seconds.toFixed(2)} s, ${r.cpuMsPerArticle.toFixed(1)} ms of CPU an article (all threads), workers started in ${r.startup.toFixed(1)} s before the clock`);
  console.log("");
  line("cold workers", await benchIngest(ctx.files));
  // A long ingest: engines compiled on 1,000 extractions of other texts (Wikinews and
  // PolNeAR dev, cycled), so the measured articles' words are new to their caches.
  if (ctx.otherFiles.length) {
    line(`workers warmed up on 1,000 extractions of ${ctx.otherFiles.length} other texts`, await benchIngest(ctx.files, { warmup: 1000, warmupFiles: ctx.otherFiles }));
  }
}
