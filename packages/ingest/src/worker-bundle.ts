/**
 * The extraction worker as plain ESM: the worker entry with the engine and the runtime
 * (TypeScript workspace sources) bundled by esbuild into one file (see bundle.mjs), npm
 * packages left as imports, modules imported on first use (HTML reading) split into a chunk
 * loaded then. A worker thread then loads JavaScript instead of registering tsx and
 * transforming every source file (~0.2 s of each worker's start-up).
 *
 * Built on first use into `node_modules/.cache/parley/` and reused while none of its
 * inputs changed; rebuilt otherwise. `null` when it cannot be built (the pool then starts
 * workers through tsx).
 */
import { fileURLToPath } from "node:url";
import { bundle } from "./bundle.mjs";

const ENTRY = fileURLToPath(new URL("./worker.ts", import.meta.url));

let cached: Promise<URL | null> | undefined;

/** The bundled worker's URL (built or reused), once per process; null if it cannot be built. */
export function workerBundle(): Promise<URL | null> {
  if (process.env.PARLEY_WORKER_TSX) return Promise.resolve(null);
  return (cached ??= bundle(ENTRY, "worker").catch(() => null));
}
