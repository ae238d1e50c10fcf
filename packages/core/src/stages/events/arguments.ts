/**
 * Arguments by shallow syntax around a trigger: subjects to the left (coordinated actors,
 * relative clauses, "X said it will ..."), objects to the right, passives with "by",
 * nominal events ("X's request to Y", "a US request", "talks between X and Y", light verbs).
 */
import type { Tokens } from "../../text/types.js";
import { TokenFlag, TokenKind } from "../../text/types.js";
import { actorsAt, typeOk, type ActorIndex, type ActorMention } from "./actors.js";
import type { EventLexicon, TriggerEntry } from "./lexicon.js";

/** Who an argument is: actor mentions, or the discourse pair ("the two sides"). */
export interface Argument {
  readonly actors: readonly ActorMention[];
  /** Resolved through "the two sides"/the discourse pair rather than named here. */
  readonly anaphoric: boolean;
}

export const NONE: Argument = { actors: [], anaphoric: false };

const CONNECTORS = new Set(["and", ",", "&", "or", "nor", "of", "plus"]);
const POSSESSIVE_PRONOUNS = new Set(["their", "its", "his", "her"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "any", "every", "some", "no", "both", "all"]);
export const SPEECH = new Set(["said", "says", "say", "told", "tells", "added", "adds", "announced", "stated", "claimed", "insisted", "argued", "warned", "believes", "thinks"]);
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i"]);
const RELATIVE = new Set(["who", "which", "that"]);
const PREPOSITIONS = new Set(["of", "to", "in", "for", "with", "on", "from", "about", "at", "by", "into", "over", "against", "after", "before", "during", "under", "between", "among", "without", "within", "via", "amid", "despite", "than", "since", "through", "across"]);

/** Prepositions that open an adjunct, never the object of a trigger (unless the trigger takes them). */
const ADJUNCT_PREPS = new Set(["on", "via", "during", "after", "before", "since", "until", "through", "amid", "despite"]);

/** Prepositions whose object is never the subject of the verb that follows. */
const NOT_SUBJECT_AFTER = new Set(["in", "into", "across", "at", "from", "to", "with", "on", "for", "against", "near", "over", "throughout", "within", "toward", "towards", "about", "inside", "outside", "between", "among", "via"]);

export interface Scope {
  readonly tokens: Tokens;
  readonly lex: EventLexicon;
  readonly index: ActorIndex;
  /** Sentence token range. */
  readonly s0: number;
  readonly s1: number;
  /** The discourse pair: the two sides of the latest symmetric event. */
  readonly pair: readonly ActorMention[] | null;
  /** The actor that speaks at a token (quote speaker), if any. */
  speakerAt(t: number): ActorMention | null;
}

function isPunct(tokens: Tokens, t: number): boolean {
  const k = tokens.kind[t];
  return k === TokenKind.Punct || k === TokenKind.Symbol;
}

/** Length of a phrase from `map` that ends at token `t` (reading leftwards), or 0. */
function phraseEndingAt(scope: Scope, map: ReadonlyMap<string, readonly { words: readonly string[] }[]>, t: number): number {
  const { tokens, s0 } = scope;
  for (let len = 4; len >= 1; len--) {
    const a = t - len + 1;
    if (a < s0) continue;
    const list = map.get(tokens.lower(a));
    if (!list) continue;
    for (const p of list) {
      if (p.words.length !== len) continue;
      let ok = true;
      for (let k = 1; k < len && ok; k++) ok = tokens.lower(a + k) === p.words[k];
      if (ok) return len;
    }
  }
  return 0;
}

/** Length of a phrase from `map` starting at `t`, or 0. */
export function phraseAt(tokens: Tokens, end: number, map: ReadonlyMap<string, readonly { words: readonly string[] }[]>, t: number): number {
  const list = map.get(tokens.lower(t));
  if (!list) return 0;
  for (const p of list) {
    if (t + p.words.length > end) continue;
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) ok = tokens.lower(t + k) === p.words[k];
    if (ok) return p.words.length;
  }
  return 0;
}

/** The coordinated group around an actor at token `t`, reading leftwards ("X, Y and Z"). */
function groupLeft(scope: Scope, t: number): { actors: ActorMention[]; first: number } {
  const { tokens, index, s0 } = scope;
  const actors = [...actorsAt(index, tokens, t)];
  let first = t;
  let i = t - 1;
  let sawAnd = false;
  while (i >= s0) {
    if (index.actorAt[i]! >= 0) {
      // "US Ambassador to Germany Richard Grenell": an actor after a preposition belongs to a title
      let p = i;
      while (p - 1 >= s0 && index.actorAt[p - 1] === index.actorAt[i]) p--;
      if (p - 1 >= s0 && NOT_SUBJECT_AFTER.has(tokens.lower(p - 1)) && i + 1 === first) break;
      for (const m of actorsAt(index, tokens, i)) if (!actors.includes(m)) actors.unshift(m);
      first = i;
      i--;
      continue;
    }
    const w = tokens.lower(i);
    if (DETERMINERS.has(w) && w !== "no" && i - 1 >= s0 && CONNECTORS.has(tokens.lower(i - 1)) && tokens.lower(i - 1) !== "of" && (tokens.lower(i - 1) !== "," || sawAnd)) {
      i--;
      continue;
    }
    // a comma joins a list only when "and"/"or" closes it: "France, Germany and Italy", not "According to AP, Iran"
    // "China, Iran, and Russia": a serial comma before "and" follows an actor
    const serial = (w === "and" || w === "or") && i - 2 >= s0 && tokens.lower(i - 1) === "," && index.actorAt[i - 2]! >= 0;
    if (CONNECTORS.has(w) && (w !== "," || sawAnd) && i - 1 >= s0 && (index.actorAt[i - 1]! >= 0 || serial || (w === "," && tokens.lower(i - 1) === "and"))) {
      if (w === "and" || w === "or" || w === "&" || w === "nor") sawAnd = true;
      i--;
      continue;
    }
    // titles between a demonym and a name: "Turkish President Erdoğan"
    if (tokens.has(i, TokenFlag.Upper) && !index.named[i]) {
      let j = i - 1;
      while (j >= s0 && j > i - 3 && index.actorAt[j]! < 0 && tokens.has(j, TokenFlag.Upper) && !index.named[j]) j--;
      if (j >= s0 && index.actorAt[j]! >= 0) {
        i = j;
        continue;
      }
    }
    break;
  }
  return { actors, first };
}

