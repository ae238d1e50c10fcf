import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { REGISTER_NEWS, REGISTER_SEEDS, REGISTER_WEB } from "./features.js";
import { labelsToSpans, tagsToLabels } from "./labels.js";
import { Doc } from "../../doc/doc.js";
import { Pipeline } from "../../pipeline/pipeline.js";
import { textStages } from "../text/index.js";
import { NerModel } from "./model.js";
import { nerStage, type NerMention } from "./stage.js";
import { CachedScorer } from "./scorer.js";
import { NerTrainer } from "./trainer.js";

const MODEL = fileURLToPath(new URL("../../../../../data/models/ner.json", import.meta.url));
const committed = existsSync(MODEL) ? NerModel.fromJSON(JSON.parse(readFileSync(MODEL, "utf8"))) : null;
const noModel = committed ? false : "data/models/ner.json is absent (npm run train:ner)";

const TRAIN: [string[], string[]][] = [
  [["Anna", "Berg", "met", "Omar", "Haddad", "in", "Oslo", "."], ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]],
  [["The", "Acme", "Trading", "Corp", "hired", "Anna", "."], ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O"]],
  [["Omar", "flew", "from", "Lima", "to", "New", "Delhi", "on", "Monday", "."], ["B-PER", "O", "O", "B-LOC", "O", "B-LOC", "I-LOC", "O", "O", "O"]],
  [["Officials", "at", "the", "Nordic", "Fisheries", "Council", "said", "Berg", "resigned", "."], ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O", "O"]],
  [["Lima", "and", "Oslo", "signed", "a", "deal", "with", "Acme", "."], ["B-LOC", "O", "B-LOC", "O", "O", "O", "O", "B-ORG", "O"]],
];

/** Sentences unlike the training data: lower case, all caps, long, one word, unknown words. */
function varied(): string[][] {
  const base = [
    ["Anna", "Berg", "met", "Omar", "in", "Oslo", "."],
    ["i", "met", "anna", "berg", "and", "omar", "in", "oslo", "lol"],
    ["ACME", "TRADING", "CORP", "HIRES", "OMAR", "HADDAD", "IN", "NEW", "DELHI"],
    ["Oslo"],
    ["."],
    ["Berg", "Corp", "Berg", "Corp"],
    ["“", "We", "will", "not", "leave", ",", "”", "said", "Jean-Pierre", "Dupont", "of", "the", "U.N.", "in", "Geneva", "."],
    ["President", "Macron", "visited", "Kenya", "on", "3", "May", "2019", "with", "EU", "officials", "from", "Brussels", "."],
  ];
  const long: string[] = [];
  for (let k = 0; k < 12; k++) long.push(...base[k % 3 === 0 ? 0 : k % 3 === 1 ? 2 : 6].slice(0, -1), ",");
  long.push("and", "Nordic", "Fisheries", "Council", "staff", "in", "Lima", ".");
  return [...base, long, ...TRAIN.map(([w]) => w)];
}

function structuredModel(register = 0): NerModel {
  const trainer = new NerTrainer({ bits: 14 });
  for (let e = 0; e < 10; e++) for (const [w, g] of TRAIN) trainer.trainStructured(w, tagsToLabels(g), register);
  return trainer.model({ test: true });
}

const show = (a: ArrayLike<number>) => Array.from(a).join(",");

test("a structured-trained model is a Viterbi model, in its file too, and tagWords decodes with Viterbi", () => {
  const model = structuredModel();
  assert.equal(model.decoder, "viterbi");
  for (const [w, g] of TRAIN) assert.equal(show(model.tagWords(w)), show(tagsToLabels(g)));
  const json = JSON.parse(JSON.stringify(model.toJSON()));
  assert.equal(json.decoder, "viterbi");
  const again = NerModel.fromJSON(json);
  assert.equal(again.decoder, "viterbi");
  for (const w of varied()) assert.equal(show(again.tagWords(w)), show(again.tagWordsViterbi(w)), w.join(" "));
  // A greedy model says nothing (old files load as greedy) and still decodes greedily.
  const greedy = new NerTrainer({ bits: 14 });
  for (const [w, g] of TRAIN) greedy.train(w, tagsToLabels(g));
  const gm = greedy.model();
  assert.equal(gm.decoder, "greedy");
  assert.equal(gm.toJSON().decoder, undefined);
  for (const w of varied()) assert.equal(show(gm.tagWords(w)), show(gm.tagWordsReference(w)));
  assert.throws(() => NerModel.fromJSON({ ...json, decoder: "beam" }), /E008/);
});

test("fast Viterbi labels are identical to tagWordsViterbi (model trained here, with and without registers)", () => {
  for (const [model, registers] of [[structuredModel(), [undefined]], [structuredModel(REGISTER_WEB), ["news", "web"]]] as const) {
    for (const register of registers) {
      for (const w of varied()) {
        const fast = model.tagWords(w, undefined, register, "viterbi");
        assert.equal(show(fast), show(model.tagWordsViterbi(w, undefined, register)), `${register}: ${w.join(" ")}`);
        // A caller's buffer is used and I-X only follows B-X / I-X.
        const buf = new Uint8Array(w.length + 3).fill(9);
        assert.equal(model.tagWords(w, buf, register), buf);
        assert.equal(show(buf.subarray(0, w.length)), show(fast));
        for (let i = 0; i < w.length; i++) if (fast[i] !== 0 && fast[i] % 2 === 0) assert.ok(i > 0 && (fast[i - 1] === fast[i] || fast[i - 1] === fast[i] - 1));
      }
      assert.equal(model.tagWords([], undefined, register).length, 0);
    }
  }
  assert.equal(REGISTER_SEEDS[REGISTER_NEWS], 0);
});

test("the Viterbi scorer's word cache: a tiny limit (cleared between sentences) changes no label", () => {
  const model = structuredModel();
  const scorer = new CachedScorer(model.packed, undefined, undefined, 4, 0, true);
  for (let round = 0; round < 3; round++) {
    for (const w of varied()) {
      const out = new Uint8Array(w.length);
      scorer.tagViterbi(w, out);
      assert.equal(show(out), show(model.tagWordsViterbi(w)));
      scorer.tag(w, out);
      assert.equal(show(out), show(model.tagWordsReference(w)));
    }
  }
  assert.throws(() => new CachedScorer(model.packed).tagViterbi(["Oslo"], new Uint8Array(1)), RangeError);
});

test("fast Viterbi labels are identical to tagWordsViterbi on the committed model", { skip: noModel }, () => {
  const model = committed!;
  const sentences = varied();
  sentences.push(
    ["the", "prime", "minister", "of", "new", "zealand", ",", "jacinda", "ardern", ",", "spoke", "to", "reporters", "in", "wellington", "."],
    ["BREAKING", ":", "UNITED", "NATIONS", "SECURITY", "COUNCIL", "MEETS", "IN", "NEW", "YORK", "OVER", "UKRAINE"],
    ["Reuters"],
    ["Mr.", "Smith", "told", "the", "Associated", "Press", "that", "the", "Federal", "Reserve", "Bank", "of", "St.", "Louis", "would", "act", "."],
  );
  for (const w of sentences) {
    for (const register of [undefined, "web", "news"] as const) {
      assert.equal(show(model.tagWords(w, undefined, register, "viterbi")), show(model.tagWordsViterbi(w, undefined, register)), w.join(" "));
    }
  }
  assert.equal(model.tagWords([], undefined, undefined, "viterbi").length, 0);
});

test("the ner stage decodes a Viterbi model with Viterbi", () => {
  const model = structuredModel();
  const text = "Anna Berg met Omar Haddad in Oslo.\n\nThe Acme Trading Corp hired Anna.";
  const doc = Pipeline.build([...textStages, nerStage]).run(new Doc(text), { resources: { "ner-model": model }, options: {} });
  const got = doc.get<NerMention[]>("ner").map((m) => `${text.slice(m.start, m.end)}/${m.label}`);
  const want: string[] = [];
  for (const words of [["Anna", "Berg", "met", "Omar", "Haddad", "in", "Oslo", "."], ["The", "Acme", "Trading", "Corp", "hired", "Anna", "."]]) {
    const labels = model.tagWordsViterbi(words);
    for (const sp of labelsToSpans(labels)) want.push(`${words.slice(sp.start, sp.end).join(" ")}/${sp.label}`);
  }
  assert.deepEqual(got, want);
  assert.deepEqual(got, ["Anna Berg/PER", "Omar Haddad/PER", "Oslo/LOC", "Acme Trading Corp/ORG", "Anna/PER"]);
});
