/** The core is the engine: no runtime dependencies, no I/O, no printing (tests excepted). */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const src = fileURLToPath(new URL(".", import.meta.url));
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (name.endsWith(".ts") && !name.endsWith(".test.ts")) out.push(p);
  }
  return out;
}

test("core sources import only relative modules and never print", () => {
  for (const file of sources(src)) {
    const code = readFileSync(file, "utf8");
    for (const m of code.matchAll(/^\s*(?:import|export)[^"']*?from\s+["']([^"']+)["']/gm)) {
      assert.ok(m[1].startsWith("."), `${file} imports "${m[1]}"`);
    }
    assert.doesNotMatch(code, /\bconsole\.(log|error|warn|info)\(/, `${file} prints`);
    assert.doesNotMatch(code, /\bimport\(\s*["'](?!\.)/, `${file} imports dynamically`);
  }
});
