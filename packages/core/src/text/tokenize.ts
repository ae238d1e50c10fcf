/**
 * `tokenize`: one pass over the char codes of the normalised text, writing token columns
 * into typed arrays (grown by doubling). Offsets are mapped back to the ORIGINAL text;
 * token strings (`norm`, `lower`) are made only when asked for, and cached.
 */
import { ABBREV_MAX, abbreviationKind } from "./abbreviations.js";
import { Ch, charClass, charTable, classifyPoint } from "./chars.js";
import { normalise } from "./normalise.js";
import { TokenFlag, TokenKind, type NormalView, type Tokens } from "./types.js";

// Local copies: module bindings compiled to CommonJS become getters, too slow per char.
const { Upper, Letter, Digit, Space, Newline, Punct, HighSurrogate, Control } = Ch;
const Mark: number = Ch.Mark;
const table: Uint8Array = charTable;
const K = { ...TokenKind };
const F = { ...TokenFlag };

function cls(c: number): number {
  const k = table[c];
  return k !== 0 ? k : charClass(c);
}
function isWord(k: number): boolean {
  return k >= Upper && k <= Digit;
}
function isLetter(k: number): boolean {
  return k >= Upper && k <= Letter;
}
function isSpace(k: number): boolean {
  return k === Space || k === Newline || k === Control;
}

/** Original quote marks that open by their shape. */
function opensByShape(c: number): boolean {
  return c === 0x201c || c === 0x201e || c === 0x201f || c === 0xab || c === 0x2039 || c === 0x2018 ||
    c === 0x201a || c === 0x201b || c === 0x60 || c === 0x301d;
}
/** Original quote marks that close by their shape. */
function closesByShape(c: number): boolean {
  return c === 0x201d || c === 0xbb || c === 0x203a || c === 0x2019 || c === 0x301e;
}

class TokenList implements Tokens {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint16Array;
  /** Offsets in the normalised text (the same arrays as start/end when nothing changed). */
  nStart: Int32Array;
  nEnd: Int32Array;
  readonly #source: string;
  readonly #view: NormalView;
  #norm: (string | undefined)[] | null = null;
  #lower: (string | undefined)[] | null = null;

  constructor(source: string, view: NormalView, capacity: number) {
    this.#source = source;
    this.#view = view;
    this.nStart = this.start = new Int32Array(capacity);
    this.nEnd = this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint16Array(capacity);
  }

  push(s: number, e: number, kind: number, flags: number): void {
    if (this.count === this.kind.length) this.grow();
    const t = this.count++;
    this.nStart[t] = s;
    this.nEnd[t] = e;
    this.kind[t] = kind;
    this.flags[t] = flags;
  }

  grow(): void {
    const size = this.kind.length * 2;
    const a = new Int32Array(size);
    a.set(this.nStart);
    const b = new Int32Array(size);
    b.set(this.nEnd);
    const k = new Uint8Array(size);
    k.set(this.kind);
    const f = new Uint16Array(size);
    f.set(this.flags);
    this.nStart = this.start = a;
    this.nEnd = this.end = b;
    this.kind = k;
    this.flags = f;
  }

  /** Trim the columns and map normalised offsets back to the original. */
  finish(): this {
    const n = this.count;
    this.nStart = this.nStart.subarray(0, n);
    this.nEnd = this.nEnd.subarray(0, n);
    this.kind = this.kind.subarray(0, n);
    this.flags = this.flags.subarray(0, n);
    const view = this.#view;
    if (view.map === null) {
      this.start = this.nStart;
      this.end = this.nEnd;
    } else {
      const map = view.map;
      this.start = new Int32Array(n);
      this.end = new Int32Array(n);
      for (let t = 0; t < n; t++) {
        this.start[t] = map[this.nStart[t]];
        this.end[t] = view.origEnd(this.nEnd[t]);
      }
    }
    return this;
  }

