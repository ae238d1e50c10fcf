/**
 * Modality of an event from the words before its trigger in the same clause: negation
 * wins ("did not", "never", "no"); otherwise the cue nearest the trigger decides between
 * planned ("will", "plans to", "scheduled") and hypothetical ("would", "could", "if").
 */
import type { Modality } from "../../doc/record.js";
import type { Tokens } from "../../text/types.js";
import { TokenFlag, TokenKind } from "../../text/types.js";
import type { EventLexicon } from "./lexicon.js";

/** Hypothetical cues that also make a noun hypothetical ("would need a meeting", "a possible deal"). */
const NOMINAL_HYPOTHETICAL = new Set(["would", "could", "may", "might", "should", "must", "can", "if", "unless", "whether", "proposed", "proposal", "possible", "possibly", "potential", "probably", "likely", "conditions", "block", "blocks", "blocked", "blocking", "prevent", "prevents", "prevented", "preventing"]);

const HARD_BREAKS = new Set([";", ":", ".", "but", "while", "whereas", "although", "though", "because"]);

/** Cues that belong to the verb governing a possessed noun, not to the noun ("did not respond to X's request": the request was made). */
const VERB_ONLY = new Set(["not", "never", "would", "could", "may", "might", "should", "must", "can"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my", "your"]);
const CONDITION_OPENERS = new Set(["if", "unless"]);
/** Words opening a relative clause ("X, who had said ..., criticized"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(["who", "which", "whose", "whom"]);
/** Prepositions opening an aside set off by commas before a verb (", without naming him,"). */
const ASIDE_PREPS = new Set(["without", "with", "despite", "after", "before", "during", "in", "at", "on", "according", "amid"]);
const PLAIN_NEGATORS = new Set(["not", "n't", "never", "no", "nobody", "neither", "nor", "without"]);

function commaBetween(tokens: Tokens, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens.lower(k) === ",") return true;
  return false;
}
const PLAN_NOUNS = new Set(["plan", "plans"]);
const PLAN_LINKS = new Set(["to", "for", "of"]);
const NOUN_DETERMINERS = new Set(["the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your"]);

/**
 * The sentence opens with a condition ("If we see ..., then we inform") whose comma closes
 * before the trigger at t0: the main clause is hypothetical.
 */
function conditionOpens(tokens: Tokens, t0: number, s0: number): boolean {
  let k = s0;
  while (k < t0 && tokens.kind[k] === TokenKind.Quote) k++;
  if (k < t0 && (tokens.lower(k) === "but" || tokens.lower(k) === "and" || tokens.lower(k) === "so")) k++;
  return k < t0 && CONDITION_OPENERS.has(tokens.lower(k)) && commaBetween(tokens, k + 1, t0);
}

/**
 * @param t0 first token of the trigger; `s0` the sentence's first token.
 * @example modalityAt(tokens, lex, 5, 0) // "planned" for "Trump will meet ..."
 */
export function modalityAt(tokens: Tokens, lex: EventLexicon, t0: number, s0: number, fallback: Modality = "asserted", nominal = false): Modality {
  let nearest: Modality | null = null;
  let negated = false;
  let condition = false;
  // "did not respond to USA Today's request": past a possessor, negation and modal verbs govern another verb
  // (not after a light verb: "will not make his trip" does negate the trip)
  let possessed = false;
  // "Sanders, who had said he would debate the front-runner, criticized Clinton": a relative clause set off by commas
  // right before the trigger holds its own modals, and what stands before it is the subject: no cue of this verb
  let from = t0 - 1;
  // past adverbs that are no cue ("Clinton, without naming him, also accused")
  let close = from;
  while (close > s0 && lex.skipAdverbs.has(tokens.lower(close)) && !lex.modality.has(tokens.lower(close))) close--;
  if (close > s0 && tokens.lower(close) === ",") {
    let j = close - 1;
    while (j > s0 && j > close - 25 && tokens.lower(j) !== "," && !HARD_BREAKS.has(tokens.lower(j))) j--;
    if (j > s0 && tokens.lower(j) === "," && RELATIVE_OPENERS.has(tokens.lower(j + 1))) from = s0 - 1;
    // "Clinton, without naming him, also accused Sanders", "X, with no evidence, charged": a prepositional aside's
    // negation is its own; read on before it
    else if (j > s0 && tokens.lower(j) === "," && ASIDE_PREPS.has(tokens.lower(j + 1))) from = j - 1;
  }
  for (let i = from, n = 0; i >= s0 && n < 8; i--, n++) {
    const w = tokens.lower(i);
    if (HARD_BREAKS.has(w) || (lex.clauseBreaks.has(w) && !CONDITION_OPENERS.has(w) && w !== "that")) break;
    if (nominal && !possessed && (tokens.kind[i] === TokenKind.Possessive || POSSESSIVE_PRONOUNS.has(w))) {
      let v = i - 1;
      if (tokens.kind[i] === TokenKind.Possessive) while (v >= s0 && v > i - 4 && tokens.kind[v] === TokenKind.Word && tokens.has(v, TokenFlag.Upper)) v--;
      possessed = !(v >= s0 && lex.lightVerbs.has(tokens.lower(v)));
    }
    if (possessed && (VERB_ONLY.has(w) || w.endsWith("n't"))) continue;
    if (w.endsWith("n't")) {
      negated = true;
      continue;
    }
    // "whether or not Israel wants to make the deal": the "not" of "whether or not" is a condition too
    if (CONDITION_OPENERS.has(w) || w === "whether") condition = true;
    const list = lex.modality.get(w);
    if (list) {
      for (const cue of list) {
        let ok = i + cue.words.length <= t0;
        for (let k = 1; k < cue.words.length && ok; k++) ok = tokens.lower(i + k) === cue.words[k];
        if (!ok) continue;
        // "Under the plan, X criticized", "criticized the plan and attacked": the noun "plan" plans only what it
        // heads ("the plan for talks", "the plan to meet"), not a verb further on
        if (cue.words.length === 1 && PLAN_NOUNS.has(w) && i + 1 < t0 && !PLAN_LINKS.has(tokens.lower(i + 1)) && i - 1 >= s0 && (NOUN_DETERMINERS.has(tokens.lower(i - 1)) || tokens.kind[i - 1] === TokenKind.Possessive)) continue;
        // "trying to react to the talks": a verb of wanting or trying governs its own verb, not a noun further on
        if (nominal && cue.modality === "hypothetical" && !NOMINAL_HYPOTHETICAL.has(w)) continue;
        // "Refusing to give up power, Mugabe agreed": a refusal or avoidance governs its own clause, not one past a comma
        if (cue.modality === "negated" && !PLAIN_NEGATORS.has(w) && commaBetween(tokens, i + cue.words.length, t0)) continue;
        if (cue.modality === "negated") negated = true;
        else if (!nearest) nearest = cue.modality;
        break;
      }
    }
    if (w === "that" || CONDITION_OPENERS.has(w)) break;
  }
  // "if he does not endorse me": a negated condition is still a condition
  if (negated) return condition ? "hypothetical" : "negated";
  if (!nearest && fallback === "asserted" && conditionOpens(tokens, t0, s0)) return "hypothetical";
  // "has promised to build a massive wall along the border and deport millions": a verb coordinated with an
  // infinitive further back takes that infinitive's modality
  if (!nearest && !nominal && t0 - 1 > s0 && (tokens.lower(t0 - 1) === "and" || tokens.lower(t0 - 1) === "or")) {
    for (let j = t0 - 2; j > s0 && j > t0 - 16; j--) {
      const w = tokens.lower(j);
      if (w === "." || w === ";" || w === ":" || w === "," || HARD_BREAKS.has(w) || lex.clauseBreaks.has(w)) break;
      if (w === "to" && tokens.kind[j + 1] === TokenKind.Word) return modalityAt(tokens, lex, j + 1, s0, fallback);
    }
  }
  return nearest ?? fallback;
}
