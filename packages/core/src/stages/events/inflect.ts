/**
 * A tiny inflection rule for English trigger words: from a lemma, the surface forms a
 * news text uses (-s, -ed, -ing for verbs; -s for nouns). Irregular forms come from data.
 * Generating forms once at load time keeps the hot path to one Map lookup per token.
 */

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !VOWELS.has(ch);
}

/** True for short words ending consonant-vowel-consonant ("ban", "plan", "stop"): their final consonant doubles. */
function doubles(w: string): boolean {
  const n = w.length;
  return n >= 3 && isConsonant(w[n - 1]) && !"wxy".includes(w[n - 1]!) && VOWELS.has(w[n - 2]!) && isConsonant(w[n - 3]);
}

/**
 * Forms of a verb lemma, the lemma first.
 * @example verbForms("ban") // ["ban", "bans", "banned", "banning", "baned", "baning"] (a superset is harmless)
 */
export function verbForms(lemma: string): string[] {
  const w = lemma;
  const out = new Set<string>([w]);
  const last = w[w.length - 1];
  const prev = w[w.length - 2];
  if (/(s|x|z|ch|sh)$/.test(w)) out.add(w + "es");
  else if (last === "y" && isConsonant(prev)) out.add(w.slice(0, -1) + "ies");
  else out.add(w + "s");
  if (doubles(w)) {
    out.add(w + last + "ed");
    out.add(w + last + "ing");
  }
  if (last === "e") {
    out.add(w + "d");
    out.add(w.endsWith("ee") ? w + "ing" : w.endsWith("ie") ? w.slice(0, -2) + "ying" : w.slice(0, -1) + "ing");
  } else if (last === "y" && isConsonant(prev)) {
    out.add(w.slice(0, -1) + "ied");
    out.add(w + "ing");
  } else {
    out.add(w + "ed");
    out.add(w + "ing");
  }
  return [...out];
}

/**
 * Forms of a noun: itself and its plural (nouns listed in the plural stay as they are).
 * @example nounForms("request") // ["request", "requests"]
 */
export function nounForms(lemma: string): string[] {
  const w = lemma;
  if (w.endsWith("s")) return [w];
  if (/(x|z|ch|sh)$/.test(w)) return [w, w + "es"];
  if (w.endsWith("y") && isConsonant(w[w.length - 2])) return [w, w.slice(0, -1) + "ies"];
  return [w, w + "s"];
}

/** True for a verb form that can be a past participle (for passives): -ed or listed irregular. */
export function isParticiple(form: string, irregular: ReadonlySet<string>): boolean {
  return form.endsWith("ed") || irregular.has(form);
}
