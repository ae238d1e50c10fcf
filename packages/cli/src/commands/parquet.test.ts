/** `parley export --format parquet` over the fixture store, read back with DuckDB and compared with the text exports. */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { GDELT_COLUMNS, openSqliteStore, tsvField } from "@parley/store";
import { fixtureCorpus } from "@parley/store/fixtures";
import { main } from "../main.js";
import type { Io } from "../io.js";
import { columnsOf, writeParquet } from "./parquet.js";

let dir = "";
let db = "";
let instance: DuckDBInstance;
let duck: DuckDBConnection;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io: Io & { stdout: string; stderr: string } = {
    stdout: "", stderr: "",
    out(s: string) { io.stdout += s; },
    err(s: string) { io.stderr += s; },
    readStdin: () => new Uint8Array(),
  };
  const code = await main(["node", "parley", ...args], io);
  return { code, out: io.stdout, err: io.stderr };
}
const byText = (a: unknown, b: unknown) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0); // as DuckDB orders VARCHAR
const jsonl = (s: string) => s.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;
async function readParquet(file: string, order: string): Promise<Record<string, unknown>[]> {
  return (await duck.runAndReadAll(`SELECT * FROM read_parquet(${sqlString(file)}) ORDER BY ${order}`)).getRowObjectsJS() as Record<string, unknown>[];
}
async function types(file: string): Promise<Record<string, string>> {
  const rows = (await duck.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${sqlString(file)})`)).getRowObjectsJS();
  return Object.fromEntries(rows.map((r) => [String(r.column_name), String(r.column_type)]));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "parley-parquet-"));
  db = join(dir, "fixtures.db");
  const store = openSqliteStore(db);
  for (const { article, record } of fixtureCorpus()) await store.putArticle(article, record);
  await store.close();
  instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  duck = await instance.connect();
});
after(() => {
  duck?.closeSync();
  instance?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

test("export --format parquet: the gdelt table, typed, same rows and values as --format gdelt and jsonl", async () => {
  const file = join(dir, "events.parquet");
  const r = await run(["export", "--format", "parquet", "--out", file, "--db", db]);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, "");
  const t = await types(file);
  assert.deepEqual(Object.keys(t), [...GDELT_COLUMNS] as string[]);
  assert.deepEqual([t.GLOBALEVENTID, t.SQLDATE, t.FractionDate, t.QuadClass, t.NumArticles, t.ActionGeo_Lat, t.TriggerStart, t.Modality, t.Confidence],
    ["VARCHAR", "INTEGER", "DOUBLE", "INTEGER", "INTEGER", "DOUBLE", "INTEGER", "VARCHAR", "DOUBLE"]);

  const rows = await readParquet(file, "GLOBALEVENTID");
  const events = jsonl((await run(["export", "--db", db])).out).sort((a, b) => byText(a.id, b.id));
  assert.equal(rows.length, 4);
  assert.equal(rows.length, events.length);
  assert.deepEqual(rows.map((row) => row.GLOBALEVENTID), events.map((e) => e.id));
  assert.deepEqual(rows.map((row) => row.Confidence), events.map((e) => e.confidence));
  assert.deepEqual(rows.map((row) => row.ActionGeo_Lat), events.map((e) => e.lat));
  assert.deepEqual(rows.map((row) => row.ClusterId), events.map((e) => e.clusterId));

  // Every cell equals the gdelt TSV cell: empty there is NULL here.
  const [header, ...tsv] = (await run(["export", "--format", "gdelt", "--db", db])).out.trim().split("\n").map((l) => l.split("\t"));
  tsv.sort((a, b) => byText(a[0], b[0]));
  rows.forEach((row, i) => header.forEach((column, j) => {
    const value = row[column];
    if (tsv[i][j] === "") assert.equal(value, null, column);
    else if (column === "FractionDate") assert.equal(value, Number(tsv[i][j]));
    else assert.equal(tsvField(value), tsv[i][j], column);
  }));

  const first = rows.find((row) => row.SQLDATE === 20250218)!;
  assert.deepEqual([first.Actor1Code, first.EventCode, first.QuadClass, first.NumArticles, first.Modality, first.GoldsteinScale],
    ["RUSGOV", "CONSULT", 1, 2, "asserted", null]);
  const text = fixtureCorpus()[0].article.text;
  assert.equal(text.slice(first.TriggerStart as number, first.TriggerEnd as number), "met");
  assert.equal(first.ArticleId, fixtureCorpus()[0].article.id);
  const [{ n, dated }] = (await duck.runAndReadAll(
    `SELECT count(*)::INTEGER AS n, count(SQLDATE)::INTEGER AS dated FROM read_parquet(${sqlString(file)}) WHERE Year = 2025`)).getRowObjectsJS();
  assert.deepEqual([n, dated], [4, 4]);
});

test("export --format parquet --table quotes|actors|clusters: the jsonl rows, value for value", async () => {
  for (const [table, order] of [["quotes", "id"], ["actors", "id"], ["clusters", "id"]] as const) {
    const file = join(dir, `${table}.parquet`);
    const r = await run(["export", "--format", "parquet", "--table", table, "--out", file, "--db", db]);
    assert.equal(r.code, 0, r.err);
    const rows = await readParquet(file, order);
    const json = jsonl((await run(["export", "--table", table, "--db", db])).out).sort((a, b) => byText(a[order], b[order]));
    assert.ok(rows.length > 0, table);
    assert.deepEqual(rows, json, table);
  }
  const quotes = await types(join(dir, "quotes.parquet"));
  assert.deepEqual([quotes.start, quotes.confidence, quotes.published, quotes.speakerActor], ["INTEGER", "DOUBLE", "VARCHAR", "VARCHAR"]);
  assert.equal((await types(join(dir, "clusters.parquet"))).eventIds, "VARCHAR[]");
  const csv = (await run(["export", "--format", "csv", "--table", "quotes", "--db", db])).out.trim().split("\n");
  assert.equal((await readParquet(join(dir, "quotes.parquet"), "id")).length, csv.length - 1);
});

test("export --format parquet without --out is a usage error (exit 2), nothing written to stdout", async () => {
  const r = await run(["export", "--format", "parquet", "--db", db]);
  assert.equal(r.code, 2);
  assert.equal(r.out, "");
  assert.match(r.err, /--format parquet writes a binary file: give it with --out FILE/);
});

test("writeParquet keeps quotes, commas, newlines, tabs, unicode, empty strings, nulls and lists as they are", async () => {
  const file = join(dir, "it's tricky.parquet");
  const tricky = 'He said, "no";\r\nthen\tleft — «Лавров» 中文 🙂 \'quoted\'';
  const columns = columnsOf({ text: "string", n: "integer", x: "double", list: "string[]" });
  const written = await writeParquet(file, columns, [[tricky, 3, 0.25, ["a,b", 'c"d', ""]], ["", null, null, []], [null, -1, 1e-9, null]]);
  assert.equal(written, 3);
  const rows = (await duck.runAndReadAll(`SELECT * FROM read_parquet(${sqlString(file)})`)).getRowObjectsJS();
  assert.deepEqual(rows, [
    { text: tricky, n: 3, x: 0.25, list: ["a,b", 'c"d', ""] },
    { text: "", n: null, x: null, list: [] },
    { text: null, n: -1, x: 1e-9, list: null },
  ]);
  await assert.rejects(writeParquet(join(dir, "bad.parquet"), columns, [["x", 1.5, 0, []]]), /n is not an integer/);
  assert.equal(existsSync(join(dir, "bad.parquet")), false);
});

test("DuckDB is imported lazily: no CLI source imports it statically", () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const sources = [here, dirname(here)].flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => join(d, f)));
  assert.ok(sources.length > 5);
  for (const file of sources) assert.doesNotMatch(readFileSync(file, "utf8"), /^import(?!\s+type)[^;]*from\s+"@duckdb\//m, file);
});
