import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import type { ParleyRecord } from "@parley/core";
import { clusterEvents, clusterKey } from "../keys.js";
import type { ArticleInput } from "../types.js";
import Database from "better-sqlite3";
import { runConformance } from "../conformance.js";
import { fixtureCorpus } from "../fixtures.js";
import { MIGRATIONS } from "./migrations.js";
import { openSqliteStore, openStore } from "./store.js";

const dir = mkdtempSync(join(tmpdir(), "parley-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));

runConformance("sqlite (file in a temp dir)", {
  open: async (name) => openSqliteStore(join(dir, `${name}.db`)),
});


/** Articles with one or two events of one dyad on scattered dates (some partial, some none). */
function scattered(n: number): { article: ArticleInput; record: ParleyRecord }[] {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, (_, i) => {
    const text = `Article ${i}: the envoys met again.`;
    const id = createHash("sha256").update(text).digest("hex");
    const day = (k: number) => {
      const r = rand();
      if (r < 0.1) return null;
      const d = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 120) * 86_400_000).toISOString().slice(0, 10);
      return r < 0.15 ? d.slice(0, 7) : d;
    };
    const trigger = { start: text.indexOf("met"), end: text.indexOf("met") + 3, text: "met" };
    const events = [0, 1].slice(0, 1 + (i % 2)).map((k) => ({
      type: "CONSULT", quad: "verbal-cooperation" as const, start: 0, end: text.length, trigger,
      source: { country: "RUS", sector: "GOV" }, target: { country: "USA", sector: "GOV" }, modality: "asserted" as const,
      place: null, date: day(k), confidence: 0.5,
    }));
    return {
      article: { id, text, source: `s${i}`, url: `https://site${i % 5}.example/${i}`, language: "en", status: "extracted", extractor: { name: "parley", version: "0.1.0" } },
      record: { parley: "0.1.0", id, meta: {}, entities: [], quotes: [], events, diagnostics: [], stages: [] },
    };
  });
}

test("incremental clustering equals clustering from scratch, in any order", async () => {
  const items = scattered(80);
  const a = openSqliteStore(join(dir, "scatter-a.db"));
  const b = openSqliteStore(join(dir, "scatter-b.db"));
  const c = openSqliteStore(join(dir, "scatter-c.db"));
  for (const { article, record } of items) await a.putArticle(article, record);
  for (const { article, record } of items.slice().reverse()) await b.putArticle(article, record);
  // Batches of several articles recluster each key once per batch: same clusters.
  const shuffled = items.filter((_, i) => i % 2).concat(items.filter((_, i) => i % 2 === 0));
  for (let i = 0; i < shuffled.length; i += 7) await c.putArticles(shuffled.slice(i, i + 7));
  assert.equal(await a.dump(), await b.dump());
  assert.equal(await c.dump(), await a.dump());
  const key = clusterKey("CONSULT", "RUS/GOV", "USA/GOV");
  const members = items.flatMap(({ article, record }) => record.events.map((e, i) => ({
    id: `${article.id}:v${i}`, articleId: article.id, site: new URL(article.url!).hostname, date: e.date,
  })));
  const expected = clusterEvents(key, members, 3).map((c) => [c.id, c.numMentions, c.numArticles, c.numSources]).sort();
  const got = (await a.queryClusters()).map((c) => [c.id, c.numMentions, c.numArticles, c.numSources]).sort();
  assert.deepEqual(got, expected);
  assert.ok(expected.length > 5 && expected.some((c) => (c[1] as number) > 2), "the fixture makes several multi-event clusters");
  await a.close();
  await b.close();
  await c.close();
});

test("migration 2 moves per-mention rows into their article actor, in order", async () => {
  const file = join(dir, "migrate.db");
  const db = new Database(file);
  db.exec(MIGRATIONS[0]);
  db.pragma("user_version = 1");
  db.exec(`INSERT INTO articles (id, source, language, status, extractor, extractor_version, stages, text, diagnostics, pipeline)
      VALUES ('a1', 's', 'en', 'extracted', 'parley', '0.1.0', '[]', 'Ann met Bob. Ann left.', '[]', '0.1.0');
    INSERT INTO actors (id, key, name, type, pipeline) VALUES ('x1', 'name:ann|person|', 'Ann', 'person', '0.1.0'), ('x2', 'name:bob|person|', 'Bob', 'person', '0.1.0');
    INSERT INTO article_actors (article_id, local_id, actor_id, name, roles, pipeline) VALUES ('a1', 'e1', 'x1', 'Ann', '[]', '0.1.0'), ('a1', 'e2', 'x2', 'Bob', '[]', '0.1.0');
    INSERT INTO mentions (article_id, local_id, idx, actor_id, start, end, text, via, pipeline) VALUES
      ('a1', 'e1', 1, 'x1', 13, 16, 'Ann', 'name', '0.1.0'), ('a1', 'e1', 0, 'x1', 0, 3, 'Ann', 'name', '0.1.0'), ('a1', 'e2', 0, 'x2', 8, 11, 'Bob', 'name', '0.1.0');`);
  db.close();
  const store = openSqliteStore(file);
  assert.equal((await store.stats()).mentions, 3);
  assert.deepEqual((await store.queryActors()).map((x) => [x.name, x.articles, x.mentions]), [["Ann", 1, 2], ["Bob", 1, 1]]);
  const rows = (await store.dump()).split("\n").filter((l) => l.includes('"table":"article_actors"')).map((l) => JSON.parse(l) as { mentions: string });
  assert.deepEqual(JSON.parse(rows[0].mentions), [{ start: 0, end: 3, text: "Ann", via: "name" }, { start: 13, end: 16, text: "Ann", via: "name" }]);
  await store.close();
});

