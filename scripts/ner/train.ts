/**
 * Train the entity tagger: `npm run train:ner [-- --epochs 6 --bits 20 --holdout]`.
 * Reads WikiGold, UNER EWT dev (never test) and the CoreNLP silver tags of PolNeAR train
 * (never dev) from ../shared/data; deterministic (fixed seed, fixed shuffles); writes
 * data/models/ner.json. `--holdout` keeps the last quarter of UNER dev out and scores it,
 * for choosing settings without looking at the test sets.
 *
 * Features beyond the word itself: the gazetteer (KB + data/lexicons/ner-gazetteer.json +
 * first-names.txt; its table is stored in the model file, so inference needs nothing else;
 * `--no-gazetteer` to leave it out) and the word clusters of data/models/ner-clusters.json
 * (`npx tsx scripts/ner/clusters.ts`; also stored in the model; `--no-clusters`).
 * `--lower-aug` / `--upper-aug`: share of the hand-annotated sentences added again in
 * lower / upper case each epoch (web text ignores case; the silver is left as it is).
 * Experiments (defaults off): `--silver-clean drop|half|relabel` for silver sentences with a
 * single all-caps ORG token unknown to the gazetteer as an organisation (left out / kept in
 * every other epoch / relabelled O), `--org-weight N` extra copies of UNER dev sentences
 * with an ORG, `--bag N` the mean of N runs over different shuffles, `--registers`
 * (`--register-rate r`): web copies of the non-lexical features for UNER dev (see
 * `REGISTER_SEEDS`), `--viterbi`: structured perceptron with exact second-order Viterbi
 * (the model file then says `decoder: "viterbi"`, and `tagWords` / the ner stage decode
 * with the fast Viterbi path).
 * Re-searched with --viterbi (UNER dev holdout F1 / PolNeAR dev; committed settings 0.708 /
 * 0.902, seed 18: 0.714): --uner-weight 5 0.716/0.898, 8 0.704/0.903; --org-weight 1
 * 0.722/0.902, 2 0.719/0.903; --silver-clean relabel 0.701/0.889, drop 0.711/0.892, half
 * 0.711/0.904; --silver-fraction 0.5 0.730/0.885, 0.25 0.702/0.868; aug 0.5/0.5 0.721/0.899,
 * 0/0 0.707/0.901; --epochs 10 0.712/0.905, 4 0.723/0.901; --registers 0.716/0.900 (rate 0.2
 * 0.715/0.900); --bag 3 0.714/0.904; combinations 0.715-0.733 (seed noise ~±0.01). Best
 * with PolNeAR margin, --org-weight 1 --lower-aug 0.5 --upper-aug 0.5 --epochs 4 (0.728/0.897),
 * on full UNER dev: UNER test 0.646 (committed 0.649), PolNeAR 0.896: not adopted.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { GAZ, NerModel, NerTrainer, REGISTER_NEWS, REGISTER_NONE, REGISTER_WEB, decodeClusterTable, labelsToSpans } from "../../packages/core/src/stages/ner/index.js";
import {
  MODEL_PATH, REPO, SHARED, formatScore, nerGazetteerTable, microF1, newScore, readConll, readCoreNlpDir, readIob2, rng, scoreSentence, sentenceRegisters,
  sharedPresent, shuffle, type Sentence,
} from "./corpora.js";

const { values: args } = parseArgs({
  options: {
    epochs: { type: "string", default: "6" },
    bits: { type: "string", default: "20" },
    seed: { type: "string", default: "17" },
    "uner-weight": { type: "string", default: "3" },
    holdout: { type: "boolean", default: false },
    "silver-fraction": { type: "string", default: "1" },
    "no-gazetteer": { type: "boolean", default: false },
    "no-clusters": { type: "boolean", default: false },
    "lower-aug": { type: "string", default: "0.3" },
    "upper-aug": { type: "string", default: "0.3" },
    "silver-clean": { type: "string", default: "none" },
    "org-weight": { type: "string", default: "0" },
    bag: { type: "string", default: "1" },
    registers: { type: "boolean", default: false },
    viterbi: { type: "boolean", default: false },
    "register-rate": { type: "string", default: "1" },
    out: { type: "string" },
  },
});

if (!sharedPresent()) {
  console.log("train:ner: ../shared/data is absent; nothing to train on. Skipping.");
  process.exit(0);
}

const t0 = performance.now();
const wikigold = readConll(join(SHARED, "ner/wikigold/wikigold.conll.txt"));
let uner = readIob2(join(SHARED, "ner/uner-en-ewt/en_ewt-ud-dev.iob2"));
const silverAll = readCoreNlpDir(join(SHARED, "polnear-corenlp/train"));
let silver = silverAll.slice(0, Math.round(silverAll.length * Number(args["silver-fraction"])));
let held: Sentence[] = [];
if (args.holdout) {
  const cut = Math.floor(uner.length * 0.75);
  held = uner.slice(cut);
  uner = uner.slice(0, cut);
}
const count = (s: Sentence[]) => s.reduce((a, x) => a + x.words.length, 0);
console.log(`read wikigold ${wikigold.length} sentences / ${count(wikigold)} tokens, uner-dev ${uner.length} / ${count(uner)}, ` +
  `polnear-corenlp train ${silver.length} / ${count(silver)} in ${((performance.now() - t0) / 1000).toFixed(1)}s`);

const epochs = Number(args.epochs), bits = Number(args.bits), seed = Number(args["uner-weight"]) >= 0 ? Number(args.seed) : 0;
const unerWeight = Number(args["uner-weight"]);
const gazetteerTable = args["no-gazetteer"] ? undefined : nerGazetteerTable();
const clustersPath = join(REPO, "data", "models", "ner-clusters.json");
const clusters = args["no-clusters"] || !existsSync(clustersPath)
  ? undefined
  : decodeClusterTable((JSON.parse(readFileSync(clustersPath, "utf8")) as { clusters: Record<string, string> }).clusters);
// Silver cleaning: CoreNLP tags most acronyms ORG; a single all-caps token tagged ORG that
// the gazetteer does not know as an organisation is relabelled O ("relabel") or its
// sentence left out ("drop").
const silverClean = args["silver-clean"];
/** "half": the suspect sentences are trained on in every other epoch only. */
const halfSilver = new Set<Sentence>();
if (silverClean !== "none") {
  const before = silver.length;
  const suspect = (s: Sentence): number[] => labelsToSpans(s.labels, s.words.length)
    .filter((sp) => sp.label === "ORG" && sp.end - sp.start === 1 && /^[A-Z][A-Z&.]+$/.test(s.words[sp.start]) &&
      !((gazetteerTable?.get(s.words[sp.start].toLowerCase()) ?? 0) & (GAZ.WHOLE_ORG | GAZ.ORG)))
    .map((sp) => sp.start);
  if (silverClean === "drop") silver = silver.filter((s) => suspect(s).length === 0);
  else if (silverClean === "half") {
    for (const s of silver) if (suspect(s).length) halfSilver.add(s);
  }
  else if (silverClean === "relabel") {
    silver = silver.map((s) => {
      const at = suspect(s);
      if (!at.length) return s;
      const labels = Uint8Array.from(s.labels);
      for (const i of at) labels[i] = 0;
      return { words: s.words, labels };
    });
  } else if (silverClean !== "half") throw new Error(`--silver-clean ${silverClean}: none, drop, half or relabel`);
  console.log(`silver cleaning (${silverClean}): ${before} → ${silver.length} sentences`);
}
const bagN = Math.max(1, Number(args.bag));
const trainers = Array.from({ length: bagN }, () => new NerTrainer({ bits, gazetteerTable, clusters, registerRate: Number(args["register-rate"]) }));
const lowerAug = Number(args["lower-aug"]);
/** A lower-cased copy of a sentence (web text often ignores case). */
const lowered = (s: Sentence): Sentence => ({ words: s.words.map((w) => w.toLowerCase()), labels: s.labels });
const upperAug = Number(args["upper-aug"]);
/** An upper-cased copy (headlines, legal text, shouting). */
const uppered = (s: Sentence): Sentence => ({ words: s.words.map((w) => w.toUpperCase()), labels: s.labels });
const silverSet = new Set(silver);
// Registers (--registers): every feature also gets a copy conjoined with the sentence's
// register, "web" for UNER dev (and its changed-case copies), "news" for the rest.
const useRegisters = args.registers;
const webSet = new WeakSet<Sentence>(uner);
const registerOf = (s: Sentence): number => (!useRegisters ? REGISTER_NONE : webSet.has(s) ? REGISTER_WEB : REGISTER_NEWS);
for (let b = 0; b < bagN; b++) {
const trainer = trainers[b];
const rand = rng(seed + 1000 * b);
for (let epoch = 1; epoch <= epochs; epoch++) {
  const items: Sentence[] = [...wikigold, ...(epoch % 2 === 0 && halfSilver.size ? silver.filter((s) => !halfSilver.has(s)) : silver)];
  for (let k = 0; k < unerWeight; k++) items.push(...uner);
  // Extra copies of the hand-annotated web sentences with an organisation in them.
  const orgWeight = Number(args["org-weight"]);
  if (orgWeight > 0) {
    const withOrg = uner.filter((s) => labelsToSpans(s.labels, s.words.length).some((sp) => sp.label === "ORG"));
    for (let k = 0; k < orgWeight; k++) items.push(...withOrg);
  }
  // Casing augmentation: changed-case copies of a random share of the hand-annotated
  // sentences (the silver is news, where CoreNLP's case-sensitive tags are the target).
  const base = items.length;
  for (let i = 0; i < base; i++) {
    if (silverSet.has(items[i])) continue;
    const web = webSet.has(items[i]);
    if (lowerAug > 0 && rand() < lowerAug) { const c = lowered(items[i]); if (web) webSet.add(c); items.push(c); }
    if (upperAug > 0 && rand() < upperAug) { const c = uppered(items[i]); if (web) webSet.add(c); items.push(c); }
  }
  shuffle(items, rand);
  const te = performance.now();
  let tokens = 0, errors = 0;
  for (const s of items) {
    errors += args.viterbi ? trainer.trainStructured(s.words, s.labels, registerOf(s)) : trainer.train(s.words, s.labels, registerOf(s));
    tokens += s.words.length;
  }
  const secs = (performance.now() - te) / 1000;
  console.log(`epoch ${epoch}/${epochs}: ${tokens} tokens, token error ${(100 * errors / tokens).toFixed(2)}%, ` +
    `${secs.toFixed(1)}s (${Math.round(tokens / secs)} tok/s)`);
}
}

