/**
 * The events stage: PLOVER coding of who did what to whom. For each sentence it finds
 * triggers (triggers.ts), their source and target actors (arguments.ts), modality,
 * place and date, then merges repeated mentions (dedup.ts).
 */
import type { Doc } from "../../doc/doc.js";
import { LAYERS } from "../../doc/layers.js";
import type { EntityRecord, EventActorRecord, EventRecord, Modality, PlaceRecord, QuoteRecord } from "../../doc/record.js";
import { textSpan } from "../../doc/span.js";
import { ParleyError } from "../../errors.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import type { Sentences, Tokens } from "../../text/types.js";
import { TokenFlag, TokenKind } from "../../text/types.js";
import { actorsAt, buildActorIndex, compoundActors, typeOk, type ActorIndex, type ActorMention } from "./actors.js";
import { SPEECH, asideBefore, findAgent, phraseAt, findBetween, findObject, findSubject, isPassive, participleSubject, nominalSource, nominalTarget, NONE, UNDERGO, type Argument, type Scope } from "./arguments.js";
import { findDates, nearestDate, type DateHit } from "./dates.js";
import { dedupEvents, type Candidate } from "./dedup.js";
import type { EventLexicon, TriggerEntry } from "./lexicon.js";
import { modalityAt, RELATIVE_OPENERS } from "./modality.js";
import type { PloverOntology } from "./ontology.js";
import { findPlaces, nearestPlace, placeLookupFrom, type PlaceHit } from "./places.js";
import { matchTrigger, type TriggerMatch } from "./triggers.js";

/** Resource keys the stage reads. */
export const EVENTS_RESOURCES = { plover: "plover", triggers: "event-triggers", kb: "kb" } as const;

const TERRITORIAL = new Set(["ASSAULT", "MOBILIZE", "RETREAT"]);
const PLACE_PREPS = new Set(["into", "in", "on", "against", "from", "to", "of"]);

/** A place entity with a country right after a territorial trigger's preposition, as an actor of that country. */
function placeTarget(scope: Scope, t1: number): ActorMention | null {
  const { tokens, index, s1 } = scope;
  for (let i = t1, n = 0; i < s1 && n < 4; i++, n++) {
    if (!PLACE_PREPS.has(tokens.lower(i))) continue;
    let j = i + 1;
    if (tokens.lower(j) === "the") j++;
    const p = j < s1 ? index.placeAt[j]! : -1;
    if (p < 0) return null;
    const m = index.places[p]!;
    return m.entity.country ? { start: m.start, end: m.end, entity: m.entity, code: m.entity.country, via: "name" } : null;
  }
  return null;
}

const GERUND_PREPS = new Set(["without", "by", "after", "before", "while", "for", "of", "from", "on", "in", "about", "despite", "against"]);
const SPEECH_CUES = new Set(["said", "says", "told", "added", "stated", "declared", "insisted", "argued", "called"]);

/** "Russian talks", "Turkish airstrikes": a singular demonym right before a word makes it a noun. */
function demonymBefore(index: ActorIndex, tokens: Tokens, t: number, s0: number): boolean {
  if (t <= s0 || index.actorAt[t - 1]! < 0) return false;
  const w = tokens.lower(t - 1);
  return !w.endsWith("s") && actorsAt(index, tokens, t - 1).some((m) => m.via === "demonym");
}

/**
 * The target of an event whose text names none: the country where it happened, else the
 * source's own (the guidelines' domestic event: "the government will withdraw the bill").
 * It carries no entity, so readers can tell it was inferred.
 */
function implicitTarget(src: ActorMention, type: string, place: PlaceRecord | null, noTarget: boolean, story: Story, objectType: string | null, sentence: number, old: boolean, modality: Modality): EventActorRecord | null {
  if (noTarget) return null;
  if (place?.country) return { country: place.country };
  if (REACTIONS.has(type)) {
    // "opposed the withdrawal": the reaction answers whoever last did that
    const did = objectType ? story.lastByType.get(objectType) : undefined;
    if (did && did.entity !== src.entity.id) return { country: did.code };
    // "criticised the move": the latest act of someone else, if it is recent; after another reaction, what that one answered
    const last = story.last;
    if (last && last.entity !== src.entity.id && sentence - last.sentence <= RECENT) return { country: last.reaction && last.target ? last.target : last.code };
  }
  if (REACTIONS.has(type) && story.protagonist) return { country: story.protagonist };
  // "Turkish airstrikes" in a story set in Syria: force lands where the story is; not an attack
  // dated years before the article ("in 2015 ... providing airstrikes"), whose target the scene does not tell
  if (TERRITORIAL.has(type) && old) return null;
  // "try to destroy the person", "they would sometimes kill the farmers", "refused to release": force that is only
  // supposed or refused has no scene to land in (an announced withdrawal does: it leaves the story's country)
  if (TERRITORIAL.has(type) && story.scene && modality !== "hypothetical" && modality !== "negated") return { country: story.scene };
  return { country: src.code };
}

/** The places not inside tokens [from, to) (all of them when from < 0). */
function outside(places: readonly PlaceHit[], from: number, to: number): readonly PlaceHit[] {
  return from < 0 ? places : places.filter((h) => h.t < from || h.t >= to);
}

/** "destroy ISIL", "attacked the Islamic State": force whose object is an organisation that no country owns lands in no known country. */
function uncodedNameAfter(scope: Scope, t1: number): boolean {
  const { tokens, index, s1 } = scope;
  const j = t1 < s1 && tokens.lower(t1) === "the" ? t1 + 1 : t1;
  return j < s1 && index.people[j] === 2 && index.actorAt[j]! < 0 && index.placeAt[j]! < 0;
}

/** How many sentences back an unnamed reaction may still answer the latest act ("He condemned it" answers the sentence before, not an aside pages up). */
const RECENT = 2;

/** Auxiliaries that make "never + verb" a report ("will never meet", "did never sign"). */
const HABIT_AUX = new Set(["will", "would", "did", "could", "can", "shall", "should", "may", "might", "must", "'ll", "’ll"]);

/** The verb at this token is the lemma or its third-person form (present tense). */
function presentForm(w: string, lemma: string): boolean {
  return w === lemma || w === lemma + "s" || w === lemma + "es" || (lemma.endsWith("y") && w === lemma.slice(0, -1) + "ies");
}

/** "agrees to", "agree on": agreeing to or on something is an act, not an opinion. */
const AGREE_ACTS = new Set(["to", "on", "upon"]);
/** Words opening a verb's object phrase that, with no actor in it, names a thing ("discussing his plan"). */
const THING_DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "some"]);
/** Stances that "does not" reports as they stand now ("does not support the bill"). */
const STANCES = new Set(["SUPPORT", "REJECT", "REQUEST"]);

/** "do not", "does not", "don't", "doesn't" right before the token at t0. */
function doNegation(tokens: Tokens, t0: number, s0: number): boolean {
  const w = t0 - 1 >= s0 ? tokens.lower(t0 - 1) : "";
  if (w === "don't" || w === "doesn't" || w === "don’t" || w === "doesn’t") return true;
  if (w !== "not" && w !== "n't" && w !== "’t" && w !== "n’t") return false;
  const aux = t0 - 2 >= s0 ? tokens.lower(t0 - 2) : "";
  return aux === "do" || aux === "does";
}

const THREATS = new Set(["ASSAULT", "SANCTION", "COERCE"]);
const REACTIONS = new Set(["ACCUSE", "REJECT", "SUPPORT", "REQUEST", "THREATEN"]);

/** What an article is about: its most named actor, its setting (the country of its first located place), its latest actor. */
interface Story {
  protagonist: string | null;
  scene: string | null;
  /** The latest event so far: its source, whether it was a reaction, and its target's country. */
  last: LastAct | null;
  /** The latest source of each event type. */
  lastByType: Map<string, LastAct>;
}

interface LastAct {
  /** Sentence index of the act. */
  sentence: number;
  entity: string;
  code: string;
  reaction: boolean;
  target: string | null;
}

/** The event type of a noun trigger heading the object right after `t1` ("opposed the withdrawal" → RETREAT). */
function objectEventType(lex: EventLexicon, tokens: Tokens, t1: number, s1: number): string | null {
  for (let i = t1, n = 0; i < s1 && n < 3; i++, n++) {
    const w = tokens.lower(i);
    if (PHRASE_DETERMINERS.has(w)) continue;
    const f = lex.triggers.get(w)?.find((x) => x.entry.pos === "noun" && x.rest.length === 0);
    return f ? f.entry.type : null;
  }
  return null;
}

/** The code with most actor mentions in the document. */
function protagonistOf(index: ActorIndex): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const a of index.actors) {
    const n = (counts.get(a.code) ?? 0) + 1;
    counts.set(a.code, n);
    if (!best || n > counts.get(best)!) best = a.code;
  }
  return best;
}

/** "terrorist attacks", "the worst terror attack": after a singular force cue an attack word is a noun, not a verb whose subject stands further left. */
function forceCueBefore(lex: EventLexicon, tokens: Tokens, t: number, s0: number): boolean {
  if (t <= s0) return false;
  const w = tokens.lower(t - 1);
  // "the military attacked", "militants attacked": a noun that can be the subject keeps the verb
  return lex.forceCues.has(w) && !w.endsWith("s") && w !== "military";
}

/** Words after a past participle that close a reduced relative clause on the noun before it ("parishioners killed at a church"). */
const AFTER_PARTICIPLE = new Set(["at", "in", "during", "on", "near", "outside", "inside", "while", "when", "since", "last"]);
const NOT_PLURAL_NOUNS = new Set(["has", "was", "is", "his", "its", "this", "thus", "as", "us", "yes", "less", "unless", "whereas"]);

/**
 * "parishioners killed at a church", "movie-goers killed at cinemas": a past participle of force right
 * after a plural common noun, then a place or time, tells what the noun underwent; the clause names no doer.
 */
const SINGULAR_AFTER = new Set(["in", "during", "while", "near", "outside", "inside", "on"]);

/** "the meeting with analysts", "talks with the union": the noun's own preposition names a partner by a common noun, no actor (nor "the other side"). */
function commonPartner(scope: Scope, e: TriggerEntry, m: TriggerMatch): boolean {
  const { tokens, index, lex, s1 } = scope;
  // the preposition closes the trigger ("met with") or follows it ("the meeting with")
  const after = m.t1 - 1 > m.t0 && e.prep.includes(tokens.lower(m.t1 - 1)) ? m.t1 : m.t1 + 1;
  if (after >= s1 || (after > m.t1 && !e.prep.includes(tokens.lower(m.t1)))) return false;
  let j = after;
  if (THING_DETERMINERS.has(tokens.lower(j)) && j + 1 < s1) j++;
  return tokens.kind[j] === TokenKind.Word && !tokens.has(j, TokenFlag.Upper) && index.actorAt[j]! < 0 && !phraseAt(tokens, s1, lex.pairWords, after) && !phraseAt(tokens, s1, lex.pairWords, j) && !PRONOUNS_OBJ.has(tokens.lower(j));
}

const PRONOUNS_OBJ = new Set(["him", "her", "them", "us", "me", "it", "each", "one"]);

const OWNER_WORDS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those"]);

/** "their policies", "Obama's signature achievement", "the norms": an object phrase headed by a thing, maybe owned by an actor. */
function ownedThing(scope: Scope, t1: number): boolean {
  const { tokens, index, s1 } = scope;
  let j = t1;
  if (OWNER_WORDS.has(tokens.lower(j))) j++;
  else if (index.actorAt[j]! >= 0) {
    const a = index.actorAt[j];
    while (j < s1 && index.actorAt[j] === a) j++;
    if (j >= s1 || tokens.kind[j] !== TokenKind.Possessive) return false;
    j++;
  }
  return j < s1 && !tokens.has(j, TokenFlag.Upper) && thingObject(scope, j);
}

/** A lower-case word after "to" that reads as a bare verb: no actor, place, determiner, pronoun or -ing form. */
function bareVerbAt(scope: Scope, t: number): boolean {
  const { tokens, index } = scope;
  const w = tokens.lower(t);
  return tokens.kind[t] === TokenKind.Word && !tokens.has(t, TokenFlag.Upper) && index.actorAt[t]! < 0 && index.placeAt[t]! < 0 && !OWNER_WORDS.has(w) && !OBJECT_PRONOUNS.has(w) && !COUNT_WORDS.has(w) && !w.endsWith("ing") && !NOT_NOUNS.has(w);
}

