// Plain JavaScript, shared by `npm start` (bin/start.mjs, which runs before anything is built
// or a TypeScript loader is in place) and the server (web.ts): how new the web UI's build and
// its sources are.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** What the web package builds its UI from (relative to the package directory). */
const WEB_SOURCES = ["src", "index.html", "vite.config.ts", "package.json"];

/** The newest modification time of the files under `path` (0 when it is absent). */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The newest modification time of the web package's UI sources (`pkg`: its directory). */
export function webSourcesTime(pkg) {
  return Math.max(...WEB_SOURCES.map((p) => newest(join(pkg, p))));
}
