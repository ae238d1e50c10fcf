/**
 * The quotes stage: who said what. Pairs quotation marks, finds the cue of each quote
 * (speech verb after or before it, a colon after a name, "according to"), the speaker
 * phrase in or next to the quote's sentence, resolves it through the entities layer, and
 * adds reported speech ("X said that …") as `indirect` records. Quotes with no cue go on a
 * running speaker when they continue a run, else get `speaker: null`; short quotes with no
 * cue and no run are scare quotes and are left out.
 */
import type { Doc } from "../../doc/doc.js";
import { LAYERS } from "../../doc/layers.js";
import type { EntityRecord, QuoteRecord, SpeakerRecord } from "../../doc/record.js";
import { ParleyError } from "../../errors.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { TokenFlag, TokenKind, type Paragraphs, type Sentences, type Tokens } from "../../text/types.js";
import { compileQuoteCues, parseQuoteCues, type CueIndex, type QuoteCues } from "./lexicon.js";
import { pairQuoteMarks, type QuotePiece } from "./marks.js";
import {
  isWordTok, nounPhraseLeft, nounPhraseRight, phraseAt, phraseStartLeft, plausibleSource, subjectBefore, titleNoun, trimAtVerb, verbAt, type TokRange,
} from "./phrases.js";
import { genderFits, indexMentions, isPossessor, speakerOf, type FlatMention, type ResolvedSpeaker } from "./speakers.js";

export const QUOTES_VERSION = "0.1.0";
/** The resource key the stage reads its lexicon from. */
export const QUOTE_CUES_RESOURCE = "quote-cues";

export interface QuotesOptions {
  /**
   * Emit reported speech without quotation marks as `indirect` records (default false: the
   * record's `quotes` then hold quotations only, one per quoted stretch, as the gold files count them).
   */
  indirect?: boolean;
  /**
   * Merge a quotation that goes on a speaker's run (in the same paragraph or opening the
   * next one), goes on with a quote left open in the previous paragraph, or shares the
   * previous one's cue (`“A,” he said, “B.”`), into one record, and with `indirect` give a
   * partial quote its reported clause's span (PolNeAR's convention: one attribution,
   * discontinuous content). Default false: one record per pair of marks.
   */
  mergeRuns?: boolean;
}

type How = "after" | "before" | "colon" | "according" | "indirect" | "run" | "subject" | "none";

interface Item {
  piece: QuotePiece | null;
  start: number;
  end: number;
  sentence: number;
  np: TokRange | null;
  cue: { start: number; end: number } | null;
  how: How;
  belief: boolean;
  kind: "direct" | "partial" | "indirect";
  words: number;
  speaker?: SpeakerRecord | null;
  speakerType?: "person" | "group" | "";
  confidence?: number;
  /** The reported clause a partial quote stands in ("X said he was “a big advocate” of …"). */
  clause?: { start: number; end: number };
  /** Reported speech read only as context for the quotes around it (not emitted). */
  hidden?: boolean;
  /** A title in marks ("NBC's “Meet the Press”"): hidden, and no break in the run of quotes around it. */
  title?: boolean;
  /** Token of the cue verb a quotation's frame found (-1 for none). */
  verb?: number;
  /** The text of a thing ("a sign …, which read, “…”"): no one speaks it, and no clause around lends it a speaker. */
  mute?: boolean;
}

interface Ctx {
  doc: Doc;
  tokens: Tokens;
  sentences: Sentences;
  paragraphs: Paragraphs;
  cues: CueIndex;
  mentions: FlatMention[];
  mentionAt: Int32Array;
  /** Piece index covering each token (marks included), -1 outside quotes. */
  inQuote: Int32Array;
  /** Each piece's closing mark token (-1 when left open). */
  pieceClose: Int32Array;
  usedVerb: Uint8Array;
  /** 1 for each piece that is a title in marks ("NBC's “Meet the Press”"), not a quotation. */
  titlePiece: Uint8Array;
}

const parsed = new WeakMap<object, QuoteCues>();

function cuesFrom(ctx: StageContext): CueIndex {
  const raw = ctx.resources[QUOTE_CUES_RESOURCE];
  if (!raw || typeof raw !== "object") throw new ParleyError("E005", `quotes: resource "${QUOTE_CUES_RESOURCE}" is missing (load data/lexicons/quote-cues.json with parseQuoteCues)`);
  let cues = parsed.get(raw);
  if (!cues) {
    cues = parseQuoteCues(raw);
    parsed.set(raw, cues);
  }
  return compileQuoteCues(cues);
}

function words(tokens: Tokens, a: number, b: number): number {
  let n = 0;
  for (let t = a; t < b; t++) if (isWordTok(tokens, t)) n++;
  return n;
}

function personIn(c: Ctx, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (c.mentionAt[t]! >= 0 && c.mentions[c.mentionAt[t]!]!.entity.type === "person") return true;
  return false;
}

function hasMention(c: Ctx, np: TokRange): boolean {
  for (let t = np.a; t < np.b; t++) if (c.mentionAt[t]! >= 0) return true;
  return false;
}

/** A phrase with a group noun or a pronoun in it (a source even without a mention). */
function namesSource(c: Ctx, np: TokRange): boolean {
  const { tokens, cues } = c;
  for (let t = np.a; t < np.b; t++) {
    const w = tokens.lower(t);
    if (cues.groupNouns.has(w) || cues.personPronouns.has(w) || cues.groupPronouns.has(w)) return true;
  }
  return false;
}

function validSubject(c: Ctx, np: TokRange | null, sentenceStart: number): np is TokRange {
  return !!np && plausibleSource(c.tokens, np, sentenceStart, c.cues, hasMention(c, np));
}

function isComma(tokens: Tokens, t: number): boolean {
  return tokens.kind[t] === TokenKind.Punct && tokens.norm(t) === ",";
}

/** Skip frame adjuncts ("in a statement", "on Tuesday", commas) from t. */
function skipAdjuncts(c: Ctx, t: number, limit: number): number {
  const { tokens, cues } = c;
  for (;;) {
    if (t >= limit) return t;
    if (isComma(tokens, t)) { t++; continue; }
    const n = phraseAt(tokens, t, limit, cues.adjuncts);
    if (n) { t += n; continue; }
    const w = tokens.lower(t);
    if (cues.adverbs.has(w)) { t++; continue; }
    const title = w === "on" ? titleAfter(c, t + 1, limit) : -1;
    if (title > 0) { t = title; continue; }
    if ((w === "on" || w === "last" || w === "this") && t + 1 < limit && tokens.has(t + 1, TokenFlag.Upper)) { t += 2; continue; }
    return t;
  }
}

/**
 * Past a title in marks that opens at token t or after a few capitalised words, a possessive,
 * "the" and a title noun ("NBC's “Meet the Press”", "the MSNBC show “Morning Joe”"), else -1.
 */
function titleAfter(c: Ctx, t: number, limit: number): number {
  const { tokens, cues } = c;
  for (let k = t; k < limit && k < t + 6; k++) {
    const p = c.inQuote[k]!;
    if (p >= 0) return c.titlePiece[p] && c.pieceClose[p]! >= 0 && tokens.kind[k] === TokenKind.Quote ? c.pieceClose[p]! + 1 : -1;
    const w = tokens.lower(k);
    if (!tokens.has(k, TokenFlag.Upper) && tokens.kind[k] !== TokenKind.Possessive && w !== "." && w !== "the" && !titleNoun(tokens, k, cues)) return -1;
  }
  return -1;
}

const DASHES = new Set(["-", "–", "—", "―", "--"]);

/** After an inverted subject ("said Lavrov"): the frame ends, or punctuation, a quote or "that" follows. */
function endsPhrase(c: Ctx, t: number, hi: number): boolean {
  const { tokens } = c;
  if (t < hi && (tokens.kind[t] === TokenKind.Punct || tokens.kind[t] === TokenKind.Quote)) return true;
  t = skipAdjuncts(c, t, hi);
  if (t >= hi) return true;
  const k = tokens.kind[t];
  return k === TokenKind.Punct || k === TokenKind.Quote || tokens.lower(t) === "that";
}

