/** Benchmarks beyond the pipeline stages (ingest, ...), added as their packages land. */
export async function benchExtras(_ctx: { files: string[]; words: number }): Promise<void> {}