function patientParticiple(scope: Scope, m: TriggerMatch): boolean {
  const { tokens, lex, index, s0, s1 } = scope;
  const e = m.form.entry;
  if (e.pos !== "verb" || !m.form.participle || (e.type !== "ASSAULT" && e.type !== "COERCE") || m.t1 >= s1 || !AFTER_PARTICIPLE.has(tokens.lower(m.t1))) return false;
  const p = m.t0 - 1;
  if (p < s0 || tokens.kind[p] !== TokenKind.Word || index.actorAt[p]! >= 0 || tokens.has(p, TokenFlag.Upper)) return false;
  const w = tokens.lower(p);
  // "the parents of a soldier killed in action": a singular noun after "a"/"an", with a place or time after the participle
  const singular = p - 1 >= s0 && (tokens.lower(p - 1) === "a" || tokens.lower(p - 1) === "an") && SINGULAR_AFTER.has(tokens.lower(m.t1));
  if ((!singular && (!w.endsWith("s") || w.endsWith("ss") || NOT_PLURAL_NOUNS.has(w))) || NOT_NOUNS.has(w) || lex.passiveAux.has(w) || lex.skipAdverbs.has(w)) return false;
  return !lex.groupNouns.has(w) && !lex.crowdWords.has(w) && !lex.followerNouns.has(w) && !lex.triggers.has(w);
}

/**
 * "lashed out at Turkey for having shot down a bomber", "criticized Obama for attacking Clinton": the act
 * after "<actor> for/of" (a gerund, or "having" and a participle) is that actor's. Null when no actor ends right before the preposition.
 */
function doerBeforePrep(scope: Scope, m: TriggerMatch, gerund: boolean, neg: number): Found | null {
  const { tokens, index, s0 } = scope;
  const e = m.form.entry;
  if (e.pos !== "verb") return null;
  const prep = gerund ? m.t0 - 1 - neg : m.t0 - 2 >= s0 && tokens.lower(m.t0 - 1) === "having" ? m.t0 - 2 : -1;
  if (prep - 1 < s0 || !CHARGE_PREPS.has(tokens.lower(prep)) || index.actorAt[prep - 1]! < 0) return null;
  return { sources: { actors: actorsAt(index, tokens, prep - 1), anaphoric: false }, targets: e.noTarget ? NONE : findObject(scope, m.t1, e).arg, passive: false, authority: false };
}

/** "suppress protests", "extradite accused criminals": right after a verb trigger a word is its object, not a verb. */
function verbBefore(lex: EventLexicon, tokens: Tokens, t: number, s0: number): boolean {
  return t > s0 && !!lex.triggers.get(tokens.lower(t - 1))?.some((f) => f.entry.pos === "verb" && f.rest.length === 0);
}

/** "is facing terrorist attacks", "suffered attacks": a trigger one or two words after a verb of undergoing is its object, a noun. */
function undergoBefore(tokens: Tokens, t: number, s0: number): boolean {
  return (t - 1 >= s0 && UNDERGO.has(tokens.lower(t - 1))) || (t - 2 >= s0 && UNDERGO.has(tokens.lower(t - 2)) && tokens.kind[t - 1] === TokenKind.Word);
}

const PHRASE_DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our"]);

/** "the main fighting force": an -ing word a determiner opens, with no auxiliary between, modifies a noun. */
/** "the Orlando massacre", "a Paris attack": a word after a determiner and a place's name is a noun. */
function placeModifierBefore(index: ActorIndex, tokens: Tokens, t: number, s0: number): boolean {
  return t - 2 >= s0 && index.placeAt[t - 1]! >= 0 && index.actorAt[t - 1]! < 0 && PHRASE_DETERMINERS.has(tokens.lower(t - 2));
}

const ONE_ARTICLES = new Set(["a", "an", "one", "another", "each", "every"]);

/**
 * "a California Department of Transportation (Caltrans) sign", "one Arizona Department of Transportation sign":
 * a word after an article and a name (no verb between) heads that noun phrase.
 */
function namedModifierBefore(tokens: Tokens, t: number, s0: number): boolean {
  let i = t - 1;
  let names = 0;
  for (; i >= s0 && i >= t - 10; i--) {
    const w = tokens.lower(i);
    if (tokens.kind[i] === TokenKind.Word && tokens.has(i, TokenFlag.Upper) && !tokens.has(i, TokenFlag.SentenceStart)) names++;
    else if (w !== "of" && w !== "(" && w !== ")" && w !== "-") break;
  }
  return names > 0 && i >= s0 && ONE_ARTICLES.has(tokens.lower(i));
}

function gerundInPhrase(tokens: Tokens, t: number, s0: number): boolean {
  if (!tokens.lower(t).endsWith("ing")) return false;
  return (t - 1 >= s0 && PHRASE_DETERMINERS.has(tokens.lower(t - 1))) || (t - 2 >= s0 && PHRASE_DETERMINERS.has(tokens.lower(t - 2)) && tokens.kind[t - 1] === TokenKind.Word);
}

/** The unnamed authority of a country behind an arrest (police) or a conviction (courts). */
function authorityOf(code: string, e: TriggerEntry, start: number, end: number): ActorMention {
  const sector = e.type === "SANCTION" || e.mode === "convict" ? "JUD" : "COP";
  return { start, end, entity: { id: "", name: "", type: "organization", country: code, sector, roles: [], mentions: [] }, code, via: "implicit" };
}

/** An unnamed target with the entity that names it, if any: the country stays the one the context gave. */
function withEntity(entity: EntityRecord | null, implicit: EventActorRecord | null): EventActorRecord | null {
  if (!entity) return implicit;
  return { entity: entity.id, ...(implicit?.country ? { country: implicit.country } : {}), ...(entity.sector ? { sector: entity.sector } : {}) };
}

function actorRecord(m: ActorMention): EventActorRecord {
  if (m.via === "implicit") return { country: m.code, ...(m.entity.sector ? { sector: m.entity.sector } : {}) };
  return { entity: m.entity.id, country: m.code, ...(m.entity.sector ? { sector: m.entity.sector } : {}) };
}

/** Words that end the search for an object's name after a verb ("attacked former nominee Mitt Romney"; not "met in Paris with X"). */
const OBJECT_STOPS = new Set(["to", "for", "of", "in", "on", "at", "with", "by", "from", "that", "who", "which", "and", "or", "but", "as", "after", "before", "over", "about", "into", "against", "while", "when", "because", "if", "his", "her", "their", "its"]);

/**
 * The named person or organisation no country owns that an event with no coded target acted on: the object right
 * after an active verb ("Trump attacked former nominee Mitt Romney", "Judge X sentenced David and Louise Turpin"), or
 * the subject of a passive one ("Chirac was convicted", "Zhukovskyy was arrested"); not an owner ("Pelosi's bill").
 * Its entity joins the target the stage gives an unnamed one (the country is unchanged). -1 when none.
 */
function unownedPatient(scope: Scope, m: TriggerMatch, passive: boolean): number {
  const { tokens, index, lex, s0, s1 } = scope;
  let k = -1;
  if (passive) {
    let i = m.t0 - 1;
    while (i >= s0 && (lex.passiveAux.has(tokens.lower(i)) || lex.skipAdverbs.has(tokens.lower(i)))) i--;
    if (i < m.t0 - 1) k = i;
  } else {
    for (let i = m.t1; i < s1 && i < m.t1 + 6; i++) {
      if (index.unownedAt[i]! >= 0) {
        k = i;
        break;
      }
      if (tokens.kind[i] !== TokenKind.Word || index.named[i] || OBJECT_STOPS.has(tokens.lower(i))) break;
    }
  }
  if (k < s0 || index.unownedAt[k]! < 0) return -1;
  const u = index.unownedAt[k]!;
  // "Pelosi's bill", "Romney's accusations": the name owns the object
  let e = k;
  while (e + 1 < s1 && index.unownedAt[e + 1] === u) e++;
  if (e + 1 < s1 && tokens.kind[e + 1] === TokenKind.Possessive) return -1;
  // "criticizing the Keystone XL pipeline": a name before a common noun names a thing
  if (!passive && e + 1 < s1 && tokens.kind[e + 1] === TokenKind.Word && !tokens.has(e + 1, TokenFlag.Upper) && !OBJECT_STOPS.has(tokens.lower(e + 1)) && !lex.skipAdverbs.has(tokens.lower(e + 1))) return -1;
  return u;
}

const TITLE_LINKS = new Set(["of", "for", "the"]);
const THE = new Set(["the", "a", "an"]);
/** Words that join or relate two mentions and so never stand inside a title phrase. */
const NOT_TITLE = new Set(["and", "or", "nor", "but", "with", "to", "in", "on", "at", "by", "from", "as", "than", "against", "versus", "vs", "and/or"]);