/** "met Ukraine, France and Germany": a comma after an actor goes on only in a list that "and"/"or" closes (not "When X met Y, Z refused"). */
function listCloses(scope: Scope, c: number): boolean {
  const { tokens, index, s1 } = scope;
  for (let j = c + 1; j < s1 && j < c + 24; j++) {
    const w = tokens.lower(j);
    if (index.actorAt[j]! >= 0 || w === "," || DETERMINERS.has(w) || tokens.has(j, TokenFlag.Upper)) continue;
    return w === "and" || w === "or" || w === "&";
  }
  return false;
}

/** The coordinated group starting at an actor at token `t`, reading rightwards. */
function groupRight(scope: Scope, t: number): { actors: ActorMention[]; last: number } {
  const { tokens, index, s1 } = scope;
  // "talks with his Iraqi counterpart": a possessive pronoun before a demonym or name is the possessor, not the one named
  if (POSSESSIVE_PRONOUNS.has(tokens.lower(t)) && t + 1 < s1 && index.actorAt[t + 1]! >= 0) t++;
  const actors = [...actorsAt(index, tokens, t)];
  let last = t;
  let i = t + 1;
  while (i < s1) {
    if (index.actorAt[i]! >= 0) {
      for (const m of actorsAt(index, tokens, i)) if (!actors.includes(m)) actors.push(m);
      last = i;
      i++;
      continue;
    }
    const w = tokens.lower(i);
    // "the Kurdistan Workers' Party (PKK) and ...": an acronym in brackets does not end the list
    if (w === "(") {
      let j = i + 1;
      while (j < s1 && j < i + 5 && tokens.lower(j) !== ")") j++;
      if (j < s1 && tokens.lower(j) === ")" && j + 1 < s1) {
        i = j + 1;
        continue;
      }
    }
    if ((w === "and" || w === "," || w === "or" || w === "&") && i + 1 < s1 && (w !== "," || listCloses(scope, i))) {
      let j = i + 1;
      if (tokens.lower(j) === "and" || tokens.lower(j) === "or") j++;
      if (DETERMINERS.has(tokens.lower(j)) && j + 1 < s1) j++;
      if (index.actorAt[j]! >= 0) {
        i = j;
        continue;
      }
    }
    if (w === "as" && tokens.lower(i + 1) === "well" && tokens.lower(i + 2) === "as" && index.actorAt[i + 3]! >= 0) {
      i += 3;
      continue;
    }
    break;
  }
  return { actors, last };
}

/**
 * The thing noun that makes the actor ending at `i` a modifier ("NATO guidelines", "Czech firearm
 * technology": right after it or after one more lower-case word), before `limit`; -1 when none.
 */
function thingAfter(scope: Scope, i: number, limit: number): number {
  const { tokens, lex, index } = scope;
  if (i + 1 < limit && lex.thingNouns.has(tokens.lower(i + 1))) return i + 1;
  const w = i + 1 < limit ? tokens.lower(i + 1) : "";
  if (i + 2 < limit && index.actorAt[i + 1]! < 0 && tokens.kind[i + 1] === TokenKind.Word && !tokens.has(i + 1, TokenFlag.Upper) && !lex.triggers.has(w) && !lex.passiveAux.has(w) && !lex.skipAdverbs.has(w) && lex.thingNouns.has(tokens.lower(i + 2))) return i + 2;
  return -1;
}

const NOT_ROLE = new Set(["and", "or", "but", "that", "who", "which", "the", "a", "an"]);

/** "the widow of activist X", "son of former president X": from `p`, left of the name, read past up to three role words to an "of"; its index, else `p`. */
function roleOf(scope: Scope, p: number): number {
  const { tokens, index, s0 } = scope;
  let j = p;
  if (p + 1 < tokens.count && PRONOUNS.has(tokens.lower(p + 1))) return p;
  for (let k = 0; k < 3 && j >= s0 && tokens.kind[j] === TokenKind.Word && !tokens.has(j, TokenFlag.Upper) && index.actorAt[j]! < 0 && tokens.lower(j) !== "of" && !NOT_ROLE.has(tokens.lower(j)); k++) j--;
  return j < p && j >= s0 && tokens.lower(j) === "of" ? j : p;
}

/** Skip adverbs, auxiliaries and negation leftwards from `t` (inclusive); returns the first other token. */
function skipLeft(scope: Scope, t: number): number {
  let i = t;
  while (i >= scope.s0 && (scope.lex.skipAdverbs.has(scope.tokens.lower(i)) || scope.lex.passiveAux.has(scope.tokens.lower(i)) || scope.tokens.lower(i).endsWith("n't"))) i--;
  return i;
}

/** True when the verb at t0 reads as a passive ("was attacked"). */
export function isPassive(scope: Scope, t0: number): boolean {
  let i = t0 - 1;
  // "was wrongfully imprisoned", "were brutally attacked": any -ly adverb between the auxiliary and the participle
  while (i >= scope.s0 && (scope.lex.skipAdverbs.has(scope.tokens.lower(i)) || lyAdverb(scope.tokens, i)) && !scope.lex.passiveAux.has(scope.tokens.lower(i))) i--;
  return i >= scope.s0 && scope.lex.passiveAux.has(scope.tokens.lower(i));
}

