import assert from "node:assert/strict";
import { test } from "node:test";
import { N_LABELS } from "./labels.js";
import { GAZ, buildNerGazetteer, buildNerGazetteerTable, decodeGazetteerTable, encodeGazetteerTable, gazetteerHook, parseNameList } from "./gazetteer.js";
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
