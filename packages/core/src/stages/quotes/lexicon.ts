/**
 * The quote-cue lexicon (`data/lexicons/quote-cues.json`): speech and belief verbs with
 * their forms, "according to", frame adjuncts ("in a statement"), pronouns, group nouns.
 * `parseQuoteCues` validates the JSON once; `compileQuoteCues` turns it into lookup maps
 * the stage reads per token (one Map lookup, no regex).
 */
import { ParleyError } from "../../errors.js";

export interface QuoteCues {
  version: number;
  /** Speech verbs: lemma → forms ("say" → ["say", "says", "said", "saying"]). */
  speech: Record<string, string[]>;
  /** Belief / perception verbs: reported content only, lower confidence. */
  belief: Record<string, string[]>;
  /** Stance verbs ("rejected", "called"): frame a quotation, never reported speech on their own. */
  stance: Record<string, string[]>;
  /** Lemmas that take an indirect object before the content ("told reporters that"). */
  objectVerbs: string[];
  /** Lemmas of "X described Y as …". */
  asVerbs: string[];
  /** Phrases whose source follows them ("according to X"). */
  sourceFirst: string[];
  /** Multi-word adjuncts between a cue and its content ("in a statement"). */
  frameAdjuncts: string[];
  /** Single words allowed between a subject and its verb ("also", "has"). */
  adverbs: string[];
  /** `male` / `female`: person pronouns that tell the speaker's gender ("he", "she"). */
  pronouns: { person: string[]; group: string[]; male?: string[]; female?: string[] };
  /** Nouns that make a subject without a name a plausible source ("officials"). */
  groupNouns: string[];
  determiners: string[];
  /** Quotes of at most this many words with no cue and no running speaker are scare quotes. */
  scareMaxWords: number;
  /** Lower-case words a name or title in marks may hold ("Hero of the Soviet Union"). */
  titleLinks: string[];
  /** Auxiliaries before a participle that make a cue passive ("was described by X as"). */
  passiveAux: string[];
  /** Words right before a name in marks ("a song called", "known as"). */
  namingCues: string[];
  /**
   * Words right before a name in marks that make it a title whoever the sentence quotes ("said
   * on “Meet the Press”", "the podcast “Here's the Thing”", "a co-author of “Hacked World Order”").
   */
  titleCues: string[];
  /**
   * Heads after a name that make the name a modifier, not the speaker ("a senior Cruz adviser",
   * "one Clinton aide", "Sanders supporters"): the phrase speaks, with no entity.
   */
  affiliateNouns: string[];
  /** Heads through which a possessor speaks ("Merkel's spokesperson", "the ministry's statement"). */
  spokesNouns: string[];
  possessivePronouns: string[];
  /** Verbs by which a document speaks ("the statement read"), cues only right beside a quotation. */
  documentVerbs: string[];
  /** Group nouns naming one person ("spokesman"): never what "it"/"they" stand for. */
  personNouns: string[];
  /** Heads of a description naming a body ("the company", "the ministry"). */
  organisationNouns: string[];
  /** Heads naming a document, whose author may be given after it ("the report, published by X,"). */
  documentNouns: string[];
  /** Heads naming a text or a thing ("the email", "the bill", "the storm"): what "it" then stands for is no actor. */
  thingNouns: string[];
  /** Lower-case "-ed" words that stay inside a noun phrase after a word ("the 17-year-old alleged gunman"); any other such word after a word is a clause's verb ("The study outlined"). */
  edModifiers: string[];
  /** Irregular past forms ("took", "sought", "gave") that, after a word, are a clause's verb like an "-ed" word ("The senator took a heckler"). */
  pastVerbs: string[];
  /** Heads naming an account on a platform ("her Twitter account"): the platform's name only modifies them, the owner speaks. */
  accountNouns: string[];
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.some((s) => typeof s !== "string" || s.length === 0)) {
    throw new ParleyError("E006", `quote-cues: ${where} must be an array of non-empty strings`);
  }
  return (value as string[]).map((s) => s.toLowerCase());
}

