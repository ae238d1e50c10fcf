/**
 * Measure the entity tagger: `npm run eval:ner [-- --model path]`. Span-exact micro F1
 * (PER/ORG/LOC) on UNER English-EWT test, agreement (span-exact F1) with CoreNLP's tags
 * on PolNeAR dev, per-label P/R/F1, and tagging speed in tokens/s.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { MODEL_PATH, loadModel, SHARED, formatScore, microF1, newScore, readCoreNlpDir, readIob2, scoreSentence, sharedPresent, type Sentence } from "./corpora.js";

const { values: args } = parseArgs({ options: { model: { type: "string" } } });
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

function measure(name: string, sentences: Sentence[]): number {
  const score = newScore();
  const buf = new Uint8Array(4096);
  for (const s of sentences) scoreSentence(score, s.labels, model.tagWords(s.words, buf), s.words.length);
  const f1 = microF1(score);
  console.log(`${name}: ${sentences.length} sentences, span-exact micro F1 ${f1.toFixed(3)}\n${formatScore(score)}`);
  return f1;
}

const uner = readIob2(join(SHARED, "ner/uner-en-ewt/en_ewt-ud-test.iob2"));
const polnear = readCoreNlpDir(join(SHARED, "polnear-corenlp/dev"));
const unerF1 = measure("UNER English-EWT test", uner);
const polF1 = measure("PolNeAR dev, agreement with CoreNLP", polnear);

// Speed: tag PolNeAR dev repeatedly with a warm cache (as a long-running process would).
const buf = new Uint8Array(4096);
let tokens = 0;
for (const s of polnear) model.tagWords(s.words, buf);
const t0 = performance.now();
while (performance.now() - t0 < 2000) {
  for (const s of polnear) { model.tagWords(s.words, buf); tokens += s.words.length; }
}
const rate = tokens / ((performance.now() - t0) / 1000);
console.log(`speed: ${Math.round(rate).toLocaleString("en")} tokens/s (greedy, warm word cache, 1 core)`);
console.log(`summary: uner-test F1 ${unerF1.toFixed(3)} (target 0.70), polnear-dev agreement ${polF1.toFixed(3)} (target 0.85)`);
