/**
 * Feature extraction for the entity tagger, built for speed: every feature is a 32-bit
 * hash of (template, value) folded into a table of 2^bits rows, so nothing is looked up
 * by string and no feature string is ever built. What depends on the word alone (lower
 * form, shape, affixes, flags, gazetteer bits) is hashed once per distinct word and
 * cached; context features combine the cached hashes of the neighbours with integer
 * mixing. Changing anything here changes the model format: bump FEATURES_VERSION.
 */

export const FEATURES_VERSION = "ner-features/2";

/**
 * A gazetteer hook: given a lower-cased, normalised word, a bitmask of what the knowledge
 * base knows about it (bit 0 = country, bit 1 = demonym, ...: the meaning of each bit is
 * the KB's, the model only needs it stable between training and inference). 0 = nothing.
 */
export type GazetteerHook = (lower: string) => number;

/**
 * A word-cluster hook: given the lower-cased word with digits folded to 0, its cluster
 * (1 + coarse × 64 + fine), or 0 for none. See `scripts/ner/clusters.ts`.
 */
export type ClusterHook = (folded: string) => number;

/** What is cached per distinct word. */
export interface WordInfo {
  /** Hash of the lower-cased form (digits folded to 0). */
  readonly lex: number;
  /** Hash of the collapsed shape (Xx, X.X., d). */
  readonly shape: number;
  /** Capitalisation class: 0 lower, 1 Title, 2 CAPS, 3 digits, 4 other. */
  readonly cls: number;
  /** Gazetteer bitmask (0 without a hook). */
  readonly gaz: number;
  /** Cluster (0 = none). */
  readonly clu: number;
  /** Hashes of the word-only features (already mixed with their template). */
  readonly own: Int32Array;
  /** `own[0, ownShared)` are not lexical (shape, class, gazetteer, cluster, …): they get register copies. */
  readonly ownShared: number;
}

// Template seeds: arbitrary odd constants, one per template. `scorer.ts` (the inference
// fast path) rebuilds the same rows from `TEMPLATES`: keep the two in step.
const T = (id: number): number => fmix(Math.imul(id + 0x51ed27, 0x9e3779b1));
const T_BIAS = T(1), T_LOWER = T(2), T_SHAPE = T(3), T_PRE = T(4), T_SUF = T(5), T_CLS = T(6);
const T_HYPH = T(7), T_DIGIT = T(8), T_PERIOD = T(9), T_GAZ = T(10), T_LEN = T(11);
const T_INIT = T(20), T_LM2 = T(21), T_LM1 = T(22), T_LP1 = T(23), T_LP2 = T(24);
const T_SM2 = T(25), T_SM1 = T(26), T_SP1 = T(27), T_SP2 = T(28), T_BI_M = T(29), T_BI_P = T(30);
const T_STRI = T(31), T_GM1 = T(32), T_GP1 = T(33), T_CLS3 = T(34);
const T_LS = T(35), T_SL = T(36), T_WORD = T(37);
const T_SC = T(44), T_SCL = T(45), T_GAZC = T(46), T_CC = T(47), T_CF = T(48), T_CM1 = T(49), T_CP1 = T(50), T_CCLS = T(51);
const T_P1 = T(40), T_P12 = T(41), T_P1W = T(42), T_P1S = T(43);

/**
 * Register seeds for domain-conjoined copies (after Daumé 2007, "frustratingly easy domain
 * adaptation"): in the "web" register, every non-lexical feature row h also fires as
 * mix(h, seed), so the weights learn a shared part and a web correction. "news" has no
 * copies (seed 0): with 40× more news than web in training, symmetric news copies only
 * doubled the shared weights (measured: UNER dev holdout 0.669 vs 0.672 without registers).
 * Index = register id (0: none).
 */
export const REGISTER_SEEDS: readonly number[] = [0, 0, T(61)];
/** Register ids (the `register` argument of `prepare` / `historyRows`). */
export const REGISTER_NONE = 0, REGISTER_NEWS = 1, REGISTER_WEB = 2;

