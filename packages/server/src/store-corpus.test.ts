import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "@parley/store";
import type { Corpus, StoredArticle } from "./corpus.js";
import { memoryCorpus } from "./memory-corpus.js";
import { storeCorpus } from "./store-corpus.js";
import { hostileFixture, lisbonFixture } from "./fixtures.js";

const fixtures: StoredArticle[] = [lisbonFixture(), hostileFixture()].map((f) => ({ id: f.record.id, text: f.text, record: f.record }));

async function fill(corpus: Corpus): Promise<Corpus> {
  for (const a of fixtures) assert.equal((await corpus.put(structuredClone(a))).created, true);
  return corpus;
}

test("the SQLite store gives back the records it was given", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "parley-server-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const corpus = await fill(storeCorpus(openSqliteStore(join(dir, "c.db"))));
  try {
    for (const a of fixtures) {
      const back = await corpus.article(a.id);
      assert.ok(back);
      assert.equal(back.text, a.text);
      // Country and sector live on the corpus-wide actor, so an article that gave none reads them back.
      const bare = (r: typeof a.record) => r.entities.map(({ country: _c, sector: _s, ...rest }) => rest);
      assert.deepEqual(bare(back.record), bare(a.record));
      if (a === fixtures[0]) assert.deepEqual(back.record.entities, a.record.entities);
      assert.deepEqual(back.record.quotes, a.record.quotes);
      // The store dates an undated event by its article; everything else comes back as given.
      assert.deepEqual(back.record.events.map((e) => ({ ...e, date: null })), a.record.events.map((e) => ({ ...e, date: null })));
      assert.equal(back.record.meta.title, a.record.meta.title);
    }
    assert.equal((await corpus.put(structuredClone(fixtures[0]))).created, false);
    assert.equal(await corpus.article("nope"), undefined);
  } finally {
    await corpus.close?.();
  }
});

test("views over the SQLite store equal the in-memory ones", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "parley-server-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const stored = await fill(storeCorpus(openSqliteStore(join(dir, "c.db"))));
  const memory = await fill(memoryCorpus());
  try {
    const paging = { limit: 50, offset: 0 };
    assert.deepEqual(await stored.articles(paging), await memory.articles(paging));
    assert.deepEqual(await stored.actors(paging), await memory.actors(paging));
    assert.deepEqual(await stored.quotes({ ...paging, speaker: "costa" }), await memory.quotes({ ...paging, speaker: "costa" }));
    assert.deepEqual((await stored.events({ ...paging, type: "CONSULT" })).total, 2);
    assert.deepEqual(await stored.search("Tagus", paging), await memory.search("Tagus", paging));
    assert.deepEqual((await stored.actor("parley:spain"))?.counterparts, (await memory.actor("parley:spain"))?.counterparts);
  } finally {
    await stored.close?.();
  }
});