  norm(i: number): string {
    const cache = (this.#norm ??= new Array(this.count));
    return (cache[i] ??= this.#view.text.slice(this.nStart[i], this.nEnd[i]));
  }

  lower(i: number): string {
    const cache = (this.#lower ??= new Array(this.count));
    return (cache[i] ??= this.norm(i).toLowerCase());
  }

  text(i: number): string {
    return this.#source.slice(this.start[i], this.end[i]);
  }

  has(i: number, flag: number): boolean {
    return (this.flags[i] & flag) !== 0;
  }
}

/**
 * Tokenize a text (normalising it first unless its view is given).
 * @example const tokens = tokenize("Putin’s “deal”"); tokens.norm(1) === "'s"
 */
export function tokenize(text: string, view: NormalView = normalise(text)): Tokens {
  return new Scanner(text, view).run();
}

class Scanner {
  readonly text: string;
  readonly view: NormalView;
  readonly s: string;
  readonly n: number;
  readonly out: TokenList;

  constructor(text: string, view: NormalView) {
    this.text = text;
    this.view = view;
    this.s = view.text;
    this.n = this.s.length;
    this.out = new TokenList(text, view, (this.n >> 2) + 16);
  }

  run(): Tokens {
    const s = this.s;
    const n = this.n;
    const out = this.out;
    let pend = 0;
    let i = 0;
    while (i < n) {
      const c = s.charCodeAt(i);
      let k = table[c];
      if (k === 0) k = charClass(c);
      if (k === Space || k === Control) {
        pend |= F.SpaceBefore;
        i++;
        continue;
      }
      if (k === Newline) {
        pend |= F.SpaceBefore | F.NewlineBefore;
        i++;
        continue;
      }
      if (k <= Digit || (k === HighSurrogate && this.astralWordAt(i))) {
        i = this.word(i, k, pend);
      } else if (c === 34 || c === 39) {
        i = this.quote(i, c, pend);
      } else if (c === 46 || c === 33 || c === 63) {
        let j = i + 1;
        while (j < n) {
          const d = s.charCodeAt(j);
          if (d !== 46 && d !== 33 && d !== 63) break;
          j++;
        }
        out.push(i, j, K.Punct, pend);
        i = j;
      } else if (c === 45) {
        let j = i + 1;
        while (j < n && s.charCodeAt(j) === 45) j++;
        out.push(i, j, K.Punct, pend);
        i = j;
      } else if ((c === 64 || c === 35) && i + 1 < n && this.tagChar(s.charCodeAt(i + 1))) {
        let j = i + 1;
        while (j < n && this.tagChar(s.charCodeAt(j))) j++;
        out.push(i, j, c === 64 ? K.Handle : K.Hashtag, pend);
        i = j;
      } else if (k === HighSurrogate && i + 1 < n) {
        out.push(i, i + 2, K.Symbol, pend);
        i += 2;
      } else {
        out.push(i, i + 1, k === Punct ? K.Punct : K.Symbol, pend);
        i++;
      }
      pend = 0;
    }
    return out.finish();
  }

  tagChar(c: number): boolean {
    return c === 95 || (c < 128 ? isWord(table[c]) : isWord(cls(c)));
  }

  astralWordAt(i: number): boolean {
    const cp = this.s.codePointAt(i)!;
    return cp > 0xffff && isWord(classifyPoint(cp));
  }

  /** A word, number, URL, email or abbreviation starting at i; returns its end. */
  word(i: number, k0: number, pend: number): number {
    const s = this.s;
    const n = this.n;
    const c0 = s.charCodeAt(i);
    if ((c0 === 104 && (s.startsWith("http://", i) || s.startsWith("https://", i))) ||
        (c0 === 119 && s.startsWith("www.", i) && i + 4 < n && isWord(cls(s.charCodeAt(i + 4))))) {
      return this.url(i, pend);
    }
    let letters = 0;
    let uppers = 0;
    let dotted = false;
    let kind: number = K.Word;
    let j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      let k = table[c];
      if (k === 0) k = charClass(c);
      if (k <= Digit && k !== 0) {
        if (k === Upper) {
          letters++;
          uppers++;
        } else if (k !== Digit && k !== Mark) letters++;
        j++;
        continue;
      }
      if (k === HighSurrogate) {
        if (j + 1 < n && this.astralWordAt(j)) {
          letters++;
          j += 2;
          continue;
        }
        break;
      }
      if (j === i || j + 1 >= n) break;
      const nc = s.charCodeAt(j + 1);
      const nk = cls(nc);
      const pk = cls(s.charCodeAt(j - 1));
      if (c === 45) {
        // Hyphenated word (high-ranking, Trump-Putin, COVID-19).
        if (isWord(nk)) {
          j++;
          continue;
        }
      } else if (c === 39) {
        // Contraction (don't, O'Malley) but not a possessive 's.
        if (isLetter(nk) && isLetter(pk)) {
          if ((nc === 115 || nc === 83) && (j + 2 >= n || !isWord(cls(s.charCodeAt(j + 2))))) break;
          j++;
          continue;
        }
      } else if (c === 46) {
        if (pk === Digit && nk === Digit) {
          j++;
          continue;
        }
        // Dotted abbreviation: U.S., a.m., U.N. (single letters between periods).
        if (isLetter(pk) && isLetter(nk) && (j - 1 === i || s.charCodeAt(j - 2) === 46) &&
            j + 2 < n && s.charCodeAt(j + 2) === 46) {
          dotted = true;
          j += 2;
          continue;
        }
      } else if (c === 44) {
        // Thousands separator: 1,000 and 12,500,000.
        if (pk === Digit && j + 3 < n + 0 && cls(s.charCodeAt(j + 1)) === Digit &&
            cls(s.charCodeAt(j + 2)) === Digit && cls(s.charCodeAt(j + 3)) === Digit &&
            (j + 4 >= n || cls(s.charCodeAt(j + 4)) !== Digit)) {
          j += 4;
          continue;
        }
      } else if (c === 64) {
        const e = this.emailEnd(j);
        if (e > 0) {
          j = e;
          kind = K.Email;
          break;
        }
      } else if (c === 37 && pk === Digit && letters === 0) {
        j++;
        break;
      }
      break;
    }
    let flags = pend;
    if (k0 === Upper) flags |= F.Upper;
    if (letters >= 2 && uppers === letters) flags |= F.AllCaps;
    if (kind === K.Word && letters === 0 && k0 === Digit) kind = K.Number;
    // An abbreviation keeps its period.
    if (kind === K.Word && j < n && s.charCodeAt(j) === 46 && (j + 1 >= n || s.charCodeAt(j + 1) !== 46)) {
      const len = j - i;
      if (dotted || (len === 1 && k0 === Upper)) {
        flags |= F.Abbreviation;
        j++;
      } else if (len <= ABBREV_MAX && letters === len && this.isAbbreviation(i, j, k0)) {
        flags |= F.Abbreviation;
        j++;
      }
    }
    const out = this.out;
    out.push(i, j, kind, flags);
    // Possessive: Putin's, allies'.
    if (j < n && s.charCodeAt(j) === 39 && kind === K.Word) {
      const nc = j + 1 < n ? s.charCodeAt(j + 1) : 32;
      if ((nc === 115 || nc === 83) && (j + 2 >= n || !isWord(cls(s.charCodeAt(j + 2))))) {
        out.push(j, j + 2, K.Possessive, 0);
        return j + 2;
      }
      const last = s.charCodeAt(j - 1);
      if ((last === 115 || last === 83) && !isWord(cls(nc)) && !this.closesQuote(j)) {
        out.push(j, j + 1, K.Possessive, 0);
        return j + 1;
      }
    }
    return j;
  }

  /** A ' after a word ending in s closes a quote only when an open single quote precedes. */
  closesQuote(j: number): boolean {
    const out = this.out;
    for (let t = out.count - 1; t >= 0 && t >= out.count - 60; t--) {
      if (out.kind[t] === K.Quote && (out.flags[t] & F.QuoteDouble) === 0) {
        return (out.flags[t] & F.QuoteOpen) !== 0;
      }
      if ((out.flags[t] & F.NewlineBefore) !== 0) break;
    }
    void j;
    return false;
  }

  isAbbreviation(i: number, j: number, k0: number): boolean {
    const key = this.s.slice(i, j).toLowerCase();
    const kind = abbreviationKind(key);
    if (kind === 0) return false;
    if (key === "no" || key === "nos") {
      // "No. 10" only: "said no." ends a sentence.
      if (k0 !== Upper) return false;
      let m = j + 1;
      while (m < this.n && this.s.charCodeAt(m) === 32) m++;
      return m < this.n && cls(this.s.charCodeAt(m)) === Digit;
    }
    return true;
  }

  /** End of an email whose @ is at j, or 0. */
  emailEnd(j: number): number {
    const s = this.s;
    let m = j + 1;
    let dots = 0;
    while (m < this.n) {
      const c = s.charCodeAt(m);
      if (c === 46 || c === 45) {
        if (m + 1 < this.n && isWord(cls(s.charCodeAt(m + 1)))) {
          if (c === 46) dots++;
          m++;
          continue;
        }
        break;
      }
      if (!isWord(cls(c))) break;
      m++;
    }
    return dots > 0 && m > j + 3 ? m : 0;
  }

  url(i: number, pend: number): number {
    const s = this.s;
    let j = i;
    let parens = 0;
    while (j < this.n) {
      const c = s.charCodeAt(j);
      if (c <= 32 || c === 34 || c === 60 || c === 62) break;
      const k = cls(c);
      if (k === Space || k === Newline) break;
      if (c === 40) parens++;
      else if (c === 41) parens--;
      j++;
    }
    while (j > i) {
      const c = s.charCodeAt(j - 1);
      if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 39 || (c === 41 && parens < 0)) {
        if (c === 41) parens++;
        j--;
      } else break;
    }
    this.out.push(i, j, K.Url, pend);
    return j;
  }

  /** A quotation mark (or a stray apostrophe) at i. */
  quote(i: number, c: number, pend: number): number {
    const s = this.s;
    const n = this.n;
    const p = i > 0 ? s.charCodeAt(i - 1) : 32;
    const nc = i + 1 < n ? s.charCodeAt(i + 1) : 32;
    const pk = cls(p);
    const nk = cls(nc);
    const openCtx = isSpace(pk) || p === 40 || p === 91 || p === 123 || p === 45 || p === 34 || p === 39 || i === 0;
    const closeCtx = isSpace(nk) || i + 1 >= n || nc === 46 || nc === 44 || nc === 59 || nc === 58 || nc === 33 ||
      nc === 63 || nc === 41 || nc === 93 || nc === 125 || nc === 34 || nc === 39 || nc === 45;
    let flags = pend | (c === 34 ? F.QuoteDouble : 0);
    if (openCtx && !closeCtx) flags |= F.QuoteOpen;
    else if (closeCtx && !openCtx) flags |= F.QuoteClose;
    else {
      const map = this.view.map;
      const o = map === null ? c : this.text.charCodeAt(map[i]);
      if (opensByShape(o)) flags |= F.QuoteOpen;
      else if (closesByShape(o) || (o === 39 && c === 34)) flags |= F.QuoteClose;
    }
    this.out.push(i, i + 1, K.Quote, flags);
    return i + 1;
  }
}