/** A lower-case word ending in "-ly" ("wrongfully", "brutally"), read as an adverb. */
function lyAdverb(tokens: Tokens, i: number): boolean {
  const w = tokens.lower(i);
  return w.length > 4 && w.endsWith("ly") && tokens.kind[i] === TokenKind.Word && !tokens.has(i, TokenFlag.Upper);
}

/** The "who"/"which" opening the clause that holds token `first`, with no comma between, when its antecedent is an unnamed common noun; else -1. */
function relativeOn(scope: Scope, first: number): number {
  const { tokens, index, s0 } = scope;
  for (let k = first - 1; k >= s0 && k >= first - 15; k--) {
    const w = tokens.lower(k);
    if (w === "," || w === ";" || w === ":" || w === "(" || tokens.kind[k] === TokenKind.Quote) return -1;
    if (w !== "who" && w !== "which" && w !== "whom") continue;
    // "whom Erdogan accuses", "at which African-Americans started": the actor right after it is the clause's own subject
    if (k + 1 === first) return -1;
    const a = k - 1;
    const noun = a >= s0 && tokens.kind[a] === TokenKind.Word && (!tokens.has(a, TokenFlag.Upper) || tokens.has(a, TokenFlag.SentenceStart)) && index.actorAt[a]! < 0 && !PRONOUNS.has(tokens.lower(a)) && !DETERMINERS.has(tokens.lower(a)) && !PREPOSITIONS.has(tokens.lower(a));
    return noun ? k : -1;
  }
  return -1;
}

/** Words that open a fronted adverbial clause ("When X ..., Y did"). */
const SUBORDINATORS = new Set(["when", "after", "before", "while", "if", "although", "though", "because", "since", "once", "unless", "as", "whenever", "until"]);

/** The comma at `c` closes a clause that a subordinator opens at the start of the sentence (after "But"/"And" at most). */
function frontedClause(scope: Scope, c: number): boolean {
  const { tokens, s0 } = scope;
  let k = s0;
  if (k < c && (tokens.lower(k) === "but" || tokens.lower(k) === "and" || tokens.lower(k) === "so")) k++;
  if (k >= c || !SUBORDINATORS.has(tokens.lower(k))) return false;
  for (let j = k + 1; j < c; j++) if (tokens.lower(j) === "," || tokens.lower(j) === ";") return false;
  return true;
}

/** Words that open a noun appositive after a name: "X, a general in ...,", "X, the former chairman of ...,". */
const APPOSITIVE_OPENERS = new Set(["a", "an", "the", "former", "his", "her", "their", "its", "who"]);

/**
 * The comma at `close` ends an aside on a name, a noun appositive or a "who" clause ("X, a general in
 * the wars in Iraq and Afghanistan,", "X, who served in Iran,"): the comma that opens it, else -1.
 * The named actor or person it describes ends right before that comma.
 */
export function asideOpen(scope: Scope, close: number): number {
  const { tokens, index, s0 } = scope;
  for (let c = close - 1; c >= s0 && c >= close - 16; c--) {
    const w = tokens.lower(c);
    if (w === ";" || w === ":" || w === "(" || w === ")" || tokens.kind[c] === TokenKind.Quote) return -1;
    if (w !== ",") continue;
    if (c + 2 >= close || !APPOSITIVE_OPENERS.has(tokens.lower(c + 1))) return -1;
    const h = c - 1;
    return h >= s0 && (index.actorAt[h]! >= 0 || index.people[h]) ? c : -1;
  }
  return -1;
}

/**
 * The actor at token `t` ends a role phrase of a noun appositive on a person ("Mark Cuban, the billionaire owner of
 * the Dallas Mavericks"): a token of that person when it is an actor, -2 when it is a person no country owns, else -1.
 */
function appositivePerson(scope: Scope, t: number): number {
  const { tokens, index, s0 } = scope;
  let k = t;
  while (k - 1 >= s0 && index.actorAt[k - 1] === index.actorAt[t]) k--;
  k--;
  if (k >= s0 && tokens.lower(k) === "the") k--;
  if (k < s0 || tokens.lower(k) !== "of") return -1;
  for (let c = k - 1; c > s0 && c >= k - 8; c--) {
    const w = tokens.lower(c);
    if (isPunct(tokens, c) && w !== ",") return -1;
    if (w !== ",") continue;
    if (!APPOSITIVE_OPENERS.has(tokens.lower(c + 1)) || tokens.lower(c + 1) === "who") return -1;
    const h = c - 1;
    if (index.actorAt[h]! >= 0) return index.actors[index.actorAt[h]!]!.entity.type === "person" ? h : -1;
    return index.people[h] === 1 ? -2 : -1;
  }
  return -1;
}

/** The comma opening an aside on the subject that ends right before the verb at `t0` ("X, who served in Iran, praised"), else -1. */
export function asideBefore(scope: Scope, t0: number): number {
  const close = skipLeft(scope, t0 - 1);
  return close > scope.s0 && scope.tokens.lower(close) === "," ? asideOpen(scope, close) : -1;
}

/**
 * The subject of a verb at `t0`: the nearest actor group to the left inside the clause.
 * @returns the actors, and whether they were resolved anaphorically.
 */
const INDEFINITE = new Set(["a", "an"]);
const QUANTIFIERS = new Set(["most", "many", "some", "few", "all", "everyone", "everybody", "nobody", "anyone", "anybody", "others", "several", "majority"]);
const MODALS = new Set(["would", "could", "will", "can", "may", "might", "should", "must", "do", "does", "did", "'d", "’d", "'ll", "’ll"]);