/** Between two mentions stand only one to five title words ("President", "Secretary of State", "special envoy"): no mark, no "and"/"or". */
function titleBetween(text: string, from: number, to: number, before: number): boolean {
  if (to - from < 2 || to - from > 60) return false;
  // "a former advisor for U.S. President X was sentenced": a title phrase after a preposition is that preposition's object
  let b = before;
  while (b > 0 && text.charCodeAt(b - 1) === 32) b--;
  let a = b;
  while (a > 0 && /[A-Za-z]/.test(text[a - 1]!)) a--;
  let word = text.slice(a, b).toLowerCase();
  if (THE.has(word)) {
    b = a;
    while (b > 0 && text.charCodeAt(b - 1) === 32) b--;
    a = b;
    while (a > 0 && /[A-Za-z]/.test(text[a - 1]!)) a--;
    word = text.slice(a, b).toLowerCase();
  }
  if (PREPOSITION_WORDS.has(word)) return false;
  const words = text.slice(from, to).trim().split(" ");
  if (words.length > 5) return false;
  let capital = false;
  for (const w of words) {
    if (!/^[A-Za-z][A-Za-z.'’-]*$/.test(w) || NOT_TITLE.has(w)) return false;
    if (w.charCodeAt(0) <= 90) capital = true;
    else if (!TITLE_LINKS.has(w) && words.length > 2) return false;
  }
  return capital;
}

function distinctByCode(list: readonly ActorMention[], text: string, symmetric: boolean): ActorMention[] {
  const seen = new Map<string, number>();
  const out: ActorMention[] = [];
  for (const m of list) {
    // "Turkish Americans", "United States Pacific Command": two actors a single space apart are one phrase, one actor
    // (its head after a demonym, else the first name); not the two sides of a two-sided act ("the US Russian talks")
    const prev = out.length ? out[out.length - 1]! : null;
    if (!symmetric && prev && prev.code !== m.code && m.start === prev.end + 1 && text.charCodeAt(prev.end) === 32) {
      if (prev.via === "demonym") {
        seen.delete(prev.code);
        seen.set(m.code, out.length - 1);
        out[out.length - 1] = m;
      }
      continue;
    }
    const k = seen.get(m.code);
    // "Iranian Foreign Minister Javad Zarif": the person a demonym describes is the actor
    if (k !== undefined) {
      if (out[k]!.via === "demonym" && (m.via === "name" || m.via === "alias") && m.entity.type !== "country") out[k] = m;
      // "US President Donald Trump met", "U.S. Secretary of State Mike Pompeo said": the holder a country's title phrase names is the actor
      else if (out[k]!.entity.type === "country" && m.entity.type !== "country" && m.entity.type !== "place" && (m.via === "name" || m.via === "alias") && titleBetween(text, out[k]!.end, m.start, out[k]!.start)) out[k] = m;
      continue;
    }
    seen.set(m.code, out.length);
    out.push(m);
  }
  return out;
}

interface Found {
  sources: Argument;
  targets: Argument;
  passive: boolean;
  /** An agentless passive of arrest or conviction: the state's own authorities did it. */
  authority: boolean;
}

const CHARGE_PREPS = new Set(["of", "for"]);

/** "two officers were found guilty of raping a tourist": the act charged has the sentence's first actor as its subject. */
function chargedAct(scope: Scope, m: TriggerMatch): Found | null {
  const { tokens, index, s0 } = scope;
  // "a previous goal of ousting X", "the aim of attacking": after a noun of intent the act has not happened;
  // a word of charge shortly before makes it a charge ("found guilty on Thursday of raping")
  if (m.t0 - 2 >= s0) {
    let charged = false;
    for (let k = m.t0 - 2; k >= s0 && k >= m.t0 - 4 && !charged; k--) charged = chargeWord(tokens, k);
    if (!charged) return null;
  }
  for (let k = s0; k < m.t0; k++) {
    if (index.actorAt[k]! < 0) continue;
    const subject = { actors: actorsAt(index, tokens, k), anaphoric: false };
    return { sources: subject, targets: findObject(scope, m.t1, m.form.entry).arg, passive: false, authority: false };
  }
  return null;
}

/** Words that take a charged act: "guilty of", "accused of", "arrested for", "responsible for". */
const CHARGE_WORDS = new Set(["guilty", "innocent", "responsible", "suspicion", "charges", "charge", "counts", "count", "allegations", "convictions", "conviction", "crime", "crimes", "suspect", "suspects", "blame", "credit", "acquitted"]);

function chargeWord(tokens: Tokens, i: number): boolean {
  const w = tokens.lower(i);
  return CHARGE_WORDS.has(w) || (w.endsWith("ed") && tokens.kind[i] === TokenKind.Word);
}

/**
 * The country whose police or courts made an agentless arrest or conviction: where it happened
 * ("was arrested in Germany"), a police force or court the sentence names ("..., but South Korea's
 * police did not name him"), the country of who was arrested, the sentence's first actor ("Mugabe
 * co-founded ZANU, but was arrested in 1963"), a place named before; only then the article's scene,
 * else `fallback`. (An act dated years before the article keeps the scene: on unseen news the one
 * such case left, a president's conviction in his own country, was right.)
 */
function authorityCountry(scope: Scope, m: TriggerMatch, e: TriggerEntry, places: readonly PlaceHit[], targets: readonly ActorMention[], story: Story, fallback: string | null, old = false): string | null {
  const { tokens, index, s0, s1 } = scope;
  const after = nearestPlace(places.filter((h) => h.t >= m.t1), m.t0)?.country;
  if (after) return after;
  const sector = e.type === "SANCTION" ? "JUD" : "COP";
  for (let k = s0; k < s1; k++) {
    if (index.actorAt[k]! < 0) continue;
    const a = actorsAt(index, tokens, k).find((x) => x.entity.sector === sector);
    if (a) return a.code;
    // "South Korea's National Police Agency", "German police": a country's police or courts named by a group noun
    const c = actorsAt(index, tokens, k).find((x) => x.entity.type === "country");
    if (!c) continue;
    let j = k + 1;
    while (j < s1 && index.actorAt[j] === index.actorAt[k]) j++;
    for (let n = 0; j < s1 && n < 4; j++, n++) {
      if (scope.lex.groupNouns.get(tokens.lower(j)) === sector) return c.code;
      if (tokens.kind[j] !== TokenKind.Possessive && !tokens.has(j, TokenFlag.Upper)) break;
    }
  }
  if (targets[0]) return targets[0].code;
  // "who in 1957 fled Cuba for Texas after being arrested by agents for Batista, the Cuban dictator": an act years
  // back happened where the sentence's country (or demonym) nearest to it says, not in today's protagonist's country
  if (old) {
    let best: string | null = null;
    let dist = Infinity;
    for (let k = s0; k < s1; k++) {
      if (index.actorAt[k]! < 0 || Math.abs(k - m.t0) >= dist) continue;
      const c = actorsAt(index, tokens, k).find((x) => x.entity.type === "country");
      if (c) {
        best = c.code;
        dist = Math.abs(k - m.t0);
      }
    }
    if (best) return best;
  }
  for (let k = s0; k < m.t0 && k < s0 + 3; k++) {
    const a = index.actorAt[k]! >= 0 ? actorsAt(index, tokens, k).find((x) => x.entity.type === "person" || x.entity.type === "organization") : undefined;
    if (a) return a.code;
  }
  return nearestPlace(places, m.t0)?.country ?? story.scene ?? fallback;
}

/** The act is dated, in its own sentence, two or more calendar years before the article ("was convicted in 2011" in 2019 news). */
function datedLongBefore(dates: readonly DateHit[], m: TriggerMatch, published: string | undefined): boolean {
  const year = published ? +published.slice(0, 4) : 0;
  const when = nearestDate(dates, m.t0, m.t1);
  return !!(year && when && +when.slice(0, 4) < year - 1);
}

/** The country of the place named first in the document, or null. */
function firstPlaceCountry(index: ActorIndex): string | null {
  let best: { start: number; country: string } | null = null;
  for (const p of index.places) if (p.entity.country && (!best || p.start < best.start)) best = { start: p.start, country: p.entity.country };
  return best?.country ?? null;
}

/** Subject words of a force's own act: a plural pronoun or the force's group noun ("said they arrested", "said police detained"). */
const FORCE_SUBJECTS = new Set(["they", "police", "officers", "deputies"]);

/**
 * The last token before the verb at t0 once auxiliaries ("was", "have", "had") and adverbs are
 * passed: where the verb's subject ends ("police have already arrested"), or s0 - 1.
 */
function beforeAuxiliaries(scope: Scope, t0: number): number {
  const { tokens, lex, s0 } = scope;
  let i = t0 - 1;
  while (i >= s0 && (lex.passiveAux.has(tokens.lower(i)) || lex.skipAdverbs.has(tokens.lower(i)) || tokens.lower(i) === "have" || tokens.lower(i) === "has" || tokens.lower(i) === "had")) i--;
  return i;
}

/**
 * The verb at t0 has the subject "they"/"police" right after a speech verb whose speaker, just
 * before it, is a police or court official or force named by a force word ("Sheriff Lee said
 * they arrested", "Thames Valley Police said they had arrested"). Returns the speech verb's index, or -1.
 */
function forceSpeaker(scope: Scope, t0: number): number {
  const { tokens, lex, s0 } = scope;
  let i = beforeAuxiliaries(scope, t0);
  if (i < s0 || !FORCE_SUBJECTS.has(tokens.lower(i))) return -1;
  i--;
  if (i >= s0 && tokens.lower(i) === "that") i--;
  if (i < s0 || !SPEECH.has(tokens.lower(i))) return -1;
  for (let k = i - 1, n = 0; k >= s0 && n < 8; k--, n++) {
    const w = tokens.lower(k);
    // "Sheriff X of Polk County, Florida said": a comma inside a place's name goes on; another ends the speaker
    if (w === "," && !(tokens.has(k + 1, TokenFlag.Upper) && k - 1 >= s0 && tokens.has(k - 1, TokenFlag.Upper))) break;
    if (w === "." || w === ";" || tokens.kind[k] === TokenKind.Quote) break;
    if (lex.forceWords.has(w)) return i;
  }
  return -1;
}

/** The sector of an unnamed crowd right before the verb at t0 ("people protested", "protesters have rallied"), or null. */
function crowdSubject(scope: Scope, t0: number): string | null {
  const { tokens, lex, s0, index } = scope;
  let i = beforeAuxiliaries(scope, t0);
  // "Protesters in Paris demanded", "thousands of people in Hong Kong marched": the crowd before a place it is in
  if (i >= s0 && (index.actorAt[i]! >= 0 || index.placeAt[i]! >= 0)) {
    let j = i;
    while (j - 1 >= s0 && ((index.actorAt[i]! >= 0 && index.actorAt[j - 1] === index.actorAt[i]) || (index.placeAt[i]! >= 0 && index.placeAt[j - 1] === index.placeAt[i]))) j--;
    const prep = j - 1 >= s0 ? tokens.lower(j - 1) : "";
    if ((prep === "in" || prep === "from") && j - 2 >= s0 && lex.crowdWords.has(tokens.lower(j - 2))) i = j - 2;
  }
  if (i < s0 || index.actorAt[i]! >= 0) return null;
  const w = tokens.lower(i);
  if (!lex.crowdWords.has(w)) return null;
  const g = lex.groupNouns.get(w);
  return g === "LAB" ? "LAB" : "CVL";
}

/** Plural nouns of a force or body that "they" may stand for as well as a crowd. */
const OTHER_GROUPS = new Set(["police", "officers", "authorities", "officials", "government", "troops", "soldiers", "forces", "lawmakers", "leaders", "judges", "prosecutors"]);

/**
 * "Protesters' demands include ... . They had asked X to resign": "they" opening the verb's subject, when the
 * sentence before (from p0) opens with a crowd word and names no other group, is that crowd; its sector, or null.
 */
function crowdThey(scope: Scope, t0: number, p0: number): string | null {
  const { tokens, lex, s0 } = scope;
  const i = beforeAuxiliaries(scope, t0);
  if (i !== s0 || tokens.lower(i) !== "they") return null;
  let first = p0;
  while (first < s0 && tokens.kind[first] !== TokenKind.Word) first++;
  if (first >= s0 || !lex.crowdWords.has(tokens.lower(first))) return null;
  for (let k = first + 1; k < s0; k++) {
    if (OTHER_GROUPS.has(tokens.lower(k))) return null;
    const a = scope.index.actorAt[k]!;
    if (a >= 0 && scope.index.actors[a]!.entity.type !== "country" && scope.index.actors[a]!.entity.type !== "place") return null;
  }
  const g = lex.groupNouns.get(tokens.lower(first));
  return g === "LAB" ? "LAB" : "CVL";
}

/** "dropped direct attacks", "suspended the talks": a verb that gives up the act its object noun at t0 names, within four words. */
function cancelledNoun(scope: Scope, t0: number): boolean {
  const { tokens, lex, s0 } = scope;
  for (let i = t0 - 1; i >= s0 && i >= t0 - 4; i--) {
    const w = tokens.lower(i);
    if (lex.cancelVerbs.has(w)) return true;
    if (tokens.kind[i] !== TokenKind.Word || PREPOSITION_WORDS.has(w) || lex.clauseBreaks.has(w)) return false;
  }
  return false;
}

/** The sentence names a natural hazard (storm, flood, wildfire ...). */
function hazardIn(tokens: Tokens, lex: EventLexicon, s0: number, s1: number): boolean {
  for (let k = s0; k < s1; k++) if (lex.hazardNouns.has(tokens.lower(k))) return true;
  return false;
}

/** Words for a police force as the subject of its own act ("Police detained him", "Officers arrested two men"). */
const POLICE_SUBJECTS = new Set(["police", "officers", "deputies", "authorities", "detectives", "troopers", "gendarmes"]);

/**
 * The verb at t0 has an unnamed police force as its subject: right before it ("police arrested"),
 * before a place phrase ("Police in Moscow arrested"), or opening the sentence with no comma, speech
 * verb or actor between ("Police have opened a case against the driver and detained him").
 */
function policeSubject(scope: Scope, t0: number): boolean {
  const { tokens, lex, index, s0 } = scope;
  let i = beforeAuxiliaries(scope, t0);
  if (i < s0) return false;
  if (POLICE_SUBJECTS.has(tokens.lower(i))) return true;
  if (index.placeAt[i]! >= 0) {
    while (i >= s0 && (index.placeAt[i]! >= 0 || tokens.lower(i) === ",")) i--;
    return i - 1 >= s0 && (tokens.lower(i) === "in" || tokens.lower(i) === "of") && POLICE_SUBJECTS.has(tokens.lower(i - 1));
  }
  let k = s0;
  while (k < t0 && k < s0 + 2 && tokens.kind[k] === TokenKind.Word && !POLICE_SUBJECTS.has(tokens.lower(k)) && (PHRASE_DETERMINERS.has(tokens.lower(k)) || tokens.has(k, TokenFlag.Upper))) k++;
  if (!POLICE_SUBJECTS.has(tokens.lower(k))) return false;
  for (let j = k + 1; j < t0; j++) {
    const w = tokens.lower(j);
    if (w === "," || w === ";" || w === ":" || lex.clauseBreaks.has(w) || SPEECH.has(w) || RELATIVE_WORDS.has(w) || index.actorAt[j]! >= 0 || tokens.kind[j] === TokenKind.Quote) return false;
  }
  return true;
}

/** The first of tokens t1..t1+3 (in the sentence) that is `word`, or -1 ("shot dead by", "killed in a"). */
function wordSoonAfter(scope: Scope, t1: number, word: string): number {
  for (let i = t1; i < scope.s1 && i <= t1 + 3; i++) if (scope.tokens.lower(i) === word) return i;
  return -1;
}

/** "was shot dead by police", "was shot by a police officer": the agent of a passive is an unnamed police force. */
function policeAgent(scope: Scope, t1: number): boolean {
  const { tokens, s1 } = scope;
  const i = wordSoonAfter(scope, t1, "by");
  if (i < 0) return false;
  for (let k = i + 1; k < s1 && k < i + 5; k++) {
    const w = tokens.lower(k);
    if (POLICE_SUBJECTS.has(w) || POLICE_AGENTS.has(w)) return true;
    if (tokens.kind[k] !== TokenKind.Word || tokens.has(k, TokenFlag.Upper)) return false;
  }
  return false;
}

/** Nouns of a military or police operation ("in a US counter-terrorism operation", "in a Saudi-led raid"). */
const OPERATION_WORDS = new Set(["operation", "operations", "raid", "raids", "mission"]);

/**
 * The country a force operation names right after a passive of force: "in a/an", up to two words,
 * a country or demonym, then within four words an operation or an attack noun ("killed in a US
 * counterterrorism operation", "in an Israeli airstrike"). NONE when there is none.
 */
function operationAgent(scope: Scope, t1: number): Argument {
  const { tokens, index, lex, s1 } = scope;
  const i = wordSoonAfter(scope, t1, "in");
  if (i < 0 || i + 2 >= s1 || (tokens.lower(i + 1) !== "a" && tokens.lower(i + 1) !== "an")) return NONE;
  for (let k = i + 2; k < s1 && k < i + 5; k++) {
    if (index.actorAt[k]! < 0) {
      if (tokens.kind[k] !== TokenKind.Word) return NONE;
      continue;
    }
    const force = actorsAt(index, tokens, k).filter((a) => a.entity.type === "country" || a.via === "demonym");
    if (!force.length) return NONE;
    for (let j = k + 1; j < s1 && j < k + 5; j++) {
      const w = tokens.lower(j);
      if (OPERATION_WORDS.has(w) || lex.triggers.get(w)?.some((f) => f.entry.type === "ASSAULT" && f.entry.pos === "noun")) return { actors: force, anaphoric: false };
      if (tokens.kind[j] !== TokenKind.Word || w === "in" || w === "of" || w === "on") return NONE;
    }
    return NONE;
  }
  return NONE;
}

/** Acts a crowd makes with words (a crowd's PROTEST and fights are coded too). */
const CROWD_VOICE = new Set(["REQUEST", "ACCUSE", "REJECT"]);

/** Right after an arrest or conviction verb, an indefinite or counted common noun: unnamed people ("a doctor", "two men"). */
function personObject(scope: Scope, t1: number): boolean {
  const { tokens, index, s1 } = scope;
  if (t1 + 1 >= s1) return false;
  const w = tokens.lower(t1);
  // "sentenced David and Louise Turpin": a named person who acts for no country
  if (index.people[t1] && index.actorAt[t1]! < 0) return true;
  if (w !== "a" && w !== "an" && !COUNT_WORDS.has(w) && tokens.kind[t1] !== TokenKind.Number) return false;
  for (let k = t1 + 1; k < s1 && k < t1 + 4; k++) {
    if (tokens.kind[k] !== TokenKind.Word || index.actorAt[k]! >= 0 || index.placeAt[k]! >= 0 || tokens.has(k, TokenFlag.Upper)) return false;
    const x = tokens.lower(k);
    if (PREPOSITION_WORDS.has(x) || NOT_NOUNS.has(x) || scope.lex.clauseBreaks.has(x)) return false;
    // the phrase's head: a word followed by a preposition, a comma or the sentence's end
    const next = k + 1 < s1 ? tokens.lower(k + 1) : ".";
    if (PREPOSITION_WORDS.has(next) || next === "," || next === "." || next === "based" || next === "accused" || next === "who") return true;
  }
  return false;
}

const POLICE_AGENTS = new Set(["officer", "policeman", "policemen", "policewoman", "gendarme"]);

/** Charges and investigations a police force makes itself ("Police alleged the man ...", "Police charged him with murder"). */
function policeCharge(e: TriggerEntry): boolean {
  return e.type === "ACCUSE" && (e.mode === "allege" || e.mode === "investigate");
}

const RELATIVE_WORDS = new Set(["who", "which", "that", "whom", "when", "after", "before", "because", "if"]);

/**
 * "Trump attacked Clinton as ...", "his personal attacks": an attack is verbal after a cue word,
 * or when a politician (person or party of a political sector) makes it on a politician, a party or
 * the press, or on no named target. Not when a group noun names its target ("attacked protesters").
 */
function verbalAttack(scope: Scope, m: TriggerMatch, src: ActorMention, tgt: ActorMention | null, group: string | null, speakers: ReadonlySet<string>): boolean {
  const { tokens, lex, s0 } = scope;
  const before = m.t0 - 1 >= s0 ? tokens.lower(m.t0 - 1) : "";
  if (lex.verbalCues.has(before)) return true;
  if (lex.forceCues.has(before)) return false;
  // "attacks that Trump lodged against Cruz", "the charges he leveled": what one lodges or levels is words
  for (let k = m.t1; k < scope.s1 && k < m.t1 + 4; k++) if (LODGE.has(tokens.lower(k))) return true;
  const political = (a: ActorMention) => a.via !== "implicit" && (a.entity.type === "person" || a.entity.type === "organization") && !!a.entity.sector && lex.verbalSectors.has(a.entity.sector);
  // a person of no known sector ("Trump" where the text names no office) speaks too, against a politician
  // a person of no known sector whom the text quotes ("Trump's attacks" in a story that quotes Trump) is a speaker too
  const speaker = (political(src) && (src.entity.type === "person" || src.entity.sector === "PTY")) || (src.via !== "implicit" && src.entity.type === "person" && !src.entity.sector && speakers.has(src.entity.id));
  if (!speaker && !(src.via !== "implicit" && src.entity.type === "person" && !src.entity.sector)) return false;
  // "attacked a federal judge": a politician or a court named by a group noun; never protesters or police
  if (group) return lex.verbalSectors.has(group) || group === "JUD";
  // "immigrants come under repeated assault by Mr. Trump": a named person's agent attack on no named target
  if (!tgt && m.form.entry.pos === "noun" && src.entity.type === "person" && m.t1 < scope.s1 && tokens.lower(m.t1) === "by") return true;
  // '"Why is he attacking me?"', "what he has been attacking us on": a politician's attack on the speaker's side
  if (!tgt && m.form.entry.pos === "verb" && m.t1 < scope.s1 && SPEAKER_OBJECTS.has(tokens.lower(m.t1))) return true;
  // "Biden tried to attack Trump", "the pope was not attacking Mr. Trump": a politician's attack on a named person is words
  return tgt ? political(tgt) || (speaker && tgt.via !== "implicit" && tgt.entity.type === "person") : speaker;
}

const POLL_WORDS = new Set(["percent", "%", "respondents", "surveyed", "polled", "poll", "survey"]);

/** The sentence reports a poll ("47 percent ... saying they will"). */
function pollSentence(tokens: Tokens, s0: number, s1: number): boolean {
  for (let i = s0; i < s1; i++) if (POLL_WORDS.has(tokens.lower(i))) return true;
  return false;
}

const OBJECT_PRONOUNS = new Set(["me", "us", "him", "her", "them", "you", "whom", "himself", "herself", "themselves"]);
const PEOPLE_NOUNS = new Set(["lawmakers", "legislators", "senators", "people", "officials", "members", "leaders", "rivals", "opponents", "critics", "journalists", "reporters", "judges", "candidates", "republicans", "democrats", "politicians", "civilians", "soldiers", "troops", "police", "officers", "men", "women", "children"]);
const COUNT_WORDS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "several", "many", "scores", "both", "multiple", "numerous"]);

