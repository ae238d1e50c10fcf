import assert from "node:assert/strict";
import { test } from "node:test";
import { N_LABELS } from "./labels.js";
import { GAZ, buildNerGazetteer, buildNerGazetteerTable, decodeClusterTable, decodeGazetteerTable, encodeClusterTable, encodeGazetteerTable, gazetteerHook, parseNameList } from "./gazetteer.js";
import { FeatureExtractor } from "./features.js";
import { NerModel } from "./model.js";

const lists = {
  firstNames: parseNameList("# given names\nMaria\n\nJosé\n"),
  orgKeywords: ["university", "inc."],
  locKeywords: ["street"],
  usStates: ["ks", "kansas"],
};

test("the word lists set their bits; folding meets diacritics", () => {
  const hook = buildNerGazetteer(null, lists);
  assert.equal(hook("maria"), GAZ.FIRST);
  assert.equal(hook("josé"), GAZ.FIRST);
  assert.equal(hook("jose"), GAZ.FIRST);
  assert.equal(hook("university") & GAZ.ORG_KEY, GAZ.ORG_KEY);
  assert.equal(hook("street"), GAZ.LOC_KEY);
  assert.equal(hook("ks"), GAZ.STATE);
  assert.equal(hook("the"), 0);
  assert.equal(hook("walked"), 0);
});

test("the table round-trips through its stored form and a model file", () => {
  const table = buildNerGazetteerTable(null, lists);
  const again = decodeGazetteerTable(encodeGazetteerTable(table));
  assert.deepEqual([...again].sort(), [...table].sort());
  const hook = gazetteerHook(again);
  assert.equal(hook("kansas"), GAZ.STATE);

  const model = new NerModel(8, new Float32Array((1 << 8) * N_LABELS).fill(0.5), { gazetteerTable: table });
  const json = model.toJSON();
  assert.equal(json.gazetteer, true);
  const loaded = NerModel.fromJSON(JSON.parse(JSON.stringify(json)));
  assert.ok(loaded.usesGazetteer);
  assert.deepEqual([...loaded.gazetteerTable!].sort(), [...table].sort());
  assert.throws(() => NerModel.fromJSON({ ...json, gazetteerTable: undefined }), /E008/);
});

test("word clusters round-trip and reach the features", () => {
  const stored = { "0.1": "john maria", "3.9": "0000 kenya" };
  const table = decodeClusterTable(stored);
  assert.equal(table.get("john"), 1 + 0 * 64 + 1);
  assert.equal(table.get("kenya"), 1 + 3 * 64 + 9);
  assert.deepEqual(encodeClusterTable(table), stored);
  const plain = new FeatureExtractor(18), clu = new FeatureExtractor(18, undefined, undefined, (w) => table.get(w) ?? 0);
  plain.prepare(["in", "Kenya", "in", "1999"]);
  clu.prepare(["in", "Kenya", "in", "1999"]);
  assert.ok(clu.offs[4] > plain.offs[4]);
  const model = new NerModel(8, new Float32Array((1 << 8) * N_LABELS).fill(0.5), { clusters: table });
  const loaded = NerModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
  assert.equal(loaded.clusters?.get("kenya"), table.get("kenya"));
});
