/**
 * The behaviour every `Store` adapter must show, as one node:test suite. An adapter's test
 * file calls `runConformance` with a factory for a fresh, empty store; a case an adapter
 * cannot pass yet is skipped by name with a reason (`skip: { search: "no FTS yet" }`),
 * never silently.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { fixtureCorpus, type FixtureItem } from "./fixtures.js";
import { recordsFromDump } from "./records.js";
import type { Store } from "./types.js";

export const CONFORMANCE_CASES = [
  "stats", "idempotent", "dedup-url", "actors-merge", "evidence-offsets", "query-events", "query-quotes",
  "query-actors", "clusters", "search", "failures", "pipeline-version", "order-independent", "reopen", "batch",
  "get-record", "list-articles", "view-actors", "view-quotes-events", "view-timeline",
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

    it("get-record", async () => {
      const store = await filled(open, "get-record");
      const fromDump = recordsFromDump(await store.dump());
      assert.equal(fromDump.length, 4);
      // One article read by id is the record a whole dump gives for it.
      for (const a of fromDump) assert.deepEqual(await store.getRecord(a.id), { text: a.text, record: a.record });
      for (const { article, record } of fixtureCorpus()) {
        const back = (await store.getRecord(article.id))!;
        assert.equal(back.text, article.text);
        if (!record) { assert.deepEqual([back.record.entities, back.record.quotes, back.record.events], [[], [], []]); continue; }
        assert.deepEqual(back.record.quotes, record.quotes);
        assert.deepEqual(back.record.entities.map((e) => [e.id, e.name, e.kb, e.mentions]), record.entities.map((e) => [e.id, e.name, e.kb, e.mentions]));
        assert.deepEqual(back.record.events.map((e) => e.trigger), record.events.map((e) => e.trigger));
        assert.deepEqual(back.record.meta, { ...record.meta, url: article.url, publishedFrom: "meta" });
      }
      assert.equal(await store.getRecord("0".repeat(64)), null);
      await store.close();
    });

    it("list-articles", async () => {
      const store = await filled(open, "list-articles");
      const all = await store.listArticles({ limit: 10, offset: 0 });
      assert.equal(all.total, 4);
      // Newest first; the two of 2025-02-18 by title.
      assert.deepEqual(all.items.map((a) => [a.published, a.title]), [
        ["2025-03-10", "Terms rejected"], ["2025-02-19", "Talks continue"], ["2025-02-18", "Gespräche in Riad"], ["2025-02-18", "Lavrov and Rubio meet in Riyadh"],
      ]);
      const items = fixtureCorpus();
      for (const a of all.items) {
        const { article, record } = items.find((i) => i.article.id === a.id)!;
        assert.deepEqual(a, {
          id: article.id, title: article.title, url: article.url, source: article.source, published: article.published, chars: article.text.length,
          entities: record?.entities.length ?? 0, quotes: record?.quotes.length ?? 0, events: record?.events.length ?? 0,
        });
      }
      const paged = await store.listArticles({ limit: 2, offset: 1 });
      assert.deepEqual([paged.total, paged.items.map((a) => a.id)], [4, all.items.slice(1, 3).map((a) => a.id)]);
      const peace = await store.listArticles({ limit: 10, offset: 0, q: "peace TALKS" });
      assert.deepEqual([peace.total, peace.items.map((a) => a.title)], [2, ["Talks continue", "Lavrov and Rubio meet in Riyadh"]]);
      assert.deepEqual((await store.listArticles({ limit: 1, offset: 1, q: "peace talks" })).items.map((a) => a.title), ["Lavrov and Rubio meet in Riyadh"]);
      assert.deepEqual((await store.listArticles({ limit: 10, offset: 0, q: "gesprache" })).items.map((a) => a.title), ["Gespräche in Riad"]);
      assert.deepEqual(await store.listArticles({ limit: 10, offset: 0, q: "  " }), { total: 0, items: [] });
      assert.deepEqual(await store.listArticles({ limit: 10, offset: 0, q: '"unbalanced AND (' }), { total: 0, items: [] });
      await store.close();
    });

    it("view-actors", async () => {
      const store = await filled(open, "view-actors");
      const actors = await store.viewActors({ limit: 10, offset: 0 });
      assert.equal(actors.total, 4);
      assert.deepEqual(actors.items.map((a) => [a.id, a.articles, a.mentions, a.quotes, a.events]), [
        ["parley:sergei-lavrov", 2, 4, 2, 1], ["text:person:kirill-dmitriev", 2, 2, 1, 0], ["parley:marco-rubio", 1, 2, 1, 1], ["parley:country-ukr", 1, 1, 0, 1],
      ]);
      assert.deepEqual((await store.viewActors({ q: "DMIT", limit: 10, offset: 0 })).items.map((a) => a.name), ["KIRILL  DMITRIEV"]);
      assert.deepEqual(await store.viewActors({ type: "country", limit: 10, offset: 0 }).then((p) => [p.total, p.items[0].country]), [1, "UKR"]);
      assert.deepEqual((await store.viewActors({ limit: 1, offset: 1 })).items.map((a) => a.id), ["text:person:kirill-dmitriev"]);
      const lavrov = (await store.viewActor("parley:sergei-lavrov"))!;
      assert.deepEqual([lavrov.name, lavrov.country, lavrov.roles], ["Sergei Lavrov", "RUS", ["Foreign Minister"]]);
      assert.equal(await store.viewActor("parley:nobody"), null);
      await store.close();
    });

    it("view-quotes-events", async () => {
      const store = await filled(open, "view-quotes-events");
      const records = new Map(recordsFromDump(await store.dump()).map((a) => [a.id, a.record]));
      const quotes = await store.viewQuotes({ speaker: "lavrov" });
      assert.equal(quotes.total, 2);
      // Articles newest first; each quote as its article's record has it.
      assert.deepEqual(quotes.items.map((h) => [h.article.published, h.quote.text]), [["2025-02-19", "sanctions were illegal"], ["2025-02-18", "\"We agreed to restore the embassies,\""]]);
      for (const h of quotes.items) {
        assert.ok(records.get(h.article.id)!.quotes.some((q) => JSON.stringify(q) === JSON.stringify(h.quote)));
        assert.deepEqual(h.speaker, { id: "parley:sergei-lavrov", name: "Sergei Lavrov", country: null, sector: null });
      }
      assert.equal((await store.viewQuotes({ speakerId: "parley:sergei-lavrov", limit: 1 })).items.length, 1);
      assert.equal((await store.viewQuotes({ speakerId: "parley:sergei-lavrov", limit: 1 })).total, 2);
      assert.deepEqual((await store.viewQuotes({ text: "SANCTIONS" })).total, 2);
      assert.deepEqual((await store.viewQuotes({ from: "2025-02-19", to: "2025-03" })).items.map((h) => h.article.published), ["2025-03-10", "2025-02-19"]);
      const consult = await store.viewEvents({ source: "rus", type: "CONSULT" });
      assert.deepEqual(consult.items.map((h) => h.date), ["2025-03-10", "2025-02-19", "2025-02-18"]);
      for (const h of consult.items) assert.ok(records.get(h.article.id)!.events.some((e) => JSON.stringify(e) === JSON.stringify(h.event)));
      assert.deepEqual(consult.items[2].target, { id: "parley:marco-rubio", name: "Marco Rubio", country: "USA", sector: "GOV" });
      assert.deepEqual((await store.viewEvents({ target: "rubio" })).total, 1);
      assert.deepEqual((await store.viewEvents({ actorId: "parley:marco-rubio" })).items.map((h) => h.event.trigger.text), ["met"]);
      assert.deepEqual((await store.viewEvents({ from: "2025-03" })).total, (await store.queryEvents({ from: "2025-03-01" })).length);
      assert.deepEqual((await store.viewEvents({ limit: 2, offset: 3 })).items.length, (await store.queryEvents()).length - 3);
      for (const id of ["parley:sergei-lavrov", "parley:marco-rubio", "parley:russia", "nobody"]) {
        const sides = (await store.viewEvents({ actorId: id })).items.map(({ source, target }) => ({ source, target }));
        assert.deepEqual(await store.viewEventSides(id), sides, id);
      }
      assert.ok((await store.viewEventSides("parley:sergei-lavrov")).length > 0);
      await store.close();
    });

    it("view-timeline", async () => {
      const store = await filled(open, "view-timeline");
      const days = await store.viewTimeline({ interval: "day" });
      assert.deepEqual(days.map((b) => b.date), [...days.map((b) => b.date)].sort());
      const stats = await store.stats();
      const sum = (k: "articles" | "mentions" | "quotes" | "events") => days.reduce((n, b) => n + b[k], 0);
      assert.deepEqual([sum("articles"), sum("mentions"), sum("quotes"), sum("events")], [stats.articles, stats.mentions, stats.quotes, stats.events]);
      const lavrov = await store.viewTimeline({ interval: "month", actor: "parley:sergei-lavrov" });
      assert.deepEqual(lavrov, [{ date: "2025-02", articles: 2, mentions: 4, quotes: 2, events: 1 }]);
      await store.close();
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
