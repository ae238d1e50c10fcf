/**
 * The event-trigger lexicon (`data/lexicons/event-triggers.json`): a pure parser and
 * validator that expands every trigger into its surface forms and indexes them by the
 * lower-cased first token, so matching costs one Map lookup per token.
 */
import { ParleyError } from "../../errors.js";
import type { EntityType, Modality } from "../../doc/record.js";
import { isParticiple, nounForms, verbForms } from "./inflect.js";

export type TriggerPos = "verb" | "noun" | "adj";

/** One trigger as written in the lexicon, checked. */
export interface TriggerEntry {
  /** Lower-cased words; the first is the lemma (inflected by pos), the rest literal. */
  readonly words: readonly string[];
  readonly pos: TriggerPos;
  readonly type: string;
  readonly mode?: string;
  /** No direction: the participants are peers (talks, agreements, fighting). */
  readonly symmetric: boolean;
  /** Prepositions that introduce the target ("talks with X", "attacks on X"). */
  readonly prep: readonly string[];
  /** Emit only when a target actor is found. */
  readonly needTarget: boolean;
  /** Never look for a target (resign). */
  readonly noTarget: boolean;
  /** At most this many tokens between the trigger and a direct-object target. */
  readonly targetNear: number;
  readonly targetTypes?: ReadonlySet<EntityType>;
  readonly subjectTypes?: ReadonlySet<EntityType>;
  /** The subject phrase must hold one of these words ("troops left Iraq"). */
  readonly subjectWords?: ReadonlySet<string>;
  /** One of these words must follow within five tokens ("lift ... sanctions"). */
  readonly object?: ReadonlySet<string>;
  /** Not this trigger when one of these words heads the object ("released a statement"). */
  readonly blockObject?: ReadonlySet<string>;
  /** The next token must be one of these. */
  readonly needNext?: ReadonlySet<string>;
  /** One of these phrases must follow within eight tokens. */
  readonly needAfter?: readonly (readonly string[])[];
  /** Phrases that, within ten tokens after the trigger and before any "to", cancel it ("asked X if ..."). */
  readonly blockAfter?: readonly (readonly string[])[];
  /** Phrases that, right after the trigger, cancel it. */
  readonly blockNext: readonly (readonly string[])[];
  /** Words that, right before the trigger, show another sense ("a parting shot", "evidence supported"). */
  readonly blockPrev?: ReadonlySet<string>;
  /** Tokens that, right after the target, show another reading ("called X a ..."). */
  readonly blockAfterTarget?: ReadonlySet<string>;
  /** Tokens one of which must follow the target (or the group noun naming it), else no event: "called X on Friday", not "called X a liar". */
  readonly needAfterTarget?: ReadonlySet<string>;
  /** Modality the trigger itself carries (offer, promise → planned). */
  readonly modality?: Modality;
  /** The subject is the recipient and the object the actor (host, receive). */
  readonly swap: boolean;
  /** Type and mode of the verbal reading ("Trump attacked Clinton as ..."): a politician's attack on a politician, or after a verbal cue word ("personal attacks"). */
  readonly verbal?: { readonly type: string; readonly mode?: string };
  /** A campaign event when a politician or party holds it ("Trump's rallies"): then no event. */
  readonly campaign: boolean;
  /** A stance in the simple present ("he supports their policies", "she opposes the plan"): a held position, no event. */
  readonly stative: boolean;
  /** A verb whose direct object, when it names no actor, group or place, is a thing fought: then no event ("fight Zika", "attack each other"). */
  readonly thingBlocks: boolean;
  /** Type and mode to use when source and target share a country. */
  readonly domestic?: { readonly type: string; readonly mode?: string };
  /** Nouns: "strict" ones need an explicit actor; "loose" ones may take the discourse pair. */
  readonly nominal: "strict" | "loose";
  /** Evaluative words: the source is the reporting speaker. */
  readonly speakerSource: boolean;
  /** Nouns whose possessor undergoes the act when no "of" follows ("Khashoggi's killing", "Mugabe's arrest"). */
  readonly patientPossessor: boolean;
}

/** A surface form of a trigger, as stored under its first token. */
export interface TriggerForm {
  readonly entry: TriggerEntry;
  /** Literal tokens after the first. */
  readonly rest: readonly string[];
  /** The first token can be a past participle (passive reading possible). */
  readonly participle: boolean;
}

/** A multi-word cue, stored under its first word. */
export interface Phrase {
  readonly words: readonly string[];
}

export interface DateWords {
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
  readonly monthAbbrev: readonly string[];
  readonly relative: Readonly<Record<string, number>>;
  readonly weekRelative: Readonly<Record<string, number>>;
  readonly monthRelative: Readonly<Record<string, number>>;
  readonly yearRelative: Readonly<Record<string, number>>;
}

