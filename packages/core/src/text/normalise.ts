/**
 * `normalise`: a view of the text with NFKC, straight quote marks, ASCII dashes and spaces,
 * zero-width characters removed and broken MT hyphenation ("high -ranking") repaired, plus
 * an offset map back to the original. The original is never rewritten. Text that needs no
 * change (most ASCII text) is detected in one scan of char codes and allocates nothing.
 */
import { Ch, charClass, isLetterClass } from "./chars.js";
import type { NormalView } from "./types.js";

const Keep = 1;
const Replace = 2;
const Remove = 3;
const Multi = 4;
const Mark = 5;
const Surrogate = 6;

/** What to do with each BMP char code (0 = not yet decided). */
const action = new Uint8Array(65536);
/** Replacement code unit for `Replace`. */
const replacement = new Uint16Array(65536);
/** Replacement strings for `Multi` (NFKC expansions such as `…` → `...`). */
const multi = new Map<number, string>();

const DOUBLE_QUOTES = [0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x301d, 0x301e];
const SINGLE_QUOTES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2039, 0x203a, 0x2032];
const DASHES = [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63, 0xff0d];
const REMOVED = [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad];
const NEWLINES = [0x2028, 0x2029, 0x0085];

function setReplace(codes: number[], to: number): void {
  for (const c of codes) {
    action[c] = Replace;
    replacement[c] = to;
  }
}
for (let c = 0; c < 128; c++) action[c] = Keep;
setReplace(DOUBLE_QUOTES, 34);
setReplace(SINGLE_QUOTES, 39);
setReplace(DASHES, 45);
setReplace(NEWLINES, 10);
for (const c of REMOVED) action[c] = Remove;

function decide(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return (action[c] = Surrogate);
  const k = charClass(c);
  if (k === Ch.Mark) return (action[c] = Mark);
  if (k === Ch.Space) {
    replacement[c] = 32;
    return (action[c] = Replace);
  }
  const ch = String.fromCharCode(c);
  const nf = ch.normalize("NFKC");
  if (nf === ch) return (action[c] = Keep);
  if (nf.length === 0) return (action[c] = Remove);
  if (nf.length === 1) {
    const r = nf.charCodeAt(0);
    replacement[c] = action[r] === Replace ? replacement[r] : r;
    return (action[c] = Replace);
  }
  // Expansions that would split into several tokens at one original offset (½ → 1⁄2,
  // ⑴ → (1)) are kept: only word-like expansions (ﬁ → fi, ㎞ → km) and runs (… → ...) apply.
  if (!isWordString(nf) && nf !== nf[0].repeat(nf.length)) return (action[c] = Keep);
  multi.set(c, nf);
  return (action[c] = Multi);
}

function isWordString(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const k = charClass(s.charCodeAt(i));
    if (k < Ch.Upper || k > Ch.Digit) return false;
  }
  return true;
}

function actionOf(c: number): number {
  const a = action[c];
  return a !== 0 ? a : decide(c);
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** "high -ranking": a letter, one space, a hyphen glued to the next letter. */
function isBrokenHyphen(text: string, i: number): boolean {
  if (i === 0 || i + 2 >= text.length || !isHyphen(text.charCodeAt(i + 1))) return false;
  return isLetterClass(charClass(text.charCodeAt(i - 1))) && isLetterClass(charClass(text.charCodeAt(i + 2)));
}

class View implements NormalView {
  readonly text: string;
  readonly map: Int32Array | null;
  readonly #ends: Int32Array | null;
  constructor(text: string, map: Int32Array | null, ends: Int32Array | null) {
    this.text = text;
    this.map = map;
    this.#ends = ends;
  }
  orig(i: number): number {
    return this.map === null ? i : this.map[i];
  }
  origEnd(i: number): number {
    if (this.map === null) return i;
    return i === 0 ? this.map[0] : this.#ends![i - 1];
  }
}

/** Index of the first char that normalisation changes, or -1. */
function firstChange(text: string): number {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 39) {
        if (i + 1 < n && text.charCodeAt(i + 1) === 39) return i;
      } else if (c === 96) return i;
      else if (c === 32 && i + 1 < n && text.charCodeAt(i + 1) === 45 && isBrokenHyphen(text, i)) return i;
    } else {
      const a = actionOf(c);
      if (a !== Keep) return i;
    }
  }
  return -1;
}

