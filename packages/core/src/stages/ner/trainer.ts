/**
 * Averaged-perceptron training for the entity tagger. Pure computation (the corpora are
 * read by `scripts/ner/train.ts`). `train`: greedy decoding, updates with the predicted
 * label history, as at inference; `trainStructured`: a structured perceptron over exact
 * second-order Viterbi (the model is then a Viterbi model, `NerModel.decoder`).
 */
import { FeatureExtractor, REGISTER_NONE, type GazetteerHook } from "./features.js";
import { gazetteerHook } from "./gazetteer.js";
import { N_LABELS, allowedAfter } from "./labels.js";
import { NerModel } from "./model.js";
import { viterbiOverFeatures } from "./viterbi.js";

export interface NerTrainerOptions {
  /** log2 of the number of hashed rows (default 20). */
  bits?: number;
  gazetteer?: GazetteerHook;
  /** The table behind the hook, stored with the model (see `buildNerGazetteerTable`). */
  gazetteerTable?: ReadonlyMap<string, number>;
  /** Word clusters (see `NerModelOptions.clusters`), stored with the model. */
  clusters?: ReadonlyMap<string, number>;
  /**
   * Update step of the register copies relative to the shared features (default 1): below 1
   * the per-register part learns more slowly than the shared one (a small register's
   * copies otherwise memorise its few sentences).
   */
  registerRate?: number;
}

const START = N_LABELS;

export class NerTrainer {
  readonly bits: number;
  readonly #fx: FeatureExtractor;
  readonly #w: Float32Array;
  /** Σ (time × update), for the averaged weights w − u / time. */
  readonly #u: Float64Array;
  #time = 1;
  readonly #hist = new Int32Array(8);
  readonly #scores = new Float64Array(N_LABELS);
  readonly #gazetteer: GazetteerHook | undefined;
  readonly #gazetteerTable: ReadonlyMap<string, number> | undefined;
  readonly #clusters: ReadonlyMap<string, number> | undefined;
  /** Whether any sentence was trained with a register (the model then has register copies). */
  #registers = false;
  readonly #rate: number;
  /** Whether any sentence was trained with `trainStructured` (the model is then a Viterbi model). */
  #structured = false;

  constructor(opts: NerTrainerOptions = {}) {
    this.bits = opts.bits ?? 20;
    this.#rate = opts.registerRate ?? 1;
    this.#gazetteerTable = opts.gazetteerTable;
    this.#gazetteer = opts.gazetteer ?? (opts.gazetteerTable ? gazetteerHook(opts.gazetteerTable) : undefined);
    const clusters = (this.#clusters = opts.clusters);
    this.#fx = new FeatureExtractor(this.bits, this.#gazetteer, undefined, clusters ? (w) => clusters.get(w) ?? 0 : undefined);
    this.#w = new Float32Array((1 << this.bits) * N_LABELS);
    this.#u = new Float64Array((1 << this.bits) * N_LABELS);
  }

  /**
   * Tag one sentence with the current weights and update on every wrong token.
   * Returns the number of wrong tokens. `register` (`REGISTER_NEWS` / `REGISTER_WEB`, see
   * `REGISTER_SEEDS`): the sentence's register, for a model with register-conjoined features.
   */
  train(words: readonly string[], gold: ArrayLike<number>, register = REGISTER_NONE): number {
    const n = words.length;
    if (n === 0) return 0;
    const fx = this.#fx, w = this.#w, u = this.#u, hist = this.#hist, scores = this.#scores;
    if (register !== REGISTER_NONE) this.#registers = true;
    fx.prepare(words, register);
    const rows = fx.rows, offs = fx.offs;
    let p1: number = START, p2: number = START, errors = 0;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      const nh = fx.historyRows(i, p1, p2, hist, register);
      const start = offs[i], end = offs[i + 1];
      for (let k = start; k < end + nh; k++) {
        const r = (k < end ? rows[k] : hist[k - end]) * N_LABELS;
        for (let l = 0; l < N_LABELS; l++) scores[l] += w[r + l];
      }
      let best = 0;
      for (let l = 1; l < N_LABELS; l++) {
        if (scores[l] > scores[best] && allowedAfter(p1 === START ? 0 : p1, l)) best = l;
      }
      const g = gold[i];
      if (best !== g) {
        errors++;
        const t = this.#time;
        // Register copies: rows from `copyStart[i]`, history rows after the first 4.
        const copies = fx.copyStart[i];
        for (let k = start; k < end + nh; k++) {
          const r = (k < end ? rows[k] : hist[k - end]) * N_LABELS;
          const step = (k < end ? k >= copies : k - end >= 4) ? this.#rate : 1;
          w[r + g] += step; u[r + g] += t * step;
          w[r + best] -= step; u[r + best] -= t * step;
        }
      }
      this.#time++;
      p2 = p1;
      p1 = best;
    }
    return errors;
  }

  /**
   * Structured-perceptron step: decode the sentence with exact second-order
   * Viterbi under the current weights and, where the best sequence differs from the gold
   * one, add the gold path's features and subtract the predicted path's. Returns the number
   * of wrong tokens.
   */
  trainStructured(words: readonly string[], gold: ArrayLike<number>, register = REGISTER_NONE): number {
    const n = words.length;
    if (n === 0) return 0;
    this.#structured = true;
    if (register !== REGISTER_NONE) this.#registers = true;
    const fx = this.#fx, w = this.#w, u = this.#u, hist = this.#hist;
    fx.prepare(words, register);
    const rows = fx.rows, offs = fx.offs;
    const L = N_LABELS;
    const pred = new Uint8Array(n);
    viterbiOverFeatures(n, fx, register, hist, w, (row) => row * L, pred);
    let errors = 0;
    const t = this.#time;
    const upd = (r: number, label: number, step: number) => { w[r * L + label] += step; u[r * L + label] += t * step; };
    for (let i = 0; i < n; i++) {
      const g = gold[i], y = pred[i];
      if (g !== y) errors++;
      const gp1 = i > 0 ? gold[i - 1] : START, gp2 = i > 1 ? gold[i - 2] : START;
      const pp1 = i > 0 ? pred[i - 1] : START, pp2 = i > 1 ? pred[i - 2] : START;
      if (g === y && gp1 === pp1 && gp2 === pp2) continue;
      if (g !== y) {
        const copies = fx.copyStart[i];
        for (let k = offs[i]; k < offs[i + 1]; k++) {
          const step = k >= copies ? this.#rate : 1;
          upd(rows[k], g, step);
          upd(rows[k], y, -step);
        }
      }
      let nh = fx.historyRows(i, gp1, gp2, hist, register);
      for (let j = 0; j < nh; j++) upd(hist[j], g, j >= 4 ? this.#rate : 1);
      nh = fx.historyRows(i, pp1, pp2, hist, register);
      for (let j = 0; j < nh; j++) upd(hist[j], y, -(j >= 4 ? this.#rate : 1));
    }
    this.#time += n;
    return errors;
  }

  /** The averaged model (the trainer can go on training afterwards). */
  model(meta: Record<string, unknown> = {}): NerModel {
    const w = this.#w, u = this.#u, t = this.#time;
    const avg = new Float32Array(w.length);
    for (let i = 0; i < w.length; i++) if (w[i] !== 0 || u[i] !== 0) avg[i] = w[i] - u[i] / t;
    return new NerModel(this.bits, avg, { gazetteer: this.#gazetteer, gazetteerTable: this.#gazetteerTable, clusters: this.#clusters, usesGazetteer: !!this.#gazetteer, registers: this.#registers, decoder: this.#structured ? "viterbi" : "greedy", meta });
  }
}
