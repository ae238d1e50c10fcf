/**
 * The register of a document, for the tagger's domain-conjoined features (see
 * `FeatureExtractor.prepare`): "news" (edited prose: news, encyclopaedic text) or "web"
 * (user-written text: reviews, e-mails, forums, chat). Decided once per document from the
 * whole text, deterministically, by counting a few cues of informal writing:
 *
 * - first/second person pronouns (I, me, my, you, your, u, ur, …) per word: ≥ 3 % is one
 *   point, ≥ 6 % another (news quotes people, but its narration is third person);
 * - a lower-case "i" / "im" / "u" / "ur" as a word: two points;
 * - sentence starts in lower case (after . ! ? or a line break): ≥ 20 % of at least two
 *   sentences is two points;
 * - runs of !! / ?? / ?!, emoticons (:) ;-) :D :P) and chat words (lol, omg, btw, imo,
 *   thx, pls, plz): one point for one, two for three or more.
 *
 * Two points or more is "web"; anything else (including an empty or one-line neutral text)
 * is "news", the register the tagger was mostly trained on.
 */

export type NerRegister = "news" | "web";

/** The cue counts behind `detectRegister` (for measurement and tests). */
export interface RegisterCues {
  words: number;
  sentences: number;
  /** Sentence starts in lower case. */
  lowerStarts: number;
  /** First/second person pronouns. */
  pronouns: number;
  /** Lower-case i / im / u / ur. */
  lowerI: number;
  /** !! ?? ?!, emoticons, chat words. */
  chat: number;
  /** Points (see the module comment); ≥ 2 is web. */
  points: number;
}

const WORD = /[A-Za-z]+(?:['\u2019][A-Za-z]+)*/g;
const PRONOUN = /^(?:i|me|my|mine|myself|you|your|yours|yourself|yourselves|u|ur|im|i['\u2019](?:m|ve|d|ll)|you['\u2019](?:re|ve|d|ll))$/i;
const LOWER_I = /^(?:i|im|u|ur|i['\u2019](?:m|ve|d|ll))$/;
const START = /(?:^|[.!?]["'\u201d\u2019)]*[ \t]+|\n\s*)["'\u201c\u2018(]*([A-Za-z])/g;
const CHAT = /[!?]{2,}|(?:^|\s)[:;=]-?[()DPp](?=\s|$)|\b(?:lol|omg|btw|imo|imho|thx|pls|plz)\b/gi;

/** Count the cues of informal writing in a text (see the module comment). */
export function registerCues(text: string): RegisterCues {
  let words = 0, pronouns = 0, lowerI = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    const w = m[0];
    if (w.length <= 8 && PRONOUN.test(w)) {
      pronouns++;
      if (LOWER_I.test(w)) lowerI++;
    }
  }
  let sentences = 0, lowerStarts = 0;
  for (const m of text.matchAll(START)) {
    sentences++;
    const c = m[1].charCodeAt(0);
    if (c >= 97 && c <= 122) lowerStarts++;
  }
  let chat = 0;
  for (const _ of text.matchAll(CHAT)) chat++;
  let points = 0;
  if (words > 0 && pronouns >= 0.03 * words) points++;
  if (words > 0 && pronouns >= 0.06 * words) points++;
  if (lowerI > 0) points += 2;
  if (sentences >= 2 && lowerStarts >= 0.2 * sentences) points += 2;
  if (chat > 0) points += chat >= 3 ? 2 : 1;
  return { words, sentences, lowerStarts, pronouns, lowerI, chat, points };
}

/**
 * The register of a whole document.
 * @example detectRegister("lol i went there yesterday!! great food")  // "web"
 */
export function detectRegister(text: string): NerRegister {
  return registerCues(text).points >= 2 ? "web" : "news";
}
