import assert from "node:assert/strict";
import { test } from "node:test";
import { FeatureExtractor, normaliseWord, wordShape } from "./features.js";
import { NER_LABELS, labelsToSpans, tagsToLabels } from "./labels.js";
import { NerModel } from "./model.js";
import { NerTrainer } from "./trainer.js";
import { CachedScorer } from "./scorer.js";
import { decodeBase64, encodeBase64 } from "./base64.js";

const label = (name: string) => NER_LABELS.indexOf(name as (typeof NER_LABELS)[number]);

test("word shapes and normalised forms", () => {
  assert.equal(wordShape("Xavier", 4), "Xxxxx");
  assert.equal(wordShape("Xavier", 1), "Xx");
  assert.equal(wordShape("U.S.", 1), "X.X.");
  assert.equal(wordShape("1999", 1), "d");
  assert.equal(normaliseWord("``"), '"');
  assert.equal(normaliseWord("\u201d"), '"');
  assert.equal(normaliseWord("-LRB-"), "(");
  assert.equal(normaliseWord("don\u2019t"), "don't");
});

test("feature extraction is deterministic and independent of the cache", () => {
  const words = ["Mr.", "Smith", "visited", "the", "U.S.", "on", "Monday", "."];
  const a = new FeatureExtractor(18), b = new FeatureExtractor(18);
  a.prepare(["warm", "the", "cache", "first"]);
  a.prepare(words);
  b.prepare(words);
  assert.deepEqual(a.offs.slice(0, words.length + 1), b.offs.slice(0, words.length + 1));
  const n = a.offs[words.length];
  assert.deepEqual(a.rows.slice(0, n), b.rows.slice(0, n));
  assert.ok(a.rows.slice(0, n).every((r) => r >= 0 && r < 1 << 18));
  const h1 = new Int32Array(4), h2 = new Int32Array(4);
  a.historyRows(1, 0, 7, h1);
  b.historyRows(1, 0, 7, h2);
  assert.deepEqual(h1, h2);
});

test("a gazetteer hook adds features", () => {
  const plain = new FeatureExtractor(18), gaz = new FeatureExtractor(18, (w) => (w === "kenya" ? 1 : 0));
  plain.prepare(["in", "Kenya"]);
  gaz.prepare(["in", "Kenya"]);
  assert.ok(gaz.offs[2] > plain.offs[2]);
});

test("corpus tags map to BIO label ids and back to spans", () => {
  const labels = tagsToLabels(["PERSON", "PERSON", "O", "CITY", "ORGANIZATION", "MISC", "I-LOC", "B-LOC"]);
  assert.deepEqual([...labels].map((l) => NER_LABELS[l]), ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "O", "B-LOC", "B-LOC"]);
  assert.deepEqual(labelsToSpans(labels), [
    { start: 0, end: 2, label: "PER" }, { start: 3, end: 4, label: "LOC" }, { start: 4, end: 5, label: "ORG" },
    { start: 6, end: 7, label: "LOC" }, { start: 7, end: 8, label: "LOC" },
  ]);
});

test("base64 round-trips", () => {
  for (const n of [0, 1, 2, 3, 4, 100]) {
    const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
    assert.deepEqual(decodeBase64(encodeBase64(bytes)), bytes);
  }
});

function tinyModel(): NerModel {
  const data: [string[], string[]][] = [
    [["Anna", "Berg", "met", "Omar", "in", "Oslo", "."], ["B-PER", "I-PER", "O", "B-PER", "O", "B-LOC", "O"]],
    [["The", "Acme", "Corp", "hired", "Anna", "."], ["O", "B-ORG", "I-ORG", "O", "B-PER", "O"]],
    [["Omar", "flew", "to", "Lima", "."], ["B-PER", "O", "O", "B-LOC", "O"]],
  ];
  const trainer = new NerTrainer({ bits: 14 });
  for (let epoch = 0; epoch < 10; epoch++) for (const [w, t] of data) trainer.train(w, tagsToLabels(t));
  return trainer.model({ test: true });
}

test("a trained model fits its data and round-trips through JSON", () => {
  const model = tinyModel();
  const words = ["Anna", "Berg", "met", "Omar", "in", "Oslo", "."];
  assert.deepEqual(model.spans(words), [
    { start: 0, end: 2, label: "PER" }, { start: 3, end: 4, label: "PER" }, { start: 5, end: 6, label: "LOC" },
  ]);
  const json = JSON.parse(JSON.stringify(model.toJSON()));
  const again = NerModel.fromJSON(json);
  assert.equal(again.meta.test, true);
  assert.deepEqual([...again.tagWords(words)], [...model.tagWords(words)]);
  // Quantisation keeps weights within a small relative error.
  let maxAbs = 0, maxErr = 0;
  for (let i = 0; i < model.weights.length; i++) {
    maxAbs = Math.max(maxAbs, Math.abs(model.weights[i]));
    maxErr = Math.max(maxErr, Math.abs(model.weights[i] - again.weights[i]));
  }
  assert.ok(maxErr <= maxAbs * 1e-3, `quantisation error ${maxErr} of ${maxAbs}`);
  assert.deepEqual(JSON.parse(JSON.stringify(again.toJSON())), json);
});

test("tagging uses a caller buffer and never emits I-X after O", () => {
  const model = tinyModel();
  const buf = new Uint8Array(64);
  const out = model.tagWords(["Berg", "Corp", "Berg", "Corp"], buf);
  assert.equal(out, buf);
  for (let i = 0; i < 4; i++) {
    const l = out[i];
    if (l !== 0 && l % 2 === 0) assert.ok(i > 0 && (out[i - 1] === l || out[i - 1] === l - 1));
  }
  assert.equal(model.tagWords([]).length, 0);
  assert.equal(label("B-PER"), 1);
});

test("fromJSON rejects other files", () => {
  assert.throws(() => NerModel.fromJSON({ format: "other" }), /E008/);
  const json = tinyModel().toJSON();
  assert.throws(() => NerModel.fromJSON({ ...json, features: "ner-features/0" }), /E008/);
  assert.throws(() => NerModel.fromJSON({ ...json, weights: "AAAA" }), /E008/);
});

test("the scorer's word cache: a tiny limit (cleared between sentences) changes no label", () => {
  const model = tinyModel();
  const scorer = new CachedScorer(model.packed, undefined, undefined, 4);
  const sentences = [["Anna", "Berg", "met", "Omar", "in", "Oslo", "."], ["The", "Acme", "Corp", "hired", "Anna", "."], ["Omar", "flew", "to", "Lima", "."]];
  for (let round = 0; round < 3; round++) {
    for (const words of sentences) {
      const out = new Uint8Array(words.length);
      scorer.tag(words, out);
      assert.deepEqual([...out], [...model.tagWordsReference(words)]);
    }
  }
});