/** The token at t starts a direct object that names no actor or group ("Zika", "the problem", "each other"). */
function thingObject(scope: Scope, t: number): boolean {
  const { tokens, lex, index } = scope;
  if (tokens.kind[t] !== TokenKind.Word || index.actorAt[t]! >= 0 || index.placeAt[t]! >= 0) return false;
  const w = tokens.lower(t);
  // "attacked two ships", "killed dozens": a counted object is people or their vessels
  if (COUNT_WORDS.has(w) || OBJECT_PRONOUNS.has(w)) return false;
  if (PREPOSITION_WORDS.has(w) || NOT_NOUNS.has(w) || lex.skipAdverbs.has(w) || lex.groupNouns.has(w) || lex.crowdWords.has(w) || lex.clauseBreaks.has(w)) return false;
  // "attacked some Republican lawmakers", "the protesters": a group, a crowd or an actor within the phrase's first words
  for (let k = t; k < scope.s1 && k < t + 4 && tokens.kind[k] === TokenKind.Word; k++) {
    const x = tokens.lower(k);
    if (index.actorAt[k]! >= 0 || index.placeAt[k]! >= 0 || lex.groupNouns.has(x) || lex.crowdWords.has(x) || lex.followerNouns.has(x) || PEOPLE_NOUNS.has(x)) return false;
  }
  return true;
}

const LODGE = new Set(["lodged", "leveled", "levelled", "hurled", "lobbed"]);
const SPEAKER_OBJECTS = new Set(["me", "us", "my", "our"]);

const PERSONAL_PRONOUNS = new Set(["he", "she", "i", "we", "they", "you", "it", "who"]);

/** The passive verb at t0 has a pronoun subject ("he was once jailed"). */
function pronounPatient(scope: Scope, t0: number): boolean {
  const { tokens, lex, s0 } = scope;
  let i = t0 - 1;
  while (i >= s0 && (lex.passiveAux.has(tokens.lower(i)) || lex.skipAdverbs.has(tokens.lower(i)) || tokens.lower(i) === "once" || tokens.lower(i) === "later")) i--;
  return i >= s0 && PERSONAL_PRONOUNS.has(tokens.lower(i));
}

/** Arrests and convictions: done by police and courts, whom the text need not name. */
function authorityAct(e: TriggerEntry): boolean {
  return e.type === "COERCE" || (e.type === "SANCTION" && e.mode === "convict");
}

function subjectHasWord(scope: Scope, t0: number, words: ReadonlySet<string>): boolean {
  for (let i = t0 - 1, n = 0; i >= scope.s0 && n < 6; i--, n++) if (words.has(scope.tokens.lower(i))) return true;
  return false;
}

/** True when the verb at t0 is the infinitive complement of a request verb ("urged X to resign"). */
function requestedAction(scope: Scope, t0: number): boolean {
  const { tokens, lex, s0 } = scope;
  // "urged her to please step down", "asked them to immediately leave"
  let to = t0 - 1;
  while (to >= s0 && (tokens.lower(to) === "please" || lex.skipAdverbs.has(tokens.lower(to)) || (tokens.lower(to).endsWith("ly") && tokens.kind[to] === TokenKind.Word))) to--;
  // "called on X to abandon its weapons and comply with Y": the second of coordinated infinitives is requested too
  if (to >= s0 && (tokens.lower(to) === "and" || tokens.lower(to) === "or")) {
    for (let j = to - 1; j >= s0 && j > to - 10; j--) {
      const w = tokens.lower(j);
      if (w === "." || w === ";" || w === ":" || w === "," || lex.clauseBreaks.has(w)) return false;
      if (w === "to" && j + 1 < to && tokens.kind[j + 1] === TokenKind.Word) return requestedAction(scope, j + 1);
    }
    return false;
  }
  if (to < s0 || tokens.lower(to) !== "to") return false;
  for (let i = to - 1, n = 0; i >= s0 && n < 10; i--, n++) {
    const w = tokens.lower(i);
    // "asked Carrie Lam, who is backed by Beijing, to resign": read past a relative clause between commas
    if (w === ",") {
      const open = relativeClauseStart(tokens, i, s0);
      if (open >= 0) {
        // the clause's words do not count against the window ("asked X, who is supported by the mainland government, to resign")
        i = open;
        continue;
      }
      // "urge her, if she cannot govern, and has no plan, to step down": a condition between commas, however long
      const cond = conditionClauseStart(tokens, i, s0);
      if (cond >= 0) {
        i = cond;
        continue;
      }
    }
    if (lex.clauseBreaks.has(w) || w === "," || w === ".") return false;
    if (PERMIT.has(w) || lex.triggers.get(w)?.some((f) => f.entry.pos === "verb" && f.entry.type === "REQUEST")) return true;
  }
  return false;
}

const CLAUSE_OPENERS = new Set(["if", "unless", "when", "whether", "although", "though", "even", "because", "since", "as"]);

/** The comma opening ", if ... ," when the comma at `close` ends a conditional or concessive clause (commas inside allowed), else -1. */
function conditionClauseStart(tokens: Tokens, close: number, s0: number): number {
  for (let j = close - 1; j >= s0 && j > close - 40; j--) {
    const w = tokens.lower(j);
    if (w === "." || w === ";" || w === ":") return -1;
    if (w === "," && j + 1 < close && CLAUSE_OPENERS.has(tokens.lower(j + 1))) return j;
  }
  return -1;
}

/**
 * "requested President Trump declare a state of emergency", "demanded that the minister resign":
 * a bare verb after a request verb and its addressee is requested, not done.
 */
function requestedBare(scope: Scope, m: TriggerMatch): boolean {
  const { tokens, lex, index, s0 } = scope;
  // only the plain form: "requested X declare", not "requested X, who declared"
  if (tokens.lower(m.t0) !== m.form.entry.words[0]) return false;
  let i = m.t0 - 1;
  let actor = false;
  for (let n = 0; i >= s0 && n < 8; i--, n++) {
    if (index.actorAt[i]! >= 0) {
      actor = true;
      continue;
    }
    const w = tokens.lower(i);
    if (tokens.has(i, TokenFlag.Upper) || w === "the" || w === "." || w === "should" || w === "must") continue;
    break;
  }
  if (i >= s0 && tokens.lower(i) === "that") i--;
  else if (!actor) return false;
  return i >= s0 && (PERMIT.has(tokens.lower(i)) || !!lex.triggers.get(tokens.lower(i))?.some((f) => f.entry.pos === "verb" && f.entry.type === "REQUEST" && f.rest.length === 0));
}

/** The comma opening ", who ... ," when the comma at `close` ends such a relative clause, else -1. */
function relativeClauseStart(tokens: Tokens, close: number, s0: number): number {
  for (let j = close - 1; j >= s0 && j > close - 12; j--) {
    const w = tokens.lower(j);
    if (w === "." || w === ";") return -1;
    if (w === ",") return j + 1 < close && (tokens.lower(j + 1) === "who" || tokens.lower(j + 1) === "which") ? j : -1;
  }
  return -1;
}

/** "called for Rosselló's resignation", "demanded the withdrawal of": a noun that a request verb takes has not happened. */
function requestedNoun(scope: Scope, t0: number): boolean {
  const { tokens, lex, index, s0 } = scope;
  for (let i = t0 - 1, n = 0; i >= s0 && n < 5; i--, n++) {
    const w = tokens.lower(i);
    if (index.actorAt[i]! >= 0 || tokens.kind[i] === TokenKind.Possessive || PHRASE_DETERMINERS.has(w) || w === "immediate" || w === "full" || w === "complete") continue;
    const forms = lex.triggers.get(w);
    if (forms?.some((f) => f.entry.pos === "verb" && f.entry.type === "REQUEST" && f.rest.length === 0)) return true;
    // "called for": the phrase's last word, read back to its first
    if (w === "for" || w === "on") return i - 1 >= s0 && !!lex.triggers.get(tokens.lower(i - 1))?.some((f) => f.entry.pos === "verb" && f.entry.type === "REQUEST" && f.rest.length === 1 && f.rest[0] === w);
    return PERMIT.has(w) || false;
  }
  return false;
}

