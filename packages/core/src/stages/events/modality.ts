/**
 * Modality of an event from the words before its trigger in the same clause: negation
 * wins ("did not", "never", "no"); otherwise the cue nearest the trigger decides between
 * planned ("will", "plans to", "scheduled") and hypothetical ("would", "could", "if").
 */
import type { Modality } from "../../doc/record.js";
import type { Tokens } from "../../text/types.js";
import type { EventLexicon } from "./lexicon.js";

/** Hypothetical cues that also make a noun hypothetical ("would need a meeting", "a possible deal"). */
const NOMINAL_HYPOTHETICAL = new Set(["would", "could", "may", "might", "should", "must", "can", "if", "unless", "whether", "proposed", "proposal", "possible", "possibly", "potential", "probably", "likely", "conditions"]);

const HARD_BREAKS = new Set([";", ":", ".", "but", "while", "whereas", "although", "though", "because"]);

/**
 * @param t0 first token of the trigger; `s0` the sentence's first token.
 * @example modalityAt(tokens, lex, 5, 0) // "planned" for "Trump will meet ..."
 */
export function modalityAt(tokens: Tokens, lex: EventLexicon, t0: number, s0: number, fallback: Modality = "asserted", nominal = false): Modality {
  let nearest: Modality | null = null;
  let negated = false;
  for (let i = t0 - 1, n = 0; i >= s0 && n < 8; i--, n++) {
    const w = tokens.lower(i);
    if (HARD_BREAKS.has(w) || (lex.clauseBreaks.has(w) && w !== "if" && w !== "that")) break;
    if (w.endsWith("n't")) {
      negated = true;
      continue;
    }
    const list = lex.modality.get(w);
    if (list) {
      for (const cue of list) {
        let ok = i + cue.words.length <= t0;
        for (let k = 1; k < cue.words.length && ok; k++) ok = tokens.lower(i + k) === cue.words[k];
        if (!ok) continue;
        // "trying to react to the talks": a verb of wanting or trying governs its own verb, not a noun further on
        if (nominal && cue.modality === "hypothetical" && !NOMINAL_HYPOTHETICAL.has(w)) continue;
        if (cue.modality === "negated") negated = true;
        else if (!nearest) nearest = cue.modality;
        break;
      }
    }
    if (w === "that" || w === "if") break;
  }
  if (negated) return "negated";
  return nearest ?? fallback;
}
