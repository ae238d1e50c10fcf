/**
 * Token-level helpers for cues and speaker noun phrases: verb lookup, the subject before a
 * speech verb (with appositives skipped), the inverted subject after it ("said Lavrov"),
 * and the source after "according to". All are Map/Set lookups on cached lower-case tokens.
 */
import { TokenFlag, TokenKind, type Tokens } from "../../text/types.js";
import type { CueIndex, VerbInfo } from "./lexicon.js";

/** A half-open token range. */
export interface TokRange {
  a: number;
  b: number;
}

/** Words that end a subject noun phrase when walking left (clause boundaries). */
const BREAKS = new Set([
  "that", "which", "who", "whom", "whose", "when", "while", "where", "if", "because", "after", "before", "as", "and",
  "but", "or", "so", "than", "to", "not", "never", "what", "why", "how", "since", "until", "although", "though",
  "said", "says", "told", "by", "with", "about", "on", "from", "into", "over", "under", "against", "without",
  "was", "were", "is", "are", "has", "have", "had", "would", "will", "could", "should", "can", "may", "might", "must",
  "did", "does", "do", "be", "been", "being",
]);
/** Finite auxiliaries that make a comma-bounded stretch a clause, not an appositive. */
const FINITE = new Set(["was", "were", "is", "are", "has", "have", "had"]);
/** Words that may stand inside a noun phrase although lower-case and not nouns we know. */
const NP_LINKS = new Set(["of", "for", "at", "in", "the", "de", "von", "van", "al", "bin", "la", "le", "-"]);

export function isWordTok(tokens: Tokens, t: number): boolean {
  const k = tokens.kind[t];
  return k === TokenKind.Word || k === TokenKind.Number;
}

/** A lower-case "-ly" word ("forcefully"). */
function isAdverb(tokens: Tokens, t: number): boolean {
  if (tokens.flags[t]! & TokenFlag.Upper) return false;
  const w = tokens.lower(t);
  return w.length > 4 && w.charCodeAt(w.length - 1) === 121 && w.charCodeAt(w.length - 2) === 108;
}

/** The verb info at token t (and the token past a two-word cue), or null. */
export function verbAt(tokens: Tokens, t: number, limit: number, cues: CueIndex): { info: VerbInfo; end: number } | null {
  if (tokens.kind[t] !== TokenKind.Word || (tokens.flags[t]! & TokenFlag.Upper)) return null;
  const list = cues.verbs.get(tokens.lower(t));
  if (!list) return null;
  let single: VerbInfo | null = null;
  for (const info of list) {
    if (!info.particle) single = info;
    else if (t + 1 < limit && tokens.lower(t + 1) === info.particle) return { info, end: t + 2 };
  }
  return single ? { info: single, end: t + 1 } : null;
}

/** Length in tokens of a phrase from `map` starting at t, else 0. */
export function phraseAt(tokens: Tokens, t: number, limit: number, map: Map<string, string[][]>): number {
  const list = map.get(tokens.lower(t));
  if (!list) return 0;
  outer: for (const words of list) {
    if (t + words.length > limit) continue;
    for (let k = 1; k < words.length; k++) if (tokens.lower(t + k) !== words[k]) continue outer;
    return words.length;
  }
  return 0;
}

function npToken(tokens: Tokens, t: number, cues: CueIndex): boolean {
  const k = tokens.kind[t];
  if (k === TokenKind.Possessive) return true;
  if (k === TokenKind.Punct) {
    const w = tokens.norm(t);
    return w === "-" || w === "." || w === "&";
  }
  if (k !== TokenKind.Word && k !== TokenKind.Number) return false;
  const w = tokens.lower(t);
  if (BREAKS.has(w)) return false;
  if (cues.verbs.has(w) && !(tokens.flags[t]! & TokenFlag.Upper)) return t > 0 && cues.determiners.has(tokens.lower(t - 1));
  return true;
}

/**
 * The subject noun phrase ending just before token `v` (a speech verb), walking left no
 * further than `lo`. Skips adverbs ("also"), and an appositive or relative clause between
 * commas ("Kirill Dmitriev, Managing Director of …, told").
 */