/** "commonplace for new governments to suspend", "time for countries to act": an infinitive whose subject is a bare common noun after "for". */
function genericFor(scope: Scope, t0: number): boolean {
  const { tokens, index, s0 } = scope;
  if (t0 - 1 < s0 || tokens.lower(t0 - 1) !== "to") return false;
  let i = t0 - 2;
  // "for new governments — Johnson became prime minister in July — to suspend": read past a dashed aside
  if (i >= s0 && DASHES.has(tokens.lower(i))) {
    let j = i - 1;
    while (j >= s0 && j > i - 20 && !DASHES.has(tokens.lower(j))) j--;
    if (j < s0 || !DASHES.has(tokens.lower(j))) return false;
    i = j - 1;
  }
  let nouns = 0;
  for (let n = 0; i >= s0 && n < 4; i--, n++) {
    const w = tokens.lower(i);
    if (w === "for") return nouns > 0;
    if (index.actorAt[i]! >= 0 || tokens.kind[i] !== TokenKind.Word || tokens.has(i, TokenFlag.Upper) || PHRASE_DETERMINERS.has(w) || NOT_NOUNS.has(w)) return false;
    nouns++;
  }
  return false;
}

/** Forms of "be" and its kin before an adjectival participle ("I am committed to ..."). */
const STANCE_BE = new Set(["am", "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "stay", "stays", "'m", "’m", "'re", "’re"]);

const DASHES = new Set(["—", "–", "-", "--"]);

/** "a bill that would allow China to extradite ...": what is permitted has not happened either. */
const PERMIT = new Set(["allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting", "enable", "enables", "enabled", "enabling", "let", "lets", "authorize", "authorizes", "authorise", "authorises"]);

const NOT_NOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "and", "or", "but", "to", "not", "of", "in", "on", "for", "with", "by", "from", "at", "as", "also", "then", "now", "while", "after", "before", "without", "by"]);

/** True when the -ing verb at t0 follows a lower-case noun that no actor premodifies ("wildfires destroying"). */
function reducedRelative(scope: Scope, t0: number, participle = false): boolean {
  const { tokens, lex, index, s0 } = scope;
  if (!participle && !tokens.lower(t0).endsWith("ing")) return false;
  let i = t0 - 1;
  while (i >= s0 && (lex.skipAdverbs.has(tokens.lower(i)) || tokens.lower(i).endsWith("ly"))) i--;
  if (i < s0 || tokens.kind[i] !== TokenKind.Word || index.actorAt[i]! >= 0 || tokens.has(i, TokenFlag.Upper)) return false;
  const w = tokens.lower(i);
  if (NOT_NOUNS.has(w) || lex.passiveAux.has(w) || lex.clauseBreaks.has(w) || lex.lightVerbs.has(w) || lex.triggers.has(w) || w.endsWith("ly") || w.endsWith("ed")) return false;
  return !(i - 1 >= s0 && index.actorAt[i - 1]! >= 0);
}

/** "must not", "should not", "mustn't" right before the verb. */
function prohibition(tokens: Tokens, t0: number, s0: number): boolean {
  for (let i = t0 - 1, n = 0; i >= s0 && n < 3; i--, n++) {
    const w = tokens.lower(i);
    if (w === "must" || w === "should" || w === "mustn't" || w === "shouldn't" || w === "mustn" || w === "shouldn") return true;
  }
  return false;
}

const CONDITIONS = new Set(["if", "unless", "whether", "must", "should"]);

/** True when a condition or an obligation governs the trigger in its clause ("if ... are killed", "must be signed"). */
function conditional(tokens: Tokens, lex: EventLexicon, t0: number, s0: number): boolean {
  for (let i = t0 - 1, n = 0; i >= s0 && n < 8; i--, n++) {
    const w = tokens.lower(i);
    if (CONDITIONS.has(w)) return true;
    if (w === "." || w === ";" || w === ":" || (lex.clauseBreaks.has(w) && w !== "that")) return false;
  }
  return false;
}

const COUNTERFACTUAL = new Set(["could", "would", "should", "might", "must", "may", "'d", "’d"]);

/** "could have requested", "would have vetoed", "should've signed": a modal and "have" before a past participle. */
function counterfactual(tokens: Tokens, t0: number, s0: number): boolean {
  let i = t0 - 1;
  if (i >= s0 && (tokens.lower(i) === "been")) i--;
  if (i < s0 || (tokens.lower(i) !== "have" && tokens.lower(i) !== "'ve" && tokens.lower(i) !== "’ve")) return false;
  i--;
  if (i >= s0 && (tokens.lower(i) === "not" || tokens.lower(i).endsWith("n't"))) i--;
  return i >= s0 && (COUNTERFACTUAL.has(tokens.lower(i)) || tokens.lower(i).endsWith("n't"));
}

/** The passive verb at t0 has "nobody" / "no one" as its subject ("nobody's been arrested"). */
function nobodySubject(tokens: Tokens, lex: EventLexicon, t0: number, s0: number): boolean {
  let i = t0 - 1;
  while (i >= s0 && (lex.passiveAux.has(tokens.lower(i)) || lex.skipAdverbs.has(tokens.lower(i)) || tokens.kind[i] === TokenKind.Possessive || tokens.lower(i) === "has" || tokens.lower(i) === "have")) i--;
  return i >= s0 && (tokens.lower(i) === "nobody" || (tokens.lower(i) === "one" && i - 1 >= s0 && tokens.lower(i - 1) === "no"));
}

const ANY = new Set(["any", "anyone", "anybody", "anything"]);
const NP_DETERMINERS = new Set(["the", "these", "those", "its", "their", "his", "her", "this", "that"]);

/** True when a definite noun phrase holding the trigger is the object of a word that is no trigger and no light verb ("raise the sanctions"). */
function objectOfOtherVerb(scope: Scope, t0: number): boolean {
  const { tokens, index, lex, s0 } = scope;
  let det = false;
  for (let i = t0 - 1, n = 0; i >= s0 && n < 5; i--, n++) {
    const w = tokens.lower(i);
    if (index.actorAt[i]! >= 0 || tokens.kind[i] === TokenKind.Possessive || tokens.has(i, TokenFlag.Upper) || w.includes("-")) continue;
    if (NP_DETERMINERS.has(w)) {
      det = true;
      continue;
    }
    if (!det || tokens.kind[i] !== TokenKind.Word || lex.clauseBreaks.has(w) || lex.passiveAux.has(w) || lex.skipAdverbs.has(w)) return false;
    return !lex.lightVerbs.has(w) && !lex.triggers.has(w) && !PREPOSITION_WORDS.has(w);
  }
  return false;
}

const PREPOSITION_WORDS = new Set(["of", "to", "in", "for", "with", "on", "from", "about", "at", "by", "into", "over", "against", "after", "before", "during", "under", "between", "among", "without", "within", "via", "amid", "despite", "than", "since", "through", "across", "and", "or"]);

/** The verb or light verb that takes a noun trigger as its object, or -1. */
function governorOf(scope: Scope, t0: number): number {
  const { tokens, index, lex, s0 } = scope;
  for (let i = t0 - 1, n = 0; i >= s0 && n < 5; i--, n++) {
    const w = tokens.lower(i);
    if (index.actorAt[i]! >= 0 || tokens.kind[i] === TokenKind.Possessive || ["the", "a", "an", "its", "their", "his", "her", "this", "that", "any", "every"].includes(w)) continue;
    if (lex.lightVerbs.has(w) || UNDERGO.has(w) || lex.triggers.get(w)?.some((f) => f.entry.pos === "verb")) return i;
    if (tokens.has(i, TokenFlag.Upper) || w.includes("-")) continue;
    return -1;
  }
  return -1;
}

/** "the talks", "of negotiations", "during talks": a nominal that refers back, not "some discussions". */
function definite(scope: Scope, t0: number): boolean {
  for (let i = t0 - 1, n = 0; i >= scope.s0 && n < 3; i--, n++) {
    const w = scope.tokens.lower(i);
    if (w === "the" || w === "these" || w === "those" || w === "their" || w === "of" || w === "during" || w === "after" || w === "before" || w === "since" || w === "at" || w === "in") return true;
    if (w === "a" || w === "an" || w === "some" || w === "any" || w === "no" || w === "be" || w === "more" || w === "further" || w === "new") return false;
  }
  return scope.tokens.has(t0, TokenFlag.SentenceStart);
}

/** The index of a group noun ("protesters", "the government") right after a trigger, or -1. */
function groupNounAfter(scope: Scope, t1: number, near: number): number {
  const { tokens, lex, s1 } = scope;
  for (let i = t1, n = 0; i < s1 && n < near; i++, n++) {
    const w = tokens.lower(i);
    if (w === "by") return -1;
    if (lex.groupNouns.has(w)) return i;
    if (lex.clauseBreaks.has(w) || w === "." || w === ";" || w === "," || w === "to") return -1;
  }
  return -1;
}

/** Words between a target and what is said of it ("called him a pathological liar", "called Clinton 'so crooked'"). */
const BEFORE_EPITHET = new Set(["a", "an", "the", "so", "very", "really", "totally", "completely", "absolutely", "just", "simply", "utterly", "such", "pathological", "total", "complete", "absolute", "serial", "habitual", "outright"]);

/**
 * "called Clinton on Friday", not "called Clinton unqualified" / "called the judge a hater": the token after
 * the target (past up to three articles, intensifiers or quotation marks) is one the trigger allows.
 */
function allowedAfterTarget(scope: Scope, e: TriggerEntry, last: number): boolean {
  if (!e.needAfterTarget) return true;
  const { tokens, s1 } = scope;
  // a target ending the sentence: a call, but nothing said of it
  if (last + 1 >= s1) return !e.needAfter;
  let k = last + 1;
  for (let n = 0; n < 3 && k + 1 < s1 && (tokens.kind[k] === TokenKind.Quote || BEFORE_EPITHET.has(tokens.lower(k))) && !e.needAfterTarget.has(tokens.lower(k)); n++) k++;
  return e.needAfterTarget.has(tokens.lower(k));
}

function speakerSubject(scope: Scope, t0: number): ActorMention | null {
  const sp = scope.speakerAt(t0);
  if (sp) return sp;
  const { tokens, s0, s1 } = scope;
  for (let i = s0; i < s1; i++) {
    if (!SPEECH_CUES.has(tokens.lower(i))) continue;
    const subj = findSubject(scope, i);
    if (subj.actors.length) return subj.actors[0]!;
    const after = findObject(scope, i + 1, { targetNear: 1, prep: [] } as never);
    if (after.arg.actors.length) return after.arg.actors[0]!;
  }
  return null;
}

const ANONYMITY = new Set(["anonymity", "anonymously"]);

/**
 * "Rubio, who met Clinton last week, criticized Trump": the verb right after a relative clause
 * between commas has the clause's antecedent as its subject, not an actor inside the clause.
 * The antecedent when it names an actor; NONE when it is an unnamed noun ("the man, who ..., praised");
 * null when no such clause stands before the verb.
 */
function relativeAntecedent(scope: Scope, t0: number): Argument | null {
  const { tokens, index, s0 } = scope;
  const c = beforeAuxiliaries(scope, t0);
  if (c < s0 || tokens.lower(c) !== ",") return null;
  for (let j = c - 1; j > s0 && j > c - 25; j--) {
    const w = tokens.lower(j);
    if (w === "." || w === ";" || w === ":" || tokens.kind[j] === TokenKind.Quote) return null;
    if (w !== "," || !RELATIVE_OPENERS.has(tokens.lower(j + 1))) continue;
    return index.actorAt[j - 1]! >= 0 ? findSubject(scope, j) : NONE;
  }
  return null;
}

const INTENT_NOUNS = new Set(["plan", "plans", "call", "calls", "decision", "bid", "effort", "efforts", "attempt", "attempts", "push", "proposal", "promise", "promises", "threat", "threats", "move", "vow", "pledge", "order", "request", "demand", "right", "power", "authority", "refusal", "failure", "willingness", "readiness", "intention", "intent", "desire", "determination", "offer", "drive", "scheme", "idea", "vision", "policy", "pressure", "urge", "temptation", "chance", "opportunity", "ability", "time"]);

/**
 * "Trump's plan to deport 11 million people", "a bill's push to sanction X": the verb after an intent noun
 * and "to" is done by the noun's possessor; with no actor as possessor the text names no doer (NONE).
 * Null when the verb does not follow such a noun.
 */
