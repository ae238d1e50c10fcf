#!/usr/bin/env node
// `npm start`: build the web UI when it is missing, then serve it with the API on the
// embedded store (./parley.db) at http://127.0.0.1:8080. Extra arguments go to `parley serve`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
if (!existsSync(new URL("../../web/dist/index.html", import.meta.url))) {
  console.log("parley: building the web UI (packages/web/dist)…");
  const build = spawnSync(npm, ["run", "build", "-w", "@parley/web"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const args = ["packages/cli/bin/parley.js", "serve", "--db", "parley.db", "--port", "8080", ...process.argv.slice(2)];
const serve = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
process.exit(serve.status ?? 1);
