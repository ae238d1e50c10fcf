/**
 * The tagger's inference fast path. Scores the same features as `FeatureExtractor` (so the
 * same model), but most of them depend on one word alone, given its role: its own features,
 * and what it contributes as the word before / two before / after / two after the current
 * one, or with the previous label O. Those partial score vectors (7 labels each) are summed
 * once per distinct word and cached, so a token costs a few cached vector additions and
 * only the genuinely pairwise lookups (bigrams, shape trigram, label history other than O)
 * in the big weight table, whose random reads are what made tagging slow.
 *
 * Sums are grouped differently from `FeatureExtractor` + a plain loop, so scores can differ
 * in the last bits of a double: labels could only change on an exact near-tie (checked
 * identical on UNER test, PolNeAR dev and the PolNeAR train texts).
 */
import { TEMPLATES as T, mix, wordInfo, type ClusterHook, type GazetteerHook } from "./features.js";
import { N_LABELS } from "./labels.js";

const L = N_LABELS;
/** History id for "before the sentence". */
const START = N_LABELS;

// Blocks (L doubles each) of a word's cached partial scores, in the float slab.
const OWN = 0, AS_M1 = L, AS_M2 = 2 * L, AS_P1 = 3 * L, AS_P2 = 4 * L, HIST_O = 5 * L;
const BLOCKS = 6 * L;
// A word's integers in the int slab: lex, shape and class hashes (see `WordInfo`), then
// template hashes pre-mixed with its value (the inner half of pair features).
const LEX = 0, SHAPE = 1, CLS = 2, BI_M = 3, BI_P = 4, STRI = 5, LS = 6, SL = 7;
const INTS = 8;
/** Slots of the direct-mapped word table, minus one. */
const HOT_MASK = 8191;

/**
 * The weight table with its all-zero rows left out: a bitmap of the non-zero rows, the
 * number of them before each 32-row word, and the rows themselves, packed. Only ~1 row in
 * 6 is non-zero, so this is ~6× smaller than the dense table (2^bits × L floats) and stays
 * mostly in cache. A missing row adds nothing (x + 0 = x): sums are unchanged.
 */
export class PackedWeights {
  readonly bits: number;
  readonly mask: number;
  /** Which rows are non-zero: bit (row & 31) of `present[row >>> 5]`. */
  readonly present: Int32Array;
  /** Number of non-zero rows before each 32-row word of `present`. */
  readonly rank: Int32Array;
  /** L floats per non-zero row, in row order, after a leading all-zero row (offset 0). */
  readonly rows: Float32Array;

