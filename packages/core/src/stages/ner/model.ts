/**
 * The entity tagger's model and inference: a hashed weight table (2^bits rows × 7 labels)
 * decoded greedily left to right or by exact second-order Viterbi (the model's `decoder`),
 * with the BIO constraint that I-X only follows B-X/I-X.
 * Loaded from plain JSON (int16-quantised rows in base64), so the core does no I/O.
 */
import { ParleyError } from "../../errors.js";
import { decodeBase64, encodeBase64 } from "./base64.js";
import { FEATURES_VERSION, FeatureExtractor, REGISTER_NEWS, REGISTER_NONE, REGISTER_SEEDS, REGISTER_WEB, type GazetteerHook } from "./features.js";
import { decodeClusterTable, decodeGazetteerTable, encodeClusterTable, encodeGazetteerTable, gazetteerHook } from "./gazetteer.js";
import { NER_LABELS, N_LABELS, labelsToSpans, type NerTokenSpan } from "./labels.js";
import type { NerRegister } from "./register.js";
import { CachedScorer, PackedWeights } from "./scorer.js";
import { viterbiOverFeatures } from "./viterbi.js";

/** How a sentence's labels are chosen: greedily left to right, or by exact second-order Viterbi. */
export type NerDecoder = "greedy" | "viterbi";

/** The committed model file's shape. */
export interface NerModelJSON {
  format: "parley-ner";
  features: string;
  labels: string[];
  bits: number;
  /** Whether the model was trained with a gazetteer hook. */
  gazetteer: boolean;
  /**
   * The gazetteer it was trained with (bitmask → space-separated folded words), so that
   * inference sees the same bits whatever the KB has become since.
   */
  gazetteerTable?: Record<string, string>;
  /** Word clusters ("coarse.fine" → space-separated lower-cased words), when trained with them. */
  clusters?: Record<string, string>;
  /**
   * Whether every feature has register-conjoined copies ("news" / "web", see
   * `REGISTER_SEEDS`): tagging then takes the document's register (`detectRegister`).
   */
  registers?: boolean;
  /**
   * The decoder the weights were trained for (absent: "greedy"): "viterbi" for a structured
   * perceptron (`NerTrainer.trainStructured`). `tagWords` and the ner stage use it.
   */
  decoder?: NerDecoder;
  /** Weight = sign(q) × (|q| / 32767)² × scale, q the stored int16 (square-law companding). */
  scale: number;
  /** Bitmap (1 bit per row, LSB first) of the rows stored in `weights`. */
  rowmap: string;
  /** Int16 (little-endian) weights of the stored rows, row-major, N_LABELS per row. */
  weights: string;
  /** Free-form provenance (corpora, epochs, scores). */
  meta?: Record<string, unknown>;
}

export interface NerModelOptions {
  /**
   * The gazetteer hook, when the model was trained with one (see `GazetteerHook`); by
   * default the table stored in the model file (`buildNerGazetteer` of the KB + lexicons
   * at training time) is used.
   */
  gazetteer?: GazetteerHook;
  /** The gazetteer table to store with the model (training side). */
  gazetteerTable?: ReadonlyMap<string, number>;
  /** Word clusters: lower-cased word (digits as 0) → 1 + coarse × 64 + fine. */
  clusters?: ReadonlyMap<string, number>;
  /** Whether the weights have register-conjoined copies (see `NerModelJSON.registers`). */
  registers?: boolean;
  /** The decoder the weights were trained for (default "greedy"; see `NerModelJSON.decoder`). */
  decoder?: NerDecoder;
}

/** History id for "before the sentence". */
const START = N_LABELS;