function intentSubject(scope: Scope, t0: number): Argument | null {
  const { tokens, index, s0 } = scope;
  // "the decision not to recommend charges": past a negation between the noun and "to"
  const neg = t0 - 3 >= s0 && tokens.lower(t0 - 1) === "to" && (tokens.lower(t0 - 2) === "not" || tokens.lower(t0 - 2) === "never") ? 1 : 0;
  if (t0 - 2 - neg < s0 || tokens.lower(t0 - 1) !== "to" || !INTENT_NOUNS.has(tokens.lower(t0 - 2 - neg)) || tokens.has(t0 - 2 - neg, TokenFlag.Upper)) return null;
  let i = t0 - 3 - neg;
  for (let k = 0; k < 2 && i >= s0 && tokens.kind[i] === TokenKind.Word && !tokens.has(i, TokenFlag.Upper) && index.actorAt[i]! < 0 && !PHRASE_DETERMINERS.has(tokens.lower(i)); k++) i--;
  // "his plan to": a possessive pronoun linked to an actor
  if (i >= s0 && index.actorAt[i]! >= 0 && (tokens.lower(i) === "his" || tokens.lower(i) === "her" || tokens.lower(i) === "their" || tokens.lower(i) === "its")) return { actors: actorsAt(index, tokens, i), anaphoric: true };
  if (i - 1 >= s0 && tokens.kind[i] === TokenKind.Possessive && index.actorAt[i - 1]! >= 0) return { actors: actorsAt(index, tokens, i - 1), anaphoric: false };
  // "a plan to", "the decision to": a noun with no named possessor; else ("Russia plans to") a verb
  if (i >= s0 && (PHRASE_DETERMINERS.has(tokens.lower(i)) || tokens.kind[i] === TokenKind.Possessive)) return { actors: [], anaphoric: false };
  return null;
}

function argumentsOf(scope: Scope, m: TriggerMatch, text: string): Found | null {
  const e = m.form.entry;
  if (e.speakerSource) {
    const sp = speakerSubject(scope, m.t0);
    if (!sp) return null;
    return { sources: { actors: [sp], anaphoric: false }, targets: findSubject(scope, m.t0), passive: false, authority: false };
  }
  // "placed Mugabe under house arrest": who is under the act undergoes it; the text names no doer
  const under = m.t0 - 1 >= scope.s0 && scope.tokens.lower(m.t0 - 1) === "house" ? m.t0 - 2 : m.t0 - 1;
  if (under >= scope.s0 && scope.tokens.lower(under) === "under") {
    const agent = findAgent(scope, m.t1);
    const held = under - 1 >= scope.s0 && scope.index.actorAt[under - 1]! >= 0 ? findSubject(scope, under) : NONE;
    return { sources: agent, targets: held, passive: true, authority: !agent.actors.length && authorityAct(e) };
  }
  // "Khashoggi's killing", "Mugabe's arrest": the possessor is the victim, and the text names no doer
  if (e.patientPossessor && m.t0 - 1 >= scope.s0 && scope.tokens.kind[m.t0 - 1] === TokenKind.Possessive && scope.tokens.lower(m.t1) !== "of") {
    const agent = findAgent(scope, m.t1);
    return agent.actors.length ? { sources: agent, targets: NONE, passive: false, authority: false } : null;
  }
  if (e.pos === "verb") {
    const reduced = m.form.participle && m.t1 < scope.s1 && scope.tokens.lower(m.t1) === "by" && !isPassive(scope, m.t0);
    if (reduced) {
      const agent = findAgent(scope, m.t1);
      if (m.t0 - 1 < scope.s0 || scope.index.actorAt[m.t0 - 1]! < 0) return null;
      const before = findSubject(scope, m.t0);
      return { sources: agent, targets: before, passive: true, authority: false };
    }
    const passive = m.form.participle && isPassive(scope, m.t0);
    if (e.subjectWords && !subjectHasWord(scope, m.t0, e.subjectWords)) return null;
    if (passive) {
      // "was killed in a US counter-terrorism operation", "died in an Israeli airstrike": the force the operation names
      let agent = findAgent(scope, m.t1);
      if (!agent.actors.length && e.type === "ASSAULT") agent = operationAgent(scope, m.t1);
      return { sources: agent, targets: relativeAntecedent(scope, m.t0) ?? findSubject(scope, m.t0), passive, authority: !agent.actors.length && (authorityAct(e) || (e.type === "ASSAULT" && policeAgent(scope, m.t1))) };
    }
    const subject = intentSubject(scope, m.t0) ?? participleSubject(scope, m.t0) ?? relativeAntecedent(scope, m.t0) ?? findSubject(scope, m.t0);
    let targets = NONE;
    if (!e.noTarget) {
      const obj = findObject(scope, m.t1, e);
      targets = obj.arg;
      if (obj.last >= 0 && e.blockAfterTarget && obj.last + 1 < scope.s1 && e.blockAfterTarget.has(scope.tokens.lower(obj.last + 1))) return null;
      if (obj.last >= 0 && !allowedAfterTarget(scope, e, obj.last)) return null;
    }
    return e.swap ? { sources: targets, targets: subject, passive, authority: false } : { sources: subject, targets, passive, authority: false };
  }
  // nouns
  const between = findBetween(scope, m.t1);
  if (between.actors.length >= 2) return { sources: between, targets: NONE, passive: false, authority: false };
  let sources = findAgent(scope, m.t1);
  let undergone = NONE;
  if (!sources.actors.length) {
    const ns = nominalSource(scope, m.t0);
    // "Tunisia is facing terrorist attacks", "Kabul suffered attacks": who undergoes the act is its target, not its doer
    if (ns.governor >= 0 && UNDERGO.has(scope.tokens.lower(ns.governor))) undergone = ns.arg;
    else sources = ns.arg;
  }
  // "a Trump-Putin meeting": the sides named inside a hyphenated compound
  if (!sources.actors.length && m.t0 - 1 >= scope.s0) {
    const parts = compoundActors(scope.index, scope.tokens, text, m.t0 - 1);
    if (parts.length) sources = { actors: parts, anaphoric: false };
  }
  let targets = nominalTarget(scope, m.t1, e);
  if (undergone.actors.length && !targets.actors.length) targets = undergone;
  if (sources.actors.length && !targets.actors.length) {
    const gov = governorOf(scope, m.t0);
    // "faced attacks by X", "criticised the talks": the governor's subject is the target (a light verb's would be the source)
    if (gov >= 0 && (UNDERGO.has(scope.tokens.lower(gov)) || !scope.lex.lightVerbs.has(scope.tokens.lower(gov)))) {
      const subj = findSubject(scope, gov);
      if (subj.actors.length && !subj.actors.some((a) => sources.actors.some((s) => s.code === a.code))) targets = subj;
    }
  }
  // "the annual meeting of the UN General Assembly", "the talks with Russia": with no side before it, the side after it leads
  if (!sources.actors.length && e.symmetric && targets.actors.length) return { sources: targets, targets: NONE, passive: false, authority: false };
  if (!sources.actors.length && e.nominal === "loose" && e.symmetric && scope.pair && definite(scope, m.t0) && !commonPartner(scope, e, m)) {
    sources = { actors: scope.pair, anaphoric: true };
  }
  return { sources, targets, passive: false, authority: false };
}

export interface EventsOptions {
  readonly plover: PloverOntology;
  readonly lexicon: EventLexicon;
  readonly kb?: unknown;
}

/**
 * Extract events from a doc that has tokens, sentences, paragraphs, entities and quotes.
 * @example extractEvents(doc, { plover, lexicon })
 */
/** "the Gulf of Mexico", "the Sea of Japan": a country after "<Water> of" names a sea, not an actor; unmark it. */
function maskWaterBodies(index: ActorIndex, tokens: Tokens, lex: EventLexicon): void {
  for (let t = 2; t < tokens.count; t++) {
    const a = index.actorAt[t]!;
    if (a < 0 || index.actorAt[t - 1] === a || tokens.lower(t - 1) !== "of" || !tokens.has(t - 2, TokenFlag.Upper) || !lex.waterNouns.has(tokens.lower(t - 2))) continue;
    for (let k = t; k < tokens.count && index.actorAt[k] === a; k++) index.actorAt[k] = -1;
  }
}

const HE = new Set(["he", "him", "his", "himself"]);
const SHE = new Set(["she", "her", "hers", "herself"]);

/** Unmark every token of the actor mention at token t. */
function unmark(index: ActorIndex, t: number): void {
  const a = index.actorAt[t]!;
  let k = t;
  while (k > 0 && index.actorAt[k - 1] === a) k--;
  for (; k < index.actorAt.length && index.actorAt[k] === a; k++) index.actorAt[k] = -1;
}

/**
 * Mentions that name no doer: "Sanders's supporters", "Clinton voters" (a follower noun after
 * the name: the followers act, not the name), "an anti-Trump rally", "pro-Brexit marchers";
 * "she" linked to an organisation or a man, "he" to a woman; a third-person pronoun inside a
 * quotation linked to its own speaker ('"Why's he attacking me?" Trump said').
 */
function maskNonActors(index: ActorIndex, tokens: Tokens, lex: EventLexicon, text: string, quotes: readonly QuoteRecord[]): void {
  for (let t = 0; t < tokens.count; t++) {
    const a = index.actorAt[t]!;
    if (a < 0) continue;
    const m = index.actors[a]!;
    if (t === 0 || index.actorAt[t - 1] !== a) {
      const at = Math.max(m.start, tokens.start[t]!);
      const pre = text.slice(Math.max(0, at - 5), at).toLowerCase();
      if (pre.endsWith("anti-") || pre.endsWith("pro-")) {
        unmark(index, t);
        continue;
      }
      if (m.via === "pronoun") {
        const w = tokens.lower(t);
        const he = HE.has(w);
        const she = SHE.has(w);
        if ((he || she) && (m.entity.type !== "person" || m.entity.gender === (he ? "female" : "male"))) {
          unmark(index, t);
          continue;
        }
        if (he || she) {
          let own: QuoteRecord | null = null;
          for (const q of quotes) if (q.start <= m.start && m.end <= q.end && q.speaker?.entity === m.entity.id) own = q;
          if (own) {
            // '"We told the president ... He resisted," Schumer said': the same-gender person the quotation named last
            let other: ActorMention | null = null;
            for (const x of index.actors) if (x.start >= own.start && x.end <= m.start && x.entity.type === "person" && x.entity.id !== m.entity.id && x.entity.gender === (he ? "male" : "female")) other = x;
            if (!other) {
              unmark(index, t);
              continue;
            }
            const k = index.actors.length;
            (index.actors as ActorMention[]).push({ start: m.start, end: m.end, entity: other.entity, code: other.code, via: "pronoun" });
            for (let u = t; u < tokens.count && index.actorAt[u] === a; u++) index.actorAt[u] = k;
            continue;
          }
        }
      }
    }
    // the mention's last token: a follower noun after it (past a possessive) names whose followers act
    if (t + 1 < tokens.count && index.actorAt[t + 1] === a) continue;
    let n = t + 1;
    if (n < tokens.count && tokens.kind[n] === TokenKind.Possessive) n++;
    if (n < tokens.count && index.actorAt[n]! < 0 && lex.followerNouns.has(tokens.lower(n))) unmark(index, t);
    // past one modifier: "Trump's top supporters", "Clinton's right-hand woman"
    else if (n === t + 2 && n + 1 < tokens.count && tokens.kind[n] === TokenKind.Word && !tokens.has(n, TokenFlag.Upper) && index.actorAt[n]! < 0 && index.actorAt[n + 1]! < 0 && lex.followerNouns.has(tokens.lower(n + 1))) unmark(index, t);
  }
}