/** Hash of the absent word before the start / after the end of the sentence. */
const BOS = T(90), EOS = T(91);

/** The context and history template seeds, for `scorer.ts`. */
export const TEMPLATES = {
  T_INIT, T_LM2, T_LM1, T_LP1, T_LP2, T_SM2, T_SM1, T_SP1, T_SP2, T_BI_M, T_BI_P, T_STRI, T_GM1, T_GP1, T_CLS3,
  T_LS, T_SL, T_SC, T_SCL, T_CM1, T_CP1, T_P1, T_P12, T_P1W, T_P1S, BOS, EOS,
} as const;

/** murmur3's 32-bit finaliser. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Combine a template (or previous hash) with a value. */
export function mix(a: number, b: number): number {
  return fmix(a ^ Math.imul(b, 0x9e3779b1));
}

/** FNV-1a over s[from, to). */
function fnv(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const QUOTE_FORMS: Readonly<Record<string, string>> = {
  "``": '"', "''": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2039": "'", "\u203a": "'", "`": "'",
  "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
};

/**
 * Fold corpus and tokenizer variants to one form: PTB quotes and brackets, curly quotes
 * and apostrophes (so `’s` = `'s`, `don’t` = `don't`).
 */
export function normaliseWord(word: string): string {
  const q = QUOTE_FORMS[word];
  if (q !== undefined) return q;
  return word.indexOf("\u2019") >= 0 ? word.replace(/\u2019/g, "'") : word;
}

function isUpper(c: number, ch: string): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(c: number, ch: string): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 128) return false;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The shape of a word: X for upper, x for lower, d for digit, others kept; runs capped at `maxRun`. */
export function wordShape(word: string, maxRun: number): string {
  let out = "";
  let last = "";
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const ch = word[i];
    const s = c >= 48 && c <= 57 ? "d" : isUpper(c, ch) ? "X" : isLower(c, ch) ? "x" : ch;
    if (s === last) {
      if (++run > maxRun) continue;
    } else {
      last = s;
      run = 1;
    }
    out += s;
  }
  return out;
}

/** Compute the cached per-word information. */
export function wordInfo(raw: string, gazetteer: GazetteerHook | undefined, clusters?: ClusterHook): WordInfo {
  const word = normaliseWord(raw);
  const lower = word.toLowerCase();
  const folded = /\d/.test(lower) ? lower.replace(/\d/g, "0") : lower;
  const lex = fnv(folded, 0, folded.length);
  const shapeLong = wordShape(word, 4);
  const shapeShort = wordShape(word, 1);
  const shape = fnv(shapeShort, 0, shapeShort.length);
  let letters = 0, uppers = 0, digits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (isUpper(c, word[i])) { uppers++; letters++; }
    else if (isLower(c, word[i])) letters++;
  }
  const first = word.charCodeAt(0);
  const cls = letters === 0
    ? (digits > 0 ? 3 : 4)
    : uppers === 0 ? 0 : isUpper(first, word[0]) ? (uppers === letters && letters > 1 ? 2 : 1) : 4;
  const gaz = gazetteer ? gazetteer(lower) | 0 : 0;
  const clu = clusters ? clusters(folded) | 0 : 0;

  // Register-copied features first (what the word looks like, not its letters), then the
  // lexical ones (its form, prefixes and suffixes).
  const own: number[] = [T_BIAS, mix(T_SHAPE, fnv(shapeLong, 0, shapeLong.length)), mix(T_CLS, cls)];
  const n = lower.length;
  own.push(mix(T_LEN, n > 6 ? 7 : n));
  if (word.indexOf("-") > 0) own.push(T_HYPH);
  if (digits > 0) own.push(T_DIGIT);
  if (word.length > 1 && word.indexOf(".") >= 0) own.push(T_PERIOD);
  for (let b = 0; b < 31 && gaz >>> b; b++) if ((gaz >>> b) & 1) own.push(mix(T_GAZ, b), mix(T_GAZC, b * 8 + cls));
  if (clu) own.push(mix(T_CC, (clu - 1) >> 6), mix(T_CF, clu), mix(T_CCLS, clu * 8 + cls));
  const ownShared = own.length;
  own.push(mix(T_LOWER, lex), mix(T_WORD, fnv(word, 0, word.length)));
  // Prefixes and suffixes 1–4 of the lower form, hashed incrementally.
  let hp = 0x811c9dc5, hs = 0x811c9dc5;
  for (let k = 0; k < 4 && k < n; k++) {
    hp = Math.imul(hp ^ lower.charCodeAt(k), 0x01000193);
    hs = Math.imul(hs ^ lower.charCodeAt(n - 1 - k), 0x01000193);
    if (k < n - 1) own.push(mix(T_PRE + k, hp), mix(T_SUF + k, hs));
  }
  return { lex, shape, cls, gaz, clu, own: Int32Array.from(own), ownShared };
}

/** Most features at one position (word-only + context); label features are extra. */
const MAX_CONTEXT = 24;

/**
 * Turns a sentence into per-position lists of table rows. One extractor per model or
 * trainer; reuse it across sentences (its buffers grow as needed).
 */
export class FeatureExtractor {
  readonly bits: number;
  readonly mask: number;
  readonly gazetteer: GazetteerHook | undefined;
  readonly clusters: ClusterHook | undefined;
  /** Row indices (bucket, not multiplied by the label count) for all positions. */
  rows = new Int32Array(1024);
  /** `rows[offs[i] .. offs[i+1])` are position i's rows. */
  offs = new Int32Array(65);
  /** `rows[copyStart[i] .. offs[i+1])` are the register copies among them (none without a register). */
  copyStart = new Int32Array(64);
  /** Per-position cached word info of the last prepared sentence. */
  infos: WordInfo[] = [];
  readonly #cache = new Map<string, WordInfo>();
  readonly #cacheLimit: number;

  constructor(bits: number, gazetteer?: GazetteerHook, cacheLimit = 200_000, clusters?: ClusterHook) {
    this.bits = bits;
    this.clusters = clusters;
    this.mask = (1 << bits) - 1;
    this.gazetteer = gazetteer;
    this.#cacheLimit = cacheLimit;
  }

  info(word: string): WordInfo {
    let wi = this.#cache.get(word);
    if (wi === undefined) {
      if (this.#cache.size >= this.#cacheLimit) this.#cache.clear();
      wi = wordInfo(word, this.gazetteer, this.clusters);
      this.#cache.set(word, wi);
    }
    return wi;
  }

  /**
   * Fill `rows` / `offs` for a sentence. With a register (`REGISTER_NEWS` / `REGISTER_WEB`),
   * the non-lexical rows (shape, class, casing, gazetteer, cluster: not the word's letters,
   * whose copies would only memorise the few sentences of a small register) are followed by
   * their register-conjoined copies (see `REGISTER_SEEDS`), after all the plain rows.
   */
  prepare(words: readonly string[], register = REGISTER_NONE): void {
    const n = words.length;
    const infos = this.infos;
    infos.length = n;
    for (let i = 0; i < n; i++) infos[i] = this.info(words[i]);
    if (this.offs.length < n + 1) this.offs = new Int32Array(2 * n + 1);
    if (this.copyStart.length < n) this.copyStart = new Int32Array(2 * n);
    const need = 2 * n * (MAX_CONTEXT + 48);
    if (this.rows.length < need) this.rows = new Int32Array(need);
    const rows = this.rows, offs = this.offs, mask = this.mask, seed = REGISTER_SEEDS[register];
    // Sentence casing: 0 ordinary, 1 no capital after the first word (web text), 2 mostly capitals.
    let words0 = 0, capsN = 0, titleN = 0;
    for (let i = 0; i < n; i++) {
      const c = infos[i].cls;
      if (c > 2) continue;
      words0++;
      if (c === 2) capsN++;
      else if (i > 0) titleN++;
    }
    const sc = words0 >= 3 && capsN * 2 > words0 ? 2 : words0 >= 3 && titleN === 0 && capsN === 0 ? 1 : 0;
    let k = 0;
    for (let i = 0; i < n; i++) {
      offs[i] = k;
      const w = infos[i];
      const own = w.own, ownShared = w.ownShared;
      const m1 = i > 0 ? infos[i - 1] : null;
      const m2 = i > 1 ? infos[i - 2] : null;
      const p1 = i + 1 < n ? infos[i + 1] : null;
      const p2 = i + 2 < n ? infos[i + 2] : null;
      const lm1 = m1 ? m1.lex : BOS, lm2 = m2 ? m2.lex : BOS, lp1 = p1 ? p1.lex : EOS, lp2 = p2 ? p2.lex : EOS;
      const sm1 = m1 ? m1.shape : BOS, sm2 = m2 ? m2.shape : BOS, sp1 = p1 ? p1.shape : EOS, sp2 = p2 ? p2.shape : EOS;
      // Non-lexical features first (they get register copies), then the lexical ones.
      for (let j = 0; j < ownShared; j++) rows[k++] = own[j];
      rows[k++] = mix(T_SM1, sm1);
      rows[k++] = mix(T_SM2, sm2);
      rows[k++] = mix(T_SP1, sp1);
      rows[k++] = mix(T_SP2, sp2);
      rows[k++] = mix(mix(mix(T_STRI, sm1), w.shape), sp1);
      rows[k++] = mix(T_CLS3, (m1 ? m1.cls : 5) * 64 + w.cls * 8 + (p1 ? p1.cls : 5));
      if (i === 0) rows[k++] = mix(T_INIT, w.cls);
      if (sc !== 0) rows[k++] = mix(T_SC, sc * 8 + w.cls);
      if (m1 && m1.gaz) rows[k++] = mix(T_GM1, m1.gaz);
      if (p1 && p1.gaz) rows[k++] = mix(T_GP1, p1.gaz);
      if (m1 && m1.clu) rows[k++] = mix(T_CM1, m1.clu);
      if (p1 && p1.clu) rows[k++] = mix(T_CP1, p1.clu);
      const shared = k;
      for (let j = ownShared; j < own.length; j++) rows[k++] = own[j];
      rows[k++] = mix(T_LM1, lm1);
      rows[k++] = mix(T_LM2, lm2);
      rows[k++] = mix(T_LP1, lp1);
      rows[k++] = mix(T_LP2, lp2);
      rows[k++] = mix(mix(T_BI_M, lm1), w.lex);
      rows[k++] = mix(mix(T_BI_P, w.lex), lp1);
      rows[k++] = mix(mix(T_LS, lm1), w.shape);
      rows[k++] = mix(mix(T_SL, w.shape), lp1);
      if (sc !== 0) rows[k++] = mix(mix(T_SCL, sc), w.lex);
      this.copyStart[i] = k;
      if (seed !== 0) for (let j = offs[i]; j < shared; j++) rows[k++] = mix(rows[j], seed);
      for (let j = offs[i]; j < k; j++) rows[j] &= mask;
    }
    offs[n] = k;
  }

  /**
   * The label-history rows at position i, given the previous two labels (use `N_LABELS`
   * for "before the sentence"): 4, then with a register the copies of the first 3 (label
   * bigram and trigram, label × shape; not label × word): `out` must hold 7. Returns how
   * many were written.
   */
  historyRows(i: number, prev1: number, prev2: number, out: Int32Array, register = REGISTER_NONE): number {
    const w = this.infos[i];
    const mask = this.mask, seed = REGISTER_SEEDS[register];
    out[0] = mix(T_P1, prev1);
    out[1] = mix(T_P12, prev1 * 16 + prev2);
    out[2] = mix(mix(T_P1S, prev1), w.shape);
    out[3] = mix(mix(T_P1W, prev1), w.lex);
    let n = 4;
    if (seed !== 0) for (let j = 0; j < 3; j++) out[n++] = mix(out[j], seed);
    for (let j = 0; j < n; j++) out[j] &= mask;
    return n;
  }

}
