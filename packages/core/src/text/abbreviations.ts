/**
 * Abbreviations that keep their period, as data. `title` never ends a sentence (Mr. Gen.
 * Jan. vs.); `general` ends one only before a common sentence starter (U.S. Inc. a.m.).
 * Keys are lower case without the final period.
 */

export const AbbrevKind = { Title: 1, General: 2, Initial: 3 } as const;
export type AbbrevKind = (typeof AbbrevKind)[keyof typeof AbbrevKind];

const TITLE = [
  "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "sen", "rep", "reps", "gov", "lt", "col", "maj", "capt",
  "cmdr", "adm", "sgt", "cpl", "pvt", "brig", "rev", "hon", "pres", "supt", "det", "insp", "amb", "atty",
  "st", "mt", "ft", "fr", "vs", "no", "nos", "e.g", "i.e", "cf", "approx", "fig", "vol",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];
const GENERAL = [
  "jr", "sr", "inc", "ltd", "corp", "co", "llc", "plc", "bros", "dept", "est", "etc", "al",
  "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "a.m", "p.m", "n.y", "l.a",
];

const kinds = new Map<string, AbbrevKind>();
for (const k of TITLE) kinds.set(k, AbbrevKind.Title);
for (const k of GENERAL) kinds.set(k, AbbrevKind.General);

/** Longest key without dots, so the tokenizer looks up only short words. */
export const ABBREV_MAX = 6;

/** The kind of a known abbreviation (lower case, no final period), else 0. */
export function abbreviationKind(key: string): AbbrevKind | 0 {
  return kinds.get(key) ?? 0;
}

/** Words that, capitalised after "U.S." or "Inc.", show that a new sentence starts. */
const STARTERS = new Set([
  "the", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "a", "an", "this", "that", "these",
  "those", "there", "his", "her", "its", "their", "our", "on", "at", "as", "after", "before", "for", "if",
  "when", "while", "so", "yet", "some", "many", "most", "one", "two", "however", "meanwhile", "still", "also",
  "what", "who", "why", "how", "officials", "according", "earlier", "later", "last", "since", "despite",
]);

/** True for a lower-cased word that commonly opens a sentence. */
export function isSentenceStarter(lower: string): boolean {
  return STARTERS.has(lower);
}