export function extractEvents(doc: Doc, opts: EventsOptions): EventRecord[] {
  const tokens = doc.get<Tokens>(LAYERS.tokens);
  const sentences = doc.get<Sentences>(LAYERS.sentences);
  const entities = doc.get<EntityRecord[]>(LAYERS.entities);
  const quotes = doc.has(LAYERS.quotes) ? doc.get<QuoteRecord[]>(LAYERS.quotes) : [];
  const { plover, lexicon: lex } = opts;
  const index: ActorIndex = buildActorIndex(entities, tokens, lex.introNouns);
  maskWaterBodies(index, tokens, lex);
  maskNonActors(index, tokens, lex, doc.text, quotes);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const lookup = placeLookupFrom(opts.kb);
  const text = doc.text;
  const published = doc.meta.published;

  const speakerOf = (t: number): ActorMention | null => {
    const at = tokens.start[t]!;
    for (const q of quotes) {
      if (q.start <= at && at < q.end && q.speaker?.entity) {
        const ent = byId.get(q.speaker.entity);
        if (ent?.country && ent.type !== "place") return { start: q.speaker.start, end: q.speaker.end, entity: ent, code: ent.country, via: "name" };
      }
    }
    return null;
  };

  const cands: Candidate[] = [];
  const speakers = new Set<string>();
  for (const q of quotes) if (q.speaker?.entity) speakers.add(q.speaker.entity);
  let pair: ActorMention[] | null = null;
  // the discourse pair is the most often named pair of a symmetric event so far
  const pairCounts = new Map<string, { n: number; pair: ActorMention[] }>();
  const story: Story = { protagonist: protagonistOf(index), scene: null, last: null, lastByType: new Map() };
  for (let s = 0; s < sentences.count; s++) {
    const s0 = sentences.tokStart[s]!;
    const s1 = sentences.tokEnd[s]!;
    const paragraph = sentences.paragraph[s]!;
    const scope: Scope = { tokens, lex, index, s0, s1, pair, speakerAt: speakerOf };
    let dates: ReturnType<typeof findDates> | null = null;
    let places: ReturnType<typeof findPlaces> | null = null;
    for (let t = s0; t < s1; t++) {
      if (index.named[t] || tokens.kind[t] !== TokenKind.Word || !lex.triggers.has(tokens.lower(t))) continue;
      // "Trump Addresses Munich Attack", "the Paris Agreement": a capitalised trigger inside a run of capitals is a headline or a name
      if (t > s0 && tokens.has(t, TokenFlag.Upper) && ((tokens.kind[t - 1] === TokenKind.Word && tokens.has(t - 1, TokenFlag.Upper)) || (t + 1 < s1 && tokens.kind[t + 1] === TokenKind.Word && tokens.has(t + 1, TokenFlag.Upper)))) continue;
      const m = matchTrigger(tokens, lex, t, s0, s1, demonymBefore(index, tokens, t, s0) || verbBefore(lex, tokens, t, s0) || gerundInPhrase(tokens, t, s0) || placeModifierBefore(index, tokens, t, s0) || namedModifierBefore(tokens, t, s0) || undergoBefore(tokens, t, s0) || forceCueBefore(lex, tokens, t, s0) ? "noun" : null);
      if (!m) continue;
      t = m.t1 - 1;
      const e = m.form.entry;
      // "without consulting X", "by sending troops": a gerund after a preposition has no subject of its own
      // except after "of"/"for" ("found guilty of raping", "arrested for attacking"), where it has the sentence's subject
      // "a policy of not charging": a negation between the preposition and the gerund changes nothing
      const neg = m.t0 - 1 > s0 && (tokens.lower(m.t0 - 1) === "not" || tokens.lower(m.t0 - 1) === "never") ? 1 : 0;
      const gerund = e.pos === "verb" && m.t0 - neg > s0 && tokens.lower(m.t0).endsWith("ing") && GERUND_PREPS.has(tokens.lower(m.t0 - 1 - neg));
      if (gerund && !CHARGE_PREPS.has(tokens.lower(m.t0 - 1 - neg))) continue;
      // "called for banning all Muslims", "pushed for imposing sanctions": a requested act has not happened
      if (gerund && m.t0 - 2 - neg >= s0 && tokens.lower(m.t0 - 1 - neg) === "for" && lex.triggers.get(tokens.lower(m.t0 - 2 - neg))?.some((f) => f.entry.pos === "verb" && f.entry.type === "REQUEST" && f.rest.length === 1 && f.rest[0] === "for")) continue;
      // "speaking on condition of anonymity to discuss": an informant's reason for anonymity reports no event
      if (e.pos === "verb" && m.t0 - 2 >= s0 && tokens.lower(m.t0 - 1) === "to" && ANONYMITY.has(tokens.lower(m.t0 - 2))) continue;
      // "Obama is to blame for": being to blame is a state, no one accuses
      if (e.pos === "verb" && e.type === "ACCUSE" && m.t0 - 2 >= s0 && tokens.lower(m.t0 - 1) === "to" && STANCE_BE.has(tokens.lower(m.t0 - 2))) continue;
      // "wildfires currently destroying the Amazon": an -ing verb right after a common noun modifies that noun
      if (e.pos === "verb" && reducedRelative(scope, m.t0)) continue;
      // "extradite people accused of crimes": a participle after a common noun, with what it charges after "of", is a description
      if (e.pos === "verb" && m.form.participle && m.t1 < s1 && tokens.lower(m.t1) === "of" && reducedRelative(scope, m.t0, true)) continue;
      // "responded to requests for comment": after "to" only a bare form is a verb; "requests", "attacks" there are nouns
      if (e.pos === "verb" && m.t0 - 1 >= s0 && tokens.lower(m.t0 - 1) === "to" && tokens.lower(m.t0) !== e.words[0] && m.t1 - m.t0 === 1) continue;
      // "asked Zelensky to investigate Biden", "urged him to resign": what is requested has not happened
      if (e.pos === "verb" && (requestedAction(scope, m.t0) || requestedBare(scope, m))) continue;
      // "it is commonplace for new governments to suspend parliament": what a generic "for ... to" frames is no report
      if (e.pos === "verb" && genericFor(scope, m.t0)) continue;
      // "called for Rosselló's resignation", "pressure the government to launch an investigation": nor has a requested noun
      if (e.pos === "noun" && (requestedNoun(scope, m.t0) || ((g) => g >= 0 && requestedAction(scope, g))(governorOf({ ...scope, pair }, m.t0)))) continue;
      // "committed to send troops", "promised to withdraw": the promised act is the event (planned)
      if (e.pos === "verb" && e.type === "AGREE" && e.modality === "planned" && m.t1 + 1 < s1 && tokens.lower(m.t1) === "to" && lex.triggers.get(tokens.lower(m.t1 + 1))?.some((f) => f.entry.pos === "verb")) continue;
      // "pledged to relocate the embassy", "pledging to make America great again": a promise of one's own act that is no
      // trigger is no agreement with anyone (not "pledged to Japan", "committed to the process", "committed to proceeding")
      if (e.pos === "verb" && e.type === "AGREE" && e.modality === "planned" && m.t1 + 1 < s1 && tokens.lower(m.t1) === "to" && bareVerbAt(scope, m.t1 + 1)) continue;
      // "I am committed to leading our country": a stance towards a course of one's own, not an agreement
      if (e.pos === "verb" && e.type === "AGREE" && e.modality === "planned" && m.t1 + 1 < s1 && tokens.lower(m.t1) === "to" && tokens.lower(m.t1 + 1).endsWith("ing") && m.t0 - 1 >= s0 && STANCE_BE.has(tokens.lower(m.t0 - 1))) continue;
      // "declared a state of emergency, with Tropical Storm Barry approaching": an emergency against a hazard coerces no one
      if ((e.mode === "martial-law" || e.mode === "curfew") && hazardIn(tokens, lex, s0, s1)) continue;
      // "the Taliban dropped direct attacks on cities": an act given up is not reported as done
      if (e.pos === "noun" && cancelledNoun(scope, m.t0)) continue;
      // "parishioners killed at a church": what a plural noun underwent, with no doer named
      if (patientParticiple(scope, m)) continue;
      const found = doerBeforePrep({ ...scope, pair }, m, gerund, neg) ?? (gerund ? chargedAct({ ...scope, pair }, m) : argumentsOf({ ...scope, pair }, m, text));
      if (!found) continue;
      // "Westmacott, who served in Iran, praised", "X, a general in Iraq, was sentenced": no place of an aside on the subject is where the act happened
      const aside = e.pos === "verb" ? asideBefore(scope, m.t0) : -1;
      // "an offensive into north-eastern Syria", "troops left Iraq": a located place stands for its country
      if (!found.targets.actors.length && TERRITORIAL.has(e.type) && !e.noTarget) {
        const p = placeTarget({ ...scope, pair }, m.t1);
        if (p) found.targets = { actors: [p], anaphoric: false };
      }
      // "the Paris attacks": a capital right before an attack noun names where it happened, not who did it
      // (after a determiner any trigger: "the Riyadh agreement" was made there)
      const det = m.t0 - 2 >= s0 && PHRASE_DETERMINERS.has(tokens.lower(m.t0 - 2));
      // "the Paris terrorist attacks": past one force cue
      const head = m.t0 - 1 >= s0 && lex.forceCues.has(tokens.lower(m.t0 - 1)) ? m.t0 - 1 : m.t0;
      if ((e.pos === "noun" && TERRITORIAL.has(e.type)) || det) found.sources = { actors: found.sources.actors.filter((x) => !(x.via === "capital" && x.end <= tokens.start[head]! && tokens.start[head]! - x.end <= 1)), anaphoric: found.sources.anaphoric };
      let sources = distinctByCode(found.sources.actors, text, !!e.symmetric);
      // "the vernacular of Trump's fans moved into the spotlight": a trigger that only a country does ("move into") needs one
      if (e.subjectTypes) sources = sources.filter((x) => typeOk(x, e.subjectTypes));
      // "his Mexico trip", "a Japan visit": a country right before a visit noun is where the visit goes, not who visits
      if (e.pos === "noun" && e.mode === "visit" && m.t0 - 1 >= s0 && index.actorAt[m.t0 - 1]! >= 0) {
        const dest = actorsAt(index, tokens, m.t0 - 1).filter((x) => x.entity.type === "country" && x.via !== "demonym");
        sources = sources.filter((x) => !dest.some((d) => d.entity === x.entity));
      }
      let targets = distinctByCode(found.targets.actors, text, !!e.symmetric).filter((x) => !sources.some((y) => y.entity === x.entity));
      // "two officers were found guilty", "1000 people have been arrested": the country's courts or police
      if (!sources.length && found.authority) {
        places ??= findPlaces(tokens, index, text, s0, s1, lookup);
        dates ??= findDates(tokens, lex.dates, s0, s1, published, false);
        const code = authorityCountry(scope, m, e, outside(places, aside, m.t0), targets, story, story.protagonist, datedLongBefore(dates, m, published));
        if (code) sources = [authorityOf(code, e, tokens.start[m.t0]!, tokens.end[m.t1 - 1]!)];
      }
      // "Sheriff Lee said they arrested one person", "X Police said police had arrested": the speaker's force
      const said = !sources.length && e.pos === "verb" && authorityAct(e) ? forceSpeaker(scope, m.t0) : -1;
      if (said >= 0) {
        places ??= findPlaces(tokens, index, text, s0, s1, lookup);
        // the country the speaker's own words name ("Sheriff X of Polk County, Florida"), else as for an agentless arrest
        let code: string | null = null;
        for (let k = said - 1; k >= s0 && !code; k--) {
          if (index.actorAt[k]! >= 0) code = actorsAt(index, tokens, k)[0]?.code ?? null;
          else if (index.placeAt[k]! >= 0) code = index.places[index.placeAt[k]!]!.entity.country ?? null;
        }
        // a local force: before the article's scene is set, the first place it names ("Thames Valley Police ... Oxfordshire, England")
        code ??= authorityCountry(scope, m, e, outside(places, aside, m.t0), targets, story, firstPlaceCountry(index));
        if (code) sources = [authorityOf(code, e, tokens.start[m.t0]!, tokens.end[m.t1 - 1]!)];
      }
      // "Police detained him", "Police in Moscow arrested two men": an unnamed force, as for an agentless arrest
      if (!sources.length && e.pos === "verb" && (authorityAct(e) || policeCharge(e)) && !found.passive && policeSubject(scope, m.t0)) {
        places ??= findPlaces(tokens, index, text, s0, s1, lookup);
        const code = authorityCountry(scope, m, e, outside(places, aside, m.t0), targets, story, firstPlaceCountry(index));
        if (code) sources = [authorityOf(code, e, tokens.start[m.t0]!, tokens.end[m.t1 - 1]!)];
      }
      // "Thousands of people marched in London", "protesters rallied": an unnamed crowd of the country where it happened
      // "Protesters clashed with police": a crowd that fights
      // "Protesters called for ...", "Residents demanded ...": a crowd that asks, accuses or refuses
      if (!sources.length && (e.type === "PROTEST" || CROWD_VOICE.has(e.type) || (e.type === "ASSAULT" && e.symmetric)) && e.pos === "verb" && !found.passive) {
        const sector = crowdSubject(scope, m.t0) ?? (s > 0 && sentences.paragraph[s - 1] === paragraph ? crowdThey(scope, m.t0, sentences.tokStart[s - 1]!) : null);
        if (sector) {
          places ??= findPlaces(tokens, index, text, s0, s1, lookup);
          const code = nearestPlace(outside(places, aside, m.t0), m.t0)?.country ?? story.scene ?? firstPlaceCountry(index);
          if (code) sources = [{ start: tokens.start[m.t0]!, end: tokens.end[m.t1 - 1]!, entity: { id: "", name: "", type: "organization", country: code, sector, roles: [], mentions: [] }, code, via: "implicit" }];
          // "clashed with police in Santiago": the police fought, not the place
          if (e.type === "ASSAULT" && targets.every((x) => x.entity.type === "place") && groupNounAfter(scope, m.t1, e.targetNear + 2) >= 0) targets = [];
        }
      }
      if (!sources.length) continue;
      // "their statements about the Benghazi attacks": a named past attack, by the place it struck, has its doer elsewhere
      if (e.pos === "noun" && e.type === "ASSAULT" && m.t0 - 1 >= s0 && index.placeAt[m.t0 - 1]! >= 0 && !(m.t1 < s1 && tokens.lower(m.t1) === "by")) continue;
      if (e.noTarget) targets = [];
      // "to fight Zika", "fight the problem", "attack each other": force with a thing (or no one) as its object is no event
      // "will fight at home and abroad to destroy ...": a two-sided fight with one side named and no other is unclear
      if (e.thingBlocks && e.symmetric && e.pos === "verb" && !targets.length && sources.length === 1 && !(sources[0]!.via === "implicit" && groupNounAfter(scope, m.t1, e.targetNear + 2) >= 0)) continue;
      if (e.thingBlocks && e.pos === "verb" && !targets.length && !found.passive && sources.length === 1 && m.t1 < s1 && thingObject(scope, m.t1)) continue;
      // "a sense that he rejects the norms", "he supports Obama's signature achievement": a stance in the simple present
      // towards a thing is a held position, no event (not "voted to support the bill", "will support")
      if (e.stative && e.pos === "verb" && presentForm(tokens.lower(m.t0), e.words[0]!) && !(m.t0 - 1 >= s0 && (tokens.lower(m.t0 - 1) === "to" || HABIT_AUX.has(tokens.lower(m.t0 - 1)))) && m.t1 < s1 && ownedThing(scope, m.t1)) continue;
      // "he said he agrees.", "agrees with the assessment": agreeing in the present tense with no one named is an opinion, no act
      if (e.type === "AGREE" && e.pos === "verb" && e.words[0] === "agree" && sources.length === 1 && !targets.length && presentForm(tokens.lower(m.t0), e.words[0]!) && !(m.t1 < s1 && AGREE_ACTS.has(tokens.lower(m.t1)))) continue;
      // "their discussions", "Russia agreed to ...": a symmetric event naming one side of the discourse pair has the other
      // (not a verb with a thing as its object: "Cruz was discussing his plan" met no one)
      let completed = false;
      // (nor one whose own preposition names a partner who is no actor: "the meeting with analysts", "met with supporters")
      if (e.symmetric && sources.length === 1 && !targets.length && pair?.some((p) => p.code === sources[0]!.code) && !(e.pos === "verb" && m.t1 < s1 && THING_DETERMINERS.has(tokens.lower(m.t1))) && !commonPartner(scope, e, m)) {
        const other = pair.find((p) => p.code !== sources[0]!.code);
        if (other) {
          targets = [other];
          completed = true;
        }
      }
      // "47 percent of Cuban Americans saying they will support X": in a poll sentence a pronoun's guess is the respondents
      if (sources.every((x) => x.via === "pronoun") && pollSentence(tokens, s0, s1)) continue;
      // "their demands": a noun whose only actor is a pronoun's guess and which names no target is too vague to code
      if (e.pos === "noun" && !targets.length && sources.every((x) => x.via === "pronoun")) continue;
      // "the NATO treaty", "G7 meetings", "envoy for Ukraine negotiations": a two-sided noun with one side names a thing or an office
      if (e.pos === "noun" && e.symmetric && sources.length === 1 && !targets.length) continue;
      // "suppress protests", "withdraw the bill ... protesters", "accused the government": a group noun in the
      // object position names a domestic target (same country as the source, the noun's sector)
      let groupSector: string | null = null;
      if (!targets.length && !e.noTarget && !found.passive) {
        const g = groupNounAfter(scope, m.t1, e.pos === "verb" ? e.targetNear + 2 : 5);
        if (g >= 0 && !allowedAfterTarget(scope, e, g)) continue;
        if (g >= 0) groupSector = lex.groupNouns.get(tokens.lower(g))!;
        // "a federal judge sentenced a doctor", "jailed two men": an arrest or conviction of unnamed people
        else if (e.pos === "verb" && authorityAct(e) && personObject(scope, m.t1)) groupSector = "CVL";
      }
      // "nine men were jailed": an agentless conviction of unnamed people still happened (its target is the court's country)
      // ("he was once jailed": a pronoun's referent may be abroad, so not then)
      if (e.needTarget && !targets.length && !groupSector && !(found.authority && sources[0]?.via === "implicit" && !pronounPatient(scope, m.t0))) continue;
      // "the Senate was to meet Monday": a body meeting by itself consults no one (an IGO's summit does: "G7 leaders met")
      if (e.type === "CONSULT" && !targets.length && !groupSector && sources.length === 1 && sources[0]!.entity.sector !== "IGO") continue;
      const modality: Modality = modalityAt(tokens, lex, m.t0, s0, e.modality ?? "asserted", e.pos === "noun");
      // "Hong Kong people never back down": "never" before a present-tense verb states a habit, it reports no event
      if (modality === "negated" && e.pos === "verb" && m.t0 - 1 >= s0 && tokens.lower(m.t0 - 1) === "never" && presentForm(tokens.lower(m.t0), e.words[0]!) && !(m.t0 - 2 >= s0 && (lex.passiveAux.has(tokens.lower(m.t0 - 2)) || HABIT_AUX.has(tokens.lower(m.t0 - 2))))) continue;
      // "officials do not meet with radical politicians": "do not" before a present-tense act states a habit or a rule, no event
      if (modality === "negated" && e.pos === "verb" && !STANCES.has(e.type) && presentForm(tokens.lower(m.t0), e.words[0]!) && doNegation(tokens, m.t0, s0)) continue;
      // "Sanders could have requested a recount": what could, would or should have happened did not
      if (e.pos === "verb" && counterfactual(tokens, m.t0, s0)) continue;
      // "can Obama offer the Republicans something?": a hypothetical asked about reports nothing
      if (modality === "hypothetical" && s1 - 1 >= s0 && tokens.lower(s1 - 1) === "?") continue;
      // "if the President and Vice President are both killed", "it must be signed by": a condition or a duty reports nothing
      if (modality === "hypothetical" && conditional(tokens, lex, m.t0, s0)) continue;
      // "had not attacked any civilians": a denial over an open set reports no event
      if (modality === "negated" && m.t1 < s1 && ANY.has(tokens.lower(m.t1))) continue;
      // "nobody's been arrested", "no one was charged": a denial over an open set of people reports no event either
      if (modality === "negated" && found.passive && nobodySubject(tokens, lex, m.t0, s0)) continue;
      // "they must not send weapons": a prohibition prescribes, it reports nothing
      if (modality === "negated" && prohibition(tokens, m.t0, s0)) continue;
      // "would have to raise the US sanctions": a hypothetical noun that another verb acts on is a thing, not an event
      if (e.pos === "noun" && modality === "hypothetical" && objectOfOtherVerb({ ...scope, pair }, m.t0)) continue;
      dates ??= findDates(tokens, lex.dates, s0, s1, published, false);
      let date = nearestDate(dates, m.t0, m.t1);
      if (date && modality === "planned" && published) {
        const future = findDates(tokens, lex.dates, s0, s1, published, true);
        date = nearestDate(future, m.t0, m.t1);
      }
      places ??= findPlaces(tokens, index, text, s0, s1, lookup);
      const place = nearestPlace(outside(places, aside, m.t0), m.t0);
      const trigger = textSpan(text, tokens.start[m.t0]!, tokens.end[m.t1 - 1]!);
      const pairs: [ActorMention, ActorMention | null][] = [];
      if (e.symmetric && sources.length >= 2 && !targets.length) {
        for (let k = 1; k < sources.length; k++) pairs.push([sources[0]!, sources[k]!]);
      } else {
        for (const src of sources) {
          if (!targets.length) pairs.push([src, null]);
          for (const tgt of targets) if (tgt.entity !== src.entity) pairs.push([src, tgt]);
        }
      }
      const anaphoric = found.sources.anaphoric || completed;
      const uncoded = !targets.length && !groupSector && TERRITORIAL.has(e.type) && e.pos === "verb" && !found.passive && uncodedNameAfter(scope, m.t1);
      const patient = !targets.length && e.pos === "verb" && !e.noTarget ? unownedPatient(scope, m, found.passive) : -1;
      let lastSource: Story["last"] = null;
      for (const [src, tgt] of pairs) {
        let type = e.type;
        let mode = e.mode;
        if (tgt && e.domestic && tgt.code === src.code) {
          type = e.domestic.type;
          mode = e.domestic.mode;
        }
        if (!tgt && groupSector && e.domestic) {
          type = e.domestic.type;
          mode = e.domestic.mode;
        }
        // "Trump's rallies", "a Johnson-Weld rally": a politician's or party's rally is a campaign event, no protest
        if (e.campaign && src.via !== "implicit" && (src.entity.type === "person" || src.entity.type === "organization") && (src.entity.sector ? lex.verbalSectors.has(src.entity.sector) : src.entity.type === "person")) continue;
        // "Trump attacked Clinton as ...", "personal attacks": a politician's attack is words
        if (e.verbal && type === e.type && verbalAttack(scope, m, src, tgt, groupSector, speakers)) {
          type = e.verbal.type;
          mode = e.verbal.mode;
        }
        // '"I will totally destroy the economy of Turkey"': force announced in one's own words is a threat
        if (modality === "planned" && THREATS.has(type) && speakerOf(m.t0)?.entity === src.entity) {
          type = "THREATEN";
          mode = undefined;
        }
        const info = plover.types.get(type);
        if (!info) throw new ParleyError("E006", `events: trigger type ${type} is not in the ontology`);
        if (mode && !info.modes.has(mode)) mode = undefined;
        // The event's span: its trigger and the arguments named in its sentence. (No spread
        // of a varying-length array into Math.min, nor for-of over [src, tgt]: both deopted
        // this large function, and each recompilation costs a fresh worker ~0.3 s.)
        let start = trigger.start, end = trigger.end;
        for (let k = 0; k < 2; k++) {
          const a = k === 0 ? src : tgt;
          if (a && !anaphoric && a.start >= tokens.start[s0]! && a.end <= tokens.end[s1 - 1]!) {
            if (a.start < start) start = a.start;
            if (a.end > end) end = a.end;
          }
        }
        let confidence = e.pos === "verb" ? 0.75 : e.pos === "noun" ? 0.65 : 0.5;
        if (tgt) confidence += 0.1;
        if (anaphoric) confidence -= 0.2;
        if (!tgt && !groupSector && !e.noTarget) confidence -= 0.1;
        if (found.passive) confidence -= 0.05;
        const reporter = speakerOf(m.t0);
        const event: EventRecord = {
          type,
          ...(mode ? { mode } : {}),
          quad: info.quad,
          start,
          end,
          trigger,
          source: actorRecord(src),
          target: tgt ? actorRecord(tgt) : groupSector ? { ...(patient >= 0 ? { entity: index.unowned[patient]!.id } : {}), country: src.code, sector: groupSector } : withEntity(patient >= 0 ? index.unowned[patient]! : null, uncoded ? null : implicitTarget(src, type, place, e.noTarget, story, objectEventType(lex, tokens, m.t1, s1), s, datedLongBefore(dates, m, published), modality)),
          modality,
          place,
          date,
          confidence: Math.round(Math.min(0.95, confidence) * 100) / 100,
          evidence: [textSpan(text, start, end)],
          ...(reporter && reporter.entity !== src.entity ? { reportedBy: actorRecord(reporter) } : {}),
        };
        cands.push({ event, paragraph, anaphoric, symmetric: e.symmetric, nominal: e.pos === "noun", sentence: s });
        lastSource = { sentence: s, entity: src.entity.id, code: src.code, reaction: REACTIONS.has(type), target: event.target?.country ?? null };
        story.lastByType.set(type, lastSource);
        if (e.symmetric && tgt && tgt.code !== src.code && !anaphoric) {
          const key = [src.code, tgt.code].sort().join("|");
          const c = pairCounts.get(key) ?? { n: 0, pair: [src, tgt] };
          c.n++;
          c.pair = [src, tgt];
          pairCounts.set(key, c);
          let best: { n: number; pair: ActorMention[] } | null = null;
          for (const v of pairCounts.values()) if (!best || v.n >= best.n) best = v;
          pair = best!.pair;
        }
      }
      if (lastSource) story.last = lastSource;
    }
    // the scene: from the located places when this sentence had events, else from named places and countries alone
    if (!story.scene) for (const h of places ?? findPlaces(tokens, index, text, s0, s1, null)) if (h.place.country) story.scene ??= h.place.country;
  }
  return dedupEvents(cands);
}

function resource<T>(ctx: StageContext, key: string): T {
  const r = ctx.resources[key];
  if (r === undefined) throw new ParleyError("E005", `events: resource "${key}" missing (parse it with ${key === "plover" ? "parsePlover" : "parseEventTriggers"})`);
  return r as T;
}

/** The events stage: sets `events` (EventRecord[]). */
export const eventsStage: Stage = {
  name: "events",
  version: "0.1.0",
  requires: [LAYERS.tokens, LAYERS.sentences, LAYERS.paragraphs, LAYERS.entities, LAYERS.quotes],
  provides: [LAYERS.events],
  run(doc: Doc, ctx: StageContext): void {
    const events = extractEvents(doc, {
      plover: resource<PloverOntology>(ctx, EVENTS_RESOURCES.plover),
      lexicon: resource<EventLexicon>(ctx, EVENTS_RESOURCES.triggers),
      kb: ctx.resources[EVENTS_RESOURCES.kb],
    });
    doc.set(LAYERS.events, events, { stage: this.name, version: this.version });
  },
};
