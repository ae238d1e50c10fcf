/** Where the shipped data lives: `data/` at the repository root, or PARLEY_DATA. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export function dataDir(): string {
  return process.env.PARLEY_DATA ?? fileURLToPath(new URL("../../../data/", import.meta.url));
}

/** A reader for core loaders: relative paths under the data directory, as UTF-8. */
export function dataReader(dir = dataDir()): (relPath: string) => string {
  return (relPath) => readFileSync(join(dir, relPath), "utf8");
}
