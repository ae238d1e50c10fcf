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
import { TEMPLATES as T, mix, wordInfo, type ClusterHook, type GazetteerHook, type WordInfo } from "./features.js";
import { N_LABELS } from "./labels.js";

const L = N_LABELS;
/** History id for "before the sentence". */
const START = N_LABELS;

// Blocks (L doubles each) of a word's cached partial scores.
const OWN = 0, AS_M1 = L, AS_M2 = 2 * L, AS_P1 = 3 * L, AS_P2 = 4 * L, HIST_O = 5 * L, SCL1 = 6 * L, SCL2 = 7 * L;
const BLOCKS = 8 * L;

interface Entry {
  readonly info: WordInfo;
  /** The partial score blocks above. */
  readonly v: Float64Array;
  /** Template hashes pre-mixed with this word's value (the inner half of pair features). */
  readonly biM: number;
  readonly biP: number;
  readonly stri: number;
  readonly ls: number;
  readonly sl: number;
}

export class GreedyScorer {
  /** The non-zero rows of the weight table, packed (L floats each). */
  readonly #w: Float32Array;
  /** Which rows are non-zero: bit (row & 31) of `#present[row >>> 5]`. */
  readonly #present: Int32Array;
  /** Number of non-zero rows before each 32-row word of `#present`. */
  readonly #rank: Int32Array;
  readonly #mask: number;
  readonly #gazetteer: GazetteerHook | undefined;
  readonly #clusters: ClusterHook | undefined;
  readonly #cache = new Map<string, Entry>();
  readonly #cacheLimit: number;
  #ents: Entry[] = [];
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

