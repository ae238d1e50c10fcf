/**
 * Exact second-order Viterbi decoding for the tagger, the plain version (training, see
 * `NerTrainer.trainStructured`, and the reference `NerModel.tagWordsViterbi`; inference
 * uses `CachedScorer.tagViterbi`, which must pick the same labels). The label-independent
 * scores of each position come precomputed; the label-history scores are
 * `hist1(i, p1)` (label × previous label, × word, × shape) plus `hist12(p1, p2)` (label
 * trigram, position-independent), with p = N_LABELS for "before the sentence".
 */
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
