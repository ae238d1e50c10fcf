/**
 * The behaviour every `Store` adapter must show, as one node:test suite. An adapter's test
 * file calls `runConformance` with a factory for a fresh, empty store; a case an adapter
 * cannot pass yet is skipped by name with a reason (`skip: { search: "no FTS yet" }`),
 * never silently.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { fixtureCorpus, type FixtureItem } from "./fixtures.js";
import type { Store } from "./types.js";

export const CONFORMANCE_CASES = [
  "stats", "idempotent", "dedup-url", "actors-merge", "evidence-offsets", "query-events", "query-quotes",
  "query-actors", "clusters", "search", "failures", "pipeline-version", "order-independent", "reopen", "batch",
] as const;
export type ConformanceCase = (typeof CONFORMANCE_CASES)[number];

export interface ConformanceOptions {
  /** A fresh, empty store; `name` lets file-backed adapters reopen the same database. */
  open(name: string): Promise<Store>;
  skip?: Partial<Record<ConformanceCase, string>>;
}

async function filled(open: ConformanceOptions["open"], name: string, items: FixtureItem[] = fixtureCorpus()): Promise<Store> {
  const store = await open(name);
  for (const { article, record } of items) assert.equal(await store.putArticle(article, record), "added");
  return store;
}

/** Register the suite under `describe(label)`. */
export function runConformance(label: string, opts: ConformanceOptions): void {
  const open = opts.open;
  const it = (name: ConformanceCase, fn: () => Promise<void>) =>
    test(name, opts.skip?.[name] ? { skip: opts.skip[name] } : {}, fn);

  describe(`Store conformance: ${label}`, () => {
    it("stats", async () => {
      const store = await filled(open, "stats");
      const stats = await store.stats();
      assert.deepEqual(
        { articles: stats.articles, actors: stats.actors, quotes: stats.quotes, events: stats.events, mentions: stats.mentions, clusters: stats.clusters, notExtracted: stats.notExtracted },
        { articles: 4, actors: 4, quotes: 4, events: 4, mentions: 9, clusters: 3, notExtracted: 1 },
      );
      await store.close();
    });

    it("idempotent", async () => {
      const store = await filled(open, "idempotent");
      const before = await store.dump();
      for (const { article, record } of fixtureCorpus()) assert.equal(await store.putArticle(article, record), "duplicate-id");
      assert.equal(await store.dump(), before);
      await store.close();
    });

    it("dedup-url", async () => {
      const store = await filled(open, "dedup-url");
      const [first] = fixtureCorpus();
      const changed = { ...first.article, id: "f".repeat(64), text: first.article.text + " Updated.", url: "http://WWW.news.example/2025/02/18/riyadh/#comments" };
      assert.equal(await store.putArticle(changed, null), "duplicate-url");
      assert.equal(await store.has({ url: "https://news.example/2025/02/18/riyadh?utm_medium=x" }), true);
      assert.equal(await store.has({ id: first.article.id }), true);
      assert.equal(await store.has({ id: "0".repeat(64) }), false);
      assert.equal((await store.stats()).articles, 4);
      await store.close();
    });

    it("actors-merge", async () => {
      const store = await filled(open, "actors-merge");
      const actors = await store.queryActors();
      const byKey = new Map(actors.map((a) => [a.key, a]));
      const kb = byKey.get("kb:parley:sergei-lavrov")!;
      assert.equal(kb.articles, 2);
      assert.equal(kb.mentions, 4);
      const named = actors.filter((a) => a.key.startsWith("name:"));
      assert.equal(named.length, 1, "the same name in two spellings merges");
      assert.equal(named[0].articles, 2);
      assert.equal(named[0].key, "name:kirill dmitriev|person|RUS");
      assert.equal(named[0].sector, "BUS");
      await store.close();
    });

    it("evidence-offsets", async () => {
      const store = await filled(open, "evidence-offsets");
      for (const event of await store.queryEvents()) {
        const text = (await store.articleText(event.articleId))!;
        assert.equal(text.slice(event.triggerStart, event.triggerEnd), event.triggerText);
        assert.ok(event.start <= event.triggerStart && event.triggerEnd <= event.end);
        for (const ev of JSON.parse(event.evidence) as { start: number; end: number; text: string }[]) assert.equal(text.slice(ev.start, ev.end), ev.text);
      }
      for (const quote of await store.queryQuotes()) {
        const text = (await store.articleText(quote.articleId))!;
        assert.equal(text.slice(quote.start, quote.end), quote.text);
      }
      await store.close();
    });

    it("query-events", async () => {
      const store = await filled(open, "query-events");
      const consult = await store.queryEvents({ actor: "RUS", type: "consult", from: "2025-02-01" });
      assert.deepEqual(consult.map((e) => [e.type, e.date, e.triggerText]), [
        ["CONSULT", "2025-02-18", "met"], ["CONSULT", "2025-02-19", "held"], ["CONSULT", "2025-03-10", "meet"],
      ]);
      assert.equal(consult[0].sourceName, "Sergei Lavrov");
      assert.equal(consult[0].targetName, "Marco Rubio");
      assert.deepEqual((await store.queryEvents({ actor: "RUS", from: "2025-02-19", to: "2025-02-28" })).map((e) => e.date), ["2025-02-19"]);
      assert.deepEqual((await store.queryEvents({ actor: "UKR" })).map((e) => e.type), ["FIGHT"]);
      assert.deepEqual((await store.queryEvents({ actor: "parley:marco-rubio" })).map((e) => e.date), ["2025-02-18"]);
      assert.deepEqual((await store.queryEvents({ actor: "sergei lavrov" })).length, 1);
      assert.deepEqual((await store.queryEvents({ modality: "planned" })).map((e) => e.triggerText), ["meet"]);
      assert.equal((await store.queryEvents({ type: "AID" })).length, 0);
      await store.close();
    });

    it("query-quotes", async () => {
      const store = await filled(open, "query-quotes");
      const quotes = await store.queryQuotes({ speaker: "Sergei Lavrov", text: "sanctions" });
      assert.deepEqual(quotes.map((q) => q.text), ["sanctions were illegal"]);
      assert.equal(quotes[0].speakerName, "Sergei Lavrov");
      assert.deepEqual((await store.queryQuotes({ speaker: "sergei lavrov" })).map((q) => q.kind), ["direct", "indirect"]);
      assert.deepEqual((await store.queryQuotes({ text: "SANCTIONS" })).length, 2);
      assert.deepEqual((await store.queryQuotes({ text: "peace talks" })).map((q) => q.speakerName), ["Marco Rubio"]);
      assert.deepEqual((await store.queryQuotes({ speaker: "Kirill Dmitriev" })).map((q) => q.published), ["2025-03-10"]);
      await store.close();
    });

    it("query-actors", async () => {
      const store = await filled(open, "query-actors");
      const top = await store.queryActors({ top: 2 });
      assert.deepEqual(top.map((a) => a.name), ["Sergei Lavrov", "KIRILL  DMITRIEV"]);
      assert.deepEqual((await store.queryActors({ type: "country" })).map((a) => a.country), ["UKR"]);
      await store.close();
    });

    it("clusters", async () => {
      const store = await filled(open, "clusters");
      const clusters = await store.queryClusters();
      const first = clusters[0];
      assert.deepEqual(
        { type: first.type, s: first.sourceKey, t: first.targetKey, from: first.firstDate, to: first.lastDate, m: first.numMentions, a: first.numArticles, n: first.numSources },
        { type: "CONSULT", s: "RUS/GOV", t: "USA/GOV", from: "2025-02-18", to: "2025-02-19", m: 2, a: 2, n: 2 },
      );
      assert.equal(first.eventIds.length, 2);
      const events = await store.queryEvents({ type: "CONSULT" });
      assert.equal(events[0].clusterId, first.id);
      assert.equal(events[0].numArticles, 2);
      assert.notEqual(events[2].clusterId, first.id, "a month later is another cluster");
      assert.deepEqual(clusters.map((c) => c.numMentions).sort(), [1, 1, 2]);
      await store.close();
    });

    it("search", async () => {
      const store = await filled(open, "search");
      const hits = await store.search("peace talks");
      assert.equal(hits.length, 2);
      assert.ok(hits.every((h) => /\[peace\] \[talks\]/i.test(h.snippet)), hits.map((h) => h.snippet).join(" | "));
      assert.deepEqual((await store.search("riad")).map((h) => h.title), ["Gespräche in Riad"]);
      assert.deepEqual((await store.search("gesprache")).length, 1, "diacritics removed");
      assert.deepEqual(await store.search("   "), []);
      assert.deepEqual(await store.search('"unbalanced AND ('), []);
      await store.close();
    });

    it("failures", async () => {
      const store = await open("failures");
      await store.putFailure("bad.html", "no text");
      await store.putFailure("bad.html", "no text");
      assert.deepEqual((await store.failures()).map((f) => [f.source, f.error]), [["bad.html", "no text"]]);
      assert.equal((await store.stats()).failed, 1);
      const [item] = fixtureCorpus();
      await store.putFailure(item.article.source, "timeout");
      await store.putArticle(item.article, item.record);
      assert.deepEqual((await store.failures()).map((f) => f.source), ["bad.html"], "a later success clears the failure");
      await store.putFailure("dup.txt", "timeout");
      assert.equal(await store.putArticle({ ...item.article, source: "dup.txt" }, item.record), "duplicate-id");
      await store.clearFailure("bad.html");
      assert.deepEqual(await store.failures(), [], "a duplicate and clearFailure clear it too");
      await store.close();
    });

    it("pipeline-version", async () => {
      const store = await filled(open, "pipeline-version");
      for (const line of (await store.dump()).trim().split("\n")) {
        const row = JSON.parse(line) as { table: string; pipeline?: string };
        assert.equal(row.pipeline, "0.1.0", `${row.table} row without pipeline version`);
      }
      await store.close();
    });

    it("order-independent", async () => {
      const a = await filled(open, "order-a");
      const b = await filled(open, "order-b", fixtureCorpus().reverse());
      assert.equal(await a.dump(), await b.dump());
      await a.close();
      await b.close();
    });

    it("batch", async () => {
      const one = await filled(open, "batch-one");
      const many = await open("batch-many");
      const items = fixtureCorpus();
      // One transaction; an article repeated inside the batch is a duplicate, as in sequence.
      assert.deepEqual(await many.putArticles([...items, items[0]]), [...items.map(() => "added"), "duplicate-id"]);
      assert.deepEqual(await many.putArticles([]), []);
      assert.deepEqual(await many.putArticles(items.slice(0, 2)), ["duplicate-id", "duplicate-id"]);
      assert.equal(await many.dump(), await one.dump());
      await one.close();
      await many.close();
    });

    it("reopen", async () => {
      const store = await filled(open, "reopen");
      const before = await store.dump();
      await store.close();
      const again = await open("reopen");
      assert.equal(await again.dump(), before);
      await again.close();
    });
  });
}