test("a store's location opens the same database on another connection; writes through both give the one-connection dump", async () => {
  const items = scattered(30);
  const single = openSqliteStore(join(dir, "single.db"));
  for (let i = 0; i < items.length; i += 4) await single.putArticles(items.slice(i, i + 4));
  const owner = openSqliteStore(join(dir, "shared.db"));
  assert.deepEqual(owner.location, { dialect: "sqlite", file: join(dir, "shared.db"), clusterWindowDays: 3 });
  const [x, y] = [openStore(owner.location!), openStore(owner.location!)];
  for (let i = 0, k = 0; i < items.length; i += 4, k++) await (k % 2 ? x : y).putArticles(items.slice(i, i + 4));
  // The owner sees what the other connections committed; a duplicate is one whoever writes it.
  assert.equal((await owner.stats()).articles, 30);
  assert.deepEqual(await x.putArticles([items[0]]), ["duplicate-id"]);
  assert.equal(await owner.dump(), await single.dump());
  await x.close();
  await y.close();
  await owner.close();
  await single.close();
  assert.equal(openSqliteStore(":memory:").location, undefined);
  assert.throws(() => openStore({ dialect: "postgres" } as never), /S001.*unknown store dialect postgres/);
});

test("the actor views follow articles added since they were built, by this connection or another", async () => {
  const items = fixtureCorpus();
  const owner = openSqliteStore(join(dir, "views.db"));
  await owner.putArticles(items.slice(0, 1));
  const lavrov = async () => (await owner.viewActor("parley:sergei-lavrov"))?.articles;
  assert.equal(await lavrov(), 1);
  await owner.putArticles(items.slice(1, 2));
  assert.equal(await lavrov(), 2);
  const other = openStore(owner.location!);
  await other.putArticles(items.slice(2));
  assert.deepEqual((await owner.viewActors({ limit: 10, offset: 0 })).total, 4);
  assert.equal((await owner.viewQuotes({ speakerId: "text:person:kirill-dmitriev" })).total, 1);
  await other.close();
  await owner.close();
});

test("migration 4 counts every actor of an existing store as the puts since keep counting them", async () => {
  const items = fixtureCorpus();
  // an event whose source and target are one actor counts once for it
  const withEvents = items.find((i) => i.record && i.record.events.length > 0)!.record!;
  const self = withEvents.events[0]!.source!.entity!;
  withEvents.events.push({ ...withEvents.events[0]!, target: { ...withEvents.events[0]!.source! } });
  assert.ok(self);
  const file = join(dir, "migration-4.db");
  const store = openSqliteStore(file);
  await store.putArticles(items);
  await store.close();
  const counts = (db: Database.Database) => db.prepare("SELECT * FROM actor_stats ORDER BY actor_id").all();
  const db = new Database(file);
  const kept = counts(db);
  assert.ok(kept.length >= 4 && kept.some((r) => (r as { quotes: number }).quotes > 0) && kept.some((r) => (r as { events: number }).events > 0));
  // the store as migration 3 left it: no counts table
  db.exec("DROP TABLE actor_stats");
  db.pragma("user_version = 3");
  db.close();
  await openSqliteStore(file).close();
  const again = new Database(file);
  assert.deepEqual(counts(again), kept);
  again.close();
});

test("a speaker filter matches the speaker's words in any letter case, accented capitals included", async () => {
  const items = fixtureCorpus();
  const item = items.find((i) => i.record && i.record.quotes.length > 0)!;
  const quote = item.record!.quotes[0]!;
  quote.speaker = { start: quote.speaker?.start ?? 0, end: quote.speaker?.end ?? 0, text: "ÉLODIE DURAND-ÖZ" };
  const store = openSqliteStore(join(dir, "speaker-text.db"));
  await store.putArticles([item]);
  for (const want of ["élodie", "durand-öz", "Élodie Durand", "DURAND"]) {
    assert.deepEqual((await store.viewQuotes({ speaker: want })).items.map((h) => h.quote.speaker?.text), ["ÉLODIE DURAND-ÖZ"], want);
  }
  assert.equal((await store.viewQuotes({ speaker: "elodie" })).total, 0);
  await store.close();
});
