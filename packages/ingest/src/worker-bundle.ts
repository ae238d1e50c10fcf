/**
 * The extraction worker as plain ESM: the worker entry with the engine and the runtime
 * (TypeScript workspace sources) bundled by esbuild into one file, npm packages left as
 * imports, modules imported on first use (HTML reading) split into a chunk loaded then.
 * A worker thread then loads JavaScript instead of registering tsx and transforming every
 * source file (~0.2 s of each worker's start-up).
 *
 * Built on first use into `node_modules/.cache/parley/` and reused while none of its
 * inputs changed (their sizes and mtimes are kept in a manifest beside it); rebuilt
 * otherwise. `null` when it cannot be built (the pool then starts workers through tsx).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The built entry file and the size:mtime of each input it was built from. */
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

/** The bundle the manifest names, if it exists and none of its inputs changed since. */
function entryOf(manifestPath: string): string | null {
  try {
    const m = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    if (stamp(m.entry) === null) return null;
    return Object.entries(m.inputs).every(([path, s]) => stamp(path) === s) ? m.entry : null;
  } catch {
    return null;
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
  const manifestPath = join(dir, `worker-${key}.json`);
  const current = entryOf(manifestPath);
  if (current) return pathToFileURL(current);

  const esbuild = await import("esbuild");
  const started = Date.now();
  // Each build in a directory of its own (several processes may build at once; a running
  // worker may still load chunks of the previous build), named in the manifest when done.
  const out = join(dir, `worker-${key}-${process.pid}-${started}`);
  const result = await esbuild.build({
    entryPoints: { worker: ENTRY }, outdir: out, bundle: true, splitting: true, format: "esm", platform: "node", target: "node20",
    outExtension: { ".js": ".mjs" }, metafile: true, logLevel: "silent", legalComments: "none",
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
  const entry = join(out, "worker.mjs");
  const inputs: Record<string, string> = {};
  let settled = true;
  for (const rel of Object.keys(result.metafile!.inputs)) {
    const path = resolve(rel);
    const s = stamp(path);
    if (s !== null) inputs[path] = s;
    // Edited while being bundled: use this build, but do not record it as up to date.
    if (s === null || statSync(path).mtimeMs >= started) settled = false;
  }
  if (!settled) return pathToFileURL(entry);
  const tmp = `${manifestPath}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ entry, inputs } satisfies Manifest));
  renameSync(tmp, manifestPath);
  // Earlier builds of this entry, left by finished runs (an hour old: none still starting).
  for (const name of readdirSync(dir)) {
    const old = join(dir, name);
    try {
      if (name.startsWith(`worker-${key}-`) && old !== out && Date.now() - statSync(old).mtimeMs > 3_600_000) rmSync(old, { recursive: true, force: true });
    } catch {
      /* removed meanwhile by another process */
    }
  }
  return pathToFileURL(entry);
}
