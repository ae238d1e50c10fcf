/**
 * Measure the entity tagger: `npm run eval:ner [-- --model path]`. Span-exact micro F1
 * (PER/ORG/LOC) on UNER English-EWT test, agreement (span-exact F1) with CoreNLP's tags
 * on PolNeAR dev, per-label P/R/F1, and tagging speed in tokens/s.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { detectRegister, type NerRegister } from "../../packages/core/src/stages/ner/index.js";
import {
  MODEL_PATH, loadModel, SHARED, formatScore, microF1, newScore, readCoreNlpDir, readIob2, scoreSentence, sentenceRegisters, sharedPresent, type Sentence,
} from "./corpora.js";

const { values: args } = parseArgs({ options: { model: { type: "string" }, viterbi: { type: "boolean", default: false } } });
const path = args.model ?? MODEL_PATH;

if (!sharedPresent()) {
  console.log("eval:ner: ../shared/data is absent; nothing to measure on. Skipping.");
  process.exit(0);
}
if (!existsSync(path)) {
  console.log(`eval:ner: no model at ${path}; run npm run train:ner first. Skipping.`);
  process.exit(0);
}

const model = loadModel(path);

/**
 * Score a corpus; each sentence is tagged with its document's register as the ner stage
 * would detect it (`detectRegister` over the document's text: UNER sentences grouped by
 * `# newdoc id`, PolNeAR by file, its original text read from `textDir`).
 */
function measure(name: string, sentences: Sentence[], textDir?: string): number {
  const score = newScore();
  const buf = new Uint8Array(4096);
  const { registers, docs, web } = sentenceRegisters(sentences, textDir);
  // --viterbi: the experimental exact decoder (plain slow path) for structured-trained models.
  const tag = (s: Sentence, i: number) => (args.viterbi ? model.tagWordsViterbi(s.words, buf, registers[i]) : model.tagWords(s.words, buf, registers[i]));
  sentences.forEach((s, i) => scoreSentence(score, s.labels, tag(s, i), s.words.length));
  const f1 = microF1(score);
  const reg = `${docs} docs, register detected web in ${web} (${(100 * web / docs).toFixed(1)}%)${model.registers ? "" : "; the model has no register features"}`;
  console.log(`${name}: ${sentences.length} sentences, ${reg}, span-exact micro F1 ${f1.toFixed(3)}\n${formatScore(score)}`);
  return f1;
}

const uner = readIob2(join(SHARED, "ner/uner-en-ewt/en_ewt-ud-test.iob2"));
const polnear = readCoreNlpDir(join(SHARED, "polnear-corenlp/dev"));
const unerF1 = measure("UNER English-EWT test", uner);
const polF1 = measure("PolNeAR dev, agreement with CoreNLP", polnear, join(SHARED, "polnear/dev/text"));
// The detector on the Wikinews texts (news, as Parley mostly reads).
const wikiDir = join(SHARED, "wikinews/2019");
if (existsSync(wikiDir)) {
  const texts = readdirSync(wikiDir).filter((f) => f.endsWith(".txt"));
  const web = texts.filter((f) => detectRegister(readFileSync(join(wikiDir, f), "utf8")) === ("web" satisfies NerRegister)).length;
  console.log(`Wikinews 2019: register detected web in ${web} of ${texts.length} texts`);
}

// Speed: tag PolNeAR dev repeatedly with a warm cache (as a long-running process would).
const buf = new Uint8Array(4096);
let tokens = 0;
for (const s of polnear) model.tagWords(s.words, buf);
const t0 = performance.now();
while (performance.now() - t0 < 2000) {
  for (const s of polnear) { if (args.viterbi) model.tagWordsViterbi(s.words, buf); else model.tagWords(s.words, buf); tokens += s.words.length; }
}
const rate = tokens / ((performance.now() - t0) / 1000);
console.log(`speed: ${Math.round(rate).toLocaleString("en")} tokens/s (${args.viterbi ? "viterbi, plain slow path" : "greedy, warm word cache"}, 1 core)`);
console.log(`summary: uner-test F1 ${unerF1.toFixed(3)} (target 0.70), polnear-dev agreement ${polF1.toFixed(3)} (target 0.85)`);