/** A cue (verb or "according to") in the frame [lo, hi), searching from the left (after a quote) or the right (before it). */
function frameCue(c: Ctx, lo: number, hi: number, sentenceStart: number, fromLeft: boolean):
  { np: TokRange; cue: { start: number; end: number }; how: How; belief: boolean; verb: number } | null {
  const { tokens, cues } = c;
  if (lo >= hi) return null;
  const doc = documentCue(c, lo, hi, fromLeft);
  if (doc) return doc;
  // colon right before the quote: "He added:" or "Lavrov:"
  if (!fromLeft && tokens.kind[hi - 1] === TokenKind.Punct && tokens.norm(hi - 1) === ":") {
    for (let v = hi - 2; v >= lo && v >= hi - 6; v--) {
      const hit = verbAt(tokens, v, hi, cues);
      if (hit && !hit.info.belief) {
        const np = subjectBefore(tokens, v, lo, cues);
        if (validSubject(c, np, sentenceStart)) return { np, cue: { start: tokens.start[v]!, end: tokens.end[hit.end - 1]! }, how: "before", belief: false, verb: v };
      }
    }
    const np = subjectBefore(tokens, hi - 1, lo, cues);
    const colon = { start: tokens.start[hi - 1]!, end: tokens.end[hi - 1]! };
    if (np && np.a === lo && validSubject(c, np, sentenceStart) && (hasMention(c, np) || np.b - np.a <= 4)) {
      return { np, cue: colon, how: "colon", belief: false, verb: -1 };
    }
    // "Bolsonaro opposed Macron's statement: “…”": the subject of the clause
    const acc = lo === sentenceStart ? phraseAt(tokens, lo, hi - 1, cues.sourceFirst) : 0;
    // "According to U.S. Attorney Bash, the manifesto …: “…”": the source after "according to"
    const source = acc ? accordingSource(c, lo + acc, hi - 1) : null;
    if (source && validSubject(c, source, -1)) return { np: source, cue: { start: tokens.start[lo]!, end: tokens.end[lo + acc - 1]! }, how: "according", belief: false, verb: -1 };
    const subject = lo === sentenceStart && !acc ? sentenceSubject(c, lo, hi - 1) : null;
    if (subject) return { np: subject, cue: colon, how: "colon", belief: false, verb: -1 };
  }
  // a dash after the quote: "“…” ― Carla Sanchez"
  if (fromLeft && tokens.kind[lo] === TokenKind.Punct && DASHES.has(tokens.norm(lo))) {
    const np = nounPhraseRight(tokens, lo + 1, hi, cues);
    if (validSubject(c, np, -1)) return { np, cue: { start: tokens.start[lo]!, end: tokens.end[lo]! }, how: "after", belief: false, verb: -1 };
  }
  // "the senator rejected what he called “a witch hunt”": the relative clause right before the
  // quote names its speaker, not the main clause
  if (!fromLeft) {
    const named = relativeCue(c, lo, hi);
    if (named) return named;
  }
  // "After Brown criticized Clinton during a debate, Hillary shot back, “…”": a cue in a fronted
  // subordinate clause closed by a comma before the quote frames nothing when the main clause follows
  let fronted = -1;
  if (!fromLeft && sentenceStart >= 0 && sentenceStart === lo && SUBORDINATORS.has(tokens.lower(lo))) {
    for (let k = lo + 1; k < hi && fronted < 0; k++) if (isComma(tokens, k) && c.inQuote[k]! < 0 && words(tokens, k, hi) > 0) fronted = k;
  }
  for (let v = lo, n = 0; v < hi && (!fromLeft || n < 14); v++, n++) {
    if (c.inQuote[v]! >= 0) break;
    if (v < fronted) continue;
    const acc = phraseAt(tokens, v, hi, cues.sourceFirst);
    if (acc) {
      const np = accordingSource(c, v + acc, hi);
      if (np) return { np: ownerOfAccording(c, np, lo, v), cue: { start: tokens.start[v]!, end: tokens.end[v + acc - 1]! }, how: "according", belief: false, verb: v };
    }
    const hit = verbAt(tokens, v, hi, cues);
    if (!hit || hit.info.belief || titleNoun(tokens, v, cues)) continue;
    if (v > 0 && (cues.determiners.has(tokens.lower(v - 1)) || tokens.kind[v - 1] === TokenKind.Possessive)) continue;
    const cue = { start: tokens.start[v]!, end: tokens.end[hit.end - 1]! };
    // a passive cue: "Gutierrez was described by the CBCP as “…”", "Sanders was asked by host
    // Bill Maher, “…”" (a verb of addressing: the subject is the one asked): the agent speaks
    if ((hit.info.takesAs || hit.info.stance || hit.info.takesObject) && isPassive(c, v, lo)) {
      const by = skipAdjuncts(c, hit.end, hi);
      const agent = by < hi && tokens.lower(by) === "by" ? nounPhraseRight(tokens, by + 1, hi, cues) : null;
      if (validSubject(c, agent, -1)) return { np: agent, cue, how: fromLeft ? "after" : "before", belief: false, verb: v };
      if (hit.info.takesAs || hit.info.stance) continue;
    }
    let np = subjectOf(c, v, lo);
    // "Schwartz went on to say", "One of them went as far to say": the subject of the verb before "to"
    if (!np && v - 1 > lo && tokens.lower(v - 1) === "to") np = catenativeSubject(c, v - 1, lo);
    if (!np && v > lo && (tokens.lower(v - 1) === "and" || tokens.lower(v - 1) === "but")) np = sentenceSubject(c, sentenceHead(c, v), v);
    // "For someone who conceded in a debate that she's “not a natural politician,” Hillary Clinton
    // had a good night": the fronted phrase describes the main clause's subject, named after the quote
    if (!np && !fromLeft && v - 2 >= lo && tokens.lower(v - 1) === "who" && INDEFINITES.has(tokens.lower(v - 2)) && FRONTED.has(tokens.lower(sentenceStart))) {
      const piece = c.inQuote[hi]! >= 0 ? c.inQuote[hi]! : -1;
      const close = piece >= 0 ? c.pieceClose[piece]! : -1;
      let k = close + 1;
      while (close >= 0 && k < c.tokens.count && tokens.kind[k] === TokenKind.Punct) k++;
      const main = close >= 0 ? nounPhraseRight(tokens, k, c.sentences.tokEnd[c.sentences.sentenceOf(close)]!, cues) : null;
      if (main && personIn(c, main.a, main.b)) np = main;
    }
    // "They released a statement which said, “…”": the clause's subject speaks through the document
    if (!np && v > lo && (tokens.lower(v - 1) === "which" || tokens.lower(v - 1) === "that") && v - 2 >= lo && c.cues.groupNouns.has(tokens.lower(v - 2))) np = sentenceSubject(c, sentenceHead(c, v), v);
    // "Clinton celebrated in Florida, declaring it “…”": the clause's subject
    if (v > lo && isComma(tokens, v - 1) && tokens.lower(v).endsWith("ing") && (!np || !speaksAsPerson(c, np))) np = participleSubject(c, clauseStart(c, lo, v), v, np);
    // "His office put out a statement saying “…”": the subject of the clause that issued the document
    if (v - 3 >= lo && tokens.lower(v).endsWith("ing") && cues.documentNouns.has(tokens.lower(v - 1)) && ISSUED_ARTICLES.has(tokens.lower(v - 2)) &&
      !PREPOSITIONS.has(tokens.lower(v - 3)) && (!np || !hasMention(c, np))) {
      const issuer = sentenceSubject(c, clauseStart(c, lo, v), v);
      if (issuer && issuer.b < v - 1 && (hasMention(c, issuer) || namesSource(c, issuer))) np = issuer;
    }
    // right after a quote ("“…,” the ad's narrator says") or right before it ("The commissioner said, “…”")
    // any noun phrase is the speaker
    const next = fromLeft ? np && np.a <= lo + 1 && words(tokens, lo, np.a) === 0 : words(tokens, hit.end, hi) === 0;
    if (np && (next || validSubject(c, np, sentenceStart) || documentPhrase(c, np))) return { np, cue, how: fromLeft ? "after" : "before", belief: false, verb: v };
    // "called his standing “…”", "declaring it “…”", "told his supporters, “…”": an object, not an inverted subject
    if (hit.info.stance || hit.info.takesAs || (hit.info.takesObject && !fromLeft)) continue;
    const inv = nounPhraseRight(tokens, skipAdjuncts(c, hit.end, hi), hi, cues);
    // "winning the key states of Florida": a phrase opened by a preposition is no inverted subject
    if (inv && (OBJECT_PRONOUNS.has(tokens.lower(inv.a)) || PREPOSITIONS.has(tokens.lower(inv.a)))) continue;
    // "“…,” said a longtime adviser to Trump, who …": right after the quote, whatever follows
    if (inv && fromLeft && (v === lo || (v === lo + 1 && !isWordTok(tokens, lo)))) return { np: inv, cue, how: "after", belief: false, verb: v };
    if (inv && validSubject(c, inv, -1) && endsPhrase(c, inv.b, hi)) return { np: inv, cue, how: fromLeft ? "after" : "before", belief: false, verb: v };
  }
  return null;
}

/**
 * The frame found after a quote (closing mark at `from - 1`) follows it right away and ends its
 * sentence: ", Clinton said.", ", said a senior aide."; not ", adding …" or "and said …".
 */
function trailingFrame(c: Ctx, from: number, frame: { np: TokRange; verb: number }, hi: number): boolean {
  const { tokens, cues } = c;
  if (lonePronoun(c, frame.np)) return false;
  const first = Math.min(frame.np.a, frame.verb);
  // the frame starts right after the marks, and the quote ends in no full stop of its own
  if (first < from || words(tokens, from, first) > 0) return false;
  const last = from - 2;
  if (last >= 0 && tokens.kind[last] === TokenKind.Punct && SENTENCE_ENDS.has(tokens.norm(last))) return false;
  const hit = verbAt(tokens, frame.verb, hi, cues);
  if (!hit || hit.info.stance || tokens.lower(frame.verb).endsWith("ing")) return false;
  let t = skipAdjuncts(c, Math.max(frame.np.b, hit.end), hi);
  while (t < hi && tokens.kind[t] === TokenKind.Quote) t++;
  return t >= hi || (tokens.kind[t] === TokenKind.Punct && SENTENCE_ENDS.has(tokens.norm(t)));
}

/** The phrase is one pronoun of a person or a group ("he", "they"). */
function lonePronoun(c: Ctx, np: TokRange): boolean {
  const w = c.tokens.lower(np.a);
  return np.b - np.a === 1 && (c.cues.personPronouns.has(w) || c.cues.groupPronouns.has(w));
}

/** Subjects that name no one ("It was a potent punch …"). */
const EXPLETIVES = new Set(["it", "there", "this", "that"]);

/** Subordinators whose clause may end right before ", saying" ("as Clinton echoed the criticism, saying"). */
const CLAUSE_LINKS = new Set(["as", "while", "when", "after", "because", "since", "before", "until", "though", "although"]);

/**
 * Who speaks in ", saying …" at token v: the sentence's subject, or, when that names no
 * person ("It was a potent punch by the two women, as Clinton echoed the criticism, saying"),
 * the person opening the subordinate clause that ends at the comma.
 */
function participleSubject(c: Ctx, a: number, v: number, found: TokRange | null = null): TokRange | null {
  const { tokens, cues } = c;
  // "The Florida senator sought to calm his supporters, and took a heckler in stride, saying": a
  // phrase after "to" is an infinitive's object, not the subject
  if (found && found.a - 1 >= a && tokens.lower(found.a - 1) === "to") found = null;
  // "At Sunday night's debate, Sanders compared himself to Clinton, saying": a phrase after a
  // preposition is its object, and the fronted phrase it ends is no subject
  if (found && found.a - 1 >= a && PREPOSITIONS.has(tokens.lower(found.a - 1))) found = null;
  const main = found ?? sentenceSubject(c, a, v);
  // "In three separate interviews, the justice sounded off on Trump, saying": a phrase opened by a preposition is no subject
  if (main && PREPOSITIONS.has(tokens.lower(main.a)) && !hasMention(c, main)) return null;
  // only a body heading the subject ("the Democratic Party", "ISIS") or "it" gives way; a
  // description ("The Romanian hacker whose …") is most likely the person
  const head = main ? c.mentionAt[main.b - 1]! : -1;
  const body = head >= 0 && c.mentions[head]!.entity.type !== "person" && c.mentions[head]!.end === tokens.end[main!.b - 1];
  if (!main || (!body && !EXPLETIVES.has(tokens.lower(main.a)))) return main;
  // "Facing criticism from Democrats and Republicans, Mr. Trump released a statement, describing":
  // the body ended a fronted phrase; the sentence's own subject is the person
  const own = found ? sentenceSubject(c, a, v) : null;
  if (own && speaksAsPerson(c, own)) return own;
  for (let k = v - 2; k > a; k--) {
    if (isComma(tokens, k) || c.inQuote[k]! >= 0) break;
    if (!CLAUSE_LINKS.has(tokens.lower(k))) continue;
    const np = nounPhraseRight(tokens, k + 1, v - 1, cues);
    const subject = np ? trimAtVerb(tokens, np, cues) : null;
    if (subject && subject.b < v - 1 && speaksAsPerson(c, subject) && !isPossessorPhrase(c, subject)) return subject;
    break;
  }
  return main;
}

/** The phrase ends in a possessive ("Clinton's"): it modifies what follows, it does not act. */
function isPossessorPhrase(c: Ctx, np: TokRange): boolean {
  return np.b < c.tokens.count && c.tokens.kind[np.b] === TokenKind.Possessive;
}

/** The phrase names a person (a person's mention or a person pronoun). */
function speaksAsPerson(c: Ctx, np: TokRange): boolean {
  const r = speakerOf(c.tokens, np, c.mentions, c.mentionAt, c.cues);
  return r.pronoun === "person" || r.entity?.type === "person";
}

/** Copulas between a relative clause's speech verb and the quote ("which X said was “…”"). */
const COPULAS = new Set(["was", "is", "were", "are"]);

/** Words opening a free or non-restrictive relative clause before a quote ("what he called", "which she described as"). */
const RELATIVE_OPENERS = new Set(["what", "which", "whom"]);

/**
 * "rejected what he called “a witch hunt”", "the plan, which Clinton described as “reckless”":
 * a stance or naming verb ending the frame (before "as"), whose subject opens right after a
 * relative word, is the quote's cue.
 */
