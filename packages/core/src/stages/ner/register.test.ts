import assert from "node:assert/strict";
import { test } from "node:test";
import { Doc } from "../../doc/doc.js";
import { Pipeline } from "../../pipeline/pipeline.js";
import { textStages } from "../text/index.js";
import { REGISTER_NEWS, REGISTER_WEB } from "./features.js";
import { tagsToLabels } from "./labels.js";
import { NerModel } from "./model.js";
import { detectRegister, registerCues } from "./register.js";
import { nerStage, type NerMention } from "./stage.js";
import { NerTrainer } from "./trainer.js";

test("the register detector: informal web text vs news prose", () => {
  assert.equal(detectRegister("lol i went there yesterday!! great food, u should go"), "web");
  assert.equal(detectRegister("Is this place any good? my friend says you have to book ahead. Thanks :)"), "web");
  const news = "The minister said on Tuesday that talks with Kenya would resume. Officials in Nairobi declined to comment.\n\nThe talks stalled in May.";
  assert.equal(detectRegister(news), "news");
  assert.equal(detectRegister(""), "news");
  const cues = registerCues("i think you are right!! see you");
  assert.equal(cues.pronouns, 3);
  assert.equal(cues.lowerI, 1);
  assert.equal(cues.chat, 1);
  assert.equal(cues.lowerStarts, 2);
});

function registerModel(): NerModel {
  const trainer = new NerTrainer({ bits: 13 });
  const news: [string[], string[]][] = [
    [["Anna", "Berg", "met", "Omar", "in", "Oslo", "."], ["B-PER", "I-PER", "O", "B-PER", "O", "B-LOC", "O"]],
    [["The", "Acme", "Corp", "hired", "Anna", "."], ["O", "B-ORG", "I-ORG", "O", "B-PER", "O"]],
  ];
  const web: [string[], string[]][] = [
    [["i", "met", "anna", "in", "oslo", "lol"], ["O", "O", "B-PER", "O", "B-LOC", "O"]],
    [["acme", "corp", "is", "great", "!!"], ["B-ORG", "I-ORG", "O", "O", "O"]],
  ];
  for (let e = 0; e < 8; e++) {
    for (const [w, t] of news) trainer.train(w, tagsToLabels(t), REGISTER_NEWS);
    for (const [w, t] of web) trainer.train(w, tagsToLabels(t), REGISTER_WEB);
  }
  return trainer.model();
}

test("a model with register features: fast path equals the plain scorer in each register, and JSON keeps the flag", () => {
  const model = registerModel();
  assert.equal(model.registers, true);
  const again = NerModel.fromJSON(JSON.parse(JSON.stringify(model.toJSON())));
  assert.equal(again.registers, true);
  const sentences = [["i", "met", "anna", "in", "oslo", "lol"], ["Anna", "Berg", "met", "Omar", "in", "Oslo", "."], ["acme", "corp", "hired", "omar"], ["ACME", "CORP", "!!"]];
  for (const m of [model, again]) {
    for (const register of ["news", "web", undefined] as const) {
      for (const words of sentences) assert.deepEqual([...m.tagWords(words, undefined, register)], [...m.tagWordsReference(words, undefined, register)], `${register} ${words.join(" ")}`);
    }
  }
  // A model without registers ignores the argument.
  const plain = new NerTrainer({ bits: 12 });
  plain.train(["Anna", "met", "Omar"], tagsToLabels(["B-PER", "O", "B-PER"]));
  const p = plain.model();
  assert.equal(p.registers, false);
  assert.deepEqual([...p.tagWords(["Anna", "met"], undefined, "web")], [...p.tagWords(["Anna", "met"], undefined, "news")]);
});

test("the stage tags a register model with the document's detected register", () => {
  const model = registerModel();
  const pipeline = Pipeline.build([...textStages, nerStage]);
  const text = "i met anna in oslo lol. u know acme corp ??";
  const doc = pipeline.run(new Doc(text), { resources: { "ner-model": model }, options: {} });
  const mentions = doc.get<NerMention[]>("ner");
  assert.equal(detectRegister(text), "web");
  // The same labels as tagging each sentence's words with the "web" register.
  const tokens = doc.get<{ count: number }>("tokens");
  assert.ok(tokens.count > 0);
  for (const m of mentions) assert.ok(m.start < m.end && text.slice(m.start, m.end).length > 0);
  const words = ["i", "met", "anna", "in", "oslo", "lol", "."];
  const web = model.spans(words, "web").map((s) => words.slice(s.start, s.end).join(" "));
  const first = mentions.filter((m) => m.end <= text.indexOf(".") + 1).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(first, web);
});

test("structured training with Viterbi decoding fits its data and keeps the BIO constraint", () => {
  const trainer = new NerTrainer({ bits: 14 });
  const data: [string[], string[]][] = [
    [["Anna", "Berg", "met", "Omar", "in", "Oslo", "."], ["B-PER", "I-PER", "O", "B-PER", "O", "B-LOC", "O"]],
    [["The", "Acme", "Corp", "hired", "Anna", "."], ["O", "B-ORG", "I-ORG", "O", "B-PER", "O"]],
  ];
  for (let e = 0; e < 10; e++) for (const [w, g] of data) trainer.trainStructured(w, tagsToLabels(g));
  const model = trainer.model();
  for (const [w, g] of data) assert.deepEqual([...model.tagWordsViterbi(w)], [...tagsToLabels(g)]);
  const out = model.tagWordsViterbi(["Berg", "Corp", "Berg", "Corp"]);
  for (let i = 0; i < 4; i++) if (out[i] !== 0 && out[i] % 2 === 0) assert.ok(i > 0 && (out[i - 1] === out[i] || out[i - 1] === out[i] - 1));
  assert.equal(model.tagWordsViterbi([]).length, 0);
});