export interface EventLexicon {
  /** Surface forms by lower-cased first token, longest first. */
  readonly triggers: ReadonlyMap<string, readonly TriggerForm[]>;
  readonly lightVerbs: ReadonlySet<string>;
  readonly modality: ReadonlyMap<string, readonly { words: readonly string[]; modality: Modality }[]>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly pairWords: ReadonlyMap<string, readonly Phrase[]>;
  readonly passiveAux: ReadonlySet<string>;
  readonly agentPreps: ReadonlyMap<string, readonly Phrase[]>;
  readonly skipAdverbs: ReadonlySet<string>;
  readonly dates: DateWords;
  /** Group nouns that name a domestic target by sector ("protesters" → CVL). */
  readonly groupNouns: ReadonlyMap<string, string>;
  /** Nouns that, right after an actor, make the phrase a thing of that actor, not a doer ("NATO guidelines", "EU flags"). */
  readonly thingNouns: ReadonlySet<string>;
  /** Heads of a water body's name: the actor after "<Head> of" names a sea, not a doer ("the Gulf of Mexico"). */
  readonly waterNouns: ReadonlySet<string>;
  /** Natural hazards: a sentence whose subject is one names no doer for what a participle clause reports ("a typhoon hit X, killing"). */
  readonly hazardNouns: ReadonlySet<string>;
  /** Words naming a police force or court, or its officials ("Sheriff Lee", "Thames Valley Police"): a speaker holding one, saying "they arrested", speaks for that force. */
  readonly forceWords: ReadonlySet<string>;
  /** Words right before an attack noun that make it verbal ("personal attacks", "Twitter attacks"). */
  readonly verbalCues: ReadonlySet<string>;
  /** Words right before an attack noun that make it force, never words ("terrorist attacks", "armed attack"). */
  readonly forceCues: ReadonlySet<string>;
  /** Plain nouns for an unnamed crowd that protests ("Thousands of people marched"). */
  readonly crowdWords: ReadonlySet<string>;
  /** Nouns for someone's followers or opponents: right after a name ("Sanders supporters", "Trump's critics") the name is no doer. */
  readonly followerNouns: ReadonlySet<string>;
  /** Nouns of a person or firm between a country's name and an uncoded name that then acts for that country ("Ohio man X", "Texas company X"). */
  readonly introNouns: ReadonlySet<string>;
  /** Nouns of one who speaks or acts for a body: "a spokesman for X condemned" has X as its doer. */
  readonly principalNouns: ReadonlySet<string>;
  /** Verbs (all forms) that give up an act named by their object: "dropped direct attacks" reports no attack. */
  readonly cancelVerbs: ReadonlySet<string>;
  /** Sectors of politicians and media whose attacks on one another are verbal. */
  readonly verbalSectors: ReadonlySet<string>;
  readonly entries: readonly TriggerEntry[];
}

const POS: readonly TriggerPos[] = ["verb", "noun", "adj"];
const MODALITIES: readonly Modality[] = ["asserted", "planned", "hypothetical", "negated"];
const ENTITY_TYPES: readonly EntityType[] = ["person", "organization", "country", "place"];

function fail(reason: string): never {
  throw new ParleyError("E006", `event-triggers: ${reason}`);
}

function words(s: unknown, where: string): string[] {
  if (typeof s !== "string" || !s.trim()) fail(`${where}: expected a non-empty string`);
  return s.toLowerCase().trim().split(/\s+/);
}

function strings(v: unknown, where: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) fail(`${where}: expected a list of strings`);
  return (v as string[]).map((x) => x.toLowerCase());
}

function phraseIndex(list: string[], where: string): Map<string, Phrase[]> {
  const map = new Map<string, Phrase[]>();
  for (const p of list) {
    const w = words(p, where);
    const arr = map.get(w[0]!) ?? [];
    arr.push({ words: w });
    arr.sort((a, b) => b.words.length - a.words.length);
    map.set(w[0]!, arr);
  }
  return map;
}

function typesOf(v: unknown, where: string): ReadonlySet<EntityType> | undefined {
  if (v === undefined) return undefined;
  const list = strings(v, where) as EntityType[];
  for (const t of list) if (!ENTITY_TYPES.includes(t)) fail(`${where}: unknown entity type ${t}`);
  return new Set(list);
}

