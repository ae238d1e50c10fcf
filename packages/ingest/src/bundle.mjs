// Plain JavaScript, so that the `parley` bin can use it before any TypeScript loader is in
// place (see packages/cli/bin/parley.js); the extraction workers' bundle uses it too
// (worker-bundle.ts).
/**
 * An entry (TypeScript workspace sources) bundled by esbuild into plain ESM: npm packages left
 * as imports, modules imported on first use split into chunks loaded then, each source's
 * `import.meta.url` kept as its own file's (data paths are relative to it). Node then loads
 * JavaScript instead of registering tsx and transforming every source file on each start.
 *
 * Built on first use into `node_modules/.cache/parley/` and reused while none of its inputs
 * changed (their sizes and mtimes are kept in a manifest beside it); rebuilt otherwise.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** Size and mtime of a file, or null when it is gone. */
function stamp(path) {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The cache directory: beside the esbuild package, in the node_modules that holds it. */
function cacheDir() {
  const esbuildPkg = createRequire(import.meta.url).resolve("esbuild/package.json");
  return join(dirname(dirname(esbuildPkg)), ".cache", "parley");
}

function manifestPath(entry, name) {
  const key = createHash("sha256").update(entry).digest("hex").slice(0, 12);
  return { dir: cacheDir(), key: `${name}-${key}`, path: join(cacheDir(), `${name}-${key}.json`) };
}

/**
 * The bundle of `entry` (an absolute path) if it was built and none of its inputs changed
 * since (a few hundred stats: milliseconds), else null.
 */
export function freshBundle(entry, name) {
  try {
    const m = JSON.parse(readFileSync(manifestPath(entry, name).path, "utf8"));
    if (stamp(m.entry) === null) return null;
    return Object.entries(m.inputs).every(([path, s]) => stamp(path) === s) ? pathToFileURL(m.entry) : null;
  } catch {
    return null;
  }
}

/** `import.meta.url` in code, not in a string ("…replaceAll("import.meta.url", …)" stays). */
const META_URL = /(?<!["'`])\bimport\.meta\.url\b(?!["'`])/g;

/** The bundle of `entry`, reused when fresh, else built (a second or less); rejects when esbuild cannot build it. */
export async function bundle(entry, name) {
  const current = freshBundle(entry, name);
  if (current) return current;
  const esbuild = await import("esbuild");
  const { dir, key, path: manifest } = manifestPath(entry, name);
  const started = Date.now();
  // Each build in a directory of its own (several processes may build at once; a running
  // process may still load chunks of the previous build), named in the manifest when done.
  const out = join(dir, `${key}-${process.pid}-${started}`);
  const result = await esbuild.build({
    entryPoints: { [name]: entry }, outdir: out, bundle: true, splitting: true, format: "esm", platform: "node", target: "node20",
    outExtension: { ".js": ".mjs" }, metafile: true, logLevel: "silent", legalComments: "none",
    plugins: [{
      name: "parley-bundle",
      setup(b) {
        // npm packages stay imports (Node resolves them from the cache dir, inside node_modules);
        // the workspace packages (@parley/*, TypeScript sources) are bundled.
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@parley/") ? undefined : { path: args.path, external: true }));
        // A module's own location stays its source file's (data paths are relative to it).
        b.onLoad({ filter: /\.[cm]?[tj]s$/ }, (args) => {
          const text = readFileSync(args.path, "utf8");
          if (!text.includes("import.meta.url")) return undefined;
          const loader = /\.[cm]?ts$/.test(args.path) ? "ts" : "js";
          return { contents: text.replace(META_URL, JSON.stringify(pathToFileURL(args.path).href)), loader };
        });
      },
    }],
  });
  const built = join(out, `${name}.mjs`);
  const inputs = {};
  let settled = true;
  for (const rel of Object.keys(result.metafile.inputs)) {
    const path = resolve(rel);
    const s = stamp(path);
    if (s !== null) inputs[path] = s;
    // Edited while being bundled: use this build, but do not record it as up to date.
    if (s === null || statSync(path).mtimeMs >= started) settled = false;
  }
  if (!settled) return pathToFileURL(built);
  const tmp = `${manifest}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ entry: built, inputs }));
  renameSync(tmp, manifest);
  // Earlier builds of this entry, left by finished runs (an hour old: none still starting).
  for (const old of readdirSync(dir)) {
    const path = join(dir, old);
    try {
      if (old.startsWith(`${key}-`) && path !== out && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
    } catch {
      /* removed meanwhile by another process */
    }
  }
  return pathToFileURL(built);
}
