import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { ParleyRecord } from "@parley/core";
import { buildServer, type ServerOptions } from "./app.js";
import { memoryCorpus } from "./memory-corpus.js";
import { fixtureExtractor, hostileFixture, lazyLiveExtractor, lisbonFixture } from "./fixtures.js";

const lisbon = lisbonFixture();
const live = lazyLiveExtractor();

function server(opts: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  return buildServer({ store: memoryCorpus(), extractor: fixtureExtractor(live), webRoot: null, ...opts });
}

async function seeded(opts: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  const app = await server(opts);
  const res = await app.inject({ method: "POST", url: "/ingest", payload: { articles: [{ text: lisbon.text }, { text: hostileFixture().text }] } });
  assert.equal(res.statusCode, 201, res.body);
  return app;
}

function message(res: { body: string }): string {
  return (JSON.parse(res.body) as { message: string }).message;
}

test("the fixture record's spans slice to their text", () => {
  const { text, record } = lisbon;
  const spans = [
    ...record.entities.flatMap((e) => e.mentions),
    ...record.quotes.flatMap((q) => [q, q.speaker!, q.cue!]),
    ...record.events.flatMap((e) => [e.trigger, ...(e.evidence ?? [])]),
  ];
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  for (const e of record.events) assert.ok(e.evidence && e.evidence.length > 0);
});

test("POST /extract returns the record with quotes and speakers, and stores nothing", async () => {
  const app = await server();
  const res = await app.inject({ method: "POST", url: "/extract", payload: { text: lisbon.text, date: "2025-03-04" } });
  assert.equal(res.statusCode, 200, res.body);
  const record = res.json() as ParleyRecord;
  assert.equal(record.quotes.length, 3);
  assert.deepEqual(record.quotes.map((q) => q.speaker?.text), ["Costa", "Ortega", "He"]);
  assert.equal(record.meta.published, "2025-03-04");
  assert.equal(res.headers["x-parley-stored"], undefined);
  assert.equal((await app.inject("/articles")).json().total, 0);
});

test("POST /extract runs the live extractor on any text", async () => {
  const app = await server();
  const text = readFileSync(new URL("../../../fixtures/articles/geneva-ceasefire-talks.txt", import.meta.url), "utf8");
  const res = await app.inject({ method: "POST", url: "/extract", payload: { text } });
  assert.equal(res.statusCode, 200, res.body);
  const record = res.json() as ParleyRecord;
  assert.match(record.id, /^[0-9a-f]{64}$/);
  assert.ok(Array.isArray(record.quotes) && Array.isArray(record.events) && Array.isArray(record.entities));
  assert.equal(record.meta.title, "Ministers agree to resume ceasefire talks in Geneva");
});

const seedPath = new URL("../../../../shared/data/seed/riyadh-talks.txt", import.meta.url);
test("POST /extract with the seed article returns its quotes", { skip: existsSync(seedPath) ? false : "../shared/data/seed is absent" }, async () => {
  const app = await buildServer({ store: memoryCorpus(), extractor: lazyLiveExtractor(), webRoot: null });
  const text = readFileSync(seedPath, "utf8");
  const res = await app.inject({ method: "POST", url: "/extract", payload: { text, date: "2025-02-18" } });
  assert.equal(res.statusCode, 200, res.body);
  const record = res.json() as ParleyRecord;
  assert.ok(record.quotes.length > 0, "the seed has quotes");
  for (const q of record.quotes) assert.equal(text.slice(q.start, q.end), q.text);
  assert.ok(record.quotes.some((q) => q.speaker !== null));
});

test("POST /extract with store: true stores the article", async () => {
  const app = await server();
  const res = await app.inject({ method: "POST", url: "/extract", payload: { text: lisbon.text, store: true } });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers["x-parley-stored"], "created");
  const again = await app.inject({ method: "POST", url: "/extract", payload: { text: lisbon.text, store: true } });
  assert.equal(again.headers["x-parley-stored"], "existing");
  assert.equal((await app.inject("/articles")).json().total, 1);
});

test("POST /extract answers 400 naming what is wrong", async () => {
  const app = await server();
  const cases: [unknown, RegExp][] = [
    [{}, /must have the field "text"/],
    [{ text: 42 }, /body\.text must be string/],
    [{ text: "" }, /body\.text must NOT have fewer than 1 characters/],
    [{ text: "   \n " }, /text has no words/],
    [{ text: "Hello.", date: "March" }, /body\.date must be a date in YYYY-MM-DD form/],
    [{ text: "Hello.", date: "2025-02-30" }, /date "2025-02-30" is not a calendar date/],
    [{ text: "Hello.", colour: "red" }, /unknown field "colour"/],
  ];
  for (const [payload, re] of cases) {
    const res = await app.inject({ method: "POST", url: "/extract", payload: payload as object });
    assert.equal(res.statusCode, 400, JSON.stringify(payload));
    assert.match(message(res), re);
  }
  const bad = await app.inject({ method: "POST", url: "/extract", payload: "{not json", headers: { "content-type": "application/json" } });
  assert.equal(bad.statusCode, 400);
  assert.match(message(bad), /JSON/);
});