function parseEntry(raw: Record<string, unknown>, i: number, types?: ReadonlySet<string>): TriggerEntry {
  const where = `triggers[${i}]`;
  const w = words(raw.words, `${where}.words`);
  const pos = raw.pos as TriggerPos;
  if (!POS.includes(pos)) fail(`${where}: bad pos ${JSON.stringify(raw.pos)}`);
  const type = raw.type;
  if (typeof type !== "string" || (types && !types.has(type))) fail(`${where}: unknown type ${JSON.stringify(type)}`);
  if (raw.modality !== undefined && !MODALITIES.includes(raw.modality as Modality)) fail(`${where}: bad modality`);
  const dom = raw.domestic as { type?: unknown; mode?: unknown } | undefined;
  if (dom !== undefined && typeof dom?.type !== "string") fail(`${where}: domestic needs a type`);
  const verbal = raw.verbal as { type?: unknown; mode?: unknown } | undefined;
  if (verbal !== undefined && (typeof verbal?.type !== "string" || (types && !types.has(verbal.type)))) fail(`${where}: verbal needs a known type`);
  const opt = <T>(v: T | undefined) => v;
  return {
    words: w,
    pos,
    type,
    mode: opt(typeof raw.mode === "string" ? raw.mode : undefined),
    symmetric: raw.symmetric === true,
    prep: strings(raw.prep, `${where}.prep`),
    needTarget: raw.need_target === true,
    noTarget: raw.no_target === true,
    targetNear: typeof raw.target_near === "number" ? raw.target_near : 6,
    targetTypes: typesOf(raw.target_types, `${where}.target_types`),
    subjectTypes: typesOf(raw.subject_types, `${where}.subject_types`),
    subjectWords: raw.subject_words === undefined ? undefined : new Set(strings(raw.subject_words, where)),
    object: raw.object === undefined ? undefined : new Set(strings(raw.object, where)),
    blockObject: raw.block_object === undefined ? undefined : new Set(strings(raw.block_object, where)),
    needNext: raw.need_next === undefined ? undefined : new Set(strings(raw.need_next, where)),
    needAfter: raw.need_after === undefined ? undefined : strings(raw.need_after, where).map((p) => p.split(/\s+/)),
    blockAfter: raw.block_after === undefined ? undefined : strings(raw.block_after, where).map((p) => p.split(/\s+/)),
    blockNext: strings(raw.block_next, where).map((p) => p.split(/\s+/)),
    blockPrev: raw.block_prev === undefined ? undefined : new Set(strings(raw.block_prev, where)),
    blockAfterTarget: raw.block_after_target === undefined ? undefined : new Set(strings(raw.block_after_target, where)),
    needAfterTarget: raw.need_after_target === undefined ? undefined : new Set(strings(raw.need_after_target, where)),
    modality: raw.modality as Modality | undefined,
    swap: raw.swap === true,
    campaign: raw.campaign === true,
    stative: raw.stative === true,
    thingBlocks: raw.block_thing === true,
    verbal: verbal ? { type: verbal.type as string, mode: typeof verbal.mode === "string" ? verbal.mode : undefined } : undefined,
    domestic: dom ? { type: dom.type as string, mode: typeof dom.mode === "string" ? dom.mode : undefined } : undefined,
    nominal: raw.nominal === "strict" ? "strict" : "loose",
    speakerSource: raw.speaker_source === true,
    patientPossessor: raw.patient_possessor === true,
  };
}

/** Constrained forms are tried before unconstrained ones of the same length. */
function constrained(e: TriggerEntry): number {
  return e.object || e.needNext || e.needAfter ? 1 : 0;
}

/**
 * Parse and check `data/lexicons/event-triggers.json` (already JSON-parsed). Pass the
 * ontology's type names to reject triggers of unknown types.
 * @example
 * const lex = parseEventTriggers({ triggers: [{ words: "meet", pos: "verb", type: "CONSULT" }] });
 * lex.triggers.get("met")?.[0]?.entry.type // "CONSULT"
 */