function relativeCue(c: Ctx, lo: number, hi: number): { np: TokRange; cue: { start: number; end: number }; how: How; belief: boolean; verb: number } | null {
  const { tokens, cues } = c;
  let v = hi - 1;
  // "which an FBI investigation said was “extremely careless”": a speech verb before a copula
  const copula = v > lo && COPULAS.has(tokens.lower(v));
  if (v > lo && (tokens.lower(v) === "as" || copula)) v--;
  const hit = v > lo ? verbAt(tokens, v, hi, cues) : null;
  if (!hit || hit.end !== v + 1 || hit.info.belief || !(copula ? !hit.info.stance && !hit.info.takesAs : hit.info.takesAs || hit.info.stance)) return null;
  const np = subjectBefore(tokens, v, lo, cues);
  if (!np || np.a - 1 < lo || !RELATIVE_OPENERS.has(tokens.lower(np.a - 1)) || !validSubject(c, np, -1)) return null;
  // "which he called": mostly the main clause's subject again, which names it better
  if (lonePronoun(c, np)) return null;
  return { np, cue: { start: tokens.start[v]!, end: tokens.end[hit.end - 1]! }, how: "before", belief: false, verb: v };
}

/** "The lawsuit contends that “…”", "The petition accuses X of “…”": a short phrase naming a document frames a quotation. */
function documentPhrase(c: Ctx, np: TokRange): boolean {
  const { tokens, cues } = c;
  return np.b - np.a >= 2 && np.b - np.a <= 3 && cues.documentNouns.has(tokens.lower(np.b - 1)) && cues.determiners.has(tokens.lower(np.a));
}

/**
 * A document speaking right beside the quote: "“…,” read the statement", "The ministry's
 * statement read: “…”", "One sign read, “…”". The verb ("read") cues nothing elsewhere.
 */
function documentCue(c: Ctx, lo: number, hi: number, fromLeft: boolean):
  { np: TokRange; cue: { start: number; end: number }; how: How; belief: boolean; verb: number } | null {
  const { tokens, cues } = c;
  const nameLike = (np: TokRange | null): np is TokRange => !!np && (hasMention(c, np) || cues.determiners.has(tokens.lower(np.a)) ||
    tokens.kind[np.a + 1] === TokenKind.Possessive || validSubject(c, np, -1));
  if (fromLeft) {
    const v = lo < hi && !isWordTok(tokens, lo) ? lo + 1 : lo;
    if (v >= hi || !cues.documentVerbs.has(tokens.lower(v))) return null;
    const np = nounPhraseRight(tokens, v + 1, hi, cues);
    if (!nameLike(np)) return null;
    return { np, cue: { start: tokens.start[v]!, end: tokens.end[v]! }, how: "after", belief: false, verb: v };
  }
  let v = hi - 1;
  while (v > lo && tokens.kind[v] === TokenKind.Punct && (tokens.norm(v) === ":" || tokens.norm(v) === ",")) v--;
  // "The opinion of the Court, released on Wednesday, read in part, “…”"
  if (v - 2 > lo && v < hi - 1 && tokens.lower(v - 1) === "in" && DOCUMENT_PARTS.has(tokens.lower(v))) {
    v -= 2;
    while (v > lo && tokens.kind[v] === TokenKind.Punct && tokens.norm(v) === ",") v--;
  }
  const bare = v === hi - 1;
  if (v <= lo || !cues.documentVerbs.has(tokens.lower(v))) return null;
  const relative = v - 1 >= lo && (tokens.lower(v - 1) === "which" || tokens.lower(v - 1) === "that");
  // "Facebook released a statement which read, in part, “…”": the clause's subject speaks through its document
  if (!bare && relative && v - 2 >= lo && cues.documentNouns.has(tokens.lower(v - 2))) {
    const subject = sentenceSubject(c, sentenceHead(c, v), v - 2);
    if (subject && hasMention(c, subject)) return { np: subject, cue: { start: tokens.start[v]!, end: tokens.end[v]! }, how: "before", belief: false, verb: v };
  }
  // "a Caltrans sign on Friday night at an exit (…), which read, “…”", "signs which read “…”": the
  // words on a thing; the clause around ("ABC 7 is reporting that …") reports them, nobody says them
  if (relative && !authoredBefore(c, v - 1, Math.max(lo, sentenceHead(c, v)))) return THING_TEXT;
  const np = subjectBefore(tokens, v, lo, cues);
  if (!nameLike(np)) return null;
  // "Part of the judge's statement reads “…”": with no mark between, only a document reads out ("she read “Beloved”")
  if (bare && !cues.documentNouns.has(tokens.lower(np.b - 1))) return null;
  return { np, cue: { start: tokens.start[v]!, end: tokens.end[v]! }, how: "before", belief: false, verb: v };
}

/** The frame a thing's text gets: no speaker, no cue (a sign, a banner, a T-shirt reading “…”). */
const THING_TEXT: { np: TokRange; cue: { start: number; end: number }; how: How; belief: boolean; verb: number } = {
  np: { a: -1, b: -1 }, cue: { start: -1, end: -1 }, how: "none", belief: false, verb: -1,
};

/**
 * Among the twelve tokens before token `t` (no further left than `lo`), a document noun ("statement"),
 * a spokes head ("tweet", "letter") or a person ("a message from Ann O'Leary that read",
 * "Henry added the caption which reads"): what the relative clause reads out has an author.
 */
function authoredBefore(c: Ctx, t: number, lo: number): boolean {
  const { tokens, cues } = c;
  for (let k = t - 1; k >= lo && k >= t - 12; k--) {
    const w = tokens.lower(k);
    if (cues.documentNouns.has(w) || cues.spokesHeads.has(w)) return true;
    if (c.mentionAt[k]! >= 0 && c.mentions[c.mentionAt[k]!]!.entity.type === "person") return true;
  }
  return false;
}

/** The subject before the verb at v; a lone word after "on" ("Liton, on Sunday told") is a date, and the subject lies before it. */
function subjectOf(c: Ctx, v: number, lo: number): TokRange | null {
  const { tokens, cues } = c;
  // "Trump, … star of the reality TV show “The Apprentice,” said": the comma in the title's marks closes the appositive
  const title = v - 2 >= lo && tokens.kind[v - 1] === TokenKind.Quote && c.inQuote[v - 1]! >= 0 && c.titlePiece[c.inQuote[v - 1]!] === 1 && isComma(tokens, v - 2);
  const np = subjectBefore(tokens, title ? v - 1 : v, lo, cues);
  // a phrase cut at its eight-token limit with no person in it: a person named just before
  // it heads it ("Crystal C'Bearing of the Northern Arapaho tribal historic preservation office told")
  if (np && np.b === v && np.b - np.a >= 5 && !personIn(c, np.a, np.b)) {
    const a = phraseStartLeft(tokens, np.a, lo, 4, cues);
    for (let t = a; t < np.a; t++) {
      const k = c.mentionAt[t]!;
      if (k >= 0 && c.mentions[k]!.entity.type === "person" && c.mentions[k]!.start === tokens.start[t]) return { a: t, b: np.b };
    }
  }
  // "In a statement posted to her Twitter account, …": a phrase after a preposition opening the frame is its object, no subject
  if (np && np.a - 1 === lo && PREPOSITIONS.has(tokens.lower(lo)) && cues.determiners.has(tokens.lower(np.a)) && !hasMention(c, np)) return null;
  const held = np ? nameHolder(c, np, lo) : -1;
  if (held >= 0) return { a: held, b: np!.b };
  if (!np || np.b - np.a !== 1 || np.a - 1 <= lo || tokens.lower(np.a - 1) !== "on" || hasMention(c, np)) return np;
  const on = np.a - 1;
  const outer = subjectBefore(tokens, on, lo, cues);
  if (validSubject(c, outer, lo)) return outer;
  // "One activist, Nur Khan Liton, on Sunday told": the phrase that ends at the comma
  const inner = isComma(tokens, on - 1) ? nounPhraseLeft(tokens, on - 1, lo, cues) : null;
  return validSubject(c, inner, lo) ? inner : outer;
}

/** Lower-case words a body's name may hold between a person and the phrase cut from it. */
const NAME_LINKS = new Set(["of", "for", "and", "the", "in", "at", "on", "de"]);

/**
 * "Co-lead author Sam Wilson of UH Mānoa's Center for Microbial Oceanography: Research and
 * Education (C-MORE) said": a phrase naming no one, cut from the end of a long name, that
 * capitalised words, links, a possessive, a colon or a parenthesis tie back (through "of", a
 * possessive or a colon) to a person's name followed by "of" within twenty tokens: that name's
 * first token, else -1.
 */
function nameHolder(c: Ctx, np: TokRange, lo: number): number {
  const { tokens, cues } = c;
  if (hasMention(c, np) || namesSource(c, np)) return -1;
  let tied = false;
  for (let k = np.a - 1; k >= lo && k >= np.a - 20; k--) {
    const m = c.mentionAt[k]!;
    if (m >= 0 && c.mentions[m]!.entity.type === "person") {
      let a = k;
      while (a - 1 >= lo && c.mentionAt[a - 1] === m) a--;
      // the person of the body ("Sam Wilson of …"); a name the body's name holds ("UH Mānoa's Center") is passed over
      if (tied && tokens.lower(k + 1) === "of") return a;
      k = a;
      continue;
    }
    const kind = tokens.kind[k];
    if (kind === TokenKind.Possessive) { tied = true; continue; }
    if (kind === TokenKind.Punct) {
      const w = tokens.norm(k);
      if (w === ":") tied = true;
      else if (w !== "(" && w !== ")" && w !== "-" && w !== "&" && w !== ".") return -1;
      continue;
    }
    if (kind !== TokenKind.Word && kind !== TokenKind.Number) return -1;
    const w = tokens.lower(k);
    if (tokens.has(k, TokenFlag.Upper)) { if (cues.verbs.has(w) || c.inQuote[k]! >= 0) return -1; continue; }
    if (!NAME_LINKS.has(w)) return -1;
    if (w === "of") tied = true;
  }
  return -1;
}

/** The subject before up to three lower-case words (no cue, no determiner) ending at "to" (token `to`). */
function catenativeSubject(c: Ctx, to: number, lo: number): TokRange | null {
  const { tokens, cues } = c;
  let k = to;
  while (k - 1 >= lo && to - k < 3 && tokens.kind[k - 1] === TokenKind.Word && !tokens.has(k - 1, TokenFlag.Upper) &&
    !cues.verbs.has(tokens.lower(k - 1)) && !cues.determiners.has(tokens.lower(k - 1)) && !cues.personPronouns.has(tokens.lower(k - 1))) k--;
  if (k === to) return null;
  const np = subjectBefore(tokens, k, lo, cues);
  return validSubject(c, np, lo) ? np : null;
}

/** Token v (a participle) follows a passive auxiliary, perhaps with an adverb between ("was also described"). */
function isPassive(c: Ctx, v: number, lo: number): boolean {
  const { tokens, cues } = c;
  let t = v - 1;
  if (t > lo && tokens.lower(t).endsWith("ly")) t--;
  return t >= lo && cues.passiveAux.has(tokens.lower(t));
}

/**
 * A partial quote whose words are all capitalised but for title links ("Hero of the Soviet
 * Union", "Day after Day,", "Eva Glawischnig-Piesczek vs. Facebook Ireland Limited"): a name
 * or a title in marks, no speech reported.
 */