  /** `present` as made by `fromDense` / `fromRowmap`; `rows` with its leading zero row. */
  private constructor(bits: number, present: Int32Array, rows: Float32Array) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.present = present;
    this.rows = rows;
    const rank = (this.rank = new Int32Array(present.length));
    let count = 0;
    for (let k = 0; k < present.length; k++) {
      rank[k] = count;
      count += popcount(present[k]);
    }
    if ((count + 1) * L !== rows.length) throw new RangeError(`packed weights: ${count} rows marked, ${rows.length / L - 1} given`);
  }

  static fromDense(weights: Float32Array, bits: number): PackedWeights {
    const rowsN = 1 << bits;
    const present = new Int32Array(Math.max(1, rowsN >>> 5));
    let count = 0;
    for (let r = 0; r < rowsN; r++) {
      const b = r * L;
      if (weights[b] !== 0 || weights[b + 1] !== 0 || weights[b + 2] !== 0 || weights[b + 3] !== 0 || weights[b + 4] !== 0 || weights[b + 5] !== 0 || weights[b + 6] !== 0) {
        present[r >>> 5] |= 1 << (r & 31);
        count++;
      }
    }
    const rows = new Float32Array((count + 1) * L);
    for (let r = 0, k = L; r < rowsN; r++) {
      if (((present[r >>> 5] >>> (r & 31)) & 1) === 0) continue;
      rows.set(weights.subarray(r * L, r * L + L), k);
      k += L;
    }
    return new PackedWeights(bits, present, rows);
  }

  /**
   * From a model file's layout: a bitmap of the stored rows (1 bit per row, LSB first) and
   * their weights in row order (`rows` with a leading all-zero row, as `this.rows`).
   */
  static fromRowmap(bits: number, rowmap: Uint8Array, rows: Float32Array): PackedWeights {
    const present = new Int32Array(Math.max(1, (1 << bits) >>> 5));
    for (let k = 0; k < present.length; k++) {
      const b = 4 * k;
      present[k] = (rowmap[b] ?? 0) | ((rowmap[b + 1] ?? 0) << 8) | ((rowmap[b + 2] ?? 0) << 16) | ((rowmap[b + 3] ?? 0) << 24);
    }
    return new PackedWeights(bits, present, rows);
  }

  /** Offset in `rows` of row (hash & mask), or 0 (the zero row) when it is absent. */
  offset(hash: number): number {
    const row = hash & this.mask, word = this.present[row >>> 5], sh = row & 31;
    // Branch-free, so that the loads of several rows can be in flight at once.
    return ((this.rank[row >>> 5] + popcount(word & ((1 << sh) - 1)) + 1) & -((word >>> sh) & 1)) * L;
  }

  /** The dense table (2^bits × L floats). */
  toDense(): Float32Array {
    const rowsN = 1 << this.bits;
    const out = new Float32Array(rowsN * L);
    for (let r = 0; r < rowsN; r++) {
      const o = this.offset(r);
      if (o !== 0) out.set(this.rows.subarray(o, o + L), r * L);
    }
    return out;
  }
}

export class GreedyScorer {
  readonly #packed: PackedWeights;
  /** `#packed.rows`. */
  readonly #w: Float32Array;
  readonly #gazetteer: GazetteerHook | undefined;
  readonly #clusters: ClusterHook | undefined;
  /** Word → id; the word's data are at `id * BLOCKS` in `#f` and `id * INTS` in `#i`. */
  readonly #ids = new Map<string, number>();
  readonly #cacheLimit: number;
  #f = new Float64Array(1024 * BLOCKS);
  #i = new Int32Array(1024 * INTS);
  /** The direct-mapped table in front of `#ids` (see `#id`). */
  readonly #hotKeys: (string | undefined)[] = new Array<string | undefined>(HOT_MASK + 1).fill(undefined);
  readonly #hotIds = new Int32Array(HOT_MASK + 1);
  /** Word ids of the current sentence. */
  #sent = new Int32Array(256);
  /** Constant blocks: absent neighbours, label history (P1 + P12), class trigram, sentence start, sentence casing. */
  readonly #bos: Float64Array;
  readonly #hist: Float64Array;
  readonly #cls3: Float64Array;
  readonly #init: Float64Array;
  readonly #sc: Float64Array;
  readonly #s = new Float64Array(L);
  /** Phase-1 scores of the current sentence, L per token. */
  #static = new Float64Array(64 * L);
  readonly #bosStri: number;
  readonly #bosLs: number;
  readonly #bosBiM: number;
  /** The register seed (`REGISTER_SEEDS`), 0 for none: every row also adds its register copy. */
  readonly #seed: number;