function verbTable(value: unknown, where: string): Record<string, string[]> {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new ParleyError("E006", `quote-cues: ${where} must be an object of lemma → forms`);
  }
  const out: Record<string, string[]> = {};
  for (const [lemma, forms] of Object.entries(value as Record<string, unknown>)) out[lemma.toLowerCase()] = strings(forms, `${where}.${lemma}`);
  return out;
}

/**
 * Validate the parsed JSON of `data/lexicons/quote-cues.json` (resource key `quote-cues`).
 * @example const cues = parseQuoteCues(JSON.parse(fs.readFileSync("data/lexicons/quote-cues.json", "utf8")));
 */
export function parseQuoteCues(json: unknown): QuoteCues {
  if (!json || typeof json !== "object") throw new ParleyError("E006", "quote-cues: expected an object");
  const j = json as Record<string, unknown>;
  const pronouns = (j.pronouns ?? {}) as Record<string, unknown>;
  const scare = j.scareMaxWords ?? 3;
  if (typeof scare !== "number" || scare < 0) throw new ParleyError("E006", "quote-cues: scareMaxWords must be a number ≥ 0");
  return {
    version: typeof j.version === "number" ? j.version : 1,
    speech: verbTable(j.speech, "speech"),
    belief: verbTable(j.belief ?? {}, "belief"),
    stance: verbTable(j.stance ?? {}, "stance"),
    objectVerbs: strings(j.objectVerbs ?? [], "objectVerbs"),
    asVerbs: strings(j.asVerbs ?? [], "asVerbs"),
    sourceFirst: strings(j.sourceFirst ?? [], "sourceFirst"),
    frameAdjuncts: strings(j.frameAdjuncts ?? [], "frameAdjuncts"),
    adverbs: strings(j.adverbs ?? [], "adverbs"),
    pronouns: {
      person: strings(pronouns.person ?? [], "pronouns.person"), group: strings(pronouns.group ?? [], "pronouns.group"),
      male: strings(pronouns.male ?? [], "pronouns.male"), female: strings(pronouns.female ?? [], "pronouns.female"),
    },
    groupNouns: strings(j.groupNouns ?? [], "groupNouns"),
    determiners: strings(j.determiners ?? [], "determiners"),
    scareMaxWords: scare,
    titleLinks: strings(j.titleLinks ?? [], "titleLinks"),
    passiveAux: strings(j.passiveAux ?? [], "passiveAux"),
    namingCues: strings(j.namingCues ?? [], "namingCues"),
    titleCues: strings(j.titleCues ?? [], "titleCues"),
    affiliateNouns: strings(j.affiliateNouns ?? [], "affiliateNouns"),
    spokesNouns: strings(j.spokesNouns ?? [], "spokesNouns"),
    possessivePronouns: strings(j.possessivePronouns ?? [], "possessivePronouns"),
    documentVerbs: strings(j.documentVerbs ?? [], "documentVerbs"),
    personNouns: strings(j.personNouns ?? [], "personNouns"),
    organisationNouns: strings(j.organisationNouns ?? [], "organisationNouns"),
    documentNouns: strings(j.documentNouns ?? [], "documentNouns"),
    thingNouns: strings(j.thingNouns ?? [], "thingNouns"),
    edModifiers: strings(j.edModifiers ?? [], "edModifiers"),
    pastVerbs: strings(j.pastVerbs ?? [], "pastVerbs"),
    accountNouns: strings(j.accountNouns ?? [], "accountNouns"),
  };
}

/** A verb form found in the text. */
export interface VerbInfo {
  lemma: string;
  belief: boolean;
  /** Frames quotations only. */
  stance: boolean;
  takesObject: boolean;
  takesAs: boolean;
  /** Second word of a two-word cue ("pointed out"), else "". */
  particle: string;
}

