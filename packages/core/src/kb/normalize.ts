/**
 * Normalisation of names for lookup: the same rules for KB aliases and for text, so that
 * "Erdoğan", "ERDOGAN" and "erdogan" meet, and "the United States" meets "United States".
 */
import { tokenize } from "../text/index.js";

const COMBINING = /[\u0300-\u036f]/g;
const SPECIAL: Record<string, string> = { "ø": "o", "ł": "l", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d" };
const SPECIAL_RE = /[øłđßæœıþð]/g;

/**
 * Lower-case and strip diacritics (and a few letters NFKD does not split).
 * @example fold("Erdoğan") === "erdogan"
 */
export function fold(s: string): string {
  // Plain ASCII without a backtick (nearly every word of English news) only needs lower-casing:
  // none of the steps below changes it.
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x60) {
      plain = false;
      break;
    }
  }
  if (plain) return s.toLowerCase();
  return s.toLowerCase().normalize("NFKD").replace(COMBINING, "").replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u2010-\u2015]/g, "-");
}

/**
 * Tokenise a name the way Parley's tokenizer does and lower-case the tokens
 * ("U.S." stays one token, a possessive `'s` is split off, hyphenated words stay whole).
 * @example aliasTokens("the U.S. State Department") // ["the", "u.s.", "state", "department"]
 */
export function aliasTokens(name: string): string[] {
  const tokens = tokenize(name);
  const out: string[] = [];
  for (let i = 0; i < tokens.count; i++) out.push(tokens.lower(i));
  return out;
}

/**
 * The lookup key of a name: tokens folded and joined by one space, a leading "the" dropped.
 * Periods inside abbreviations are kept ("u.s."), but a name with and without them differ
 * only by a lookup of both keys, which `lookup` does.
 * @example normalizeAlias("The  Élysée") === "elysee"
 */
export function normalizeAlias(name: string): string {
  const toks = aliasTokens(name).map(fold);
  if (toks.length > 1 && toks[0] === "the") toks.shift();
  return toks.join(" ");
}

/** The key without periods ("u.s." → "us"), for a second try. */
export function stripPeriods(key: string): string {
  return key.replace(/\./g, "");
}

// Transliteration skeleton: folds the common ways one Cyrillic, Arabic or Turkish sound is
// written in Latin letters, so Zelenskyy, Zelenskiy and Zelensky share one key.
const SKELETON_RULES: [RegExp, string][] = [
  [/[^a-z ]/g, ""],
  [/(?:iy|yy|yi|ij|ii)\b/g, "y"],
  [/kh/g, "h"], [/zh/g, "j"], [/dzh|dj/g, "j"], [/sch|sh|ch|tch/g, "s"], [/ts|tz/g, "s"],
  [/ph/g, "f"], [/w/g, "v"], [/ck|q|c/g, "k"], [/x/g, "ks"], [/ou|oo/g, "u"],
  [/ie|ei|ey|ay/g, "e"], [/j/g, "y"], [/y/g, "i"], [/e(?=\b)/g, ""], [/h/g, ""],
  [/(.)\1+/g, "$1"],
];

/**
 * A coarse phonetic key for transliteration variants.
 * @example skeleton("Zelenskyy") === skeleton("Zelenskiy")
 */
export function skeleton(name: string): string {
  let s = fold(name).replace(/[-']/g, " ");
  for (const [re, to] of SKELETON_RULES) s = s.replace(re, to);
  return s.replace(/\s+/g, " ").trim();
}