export class NerModel {
  readonly bits: number;
  readonly labels: readonly string[] = NER_LABELS;
  readonly meta: Readonly<Record<string, unknown>>;
  readonly usesGazetteer: boolean;
  readonly gazetteerTable: ReadonlyMap<string, number> | undefined;
  readonly clusters: ReadonlyMap<string, number> | undefined;
  /** The weight table, packed (see `PackedWeights`). */
  readonly packed: PackedWeights;
  #dense: Float32Array | undefined;
  /** Whether the features have register copies (tagging then depends on the register). */
  readonly registers: boolean;
  /** The decoder the weights were trained for: what `tagWords` uses by default. */
  readonly decoder: NerDecoder;
  readonly #fx: FeatureExtractor;
  /** Fast scorers: register id × 2 + 1 for the Viterbi one (index 0 only for a greedy model without registers). */
  readonly #scorers: CachedScorer[] = [];
  readonly #gaz: GazetteerHook | undefined;
  readonly #clu: ((w: string) => number) | undefined;
  readonly #hist = new Int32Array(8);

  /** `weights`: the dense table (`weights[row * N_LABELS + label]`) or the packed one. */
  constructor(bits: number, weights: Float32Array | PackedWeights, opts: NerModelOptions & { usesGazetteer?: boolean; registers?: boolean; meta?: Record<string, unknown> } = {}) {
    if (weights instanceof PackedWeights) {
      if (weights.bits !== bits) throw new ParleyError("E008", `packed weights of ${weights.bits} bits for ${bits}`);
      this.packed = weights;
    } else {
      if (weights.length !== (1 << bits) * N_LABELS) throw new ParleyError("E008", `weight table of ${weights.length} for ${bits} bits`);
      this.packed = PackedWeights.fromDense(weights, bits);
      this.#dense = weights;
    }
    this.bits = bits;
    this.usesGazetteer = opts.usesGazetteer ?? !!(opts.gazetteer ?? opts.gazetteerTable);
    this.gazetteerTable = opts.gazetteerTable;
    const hook = opts.gazetteer ?? (opts.gazetteerTable ? gazetteerHook(opts.gazetteerTable) : undefined);
    if (this.usesGazetteer && !hook) throw new ParleyError("E008", "the model was trained with a gazetteer: pass its hook or table");
    this.meta = Object.freeze({ ...(opts.meta ?? {}) });
    this.clusters = opts.clusters;
    const clusters = opts.clusters;
    const gaz = this.usesGazetteer ? hook : undefined;
    const clu = clusters ? (w: string) => clusters.get(w) ?? 0 : undefined;
    this.registers = !!opts.registers;
    if (opts.decoder !== undefined && opts.decoder !== "greedy" && opts.decoder !== "viterbi") throw new ParleyError("E008", `unknown decoder ${String(opts.decoder)}`);
    this.decoder = opts.decoder ?? "greedy";
    this.#gaz = gaz;
    this.#clu = clu;
    this.#fx = new FeatureExtractor(bits, gaz, 1000, clu);
  }

