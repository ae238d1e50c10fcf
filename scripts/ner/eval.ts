/**
 * Measure the entity tagger: `npm run eval:ner [-- --model path] [--decoder greedy|viterbi]`.
 * Span-exact micro F1 (PER/ORG/LOC) on UNER English-EWT test, agreement (span-exact F1) with
 * CoreNLP's tags on PolNeAR dev, per-label P/R/F1, and tagging speed in tokens/s of the
 * model's decoder (`NerModel.decoder`, or `--decoder`) next to the fast greedy path in the
 * same process (speed is noisy on a shared machine: the ratio is the steadier number). For a
 * Viterbi decoder it also counts the sentences where the fast path's labels differ from the
 * plain `tagWordsViterbi` (should be 0).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { detectRegister, type NerDecoder, type NerRegister } from "../../packages/core/src/stages/ner/index.js";
import {
  MODEL_PATH, loadModel, SHARED, formatScore, microF1, newScore, readCoreNlpDir, readIob2, scoreSentence, sentenceRegisters, sharedPresent, type Sentence,
} from "./corpora.js";

const { values: args } = parseArgs({ options: { model: { type: "string" }, decoder: { type: "string" } } });
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
if (args.decoder !== undefined && args.decoder !== "greedy" && args.decoder !== "viterbi") throw new Error(`--decoder ${args.decoder}: greedy or viterbi`);
const decoder: NerDecoder = (args.decoder as NerDecoder | undefined) ?? model.decoder;
console.log(`model ${path}: trained for ${model.decoder} decoding; decoding with ${decoder}`);

/**
 * Score a corpus; each sentence is tagged with its document's register as the ner stage
 * would detect it (`detectRegister` over the document's text: UNER sentences grouped by
 * `# newdoc id`, PolNeAR by file, its original text read from `textDir`).
 */
function measure(name: string, sentences: Sentence[], textDir?: string): number {
  const score = newScore();
  const buf = new Uint8Array(4096);
  const { registers, docs, web } = sentenceRegisters(sentences, textDir);
  const plain = new Uint8Array(4096);
  let differ = 0;
  sentences.forEach((s, i) => {
    const labels = model.tagWords(s.words, buf, registers[i], decoder);
    scoreSentence(score, s.labels, labels, s.words.length);
    if (decoder === "viterbi" && model.tagWordsViterbi(s.words, plain, registers[i]).subarray(0, s.words.length).join() !== labels.subarray(0, s.words.length).join()) differ++;
  });
  if (decoder === "viterbi") console.log(`${name}: fast Viterbi labels differ from tagWordsViterbi in ${differ} of ${sentences.length} sentences`);
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

// Speed: tag PolNeAR dev repeatedly with a warm cache (as a long-running process would),
// the model's decoder and the fast greedy path taking turns (3 rounds of 1 s each).
const buf = new Uint8Array(4096);
const rates: Record<NerDecoder, number[]> = { greedy: [], viterbi: [] };
const timed: NerDecoder[] = decoder === "greedy" ? ["greedy"] : ["greedy", decoder];
for (const d of timed) for (const s of polnear) model.tagWords(s.words, buf, undefined, d);
for (let round = 0; round < 3; round++) {
  for (const d of timed) {
    let tokens = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 1000) for (const s of polnear) { model.tagWords(s.words, buf, undefined, d); tokens += s.words.length; }
    rates[d].push(tokens / ((performance.now() - t0) / 1000));
  }
}
const best = (d: NerDecoder) => Math.max(...rates[d]);
const fmt = (x: number) => Math.round(x).toLocaleString("en");
for (const d of timed) console.log(`speed ${d}: ${fmt(best(d))} tokens/s (best of ${rates[d].map(fmt).join(", ")}; fast path, warm word cache, 1 core)`);
if (decoder !== "greedy") {
  const ratios = rates[decoder].map((r, k) => r / rates.greedy[k]);
  console.log(`speed ratio ${decoder}/greedy per round: ${ratios.map((r) => r.toFixed(2)).join(", ")}`);
}
console.log(`summary: uner-test F1 ${unerF1.toFixed(3)} (target 0.70), polnear-dev agreement ${polF1.toFixed(3)} (target 0.85), ${decoder} ${fmt(best(decoder))} tokens/s (greedy ${fmt(best("greedy"))})`);
