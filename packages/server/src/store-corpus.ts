/**
 * The corpus over `@parley/store`'s SQLite store. Until that package exports a store, the
 * articles live in memory and this says so.
 */
import type { Corpus } from "./corpus.js";
import { memoryCorpus } from "./memory-corpus.js";

export async function openStoreCorpus(path: string): Promise<Corpus> {
  void path;
  return memoryCorpus();
}