/** "most would agree", "many Americans agree that", "some Britons protested": a quantified subject is people in general, no actor. */
function quantifiedSubject(scope: Scope, t0: number): boolean {
  const { tokens, lex, index, s0 } = scope;
  let h = t0 - 1;
  while (h >= s0 && (lex.skipAdverbs.has(tokens.lower(h)) || lex.passiveAux.has(tokens.lower(h)) || MODALS.has(tokens.lower(h)) || tokens.lower(h).endsWith("n't"))) h--;
  if (h < s0) return false;
  if (QUANTIFIERS.has(tokens.lower(h))) return true;
  const a = index.actorAt[h]!;
  if (a < 0 || index.actors[a]!.via !== "demonym") return false;
  let p = h;
  while (p - 1 >= s0 && index.actorAt[p - 1] === a) p--;
  if (p - 1 >= s0 && QUANTIFIERS.has(tokens.lower(p - 1))) return true;
  // "large majorities of Americans agreed", "most of the Britons"
  let q = p - 1;
  if (q >= s0 && tokens.lower(q) === "the") q--;
  return q - 1 >= s0 && tokens.lower(q) === "of" && (QUANTIFIERS.has(tokens.lower(q - 1)) || tokens.lower(q - 1) === "majorities" || tokens.lower(q - 1) === "millions" || tokens.lower(q - 1) === "percent");
}

/** The actor ending at token i is the object of a verb (or of its preposition) and the verb at t0 follows it after "and". */
function objectBeforeAnd(scope: Scope, i: number, t0: number): boolean {
  const { tokens, lex, index, s0 } = scope;
  let k = i + 1;
  // "Graham slams Trump, praises Clinton": in a headline a comma coordinates the verbs
  const comma = k < t0 && tokens.lower(k) === "," && (k + 1 === t0 || tokens.lower(k + 1) === "and");
  if (k >= t0 || (tokens.lower(k) !== "and" && tokens.lower(k) !== "or" && !comma)) return false;
  if (comma && tokens.lower(k + 1) === "and") k++;
  k++;
  while (k < t0 && lex.skipAdverbs.has(tokens.lower(k))) k++;
  if (k !== t0) return false;
  let p = i;
  while (p - 1 >= s0 && index.actorAt[p - 1] === index.actorAt[i]) p--;
  p--;
  // past a determiner and a title ("spoke to Republican front-runner Donald Trump")
  for (let k = 0; k < 3 && p >= s0 && (DETERMINERS.has(tokens.lower(p)) || (tokens.kind[p] === TokenKind.Word && (tokens.has(p, TokenFlag.Upper) || tokens.lower(p).includes("-")) && index.actorAt[p]! < 0)); k++) p--;
  if (p >= s0 && (tokens.lower(p) === "to" || tokens.lower(p) === "with")) p--;
  if (p < s0 || tokens.kind[p] !== TokenKind.Word || tokens.has(p, TokenFlag.Upper)) return false;
  const w = tokens.lower(p);
  return w.endsWith("ed") || !!lex.triggers.get(w)?.some((f) => f.entry.pos === "verb") || lex.lightVerbs.has(w) || SPOKE.has(w);
}
/**
 * The finite verb that the verb at t0 is coordinated with ("criticized X for Y and called"): t0 follows "and"
 * (past adverbs), and a past-tense word or a verb trigger, not after a preposition, a determiner or an
 * auxiliary of the passive, stands left of it in the same clause.
 * Returns its index, or -1.
 */
function coordinatedVerb(scope: Scope, t0: number): number {
  const { tokens, lex, index, s0 } = scope;
  let h = t0 - 1;
  while (h >= s0 && lex.skipAdverbs.has(tokens.lower(h))) h--;
  if (h - 1 < s0 || tokens.lower(h) !== "and") return -1;
  for (let j = h - 1, n = 0; j >= s0 && n < 16; j--, n++) {
    const w = tokens.lower(j);
    if (w === "." || w === ";" || w === ":" || w === "and" || w === "or" || tokens.kind[j] === TokenKind.Quote || lex.clauseBreaks.has(w) || SPEECH.has(w)) return -1;
    if (tokens.kind[j] !== TokenKind.Word || tokens.has(j, TokenFlag.Upper) || index.actorAt[j]! >= 0) continue;
    const verb = w.endsWith("ed") || !!lex.triggers.get(w)?.some((f) => f.entry.pos === "verb" && f.rest.length === 0 && f.participle);
    if (!verb) continue;
    const prev = j - 1 >= s0 ? tokens.lower(j - 1) : "";
    // "was criticized and attacked", "the so-called", "for accepting": no finite verb of an active clause
    if (PREPOSITIONS.has(prev) || lex.passiveAux.has(prev) || DETERMINERS.has(prev)) return -1;
    return j;
  }
  return -1;
}

const SPOKE = new Set(["spoke", "met", "told", "saw", "thanked", "called", "phoned", "visited", "praised", "blamed", "hit", "beat"]);