export function parseEventTriggers(json: unknown, opts: { types?: ReadonlySet<string> } = {}): EventLexicon {
  const root = json as Record<string, unknown>;
  if (!root || !Array.isArray(root.triggers)) fail("expected an object with a `triggers` array");
  const irregular = new Map<string, string[]>();
  const irregularForms = new Set<string>();
  for (const [lemma, forms] of Object.entries((root.irregular as Record<string, unknown>) ?? {})) {
    const list = strings(forms, `irregular.${lemma}`);
    irregular.set(lemma, list);
    for (const f of list) irregularForms.add(f);
  }
  const entries = (root.triggers as Record<string, unknown>[]).map((r, i) => parseEntry(r, i, opts.types));
  const triggers = new Map<string, TriggerForm[]>();
  const rawTriggers = root.triggers as Record<string, unknown>[];
  entries.forEach((entry, i) => {
    const [first, ...rest] = entry.words as string[];
    let forms: string[];
    const listed = rawTriggers[i]!.forms;
    if (listed !== undefined) forms = strings(listed, `triggers[${i}].forms`);
    else if (entry.pos === "verb") forms = [...verbForms(first!), ...(irregular.get(first!) ?? [])];
    else if (entry.pos === "noun") forms = nounForms(first!);
    else forms = [first!];
    for (const form of forms) {
      const list = triggers.get(form) ?? [];
      list.push({ entry, rest, participle: entry.pos === "verb" && form !== first && isParticiple(form, irregularForms) });
      triggers.set(form, list);
    }
  });
  for (const list of triggers.values()) {
    list.sort((a, b) => b.rest.length - a.rest.length || constrained(b.entry) - constrained(a.entry));
  }
  const lightVerbs = new Set<string>();
  for (const v of strings(root.lightVerbs, "lightVerbs")) {
    for (const f of [...verbForms(v), ...(irregular.get(v) ?? [])]) lightVerbs.add(f);
  }
  const cancelVerbs = new Set<string>();
  for (const v of root.cancelVerbs === undefined ? [] : strings(root.cancelVerbs, "cancelVerbs")) {
    for (const f of [...verbForms(v), ...(irregular.get(v) ?? [])]) cancelVerbs.add(f);
  }
  const modality = new Map<string, { words: string[]; modality: Modality }[]>();
  const mod = (root.modality as Record<string, unknown>) ?? {};
  for (const m of ["planned", "hypothetical", "negated"] as const) {
    for (const p of strings(mod[m], `modality.${m}`)) {
      const w = p.split(/\s+/);
      const arr = modality.get(w[0]!) ?? [];
      arr.push({ words: w, modality: m });
      arr.sort((a, b) => b.words.length - a.words.length);
      modality.set(w[0]!, arr);
    }
  }
  const d = (root.dates as Record<string, unknown>) ?? {};
  const rec = (v: unknown) => (v && typeof v === "object" ? (v as Record<string, number>) : {});
  const dates: DateWords = {
    weekdays: strings(d.weekdays, "dates.weekdays"),
    months: strings(d.months, "dates.months"),
    monthAbbrev: strings(d.monthAbbrev, "dates.monthAbbrev"),
    relative: rec(d.relative),
    weekRelative: rec(d.weekRelative),
    monthRelative: rec(d.monthRelative),
    yearRelative: rec(d.yearRelative),
  };
  if (dates.weekdays.length && dates.weekdays.length !== 7) fail("dates.weekdays: expected 7 names, Sunday first");
  if (dates.months.length && dates.months.length !== 12) fail("dates.months: expected 12 names");
  return {
    triggers,
    lightVerbs,
    modality,
    clauseBreaks: new Set(strings(root.clauseBreaks, "clauseBreaks")),
    pairWords: phraseIndex(strings(root.pairWords, "pairWords"), "pairWords"),
    passiveAux: new Set(strings(root.passiveAux, "passiveAux")),
    agentPreps: phraseIndex(strings(root.agentPreps, "agentPreps"), "agentPreps"),
    skipAdverbs: new Set(strings(root.skipAdverbs, "skipAdverbs")),
    dates,
    thingNouns: new Set(strings(root.thingNouns, "thingNouns")),
    waterNouns: new Set(strings(root.waterNouns, "waterNouns")),
    hazardNouns: new Set(strings(root.hazardNouns, "hazardNouns")),
    forceWords: new Set(root.forceWords === undefined ? [] : strings(root.forceWords, "forceWords").map((w) => w.toLowerCase())),
    verbalCues: new Set(strings(root.verbalCues, "verbalCues")),
    forceCues: new Set(strings(root.forceCues, "forceCues")),
    crowdWords: new Set(strings(root.crowdWords, "crowdWords")),
    followerNouns: new Set(root.followerNouns === undefined ? [] : strings(root.followerNouns, "followerNouns")),
    introNouns: new Set(root.introNouns === undefined ? [] : strings(root.introNouns, "introNouns")),
    principalNouns: new Set(root.principalNouns === undefined ? [] : strings(root.principalNouns, "principalNouns")),
    cancelVerbs,
    verbalSectors: new Set(root.verbalSectors === undefined ? [] : (root.verbalSectors as unknown[]).filter((x): x is string => typeof x === "string")),
    groupNouns: new Map(Object.entries((root.groupNouns as Record<string, string>) ?? {}).filter(([, v]) => typeof v === "string").map(([k, v]) => [k.toLowerCase(), v])),
    entries,
  };
}
