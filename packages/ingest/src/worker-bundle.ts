/**
 * The extraction worker as one plain ESM file: the worker entry with the engine and the
 * runtime (TypeScript workspace sources) bundled by esbuild, npm packages left as imports.
 * A worker thread then loads JavaScript instead of registering tsx and transforming every
 * source file (~0.2 s of each worker's start-up).
 *
 * Built on first use into `node_modules/.cache/parley/` and reused while none of its
 * inputs changed (their sizes and mtimes are kept in a manifest beside it); rebuilt
 * otherwise. `null` when it cannot be built (the pool then starts workers through tsx).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

interface Manifest { entry: string; inputs: Record<string, string> }

const ENTRY = fileURLToPath(new URL("./worker.ts", import.meta.url));

/** Size and mtime of a file, or null when it is gone. */
function stamp(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The cache directory: beside the esbuild package, in the node_modules that holds it. */
function cacheDir(): string {
  const esbuildPkg = createRequire(import.meta.url).resolve("esbuild/package.json");
  return join(dirname(dirname(esbuildPkg)), ".cache", "parley");
}

function fresh(manifestPath: string, bundle: string): boolean {
  try {
    const m = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    if (m.entry !== ENTRY || stamp(bundle) === null) return false;
    return Object.entries(m.inputs).every(([path, s]) => stamp(path) === s);
  } catch {
    return false;
  }
}

let cached: Promise<URL | null> | undefined;

/** The bundled worker's URL (built or reused), once per process; null if it cannot be built. */
export function workerBundle(): Promise<URL | null> {
  if (process.env.PARLEY_WORKER_TSX) return Promise.resolve(null);
  return (cached ??= build().catch(() => null));
}

async function build(): Promise<URL | null> {
  const dir = cacheDir();
  const key = createHash("sha256").update(ENTRY).digest("hex").slice(0, 12);
  const bundle = join(dir, `worker-${key}.mjs`);
  const manifestPath = join(dir, `worker-${key}.json`);
  if (fresh(manifestPath, bundle)) return pathToFileURL(bundle);

  const esbuild = await import("esbuild");
  const started = Date.now();
  const tmp = `${bundle}.${process.pid}.${Date.now()}.tmp`;
  const result = await esbuild.build({
    entryPoints: [ENTRY], outfile: tmp, bundle: true, format: "esm", platform: "node", target: "node20",
    metafile: true, logLevel: "silent", legalComments: "none",
    plugins: [{
      name: "parley-worker",
      setup(b) {
        // npm packages stay imports (Node resolves them from the cache dir, inside node_modules);
        // the workspace packages (@parley/*, TypeScript sources) are bundled.
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@parley/") ? undefined : { path: args.path, external: true }));
        // A module's own location stays its source file's (data paths are relative to it).
        b.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
          const text = readFileSync(args.path, "utf8");
          if (!text.includes("import.meta.url")) return undefined;
          return { contents: text.replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)), loader: "ts" };
        });
      },
    }],
  });
  const inputs: Record<string, string> = {};
  let settled = true;
  for (const rel of Object.keys(result.metafile!.inputs)) {
    const path = resolve(rel);
    const s = stamp(path);
    if (s !== null) inputs[path] = s;
    // Edited while being bundled: use this build, but do not record it as up to date.
    if (s === null || statSync(path).mtimeMs >= started) settled = false;
  }
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed: several processes may build at once.
  renameSync(tmp, bundle);
  if (!settled) return pathToFileURL(bundle);
  const mtmp = `${manifestPath}.${process.pid}.tmp`;
  writeFileSync(mtmp, JSON.stringify({ entry: ENTRY, inputs } satisfies Manifest));
  renameSync(mtmp, manifestPath);
  return pathToFileURL(bundle);
}