const meta = {
  trained: "scripts/ner/train.ts",
  corpora: ["wikigold", `uner-en-ewt dev ×${unerWeight}${args.holdout ? " (75%)" : ""}`, "polnear-corenlp train (silver)"],
  epochs, bits, seed, gazetteer: !!gazetteerTable, clusters: !!clusters, lowerAug, upperAug,
  bag: bagN, silverClean, decoder: args.viterbi ? "viterbi" : "greedy", orgWeight: Number(args["org-weight"]), registers: useRegisters,
  ...(useRegisters ? { registerRate: Number(args["register-rate"]) } : {}),
};
// Bagging: the mean of the averaged weights of `bag` runs over different shuffles (and
// casing-augmentation draws): one model, less dependent on the order of the data.
const floatModel = bagN === 1 ? trainers[0].model(meta) : (() => {
  const models = trainers.map((t) => t.model(meta));
  const mean = new Float32Array(models[0].weights.length);
  for (const m of models) { const w = m.weights; for (let i = 0; i < w.length; i++) mean[i] += w[i] / bagN; }
  return new NerModel(bits, mean, { gazetteerTable, clusters, usesGazetteer: !!gazetteerTable, registers: useRegisters, decoder: args.viterbi ? "viterbi" : "greedy", meta });
})();
const json = floatModel.toJSON(meta);
const model = NerModel.fromJSON(json);
const out = args.out ?? MODEL_PATH;
writeFileSync(out, JSON.stringify(json) + "\n");
console.log(`wrote ${out} (${(JSON.stringify(json).length / 1e6).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)}s total`);

if (held.length) {
  // The register of each held-out document as the ner stage would decide it (no oracle).
  const { registers, docs, web } = sentenceRegisters(held);
  const score = newScore();
  const tag = (m: NerModel, s: Sentence, r: "news" | "web") => m.tagWords(s.words, undefined, r);
  held.forEach((s, i) => scoreSentence(score, s.labels, tag(model, s, registers[i]), s.words.length));
  console.log(`held-out UNER dev quarter (${held.length} sentences, ${docs} docs, ${web} detected web): micro F1 ${microF1(score).toFixed(3)}\n${formatScore(score)}`);
  const fscore = newScore();
  held.forEach((s, i) => scoreSentence(fscore, s.labels, tag(floatModel, s, registers[i]), s.words.length));
  console.log(`  (unquantised weights: micro F1 ${microF1(fscore).toFixed(3)})`);
  if (useRegisters) {
    // For information only: every held-out document forced to one register.
    for (const forced of ["web", "news"] as const) {
      const o = newScore();
      for (const s of held) scoreSentence(o, s.labels, model.tagWords(s.words, undefined, forced), s.words.length);
      console.log(`  (all documents as ${forced}: micro F1 ${microF1(o).toFixed(3)})`);
    }
  }
}
