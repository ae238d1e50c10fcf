#!/usr/bin/env node
// Run every *.test.ts under packages/, bench/ and eval/ with node:test through tsx.
// Usage: npm test [-- FILTER...]  (a filter keeps test files whose path contains it)
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const skip = new Set(["node_modules", "dist", ".git", "test-output"]);
function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (skip.has(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith(".test.ts")) out.push(relative(root, p));
  }
  return out;
}
const filters = process.argv.slice(2);
const files = ["packages", "eval", "bench", "scripts"].flatMap((d) => {
  try { return walk(join(root, d), []); } catch { return []; }
}).filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort();
if (files.length === 0) {
  console.error("no test files found");
  process.exit(1);
}
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  cwd: root, stdio: "inherit",
});
process.exit(r.status ?? 1);
