/**
 * Trigger matching: one Map lookup per token, then the few surface forms stored under it
 * are checked against the following tokens, their constraints and the part of speech the
 * context suggests ("the attacks" is a noun, "Russia attacks" a verb).
 */
import type { Tokens } from "../../text/types.js";
import { TokenFlag, TokenKind } from "../../text/types.js";
import type { EventLexicon, TriggerForm } from "./lexicon.js";

export interface TriggerMatch {
  readonly form: TriggerForm;
  /** Token range of the trigger. */
  readonly t0: number;
  readonly t1: number;
}

const NOUN_BEFORE = new Set(["the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "of", "any", "no", "new", "further", "more", "first", "recent", "fresh", "planned", "proposed", "possible", "direct", "peace", "bilateral", "such", "after", "during", "before", "amid", "following", "despite", "since", "for", "in", "at", "with", "by", "from", "two", "three", "several", "many", "renewed", "latest", "emergency", "high-level", "annual", "over", "about", "against", "under", "into"]);
const VERB_BEFORE = new Set(["to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "not", "also", "he", "she", "it", "they", "we", "i", "who", "which", "and", "never", "reportedly", "allegedly", "then", "later", "jointly", "repeatedly", "publicly", "already", "just", "once"]);

function follows(tokens: Tokens, s1: number, t: number, words: readonly string[]): boolean {
  if (t + words.length > s1) return false;
  for (let k = 0; k < words.length; k++) if (tokens.lower(t + k) !== words[k]) return false;
  return true;
}

/** Like `follows`, but quotation marks between the words do not count ("rejected the “idea that ..."). */
function followsPastQuotes(tokens: Tokens, s1: number, t: number, words: readonly string[]): boolean {
  let k = t;
  for (const w of words) {
    while (k < s1 && tokens.kind[k] === TokenKind.Quote) k++;
    if (k >= s1 || tokens.lower(k) !== w) return false;
    k++;
  }
  return true;
}

function within(tokens: Tokens, s1: number, t: number, n: number, set: ReadonlySet<string>): boolean {
  for (let k = t; k < s1 && k < t + n; k++) {
    const w = tokens.lower(k);
    if (set.has(w)) return true;
    if (w === "." || w === ";") return false;
  }
  return false;
}

/** After "and", an object "it"/"them" whose antecedent, earlier in the sentence, is a blocked object word. */
function pronounOfThing(tokens: Tokens, set: ReadonlySet<string>, t: number, t1: number, s0: number, s1: number): boolean {
  if (t1 >= s1 || t - 1 < s0 || tokens.lower(t - 1) !== "and") return false;
  const pro = tokens.lower(t1);
  if (pro !== "them" && pro !== "it") return false;
  for (let k = t - 2; k >= s0 && k >= t - 16; k--) if (set.has(tokens.lower(k))) return true;
  return false;
}

const SUBJECT_OPENERS = new Set(["her", "his", "their", "its", "our", "the", "my", "your", "that", "which"]);

/** "emails released last week", "figures her campaign released": a blocked thing word right before the participle, or before its subject. */
function thingBefore(tokens: Tokens, set: ReadonlySet<string>, t: number, s0: number): boolean {
  if (t - 1 >= s0 && set.has(tokens.lower(t - 1))) return true;
  for (let k = t - 2; k >= s0 && k >= t - 3; k--) if (set.has(tokens.lower(k)) && SUBJECT_OPENERS.has(tokens.lower(k + 1))) return true;
  return false;
}

/** The token before a passive auxiliary that ends right before `t` (skipping adverbs), or `t` itself when there is none. */
function passiveObject(tokens: Tokens, lex: EventLexicon, t: number, s0: number): number {
  let i = t - 1;
  while (i >= s0 && lex.skipAdverbs.has(tokens.lower(i)) && !lex.passiveAux.has(tokens.lower(i))) i--;
  if (i < s0 || !lex.passiveAux.has(tokens.lower(i))) return t;
  while (i >= s0 && (lex.passiveAux.has(tokens.lower(i)) || lex.skipAdverbs.has(tokens.lower(i)))) i--;
  return i >= s0 ? i : t;
}

/** "noun" when the token before reads as a determiner or preposition, "verb" when as a subject or auxiliary. */
export function contextPos(tokens: Tokens, t: number, s0: number): "noun" | "verb" | null {
  if (t <= s0) return null;
  const prev = tokens.lower(t - 1);
  if (tokens.kind[t - 1] === TokenKind.Possessive || NOUN_BEFORE.has(prev) || tokens.kind[t - 1] === TokenKind.Number) return "noun";
  if (VERB_BEFORE.has(prev) || prev.endsWith("n't")) return "verb";
  return null;
}

/**
 * The trigger starting at token `t`, or null. `prefer` forces the noun reading where the
 * caller knows better (an adjective of nationality right before: "the US Russian talks").
 * @example matchTrigger(tokens, lex, 3, 0, tokens.count)
 */
function blockedAfter(tokens: Tokens, s1: number, t1: number, phrases: readonly (readonly string[])[]): boolean {
  for (let k = t1; k < s1 && k < t1 + 10; k++) {
    if (tokens.lower(k) === "to") return false;
    for (const p of phrases) if (follows(tokens, s1, k, p)) return true;
  }
  return false;
}

export function matchTrigger(tokens: Tokens, lex: EventLexicon, t: number, s0: number, s1: number, prefer: "noun" | null = null): TriggerMatch | null {
  const forms = lex.triggers.get(tokens.lower(t));
  if (!forms) return null;
  let ctx = prefer ?? contextPos(tokens, t, s0);
  // "attacks on X", "talks with X": a preposition the noun takes marks the noun reading
  if (ctx === null && t + 1 < s1) {
    const next = tokens.lower(t + 1);
    if (forms.some((f) => f.entry.pos === "noun" && f.rest.length === 0 && f.entry.prep.includes(next)) && !forms.some((f) => f.entry.pos === "verb" && f.entry.prep.includes(next))) ctx = "noun";
  }
  let fallback: TriggerMatch | null = null;
  for (const form of forms) {
    const e = form.entry;
    const t1 = t + 1 + form.rest.length;
    if (form.rest.length && !follows(tokens, s1, t + 1, form.rest)) continue;
    if (e.needNext && (t1 >= s1 || !e.needNext.has(tokens.lower(t1)))) continue;
    if (e.blockNext.some((p) => followsPastQuotes(tokens, s1, t1, p))) continue;
    // "held Trump signs": a name between the blocking word and the trigger modifies the trigger
    if (e.blockPrev && t > s0 && (e.blockPrev.has(tokens.lower(t - 1)) || (t - 1 > s0 && tokens.has(t - 1, TokenFlag.Upper) && !tokens.has(t - 1, TokenFlag.SentenceStart) && e.blockPrev.has(tokens.lower(t - 2))))) continue;
    if (e.object && !within(tokens, s1, t1, 5, e.object)) continue;
    if (e.blockObject && within(tokens, s1, t1, 7, e.blockObject)) continue;
    // "how much aid is received by X": in a passive the object stands before the auxiliary
    if (e.blockObject && form.participle && e.blockObject.has(tokens.lower(passiveObject(tokens, lex, t, s0)))) continue;
    if (e.blockObject && form.participle && thingBefore(tokens, e.blockObject, t, s0)) continue;
    // "obtained the messages and released them": a pronoun object of a coordinated verb stands for the thing the first verb took
    if (e.blockObject && pronounOfThing(tokens, e.blockObject, t, t1, s0, s1)) continue;
    // "asked Mook if ...", "was asked during a luncheon whether": a question, before any "to" that would request
    if (e.blockAfter && blockedAfter(tokens, s1, t1, e.blockAfter)) continue;
    if (e.needAfter && !e.needAfter.some((p) => { for (let k = t1; k < t1 + 24; k++) if (follows(tokens, s1, k, p)) return true; return false; })) continue;
    const match = { form, t0: t, t1 };
    // the verb reading after "the", the noun reading after "will": try the other entries first
    if (ctx && e.pos !== "adj" && e.pos !== ctx) {
      fallback ??= match;
      continue;
    }
    return match;
  }
  if (fallback && ctx === "noun" && fallback.form.entry.pos === "verb") {
    // "found guilty of raping", "arrested for attacking": a gerund after "of"/"for" is still a verb
    const prev = t > s0 ? tokens.lower(t - 1) : "";
    return prefer === null && tokens.lower(t).endsWith("ing") && (prev === "of" || prev === "for") ? fallback : null;
  }
  return fallback;
}