  constructor(weights: Float32Array, bits: number, gazetteer?: GazetteerHook, clusters?: ClusterHook, cacheLimit = 100_000) {
    // Pack the table: only ~1 row in 6 is non-zero, and the packed rows plus the bitmap
    // are small enough to stay mostly in cache, where the dense table (2^bits × L floats)
    // costs a memory miss per lookup. A missing row adds nothing (x + 0 = x), so the sums
    // are unchanged.
    const rowsN = 1 << bits;
    const present = (this.#present = new Int32Array(Math.max(1, rowsN >>> 5)));
    const rank = (this.#rank = new Int32Array(present.length));
    let count = 0;
    for (let r = 0; r < rowsN; r++) {
      if ((r & 31) === 0) rank[r >>> 5] = count;
      const b = r * L;
      if (weights[b] !== 0 || weights[b + 1] !== 0 || weights[b + 2] !== 0 || weights[b + 3] !== 0 || weights[b + 4] !== 0 || weights[b + 5] !== 0 || weights[b + 6] !== 0) {
        present[r >>> 5] |= 1 << (r & 31);
        count++;
      }
    }
    // Row 0 of the packed table is all zeros: absent rows read it (no branch, see #row).
    const packed = (this.#w = new Float32Array((count + 1) * L));
    for (let r = 0, k = L; r < rowsN; r++) {
      if (((present[r >>> 5] >>> (r & 31)) & 1) === 0) continue;
      packed.set(weights.subarray(r * L, r * L + L), k);
      k += L;
    }
    this.#mask = rowsN - 1;
    this.#gazetteer = gazetteer;
    this.#clusters = clusters;
    this.#cacheLimit = cacheLimit;
    const bos = (this.#bos = new Float64Array(4 * L));
    this.#add(bos, 0, mix(T.T_LM1, T.BOS));
    this.#add(bos, 0, mix(T.T_SM1, T.BOS));
    this.#add(bos, L, mix(T.T_LM2, T.BOS));
    this.#add(bos, L, mix(T.T_SM2, T.BOS));
    this.#add(bos, 2 * L, mix(T.T_LP1, T.EOS));
    this.#add(bos, 2 * L, mix(T.T_SP1, T.EOS));
    this.#add(bos, 3 * L, mix(T.T_LP2, T.EOS));
    this.#add(bos, 3 * L, mix(T.T_SP2, T.EOS));
    this.#bosBiM = mix(T.T_BI_M, T.BOS);
    this.#bosLs = mix(T.T_LS, T.BOS);
    this.#bosStri = mix(T.T_STRI, T.BOS);
    const hist = (this.#hist = new Float64Array(64 * L));
    for (let p1 = 0; p1 < 8; p1++) {
      for (let p2 = 0; p2 < 8; p2++) {
        this.#add(hist, (p1 * 8 + p2) * L, mix(T.T_P1, p1));
        this.#add(hist, (p1 * 8 + p2) * L, mix(T.T_P12, p1 * 16 + p2));
      }
    }
    // Class trigram: (previous class or 5) × 64 + class × 8 + (next class or 5).
    const cls3 = (this.#cls3 = new Float64Array(6 * 64 * L));
    for (let a = 0; a < 6; a++) for (let b = 0; b < 8; b++) for (let c = 0; c < 6; c++) this.#add(cls3, (a * 64 + b * 8 + c) * L, mix(T.T_CLS3, a * 64 + b * 8 + c));
    const init = (this.#init = new Float64Array(8 * L));
    for (let c = 0; c < 8; c++) this.#add(init, c * L, mix(T.T_INIT, c));
    const sc = (this.#sc = new Float64Array(24 * L));
    for (let k = 8; k < 24; k++) this.#add(sc, k * L, mix(T.T_SC, k));
  }

  /** Offset in the packed table of row (hash & mask), or 0 (a zero row) when it is absent. */
  #row(hash: number): number {
    const row = hash & this.#mask, word = this.#present[row >>> 5], sh = row & 31;
    // Branch-free, so that the loads of several rows can be in flight at once.
    return ((this.#rank[row >>> 5] + popcount(word & ((1 << sh) - 1)) + 1) & -((word >>> sh) & 1)) * L;
  }

  /** `out[off..off+L) += weights of row (hash & mask)`. */
  #add(out: Float64Array, off: number, hash: number): void {
    const W = this.#w, r = this.#row(hash);
    out[off] += W[r]; out[off + 1] += W[r + 1]; out[off + 2] += W[r + 2]; out[off + 3] += W[r + 3];
    out[off + 4] += W[r + 4]; out[off + 5] += W[r + 5]; out[off + 6] += W[r + 6];
  }

  #entry(word: string): Entry {
    let e = this.#cache.get(word);
    if (e !== undefined) return e;
    if (this.#cache.size >= this.#cacheLimit) this.#cache.clear();
    const info = wordInfo(word, this.#gazetteer, this.#clusters);
    const v = new Float64Array(BLOCKS);
    const own = info.own;
    for (let j = 0; j < own.length; j++) this.#add(v, OWN, own[j]);
    this.#add(v, AS_M1, mix(T.T_LM1, info.lex));
    this.#add(v, AS_M1, mix(T.T_SM1, info.shape));
    if (info.gaz) this.#add(v, AS_M1, mix(T.T_GM1, info.gaz));
    if (info.clu) this.#add(v, AS_M1, mix(T.T_CM1, info.clu));
    this.#add(v, AS_M2, mix(T.T_LM2, info.lex));
    this.#add(v, AS_M2, mix(T.T_SM2, info.shape));
    this.#add(v, AS_P1, mix(T.T_LP1, info.lex));
    this.#add(v, AS_P1, mix(T.T_SP1, info.shape));
    if (info.gaz) this.#add(v, AS_P1, mix(T.T_GP1, info.gaz));
    if (info.clu) this.#add(v, AS_P1, mix(T.T_CP1, info.clu));
    this.#add(v, AS_P2, mix(T.T_LP2, info.lex));
    this.#add(v, AS_P2, mix(T.T_SP2, info.shape));
    this.#add(v, HIST_O, mix(mix(T.T_P1W, 0), info.lex));
    this.#add(v, HIST_O, mix(mix(T.T_P1S, 0), info.shape));
    this.#add(v, SCL1, mix(mix(T.T_SCL, 1), info.lex));
    this.#add(v, SCL2, mix(mix(T.T_SCL, 2), info.lex));
    e = {
      info, v,
      biM: mix(T.T_BI_M, info.lex), biP: mix(T.T_BI_P, info.lex),
      stri: mix(T.T_STRI, info.shape), ls: mix(T.T_LS, info.lex), sl: mix(T.T_SL, info.shape),
    };
    this.#cache.set(word, e);
    return e;
  }

  /** Greedy BIO-constrained labels of one sentence into `res` (see `NerModel.tagWords`). */
  tag(words: readonly string[], res: Uint8Array): void {
    const n = words.length;
    const ents = this.#ents;
    ents.length = n;
    for (let i = 0; i < n; i++) ents[i] = this.#entry(words[i]);
    // Sentence casing: 0 ordinary, 1 no capital after the first word (web text), 2 mostly capitals.
    let words0 = 0, capsN = 0, titleN = 0;
    for (let i = 0; i < n; i++) {
      const c = ents[i].info.cls;
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
    const EOS = T.EOS;
    for (let i = 0; i < n; i++) {
      const e = ents[i], v = e.v, w = e.info, o = i * L;
      const m1 = i > 0 ? ents[i - 1] : null;
      const nx = i + 1 < n ? ents[i + 1] : null;
      const lp1 = nx ? nx.info.lex : EOS, sp1 = nx ? nx.info.shape : EOS;
      const r1 = this.#row(mix(m1 ? m1.biM : this.#bosBiM, w.lex));
      const r2 = this.#row(mix(e.biP, lp1));
      const r3 = this.#row(mix(mix(m1 ? m1.stri : this.#bosStri, w.shape), sp1));
      const r4 = this.#row(mix(m1 ? m1.ls : this.#bosLs, w.shape));
      const r5 = this.#row(mix(e.sl, lp1));
      const a = m1 ? m1.v : bos, ao = m1 ? AS_M1 : 0;
      const b = i > 1 ? ents[i - 2].v : bos, bo = i > 1 ? AS_M2 : L;
      const c = nx ? nx.v : bos, co = nx ? AS_P1 : 2 * L;
      const d = i + 2 < n ? ents[i + 2].v : bos, dof = i + 2 < n ? AS_P2 : 3 * L;
      const k3 = ((m1 ? m1.info.cls : 5) * 64 + w.cls * 8 + (nx ? nx.info.cls : 5)) * L;
      for (let l = 0; l < L; l++) {
        S[o + l] = v[l] + a[ao + l] + b[bo + l] + c[co + l] + d[dof + l] + W[r1 + l] + W[r2 + l] + W[r3 + l] + W[r4 + l] + W[r5 + l] + cls3[k3 + l];
      }
      if (i === 0) addBlock(S, o, this.#init, w.cls * L);
      if (sc !== 0) {
        addBlock(S, o, this.#sc, (sc * 8 + w.cls) * L);
        addBlock(S, o, v, sc === 1 ? SCL1 : SCL2);
      }
    }
    // Phase 2: greedy decoding, adding the label-history features.
    const s = this.#s, hist = this.#hist;
    let p1: number = START, p2: number = START;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      s[0] = S[o]; s[1] = S[o + 1]; s[2] = S[o + 2]; s[3] = S[o + 3]; s[4] = S[o + 4]; s[5] = S[o + 5]; s[6] = S[o + 6];
      addBlock(s, 0, hist, (p1 * 8 + p2) * L);
      if (p1 === 0) addBlock(s, 0, ents[i].v, HIST_O);
      else {
        const w = ents[i].info;
        this.#add(s, 0, mix(mix(T.T_P1W, p1), w.lex));
        this.#add(s, 0, mix(mix(T.T_P1S, p1), w.shape));
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
