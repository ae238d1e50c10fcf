#!/usr/bin/env node
// `npm start`: build the web UI when it is missing or older than its sources (after a pull),
// then serve it with the API on the
// embedded store (./parley.db) at http://127.0.0.1:8080. Extra arguments go to `parley serve`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { newest, webSourcesTime } from "../src/freshness.mjs";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const web = fileURLToPath(new URL("../../web/", import.meta.url));

const built = newest(join(web, "dist", "index.html"));
const sources = webSourcesTime(web);
if (built === 0 || sources > built) {
  console.log(`parley: ${built === 0 ? "building" : "rebuilding"} the web UI (packages/web/dist)…`);
  const build = spawnSync(npm, ["run", "build", "-w", "@parley/web"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const args = ["packages/cli/bin/parley.js", "serve", "--db", "parley.db", "--port", "8080", ...process.argv.slice(2)];
const serve = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
process.exit(serve.status ?? 1);
