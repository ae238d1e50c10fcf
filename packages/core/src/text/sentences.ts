/**
 * `segment`: paragraphs and sentences over the tokens. Paragraphs split at newlines
 * (news text has one paragraph per line) unless a line is clearly soft-wrapped; no
 * sentence crosses a paragraph. Sentences end at . ! ? … (absorbing closing quotes and
 * brackets) before an upper-case word, a number or an opening quote, with exceptions for
 * abbreviations, initials and speech tags. Datelines and bylines stand alone.
 * Sets the ParagraphStart and SentenceStart flags on the tokens.
 */
import { AbbrevKind, abbreviationKind, isSentenceStarter } from "./abbreviations.js";
import { Ch, charClass } from "./chars.js";
import { findDateline } from "./dateline.js";
import { TokenFlag, TokenKind, type Paragraphs, type Sentences, type Tokens } from "./types.js";

const K = { ...TokenKind };
const F = { ...TokenFlag };

/** Speech verbs after a closing quote that keep `"Why?" Trump asked.` one sentence. */
const SPEECH = new Set(["said", "says", "asked", "asks", "added", "adds", "told", "wrote", "writes", "replied", "continued", "insisted"]);

class Columns {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  tokStart: Int32Array;
  tokEnd: Int32Array;
  paragraph: Int32Array;
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.tokStart = new Int32Array(capacity);
    this.tokEnd = new Int32Array(capacity);
    this.paragraph = new Int32Array(capacity);
  }
  push(tokens: Tokens, a: number, b: number, paragraph: number): void {
    if (this.count === this.start.length) {
      const size = this.count * 2 + 8;
      const grow = (x: Int32Array): Int32Array => {
        const y = new Int32Array(size);
        y.set(x);
        return y;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.tokStart = grow(this.tokStart);
      this.tokEnd = grow(this.tokEnd);
      this.paragraph = grow(this.paragraph);
    }
    const i = this.count++;
    this.start[i] = tokens.start[a];
    this.end[i] = tokens.end[b - 1];
    this.tokStart[i] = a;
    this.tokEnd[i] = b;
    this.paragraph[i] = paragraph;
  }
}

class ParagraphList implements Paragraphs {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly tokStart: Int32Array;
  readonly tokEnd: Int32Array;
  constructor(c: Columns) {
    this.count = c.count;
    this.start = c.start.subarray(0, c.count);
    this.end = c.end.subarray(0, c.count);
    this.tokStart = c.tokStart.subarray(0, c.count);
    this.tokEnd = c.tokEnd.subarray(0, c.count);
  }
}

class SentenceList extends ParagraphList implements Sentences {
  readonly paragraph: Int32Array;
  readonly #ofToken: Int32Array;
  constructor(c: Columns, tokenCount: number) {
    super(c);
    this.paragraph = c.paragraph.subarray(0, c.count);
    const of = new Int32Array(tokenCount);
    for (let s = 0; s < this.count; s++) of.fill(s, this.tokStart[s], this.tokEnd[s]);
    this.#ofToken = of;
  }
  sentenceOf(t: number): number {
    return t >= 0 && t < this.#ofToken.length ? this.#ofToken[t] : -1;
  }
}

function isDash(c: number): boolean {
  return c === 45 || (c >= 0x2012 && c <= 0x2015) || c === 0x2212;
}
function isEnderChar(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}
/** Chars that end a line with terminal punctuation (so the next line is a new paragraph). */
function isTerminalChar(c: number): boolean {
  return isEnderChar(c) || c === 58 || c === 59 || c === 34 || c === 39 || c === 41 || c === 93 ||
    c === 0x201d || c === 0x2019 || c === 0xbb;
}

/**
 * Paragraphs and sentences of a tokenized text.
 * @example const { sentences } = segment(text, tokenize(text));
 */
export function segment(text: string, tokens: Tokens): { paragraphs: Paragraphs; sentences: Sentences } {
  return new Segmenter(text, tokens).run();
}

