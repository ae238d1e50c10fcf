import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundle, freshBundle } from "./bundle.mjs";

test("a bundle is reused while its sources are unchanged and rebuilt when one changes; each module keeps its own import.meta.url", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "parley-bundle-"));
  const name = `bundletest${process.pid}`;
  const entry = join(dir, "entry.ts");
  const dep = join(dir, "dep.ts");
  writeFileSync(entry, `import { where, said, n } from "./dep.ts";\nexport const answer: number = n;\nexport { where, said };\n`);
  writeFileSync(dep, `export const where = import.meta.url;\nexport const said = "import.meta.url";\nexport const n = 1;\n`);
  const built = await bundle(entry, name);
  t.after(() => {
    const cache = dirname(dirname(fileURLToPath(built)));
    for (const f of readdirSync(cache)) if (f.startsWith(name)) rmSync(join(cache, f), { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });
  const first = await import(built.href);
  assert.equal(first.answer, 1);
  assert.equal(first.where, pathToFileURL(dep).href, "the dependency's own location, not the bundle's");
  assert.equal(first.said, "import.meta.url", "a string that names it is left alone");
  assert.equal(freshBundle(entry, name)?.href, built.href);
  assert.equal((await bundle(entry, name)).href, built.href);
  writeFileSync(dep, `export const where = import.meta.url;\nexport const said = "import.meta.url";\nexport const n = 2;\n`);
  const later = new Date(Date.now() + 5_000);
  utimesSync(dep, later, later);
  assert.equal(freshBundle(entry, name), null, "a changed source makes the bundle stale");
  const rebuilt = await bundle(entry, name);
  assert.notEqual(rebuilt.href, built.href);
  assert.equal((await import(rebuilt.href)).answer, 2);
});
