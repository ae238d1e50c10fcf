import assert from "node:assert/strict";
import { test } from "node:test";
import { ParleyError } from "../errors.js";
import { loadFiles, miniFiles, shippedKb } from "./test-data.test.js";

/** Replace one line of one file, then expect the load to fail with `message`. */
function expectError(file: string, line: number, mutate: (rec: Record<string, any>) => unknown, message: RegExp) {
  const files = miniFiles();
  const lines = files[file].split("\n");
  const rec = JSON.parse(lines[line - 1]);
  const out = mutate(rec);
  lines[line - 1] = typeof out === "string" ? out : JSON.stringify(rec);
  files[file] = lines.join("\n");
  assert.throws(() => loadFiles(files), (err: unknown) => {
    assert.ok(err instanceof ParleyError, String(err));
    assert.equal(err.code, "E006");
    assert.match(err.message, message);
    return true;
  });
}

test("a minimal KB loads", () => {
  const kb = loadFiles(miniFiles());
  assert.equal(kb.people.length, 2);
  assert.equal(kb.stats().countries, 1);
  assert.equal(kb.stats().regions, 1);
});

test("a bad role date names file, line and field", () => {
  expectError("kb/people.jsonl", 2, (r) => { r.roles[0].start = "2020-13-01"; }, /^E006 invalid knowledge-base data: data\/kb\/people\.jsonl:2: roles\[0\]\.start is not a date$/);
  expectError("kb/people.jsonl", 1, (r) => { r.roles[0].end = "2001-01-01"; }, /people\.jsonl:1: roles\[0\]\.end is before its start/);
});

test("invalid JSON, unknown office, sector and country codes are caught", () => {
  expectError("kb/people.jsonl", 1, () => "{not json", /people\.jsonl:1: not valid JSON/);
  expectError("kb/people.jsonl", 2, (r) => { r.roles[1].office = "grand-poobah"; }, /people\.jsonl:2: roles\[1\]\.office "grand-poobah" is not one of the known values/);
  expectError("kb/organizations.jsonl", 2, (r) => { r.sector = "XXX"; }, /organizations\.jsonl:2: sector "XXX"/);
  expectError("kb/people.jsonl", 1, (r) => { r.roles[0].country = "ZZZ"; }, /people\.jsonl:1: roles\[0\]\.country "ZZZ" is not a known country or body code/);
  expectError("kb/titles.jsonl", 3, (r) => { r.countries = ["QQQ"]; }, /titles\.jsonl:3: countries\[0\]/);
  expectError("kb/offices.jsonl", 2, (r) => { r.fallback = ["nobody"]; }, /offices\.jsonl:2: fallback\[0\] "nobody" is not a known office/);
});

test("ids must be parley slugs and unique across files", () => {
  expectError("kb/people.jsonl", 1, (r) => { r.id = "Ada First"; }, /people\.jsonl:1: id "Ada First" is not a parley:<slug> id/);
  expectError("kb/people.jsonl", 2, (r) => { r.id = "parley:examplia"; }, /people\.jsonl:2: id "parley:examplia" is already used at data\/kb\/countries\.jsonl:1/);
});

test("places: coordinates in range, alias targets exist", () => {
  expectError("kb/places.jsonl", 1, (r) => { r.lat = 95; }, /places\.jsonl:1: lat is out of range/);
  expectError("kb/place-aliases.jsonl", 1, (r) => { r.name = "Nowhere"; }, /place-aliases\.jsonl:1: name "Nowhere" \(XEA\) is not a place in the gazetteer/);
});

test("the shipped KB validates and is large enough", () => {
  const stats = shippedKb().stats();
  assert.ok(stats.countries >= 240, `countries ${stats.countries}`);
  assert.ok(stats.people >= 300, `people ${stats.people}`);
  assert.ok(stats.organizations >= 200, `organizations ${stats.organizations}`);
  assert.ok(stats.places >= 4000, `places ${stats.places}`);
});