function nameInMarks(c: Ctx, piece: QuotePiece): boolean {
  const { tokens, cues } = c;
  let upper = 0;
  for (let t = piece.tokStart; t < piece.tokEnd; t++) {
    const k = tokens.kind[t];
    if (k === TokenKind.Word) {
      if (tokens.has(t, TokenFlag.Upper)) upper++;
      // "Advisory Number 25A": a word opened by a digit is a number
      else if (!cues.titleLinks.has(tokens.lower(t)) && !isDigit(tokens.lower(t).charCodeAt(0))) return false;
    } else if (k === TokenKind.Punct) {
      const w = tokens.norm(t);
      // "Austin Powers: The Spy Who Shagged Me": a colon splits a title from its subtitle
      if (w !== "," && w !== "." && w !== "-" && w !== "&" && w !== ":") return false;
    } else if (k !== TokenKind.Number && k !== TokenKind.Possessive) return false;
  }
  return upper > 0;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A naming cue ends right before the mark at token `open` ("a song called", "known as"); `titling` for a title cue ("on", "the show"). */
function namedBefore(c: Ctx, open: number, map: Map<string, string[][]> = c.cues.naming): boolean {
  const { tokens } = c;
  let e = open - 1;
  if (e >= 0 && isComma(tokens, e)) e--;
  if (e >= 0 && (tokens.lower(e) === "the" || tokens.lower(e) === "a")) e--;
  const list = e >= 0 && tokens.kind[e] === TokenKind.Word ? map.get(tokens.lower(e)) : undefined;
  if (!list) return false;
  outer: for (const words of list) {
    if (e - words.length + 1 < 0) continue;
    for (let k = 1; k < words.length; k++) if (tokens.lower(e - k) !== words[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * A name in marks right after a possessive ("NBC's “Meet the Press”", "E. J. Fleming's “The
 * Fixers”") or a title cue ("said on “This Week”", "the podcast “Here's the Thing”") is a
 * programme's or a work's title, whoever the sentence quotes.
 */
function titleBefore(c: Ctx, open: number): boolean {
  const { tokens } = c;
  return (open > 0 && tokens.kind[open - 1] === TokenKind.Possessive) || namedBefore(c, open, c.cues.titling);
}

/** Lower-case words after a title in marks that go on the sentence, not on a noun it modifies. */
const CLAUSE_WORDS = new Set([
  "and", "or", "but", "to", "in", "on", "at", "for", "of", "as", "is", "was", "were", "are", "be", "been", "with", "from", "by",
  "that", "which", "who", "the", "a", "an", "this", "than", "into", "after", "before", "because", "while", "when", "has", "have",
  "had", "will", "would", "can", "could", "not", "so", "if", "since", "until", "over", "about",
]);

/**
 * A name or title in marks stands where a name does: right after a cue word read as a noun,
 * with no name for its subject ("the reality TV show “The Apprentice”"), or before the noun it
 * modifies ("the “Bernie or Bust” crowd").
 */
function titleSlot(c: Ctx, q: Item): boolean {
  const { tokens, cues } = c;
  const piece = q.piece!;
  const p = piece.open - 1;
  // a cue word right before the marks, with no name for a subject: a noun ("the reality TV show")
  if (q.cue && q.np && !hasMention(c, q.np) && p >= 0 && q.cue.start === tokens.start[p] && q.cue.end === tokens.end[p]) {
    const hit = verbAt(tokens, p, piece.open, cues);
    if (hit && !hit.info.stance && !hit.info.takesAs) return true;
  }
  const n = piece.close >= 0 ? piece.close + 1 : -1;
  if (n > 0 && n < tokens.count && tokens.kind[n] === TokenKind.Word && !tokens.has(n, TokenFlag.Upper) && tokens.start[n] === tokens.end[n - 1]! + 1) {
    const w = tokens.lower(n);
    if (!CLAUSE_WORDS.has(w) && !cues.verbs.has(w) && !w.endsWith("ly")) return true;
  }
  return false;
}

/** Most words a title in marks holds for `farTitle` ("Storm Area 51, They Can't Stop All of Us"). */
const TITLE_MAX_WORDS = 10;

/**
 * A short name or title in marks ("the “Arab Spring” was", "“Daily Show” host Trevor Noah
 * showed", "his event, “Storm Area 51, …”, was posted") stands where a noun phrase does: after a
 * determiner, before a lower-case noun, or set off by commas after a noun; and no cue frames it
 * closely (its cue verb is more than three tokens away, or the marks are an appositive): a
 * title, whoever speaks in the sentence around it.
 */
function farTitle(c: Ctx, q: Item): boolean {
  const { tokens, cues } = c;
  const piece = q.piece!;
  if (piece.close < 0 || q.words > TITLE_MAX_WORDS || !nameInMarks(c, piece)) return false;
  const open = piece.open;
  const close = piece.close;
  const determiner = open > 0 && cues.determiners.has(tokens.lower(open - 1)) && !tokens.has(open - 1, TokenFlag.Upper);
  const n = close + 1;
  const nounAfter = n < tokens.count && tokens.kind[n] === TokenKind.Word && !tokens.has(n, TokenFlag.Upper) && !CLAUSE_WORDS.has(tokens.lower(n)) &&
    !cues.verbs.has(tokens.lower(n)) && !tokens.lower(n).endsWith("ly");
  const appositive = open >= 2 && isComma(tokens, open - 1) && tokens.kind[open - 2] === TokenKind.Word && !tokens.has(open - 2, TokenFlag.Upper) &&
    !cues.verbs.has(tokens.lower(open - 2)) && (isComma(tokens, close - 1) || (n < tokens.count && isComma(tokens, n)));
  if (!determiner && !nounAfter && !appositive) return false;
  if (appositive) return true;
  const v = q.verb ?? -1;
  if (v < 0) return q.how === "none";
  return v < open ? open - (v + 1) > 3 : v - close - 1 > 3;
}

const OPENERS = new Set(["[", "(", "...", "…"]);
/** Words opening a fronted subordinate clause ("After Brown criticized him, Clinton shot back"). */
const SUBORDINATORS = new Set(["after", "when", "while", "although", "though", "because", "if", "since", "before", "until", "once", "whereas"]);
/** Words opening a fronted phrase about the main clause's subject ("For someone who conceded …, X …"). */
const FRONTED = new Set(["for", "like", "as"]);
/** Indefinite heads of such a phrase. */
const INDEFINITES = new Set(["someone", "somebody", "anyone", "one", "man", "woman", "candidate", "politician", "person", "leader"]);
/** "read in part", "read in full". */
const DOCUMENT_PARTS = new Set(["part", "full"]);

function quoteItems(c: Ctx, pieces: QuotePiece[]): Item[] {
  const { tokens, sentences } = c;
  const items: Item[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const sOpen = sentences.sentenceOf(piece.open);
    let lo = sentences.tokStart[sOpen]!;
    const prev = pieces[i - 1];
    if (prev && prev.close >= 0 && prev.close >= lo && prev.close < piece.open) lo = prev.close + 1;
    const lastTok = piece.close >= 0 ? piece.close : piece.tokEnd - 1;
    const sClose = sentences.sentenceOf(lastTok);
    let hi = sentences.tokEnd[sClose]!;
    const next = pieces[i + 1];
    if (next && next.open < hi) hi = next.open;
    const initial = words(tokens, lo, piece.open) === 0;
    const before = () => frameCue(c, lo, piece.open, sentences.tokStart[sOpen]!, false);
    const after = () => (piece.close >= 0 ? frameCue(c, piece.close + 1, hi, -1, true) : null);
    let found = initial ? (after() ?? before()) : (before() ?? after());
    // "Nothing the president said “will assuage people's fears,” the Florida senator said.": a
    // fragment inside a sentence that a reporting clause right after it closes is the words that
    // clause reports, unless a person framed it first ("Trump called the deal “a disaster,” the
    // Post reported": Trump's words, which the Post reports)
    if (!initial && found && found.how === "before" && found.verb >= 0 && piece.close >= 0 && !(piece.open > lo && isComma(tokens, piece.open - 1))) {
      const closing = after();
      if (closing && closing.how === "after" && closing.verb >= 0 && trailingFrame(c, piece.close + 1, closing, hi) && !speaksAsPerson(c, found.np)) found = closing;
    }
    const mute = found === THING_TEXT;
    if (mute) found = null;
    const para = c.paragraphs;
    if (!found && piece.open === para.tokStart[piece.paragraph] && piece.paragraph > 0) {
      // "He said:" closing the previous paragraph
      const end = para.tokEnd[piece.paragraph - 1]!;
      if (end > 0 && tokens.kind[end - 1] === TokenKind.Punct && tokens.norm(end - 1) === ":") {
        const s = sentences.sentenceOf(end - 1);
        found = frameCue(c, sentences.tokStart[s]!, end, sentences.tokStart[s]!, false);
        if (found === THING_TEXT) found = null;
      }
    }
    let first = piece.tokStart < tokens.count ? piece.tokStart : piece.open;
    // an editor's bracket or ellipsis opens the quote ("[I]ncreasingly", "… We", "[...] Rather"): the word after it
    while (first + 1 < piece.tokEnd && tokens.kind[first] === TokenKind.Punct && (OPENERS.has(tokens.norm(first)) || (first > piece.tokStart && tokens.norm(first) === "]"))) first++;
    const capital = tokens.has(first, TokenFlag.Upper) || tokens.kind[first] === TokenKind.Number;
    const colonOrComma = piece.open > lo && tokens.kind[piece.open - 1] === TokenKind.Punct && (tokens.norm(piece.open - 1) === ":" || tokens.norm(piece.open - 1) === ",");
    const direct = piece.continued || ((initial || colonOrComma) && capital);
    if (found && found.verb >= 0) c.usedVerb[found.verb] = 1;
    items.push({
      piece,
      start: direct ? piece.start : piece.innerStart,
      end: direct ? piece.end : piece.innerEnd,
      sentence: sOpen,
      np: found?.np ?? null,
      cue: found?.cue ?? null,
      how: found?.how ?? "none",
      belief: false,
      kind: direct ? "direct" : "partial",
      words: words(tokens, piece.tokStart, piece.tokEnd),
      verb: found?.verb ?? -1,
      ...(mute ? { mute } : {}),
    });
  }
  return items;
}

/**
 * A title phrase followed by the person's name as an appositive ("The Senate Minority Leader,
 * Chuck Schumer, said"): the name. A phrase ending in a name the entities layer missed, after
 * a body and a title ("Amazon Environmental Research Institute Director Ane Alencar"): the name.
 */
function appositiveName(c: Ctx, np: TokRange): TokRange {
  const { tokens, mentions, mentionAt, cues } = c;
  const personIn = (a: number, b: number) => {
    for (let t = a; t < b; t++) {
      const m = mentionAt[t]! >= 0 ? mentions[mentionAt[t]!]! : null;
      if (m && m.entity.type === "person" && !isPossessor(tokens, t, m, np, cues, false)) return true;
    }
    return false;
  };
  // "Pavel Orlov, a spokesman for Mayor Dana Whitfield told": a description opened by a
  // determiner right after a person's name and a comma, with no comma closing it, describes
  // that person, whom it may name
  const before = np.a - 2 >= 0 && isComma(tokens, np.a - 1) && !(np.b < tokens.count && isComma(tokens, np.b)) && cues.determiners.has(tokens.lower(np.a)) && !tokens.has(np.a, TokenFlag.Upper) ? mentionAt[np.a - 2]! : -1;
  if (before >= 0 && mentions[before]!.entity.type === "person" && mentions[before]!.end === tokens.end[np.a - 2]) {
    const m = mentions[before]!;
    let a = np.a - 2;
    while (a > 0 && tokens.start[a - 1]! >= m.start) a--;
    // the name opens the sentence or follows a quote: not the end of an adjunct ("In an interview with X, the senator said")
    if (a === c.sentences.tokStart[c.sentences.sentenceOf(a)] || tokens.kind[a - 1] === TokenKind.Quote) return { a, b: np.a - 1 };
  }
  if (personIn(np.a, np.b)) return np;
  const e = np.b;
  // "The study's lead author, doctoral candidate Maninder Thind, said", "Another co-author, civil
  // and environmental engineering professor Julian Marshall, said", "said study co-author and
  // Royal Society Research Fellow Martin How.", "said another Twitter user, Jo Bayer.": up to
  // seven words of description (lower-case words, "and", capitalised words naming no person)
  // between a comma or "and" and the person's name, which a comma or the sentence's end follows
  if (e + 2 < tokens.count && (isComma(tokens, e) || tokens.lower(e) === "and")) {
    let k = e + 1;
    const w0 = tokens.lower(k);
    if (!w0.endsWith("ing") && !PREPOSITIONS.has(w0) && !BY.has(w0) && !RELATIVES.has(w0)) {
      // (a possessive in it, and a comma before the name after a lower-case head: "said University of
      // California, San Diego's chancellor, Pradeep Khosla.")
      while (k < e + 8 && k < tokens.count && (tokens.kind[k] === TokenKind.Word || (k > e + 1 && tokens.kind[k] === TokenKind.Possessive)) &&
        !cues.verbs.has(tokens.lower(k)) && !cues.determiners.has(tokens.lower(k)) && !RELATIVES.has(tokens.lower(k)) &&
        (mentionAt[k]! < 0 || mentions[mentionAt[k]!]!.entity.type !== "person")) k++;
      if (k + 1 < tokens.count && k > e + 2 && isComma(tokens, k) && tokens.kind[k - 1] === TokenKind.Word && !tokens.has(k - 1, TokenFlag.Upper) &&
        cues.personNouns.has(tokens.lower(k - 1))) k++;
      const m = k < tokens.count && mentionAt[k]! >= 0 ? mentions[mentionAt[k]!]! : null;
      if (m && m.entity.type === "person" && m.start === tokens.start[k]) {
        let b = k;
        while (b < tokens.count && tokens.start[b]! < m.end) b++;
        if (b >= tokens.count || isComma(tokens, b) || (tokens.kind[b] === TokenKind.Punct && SENTENCE_ENDS.has(tokens.norm(b)))) return { a: k, b };
      }
    }
  }
  // trailing capitalised words after a title word, none in a mention: a name
  let a = e;
  while (a > np.a && tokens.has(a - 1, TokenFlag.Upper) && mentionAt[a - 1]! < 0 && !cues.groupNouns.has(tokens.lower(a - 1))) a--;
  if (e - a >= 2 && a - 1 > np.a && cues.groupNouns.has(tokens.lower(a - 1)) && tokens.has(a - 2, TokenFlag.Upper)) return { a, b: e };
  return np;
}

const BY = new Set(["by", "from"]);
const RELATIVES = new Set(["who", "whom", "whose", "which", "that", "where", "when"]);
const SENTENCE_ENDS = new Set([".", "!", "?", ";"]);

/**
 * The source after "according to": a noun phrase, or when it names no one ("a tweet posted
 * on Monday by …", "a statement from …") the author named after "by" / "from".
 */
function accordingSource(c: Ctx, t: number, limit: number): TokRange | null {
  const { tokens, cues } = c;
  const np = nounPhraseRight(tokens, t, limit, cues);
  if (!np || hasMention(c, np)) return np;
  for (let k = np.a; k < np.b; k++) if (tokens.has(k, TokenFlag.Upper)) return np;
  for (let k = np.b; k < limit && k < np.b + 8; k++) {
    if (c.inQuote[k]! >= 0 || isComma(tokens, k)) break;
    if (BY.has(tokens.lower(k))) {
      const author = nounPhraseRight(tokens, k + 1, limit, cues);
      if (author && validSubject(c, author, -1)) return author;
      break;
    }
  }
  return np;
}

/**
 * "Lord Carloway, the Lord President of the court decided, according to the summary, “…”": a
 * source that is a thing naming no one ("the summary", "the report"; not a group, a body's or a
 * person's description) yields to the subject of the clause the "according to" at token `v`
 * interrupts, when that subject names an actor.
 */
function ownerOfAccording(c: Ctx, np: TokRange, lo: number, v: number): TokRange {
  const { tokens, cues } = c;
  const head = tokens.lower(np.b - 1);
  if (v - 2 < lo || !isComma(tokens, v - 1) || hasMention(c, np) || namesSource(c, np) || !cues.determiners.has(tokens.lower(np.a)) ||
    cues.organisationNouns.has(head) || cues.personNouns.has(head)) return np;
  const a = clauseStart(c, lo, v);
  const subject = a < v - 1 ? sentenceSubject(c, a, v - 1) : null;
  return subject && subject.b < v - 1 && hasMention(c, subject) ? subject : np;
}

/** Pronouns that follow a verb as its object, never as an inverted subject ("declaring it"). */
const OBJECT_PRONOUNS = new Set(["it", "him", "her", "them", "us", "me", "its", "their", "our", "my", "your"]);
/** Articles of a document a clause's subject issues ("put out a statement saying"). */
const ISSUED_ARTICLES = new Set(["a", "an"]);
/** Prepositions that never open an inverted subject ("states of Florida"). */
const PREPOSITIONS = new Set([
  "of", "for", "at", "in", "on", "to", "with", "from", "across", "about", "against", "among", "around", "behind", "beyond",
  "during", "into", "over", "through", "toward", "towards", "under", "upon", "via", "within", "without", "throughout",
]);

/** The start of token v's sentence, or of the text after the last quotation closed before v in it. */
function sentenceHead(c: Ctx, v: number): number {
  const a = c.sentences.tokStart[c.sentences.sentenceOf(v)]!;
  if (c.inQuote[a]! < 0) return a;
  for (let t = v - 1; t >= a; t--) if (c.inQuote[t]! >= 0) return t + 1;
  return a;
}

/** Where the clause holding token v starts: the sentence start, or the frame start when later. */
function clauseStart(c: Ctx, lo: number, v: number): number {
  return Math.max(lo, c.sentences.tokStart[c.sentences.sentenceOf(v)]!);
}

/** Pronouns that may stand for a body named in a sentence before ("It also urged", "They reported"). */
const GROUP_ANAPHORS = new Set(["it", "they"]);

/**
 * What a group pronoun at token t stands for: the subject of its own sentence before it, else
 * of one of the two sentences before (the paragraph before only from a paragraph's first
 * sentence), passing over subjects that are themselves "it"/"they". A body or a country gives
 * its entity, a group phrase ("The researchers") an antecedent with no entity, a person null;
 * a subject no later than the last group speaker (which starts at `after`) gives `last` (that
 * speaker stands). `singular` ("it") skips plural group phrases.
 */
function groupAntecedent(c: Ctx, t: number, after: number, singular: boolean): { entity?: EntityRecord; last?: true } | null {
  const { tokens, sentences, cues } = c;
  const s0 = sentences.sentenceOf(t);
  const para = sentences.paragraph[s0];
  // a sentence whose subject is itself "it"/"they" hands the search on, across a paragraph break too
  let handed = false;
  for (let s = s0; s >= 0 && s > s0 - 3; s--) {
    if (s < s0 && sentences.paragraph[s] !== para && s !== s0 - 1 && !handed) break;
    handed = false;
    const a = s === s0 ? sentenceHead(c, t) : sentences.tokStart[s]!;
    const limit = s === s0 ? t : sentences.tokEnd[s]!;
    if (limit - a < 1) continue;
    if (after >= 0 && tokens.end[limit - 1]! <= after) return { last: true };
    const np = sentenceSubject(c, a, limit);
    if (!np) {
      if (singular && thingOpens(c, a, limit)) return {};
      continue;
    }
    // the words of a quotation are not the narrative's subject ("“… They include a (REDACTED),” it said": not "They")
    if (c.inQuote[np.a]! >= 0 && c.inQuote[t]! < 0) continue;
    if (after >= 0 && tokens.start[np.a]! <= after) return { last: true };
    // "The email … was sent by Bash. “…,” it said.": "it" is the email, no actor
    if (singular && (cues.documentNouns.has(tokens.lower(np.b - 1)) || cues.thingNouns.has(tokens.lower(np.b - 1)))) return {};
    const r = speakerOf(tokens, np, c.mentions, c.mentionAt, cues);
    // "it" does not stand for what "they" stands for
    if (singular && r.pronoun === "group" && tokens.lower(np.a) !== "it") continue;
    if (r.pronoun === "group") {
      if (r.entity) return r.entity.type === "organization" || r.entity.type === "country" ? { entity: r.entity } : null;
      handed = true;
      continue;
    }
    if (r.pronoun) return null;
    if (r.entity) return r.entity.type === "organization" || r.entity.type === "country" ? { entity: r.entity } : null;
    let head = -1;
    for (let k = np.a; k < np.b; k++) if (cues.groupNouns.has(tokens.lower(k))) head = k;
    if (head < 0 || cues.personNouns.has(tokens.lower(head))) return null;
    if (singular && tokens.lower(head).endsWith("s")) return null;
    return {};
  }
  return null;
}

/** The sentence at [a, limit) opens with a text or a thing ("The email, released by …, was sent"; "The bill would"). */
function thingOpens(c: Ctx, a: number, limit: number): boolean {
  const { tokens, cues } = c;
  if (!cues.determiners.has(tokens.lower(a))) return false;
  for (let k = a + 1; k < limit && k <= a + 3; k++) {
    const w = tokens.lower(k);
    if (cues.documentNouns.has(w) || cues.thingNouns.has(w)) return k + 1 < limit && !tokens.has(k + 1, TokenFlag.Upper);
    if (tokens.kind[k] !== TokenKind.Word) return false;
  }
  return false;
}

/**
 * "The company said" with no entity: a description whose head is an organisation noun
 * ("company", "ministry", "court") names the latest body named before with that word in its
 * name ("the ministry" → "the Emergencies Ministry"), else the body that opens one of the two
 * sentences before, when it is later than the last group speaker.
 */
function namedBody(c: Ctx, np: TokRange, lastGroup: Known | null): EntityRecord | undefined {
  const { tokens, mentions, mentionAt, cues } = c;
  if (np.b - np.a !== 2 || tokens.lower(np.a) !== "the" || !cues.organisationNouns.has(tokens.lower(np.a + 1))) return undefined;
  const head = tokens.lower(np.a + 1);
  for (let t = np.a - 1; t >= 0; t--) {
    const k = mentionAt[t]!;
    if (k < 0 || (t > 0 && mentionAt[t - 1] === k)) continue;
    const m = mentions[k]!;
    if (m.entity.type !== "organization" || m.start !== tokens.start[t]) continue;
    for (let u = t; u < tokens.count && tokens.start[u]! < m.end; u++) if (tokens.lower(u) === head) return m.entity;
  }
  const near = groupAntecedent(c, np.a, lastGroup ? lastGroup.record.start : -1, true);
  const body = near?.last ? lastGroup?.entity : near?.entity;
  return body?.type === "organization" ? body : undefined;
}

/**
 * "The report, published by the Danish Energy Agency on Monday, said": a document with no
 * entity that an appositive or a phrase after it says is by (or from) a body or a person: the author.
 */
function documentAuthor(c: Ctx, np: TokRange): EntityRecord | undefined {
  const { tokens, mentions, mentionAt, cues } = c;
  if (!cues.documentNouns.has(tokens.lower(np.b - 1))) return undefined;
  for (let k = np.b; k < tokens.count && k < np.b + 12; k++) {
    if (tokens.kind[k] === TokenKind.Quote || c.inQuote[k]! >= 0 || verbAt(tokens, k, tokens.count, cues)) break;
    if (!BY.has(tokens.lower(k))) continue;
    let m = k + 1;
    if (m < tokens.count && cues.determiners.has(tokens.lower(m)) && mentionAt[m]! < 0) m++;
    const hit = m < tokens.count ? mentionAt[m]! : -1;
    const e = hit >= 0 ? mentions[hit]!.entity : undefined;
    return e && e.type !== "place" ? e : undefined;
  }
  return undefined;
}

/**
 * The subject that opens the clause of a partial quote at token `open` and can speak (a
 * person, a body, a country, a pronoun for one, a group phrase), unless it is passive
 * ("Trump has been criticized by rivals for “…”"); else null.
 */
function clauseSubject(c: Ctx, open: number): TokRange | null {
  const { tokens, cues } = c;
  const a = sentenceHead(c, open);
  if (open - a < 2) return null;
  const np = sentenceSubject(c, a, open);
  if (!np || np.b >= open) return null;
  for (let k = np.b; k < np.b + 3 && k + 1 < open; k++) {
    if (cues.passiveAux.has(tokens.lower(k)) && /(?:ed|en)$/.test(tokens.lower(k + 1))) return null;
  }
  const r = speakerOf(tokens, np, c.mentions, c.mentionAt, cues);
  if (r.pronoun) return CLAUSE_PRONOUNS.has(tokens.lower(np.a)) ? np : null;
  if (r.entity) return r.entity.type === "place" ? null : np;
  return r.group && cues.groupNouns.has(tokens.lower(np.b - 1)) ? np : null;
}

/** Pronouns that may open the clause of a speaker's partial quote (not "I" or "we" of a quoted first person). */
const CLAUSE_PRONOUNS = new Set(["he", "she", "they", "it"]);

/** The phrase names places and nothing else ("Iowa", "Ames, Iowa"). */
function onlyPlaces(c: Ctx, np: TokRange): boolean {
  let place = false;
  for (let t = np.a; t < np.b; t++) {
    const k = c.mentionAt[t]!;
    if (k < 0) {
      if (c.tokens.has(t, TokenFlag.Upper) || c.cues.groupNouns.has(c.tokens.lower(t))) return false;
      continue;
    }
    if (c.mentions[k]!.entity.type !== "place") return false;
    place = true;
  }
  return place;
}

/** Token t is an "-ing" participle naming no one ("Facing", "Speaking"; not "Nothing", "King"). */
function participleOpener(c: Ctx, t: number): boolean {
  const w = c.tokens.lower(t);
  return w.length > 5 && w.endsWith("ing") && !w.endsWith("thing") && c.mentionAt[t]! < 0;
}

/** The subject that opens a sentence ("Clinton, the former secretary, stressed …, saying"). */
function sentenceSubject(c: Ctx, a: number, limit: number): TokRange | null {
  const { tokens, cues } = c;
  let np = nounPhraseRight(tokens, a, limit, cues);
  // a leading adjunct set off by a comma ("However,", "Hours later,", "In an interview with the
  // paper,", "Speaking in Ohio,"): it names no one (no mention, no group noun, no pronoun), and
  // only its capital made it look like a name: the subject follows the comma
  // (or any phrase opened by a preposition, "In line with most Americans, Sen. Ted Cruz …", or by a
  // participle, "Facing criticism from Democrats and Republicans, Mr. Trump …")
  const adjunct = (phrase: TokRange) => phrase.a === a && (PREPOSITIONS.has(tokens.lower(phrase.a)) || participleOpener(c, phrase.a));
  // (a place right after such an adjunct goes on with it: "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …")
  for (let hops = 0; np && hops < 3 && ((!hasMention(c, np) && !namesSource(c, np)) || adjunct(np) || (hops > 0 && onlyPlaces(c, np))); hops++) {
    let k = np.b;
    while (k < limit && k < np.b + 8 && !isComma(tokens, k) && c.inQuote[k]! < 0 && !cues.verbs.has(tokens.lower(k))) k++;
    if (k + 1 >= limit || !isComma(tokens, k)) break;
    // ", on Sunday,": a short phrase opened by a preposition between commas is passed over
    if (PREPOSITIONS.has(tokens.lower(k + 1))) {
      let e = k + 2;
      while (e < limit && e < k + 6 && !isComma(tokens, e) && c.inQuote[e]! < 0 && !cues.verbs.has(tokens.lower(e))) e++;
      if (e + 1 < limit && isComma(tokens, e)) k = e;
    }
    const next = nounPhraseRight(tokens, k + 1, limit, cues);
    if (!next || !validSubject(c, next, -1)) break;
    np = next;
  }
  // "The study itself outlined the tight correlation between: “…”": the phrase ran over its verb
  if (np) np = trimAtVerb(tokens, np, cues);
  // "The Florida senator sought to …", "The ministry plans to …": a verb before "to" ran into the phrase after its head noun
  if (np && np.b - np.a >= 2 && np.b < limit && tokens.lower(np.b) === "to" && tokens.kind[np.b - 1] === TokenKind.Word && !tokens.has(np.b - 1, TokenFlag.Upper)) {
    const head = tokens.lower(np.b - 2);
    if (cues.personNouns.has(head) || cues.groupNouns.has(head) || cues.organisationNouns.has(head)) np = { a: np.a, b: np.b - 1 };
  }
  // "A spokesman for the firm declined to comment but said": the phrase ran over the first verb
  if (np && np.b - np.a > 1 && tokens.kind[np.b - 1] === TokenKind.Word && !tokens.has(np.b - 1, TokenFlag.Upper) &&
    tokens.lower(np.b - 1).endsWith("ed") && !cues.determiners.has(tokens.lower(np.b - 2))) np = { a: np.a, b: np.b - 1 };
  if (!np || !validSubject(c, np, a)) return null;
  for (let t = np.a; t < np.b; t++) if (cues.personPronouns.has(tokens.lower(t)) || cues.groupPronouns.has(tokens.lower(t))) return { a: t, b: t + 1 };
  return np;
}

/**
 * An unquoted block set off as a paragraph after "X wrote:" / "X said:" ending the paragraph
 * before: the block is X's quotation, when it has no quotation marks and no cue of its own.
 */
function blockItems(c: Ctx): Item[] {
  const { tokens, sentences, paragraphs: para, cues } = c;
  const items: Item[] = [];
  for (let p = 1; p < para.count; p++) {
    const end = para.tokEnd[p - 1]!;
    const a = para.tokStart[p]!;
    const b = para.tokEnd[p]!;
    if (end <= 0 || b <= a || tokens.kind[end - 1] !== TokenKind.Punct || tokens.norm(end - 1) !== ":") continue;
    // "The poll also found that:": a reported clause announced (a list of findings), no quotation
    if (end >= 2 && tokens.lower(end - 2) === "that") continue;
    let own = false;
    for (let t = a; t < b && !own; t++) {
      if (tokens.kind[t] === TokenKind.Quote || c.inQuote[t]! >= 0) own = true;
      else if (phraseAt(tokens, t, b, cues.sourceFirst)) own = true;
      else {
        const hit = verbAt(tokens, t, b, cues);
        if (hit && !hit.info.belief && !(t > a && (cues.determiners.has(tokens.lower(t - 1)) || tokens.lower(t - 1) === "to"))) own = true;
      }
    }
    if (own) continue;
    const s = sentences.sentenceOf(end - 1);
    const lo = Math.max(sentences.tokStart[s]!, para.tokStart[p - 1]!);
    if (c.inQuote[end - 2]! >= 0) continue;
    const found = frameCue(c, lo, end, lo, false);
    if (!found || found.verb < 0 || found.how !== "before") continue;
    c.usedVerb[found.verb] = 1;
    items.push({
      piece: null, start: tokens.start[a]!, end: tokens.end[b - 1]!, sentence: sentences.sentenceOf(a), np: found.np,
      cue: found.cue, how: "before", belief: false, kind: "direct", words: words(tokens, a, b),
    });
  }
  return items;
}

/** Reported speech: "X said (that) …", "…, X said.", "according to X, …". */
function indirectItems(c: Ctx, quoteItemsList: Item[]): Item[] {
  const { tokens, sentences, cues } = c;
  const items: Item[] = [];
  // verbs that cue a partial quote: their reported clause is still read, for the quote's span
  const partialCue = new Set<number>();
  for (const q of quoteItemsList) if (q.kind === "partial" && q.cue) partialCue.add(q.cue.start);
  for (let s = 0; s < sentences.count; s++) {
    const a = sentences.tokStart[s]!;
    let b = sentences.tokEnd[s]!;
    while (b > a && tokens.kind[b - 1] !== TokenKind.Word && tokens.kind[b - 1] !== TokenKind.Number && tokens.kind[b - 1] !== TokenKind.Quote) b--;
    let lastNp: TokRange | null = null;
    for (let v = a; v < b; v++) {
      const used = c.usedVerb[v] === 1;
      if (c.inQuote[v]! >= 0 || tokens.kind[v] !== TokenKind.Word) continue;
      let np: TokRange | null = null;
      let content: TokRange | null = null;
      let cueEnd = v + 1;
      let belief = false;
      const acc = phraseAt(tokens, v, b, cues.sourceFirst);
      if (acc) {
        np = accordingSource(c, v + acc, b);
        if (!np) continue;
        cueEnd = v + acc;
        if (v === a || (v === a + 1 && !isWordTok(tokens, a))) {
          let k = np.b;
          while (k < b && !isComma(tokens, k)) k++;
          content = { a: k + 1, b };
        } else {
          let e = v;
          while (e > a && isComma(tokens, e - 1)) e--;
          content = { a, b: e };
        }
      } else {
        if (c.usedVerb[v] && !partialCue.has(tokens.start[v]!)) { lastNp = null; continue; }
        const hit = verbAt(tokens, v, b, cues);
        if (!hit || ((hit.info.takesAs || hit.info.stance) && isPassive(c, v, a))) continue;
        // "the reality TV show “The Apprentice”": a noun naming the title after it
        if (c.inQuote[hit.end]! >= 0 && c.titlePiece[c.inQuote[hit.end]!] === 1 && tokens.kind[hit.end] === TokenKind.Quote) continue;
        if (v > a && (cues.determiners.has(tokens.lower(v - 1)) || tokens.kind[v - 1] === TokenKind.Possessive || tokens.lower(v - 1) === "to")) continue;
        belief = hit.info.belief;
        cueEnd = hit.end;
        const w = tokens.lower(v);
        if (w.endsWith("ing")) {
          if (!(v > a && isComma(tokens, v - 1))) continue;
          np = lastNp ?? participleSubject(c, a, v);
          if (!np) continue;
        } else {
          np = subjectOf(c, v, a);
          if (!validSubject(c, np, a)) np = null;
        }
        let rest = skipAdjuncts(c, hit.end, b);
        if (np && rest >= b) {
          // "…, X said." — the content is before the subject
          let e = np.a;
          while (e > a && (isComma(tokens, e - 1) || tokens.kind[e - 1] === TokenKind.Quote)) e--;
          if (e > a && e < np.a) content = { a, b: e };
        } else if (np) {
          if (hit.info.takesObject && !(tokens.lower(rest) === "that")) {
            const obj = nounPhraseRight(tokens, rest, b, cues);
            if (obj) rest = skipAdjuncts(c, obj.b, b);
          }
          if (tokens.lower(rest) === "that") rest++;

          content = { a: rest, b };
        } else if (v > a && isComma(tokens, v - 1)) {
          const inv = nounPhraseRight(tokens, skipAdjuncts(c, hit.end, b), b, cues);
          if (!validSubject(c, inv, -1) || skipAdjuncts(c, inv.b, b) < b) continue;
          np = inv;
          content = { a, b: v - 1 };
        }
      }
      if (!np || !content || words(tokens, content.a, content.b) < 3) continue;
      lastNp = np;
      // the reported clause holds a quotation: the quote carries the attribution
      let quoted = false;
      for (const q of quoteItemsList) {
        const piece = q.piece!;
        // a title in marks ("said on NBC's “Meet the Press” that …") reports nothing: the clause stands on its own
        if (c.titlePiece[c.inQuote[piece.open]!]) continue;
        if (piece.open >= content.a && piece.open < content.b) {
          quoted = true;
          const own = !q.np || q.cue?.start === tokens.start[v];
          if (!q.np && !q.mute) {
            q.np = np;
            q.cue = { start: tokens.start[v]!, end: tokens.end[cueEnd - 1]! };
            q.how = "before";
          }
          if (own && q.kind === "partial" && !q.clause) q.clause = { start: tokens.start[content.a]!, end: tokens.end[content.b - 1]! };
        }
      }
      c.usedVerb[v] = 1;
      if (quoted || used) { if (used) lastNp = null; continue; }
      const kindLast = content.b - 1;
      items.push({
        piece: null, start: tokens.start[content.a]!, end: tokens.end[kindLast]!, sentence: s, np,
        cue: { start: tokens.start[v]!, end: tokens.end[cueEnd - 1]! }, how: acc ? "according" : "indirect",
        belief, kind: "indirect", words: words(tokens, content.a, content.b),
      });
    }
  }
  return items;
}

/** The quotes stage (resource `quote-cues`, option `quotes: { indirect }`). */
export const quotesStage: Stage = {
  name: "quotes",
  version: QUOTES_VERSION,
  requires: [LAYERS.tokens, LAYERS.sentences, LAYERS.paragraphs, LAYERS.entities],
  provides: [LAYERS.quotes],
  run(doc: Doc, ctx: StageContext): void {
    const cues = cuesFrom(ctx);
    const opts = (ctx.options["quotes"] ?? {}) as QuotesOptions;
    const tokens = doc.get<Tokens>(LAYERS.tokens);
    const sentences = doc.get<Sentences>(LAYERS.sentences);
    const paragraphs = doc.get<Paragraphs>(LAYERS.paragraphs);
    const entities = doc.get<EntityRecord[]>(LAYERS.entities) ?? [];
    const { mentions, at } = indexMentions(entities, tokens);
    const pieces = pairQuoteMarks(doc, tokens, paragraphs);
    const inQuote = new Int32Array(tokens.count).fill(-1);
    pieces.forEach((p, i) => inQuote.fill(i, p.open, p.close >= 0 ? p.close + 1 : p.tokEnd));
    const pieceClose = Int32Array.from(pieces, (p) => p.close);
    const c: Ctx = { doc, tokens, sentences, paragraphs, cues, mentions, mentionAt: at, inQuote, pieceClose, usedVerb: new Uint8Array(tokens.count), titlePiece: new Uint8Array(pieces.length) };
    // names and titles in marks report no speech: reported speech around them stands on its own
    const framed = quoteItems(c, pieces);
    // a programme's or a work's title ("said on NBC's “Meet the Press” that …"): no quotation, and
    // the verb framing only the title still reports the clause after it
    const programmes = framed.filter((q) => q.kind === "partial" && nameInMarks(c, q.piece!) && titleBefore(c, q.piece!.open));
    for (const q of programmes) c.titlePiece[c.inQuote[q.piece!.open]!] = 1;
    const qItems = framed.filter((q) => !(q.kind === "partial" && (!q.np || namedBefore(c, q.piece!.open)) && nameInMarks(c, q.piece!)));
    // a title in a name's place ("on MSNBC's “Morning Joe,” “…”") is no quotation, but its cue
    // still names the speaker of the quotes that go on after it
    for (const q of qItems) if (q.kind === "partial" && nameInMarks(c, q.piece!) && (titleSlot(c, q) || c.titlePiece[c.inQuote[q.piece!.open]!])) q.hidden = q.title = true;
    // a short title in a noun phrase's place that no cue frames closely: no quotation, and reported speech around it stands on its own
    for (const q of qItems) {
      if (q.hidden || !farTitle(c, q)) continue;
      q.hidden = q.title = true;
      c.titlePiece[c.inQuote[q.piece!.open]!] = 1;
      if (q.verb! >= 0 && !qItems.some((o) => o !== q && !o.hidden && o.verb === q.verb)) c.usedVerb[q.verb!] = 0;
    }
    for (const q of programmes) if (q.verb! >= 0 && !qItems.some((o) => !o.hidden && o.verb === q.verb)) c.usedVerb[q.verb!] = 0;
    const bItems = blockItems(c);
    const iItems = indirectItems(c, qItems);
    // without `indirect`, reported speech still names the speaker of a cue-less quote after it
    if (opts.indirect !== true) for (const item of iItems) item.hidden = true;
    const all = [...(opts.indirect === true && opts.mergeRuns === true ? widenToClauses(qItems) : qItems), ...bItems, ...iItems].sort((x, y) => x.start - y.start);
    doc.set(LAYERS.quotes, resolve(c, all, opts.mergeRuns === true), { stage: "quotes", version: QUOTES_VERSION });
  },
};

/**
 * Reported speech with quoted fragments is one attribution: a partial quote takes its
 * reported clause's span ("he was “a big advocate” of common standards"), the fragments
 * of one clause make one record.
 */
function widenToClauses(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const clause = item.clause;
    if (!clause) { out.push(item); continue; }
    const prev = out[out.length - 1];
    if (prev?.clause && prev.clause.start === clause.start && prev.clause.end === clause.end) continue;
    item.start = Math.min(item.start, clause.start);
    item.end = Math.max(item.end, clause.end);
    out.push(item);
  }
  return out;
}

/**
 * "The commissioner said" with no entity: the latest person named before with that title word
 * right before or in the name ("AU trade and industry commissioner Albert Muchanga", "Governor Kay Ivey").
 */
function titledPerson(c: Ctx, np: TokRange): EntityRecord | undefined {
  const { tokens, mentions, mentionAt } = c;
  if (np.b - np.a !== 2 || tokens.lower(np.a) !== "the" || tokens.kind[np.b - 1] !== TokenKind.Word) return undefined;
  const head = tokens.lower(np.b - 1);
  for (let t = np.a - 1; t >= 0; t--) {
    const k = mentionAt[t]!;
    if (k < 0 || (t > 0 && mentionAt[t - 1] === k)) continue;
    const m = mentions[k]!;
    if (m.entity.type !== "person" || m.start !== tokens.start[t]) continue;
    let e = t;
    while (e < tokens.count && tokens.start[e]! < m.end) e++;
    for (let u = Math.max(0, t - 1); u < e; u++) if (tokens.lower(u) === head) return m.entity;
  }
  return undefined;
}

/**
 * "Part of the judge's statement", "the ministry's letter", naming no one: the owner before the
 * possessive speaks through the document, when a title or an organisation noun ties it to an
 * actor named before ("the judge" → "Judge Miller"); else null.
 */
function documentOwner(c: Ctx, np: TokRange, lastGroup: Known | null): TokRange | null {
  const { tokens, cues } = c;
  if (np.b - np.a < 3 || !cues.documentNouns.has(tokens.lower(np.b - 1)) || hasMention(c, np)) return null;
  let k = np.b - 2;
  while (k > np.a && tokens.kind[k] !== TokenKind.Possessive) k--;
  if (k <= np.a || k < np.b - 3) return null;
  let a = k;
  while (a - 1 >= np.a && tokens.kind[a - 1] === TokenKind.Word && tokens.lower(a - 1) !== "of") a--;
  const owner = { a, b: k };
  return titledPerson(c, owner) ?? namedBody(c, owner, lastGroup) ? owner : null;
}

/**
 * The person named by the subject opening the sentence before the one holding token range
 * `np` (in the same paragraph, or the paragraph before when `np`'s sentence opens its own), else undefined.
 */
function personSubjectBefore(c: Ctx, np: TokRange): EntityRecord | undefined {
  const { tokens, sentences, cues } = c;
  if (!cues.pronounGender.has(tokens.lower(np.a))) return undefined;
  // "“… . …” he said.": the sentence the quotation opens
  let s0 = sentences.sentenceOf(np.a);
  while (s0 > 0 && c.inQuote[sentences.tokStart[s0]!]! >= 0 && c.inQuote[sentences.tokStart[s0]!] === c.inQuote[sentences.tokEnd[s0 - 1]! - 1]) s0--;
  if (s0 === 0) return undefined;
  const p0 = sentences.paragraph[s0]!;
  const p1 = sentences.paragraph[s0 - 1]!;
  if (p1 !== p0 && !(p1 === p0 - 1 && sentences.tokStart[s0] === c.paragraphs.tokStart[p0])) return undefined;
  const a = sentences.tokStart[s0 - 1]!;
  if (c.inQuote[a]! >= 0) return undefined;
  const subject = sentenceSubject(c, a, sentences.tokEnd[s0 - 1]!);
  if (!subject || subject.a !== a) return undefined;
  const r = speakerOf(tokens, subject, c.mentions, c.mentionAt, cues);
  return !r.pronoun && r.entity?.type === "person" ? r.entity : undefined;
}

/**
 * A person pronoun (phrase `np`) resolved to `entity` (maybe none) that no name of it in this
 * paragraph or the one before supports: the person named by the subject opening the next
 * sentence of the paragraph, of a fitting gender, else undefined.
 */
function personAhead(c: Ctx, np: TokRange, entity: EntityRecord | undefined, gender: "male" | "female" | undefined): EntityRecord | undefined {
  const { tokens, sentences, paragraphs, mentions } = c;
  let s0 = sentences.sentenceOf(np.a);
  const p = sentences.paragraph[s0]!;
  if (entity) {
    for (let t = paragraphs.tokStart[Math.max(0, p - 1)]!; t < np.a; t++) {
      const k = c.mentionAt[t]!;
      if (k >= 0 && mentions[k]!.entity === entity && mentions[k]!.rank !== 3) return undefined;
    }
  }
  // the sentence after the one the pronoun's quote ends in
  while (s0 + 1 < sentences.count && c.inQuote[sentences.tokStart[s0 + 1]!]! >= 0) s0++;
  const s1 = s0 + 1;
  if (s1 >= sentences.count || sentences.paragraph[s1] !== p) return undefined;
  const a = sentences.tokStart[s1]!;
  const subject = sentenceSubject(c, a, sentences.tokEnd[s1]!);
  if (!subject || subject.a !== a) return undefined;
  const r = speakerOf(tokens, subject, mentions, c.mentionAt, c.cues);
  return !r.pronoun && r.entity?.type === "person" && r.entity !== entity && genderFits(r.entity, gender) ? r.entity : undefined;
}

/** Whether a mention of `e` lies in the same sentence as token t, outside quotation marks (the pronoun's own clause names it). */
function named(c: Ctx, e: EntityRecord, t: number): boolean {
  const s = c.sentences.sentenceOf(t);
  for (let k = c.sentences.tokStart[s]!; k < c.sentences.tokEnd[s]!; k++) {
    const m = c.mentionAt[k]!;
    if (m >= 0 && c.mentions[m]!.entity === e && c.inQuote[k]! < 0 && k !== t) return true;
  }
  return false;
}

/** Openers of an unnamed person's description ("One of the victims", "A witness"). */
const UNNAMED_OPENERS = new Set(["a", "an", "another"]);

/**
 * A person pronoun opening its sentence right after a sentence whose subject is an unnamed
 * person ("One of the victims decided …", "A neighbour called …"): the pronoun stands for that
 * person, not for the last named speaker.
 */
function unnamedBefore(c: Ctx, np: TokRange): boolean {
  const { tokens, sentences, cues } = c;
  const s0 = sentences.sentenceOf(np.a);
  if (s0 === 0 || sentences.tokStart[s0] !== np.a || sentences.paragraph[s0 - 1] !== sentences.paragraph[s0]) return false;
  const a = sentences.tokStart[s0 - 1]!;
  const subject = sentenceSubject(c, a, sentences.tokEnd[s0 - 1]!);
  if (!subject || subject.a !== a || hasMention(c, subject) || subject.b - subject.a < 2) return false;
  const w = tokens.lower(subject.a);
  if (w === "one" && tokens.lower(subject.a + 1) === "of") return true;
  return UNNAMED_OPENERS.has(w) && !tokens.has(subject.a + 1, TokenFlag.Upper) && !cues.groupNouns.has(tokens.lower(subject.b - 1));
}

/** How many recent person speakers a pronoun may look back over. */
const PERSON_MEMORY = 4;

interface Known {
  entity?: EntityRecord;
  record: SpeakerRecord;
}

/** Walk the items in text order: resolve speakers, pronouns and runs, drop scare quotes. */
function resolve(c: Ctx, items: Item[], mergeRuns: boolean): QuoteRecord[] {
  const { doc, tokens, cues } = c;
  const out: QuoteRecord[] = [];
  let lastPerson = null as Known | null;
  /** The latest person speakers, most recent last (a pronoun skips those of the other gender). */
  const persons: Known[] = [];
  let lastGroup = null as Known | null;
  let lastPiece = null as Item | null;
  let lastAttributed = null as Item | null;
  const record = (r: ResolvedSpeaker, entity?: EntityRecord): SpeakerRecord => {
    const rec: { start: number; end: number; text: string; entity?: string } = { start: r.start, end: r.end, text: doc.text.slice(r.start, r.end) };
    if (entity) rec.entity = entity.id;
    return rec;
  };
  /** The speaker an item's noun phrase names: its entity, a pronoun's antecedent, a description's body. */
  const speak = (item: Item, np: TokRange): { speaker: SpeakerRecord; confidence: number; known: Known } => {
    np = documentOwner(c, np, lastGroup) ?? np;
    const r = speakerOf(tokens, appositiveName(c, np), c.mentions, c.mentionAt, cues);
    let entity = r.entity ?? (r.pronoun ? undefined : titledPerson(c, np) ?? documentAuthor(c, np) ?? namedBody(c, np, lastGroup));
    // "Carole Bower … now plans to vote for Mr. Trump. “… better than Hillary,” she said.": the
    // person opening the sentence before beats a pronoun link to a name inside the quotation
    if (r.pronoun === "person" && entity) {
      const near = personSubjectBefore(c, np);
      if (near && near !== entity && genderFits(near, r.gender) && !named(c, near, np.a)) entity = near;
    }
    let confidence = item.how === "colon" ? 0.8 : 0.9;
    if (r.pronoun === "person" && !entity && unnamedBefore(c, np)) {
      // "One of the victims decided to speak. She said": the unnamed person, not the last speaker
      confidence = 0.6;
    } else if (r.pronoun && !entity) {
      let fallback: Known | null = r.pronoun === "person" ? lastPerson : lastGroup;
      if (r.pronoun === "person" && !genderFits(fallback?.entity, r.gender)) {
        fallback = null;
        for (let k = persons.length - 2; k >= 0; k--) {
          if (genderFits(persons[k]!.entity, r.gender)) {
            fallback = persons[k]!;
            break;
          }
        }
      }
      // "Groberg then went on to explain what he likes about Clinton. “…” he said.": a named
      // person opening the sentence just before is who "he"/"she" stands for, not an older speaker
      if (r.pronoun === "person") {
        const near = personSubjectBefore(c, np);
        if (near && genderFits(near, r.gender)) fallback = { entity: near, record: fallback?.record ?? { start: 0, end: 0, text: "" } };
      }
      // "NASA interrupted its coverage … It also credited Leonov, noting": a body (or a group
      // phrase) opening a sentence just before, later than the last group speaker, is what "it"/"they" stand for
      entity = fallback?.entity;
      if (r.pronoun === "group" && GROUP_ANAPHORS.has(tokens.lower(np.a))) {
        const near = groupAntecedent(c, np.a, fallback ? fallback.record.start : -1, tokens.lower(np.a) === "it");
        if (near && !near.last) entity = near.entity;
      }
      confidence = entity ? 0.75 : 0.6;
    } else if (!entity) confidence = 0.7;
    // "“We are ready,” she said. Maria Lopez, a nurse, joined the march in May.": a pronoun
    // whose person is not named nearby stands for the person the next sentence opens with
    if (r.pronoun === "person") {
      const ahead = personAhead(c, np, entity, r.gender);
      if (ahead) {
        entity = ahead;
        confidence = 0.75;
      }
    }
    if (item.how === "subject") confidence = Math.min(confidence, 0.6);
    const speaker = record(r, entity);
    const known = { entity, record: speaker };
    const group = entity ? entity.type !== "person" : r.pronoun ? r.pronoun === "group" : r.group;
    if (group) lastGroup = known;
    else {
      lastPerson = known;
      persons.push(known);
      if (persons.length > PERSON_MEMORY) persons.shift();
    }
    if (item.kind === "indirect") confidence -= item.belief ? 0.3 : 0.15;
    return { speaker, confidence, known };
  };
  for (const item of items) {
    let speaker: SpeakerRecord | null = null;
    let confidence = 0.5;
    if (item.np) {
      ({ speaker, confidence } = speak(item, item.np));
    } else if (item.piece) {
      const piece = item.piece;
      const prev = lastPiece?.piece;
      const startsParagraph = piece.open === c.paragraphs.tokStart[piece.paragraph];
      let inherit: Item | null = null;
      if (item.mute) { /* a thing's text: no run goes on it */ } else if (!prev && lastAttributed && lastAttributed.sentence !== item.sentence && item.kind === "direct" &&
        c.sentences.paragraph[lastAttributed.sentence] === piece.paragraph) inherit = lastAttributed;
      // a scare-quote-sized fragment goes on no speaker read off a clause's subject
      if (!item.mute && prev && lastPiece!.speaker && !(lastPiece!.how === "subject" && item.words <= cues.cues.scareMaxWords)) {
        if (piece.continued && prev.paragraph === piece.paragraph - 1) inherit = lastPiece;
        else if (item.kind === "direct" && prev.paragraph === piece.paragraph) inherit = lastPiece;
        else if (item.kind === "direct" && lastAttributed?.piece === null && lastAttributed.sentence !== item.sentence &&
          c.sentences.paragraph[lastAttributed.sentence] === piece.paragraph) inherit = lastAttributed;
        // the same sentence as the previous quote's start or end ("“…;” read the statement; “we …”")
        else if (item.sentence === lastPiece!.sentence || (prev.close >= 0 && c.sentences.sentenceOf(prev.close) === item.sentence)) inherit = lastPiece;
        else if (startsParagraph && prev.paragraph === piece.paragraph - 1) inherit = lastPiece;
      }
      // "Moore thanked him for “stepping up and taking action when Congress won't.”": a partial
      // quote with no cue and no run, longer than a scare quote, is the words of its sentence's subject
      const subject = !inherit && !item.mute && item.kind === "partial" && item.words > cues.cues.scareMaxWords && piece.double ? clauseSubject(c, piece.open) : null;
      if (inherit) {
        speaker = inherit.speaker!;
        confidence = 0.7;
        item.how = "run";
      } else if (subject) {
        item.how = "subject";
        item.np = subject;
        ({ speaker, confidence } = speak(item, subject));
      } else if (item.words <= cues.cues.scareMaxWords || !item.piece.double) {
        continue; // a scare quote or a title in marks: no speech reported
      } else {
        doc.message("quotation without a speaker in the text", { start: item.start, end: item.end }, "quotes/no-speaker", "info");
      }
    }
    item.speaker = speaker;
    if (speaker) lastAttributed = item;
    if (item.hidden) {
      // “A,” he said on NBC's “Meet the Press.” “B.”: a title framed by the quote's own cue goes on its run
      const within = item.title && lastPiece?.cue && item.cue && lastPiece.cue.start === item.cue.start;
      if (item.piece && !within) lastPiece = item;
      continue;
    }
    const prevRecord = out[out.length - 1];
    // a speaker read off the clause's subject makes no run of its own: its quote stands alone
    if (mergeRuns && item.piece && lastPiece && lastPiece.how !== "subject" && prevRecord && prevRecord.end === lastPiece.end &&
      (lastPiece.piece!.paragraph === item.piece.paragraph || item.piece.continued ||
        (item.how === "run" && lastPiece.piece!.paragraph === item.piece.paragraph - 1)) &&
      (item.how === "run" || (item.cue && lastPiece.cue && item.cue.start === lastPiece.cue.start))) {
      const end = Math.max(item.end, prevRecord.kind === "direct" ? item.piece.end : item.end);
      const merged = { ...prevRecord, end, text: doc.text.slice(prevRecord.start, end) };
      out[out.length - 1] = merged;
      lastPiece = item;
      continue;
    }
    if (item.piece) lastPiece = item;
    out.push({
      start: item.start, end: item.end, text: doc.text.slice(item.start, item.end), kind: item.kind,
      speaker, cue: item.cue ? { ...item.cue, text: doc.text.slice(item.cue.start, item.cue.end) } : null,
      confidence: Math.round(confidence * 100) / 100,
    });
  }
  return out;
}