/** Lookup maps over a `QuoteCues`, built once per lexicon. */
export interface CueIndex {
  readonly cues: QuoteCues;
  /** First word of a verb form → the forms starting with it. */
  readonly verbs: Map<string, VerbInfo[]>;
  /** First word → word sequences of multi-word phrases (`sourceFirst`, `frameAdjuncts`). */
  readonly sourceFirst: Map<string, string[][]>;
  readonly adjuncts: Map<string, string[][]>;
  readonly adverbs: Set<string>;
  readonly personPronouns: Set<string>;
  readonly groupPronouns: Set<string>;
  /** Person pronouns → the gender they tell ("he" → male). */
  readonly pronounGender: Map<string, "male" | "female">;
  readonly groupNouns: Set<string>;
  readonly determiners: Set<string>;
  readonly titleLinks: Set<string>;
  readonly passiveAux: Set<string>;
  /** Last word of a naming cue → the word sequences ending with it. */
  readonly naming: Map<string, string[][]>;
  /** Last word of a title cue → the word sequences ending with it. */
  readonly titling: Map<string, string[][]>;
  readonly affiliateNouns: Set<string>;
  /** Last word of a spokes noun. */
  readonly spokesHeads: Set<string>;
  readonly possessivePronouns: Set<string>;
  readonly documentVerbs: Set<string>;
  readonly personNouns: Set<string>;
  readonly organisationNouns: Set<string>;
  readonly documentNouns: Set<string>;
  readonly thingNouns: Set<string>;
  readonly edModifiers: Set<string>;
  readonly pastVerbs: Set<string>;
  readonly accountNouns: Set<string>;
}

function phraseMap(phrases: string[]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(/\s+/);
    const list = map.get(words[0]!) ?? [];
    list.push(words);
    map.set(words[0]!, list);
  }
  return map;
}

const compiled = new WeakMap<QuoteCues, CueIndex>();

/** Build (once per lexicon object) the lookup maps. */
export function compileQuoteCues(cues: QuoteCues): CueIndex {
  const hit = compiled.get(cues);
  if (hit) return hit;
  const verbs = new Map<string, VerbInfo[]>();
  const objectVerbs = new Set(cues.objectVerbs);
  const asVerbs = new Set(cues.asVerbs);
  const add = (table: Record<string, string[]>, belief: boolean, stance = false) => {
    for (const [lemma, forms] of Object.entries(table)) {
      for (const form of forms) {
        const [first, particle = ""] = form.split(/\s+/);
        const list = verbs.get(first!) ?? [];
        list.push({ lemma, belief, stance, takesObject: objectVerbs.has(lemma), takesAs: asVerbs.has(lemma), particle });
        verbs.set(first!, list);
      }
    }
  };
  add(cues.speech, false);
  add(cues.belief, true);
  add(cues.stance, false, true);
  const index: CueIndex = {
    cues,
    verbs,
    sourceFirst: phraseMap(cues.sourceFirst),
    adjuncts: phraseMap(cues.frameAdjuncts),
    adverbs: new Set(cues.adverbs),
    personPronouns: new Set(cues.pronouns.person),
    groupPronouns: new Set(cues.pronouns.group),
    pronounGender: new Map([
      ...(cues.pronouns.male ?? []).map((w) => [w, "male"] as const),
      ...(cues.pronouns.female ?? []).map((w) => [w, "female"] as const),
    ]),
    groupNouns: new Set(cues.groupNouns),
    determiners: new Set(cues.determiners),
    titleLinks: new Set(cues.titleLinks),
    passiveAux: new Set(cues.passiveAux),
    spokesHeads: new Set(cues.spokesNouns.map((p) => p.split(/\s+/).pop()!)),
    possessivePronouns: new Set(cues.possessivePronouns),
    documentVerbs: new Set(cues.documentVerbs),
    personNouns: new Set(cues.personNouns),
    organisationNouns: new Set(cues.organisationNouns),
    documentNouns: new Set(cues.documentNouns),
    thingNouns: new Set(cues.thingNouns),
    edModifiers: new Set(cues.edModifiers),
    pastVerbs: new Set(cues.pastVerbs),
    accountNouns: new Set(cues.accountNouns),
    naming: phraseMap(cues.namingCues.map((p) => p.split(/\s+/).reverse().join(" "))),
    affiliateNouns: new Set(cues.affiliateNouns),
    titling: phraseMap(cues.titleCues.map((p) => p.split(/\s+/).reverse().join(" "))),
  };
  compiled.set(cues, index);
  return index;
}