export function findSubject(scope: Scope, t0: number, depth = 0): Argument {
  const { tokens, lex, index, s0 } = scope;
  // "Saudi Arabia backed the government of X, providing airstrikes": a participle clause has the main clause's subject
  if (depth <= 0 && participleClause(scope, t0) >= 0) return participleSubject(scope, t0) ?? NONE;
  // "questioned Israel's commitment to peace and refused to back": a verb right after "and" shares the subject
  // of the finite verb before it when the nearest actor stands in that verb's object (depth -1: this walk, once)
  if (depth === 0) {
    const first = coordinatedVerb(scope, t0);
    if (first >= 0) {
      const near = findSubject(scope, t0, -1);
      if (near.actors.length && near.actors.every((a) => a.start > tokens.start[first]!)) return findSubject(scope, first, 1);
      return near;
    }
  }
  // "and the second accused him": a common noun phrase right before the verb is its subject, and names no actor
  const head = skipLeft(scope, t0 - 1);
  if (head - 1 >= s0 && tokens.lower(head - 1) === "the" && tokens.kind[head] === TokenKind.Word && index.actorAt[head]! < 0 && !tokens.has(head, TokenFlag.Upper) && !PRONOUNS.has(tokens.lower(head)) && !phraseEndingAt(scope, lex.pairWords, head) && !lex.groupNouns.has(tokens.lower(head))) return NONE;
  if (quantifiedSubject(scope, t0)) return NONE;
  // "protesters have clashed", "a group of rabbis called for": an unnamed crowd or noun phrase right before the verb is the subject
  if (head >= s0 && tokens.kind[head] === TokenKind.Word && index.actorAt[head]! < 0 && !tokens.has(head, TokenFlag.Upper)) {
    const w = tokens.lower(head);
    if (lex.crowdWords.has(w) || lex.followerNouns.has(w)) return NONE;
    if (head - 3 >= s0 && tokens.lower(head - 1) === "of" && INDEFINITE.has(tokens.lower(head - 3)) && !tokens.has(head - 2, TokenFlag.Upper) && index.actorAt[head - 2]! < 0) return NONE;
  }
  let sawPronoun = false;
  // "Sandra Inman, attending the Tea Party Convention, said": a participle phrase between commas before the verb is an aside
  let from = t0 - 1;
  if (from >= s0 && tokens.lower(from) === ",") {
    for (let c = from - 1; c >= s0 && c >= from - 12; c--) {
      if (tokens.lower(c) !== ",") continue;
      const w = tokens.lower(c + 1);
      if (c + 1 < from && w.endsWith("ing") && !tokens.has(c + 1, TokenFlag.Upper) && index.actorAt[c + 1]! < 0) from = c - 1;
      break;
    }
  }
  // "John Allen, a general in the wars in Iraq and Afghanistan, was sentenced": the countries of a noun appositive describe the name before it
  const aside = asideBefore(scope, from + 1);
  if (aside >= 0) from = aside - 1;
  for (let i = from, n = 0; i >= s0 && n < 18; i--, n++) {
    // "Sandra Inman, a supporter from Jackson, said she could not support X": the nearest named doer acts for no known country
    if (index.people[i] && index.actorAt[i]! < 0) {
      // "the American Civil Liberties Union and the National Association of ... praised": a list member; read on to the list's actor
      let p = i;
      while (p - 1 >= s0 && index.people[p - 1]) p--;
      p--;
      while (p >= s0 && DETERMINERS.has(tokens.lower(p))) p--;
      if (p >= s0 && tokens.lower(p) === "and") {
        n += i - p;
        i = p;
        continue;
      }
      return NONE;
    }
    if (index.actorAt[i]! >= 0) {
      // "NATO guidelines call for", "European Union flags, marched": the actor names whose thing the subject is, not a doer
      const thing = thingAfter(scope, i, t0);
      if (thing >= 0) {
        // "Hungary licensed Czech firearm technology and ..., then agreed": a thing phrase away from the verb is an earlier verb's object
        if (skipLeft(scope, t0 - 1) > thing) {
          let p = i;
          while (p - 1 >= s0 && index.actorAt[p - 1] === index.actorAt[i]) p--;
          n += i - p;
          i = p;
          continue;
        }
        return NONE;
      }
      // "He denounced the United Nations and rejected", "spoke to Trump and asked him": the object of the verb before "and" is no subject
      if (objectBeforeAnd(scope, i, t0)) {
        let p = i;
        while (p - 1 >= s0 && index.actorAt[p - 1] === index.actorAt[i]) p--;
        n += i - p;
        i = p;
        continue;
      }
      const { actors, first } = groupLeft(scope, i);
      // "flights across the Middle East, supporting ...", "the envoy for Ukraine negotiations, resigned":
      // an actor after a preposition is that preposition's object, not the subject; read on leftwards
      void first;
      let p = i;
      while (p - 1 >= s0 && index.actorAt[p - 1] === index.actorAt[i]) p--;
      p--;
      while (p >= s0 && DETERMINERS.has(tokens.lower(p))) p--;
      // "Maria, the widow of activist X, met": the subject is the unnamed person whose relative X is
      if (roleOf(scope, p) !== p) return NONE;
      // "A spokesman for the U.S. State Department": the word before the whole phrase
      let pf = first - 1;
      while (pf >= s0 && DETERMINERS.has(tokens.lower(pf))) pf--;
      if (pf > p) pf = p;
      // "A spokesman for the State Department condemned Iran": the body a spokesperson speaks for is the doer
      if (pf - 1 >= s0 && tokens.lower(pf) === "for" && lex.principalNouns.has(tokens.lower(pf - 1))) {
        let q = pf - 2;
        while (q >= s0 && DETERMINERS.has(tokens.lower(q))) q--;
        if (q < s0 || !(NOT_SUBJECT_AFTER.has(tokens.lower(q)) || tokens.lower(q) === "of" || tokens.lower(q) === "by")) return { actors, anaphoric: false };
      }
      if (p >= s0 && NOT_SUBJECT_AFTER.has(tokens.lower(p))) {
        n += i - p;
        i = p;
        continue;
      }
      // "The Romanian hacker who first revealed that Hillary Clinton used ... was sentenced": an actor inside a
      // relative clause on an unnamed noun is not the subject; that noun is
      const rel = relativeOn(scope, first);
      if (rel >= 0) {
        // "The Romanian hacker who ...": a demonym in that noun phrase is its actor
        for (let k = rel - 1; k >= s0 && k >= rel - 3; k--) if (index.actorAt[k]! >= 0) return { actors: actorsAt(index, tokens, k).filter((a) => a.via === "demonym"), anaphoric: false };
        return NONE;
      }
      return { actors, anaphoric: false };
    }
    const w = tokens.lower(i);
    // "when the Hungarians revolted, Ike refused": an actor inside a fronted subordinate clause is not the main verb's subject
    if (w === "," && depth <= 0 && frontedClause(scope, i)) return NONE;
    const pairLen = phraseEndingAt(scope, lex.pairWords, i);
    if (pairLen && scope.pair) return { actors: scope.pair, anaphoric: false };
    if (PRONOUNS.has(w)) {
      // '"I liked every reason they were supporting him," he said': a first person before an unnamed "they" is another clause's subject
      if (sawPronoun && (w === "we" || w === "i")) return NONE;
      if (w === "we" || w === "i") {
        const sp = scope.speakerAt(i);
        if (sp) return { actors: [sp], anaphoric: true };
      }
      sawPronoun = true;
    }
    if (RELATIVE.has(w) && w !== "that") {
      let j = i - 1;
      if (j >= s0 && tokens.lower(j) === ",") j--;
      // "Mark Cuban, the billionaire owner of the Dallas Mavericks who rebuffed": "who" is the person the appositive describes
      if (w === "who" && j >= s0 && index.actorAt[j]! >= 0 && index.actors[index.actorAt[j]!]!.entity.type !== "person") {
        const head = appositivePerson(scope, j);
        if (head === -2) return NONE;
        if (head >= 0) return { actors: actorsAt(index, tokens, head), anaphoric: false };
      }
      if (j >= s0 && index.actorAt[j]! >= 0) return { actors: groupLeft(scope, j).actors, anaphoric: false };
      return NONE;
    }
    if (SPEECH.has(w)) {
      if (sawPronoun && depth <= 0) return findSubject(scope, i, 1);
      return NONE;
    }
    // "Leaders of the African Union (AU) met", "the Commission on Religious Freedom (USCIRF) criticized": read past brackets
    if (w === ")") {
      let j = i - 1;
      while (j >= s0 && j > i - 10 && tokens.lower(j) !== "(" && tokens.lower(j) !== ")") j--;
      if (j >= s0 && tokens.lower(j) === "(") {
        if (index.actorAt[i - 1]! >= 0) continue;
        n += i - j;
        i = j;
        continue;
      }
    }
    if (lex.clauseBreaks.has(w) || w === ";" || w === ":" || w === "(" || w === ")") return NONE;
    // 'in French and English, "they raped me"': a quotation mark closes the clause
    if (tokens.kind[i] === TokenKind.Quote && sawPronoun) return NONE;
  }
  return NONE;
}