test("bodies over the limit answer 413", async () => {
  const app = await server({ bodyLimit: 1000 });
  const res = await app.inject({ method: "POST", url: "/extract", payload: { text: "x".repeat(2000) } });
  assert.equal(res.statusCode, 413);
  assert.match(message(res), /larger than the limit of 1000 bytes/);
  const ingest = await app.inject({ method: "POST", url: "/ingest", payload: { articles: [{ text: "y".repeat(2000) }] } });
  assert.equal(ingest.statusCode, 413);
});

test("POST /ingest stores articles and validates each", async () => {
  const app = await server();
  const res = await app.inject({ method: "POST", url: "/ingest", payload: { articles: [{ text: lisbon.text, title: "Water pact" }] } });
  assert.equal(res.statusCode, 201);
  const [one] = res.json().ingested;
  assert.equal(one.id, lisbon.record.id);
  assert.equal(one.title, "Water pact");
  assert.equal(one.quotes, 3);
  const empty = await app.inject({ method: "POST", url: "/ingest", payload: { articles: [] } });
  assert.equal(empty.statusCode, 400);
  assert.match(message(empty), /body\.articles must NOT have fewer than 1 items/);
  const blank = await app.inject({ method: "POST", url: "/ingest", payload: { articles: [{ text: "ok" }, { text: "  " }] } });
  assert.equal(blank.statusCode, 400);
  assert.match(message(blank), /articles\[1\]\.text has no words/);
  const long = `${"word ".repeat(40)}end\n\nBody.`;
  const titled = await app.inject({ method: "POST", url: "/ingest", payload: { articles: [{ text: long }] } });
  const title = titled.json().ingested[0].title as string;
  assert.ok(title.length <= 121 && title.endsWith("…") && long.startsWith(title.slice(0, -1)), title);
});

test("GET /articles lists and GET /articles/:id returns record and text; unknown ids 404", async () => {
  const app = await seeded();
  const list = (await app.inject("/articles")).json();
  assert.equal(list.total, 2);
  assert.equal(list.items[0].title, "Markup in the news");
  assert.equal(list.items[1].quotes, 3);
  const paged = (await app.inject("/articles?limit=1&offset=1")).json();
  assert.equal(paged.items.length, 1);
  assert.equal(paged.items[0].id, lisbon.record.id);
  const one = await app.inject(`/articles/${lisbon.record.id}`);
  assert.equal(one.statusCode, 200);
  assert.equal(one.json().text, lisbon.text);
  assert.equal(one.json().record.events.length, 5);
  const missing = await app.inject("/articles/nope");
  assert.equal(missing.statusCode, 404);
  assert.equal(message(missing), 'no article with id "nope"');
  const badLimit = await app.inject("/articles?limit=0");
  assert.equal(badLimit.statusCode, 400);
  assert.match(message(badLimit), /querystring\.limit must be >= 1/);
});

test("GET /actors and GET /actors/:id", async () => {
  const app = await seeded();
  const actors = (await app.inject("/actors?type=person")).json();
  const costa = actors.items.find((a: { name: string }) => a.name === "Maria Costa");
  assert.ok(costa);
  assert.equal(costa.articles, 2);
  assert.equal(costa.quotes, 2);
  const byName = (await app.inject("/actors?q=ortega")).json();
  assert.deepEqual(byName.items.map((a: { name: string }) => a.name), ["Luis Ortega"]);
  const spain = await app.inject(`/actors/${encodeURIComponent("parley:spain")}`);
  assert.equal(spain.statusCode, 200);
  const detail = spain.json();
  assert.equal(detail.actor.name, "Spain");
  assert.equal(detail.events.length, 2);
  assert.equal(detail.timeline[0].date, "2025-03-04");
  assert.ok(detail.counterparts.some((c: { actor: { id: string } }) => c.actor.id === "parley:portugal"));
  const ortega = (await app.inject(`/actors/${encodeURIComponent(byName.items[0].id)}`)).json();
  assert.deepEqual(ortega.actor.roles, ["Environment Minister"]);
  assert.equal(ortega.quotes.length, 2);
  const missing = await app.inject("/actors/parley%3Anobody");
  assert.equal(missing.statusCode, 404);
  assert.equal(message(missing), 'no actor with id "parley:nobody"');
  const badType = await app.inject("/actors?type=planet");
  assert.equal(badType.statusCode, 400);
  assert.match(message(badType), /querystring\.type must be one of the allowed values/);
});

