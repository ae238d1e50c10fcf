/**
 * The text layer's shapes: the contract between the hot path (normalise, tokenize,
 * segment) and every stage that reads it. Columns are typed arrays; read them through
 * the accessors. All offsets are half-open UTF-16 offsets into the ORIGINAL text.
 */

/** The normalised text, a view over the original with a map back to it. */
export interface NormalView {
  /** Normalised text (NFKC, quote marks, dashes, spaces, MT hyphenation repaired). */
  readonly text: string;
  /**
   * `map[i]` is the original offset of normalised index `i`; length `text.length + 1`
   * (the last entry maps the end). `null` when the normalised text equals the original.
   */
  readonly map: Int32Array | null;
  /** Original offset of a normalised offset. */
  orig(i: number): number;
  /**
   * Original END offset for a normalised end offset `i` (just past the original source of
   * normalised char `i - 1`): use it for half-open ends, so `“` → `"` or `''` → `"` or a
   * ligature expanded by NFKC end where their source ends.
   */
  origEnd(i: number): number;
}

export const TokenKind = {
  Word: 1,
  Number: 2,
  Punct: 3,
  /** A quotation mark (not an apostrophe). */
  Quote: 4,
  Url: 5,
  Handle: 6,
  Hashtag: 7,
  Email: 8,
  Symbol: 9,
  /** `'s` / `’s` / a bare `'` after a plural, split off a word. */
  Possessive: 10,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export const TokenFlag = {
  /** First character is an upper-case letter. */
  Upper: 1,
  /** Every letter is upper case (and there are at least two). */
  AllCaps: 2,
  SpaceBefore: 4,
  NewlineBefore: 8,
  ParagraphStart: 16,
  /** A known abbreviation or an initial that ends in a period (Mr., U.S., J.). */
  Abbreviation: 32,
  /** Quote mark that by its shape or context opens (“ „ « ‹ or a " before a word). */
  QuoteOpen: 64,
  /** Quote mark that by its shape or context closes. */
  QuoteClose: 128,
  /** Double quotation mark (else single). */
  QuoteDouble: 256,
  SentenceStart: 512,
} as const;

export interface Tokens {
  readonly count: number;
  /** Original offsets. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly flags: Uint16Array;
  /** The token's normalised text ("high-ranking" for "high -ranking", `"` for “). */
  norm(i: number): string;
  /** `norm(i).toLowerCase()`, cached. */
  lower(i: number): string;
  /** The original text of the token. */
  text(i: number): string;
  has(i: number, flag: number): boolean;
}

export interface Paragraphs {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Token range [tokStart, tokEnd). */
  readonly tokStart: Int32Array;
  readonly tokEnd: Int32Array;
}

export interface Sentences {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly tokStart: Int32Array;
  readonly tokEnd: Int32Array;
  /** Index of the paragraph holding each sentence. */
  readonly paragraph: Int32Array;
  /** The sentence index holding token `t`. */
  sentenceOf(t: number): number;
}