/**
 * "The US blamed Iran for the attack, committing to send troops": a verb in a participle
 * clause after a comma has the sentence's subject, the first actor not after a preposition.
 * Returns null when the verb at t0 heads no such clause.
 */
/** The comma opening a participle clause that holds the verb at t0 (", providing airstrikes", ", and speaking to"), or -1. */
function participleClause(scope: Scope, t0: number): number {
  const { tokens, lex, s0 } = scope;
  let i = t0 - 1;
  let ing = tokens.lower(t0).endsWith("ing");
  while (i >= s0 && (tokens.lower(i) === "to" || lex.skipAdverbs.has(tokens.lower(i)) || (!ing && tokens.lower(i).endsWith("ing")))) {
    if (tokens.lower(i).endsWith("ing")) ing = true;
    i--;
  }
  // "meeting with X, and speaking to Y": the second of coordinated participles
  if (i - 1 >= s0 && tokens.lower(i) === "and" && tokens.lower(i - 1) === ",") i--;
  if (!ing || i < s0 || tokens.lower(i) !== ",") return -1;
  return i;
}

/** More prepositions whose object does not lead a participle clause ("brought the case before the court, asking ..."). */
const CLAUSE_PREPS = new Set(["of", "before", "after", "under", "during", "behind", "beside", "than", "despite"]);

export function participleSubject(scope: Scope, t0: number): Argument | null {
  const { tokens, index, s0 } = scope;
  const i = participleClause(scope, t0);
  if (i < 0) return null;
  for (let k = s0; k < i; k++) {
    // "Typhoon Phanfone made landfall on the Philippines, killing 20": a natural hazard leads the sentence, no one does the act
    if (scope.lex.hazardNouns.has(tokens.lower(k))) return NONE;
    if (index.actorAt[k]! < 0) continue;
    // "in Paris, France, a worker went on a spree, killing four": a country after a place and a comma names where the place is
    if (k - 2 >= s0 && tokens.lower(k - 1) === "," && index.placeAt[k - 2]! >= 0) {
      while (k + 1 < i && index.actorAt[k + 1]! >= 0) k++;
      continue;
    }
    let p = k - 1;
    // "with Roman Catholic Pope Francis": titles and determiners sit between the preposition and the name
    while (p >= s0 && p > k - 4 && !DETERMINERS.has(tokens.lower(k)) && tokens.has(p, TokenFlag.Upper) && index.actorAt[p]! < 0 && !tokens.has(p, TokenFlag.SentenceStart)) p--;
    while (p >= s0 && DETERMINERS.has(tokens.lower(p))) p--;
    if (roleOf(scope, p) !== p) return NONE;
    if (p >= s0 && (NOT_SUBJECT_AFTER.has(tokens.lower(p)) || CLAUSE_PREPS.has(tokens.lower(p)))) {
      while (k + 1 < i && index.actorAt[k + 1]! >= 0) k++;
      continue;
    }
    return { actors: groupRight(scope, k).actors, anaphoric: false };
  }
  return null;
}

/**
 * The object of a verb ending before `t1`: the nearest actor group to the right, within
 * `entry.targetNear` tokens for a direct object, or after one of `entry.prep`.
 */