test("GET /actors/:id lists the newest `limit` quotes and events, counts counterparts over all; GET /events?actor= takes either side", async () => {
  const app = await seeded();
  const all = (await app.inject(`/actors/${encodeURIComponent("parley:spain")}`)).json();
  assert.equal(all.events.length, 2);
  const one = (await app.inject(`/actors/${encodeURIComponent("parley:spain")}?limit=1`)).json();
  assert.equal(one.events.length, 1);
  assert.deepEqual(one.events[0], all.events[0]);
  assert.equal(one.actor.events, 2);
  assert.deepEqual(one.counterparts, all.counterparts);
  const costa = (await app.inject("/actors?q=costa")).json().items[0];
  assert.equal((await app.inject(`/actors/${encodeURIComponent(costa.id)}?limit=1`)).json().quotes.length, 1);
  const either = (await app.inject(`/events?actor=${encodeURIComponent("parley:spain")}`)).json();
  assert.equal(either.total, 2);
  assert.deepEqual(either.items.map((h: { event: { start: number } }) => h.event.start), all.events.map((h: { event: { start: number } }) => h.event.start));
  assert.equal((await app.inject("/events?actor=spain")).json().total, 0, "an id, not a name");
  assert.equal((await app.inject(`/actors/${encodeURIComponent("parley:spain")}?limit=0`)).statusCode, 400);
});

test("GET /quotes filters by speaker, words and date", async () => {
  const app = await seeded();
  assert.equal((await app.inject("/quotes")).json().total, 4);
  const ortega = (await app.inject("/quotes?speaker=ortega")).json();
  assert.equal(ortega.total, 2);
  assert.equal(ortega.items[0].speaker.name, "Luis Ortega");
  assert.equal((await app.inject("/quotes?text=farmers%20banks")).json().total, 1);
  assert.equal((await app.inject("/quotes?from=2025-03-05")).json().total, 1);
  assert.equal((await app.inject("/quotes?from=2025-03&to=2025-03-04")).json().total, 3);
  const bad = await app.inject("/quotes?from=March");
  assert.equal(bad.statusCode, 400);
  assert.match(message(bad), /querystring\.from must be a date: YYYY, YYYY-MM or YYYY-MM-DD/);
});

test("GET /events filters by source, target, type, modality and date", async () => {
  const app = await seeded();
  assert.equal((await app.inject("/events")).json().total, 6);
  assert.equal((await app.inject("/events?type=CONSULT")).json().total, 2);
  const negated = (await app.inject("/events?modality=negated")).json();
  assert.equal(negated.total, 1);
  assert.equal(negated.items[0].event.trigger.text, "withdrawn");
  assert.equal(negated.items[0].target.name, "European Commission");
  assert.equal((await app.inject("/events?source=PRT&target=esp")).json().total, 2);
  assert.equal((await app.inject("/events?source=maria")).json().total, 1);
  // The planned review (dated 2025-03) may fall after the 5th; the hostile article's event is dated by its article.
  assert.equal((await app.inject("/events?from=2025-03-05&to=2025-12")).json().total, 2);
  for (const [url, re] of [["/events?modality=maybe", /modality must be one of/], ["/events?type=consult", /must be an upper-case PLOVER event type/]] as const) {
    const res = await app.inject(url);
    assert.equal(res.statusCode, 400);
    assert.match(message(res), re);
  }
});

test("GET /search finds articles with a marked snippet, and actors by name", async () => {
  const app = await seeded();
  const res = (await app.inject("/search?q=Tagus%20river")).json();
  assert.equal(res.articles.total, 1);
  const hit = res.articles.items[0];
  assert.equal(hit.id, lisbon.record.id);
  const marked = hit.snippet.marks.map((m: { start: number; end: number }) => hit.snippet.text.slice(m.start, m.end));
  assert.ok(marked.includes("Tagus"));
  assert.ok(marked.every((m: string) => ["tagus", "river"].includes(m.toLowerCase())));
  assert.equal(lisbon.text.slice(hit.snippet.offset, hit.snippet.offset + hit.snippet.text.length), hit.snippet.text);
  const costa = (await app.inject("/search?q=costa")).json();
  assert.equal(costa.actors.items[0].name, "Maria Costa");
  assert.equal((await app.inject("/search?q=zeppelin")).json().articles.total, 0);
  const missing = await app.inject("/search");
  assert.equal(missing.statusCode, 400);
  assert.match(message(missing), /querystring must have the field "q"/);
});