  /** Register id for the features: none for a model without registers, else news unless "web". */
  #registerId(register: NerRegister | undefined): number {
    return !this.registers ? REGISTER_NONE : register === "web" ? REGISTER_WEB : REGISTER_NEWS;
  }

  /**
   * The cached scorer for a register and decoder. A Viterbi scorer keeps ~760 bytes a word
   * (greedy ~370), so it caches half as many words: 32,768 (~25 MB).
   */
  #scorer(id: number, viterbi: boolean): CachedScorer {
    return (this.#scorers[2 * id + (viterbi ? 1 : 0)] ??= new CachedScorer(this.packed, this.#gaz, this.#clu, viterbi ? 32_768 : 65_536, REGISTER_SEEDS[id], viterbi));
  }

  /**
   * Load a model from its JSON (read by Node-side code, e.g. `data/models/ner.json`).
   * @example const model = NerModel.fromJSON(JSON.parse(readFileSync(path, "utf8")));
   */
  static fromJSON(obj: unknown, opts: NerModelOptions = {}): NerModel {
    const m = obj as Partial<NerModelJSON> | null;
    if (!m || m.format !== "parley-ner") throw new ParleyError("E008", "not a parley-ner model");
    if (m.features !== FEATURES_VERSION) throw new ParleyError("E008", `model features ${m.features}, code ${FEATURES_VERSION}`);
    if (JSON.stringify(m.labels) !== JSON.stringify(NER_LABELS)) throw new ParleyError("E008", "model labels differ");
    const bits = m.bits!;
    if (!Number.isInteger(bits) || bits < 4 || bits > 26) throw new ParleyError("E008", `bad bits ${bits}`);
    const rowmap = decode(m.rowmap!);
    const bytes = decode(m.weights!);
    const q = new Int16Array(bytes.length >> 1);
    for (let i = 0; i < q.length; i++) q[i] = (bytes[2 * i] | (bytes[2 * i + 1] << 8)) << 16 >> 16;
    const rowsN = 1 << bits;
    if (rowmap.length !== rowsN >> 3) throw new ParleyError("E008", "rowmap size");
    // Straight into the packed layout (the dense table is never built: 2^bits × 7 floats).
    let stored = 0;
    for (let b = 0; b < rowmap.length; b++) for (let x = rowmap[b]; x; x &= x - 1) stored++;
    if (stored * N_LABELS > q.length) throw new ParleyError("E008", "weights shorter than rowmap");
    if (stored * N_LABELS < q.length) throw new ParleyError("E008", "weights longer than rowmap");
    const rows = new Float32Array(q.length + N_LABELS);
    const scale = m.scale!;
    for (let k = 0; k < q.length; k++) { const v = q[k]; rows[N_LABELS + k] = Math.sign(v) * (v / 32767) ** 2 * scale; }
    const weights = PackedWeights.fromRowmap(bits, rowmap, rows);
    const gazetteerTable = m.gazetteerTable ? decodeGazetteerTable(m.gazetteerTable) : undefined;
    const clusters = m.clusters ? decodeClusterTable(m.clusters) : undefined;
    return new NerModel(bits, weights, { gazetteer: opts.gazetteer, gazetteerTable, clusters, usesGazetteer: !!m.gazetteer, registers: !!m.registers, decoder: m.decoder, meta: m.meta });
  }

  /**
   * Serialise: int16 with square-law companding (fine steps near zero where most weights
   * are, coarse ones for the few large ones), scaled to the largest |w|; all-zero rows
   * are left out.
   */
  /** The dense table, `weights[row * N_LABELS + label]` (built on first use from the packed one: 2^bits × 7 floats). */
  get weights(): Float32Array {
    return (this.#dense ??= this.packed.toDense());
  }

  toJSON(meta: Record<string, unknown> = { ...this.meta }): NerModelJSON {
    const w = this.weights;
    let scale = 0;
    for (let i = 0; i < w.length; i++) scale = Math.max(scale, Math.abs(w[i]));
    scale ||= 1;
    const rowsN = 1 << this.bits;
    const rowmap = new Uint8Array(rowsN >> 3 || 1);
    const out: number[] = [];
    for (let r = 0; r < rowsN; r++) {
      const base = r * N_LABELS;
      let any = false;
      const row: number[] = [];
      for (let l = 0; l < N_LABELS; l++) {
        const x = w[base + l] / scale;
        const v = Math.sign(x) * Math.min(32767, Math.round(32767 * Math.sqrt(Math.abs(x))));
        row.push(v);
        if (v !== 0) any = true;
      }
      if (!any) continue;
      rowmap[r >> 3] |= 1 << (r & 7);
      for (const v of row) out.push(v);
    }
    return {
      format: "parley-ner", features: FEATURES_VERSION, labels: [...NER_LABELS], bits: this.bits,
      gazetteer: this.usesGazetteer,
      ...(this.gazetteerTable ? { gazetteerTable: encodeGazetteerTable(this.gazetteerTable) } : {}),
      ...(this.clusters ? { clusters: encodeClusterTable(this.clusters) } : {}),
      ...(this.registers ? { registers: true } : {}),
      ...(this.decoder !== "greedy" ? { decoder: this.decoder } : {}),
      scale, rowmap: encodeBase64(rowmap),
      weights: encodeBase64(int16Bytes(out)), meta,
    };
  }

  /**
   * Label ids (indices into `labels`) for the words of one sentence, by the fast cached
   * scorer with the model's decoder (`decoder`: greedy, or exact second-order Viterbi for a
   * structured-trained model; pass `decoder` to override, e.g. to compare). `register`: the
   * document's register (`detectRegister` of its text; "news" when not given), used by a
   * model with `registers` only.
   * @example model.tagWords(["President", "Macron", "visited", "Kenya", "."])  // [0,1,0,0,5,0]
   */
  tagWords(words: readonly string[], out?: Uint8Array, register?: NerRegister, decoder: NerDecoder = this.decoder): Uint8Array {
    const n = words.length;
    const res = out && out.length >= n ? out : new Uint8Array(n);
    if (n === 0) return res;
    const viterbi = decoder === "viterbi";
    const scorer = this.#scorer(this.#registerId(register), viterbi);
    if (viterbi) scorer.tagViterbi(words, res);
    else scorer.tag(words, res);
    return res;
  }

  /**
   * The same labels as `tagWords(…, "greedy")`, the plain way (every feature row looked up per token,
   * as in training): the reference the fast path is tested against. Slow.
   */
  tagWordsReference(words: readonly string[], out?: Uint8Array, register?: NerRegister): Uint8Array {
    const n = words.length;
    const res = out && out.length >= n ? out : new Uint8Array(n);
    if (n === 0) return res;
    const fx = this.#fx, reg = this.#registerId(register);
    fx.prepare(words, reg);
    const P = this.packed, W = P.rows, rows = fx.rows, offs = fx.offs, hist = this.#hist;
    let p1: number = START, p2: number = START;
    for (let i = 0; i < n; i++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
      const end = offs[i + 1];
      for (let k = offs[i]; k < end; k++) {
        const r = P.offset(rows[k]);
        s0 += W[r]; s1 += W[r + 1]; s2 += W[r + 2]; s3 += W[r + 3]; s4 += W[r + 4]; s5 += W[r + 5]; s6 += W[r + 6];
      }
      const nh = fx.historyRows(i, p1, p2, hist, reg);
      for (let k = 0; k < nh; k++) {
        const r = P.offset(hist[k]);
        s0 += W[r]; s1 += W[r + 1]; s2 += W[r + 2]; s3 += W[r + 3]; s4 += W[r + 4]; s5 += W[r + 5]; s6 += W[r + 6];
      }
      // Greedy argmax under the BIO constraint (ties go to the lower id, O first).
      let best = 0, bs = s0;
      if (s1 > bs) { best = 1; bs = s1; }
      if (s2 > bs && (p1 === 1 || p1 === 2)) { best = 2; bs = s2; }
      if (s3 > bs) { best = 3; bs = s3; }
      if (s4 > bs && (p1 === 3 || p1 === 4)) { best = 4; bs = s4; }
      if (s5 > bs) { best = 5; bs = s5; }
      if (s6 > bs && (p1 === 5 || p1 === 6)) { best = 6; bs = s6; }
      res[i] = best;
      p2 = p1;
      p1 = best;
    }
    return res;
  }

  /**
   * Labels by exact second-order Viterbi over the same features, the plain way (every row
   * looked up per token, no word cache): the reference `tagWords(…, "viterbi")` is tested
   * against. Slow.
   */
  tagWordsViterbi(words: readonly string[], out?: Uint8Array, register?: NerRegister): Uint8Array {
    const n = words.length;
    const res = out && out.length >= n ? out : new Uint8Array(n);
    if (n === 0) return res;
    const fx = this.#fx, reg = this.#registerId(register);
    fx.prepare(words, reg);
    const P = this.packed;
    viterbiOverFeatures(n, fx, reg, this.#hist, P.rows, (row) => P.offset(row), res);
    return res;
  }

  /** Entity spans over token indices [start, end) of one sentence. */
  spans(words: readonly string[], register?: NerRegister): NerTokenSpan[] {
    return labelsToSpans(this.tagWords(words, undefined, register), words.length);
  }
}

function int16Bytes(values: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    bytes[2 * i] = values[i] & 255;
    bytes[2 * i + 1] = (values[i] >> 8) & 255;
  }
  return bytes;
}

function decode(text: string): Uint8Array {
  try {
    return decodeBase64(text);
  } catch (err) {
    throw new ParleyError("E008", `model payload: ${(err as Error).message}`);
  }
}
