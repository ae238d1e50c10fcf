/**
 * Word clusters for the entity tagger: `npx tsx scripts/ner/clusters.ts` → data/models/ner-clusters.json.
 * Unsupervised, over unlabelled text in ../shared/data (PolNeAR train texts, Wikinews 2019
 * texts, the words of WikiGold and UNER EWT dev — never UNER test nor PolNeAR dev): each
 * lower-cased word seen ≥ MIN_COUNT times is a vector of its left and right neighbours
 * (among the most frequent words), Hellinger-normalised; two-level spherical k-means
 * (COARSE clusters, then FINE within each) gives each word a path "c.f". Deterministic:
 * centroids start from the most frequent words of each cluster.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tokenize } from "../../packages/core/src/text/index.js";
import { REPO, SHARED, readConll, readIob2, sharedPresent } from "./corpora.js";

const MIN_COUNT = 4, CONTEXT = 400, COARSE = 48, FINE = 10, ITERS = 12;
export const CLUSTERS_PATH = join(REPO, "data", "models", "ner-clusters.json");

if (!sharedPresent()) {
  console.log("clusters: ../shared/data is absent. Skipping.");
  process.exit(0);
}
const t0 = performance.now();
const sentences: string[][] = [];
const fold = (w: string) => w.toLowerCase().replace(/\d/g, "0").replace(/\u2019/g, "'");
for (const dir of [join(SHARED, "polnear/train/text"), join(SHARED, "wikinews/2019")]) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    for (const para of readFileSync(join(dir, name), "utf8").split(/\n+/)) {
      const toks = tokenize(para);
      const words: string[] = [];
      for (let i = 0; i < toks.count; i++) words.push(fold(toks.norm(i)));
      if (words.length) sentences.push(words);
    }
  }
}
for (const s of [...readConll(join(SHARED, "ner/wikigold/wikigold.conll.txt")), ...readIob2(join(SHARED, "ner/uner-en-ewt/en_ewt-ud-dev.iob2"))]) {
  sentences.push(s.words.map(fold));
}
const counts = new Map<string, number>();
for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
const byFreq = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const vocab = byFreq.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
const index = new Map(vocab.map((w, i) => [w, i]));
const ctxIndex = new Map(byFreq.slice(0, CONTEXT).map(([w], i) => [w, i]));
const DIM = 2 * (CONTEXT + 2); // left / right: frequent word, <other>, <boundary>
const vecs: Map<number, number>[] = vocab.map(() => new Map());
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const v = index.get(s[i]);
    if (v === undefined) continue;
    const l = i === 0 ? CONTEXT + 1 : ctxIndex.get(s[i - 1]) ?? CONTEXT;
    const r = i + 1 === s.length ? CONTEXT + 1 : ctxIndex.get(s[i + 1]) ?? CONTEXT;
    const m = vecs[v];
    m.set(l, (m.get(l) ?? 0) + 1);
    m.set(CONTEXT + 2 + r, (m.get(CONTEXT + 2 + r) ?? 0) + 1);
  }
}
// Sparse unit vectors of sqrt(probabilities).
const sparse = vecs.map((m) => {
  const idx = Int32Array.from([...m.keys()].sort((a, b) => a - b));
  let total = 0;
  for (const c of m.values()) total += c;
  const val = Float64Array.from(idx, (k) => Math.sqrt(m.get(k)! / total));
  let norm = 0;
  for (const x of val) norm += x * x;
  norm = Math.sqrt(norm);
  for (let j = 0; j < val.length; j++) val[j] /= norm;
  return { idx, val };
});

/** Spherical k-means over the given words (indices into vocab, in frequency order). */
function kmeans(members: number[], k: number): number[] {
  if (members.length <= k) return members.map((_, i) => i);
  const cents = Array.from({ length: k }, () => new Float64Array(DIM));
  // Seeds: k words spread over the frequency ranking.
  for (let c = 0; c < k; c++) {
    const sv = sparse[members[Math.floor((c * members.length) / k / 4)]];
    for (let j = 0; j < sv.idx.length; j++) cents[c][sv.idx[j]] = sv.val[j];
  }
  const assign = new Int32Array(members.length).fill(-1);
  for (let it = 0; it < ITERS; it++) {
    let moved = 0;
    for (let m = 0; m < members.length; m++) {
      const sv = sparse[members[m]];
      let best = 0, bs = -Infinity;
      for (let c = 0; c < k; c++) {
        const cv = cents[c];
        let d = 0;
        for (let j = 0; j < sv.idx.length; j++) d += cv[sv.idx[j]] * sv.val[j];
        if (d > bs) { bs = d; best = c; }
      }
      if (assign[m] !== best) { assign[m] = best; moved++; }
    }
    for (const cv of cents) cv.fill(0);
    for (let m = 0; m < members.length; m++) {
      const sv = sparse[members[m]], cv = cents[assign[m]];
      for (let j = 0; j < sv.idx.length; j++) cv[sv.idx[j]] += sv.val[j];
    }
    for (const cv of cents) {
      let norm = 0;
      for (const x of cv) norm += x * x;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < DIM; j++) cv[j] /= norm;
    }
    if (moved === 0) break;
  }
  return [...assign];
}

const all = vocab.map((_, i) => i);
const coarse = kmeans(all, COARSE);
const paths = new Array<string>(vocab.length);
for (let c = 0; c < COARSE; c++) {
  const members = all.filter((i) => coarse[i] === c);
  const fine = kmeans(members, FINE);
  members.forEach((m, j) => { paths[m] = `${c}.${fine[j]}`; });
}
const groups: Record<string, string> = {};
const byPath = new Map<string, string[]>();
vocab.forEach((w, i) => { if (!/\s/.test(w)) { const g = byPath.get(paths[i]) ?? []; g.push(w); byPath.set(paths[i], g); } });
for (const p of [...byPath.keys()].sort()) groups[p] = byPath.get(p)!.sort().join(" ");
writeFileSync(CLUSTERS_PATH, JSON.stringify({ format: "parley-ner-clusters", words: vocab.length, minCount: MIN_COUNT, coarse: COARSE, fine: FINE, clusters: groups }) + "\n");
console.log(`${sentences.length} sentences, ${vocab.length} words → ${byPath.size} clusters in ${((performance.now() - t0) / 1000).toFixed(1)}s: ${CLUSTERS_PATH}`);
