import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webIsBuilt, webIsStale } from "./web.js";

test("the built UI is stale when a source of the web package is newer than it", () => {
  const pkg = mkdtempSync(join(tmpdir(), "parley-web-"));
  try {
    const dist = join(pkg, "dist");
    mkdirSync(join(pkg, "src", "pages"), { recursive: true });
    const page = join(pkg, "src", "pages", "Articles.tsx");
    writeFileSync(page, "export {};\n");
    assert.equal(webIsBuilt(dist), false);
    assert.equal(webIsStale(dist), false, "nothing built: not built, rather than stale");
    mkdirSync(dist);
    writeFileSync(join(dist, "index.html"), "<!doctype html>");
    const t = Date.now() / 1000;
    utimesSync(page, t - 60, t - 60);
    utimesSync(join(dist, "index.html"), t - 30, t - 30);
    assert.equal(webIsBuilt(dist), true);
    assert.equal(webIsStale(dist), false);
    utimesSync(page, t, t);
    assert.equal(webIsStale(dist), true, "a page edited after the build");
  } finally {
    rmSync(pkg, { recursive: true, force: true });
  }
});

test("a built UI without its sources beside it (an installed copy) is never stale", () => {
  const dist = mkdtempSync(join(tmpdir(), "parley-dist-"));
  try {
    writeFileSync(join(dist, "index.html"), "<!doctype html>");
    assert.equal(webIsStale(dist), false);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