class Segmenter {
  readonly text: string;
  readonly tokens: Tokens;
  readonly paragraphs: Columns;
  readonly sentences: Columns;

  constructor(text: string, tokens: Tokens) {
    this.text = text;
    this.tokens = tokens;
    this.paragraphs = new Columns((tokens.count >> 6) + 8);
    this.sentences = new Columns((tokens.count >> 4) + 8);
  }

  run(): { paragraphs: Paragraphs; sentences: Sentences } {
    const { tokens, text } = this;
    const n = tokens.count;
    const dateline = findDateline(text);
    let a = 0;
    let bylinePara = n > 0 && this.isByline(0);
    for (let t = 1; t < n; t++) {
      let cut = false;
      if (tokens.flags[t] & F.NewlineBefore) {
        const byline = this.isByline(t);
        cut = byline || bylinePara || this.newlines(tokens.end[t - 1], tokens.start[t]) >= 2 || !this.softWrap(t);
        if (cut) bylinePara = byline;
      }
      if (!cut && dateline !== null && tokens.start[t] >= dateline.end && tokens.start[t - 1] < dateline.end) cut = true;
      if (cut) {
        this.paragraph(a, t);
        a = t;
      }
    }
    if (n > 0) this.paragraph(a, n);
    return { paragraphs: new ParagraphList(this.paragraphs), sentences: new SentenceList(this.sentences, n) };
  }

