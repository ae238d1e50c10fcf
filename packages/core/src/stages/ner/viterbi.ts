/**
 * Exact second-order Viterbi decoding for the tagger, the plain version (training, see
 * `NerTrainer.trainStructured`, and the reference `NerModel.tagWordsViterbi`; inference
 * uses `CachedScorer.tagViterbi`, which must pick the same labels). The label-independent
 * scores of each position come precomputed; the label-history scores are
 * `hist1(i, p1)` (label × previous label, × word, × shape) plus `hist12(p1, p2)` (label
 * trigram, position-independent), with p = N_LABELS for "before the sentence".
 */
import type { FeatureExtractor } from "./features.js";
import { N_LABELS, allowedAfter } from "./labels.js";

const L = N_LABELS;
const S = L + 1;
const START = L;

/**
 * Best label sequence into `out`. `stat[i * L + y]`: position i's label-independent scores;
 * `hist1(i, p1, into)` writes L scores; `hist12[(p1 * S + p2) * L + y]`.
 */
export function viterbi(n: number, stat: Float64Array, hist1: (i: number, p1: number, into: Float64Array) => void, hist12: Float64Array, out: Uint8Array): void {
  // delta[p1 * S + p2]: best score with labels p1 at i-1 and p2 at i-2.
  let delta = new Float64Array(S * S).fill(-Infinity);
  let next = new Float64Array(S * S);
  delta[START * S + START] = 0;
  const back = new Uint8Array(n * S * S);
  const h1 = new Float64Array(L);
  for (let i = 0; i < n; i++) {
    next.fill(-Infinity);
    for (let p1 = 0; p1 < S; p1++) {
      let any = false;
      for (let p2 = 0; p2 < S; p2++) if (delta[p1 * S + p2] > -Infinity) { any = true; break; }
      if (!any) continue;
      hist1(i, p1, h1);
      for (let y = 0; y < L; y++) {
        if (!allowedAfter(p1 === START ? 0 : p1, y)) continue;
        const base = stat[i * L + y] + h1[y];
        let best = -Infinity, arg = 0;
        for (let p2 = 0; p2 < S; p2++) {
          const d = delta[p1 * S + p2];
          if (d === -Infinity) continue;
          const v = d + hist12[(p1 * S + p2) * L + y];
          if (v > best) { best = v; arg = p2; }
        }
        const s = base + best;
        const k = y * S + p1;
        if (s > next[k]) { next[k] = s; back[i * S * S + k] = arg; }
      }
    }
    const t = delta; delta = next; next = t;
  }
  let bk = 0, bs = -Infinity;
  for (let k = 0; k < S * S; k++) if (delta[k] > bs) { bs = delta[k]; bk = k; }
  let y = Math.floor(bk / S), p1 = bk % S;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = y;
    const p2 = back[i * S * S + y * S + p1];
    y = p1;
    p1 = p2;
  }
}

/**
 * Exact second-order Viterbi over the features `fx` has prepared for a sentence of `n`
 * tokens (`fx.prepare(words, register)`), every row looked up per token: feature row `r`
 * weighs labels `W[offset(r) + y]`. The training weights (dense) and a model's packed
 * weights differ only in `offset`.
 */
export function viterbiOverFeatures(
  n: number, fx: FeatureExtractor, register: number, hist: Int32Array, W: ArrayLike<number>, offset: (row: number) => number, out: Uint8Array,
): void {
  const rows = fx.rows, offs = fx.offs;
  const stat = new Float64Array(n * L);
  for (let i = 0; i < n; i++) {
    for (let k = offs[i]; k < offs[i + 1]; k++) {
      const r = offset(rows[k]);
      for (let l = 0; l < L; l++) stat[i * L + l] += W[r + l];
    }
  }
  // History rows 0, 1, 4, 5 are the label bigram/trigram (position-independent), the rest
  // label × previous label × word or shape.
  const hist12 = new Float64Array(S * S * L);
  for (let p1 = 0; p1 < S; p1++) {
    for (let p2 = 0; p2 < S; p2++) {
      const nh = fx.historyRows(0, p1, p2, hist, register);
      for (let j = 0; j < nh; j++) {
        if (!(j === 0 || j === 1 || j === 4 || j === 5)) continue;
        const r = offset(hist[j]);
        for (let l = 0; l < L; l++) hist12[(p1 * S + p2) * L + l] += W[r + l];
      }
    }
  }
  viterbi(n, stat, (i, p1, into) => {
    into.fill(0);
    const nh = fx.historyRows(i, p1, 0, hist, register);
    for (let j = 0; j < nh; j++) {
      if (j === 0 || j === 1 || j === 4 || j === 5) continue;
      const r = offset(hist[j]);
      for (let l = 0; l < L; l++) into[l] += W[r + l];
    }
  }, hist12, out);
}