/**
 * "praised Italian coach Marco Rossi", "met German envoy X": a demonym that only describes the
 * person or body named after it (past up to three words, same country) yields to that name.
 * Returns the token to read the object from.
 */
function demonymHead(scope: Scope, i: number): number {
  const { tokens, index, s1 } = scope;
  const first = index.actors[index.actorAt[i]!]!;
  // "met Hong Kong Chief Executive Carrie Lam", "U.S. Secretary of State Mike Pompeo": a country's name before a capitalised title
  const country = first.entity.type === "country" && (first.via === "name" || first.via === "alias");
  if (first.via !== "demonym" && !country) return i;
  let j = i;
  while (j < s1 && index.actorAt[j] === index.actorAt[i]) j++;
  for (let n = 0; j < s1 && n < 4; j++, n++) {
    if (index.actorAt[j]! >= 0) {
      const m = index.actors[index.actorAt[j]!]!;
      // a title mention may open right after the country ("US Secretary of State Mike Pompeo" as one mention)
      return (n > 0 || country) && m.code === first.code && (m.entity.type === "person" || m.entity.type === "organization") ? j : i;
    }
    if (country && !(tokens.has(j, TokenFlag.Upper) || (tokens.lower(j) === "of" && n > 0))) return i;
    if (country && tokens.lower(j) === "of") continue;
    if (tokens.kind[j] !== TokenKind.Word || DETERMINERS.has(tokens.lower(j)) || CONNECTORS.has(tokens.lower(j)) || PREPOSITIONS.has(tokens.lower(j))) return i;
  }
  return i;
}

export function findObject(scope: Scope, t1: number, entry: TriggerEntry): { arg: Argument; last: number } {
  const { tokens, lex, index, s1 } = scope;
  let budget = entry.targetNear;
  let adjunct = false;
  for (let i = t1, n = 0; i < s1 && n < 14; i++, n++) {
    if (adjunct && index.actorAt[i]! >= 0 && !entry.prep.includes(tokens.lower(i))) continue;
    if (index.actorAt[i]! >= 0) {
      const { actors, last } = groupRight(scope, demonymHead(scope, i));
      const ok = actors.filter((m) => typeOk(m, entry.targetTypes));
      if (!ok.length) return { arg: NONE, last: -1 };
      return { arg: { actors: ok, anaphoric: false }, last };
    }
    const w = tokens.lower(i);
    if (entry.prep.includes(w)) {
      budget = n + 4;
      adjunct = false;
      continue;
    }
    // "encouraging allies such as Germany": the examples name the object
    if (w === "such" && i + 1 < s1 && tokens.lower(i + 1) === "as") {
      i++;
      n++;
      budget = Math.max(budget, n + 3);
      continue;
    }
    if (n >= budget) break;
    // "praised Mendez on Twitter", "met on Monday with X": actors inside an adjunct are not objects
    if (ADJUNCT_PREPS.has(w) && !entry.prep.includes(w)) {
      adjunct = true;
      continue;
    }
    if (lex.clauseBreaks.has(w) || (isPunct(tokens, i) && w !== "-") || tokens.kind[i] === TokenKind.Quote) break;
    if (w === "to" && n > 0 && !entry.prep.includes("to")) break;
  }
  return { arg: NONE, last: -1 };
}

/** The agent after a passive or a noun: "by X", "ascribed to X" within a few tokens. */
/** Modals: a "by" after one belongs to the verb they govern, not to the trigger before them. */
const AGENT_STOPS = new Set(["would", "could", "will", "may", "might", "should", "must", "can", "'d", "’d", "'ll", "’ll"]);

export function findAgent(scope: Scope, t1: number): Argument {
  const { tokens, lex, index, s1 } = scope;
  for (let i = t1, n = 0; i < s1 && n < 6; i++, n++) {
    const len = phraseAt(tokens, s1, lex.agentPreps, i);
    if (len) {
      let j = i + len;
      // "by the President of the United States", "by members of the European Union"
      if (j + 2 < s1 && index.actorAt[j]! < 0 && tokens.lower(j + 1) === "of" && tokens.kind[j] === TokenKind.Word) j += 2;
      else if (j + 3 < s1 && DETERMINERS.has(tokens.lower(j)) && index.actorAt[j + 1]! < 0 && tokens.lower(j + 2) === "of") j += 3;
      while (j < s1 && (DETERMINERS.has(tokens.lower(j)) || (index.actorAt[j]! < 0 && tokens.has(j, TokenFlag.Upper) && j < i + len + 3 && index.actorAt[j + 1]! >= 0))) j++;
      if (j < s1 && index.actorAt[j]! >= 0) return { actors: groupRight(scope, j).actors, anaphoric: false };
      return NONE;
    }
    const w = tokens.lower(i);
    if (w === "." || w === ";" || w === ":") break;
    // "concerns that the investigation would be influenced by Clinton's ties": past a modal the "by" is another verb's
    if (AGENT_STOPS.has(w)) break;
    // "a rally on Friday, despite criticism by X": the agent belongs to the nearer noun
    if (i > t1 && lex.triggers.has(w)) break;
  }
  return NONE;
}

/** "between X and Y" right after a trigger. */
export function findBetween(scope: Scope, t1: number): Argument {
  const { tokens, index, s1 } = scope;
  for (let i = t1, n = 0; i < s1 && n < 4; i++, n++) {
    if (tokens.lower(i) === "between") {
      let j = i + 1;
      while (j < s1 && DETERMINERS.has(tokens.lower(j))) j++;
      const found: ActorMention[] = [];
      for (let k = j; k < s1 && k < j + 14; k++) {
        if (index.actorAt[k]! >= 0) {
          for (const m of actorsAt(index, tokens, k)) if (!found.includes(m)) found.push(m);
        } else if (scope.lex.clauseBreaks.has(tokens.lower(k)) || tokens.lower(k) === ".") break;
      }
      return found.length >= 2 ? { actors: found, anaphoric: false } : NONE;
    }
  }
  return NONE;
}

