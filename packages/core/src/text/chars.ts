/**
 * Character classes for the hot path: one lazily filled Uint8Array over the BMP, so the
 * tokenizer classifies a char code with one array read. Regexes run once per distinct
 * non-ASCII char, to fill the table, never per char of the text.
 */

export const Ch = {
  Unknown: 0,
  Upper: 1,
  Lower: 2,
  /** A letter without case (CJK, Arabic, modifier letters, title case). */
  Letter: 3,
  Mark: 4,
  Digit: 5,
  Space: 6,
  Newline: 7,
  Punct: 8,
  Symbol: 9,
  /** High surrogate: classify the code point with `classifyPoint`. */
  HighSurrogate: 10,
  LowSurrogate: 11,
  /** Control and format characters. */
  Control: 12,
} as const;

/** The class of each BMP code unit; 0 until `charClass` fills it. Read it directly in hot loops. */
export const charTable = new Uint8Array(65536);
const table = charTable;

const RE_UPPER = /^\p{Lu}$/u;
const RE_LOWER = /^\p{Ll}$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_SPACE = /^\p{Zs}$/u;
const RE_PUNCT = /^\p{P}$/u;
const RE_CONTROL = /^[\p{Cc}\p{Cf}]$/u;

/** Class of a code point (any plane); used to fill the table and for astral chars. */
export function classifyPoint(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdbff) return Ch.HighSurrogate;
  if (cp >= 0xdc00 && cp <= 0xdfff) return Ch.LowSurrogate;
  if (cp === 10 || cp === 13 || cp === 0x2028 || cp === 0x2029 || cp === 0x85) return Ch.Newline;
  const s = String.fromCodePoint(cp);
  if (RE_LOWER.test(s)) return Ch.Lower;
  if (RE_UPPER.test(s)) return Ch.Upper;
  if (RE_LETTER.test(s)) return Ch.Letter;
  if (RE_MARK.test(s)) return Ch.Mark;
  if (RE_DIGIT.test(s)) return Ch.Digit;
  if (cp === 9 || cp === 11 || cp === 12 || RE_SPACE.test(s)) return Ch.Space;
  if (RE_CONTROL.test(s)) return Ch.Control;
  if (RE_PUNCT.test(s)) return Ch.Punct;
  return Ch.Symbol;
}

for (let c = 0; c < 128; c++) table[c] = classifyPoint(c);

/** Class of a UTF-16 code unit (fills the table on first sight). */
export function charClass(c: number): number {
  const k = table[c];
  return k !== 0 ? k : (table[c] = classifyPoint(c));
}

/** True for letters, marks and digits: the characters words are made of. */
export function isWordClass(k: number): boolean {
  return k >= Ch.Upper && k <= Ch.Digit;
}

/** True for letters (any case). */
export function isLetterClass(k: number): boolean {
  return k >= Ch.Upper && k <= Ch.Letter;
}