/**
 * Normalise a text into a view with an offset map back to the original.
 * @example normalise("high -ranking “talks”").text === 'high-ranking "talks"'
 */
export function normalise(text: string): NormalView {
  const first = firstChange(text);
  if (first < 0) return new View(text, null, null);
  return new Builder(text).run(first);
}

class Builder {
  readonly src: string;
  pieces: string[] = [];
  map: Int32Array;
  ends: Int32Array;
  len = 0;
  runStart = 0;
  constructor(src: string) {
    this.src = src;
    this.map = new Int32Array(src.length + 16);
    this.ends = new Int32Array(src.length + 16);
  }

  /** Copy the unchanged run [runStart, to) into the output. */
  flush(to: number): void {
    const from = this.runStart;
    if (to > from) {
      this.pieces.push(this.src.slice(from, to));
      this.reserve(to - from);
      const map = this.map;
      const ends = this.ends;
      let k = this.len;
      for (let i = from; i < to; i++, k++) {
        map[k] = i;
        ends[k] = i + 1;
      }
      this.len = k;
    }
  }

  reserve(extra: number): void {
    if (this.len + extra + 1 <= this.map.length) return;
    let size = this.map.length * 2;
    while (size < this.len + extra + 1) size *= 2;
    const map = new Int32Array(size);
    map.set(this.map.subarray(0, this.len));
    const ends = new Int32Array(size);
    ends.set(this.ends.subarray(0, this.len));
    this.map = map;
    this.ends = ends;
  }

  /** Replace src[i, j) by `out` (possibly empty). */
  emit(i: number, j: number, out: string): void {
    this.flush(i);
    if (out.length > 0) {
      this.pieces.push(out);
      this.reserve(out.length);
      for (let k = 0; k < out.length; k++) {
        this.map[this.len] = i;
        this.ends[this.len++] = j;
      }
    }
    this.runStart = j;
  }

  /** A base char at i followed by combining marks: NFKC the cluster. Returns its end. */
  cluster(i: number, j: number): number {
    const src = this.src;
    while (j < src.length && actionOf(src.charCodeAt(j)) === Mark) j++;
    const part = src.slice(i, j);
    const nf = part.normalize("NFKC");
    if (nf !== part) this.emit(i, j, nf);
    return j;
  }

  run(first: number): NormalView {
    const src = this.src;
    const n = src.length;
    let i = first;
    while (i < n) {
      const c = src.charCodeAt(i);
      const next = i + 1 < n ? src.charCodeAt(i + 1) : 0;
      if (c < 128) {
        if (c === 39 && next === 39) {
          this.emit(i, i + 2, '"');
          i += 2;
        } else if (c === 96) {
          const pair = next === 96;
          this.emit(i, pair ? i + 2 : i + 1, pair ? '"' : "'");
          i += pair ? 2 : 1;
        } else if (c === 32 && isHyphen(next) && isBrokenHyphen(src, i)) {
          this.emit(i, i + 1, "");
          i++;
        } else if (next >= 0x300 && actionOf(next) === Mark) {
          i = this.cluster(i, i + 1);
        } else i++;
        continue;
      }
      const a = actionOf(c);
      if (a === Keep || a === Mark) {
        if (a === Mark || (next >= 0x300 && actionOf(next) === Mark)) i = this.cluster(i, i + 1);
        else i++;
      } else if (a === Replace) {
        this.emit(i, i + 1, String.fromCharCode(replacement[c]));
        i++;
      } else if (a === Remove) {
        this.emit(i, i + 1, "");
        i++;
      } else if (a === Multi) {
        this.emit(i, i + 1, multi.get(c)!);
        i++;
      } else {
        // Surrogate: NFKC the whole code point (with any marks after it).
        const j = c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? i + 2 : i + 1;
        i = this.cluster(i, j);
      }
    }
    this.flush(n);
    this.reserve(0);
    this.map[this.len] = n;
    this.ends[this.len] = n;
    const out = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join("");
    return new View(out, this.map.subarray(0, this.len + 1), this.ends.subarray(0, this.len + 1));
  }
}