/** Verbs whose subject undergoes the act their object names ("faced attacks", "suffered sanctions"). */
export const UNDERGO: ReadonlySet<string> = new Set(["deny", "denies", "denied", "denying", "refute", "refutes", "refuted", "face", "faces", "faced", "facing", "suffer", "suffers", "suffered", "suffering", "endure", "endures", "endured", "enduring", "undergo", "undergoes", "underwent", "undergoing", "withstand", "withstood", "survive", "survives", "survived", "surviving", "experience", "experienced", "experiencing"]);

/**
 * Source of a noun trigger at t0 from its left: a possessive ("Putin's invasion"), a
 * pre-modifier ("a US request", "Trump-Putin meeting"), or the subject of a light verb
 * ("held talks"). Returns the light verb's index when one governs the noun.
 */
export function nominalSource(scope: Scope, t0: number): { arg: Argument; governor: number } {
  const { tokens, lex, index, s0 } = scope;
  let i = t0 - 1;
  let gap = 0;
  while (i >= s0 && gap < 4) {
    if (index.actorAt[i]! >= 0) {
      // "NATO guidelines call for": the actor names whose thing the noun phrase is
      if (thingAfter(scope, i, t0) >= 0) return { arg: NONE, governor: -1 };
      // "told Fox News their investigation": a possessive pronoun stands for its own referent, not a group with the name before it
      if (POSSESSIVE_PRONOUNS.has(tokens.lower(i))) return { arg: { actors: actorsAt(index, tokens, i), anaphoric: true }, governor: -1 };
      return { arg: { actors: groupLeft(scope, i).actors, anaphoric: false }, governor: -1 };
    }
    if (tokens.kind[i] === TokenKind.Possessive && i - 1 >= s0) {
      let j = i - 1;
      // "the Iraqi government's request": the possessor is a phrase holding an actor (a verb ends it: "Reuters reported Monday's attack")
      for (let k = 0; k < 3 && j >= s0; k++, j--) {
        if (index.actorAt[j]! >= 0) return { arg: { actors: groupLeft(scope, j).actors, anaphoric: false }, governor: -1 };
        const x = tokens.lower(j);
        if (tokens.kind[j] !== TokenKind.Word || (!tokens.has(j, TokenFlag.Upper) && (x.endsWith("ed") || SPEECH.has(x) || lex.clauseBreaks.has(x)))) break;
      }
      return { arg: NONE, governor: -1 };
    }
    const w = tokens.lower(i);
    if (w === "their" && scope.pair) return { arg: { actors: scope.pair, anaphoric: true }, governor: -1 };
    // "told the Military Times the attack": what stands left of a determiner is not in the noun phrase (a light verb may govern it: "held the talks")
    if (DETERMINERS.has(w) && w !== "their") {
      const v = i - 1 >= s0 ? tokens.lower(i - 1) : "";
      if (lex.lightVerbs.has(v) && !(i - 2 >= s0 && DETERMINERS.has(tokens.lower(i - 2)))) return { arg: findSubject(scope, i - 1), governor: i - 1 };
      if (!(i - 1 >= s0 && DETERMINERS.has(v))) break;
    }
    // "Kabul suffered attacks": the governor's subject undergoes the act (the caller reads it as the target)
    if (UNDERGO.has(w) && !(i - 1 >= s0 && DETERMINERS.has(tokens.lower(i - 1)))) return { arg: findSubject(scope, i), governor: i };
    // "a complete withdrawal", "the final agreement": after a determiner a light-verb form is an adjective
    if (lex.lightVerbs.has(w) && !(i - 1 >= s0 && DETERMINERS.has(tokens.lower(i - 1)))) return { arg: findSubject(scope, i), governor: i };
    if (w === "his" || w === "her" || w === "its" || PREPOSITIONS.has(w)) break;
    if (lex.clauseBreaks.has(w) || lex.passiveAux.has(w) || lex.skipAdverbs.has(w) || isPunct(tokens, i) || tokens.kind[i] === TokenKind.Quote) break;
    if (lex.triggers.get(w)?.some((f) => f.entry.pos === "verb")) break;
    i--;
    gap++;
  }
  return { arg: NONE, governor: -1 };
}

/** Target of a noun: an actor after one of its prepositions ("talks with X", "attacks on X"). */
export function nominalTarget(scope: Scope, t1: number, entry: TriggerEntry): Argument {
  const { tokens, index, s1 } = scope;
  for (let i = t1, n = 0; i < s1 && n < 7; i++, n++) {
    const w = tokens.lower(i);
    if (w !== "by" && w !== "between" && entry.prep.includes(w)) {
      // "a request to stop attacks on Ukraine": "to" before a verb is an infinitive, not a recipient
      if (w === "to" && i + 1 < s1 && index.actorAt[i + 1]! < 0 && !DETERMINERS.has(tokens.lower(i + 1)) && !tokens.has(i + 1, TokenFlag.Upper)) return NONE;
      for (let j = i + 1, m = 0; j < s1 && m < 5; j++, m++) {
        if (index.actorAt[j]! >= 0) {
          const ok = groupRight(scope, j).actors.filter((a) => typeOk(a, entry.targetTypes));
          return ok.length ? { actors: ok, anaphoric: false } : NONE;
        }
        const x = tokens.lower(j);
        if (scope.lex.clauseBreaks.has(x) || isPunct(tokens, j) || x === "to") break;
      }
      return NONE;
    }
    if (scope.lex.clauseBreaks.has(w) || isPunct(tokens, i)) break;
  }
  return NONE;
}
