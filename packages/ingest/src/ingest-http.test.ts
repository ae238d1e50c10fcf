/**
 * End to end over HTTP: an RSS feed listing two pages, a page given directly, and a
 * CC-NEWS-style WARC.gz, served on 127.0.0.1 and ingested by URL.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WARCRecord, WARCSerializer } from "warcio";
import { openSqliteStore, type Store } from "@parley/store";
import { ingest } from "./ingest.js";

const BODY = (lead: string) => `
  <p>${lead} The delegations spent most of the day in closed sessions and agreed to meet again within two weeks, according to officials who briefed reporters afterwards.</p>
  <p>Both sides described the atmosphere as businesslike. Observers said the next round would test whether the early goodwill could survive the harder questions on the agenda.</p>`;

const page = (o: { title: string; head?: string; lead: string }) => `<!doctype html><html><head><title>${o.title} | Example News</title>${o.head ?? ""}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now for unlimited access</nav>
<article><h1>${o.title}</h1>${BODY(o.lead)}</article>
<footer>Copyright Example News. All rights reserved. Cookie settings.</footer></body></html>`;

let server: Server;
let base = "";
let dir = "";
let store: Store;
const fetchedPages: string[] = [];

async function warcGz(url: string, html: string, date: string): Promise<Uint8Array> {
  const info = WARCRecord.createWARCInfo({ filename: "CC-NEWS-20250220000000-00001.warc.gz", warcVersion: "WARC/1.0" }, { software: "test" });
  const record = WARCRecord.create({
    url, date, type: "response", warcVersion: "WARC/1.0", statusline: "HTTP/1.1 200 OK",
    httpHeaders: { "Content-Type": "text/html; charset=utf-8" },
  }, [new TextEncoder().encode(html)]);
  const request = WARCRecord.create({ url, date, type: "request", warcVersion: "WARC/1.0", statusline: "GET / HTTP/1.1", httpHeaders: { Host: "x" } }, []);
  const parts = [await WARCSerializer.serialize(info, { gzip: true }), await WARCSerializer.serialize(request, { gzip: true }), await WARCSerializer.serialize(record, { gzip: true })];
  return Buffer.concat(parts);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "parley-ingest-http-"));
  const routes = new Map<string, { type: string; body: string | Uint8Array }>();
  server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    const route = routes.get(path);
    fetchedPages.push(path);
    if (!route) { res.writeHead(404).end("not found"); return; }
    res.writeHead(200, { "content-type": route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
  routes.set("/2025/02/18/talks-open.html", { type: "text/html", body: page({
    title: "Talks open in the capital",
    head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks open in the capital","datePublished":"2025-02-18T09:30:00+03:00"}</script>`,
    lead: "Negotiators opened talks on Tuesday.",
  }) });
  routes.set("/world/second-day", { type: "text/html", body: page({
    title: "A second day of talks",
    head: `<meta property="article:published_time" content="2099-01-01T00:00:00Z">`,
    lead: "The talks went into a second day.",
  }) });
  routes.set("/feed.xml", { type: "application/rss+xml", body: `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Example News</title>
<item><title>Talks open</title><link>${base}/2025/02/18/talks-open.html</link><pubDate>Tue, 18 Feb 2025 06:30:00 GMT</pubDate></item>
<item><title>Second day</title><link>${base}/world/second-day?utm_source=rss</link><pubDate>Wed, 19 Feb 2025 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>${base}/missing</link></item>
</channel></rss>` });
  routes.set("/standalone", { type: "text/html; charset=utf-8", body: page({
    title: "Ministers agree on a timetable",
    head: `<meta name="date" content="2025-02-21">`,
    lead: "Ministers agreed on a timetable for the next phase.",
  }) });
  routes.set("/latin", { type: "text/html; charset=iso-8859-1", body: Buffer.from(page({
    title: "Talks resume in Zürich",
    head: `<meta property="article:published_time" content="2025-02-22T08:00:00Z">`,
    lead: "Delegates met again in Zürich.",
  }), "latin1") });
  routes.set("/crawl/CC-NEWS-20250220.warc.gz", { type: "application/octet-stream", body: await warcGz(
    "https://archived.example/politics/envoys-return",
    page({ title: "Envoys return home", head: `<meta property="og:title" content="Envoys return home"><meta name="pubdate" content="20250220">`, lead: "The envoys returned home on Thursday." }),
    "2025-02-20T12:00:00Z",
  ) });
  store = openSqliteStore(join(dir, "http.db"));
});

after(async () => {
  await store?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

test("feed, page and WARC.gz by URL: titles, dates and the signal that gave them, text without boilerplate", async () => {
  const failures: string[] = [];
  const summary = await ingest([`${base}/feed.xml`, `${base}/standalone`, `${base}/latin`, `${base}/crawl/CC-NEWS-20250220.warc.gz`], {
    store, workers: 0, onFailure: (source) => failures.push(source),
  });
  assert.deepEqual(failures, [`${base}/missing`]);
  assert.equal(summary.added, 5);
  const rows = (await store.dump()).trim().split("\n").map((l) => JSON.parse(l)).filter((r) => r.table === "articles");
  const byTitle = new Map(rows.map((r) => [r.title, r]));
  assert.deepEqual([...byTitle.keys()].sort(), ["A second day of talks", "Envoys return home", "Ministers agree on a timetable", "Talks open in the capital", "Talks resume in Zürich"]);
  assert.match(byTitle.get("Talks resume in Zürich").text, /^Delegates met again in Zürich\./, "the server's charset is honoured");
  const open = byTitle.get("Talks open in the capital");
  assert.deepEqual([open.published, open.published_from], ["2025-02-18", "json-ld"]);
  const second = byTitle.get("A second day of talks");
  assert.deepEqual([second.published, second.published_from], ["2025-02-19", "feed"], "a meta date after the fetch is refused");
  const standalone = byTitle.get("Ministers agree on a timetable");
  assert.deepEqual([standalone.published, standalone.published_from], ["2025-02-21", "meta"]);
  const envoys = byTitle.get("Envoys return home");
  assert.deepEqual([envoys.published, envoys.published_from, envoys.url, envoys.site], ["2025-02-20", "meta", "https://archived.example/politics/envoys-return", "archived.example"]);
  for (const row of rows) {
    assert.match(row.text, /businesslike/);
    assert.doesNotMatch(row.text, /Subscribe|Cookie|Copyright/, "boilerplate removed");
    assert.match(row.text, /\n\n/, "paragraphs kept apart");
    assert.match(row.html, /<article>/, "raw HTML kept");
    assert.equal(row.language, "en");
    assert.equal(row.status, "extracted");
  }
  assert.equal((await store.failures())[0].error, "HTTP 404");

  // Again: nothing new, and known page URLs are not even fetched.
  const before = await store.dump();
  fetchedPages.length = 0;
  const again = await ingest([`${base}/feed.xml`, `${base}/standalone`, `${base}/crawl/CC-NEWS-20250220.warc.gz`], { store, workers: 0 });
  assert.equal(again.added, 0);
  assert.equal(await store.dump(), before);
  assert.ok(!fetchedPages.includes("/2025/02/18/talks-open.html") && !fetchedPages.includes("/standalone"), fetchedPages.join(" "));
});