  newlines(from: number, to: number): number {
    let count = 0;
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && this.text.charCodeAt(i + 1) !== 10)) count++;
      if (c === 0x2029) count++;
    }
    return count;
  }

  /** A single newline inside a paragraph: the previous line has no terminal punctuation and the next starts lower-case. */
  softWrap(t: number): boolean {
    const { tokens, text } = this;
    if (isTerminalChar(text.charCodeAt(tokens.end[t - 1] - 1))) return false;
    return charClass(text.charCodeAt(tokens.start[t])) === Ch.Lower;
  }

  /** `By Jane Doe`, `Additional reporting by …`, `Editing by …` at the start of a line. */
  isByline(t: number): boolean {
    const tokens = this.tokens;
    const n = tokens.count;
    if (tokens.kind[t] !== K.Word) return false;
    const w = tokens.lower(t);
    if (w === "additional" || w === "reporting" || w === "writing" || w === "editing" || w === "compiled") {
      let m = t + 1;
      if (w === "additional" && m < n && tokens.lower(m) === "reporting") m++;
      return m < n && tokens.lower(m) === "by" && !(tokens.flags[m] & F.NewlineBefore) && (tokens.flags[t] & F.Upper) !== 0;
    }
    if (w !== "by" || !(tokens.flags[t] & F.Upper)) return false;
    // The rest of the line: names, commas, "and", "in", a title in capitals.
    let m = t + 1;
    let names = 0;
    for (; m < n && m < t + 16 && !(tokens.flags[m] & F.NewlineBefore); m++) {
      const k = tokens.kind[m];
      if (k === K.Word && tokens.flags[m] & F.Upper) names++;
      else if (k === K.Punct && tokens.end[m] - tokens.start[m] === 1 && this.text.charCodeAt(tokens.start[m]) === 44) continue;
      else if (k === K.Word && (tokens.lower(m) === "and" || tokens.lower(m) === "in")) continue;
      else if (k === K.Possessive) continue;
      else return false;
    }
    return names > 0 && (m >= n || (tokens.flags[m] & F.NewlineBefore) !== 0);
  }

  paragraph(a: number, b: number): void {
    const { tokens } = this;
    const p = this.paragraphs.count;
    this.paragraphs.push(tokens, a, b, p);
    tokens.flags[a] |= F.ParagraphStart;
    let s = a;
    const d = this.datelineEnd(a, b);
    if (d > 0 && d < b) {
      this.sentence(s, d, p);
      s = d;
    }
    for (let t = s; t < b; t++) {
      const e = this.sentenceEnd(t, b);
      if (e > 0) {
        this.sentence(s, e, p);
        s = e;
        t = e - 1;
      }
    }
    if (s < b) this.sentence(s, b, p);
  }

  sentence(a: number, b: number, p: number): void {
    this.sentences.push(this.tokens, a, b, p);
    this.tokens.flags[a] |= F.SentenceStart;
  }

  /** When token t ends a sentence before the paragraph end b: the token after it; else 0. */
  sentenceEnd(t: number, b: number): number {
    const { tokens, text } = this;
    const kind = tokens.kind[t];
    const flags = tokens.flags[t];
    const abbrev = kind === K.Word && (flags & F.Abbreviation) !== 0;
    if (!abbrev && !(kind === K.Punct && isEnderChar(text.charCodeAt(tokens.start[t])))) return 0;
    // Absorb closing quotes and brackets glued to the mark: `here.”` and `(sic.)`.
    let e = t + 1;
    let quoted = false;
    while (e < b && !(tokens.flags[e] & F.SpaceBefore)) {
      const k = tokens.kind[e];
      const c = text.charCodeAt(tokens.start[e]);
      if (k === K.Quote && !(tokens.flags[e] & F.QuoteOpen)) quoted = true;
      else if (!(k === K.Punct && (c === 41 || c === 93))) break;
      e++;
    }
    if (e >= b || !(tokens.flags[e] & F.SpaceBefore)) return 0;
    const nextFlags = tokens.flags[e];
    const nextKind = tokens.kind[e];
    const opens = (nextFlags & F.Upper) !== 0 || nextKind === K.Number ||
      (nextKind === K.Quote && (nextFlags & F.QuoteOpen) !== 0) ||
      charClass(text.charCodeAt(tokens.start[e])) === Ch.Digit ||
      (text.charCodeAt(tokens.start[e]) === 40 && e + 1 < b && (tokens.flags[e + 1] & F.Upper) !== 0);
    if (!opens) return 0;
    if (abbrev) {
      const len = tokens.end[t] - tokens.start[t];
      if (len === 2) return 0; // an initial: J. K. Rowling
      const lower = tokens.lower(t);
      const kind = abbreviationKind(lower.slice(0, -1));
      if (kind === AbbrevKind.Title) return 0;
      if (nextKind !== K.Word || !isSentenceStarter(tokens.lower(e))) return 0;
    }
    if (quoted && nextKind === K.Word) {
      // `"Why?" Trump asked.` and `"Never!" said Lavrov.` stay one sentence.
      if (SPEECH.has(tokens.lower(e))) return 0;
      if (e + 1 < b && tokens.kind[e + 1] === K.Word && SPEECH.has(tokens.lower(e + 1))) return 0;
    }
    return e;
  }

  /**
   * `WASHINGTON (Reuters) - ` or `MOSCOW, Feb 18 (AP) — ` opening a paragraph: the token
   * after the dash, else 0. Before the first comma the place is in capitals (or a
   * parenthesised agency follows); after it, a date.
   */
  datelineEnd(a: number, b: number): number {
    const { tokens, text } = this;
    if (!(tokens.flags[a] & F.Upper) || tokens.kind[a] !== K.Word) return 0;
    let paren = false;
    let comma = false;
    let caps = true;
    for (let m = a; m < b && m < a + 14; m++) {
      const k = tokens.kind[m];
      const f = tokens.flags[m];
      const c = text.charCodeAt(tokens.start[m]);
      if (k === K.Punct && isDash(c) && m > a) {
        if (!(f & F.SpaceBefore) || m + 1 >= b || !(tokens.flags[m + 1] & F.SpaceBefore)) return 0;
        return paren || caps ? m + 1 : 0;
      }
      if (k === K.Word) {
        if (!(f & F.Upper)) return 0;
        if (!comma && !paren && !(f & F.AllCaps)) caps = false;
      } else if (k === K.Punct) {
        if (c === 40) paren = true;
        else if (c === 44) comma = true;
        else if (c !== 41 && c !== 47) return 0;
      } else if (k !== K.Number) return 0;
    }
    return 0;
  }
}
