/**
 * The tagger's inference fast path (`CachedScorer`: greedy `tag`, and `tagViterbi`). Scores the same features as `FeatureExtractor` (so the
 * same model), but most of them depend on one word alone, given its role: its own features,
 * and what it contributes as the word before / two before / after / two after the current
 * one, or with the previous label O. Those partial score vectors (7 labels each) are summed
 * once per distinct word and cached, so a token costs a few cached vector additions and
 * only the genuinely pairwise lookups (bigrams, shape trigram, label history other than O)
 * in the big weight table, whose random reads are what made tagging slow.
 *
 * Sums are grouped differently from `FeatureExtractor` + a plain loop, so scores can differ
 * in the last bits of a double: labels could only change on an exact near-tie (checked
 * identical on UNER test, PolNeAR dev and the PolNeAR train texts; the Viterbi path on UNER
 * test and PolNeAR dev, `npm run eval:ner` counts it).
 *
 * Viterbi adds, per distinct word, its label-history scores for each of the 7 previous
 * labels (label × previous × shape, × word: 49 doubles, cached like the rest; START is
 * looked up for the first word of a sentence) and, per model, the label bigram + trigram
 * table; the recursion then reads only cached rows. Its history sums are made in the same
 * order as `NerModel.tagWordsViterbi`, and ties are broken the same way.
 */
import { TEMPLATES as T, mix, wordInfo, type ClusterHook, type GazetteerHook } from "./features.js";
import { N_LABELS } from "./labels.js";

const L = N_LABELS;
/** History id for "before the sentence". */
const START = N_LABELS;

// Blocks (L doubles each) of a word's cached partial scores, in the float slab.
const OWN = 0, AS_M1 = L, AS_M2 = 2 * L, AS_P1 = 3 * L, AS_P2 = 4 * L, HIST_O = 5 * L;
const BLOCKS = 6 * L;
/** States of the second-order Viterbi: (label at i-1, label at i-2), each in 0..L (L = START). */
const ST = L + 1;
/** Viterbi states per token. */
const SS = ST * ST;
/** A word's cached label-history scores for Viterbi: L blocks (previous label 0..L-1) of L. */
const HBLOCKS = L * L;
/** Labels that may follow each previous label 0..L (L = START): O and every B-X, plus I-X after B-X / I-X. */
const NEXT: readonly Int32Array[] = Array.from({ length: ST }, (_, p) => Int32Array.from(
  p === 0 || p === L ? [0, 1, 3, 5] : [0, 1, 3, 5, (p & 1) === 1 ? p + 1 : p].sort((a, b) => a - b)));
/** 1 at state `y * ST + p1` when y may follow p1 (0..L-1). */
const ALLOWED = new Uint8Array(SS);
for (let p = 0; p < L; p++) for (const y of NEXT[p]) ALLOWED[y * ST + p] = 1;

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

/** The cached scorer: greedy (`tag`) and, when made with `viterbi`, Viterbi (`tagViterbi`) decoding. */
export class CachedScorer {
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
  /**
   * Viterbi only (else empty): per word, its label-history scores given each previous label
   * (label × previous label × shape, × word, and the register copy of the first), `HBLOCKS`
   * at `id * HBLOCKS`.
   */
  #h: Float64Array;
  /** Viterbi only: label bigram + trigram scores, `[(p1 * ST + p2) * L + y]` (position-independent). */
  readonly #h12: Float64Array;
  /** `#h12` transposed for the recursion's inner loop: `[(p1 * L + y) * ST + p2]`. */
  readonly #h12t: Float64Array;
  /** Viterbi buffers: the first word's history scores after START; the score rows of a sentence, `SS` per token. */
  readonly #h0 = new Float64Array(L);
  #delta = new Float64Array(64 * SS);