test("GET /stats/timeline counts per day or month", async () => {
  const app = await seeded();
  const day = (await app.inject("/stats/timeline")).json();
  assert.equal(day.interval, "day");
  const mar4 = day.buckets.find((b: { date: string }) => b.date === "2025-03-04");
  assert.equal(mar4.articles, 1);
  assert.equal(mar4.quotes, 3);
  const month = (await app.inject("/stats/timeline?interval=month")).json();
  assert.deepEqual(month.buckets.map((b: { date: string }) => b.date), ["2025-03"]);
  assert.equal(month.buckets[0].articles, 2);
  const costa = (await app.inject(`/stats/timeline?actor=${encodeURIComponent("text:person:maria-costa")}`)).json();
  assert.equal(costa.buckets.reduce((n: number, b: { quotes: number }) => n + b.quotes, 0), 2);
  const bad = await app.inject("/stats/timeline?interval=week");
  assert.equal(bad.statusCode, 400);
});

test("GET /openapi.json documents every route", async () => {
  const app = await server();
  const doc = (await app.inject("/openapi.json")).json();
  assert.match(doc.openapi, /^3\./);
  for (const path of ["/extract", "/ingest", "/articles", "/articles/{id}", "/actors", "/actors/{id}", "/quotes", "/events", "/search", "/stats/timeline"]) {
    assert.ok(doc.paths[path], `missing ${path}`);
  }
  assert.ok(doc.paths["/events"].get.parameters.some((p: { name: string }) => p.name === "modality"));
});

test("writes need the token when bound off loopback", async () => {
  const payload = { articles: [{ text: lisbon.text }] };
  const open = await server({ host: "0.0.0.0" });
  const refused = await open.inject({ method: "POST", url: "/ingest", payload });
  assert.equal(refused.statusCode, 403);
  assert.match(message(refused), /without a token/);
  assert.equal((await open.inject({ method: "POST", url: "/extract", payload: { text: lisbon.text, store: true } })).statusCode, 403);
  assert.equal((await open.inject({ method: "POST", url: "/extract", payload: { text: lisbon.text } })).statusCode, 200);

  const guarded = await server({ host: "0.0.0.0", token: "s3cret" });
  assert.equal((await guarded.inject({ method: "POST", url: "/ingest", payload })).statusCode, 401);
  assert.equal((await guarded.inject({ method: "POST", url: "/ingest", payload, headers: { authorization: "Bearer wrong" } })).statusCode, 401);
  assert.equal((await guarded.inject({ method: "POST", url: "/ingest", payload, headers: { authorization: "Bearer s3cret" } })).statusCode, 201);
  assert.equal((await guarded.inject("/articles")).json().total, 1);
});

test("unknown routes 404; / serves HTML with a strict content policy", async () => {
  const app = await server();
  const res = await app.inject("/nowhere");
  assert.equal(res.statusCode, 404);
  assert.equal(message(res), "no route GET /nowhere");
  const root = await app.inject("/");
  assert.equal(root.statusCode, 200);
  assert.match(String(root.headers["content-type"]), /text\/html/);
  assert.match(String(root.headers["content-security-policy"]), /script-src 'self'/);
});

test("the UI's files are read when asked for: a build made while the server runs is served", async () => {
  const root = mkdtempSync(join(tmpdir(), "parley-webroot-"));
  try {
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), '<!doctype html><script src="/assets/index-1.js"></script>');
    writeFileSync(join(root, "assets", "index-1.js"), "1");
    const app = await server({ webRoot: root });
    assert.equal((await app.inject("/assets/index-1.js")).body, "1");
    // Rebuilt: new hashed names, a new index.
    writeFileSync(join(root, "index.html"), '<!doctype html><script src="/assets/index-2.js"></script>');
    writeFileSync(join(root, "assets", "index-2.js"), "2");
    const index = await app.inject("/");
    assert.equal(index.statusCode, 200);
    assert.match(index.headers["content-type"] as string, /^text\/html/);
    assert.match(index.body, /index-2\.js/);
    const asset = await app.inject("/assets/index-2.js");
    assert.equal(asset.statusCode, 200);
    assert.equal(asset.body, "2");
    assert.match(asset.headers["content-type"] as string, /javascript/);
    const missing = await app.inject("/assets/nope.css");
    assert.equal(missing.statusCode, 404);
    assert.equal((await app.inject("/articles")).statusCode, 200, "API paths stay the API's");
    await app.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
