/** The corpus commands over a store filled with the hand-built fixture records. */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { openSqliteStore, GDELT_COLUMNS } from "@parley/store";
import { fixtureCorpus } from "@parley/store/fixtures";
import { main } from "../main.js";
import type { Io } from "../io.js";

function memoryIo(stdin = ""): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "", stderr: "",
    out(s: string) { io.stdout += s; },
    err(s: string) { io.stderr += s; },
    readStdin: () => new TextEncoder().encode(stdin),
  };
  return io;
}

let dir = "";
let db = "";
async function run(args: string[], stdin = ""): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo(stdin);
  const code = await main(["node", "parley", ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}
const jsonl = (s: string) => s.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "parley-corpus-cli-"));
  db = join(dir, "fixtures.db");
  const store = openSqliteStore(db);
  for (const { article, record } of fixtureCorpus()) await store.putArticle(article, record);
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("stats --format json prints the counts, articles/actors/quotes/events first", async () => {
  const r = await run(["stats", "--db", db, "--format", "json"]);
  assert.equal(r.code, 0);
  assert.equal(r.out, '{"articles": 4, "actors": 4, "quotes": 4, "events": 4, "mentions": 9, "clusters": 3, "failed": 0, "notExtracted": 1}\n');
});

test("query events --actor RUS --type CONSULT --from 2025-02-01", async () => {
  const r = await run(["query", "events", "--actor", "RUS", "--type", "CONSULT", "--from", "2025-02-01", "--db", db, "--format", "jsonl"]);
  assert.equal(r.code, 0, r.err);
  const rows = jsonl(r.out);
  assert.deepEqual(rows.map((e) => [e.date, e.triggerText, e.sourceCountry, e.targetCountry]), [
    ["2025-02-18", "met", "RUS", "USA"], ["2025-02-19", "held", "RUS", "USA"], ["2025-03-10", "meet", "RUS", "USA"],
  ]);
  assert.deepEqual(rows.map((e) => e.numArticles), [2, 2, 1]);
});

test("query quotes --speaker \"Sergei Lavrov\" --text sanctions, as CSV and as a table", async () => {
  const csv = await run(["query", "quotes", "--speaker", "Sergei Lavrov", "--text", "sanctions", "--db", db, "--format", "csv"]);
  const lines = csv.out.trim().split("\n");
  assert.equal(lines.length, 2);
  assert.match(lines[0], /^id,articleId,articleUrl,published,kind,start,end,text,/);
  assert.match(lines[1], /,indirect,\d+,\d+,sanctions were illegal,/);
  const table = await run(["query", "quotes", "--speaker", "Sergei Lavrov", "--db", db, "--format", "table"]);
  assert.match(table.out, /^published\s+speakerName/);
  assert.match(table.out, /"We agreed to restore the embassies,"/);
});

test("query actors --top 2, query clusters, search", async () => {
  const actors = jsonl((await run(["query", "actors", "--top", "2", "--db", db, "--format", "jsonl"])).out);
  assert.deepEqual(actors.map((a) => [a.name, a.articles]), [["Sergei Lavrov", 2], ["KIRILL  DMITRIEV", 2]]);
  const clusters = jsonl((await run(["query", "clusters", "--type", "consult", "--db", db, "--format", "jsonl"])).out);
  assert.deepEqual(clusters.map((c) => [c.numMentions, c.numArticles, c.numSources]), [[2, 2, 2], [1, 1, 1]]);
  const hits = jsonl((await run(["search", "peace", "talks", "--db", db, "--format", "jsonl"])).out);
  assert.deepEqual(hits.map((h) => h.title).sort(), ["Lavrov and Rubio meet in Riyadh", "Talks continue"]);
});

test("export --format gdelt: GDELT-like columns plus modality, offsets and article id", async () => {
  const r = await run(["export", "--format", "gdelt", "--db", db]);
  const [header, ...rows] = r.out.trim().split("\n").map((l) => l.split("\t"));
  assert.deepEqual(header, [...GDELT_COLUMNS] as string[]);
  assert.equal(rows.length, 4);
  const col = (row: string[], name: string) => row[header.indexOf(name)];
  const first = rows.find((row) => col(row, "SQLDATE") === "20250218")!;
  assert.deepEqual([col(first, "Actor1Code"), col(first, "Actor2Code"), col(first, "EventCode"), col(first, "QuadClass"), col(first, "NumArticles"), col(first, "Modality")],
    ["RUSGOV", "USAGOV", "CONSULT", "1", "2", "asserted"]);
  const text = fixtureCorpus()[0].article.text;
  assert.equal(text.slice(Number(col(first, "TriggerStart")), Number(col(first, "TriggerEnd"))), "met");
  assert.equal(col(first, "ArticleId"), fixtureCorpus()[0].article.id);
  const csv = await run(["export", "--format", "csv", "--table", "quotes", "--db", db]);
  assert.equal(csv.out.trim().split("\n").length, 5);
  const json = jsonl((await run(["export", "--db", db])).out);
  assert.equal(json.length, 4);
});

test("a missing database is an error, not a new empty file", async () => {
  const r = await run(["stats", "--db", join(dir, "nope.db")]);
  assert.equal(r.code, 1);
  assert.match(r.err, /no corpus at/);
});

test("ingest JSONL from stdin; non-English stored, not extracted; bad lines recorded; re-ingest changes nothing", async () => {
  const target = join(dir, "stdin.db");
  const lines = [
    JSON.stringify({ text: "The ministers met in Geneva on Monday and agreed to talk again next month, officials said.", url: "https://a.example/1", title: "One", published: "2025-02-10" }),
    JSON.stringify({ text: "Die Minister trafen sich am Montag in Genf und vereinbarten, nächsten Monat erneut zu verhandeln.", url: "https://b.example/2" }),
    "{not json",
    JSON.stringify({ title: "no text" }),
  ].join("\n");
  const first = await run(["ingest", "-", "--db", target, "--workers", "0"], lines);
  assert.equal(first.code, 1, "some lines failed");
  const stats = JSON.parse((await run(["stats", "--db", target, "--format", "json"])).out);
  assert.deepEqual([stats.articles, stats.notExtracted, stats.failed], [2, 1, 2]);
  const failures = jsonl((await run(["query", "failures", "--db", target, "--format", "jsonl"])).out);
  assert.deepEqual(failures.map((f) => f.source), ["<stdin>:3", "<stdin>:4"]);
  const before = (await run(["stats", "--db", target, "--format", "json"])).out;
  await run(["ingest", "-", "--db", target, "--workers", "0"], lines);
  assert.equal((await run(["stats", "--db", target, "--format", "json"])).out, before);
});

test("ingest a directory of texts: dates from the date line", async () => {
  const texts = join(dir, "texts");
  const { mkdirSync } = await import("node:fs");
  mkdirSync(join(texts, "sub"), { recursive: true });
  writeFileSync(join(texts, "a.txt"), "Tuesday, February 18, 2025\n\nThe ministers met in Riyadh and agreed to meet again soon, the officials said.\n");
  writeFileSync(join(texts, "sub", "b.txt"), "The delegations held a second round of talks in Geneva, according to a statement.\n");
  writeFileSync(join(texts, "skip.bin"), "ignored: not a known extension");
  const target = join(dir, "texts.db");
  const r = await run(["ingest", texts, "--db", target, "--workers", "0"]);
  assert.equal(r.code, 0, r.err);
  const hits = jsonl((await run(["search", "ministers", "--db", target, "--format", "jsonl"])).out);
  assert.deepEqual(hits.map((h) => h.published), ["2025-02-18"]);
});