export function subjectBefore(tokens: Tokens, v: number, lo: number, cues: CueIndex): TokRange | null {
  let j = v - 1;
  while (j >= lo && tokens.kind[j] === TokenKind.Word && (cues.adverbs.has(tokens.lower(j)) || isAdverb(tokens, j))) j--;
  if (j < lo) return null;
  // a relative clause: "Cruz, who called the KKK “abhorrent”"
  if (tokens.lower(j) === "who" && j - 1 > lo && isCommaTok(tokens, j - 1)) return nounPhraseLeft(tokens, skipParenLeft(tokens, j - 1, lo), lo, cues);
  if (tokens.kind[j] === TokenKind.Punct && tokens.norm(j) === ")") {
    // a parenthesis between subject and verb: "Paul Ryan (R-Wis.) said"
    let k = j - 1;
    while (k >= lo && k > j - 12 && tokens.norm(k) !== "(") k--;
    if (k < lo || tokens.norm(k) !== "(") return null;
    j = k - 1;
    if (j < lo) return null;
  }
  if (tokens.kind[j] === TokenKind.Punct && tokens.norm(j) === ",") {
    // appositive: ", … ," — find the comma that opens it
    let k = j - 1;
    const floor = Math.max(lo, j - 25);
    while (k >= floor && !(tokens.kind[k] === TokenKind.Punct && tokens.norm(k) === ",") && tokens.kind[k] !== TokenKind.Quote) k--;
    // not an appositive but a clause with a finite verb ("In line with most Americans, Sen. Ted
    // Cruz was also critical of the plan, telling"): its subject
    if (k >= floor && tokens.kind[k] !== TokenKind.Quote && k + 1 < j && !BREAKS.has(tokens.lower(k + 1))) {
      for (let t = k + 2; t < j; t++) {
        if (!FINITE.has(tokens.lower(t))) continue;
        const clause = nounPhraseRight(tokens, k + 1, t, cues);
        if (clause && clause.b === t) return clause;
        break;
      }
    }
    // "Stephens, who, after trading insults with Hannity, said": the relative clause's antecedent
    if (k - 2 > lo && tokens.kind[k] !== TokenKind.Quote && tokens.lower(k - 1) === "who" && isCommaTok(tokens, k - 2)) {
      const antecedent = nounPhraseLeft(tokens, skipParenLeft(tokens, k - 2, lo), lo, cues);
      if (antecedent) return antecedent;
    }
    const np = k < floor || tokens.kind[k] === TokenKind.Quote ? null : nounPhraseLeft(tokens, skipParenLeft(tokens, k, lo), lo, cues);
    // the appositive must not itself hold a clause with a speech verb
    if (np && speechBetween(tokens, k + 1, j, cues)) return null;
    // the phrase found is itself an appositive ("Harry Bond, 30, of Raleigh, N.C., who …, said"): the chain's head
    if (!np || (np.a > lo && isCommaTok(tokens, np.a - 1))) return leadingSubject(tokens, lo, j, cues) ?? np;
    return np;
  }
  return nounPhraseLeft(tokens, j + 1, lo, cues);
}

function isCommaTok(tokens: Tokens, t: number): boolean {
  return tokens.kind[t] === TokenKind.Punct && tokens.norm(t) === ",";
}

/** Token index past which a noun phrase ends when a parenthesis closes right before `e` ("Cruz (R-Texas),"). */
function skipParenLeft(tokens: Tokens, e: number, lo: number): number {
  if (e - 1 < lo || tokens.norm(e - 1) !== ")") return e;
  for (let k = e - 2; k >= lo && k > e - 12; k--) if (tokens.norm(k) === "(") return k;
  return e;
}

function speechBetween(tokens: Tokens, a: number, b: number, cues: CueIndex): boolean {
  for (let t = a; t < b; t++) if (verbAt(tokens, t, b, cues) && !titleNoun(tokens, t, cues)) return true;
  return false;
}

/** A cue form that is a noun naming the title in marks after it ("the TV show “The Apprentice”"). */
export function titleNoun(tokens: Tokens, t: number, cues: CueIndex): boolean {
  return t + 1 < tokens.count && tokens.kind[t + 1] === TokenKind.Quote && !!cues.titling.get(tokens.lower(t))?.some((words) => words.length === 1);
}

/**
 * A subject that opens the frame, followed by a comma and a chain of appositives up to the
 * verb: "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said".
 */
function leadingSubject(tokens: Tokens, lo: number, j: number, cues: CueIndex): TokRange | null {
  if (j - lo > 50) return null;
  const np = nounPhraseRight(tokens, lo, j, cues);
  if (!np || NP_LINKS.has(tokens.lower(np.a)) || tokens.lower(np.a) === "during") return null;
  const after = skipParenLeft(tokens, np.b, lo) === np.b && tokens.norm(np.b) === "(" ? parenEnd(tokens, np.b, j) : np.b;
  if (after < 0 || !isCommaTok(tokens, after)) return null;
  let upper = false;
  for (let t = np.a; t < np.b; t++) if (tokens.flags[t]! & TokenFlag.Upper) upper = true;
  if (!upper || speechBetween(tokens, after, j, cues)) return null;
  return np;
}

function parenEnd(tokens: Tokens, open: number, limit: number): number {
  for (let k = open + 1; k < limit && k < open + 12; k++) if (tokens.norm(k) === ")") return k + 1;
  return -1;
}

/** Emphatic reflexives that end a subject ("The study itself outlined"). */
const REFLEXIVES = new Set(["itself", "himself", "herself", "themselves", "themself"]);