  /**
   * `registerSeed`: one of `REGISTER_SEEDS` (a scorer serves one register). `viterbi`: also
   * cache what `tagViterbi` needs (L × L more doubles per word).
   */
  constructor(weights: PackedWeights, gazetteer?: GazetteerHook, clusters?: ClusterHook, cacheLimit = 65_536, registerSeed = 0, viterbi = false) {
    this.#seed = registerSeed;
    this.#packed = weights;
    this.#w = weights.rows;
    this.#h = new Float64Array(viterbi ? 1024 * HBLOCKS : 0);
    // Summed in the reference decoder's order (`NerModel.tagWordsViterbi`): P1, P12, their copies.
    const h12 = (this.#h12 = new Float64Array(viterbi ? ST * ST * L : 0));
    if (viterbi) {
      for (let p1 = 0; p1 < ST; p1++) {
        for (let p2 = 0; p2 < ST; p2++) {
          const o = (p1 * ST + p2) * L, a = mix(T.T_P1, p1), b = mix(T.T_P12, p1 * 16 + p2);
          this.#add(h12, o, a);
          this.#add(h12, o, b);
          if (registerSeed !== 0) {
            this.#add(h12, o, mix(a, registerSeed));
            this.#add(h12, o, mix(b, registerSeed));
          }
        }
      }
    }
    const h12t = (this.#h12t = new Float64Array(viterbi ? L * L * ST : 0));
    if (viterbi) for (let p1 = 0; p1 < L; p1++) for (let y = 0; y < L; y++) for (let p2 = 0; p2 < ST; p2++) h12t[(p1 * L + y) * ST + p2] = h12[(p1 * ST + p2) * L + y];
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
      if (this.#h.length !== 0) {
        const h = new Float64Array(this.#h.length * 2);
        h.set(this.#h);
        this.#h = h;
      }
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
    if (this.#h.length !== 0) {
      const h = this.#h, ho = id * HBLOCKS;
      h.fill(0, ho, ho + HBLOCKS);
      for (let p = 0; p < L; p++) this.#history(h, ho + p * L, p, info.lex, info.shape);
    }
    ids.set(word, id);
    return id;
  }

  /**
   * `out[o..o+L) +=` the history rows that depend on the word, given the previous label:
   * label × previous × shape, × word, then the register copy of the first (the reference
   * decoder's order).
   */
  #history(out: Float64Array, o: number, prev: number, lex: number, shape: number): void {
    const a = mix(mix(T.T_P1S, prev), shape);
    this.#add(out, o, a);
    this.#add(out, o, mix(mix(T.T_P1W, prev), lex));
    if (this.#seed !== 0) this.#add(out, o, mix(a, this.#seed));
  }

  /**
   * Phase 1 for one sentence: word ids into `#sent`, and the scores that do not depend on
   * the labels into `#static` (L per token).
   */
  #prepare(words: readonly string[]): void {
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
  }

  /** Greedy BIO-constrained labels of one sentence into `res` (see `NerModel.tagWords`). */
  tag(words: readonly string[], res: Uint8Array): void {
    const n = words.length;
    this.#prepare(words);
    const S = this.#static, F = this.#f, I = this.#i, ids = this.#sent;
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

  /**
   * Labels by exact second-order Viterbi into `res` (see `NerModel.tagWords` for a model
   * trained with `NerTrainer.trainStructured`): the same scores and tie-breaking as
   * `NerModel.tagWordsViterbi`, from the phase-1 scores and each word's cached history
   * block. Needs a scorer made with `viterbi`.
   */
  tagViterbi(words: readonly string[], res: Uint8Array): void {
    const n = words.length;
    if (n === 0) return;
    if (this.#h.length === 0) throw new RangeError("tagViterbi needs a scorer made with viterbi = true");
    this.#prepare(words);
    const S = this.#static, H = this.#h, h12 = this.#h12, ids = this.#sent, I = this.#i;
    // delta[i * SS + y * ST + p1]: best score of a path with label y at i and p1 at i-1. Every
    // row is kept (no back pointers: the path's are recomputed from the rows, see below), and
    // only states that are read are written: no reset between tokens.
    if (this.#delta.length < n * SS) this.#delta = new Float64Array(2 * n * SS);
    const delta = this.#delta;
    // Position 0: the only previous state is (START, START); I-X cannot start a sentence.
    const h0 = this.#h0;
    h0.fill(0);
    this.#history(h0, 0, START, I[ids[0] * INTS + LEX], I[ids[0] * INTS + SHAPE]);
    const s0 = (START * ST + START) * L;
    for (let y = 0; y < L; y++) delta[y * ST + START] = y === 0 || (y & 1) === 1 ? (S[y] + h0[y]) + (0 + h12[s0 + y]) : -Infinity;
    // Then: state (y, p1) = best over p2 of delta(p1, p2) + trigram/bigram(p1, p2, y), plus
    // y's scores (phase 1 and the word's history block for p1): over all p2 before O / B-X,
    // over B-X and I-X before I-X. The maximum is the first one met in p2 order, as in
    // `viterbi` (the back pointer, recomputed below, is its p2). From the third token on the
    // recursion is written out state by state (for L = 7, ST = 8: the literal offsets are
    // `y * ST + p1` in a row, `p1 * L + y` in a history block, `(p1 * L + y) * ST + p2` in
    // `T12`), which made it ~1.7× faster than loops over `NEXT` (constant offsets, no loop
    // or label-list loads); the arithmetic and comparison order are the loops' own.
    const T12 = this.#h12t;
    if (n > 1) {
      const ho = ids[1] * HBLOCKS;
      for (let p1 = 0; p1 < L; p1++) {
        const ys = NEXT[p1], hb = ho + p1 * L, d = delta[p1 * ST + START];
        for (let a = 0; a < ys.length; a++) {
          const y = ys[a];
          delta[SS + y * ST + p1] = (S[L + y] + H[hb + y]) + (d + T12[(p1 * L + y) * ST + START]);
        }
      }
    }
    if (L !== 7 || ST !== 8) throw new RangeError("tagViterbi's recursion is written out for 7 labels");
    for (let i = 2; i < n; i++) {
      const so = i * L, hb = ids[i] * HBLOCKS, cur = i * SS, prev = cur - SS;
      const s0 = S[so], s1 = S[so + 1], s2 = S[so + 2], s3 = S[so + 3], s4 = S[so + 4], s5 = S[so + 5], s6 = S[so + 6];
      { // previous label 0
        const d0 = delta[prev + 0], d1 = delta[prev + 1], d2 = delta[prev + 2], d3 = delta[prev + 3], d4 = delta[prev + 4], d5 = delta[prev + 5], d6 = delta[prev + 6];
        {
          let b = d0 + T12[0], v = d1 + T12[1];
          b = v > b ? v : b; v = d2 + T12[2];
          b = v > b ? v : b; v = d3 + T12[3];
          b = v > b ? v : b; v = d4 + T12[4];
          b = v > b ? v : b; v = d5 + T12[5];
          b = v > b ? v : b; v = d6 + T12[6];
          delta[cur + 0] = (s0 + H[hb + 0]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[8], v = d1 + T12[9];
          b = v > b ? v : b; v = d2 + T12[10];
          b = v > b ? v : b; v = d3 + T12[11];
          b = v > b ? v : b; v = d4 + T12[12];
          b = v > b ? v : b; v = d5 + T12[13];
          b = v > b ? v : b; v = d6 + T12[14];
          delta[cur + 8] = (s1 + H[hb + 1]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[24], v = d1 + T12[25];
          b = v > b ? v : b; v = d2 + T12[26];
          b = v > b ? v : b; v = d3 + T12[27];
          b = v > b ? v : b; v = d4 + T12[28];
          b = v > b ? v : b; v = d5 + T12[29];
          b = v > b ? v : b; v = d6 + T12[30];
          delta[cur + 24] = (s3 + H[hb + 3]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[40], v = d1 + T12[41];
          b = v > b ? v : b; v = d2 + T12[42];
          b = v > b ? v : b; v = d3 + T12[43];
          b = v > b ? v : b; v = d4 + T12[44];
          b = v > b ? v : b; v = d5 + T12[45];
          b = v > b ? v : b; v = d6 + T12[46];
          delta[cur + 40] = (s5 + H[hb + 5]) + (v > b ? v : b);
        }
      }
      { // previous label 1
        const d0 = delta[prev + 8], d1 = delta[prev + 9], d2 = delta[prev + 10], d3 = delta[prev + 11], d4 = delta[prev + 12], d5 = delta[prev + 13], d6 = delta[prev + 14];
        {
          let b = d0 + T12[56], v = d1 + T12[57];
          b = v > b ? v : b; v = d2 + T12[58];
          b = v > b ? v : b; v = d3 + T12[59];
          b = v > b ? v : b; v = d4 + T12[60];
          b = v > b ? v : b; v = d5 + T12[61];
          b = v > b ? v : b; v = d6 + T12[62];
          delta[cur + 1] = (s0 + H[hb + 7]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[64], v = d1 + T12[65];
          b = v > b ? v : b; v = d2 + T12[66];
          b = v > b ? v : b; v = d3 + T12[67];
          b = v > b ? v : b; v = d4 + T12[68];
          b = v > b ? v : b; v = d5 + T12[69];
          b = v > b ? v : b; v = d6 + T12[70];
          delta[cur + 9] = (s1 + H[hb + 8]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[72], v = d1 + T12[73];
          b = v > b ? v : b; v = d2 + T12[74];
          b = v > b ? v : b; v = d3 + T12[75];
          b = v > b ? v : b; v = d4 + T12[76];
          b = v > b ? v : b; v = d5 + T12[77];
          b = v > b ? v : b; v = d6 + T12[78];
          delta[cur + 17] = (s2 + H[hb + 9]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[80], v = d1 + T12[81];
          b = v > b ? v : b; v = d2 + T12[82];
          b = v > b ? v : b; v = d3 + T12[83];
          b = v > b ? v : b; v = d4 + T12[84];
          b = v > b ? v : b; v = d5 + T12[85];
          b = v > b ? v : b; v = d6 + T12[86];
          delta[cur + 25] = (s3 + H[hb + 10]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[96], v = d1 + T12[97];
          b = v > b ? v : b; v = d2 + T12[98];
          b = v > b ? v : b; v = d3 + T12[99];
          b = v > b ? v : b; v = d4 + T12[100];
          b = v > b ? v : b; v = d5 + T12[101];
          b = v > b ? v : b; v = d6 + T12[102];
          delta[cur + 41] = (s5 + H[hb + 12]) + (v > b ? v : b);
        }
      }
      { // previous label 2
        const db = delta[prev + 17], di = delta[prev + 18];
        { const b = db + T12[113], v = di + T12[114]; delta[cur + 2] = (s0 + H[hb + 14]) + (v > b ? v : b); }
        { const b = db + T12[121], v = di + T12[122]; delta[cur + 10] = (s1 + H[hb + 15]) + (v > b ? v : b); }
        { const b = db + T12[129], v = di + T12[130]; delta[cur + 18] = (s2 + H[hb + 16]) + (v > b ? v : b); }
        { const b = db + T12[137], v = di + T12[138]; delta[cur + 26] = (s3 + H[hb + 17]) + (v > b ? v : b); }
        { const b = db + T12[153], v = di + T12[154]; delta[cur + 42] = (s5 + H[hb + 19]) + (v > b ? v : b); }
      }
      { // previous label 3
        const d0 = delta[prev + 24], d1 = delta[prev + 25], d2 = delta[prev + 26], d3 = delta[prev + 27], d4 = delta[prev + 28], d5 = delta[prev + 29], d6 = delta[prev + 30];
        {
          let b = d0 + T12[168], v = d1 + T12[169];
          b = v > b ? v : b; v = d2 + T12[170];
          b = v > b ? v : b; v = d3 + T12[171];
          b = v > b ? v : b; v = d4 + T12[172];
          b = v > b ? v : b; v = d5 + T12[173];
          b = v > b ? v : b; v = d6 + T12[174];
          delta[cur + 3] = (s0 + H[hb + 21]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[176], v = d1 + T12[177];
          b = v > b ? v : b; v = d2 + T12[178];
          b = v > b ? v : b; v = d3 + T12[179];
          b = v > b ? v : b; v = d4 + T12[180];
          b = v > b ? v : b; v = d5 + T12[181];
          b = v > b ? v : b; v = d6 + T12[182];
          delta[cur + 11] = (s1 + H[hb + 22]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[192], v = d1 + T12[193];
          b = v > b ? v : b; v = d2 + T12[194];
          b = v > b ? v : b; v = d3 + T12[195];
          b = v > b ? v : b; v = d4 + T12[196];
          b = v > b ? v : b; v = d5 + T12[197];
          b = v > b ? v : b; v = d6 + T12[198];
          delta[cur + 27] = (s3 + H[hb + 24]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[200], v = d1 + T12[201];
          b = v > b ? v : b; v = d2 + T12[202];
          b = v > b ? v : b; v = d3 + T12[203];
          b = v > b ? v : b; v = d4 + T12[204];
          b = v > b ? v : b; v = d5 + T12[205];
          b = v > b ? v : b; v = d6 + T12[206];
          delta[cur + 35] = (s4 + H[hb + 25]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[208], v = d1 + T12[209];
          b = v > b ? v : b; v = d2 + T12[210];
          b = v > b ? v : b; v = d3 + T12[211];
          b = v > b ? v : b; v = d4 + T12[212];
          b = v > b ? v : b; v = d5 + T12[213];
          b = v > b ? v : b; v = d6 + T12[214];
          delta[cur + 43] = (s5 + H[hb + 26]) + (v > b ? v : b);
        }
      }
      { // previous label 4
        const db = delta[prev + 35], di = delta[prev + 36];
        { const b = db + T12[227], v = di + T12[228]; delta[cur + 4] = (s0 + H[hb + 28]) + (v > b ? v : b); }
        { const b = db + T12[235], v = di + T12[236]; delta[cur + 12] = (s1 + H[hb + 29]) + (v > b ? v : b); }
        { const b = db + T12[251], v = di + T12[252]; delta[cur + 28] = (s3 + H[hb + 31]) + (v > b ? v : b); }
        { const b = db + T12[259], v = di + T12[260]; delta[cur + 36] = (s4 + H[hb + 32]) + (v > b ? v : b); }
        { const b = db + T12[267], v = di + T12[268]; delta[cur + 44] = (s5 + H[hb + 33]) + (v > b ? v : b); }
      }
      { // previous label 5
        const d0 = delta[prev + 40], d1 = delta[prev + 41], d2 = delta[prev + 42], d3 = delta[prev + 43], d4 = delta[prev + 44], d5 = delta[prev + 45], d6 = delta[prev + 46];
        {
          let b = d0 + T12[280], v = d1 + T12[281];
          b = v > b ? v : b; v = d2 + T12[282];
          b = v > b ? v : b; v = d3 + T12[283];
          b = v > b ? v : b; v = d4 + T12[284];
          b = v > b ? v : b; v = d5 + T12[285];
          b = v > b ? v : b; v = d6 + T12[286];
          delta[cur + 5] = (s0 + H[hb + 35]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[288], v = d1 + T12[289];
          b = v > b ? v : b; v = d2 + T12[290];
          b = v > b ? v : b; v = d3 + T12[291];
          b = v > b ? v : b; v = d4 + T12[292];
          b = v > b ? v : b; v = d5 + T12[293];
          b = v > b ? v : b; v = d6 + T12[294];
          delta[cur + 13] = (s1 + H[hb + 36]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[304], v = d1 + T12[305];
          b = v > b ? v : b; v = d2 + T12[306];
          b = v > b ? v : b; v = d3 + T12[307];
          b = v > b ? v : b; v = d4 + T12[308];
          b = v > b ? v : b; v = d5 + T12[309];
          b = v > b ? v : b; v = d6 + T12[310];
          delta[cur + 29] = (s3 + H[hb + 38]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[320], v = d1 + T12[321];
          b = v > b ? v : b; v = d2 + T12[322];
          b = v > b ? v : b; v = d3 + T12[323];
          b = v > b ? v : b; v = d4 + T12[324];
          b = v > b ? v : b; v = d5 + T12[325];
          b = v > b ? v : b; v = d6 + T12[326];
          delta[cur + 45] = (s5 + H[hb + 40]) + (v > b ? v : b);
        }
        {
          let b = d0 + T12[328], v = d1 + T12[329];
          b = v > b ? v : b; v = d2 + T12[330];
          b = v > b ? v : b; v = d3 + T12[331];
          b = v > b ? v : b; v = d4 + T12[332];
          b = v > b ? v : b; v = d5 + T12[333];
          b = v > b ? v : b; v = d6 + T12[334];
          delta[cur + 53] = (s6 + H[hb + 41]) + (v > b ? v : b);
        }
      }
      { // previous label 6
        const db = delta[prev + 53], di = delta[prev + 54];
        { const b = db + T12[341], v = di + T12[342]; delta[cur + 6] = (s0 + H[hb + 42]) + (v > b ? v : b); }
        { const b = db + T12[349], v = di + T12[350]; delta[cur + 14] = (s1 + H[hb + 43]) + (v > b ? v : b); }
        { const b = db + T12[365], v = di + T12[366]; delta[cur + 30] = (s3 + H[hb + 45]) + (v > b ? v : b); }
        { const b = db + T12[381], v = di + T12[382]; delta[cur + 46] = (s5 + H[hb + 47]) + (v > b ? v : b); }
        { const b = db + T12[389], v = di + T12[390]; delta[cur + 54] = (s6 + H[hb + 48]) + (v > b ? v : b); }
      }
    }

    // The best last state (ties to the lower state index, as `viterbi`), over the states
    // written at n - 1: (y, START) for a one-word sentence, else (y, p1) as BIO allows. One
    // loop for both: a branch taken only by a rare one-word sentence would have no type
    // feedback when this function is first optimised, and taking it would throw the
    // compiled function away (one more compilation of it in every fresh worker).
    const last = (n - 1) * SS;
    const pLo = n === 1 ? START : 0, pHi = n === 1 ? ST : L;
    let bk = 0, bs = -Infinity;
    for (let y = 0; y < L; y++) {
      for (let p1 = pLo; p1 < pHi; p1++) {
        const k = y * ST + p1;
        if ((p1 === START || ALLOWED[k] === 1) && delta[last + k] > bs) { bs = delta[last + k]; bk = k; }
      }
    }
    // Back: at i, state (y, p1)'s p2 is the first best over p2 of delta(i-1)(p1, p2) +
    // trigram/bigram, the same sums the forward pass compared.
    let y = (bk / ST) | 0, p1 = bk % ST;
    for (let i = n - 1; i >= 0; i--) {
      res[i] = y;
      let p2: number = START;
      if (i >= 2) {
        const row = (i - 1) * SS + p1 * ST, t = (p1 * L + y) * ST;
        if (p1 === 0 || (p1 & 1) === 1) {
          let best = delta[row] + T12[t];
          p2 = 0;
          for (let q = 1; q < L; q++) {
            const v = delta[row + q] + T12[t + q];
            if (v > best) { best = v; p2 = q; }
          }
        } else {
          const b = delta[row + p1 - 1] + T12[t + p1 - 1], v = delta[row + p1] + T12[t + p1];
          p2 = v > b ? p1 : p1 - 1;
        }
      }
      y = p1;
      p1 = p2;
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