  /** `registerSeed`: one of `REGISTER_SEEDS` (a scorer serves one register). */
  constructor(weights: PackedWeights, gazetteer?: GazetteerHook, clusters?: ClusterHook, cacheLimit = 65_536, registerSeed = 0) {
    this.#seed = registerSeed;
    this.#packed = weights;
    this.#w = weights.rows;
    this.#gazetteer = gazetteer;
    this.#clusters = clusters;
    this.#cacheLimit = cacheLimit;
    const bos = (this.#bos = new Float64Array(4 * L));
    this.#add(bos, 0, mix(T.T_LM1, T.BOS));
    this.#addC(bos, 0, mix(T.T_SM1, T.BOS));
    this.#add(bos, L, mix(T.T_LM2, T.BOS));
    this.#addC(bos, L, mix(T.T_SM2, T.BOS));
    this.#add(bos, 2 * L, mix(T.T_LP1, T.EOS));
    this.#addC(bos, 2 * L, mix(T.T_SP1, T.EOS));
    this.#add(bos, 3 * L, mix(T.T_LP2, T.EOS));
    this.#addC(bos, 3 * L, mix(T.T_SP2, T.EOS));
    this.#bosBiM = mix(T.T_BI_M, T.BOS);
    this.#bosLs = mix(T.T_LS, T.BOS);
    this.#bosStri = mix(T.T_STRI, T.BOS);
    const hist = (this.#hist = new Float64Array(64 * L));
    for (let p1 = 0; p1 < 8; p1++) {
      for (let p2 = 0; p2 < 8; p2++) {
        this.#addC(hist, (p1 * 8 + p2) * L, mix(T.T_P1, p1));
        this.#addC(hist, (p1 * 8 + p2) * L, mix(T.T_P12, p1 * 16 + p2));
      }
    }
    // Class trigram: (previous class or 5) × 64 + class × 8 + (next class or 5).
    const cls3 = (this.#cls3 = new Float64Array(6 * 64 * L));
    for (let a = 0; a < 6; a++) for (let b = 0; b < 8; b++) for (let c = 0; c < 6; c++) this.#addC(cls3, (a * 64 + b * 8 + c) * L, mix(T.T_CLS3, a * 64 + b * 8 + c));
    const init = (this.#init = new Float64Array(8 * L));
    for (let c = 0; c < 8; c++) this.#addC(init, c * L, mix(T.T_INIT, c));
    const sc = (this.#sc = new Float64Array(24 * L));
    for (let k = 8; k < 24; k++) this.#addC(sc, k * L, mix(T.T_SC, k));
  }

  /** Offset in the packed table of row (hash & mask), or 0 (a zero row) when it is absent. */
  #row(hash: number): number {
    return this.#packed.offset(hash);
  }

  /** `out[off..off+L) += weights of row (hash & mask)`. */
  #add(out: Float64Array, off: number, hash: number): void {
    this.#addRow(out, off, this.#row(hash));
  }

  /** `#add`, plus the row's register copy (a non-lexical feature, see `FeatureExtractor.prepare`). */
  #addC(out: Float64Array, off: number, hash: number): void {
    this.#addRow(out, off, this.#row(hash));
    if (this.#seed !== 0) this.#addRow(out, off, this.#row(mix(hash, this.#seed)));
  }

  /** `out[off..off+L) += row at offset r of the packed table`. */
  #addRow(out: Float64Array, off: number, r: number): void {
    const W = this.#w;
    out[off] += W[r]; out[off + 1] += W[r + 1]; out[off + 2] += W[r + 2]; out[off + 3] += W[r + 3];
    out[off + 4] += W[r + 4]; out[off + 5] += W[r + 5]; out[off + 6] += W[r + 6];
  }

  /** The id of a word, its partial scores computed on first sight. */
  #id(word: string): number {
    // A direct-mapped table in front of the map: the frequent words settle in it and are
    // found without the map's cache misses.
    let h = 0x811c9dc5;
    for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
    const slot = (h ^ (h >>> 15)) & HOT_MASK;
    const hotKeys = this.#hotKeys;
    if (hotKeys[slot] === word) return this.#hotIds[slot];
    const ids = this.#ids;
    let id = ids.get(word);
    if (id !== undefined) {
      if (hotKeys[slot] === undefined) {
        hotKeys[slot] = word;
        this.#hotIds[slot] = id;
      }
      return id;
    }
    id = ids.size;
    if ((id + 1) * INTS > this.#i.length) {
      const f = new Float64Array(this.#f.length * 2), i = new Int32Array(this.#i.length * 2);
      f.set(this.#f);
      i.set(this.#i);
      this.#f = f;
      this.#i = i;
    }
    const info = wordInfo(word, this.#gazetteer, this.#clusters);
    const v = this.#f, o = id * BLOCKS;
    v.fill(0, o, o + BLOCKS);
    const own = info.own;
    for (let j = 0; j < own.length; j++) {
      if (j < info.ownShared) this.#addC(v, o + OWN, own[j]);
      else this.#add(v, o + OWN, own[j]);
    }
    this.#add(v, o + AS_M1, mix(T.T_LM1, info.lex));
    this.#addC(v, o + AS_M1, mix(T.T_SM1, info.shape));
    if (info.gaz) this.#addC(v, o + AS_M1, mix(T.T_GM1, info.gaz));
    if (info.clu) this.#addC(v, o + AS_M1, mix(T.T_CM1, info.clu));
    this.#add(v, o + AS_M2, mix(T.T_LM2, info.lex));
    this.#addC(v, o + AS_M2, mix(T.T_SM2, info.shape));
    this.#add(v, o + AS_P1, mix(T.T_LP1, info.lex));
    this.#addC(v, o + AS_P1, mix(T.T_SP1, info.shape));
    if (info.gaz) this.#addC(v, o + AS_P1, mix(T.T_GP1, info.gaz));
    if (info.clu) this.#addC(v, o + AS_P1, mix(T.T_CP1, info.clu));
    this.#add(v, o + AS_P2, mix(T.T_LP2, info.lex));
    this.#addC(v, o + AS_P2, mix(T.T_SP2, info.shape));
    this.#add(v, o + HIST_O, mix(mix(T.T_P1W, 0), info.lex));
    this.#addC(v, o + HIST_O, mix(mix(T.T_P1S, 0), info.shape));
    const I = this.#i, q = id * INTS;
    I[q + LEX] = info.lex;
    I[q + SHAPE] = info.shape;
    I[q + CLS] = info.cls;
    I[q + BI_M] = mix(T.T_BI_M, info.lex);
    I[q + BI_P] = mix(T.T_BI_P, info.lex);
    I[q + STRI] = mix(T.T_STRI, info.shape);
    I[q + LS] = mix(T.T_LS, info.lex);
    I[q + SL] = mix(T.T_SL, info.shape);
    ids.set(word, id);
    return id;
  }

  /** Greedy BIO-constrained labels of one sentence into `res` (see `NerModel.tagWords`). */
  tag(words: readonly string[], res: Uint8Array): void {
    const n = words.length;
    // A full cache starts again, before the sentence (its ids must stay valid while it is tagged).
    if (this.#ids.size + n > this.#cacheLimit) {
      this.#ids.clear();
      this.#hotKeys.fill(undefined);
    }
    if (this.#sent.length < n) this.#sent = new Int32Array(2 * n);
    const ids = this.#sent;
    for (let i = 0; i < n; i++) ids[i] = this.#id(words[i]);
    const F = this.#f, I = this.#i;
    // Sentence casing: 0 ordinary, 1 no capital after the first word (web text), 2 mostly capitals.
    let words0 = 0, capsN = 0, titleN = 0;
    for (let i = 0; i < n; i++) {
      const c = I[ids[i] * INTS + CLS];
      if (c > 2) continue;
      words0++;
      if (c === 2) capsN++;
      else if (i > 0) titleN++;
    }
    const sc = words0 >= 3 && capsN * 2 > words0 ? 2 : words0 >= 3 && titleN === 0 && capsN === 0 ? 1 : 0;
    // Phase 1: the scores that do not depend on the labels, for the whole sentence (no
    // dependency between tokens, so memory loads overlap).
    if (this.#static.length < n * L) this.#static = new Float64Array(2 * n * L);
    const S = this.#static, W = this.#w, bos = this.#bos, cls3 = this.#cls3;
    const EOS = T.EOS, seed = this.#seed;
    for (let i = 0; i < n; i++) {
      const o = i * L, v = ids[i] * BLOCKS, q = ids[i] * INTS;
      const hasM1 = i > 0, hasP1 = i + 1 < n;
      const m1 = hasM1 ? ids[i - 1] * INTS : 0, p1 = hasP1 ? ids[i + 1] * INTS : 0;
      const lex = I[q + LEX], shape = I[q + SHAPE], cls = I[q + CLS];
      const lp1 = hasP1 ? I[p1 + LEX] : EOS, sp1 = hasP1 ? I[p1 + SHAPE] : EOS;
      const h1 = mix(hasM1 ? I[m1 + BI_M] : this.#bosBiM, lex);
      const h2 = mix(I[q + BI_P], lp1);
      const h3 = mix(mix(hasM1 ? I[m1 + STRI] : this.#bosStri, shape), sp1);
      const h4 = mix(hasM1 ? I[m1 + LS] : this.#bosLs, shape);
      const h5 = mix(I[q + SL], lp1);
      const r1 = this.#row(h1), r2 = this.#row(h2), r3 = this.#row(h3), r4 = this.#row(h4), r5 = this.#row(h5);
      const a = hasM1 ? F : bos, ao = hasM1 ? ids[i - 1] * BLOCKS + AS_M1 : 0;
      const b = i > 1 ? F : bos, bo = i > 1 ? ids[i - 2] * BLOCKS + AS_M2 : L;
      const c = hasP1 ? F : bos, co = hasP1 ? ids[i + 1] * BLOCKS + AS_P1 : 2 * L;
      const d = i + 2 < n ? F : bos, dof = i + 2 < n ? ids[i + 2] * BLOCKS + AS_P2 : 3 * L;
      const k3 = ((hasM1 ? I[m1 + CLS] : 5) * 64 + cls * 8 + (hasP1 ? I[p1 + CLS] : 5)) * L;
      for (let l = 0; l < L; l++) {
        S[o + l] = F[v + l] + a[ao + l] + b[bo + l] + c[co + l] + d[dof + l] + W[r1 + l] + W[r2 + l] + W[r3 + l] + W[r4 + l] + W[r5 + l] + cls3[k3 + l];
      }
      // Of the pair features only the shape trigram has a register copy.
      if (seed !== 0) this.#addRow(S, o, this.#row(mix(h3, seed)));
      if (i === 0) addBlock(S, o, this.#init, cls * L);
      if (sc !== 0) {
        addBlock(S, o, this.#sc, (sc * 8 + cls) * L);
        this.#add(S, o, mix(mix(T.T_SCL, sc), lex));
      }
    }
    // Phase 2: greedy decoding, adding the label-history features.
    const s = this.#s, hist = this.#hist;
    let p1: number = START, p2: number = START;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      s[0] = S[o]; s[1] = S[o + 1]; s[2] = S[o + 2]; s[3] = S[o + 3]; s[4] = S[o + 4]; s[5] = S[o + 5]; s[6] = S[o + 6];
      addBlock(s, 0, hist, (p1 * 8 + p2) * L);
      if (p1 === 0) addBlock(s, 0, F, ids[i] * BLOCKS + HIST_O);
      else {
        const q = ids[i] * INTS;
        this.#add(s, 0, mix(mix(T.T_P1W, p1), I[q + LEX]));
        this.#addC(s, 0, mix(mix(T.T_P1S, p1), I[q + SHAPE]));
      }
      // Greedy argmax under the BIO constraint (ties go to the lower id, O first).
      let best = 0, bs = s[0];
      if (s[1] > bs) { best = 1; bs = s[1]; }
      if (s[2] > bs && (p1 === 1 || p1 === 2)) { best = 2; bs = s[2]; }
      if (s[3] > bs) { best = 3; bs = s[3]; }
      if (s[4] > bs && (p1 === 3 || p1 === 4)) { best = 4; bs = s[4]; }
      if (s[5] > bs) { best = 5; bs = s[5]; }
      if (s[6] > bs && (p1 === 5 || p1 === 6)) { best = 6; bs = s[6]; }
      res[i] = best;
      p2 = p1;
      p1 = best;
    }
  }
}

/** `s[o..o+L) += v[off..off+L)`. */
function addBlock(s: Float64Array, o: number, v: Float64Array, off: number): void {
  s[o] += v[off]; s[o + 1] += v[off + 1]; s[o + 2] += v[off + 2]; s[o + 3] += v[off + 3];
  s[o + 4] += v[off + 4]; s[o + 5] += v[off + 5]; s[o + 6] += v[off + 6];
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