/**
 * Token t is a clause's verb, not part of a noun phrase: a lower-case "-ed" word (or an irregular
 * past form from the lexicon: "took", "sought") after another
 * word that is no determiner, possessive or "-ly" adverb ("The study outlined", "the
 * nomination unleashed"), unless the lexicon keeps it as a modifier ("alleged", "retired").
 */
function clauseVerb(tokens: Tokens, t: number, cues: CueIndex): boolean {
  if (t < 1 || tokens.kind[t] !== TokenKind.Word || (tokens.flags[t]! & TokenFlag.Upper)) return false;
  const w = tokens.lower(t);
  const ed = w.length >= 5 && w.charCodeAt(w.length - 1) === 100 && w.charCodeAt(w.length - 2) === 101 && !cues.edModifiers.has(w);
  if (!ed && !cues.pastVerbs.has(w)) return false;
  const p = t - 1;
  if (tokens.kind[p] !== TokenKind.Word) return false;
  const pw = tokens.lower(p);
  return !cues.determiners.has(pw) && !isAdverb(tokens, p) && !cues.adverbs.has(pw) && pw !== "just" && !cues.possessivePronouns.has(pw);
}

/** A phrase read rightwards cut before its first clause verb or emphatic reflexive ("The study itself outlined the …" → "The study"). */
export function trimAtVerb(tokens: Tokens, np: TokRange, cues: CueIndex): TokRange {
  for (let t = np.a + 1; t < np.b; t++) {
    // a reflexive ends it only before a lower-case word ("In the filing itself Ford" goes on)
    const reflexive = REFLEXIVES.has(tokens.lower(t)) && t + 1 < tokens.count && tokens.kind[t + 1] === TokenKind.Word && !(tokens.flags[t + 1]! & TokenFlag.Upper);
    if (reflexive || clauseVerb(tokens, t, cues)) return { a: np.a, b: t };
  }
  return np;
}

/** The noun phrase ending at token `e` (exclusive), at most 8 tokens, no further left than `lo`. */
export function nounPhraseLeft(tokens: Tokens, e: number, lo: number, cues: CueIndex): TokRange | null {
  let a = e;
  while (a - 1 >= lo && e - (a - 1) <= 8 && npToken(tokens, a - 1, cues)) a--;
  // a noun phrase starts at a determiner, a capital or a word; not at a link word
  while (a < e && NP_LINKS.has(tokens.lower(a)) && tokens.lower(a) !== "the") a++;
  if (a >= e) return null;
  if (tokens.kind[e - 1] === TokenKind.Punct) return null;
  return { a, b: e };
}

/** How far left of `a` (down to `lo`, at most `more` tokens) a noun phrase could go on ("Crystal C'Bearing of" before a full phrase). */
export function phraseStartLeft(tokens: Tokens, a: number, lo: number, more: number, cues: CueIndex): number {
  let k = a;
  while (k - 1 >= lo && a - (k - 1) <= more && npToken(tokens, k - 1, cues)) k--;
  return k;
}

/** The noun phrase starting at token `s` (inverted order "said the Ukrainian President"). */
export function nounPhraseRight(tokens: Tokens, s: number, limit: number, cues: CueIndex): TokRange | null {
  let b = s;
  while (b < limit && b - s < 8 && npToken(tokens, b, cues)) {
    const w = tokens.lower(b);
    if (b > s && (w === "in" || w === "at") && !(tokens.flags[b + 1]! & TokenFlag.Upper) && tokens.lower(b + 1) !== "the") break;
    b++;
  }
  while (b > s && (NP_LINKS.has(tokens.lower(b - 1)) || tokens.kind[b - 1] === TokenKind.Punct)) b--;
  return b > s ? { a: s, b } : null;
}

/** Whether a noun phrase can name a source: a capital not at sentence start, a pronoun, a group noun. */
export function plausibleSource(tokens: Tokens, np: TokRange, sentenceStart: number, cues: CueIndex, hasMention: boolean): boolean {
  if (hasMention) return true;
  // "One of the victims said", "one of them told": one of a group
  if (np.b - np.a >= 3 && tokens.lower(np.a) === "one" && tokens.lower(np.a + 1) === "of") return true;
  for (let t = np.a; t < np.b; t++) {
    const w = tokens.lower(t);
    if (cues.groupNouns.has(w) || cues.personPronouns.has(w) || cues.groupPronouns.has(w)) return true;
    if (tokens.flags[t]! & TokenFlag.Upper) {
      if (t !== sentenceStart) return true;
      if (!cues.determiners.has(w) && !NON_SOURCES.has(w)) return true;
    }
  }
  return false;
}

const NON_SOURCES = new Set(["this", "that", "there", "which", "what", "these", "those", "such", "nobody", "everyone", "someone", "something", "anyone", "nothing", "here", "now", "then", "so"]);
