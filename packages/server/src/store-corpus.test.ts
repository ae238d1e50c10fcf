import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import type { ParleyRecord } from "@parley/core";
import { openSqliteStore, type Store } from "@parley/store";
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
    assert.deepEqual((await stored.actor("text:person:maria-costa"))?.actor, (await memory.actor("text:person:maria-costa"))?.actor);
    assert.deepEqual(await stored.timeline({ interval: "month" }), await memory.timeline({ interval: "month" }));
    assert.deepEqual((await stored.events({ ...paging, modality: "negated" })).items.map((h) => [h.source, h.target]),
      (await memory.events({ ...paging, modality: "negated" })).items.map((h) => [h.source, h.target]));
  } finally {
    await stored.close?.();
  }
});

/** `n` made-up articles: two speakers each (7 in all, some with KB ids), a quote, an event; every tenth undated. */
function synthetic(n: number): StoredArticle[] {
  const topics = ["harbour", "grain", "river", "border"];
  const out: StoredArticle[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 7, k2 = (i + 1) % 7, topic = topics[i % 4], word = topics[(i + 1) % 4];
    const text = `Report ${i}: Speaker ${k} said "the ${word} matters" about the ${topic}. Speaker ${k} met Speaker ${k2} later.`;
    const at = (s: string, from = 0) => { const start = text.indexOf(s, from); return { start, end: start + s.length, text: s }; };
    const entity = (id: string, j: number, from: number) => ({
      id, name: `Speaker ${j}`, type: "person" as const, roles: j % 3 ? [] : [`Role ${j}`], country: j % 2 ? "ZZA" : "ZZB",
      ...(j % 2 ? {} : { kb: `synthetic:speaker-${j}` }), mentions: [{ ...at(`Speaker ${j}`, from), via: "name" as const }],
    });
    const published = i % 10 === 0 ? undefined : i % 9 === 0 ? "2025-04" : `2025-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, "0")}`;
    const clause = at(`Speaker ${k} met Speaker ${k2} later`);
    const record: ParleyRecord = {
      parley: "0.1.0", id: createHash("sha256").update(text).digest("hex"),
      meta: { source: `synthetic/${i}.txt`, title: `Report ${String(i).padStart(3, "0")} on the ${topic}`, ...(published ? { published } : {}), language: "en" },
      entities: [entity("e1", k, 0), entity("e2", k2, text.indexOf(" met "))],
      quotes: [{ ...at(`"the ${word} matters"`), kind: "direct", speaker: { ...at(`Speaker ${k}`), entity: "e1" }, cue: at("said"), confidence: 0.8 }],
      events: [{
        type: i % 2 ? "CONSULT" : "MEET", quad: "verbal-cooperation", start: clause.start, end: clause.end, trigger: at("met"),
        source: { entity: "e1", country: k % 2 ? "ZZA" : "ZZB" }, target: { entity: "e2" }, modality: i % 5 ? "asserted" : "planned",
        place: null, date: published ?? null, confidence: 0.6,
      }],
      diagnostics: [], stages: [{ name: "synthetic", version: "1" }],
    };
    out.push({ id: record.id, text, record });
  }
  // In id order, as the store lists its rows: ties in the views then fall the same way in memory.
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** The store with `dump` refused: a read that rebuilt the corpus from it fails the test. */
function withoutDump(store: Store): Store {
  return new Proxy(store, {
    get(target, key) {
      if (key === "dump") return () => { throw new Error("dump() called by a read"); };
      const v = Reflect.get(target, key, target) as unknown;
      return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

test("a store of 300 articles answers every read without dump(), as the in-memory views do", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "parley-server-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const articles = synthetic(300);
  const stored = storeCorpus(withoutDump(openSqliteStore(join(dir, "c.db"))));
  const memory = memoryCorpus();
  try {
    for (const a of articles) {
      assert.equal((await stored.put(structuredClone(a))).created, true);
      await memory.put(structuredClone(a));
    }
    const same = async <T>(read: (c: Corpus) => Promise<T>): Promise<T> => {
      const got = await read(stored);
      assert.deepEqual(got, await read(memory));
      return got;
    };
    const total = (p: { total: number; items: unknown[] }) => [p.total > 0, p.items.length > 0];
    for (const a of [articles[0], articles[150], articles[299]]) await same((c) => c.article(a.id));
    assert.equal(await stored.article("nope"), undefined);
    await same((c) => c.articles({ limit: 20, offset: 0 }));
    await same((c) => c.articles({ limit: 15, offset: 290 }));
    assert.deepEqual(total(await same((c) => c.search("grain", { limit: 10, offset: 5 }))), [true, true]);
    await same((c) => c.search("harbour report", { limit: 50, offset: 0 }));
    await same((c) => c.actors({ limit: 50, offset: 0 }));
    await same((c) => c.actors({ q: "speaker 3", limit: 5, offset: 0 }));
    await same((c) => c.actors({ type: "person", limit: 2, offset: 3 }));
    const two = await same((c) => c.actor("synthetic:speaker-2"));
    assert.ok(two && two.quotes.length > 10 && two.events.length > 10 && two.counterparts.length === 2 && two.actor.roles.length === 0);
    await same((c) => c.actor("text:person:speaker-3"));
    await same((c) => c.quotes({ limit: 30, offset: 10 }));
    assert.deepEqual(total(await same((c) => c.quotes({ speaker: "speaker 2", text: "grain", from: "2025-02", to: "2025-03-10", limit: 100, offset: 0 }))), [true, true]);
    // no filter but dates: read in the articles' order (the store's index), not through a filter's index
    assert.deepEqual(total(await same((c) => c.quotes({ from: "2025-02", to: "2025-03-10", limit: 30, offset: 5 }))), [true, true]);
    await same((c) => c.quotes({ speaker: "speaker 2", limit: 7, offset: 3 }));
    await same((c) => c.events({ limit: 25, offset: 100 }));
    await same((c) => c.events({ target: "speaker 1", limit: 10, offset: 2 }));
    assert.deepEqual(total(await same((c) => c.events({ source: "zza", target: "speaker", type: "CONSULT", modality: "asserted", from: "2025-02-10", limit: 100, offset: 0 }))), [true, true]);
    await same((c) => c.timeline({ interval: "day" }));
    assert.equal((await same((c) => c.timeline({ interval: "month", actor: "synthetic:speaker-4" }))).length, 4);
    assert.deepEqual((await same((c) => c.actor("text:person:speaker-3")))?.actor.roles, ["Role 3"]);
    // A new article shows in the next reads (the actor counts are refreshed).
    const [extra] = synthetic(301).filter((a) => !articles.some((b) => b.id === a.id));
    await stored.put(structuredClone(extra));
    await memory.put(structuredClone(extra));
    await same((c) => c.actors({ limit: 50, offset: 0 }));
    await same((c) => c.articles({ limit: 5, offset: 0 }));
  } finally {
    await stored.close?.();
  }
});

test("the actor view kept up to date while articles arrive equals one made from scratch", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "parley-server-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const articles = synthetic(120);
  const file = join(dir, "c.db");
  const writer = storeCorpus(openSqliteStore(file));
  // A reader on its own connection, as the server beside an ingest: it reads between the writer's batches.
  const reader = storeCorpus(withoutDump(openSqliteStore(file)));
  const all = { limit: 1000, offset: 0 };
  try {
    for (let i = 0; i < articles.length; i += 25) {
      for (const a of articles.slice(i, i + 25)) await writer.put(structuredClone(a));
      const seen = await reader.actors(all);
      assert.ok(seen.total > 0);
      assert.ok((await reader.timeline({ interval: "day" })).length > 0);
    }
    const fresh = storeCorpus(withoutDump(openSqliteStore(file)));
    try {
      const kept = await reader.actors(all);
      assert.deepEqual(kept, await fresh.actors(all));
      assert.equal(kept.items.reduce((n, a) => n + a.quotes, 0), articles.length);
      for (const a of kept.items) assert.deepEqual(await reader.actor(a.id), await fresh.actor(a.id));
      for (const interval of ["day", "month"] as const) assert.deepEqual(await reader.timeline({ interval }), await fresh.timeline({ interval }));
      assert.equal((await reader.timeline({ interval: "month" })).reduce((n, b) => n + b.quotes, 0), articles.filter((a) => a.record.meta.published).length);
      const page = { limit: 20, offset: 7 };
      assert.deepEqual(await reader.quotes({ ...page, speaker: "speaker 3" }), await fresh.quotes({ ...page, speaker: "speaker 3" }));
      assert.deepEqual(await reader.events({ ...page, source: "speaker 2" }), await fresh.events({ ...page, source: "speaker 2" }));
    } finally {
      await fresh.close?.();
    }
  } finally {
    await writer.close?.();
    await reader.close?.();
  }
});
