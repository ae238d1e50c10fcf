import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../io.js";
import { runServe } from "./serve.js";

function captureIo(): Io & { text: () => string } {
  let out = "";
  return { out: (s) => { out += s; }, err: (s) => { out += s; }, readStdin: () => new Uint8Array(), text: () => out };
}

test("parley serve binds loopback, serves the app and the API over a SQLite file", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "parley-serve-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const io = captureIo();
  const { app, url } = await runServe({ db: join(dir, "corpus.db"), port: 0, host: "127.0.0.1" }, io, { signals: false });
  try {
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(io.text(), /serving http:\/\/127\.0\.0\.1:\d+\//);
    assert.match(io.text(), /store: .*corpus\.db/);
    const home = await fetch(`${url}/`);
    assert.equal(home.status, 200);
    assert.match(home.headers.get("content-type") ?? "", /text\/html/);
    const articles = await fetch(`${url}/articles`);
    assert.deepEqual(await articles.json(), { total: 0, items: [] });
    assert.equal((await fetch(`${url}/openapi.json`)).status, 200);
  } finally {
    await app.close();
  }
});
