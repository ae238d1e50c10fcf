import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Doc } from "../../doc/doc.js";
import { Pipeline } from "../../pipeline/pipeline.js";
import { textStages } from "../text/index.js";
import { NerModel } from "./model.js";
import { nerStage, type NerMention } from "./stage.js";
import { NerTrainer } from "./trainer.js";
import { tagsToLabels } from "./labels.js";

const MODEL = fileURLToPath(new URL("../../../../../data/models/ner.json", import.meta.url));
const committed = existsSync(MODEL) ? NerModel.fromJSON(JSON.parse(readFileSync(MODEL, "utf8"))) : null;
const noModel = committed ? false : "data/models/ner.json is absent (npm run train:ner)";

function run(text: string, model: NerModel): { doc: Doc; mentions: NerMention[] } {
  const pipeline = Pipeline.build([...textStages, nerStage]);
  const doc = pipeline.run(new Doc(text), { resources: { "ner-model": model }, options: {} });
  return { doc, mentions: doc.get<NerMention[]>("ner") };
}

const said = (doc: Doc, mentions: NerMention[]) => mentions.map((m) => `${doc.text.slice(m.start, m.end)}/${m.label}`);

test("the stage tags sentences and its spans slice to the words (hand-trained model)", () => {
  const trainer = new NerTrainer({ bits: 14 });
  const data: [string[], string[]][] = [
    [["Anna", "Berg", "met", "Omar", "in", "Oslo", "."], ["B-PER", "I-PER", "O", "B-PER", "O", "B-LOC", "O"]],
    [["The", "Acme", "Corp", "hired", "Anna", "."], ["O", "B-ORG", "I-ORG", "O", "B-PER", "O"]],
    [["Omar", "flew", "to", "Lima", "."], ["B-PER", "O", "O", "B-LOC", "O"]],
  ];
  for (let e = 0; e < 20; e++) for (const [w, t] of data) trainer.train(w, tagsToLabels(t));
  const { doc, mentions } = run("Anna Berg met Omar in Oslo.\n\nOmar flew to Lima.", trainer.model());
  assert.deepEqual(said(doc, mentions), ["Anna Berg/PER", "Omar/PER", "Oslo/LOC", "Omar/PER", "Lima/LOC"]);
  assert.equal(mentions[0].tokEnd - mentions[0].tokStart, 2);
  assert.equal(doc.layer("ner").stamp.stage, "ner");
});

test("the stage refuses a missing model", () => {
  assert.throws(() => run("Anna met Omar.", undefined as unknown as NerModel), /E005/);
});

test("the committed model loads and tags titles, countries and organisations", { skip: noModel }, () => {
  const model = committed!;
  assert.deepEqual(model.spans("Foreign Minister Sergei Lavrov said Russia was ready .".split(" ")), [
    { start: 2, end: 4, label: "PER" }, { start: 5, end: 6, label: "LOC" },
  ]);
  const words = "Mr. Smith works for Microsoft in Seattle .".split(" ");
  assert.deepEqual(model.spans(words).map((s) => `${words.slice(s.start, s.end).join(" ")}/${s.label}`), ["Smith/PER", "Microsoft/ORG", "Seattle/LOC"]);
});

test("the committed model through the stage: offsets slice to the names", { skip: noModel }, () => {
  const text = "President Emmanuel Macron met officials of the World Bank in Nairobi, Kenya, on Monday.\n\n“We are ready,” said Angela Merkel.";
  const { doc, mentions } = run(text, committed!);
  assert.deepEqual(said(doc, mentions), ["Emmanuel Macron/PER", "World Bank/ORG", "Nairobi/LOC", "Kenya/LOC", "Angela Merkel/PER"]);
  for (const m of mentions) assert.ok(m.tokStart < m.tokEnd && m.start < m.end);
});

test("the cached fast path labels exactly as the plain per-feature scorer", { skip: noModel }, () => {
  const model = committed!;
  const sentences = [
    "Foreign Minister Sergei Lavrov said Russia was ready .",
    "the un security council met in new york on tuesday",
    "THE WORLD BANK AND THE IMF WARNED OF A SLOWDOWN IN KENYA",
    "“ We are ready , ” said Angela Merkel , the German chancellor , in Berlin .",
    "Mr. Smith works for Microsoft in Seattle , Wash. , and Dr. Jane O'Neill of Acme-Global Inc. disagreed .",
    "He said 1,200 people from Côte d’Ivoire , São Paulo and St. Petersburg attended .",
    "Kenya", "",
  ].map((s) => (s ? s.split(" ") : []));
  for (let round = 0; round < 2; round++) {
    for (const words of sentences) {
      // Both fast decoders against their plain references, whichever the model was trained for.
      assert.deepEqual([...model.tagWords(words, undefined, undefined, "greedy")], [...model.tagWordsReference(words)], words.join(" "));
      assert.deepEqual([...model.tagWords(words, undefined, undefined, "viterbi")], [...model.tagWordsViterbi(words)], words.join(" "));
    }
  }
});

test("a hand-trained model: fast path equals the plain scorer on and off its data", () => {
  const trainer = new NerTrainer({ bits: 12 });
  const data: [string[], string[]][] = [
    [["Anna", "Berg", "met", "Omar", "in", "Oslo", "."], ["B-PER", "I-PER", "O", "B-PER", "O", "B-LOC", "O"]],
    [["The", "Acme", "Corp", "hired", "Anna", "."], ["O", "B-ORG", "I-ORG", "O", "B-PER", "O"]],
    [["OMAR", "FLEW", "TO", "LIMA"], ["B-PER", "O", "O", "B-LOC"]],
  ];
  for (let e = 0; e < 5; e++) for (const [w, t] of data) trainer.train(w, tagsToLabels(t));
  const model = trainer.model();
  for (const words of [...data.map((d) => d[0]), ["acme", "corp", "hired", "omar", "berg"], ["Lima", "Oslo", "Anna", "Berg", "Corp"]]) {
    assert.deepEqual([...model.tagWords(words)], [...model.tagWordsReference(words)], words.join(" "));
  }
});
