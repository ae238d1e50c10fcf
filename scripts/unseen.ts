/**
 * Texts for hand-judged samples of unseen news: the Wikinews 2019 texts that have no gold file
 * and PolNeAR train (never dev), and a seeded generator so that a sample can be drawn again.
 * The samplers in scripts/{entities,events,quotes}/sample.ts draw from here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const DATA = join(fileURLToPath(new URL("..", import.meta.url)), "..", "shared", "data");
const WIKI = join(DATA, "wikinews", "2019");
const POLNEAR_TRAIN = join(DATA, "polnear", "train", "text");

/** mulberry32: a small seeded generator in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The Wikinews 2019 texts (paths, sorted) whose gold annotation (`gold/NAME.gold.json`) does not exist. */
export function unseenWikinews(): string[] {
  const gold = new Set(readdirSync(join(WIKI, "gold")).filter((f) => f.endsWith(".gold.json")).map((f) => f.replace(/\.gold\.json$/, ".txt")));
  return readdirSync(WIKI).filter((f) => f.endsWith(".txt") && !gold.has(f)).sort().map((f) => join(WIKI, f));
}

/** The PolNeAR train texts (paths, sorted). */
export function polnearTrain(): string[] {
  return readdirSync(POLNEAR_TRAIN).filter((f) => f.endsWith(".txt")).sort().map((f) => join(POLNEAR_TRAIN, f));
}

/** Publication dates of the Wikinews 2019 texts by file name (from its index). */
export function wikinewsDates(): Map<string, string> {
  const index = JSON.parse(readFileSync(join(WIKI, "index.json"), "utf8")) as { file: string; date: string }[];
  return new Map(index.map((x) => [x.file, x.date]));
}

/** `want` distinct files drawn with `rand` (all of them when there are fewer). */
export function drawDistinct(files: readonly string[], want: number, rand: () => number): string[] {
  const out = new Set<string>();
  while (out.size < Math.min(want, files.length)) out.add(files[Math.floor(rand() * files.length)]!);
  return [...out];
}
