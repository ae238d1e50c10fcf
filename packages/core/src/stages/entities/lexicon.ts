/**
 * The entities stage's closed-class word lists (data/lexicons/entities.json): pronouns with
 * gender and number, honorifics stripped from names, locative prepositions that turn a
 * capital into a place, name particles, byline cues, and words that never start a name.
 * Parsed once by a small pure parser; the stage receives it as `ctx.resources["entity-lexicon"]`.
 */
import { ParleyError } from "../../errors.js";

export type Gender = "male" | "female";

export interface PronounInfo {
  readonly gender?: Gender;
  /** "he", "she": the subject of a clause (bound by the subject of a reporting verb right before it). */
  readonly subject?: boolean;
  /** "him", "them": only an object (never the subject of the verb right before it). */
  readonly object?: boolean;
  readonly plural: boolean;
}

export interface EntityLexicon {
  readonly pronouns: ReadonlyMap<string, PronounInfo>;
  readonly honorifics: ReadonlySet<string>;
  readonly locatives: ReadonlySet<string>;
  readonly determiners: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly titleModifiers: ReadonlySet<string>;
  /** Byline cues as lower-case token lists ("additional reporting by" → ["additional", "reporting", "by"]). */
  readonly bylineCues: readonly (readonly string[])[];
  readonly nonNames: ReadonlySet<string>;
  /** Offices one person holds at a time per country: only these resolve "the US Foreign Minister" to the KB holder. */
  readonly uniqueOffices: ReadonlySet<string>;
  /** Head words of titles: a tagged person name is cut after the last of them ("Crime Commissioner Stephen Mold"). */
  readonly titleHeads: ReadonlySet<string>;
  /** Words that may join capitalised words inside an organisation's name ("Institute of Technology"). */
  readonly orgConnectors: ReadonlySet<string>;
  /** Head nouns of bodies' names → the sector such a body usually has ("ministry" → GOV, "party" → PTY). */
  readonly bodyHeads: ReadonlyMap<string, string>;
  /** Definite descriptions standing for an office's holder ("the palace" → "monarch"). */
  readonly bodyOffices: ReadonlyMap<string, string>;
  /** Nouns that make "the court case", "the party line" something other than the body. */
  readonly nounAfterBody: ReadonlySet<string>;
  /** Last words that make a tagged name a place ("Karl Marx Avenue", "Java Sea", "Palm Beach County"). */
  readonly placeHeads: ReadonlySet<string>;
  /** Last words of a sea's, strait's or coast's name that after a country's adjective close a place's name ("English Channel", "Arabian Sea"). */
  readonly featureHeads: ReadonlySet<string>;
  /** First words that make a tagged name a place ("County Galway", "Lake Tahoe"). */
  readonly placeFirst: ReadonlySet<string>;
  /** Names several countries give a body ("senate", "house of commons"): linked to the KB's body only in a text of its country. */
  readonly genericBodies: ReadonlySet<string>;
  /** Last words of a business's or college's name ("Electric", "Company", "College"): a KB place opening capitalised words that end so is part of the name ("Pacific Gas and Electric"). */
  readonly firmHeads: ReadonlySet<string>;
  /** Plural nouns after a region's adjective that name parts of a country ("Western states"), not the region. */
  readonly regionPlurals: ReadonlySet<string>;
  /** Words right before or opening a tagged person name that make it a storm or project ("Hurricane Dorian"). */
  readonly thingBefore: ReadonlySet<string>;
  /** Those of thingBefore whose name, met alone later, still names the thing ("Hurricane Lorenzo" ... "Lorenzo"). */
  readonly keptThings: ReadonlySet<string>;
  /** Lower-case nouns right after a tagged person name that make it a thing named after someone ("Parkinson's disease"). */
  readonly nounAfterThing: ReadonlySet<string>;
  /** Lower-case words after a place name shared by a town and a region that make it the region ("New York attorney general"). */
  readonly stateCues: ReadonlySet<string>;
  /** Offices of a state, province or region right before "of"/"from" and a name shared by a town and a region ("Senator from New York"), or before the holder's name ("Gov. Andrew Cuomo of New York"): the region. */
  readonly stateOffices: ReadonlySet<string>;
  /** Offices of a town before "of" and a tagged name ("the mayor of Yartsevo"): the name is a town. */
  readonly townOffices: ReadonlySet<string>;
  /** Lower-case nouns for a town before "of" ("the town of Madrid"): a town's name after them is a town of the country the text is set in when its KB namesake's country is named nowhere else. */
  readonly townNouns: ReadonlySet<string>;
  /** Words before a town's name with "-er" that make it one of the town's people ("any Londoner", "a Berliner"), not a person's name ("Bob Corker"). */
  readonly demonymOpeners: ReadonlySet<string>;
  /** Lower-case nouns after a demonym that make it a language ("English skills", "Russian speakers"): no mention of the country. */
  readonly languageNouns: ReadonlySet<string>;
  /** Seats of government whose names are also ordinary phrases ("white house", "blue house"): their country's only in a text that names that country. */
  readonly genericSeats: ReadonlySet<string>;
  /** Last words of a name that make a place's name before them a thing or event named after it ("Geneva Convention", "Iowa Caucuses"). */
  readonly thingHeads: ReadonlySet<string>;
  /** Last words of a venue's or building's name ("Garden", "Center", "Arena", "Hall"): a place's, person's or body's name before them names the venue after it ("Madison Square Garden"). */
  readonly venueHeads: ReadonlySet<string>;
  /** Head nouns of bodyHeads that give no sector by themselves to a body the tagger names ("Fund", "Bank", "Corps", "Committee"). */
  readonly looseBodyHeads: ReadonlySet<string>;
  /** Last words of a broadcaster's name ("TV", "Radio"): a town's name before them names a broadcaster there ("Abu Dhabi TV"). */
  readonly mediaHeads: ReadonlySet<string>;
  /** Lower-case words right before a title naming the body it belongs to → that body's sector, which the holder takes ("campaign spokeswoman" → PTY). */
  readonly titleBodyWords: ReadonlyMap<string, string>;
  /** Last words of a news outlet's name ("Network", "Times", "Post"): a tagger-named body so named is JRN. */
  readonly newsHeads: ReadonlySet<string>;
  /** Offices held in any kind of body ("spokesperson", "adviser"): in an apposition naming no body they give no sector. */
  readonly bodyBoundOffices: ReadonlySet<string>;
  /** Last words of a body's name that give it a sector in actor coding only ("College" EDU, "Hospital" MED). */
  readonly codingHeads: ReadonlyMap<string, string>;
  /** Next-to-last words of a news outlet's name before any head ("Fars News Agency"). */
  readonly newsOpeners: ReadonlySet<string>;
  /** Words that make an officer's rank ("Officer", "Sgt.") a police rank when one is near ("police", "sheriff"). */
  readonly policeCues: ReadonlySet<string>;
  /** Lower-case nouns that make a name in apposition or right before them a business or outlet → its sector ("Marrow Foods, the company that ..." → BUS, "the network Adult Swim." → JRN). */
  readonly companyNouns: ReadonlyMap<string, string>;
  /** Last words of a business's name ("Inc.", "LLC", "Group"): a name tagged as a person ending so is a business. */
  readonly companySuffixes: ReadonlySet<string>;
  /** Words that may follow the noun of such an apposition ("that", "which", "based"): anything else ("a company spokesman") makes it no apposition. */
  readonly clauseAfterCompany: ReadonlySet<string>;
  /** Lower-case nouns for works, vessels and instruments ("film", "show", "ship", "telescope"): after an article or possessive, the capitalised words after them name the work. */
  readonly workNouns: ReadonlySet<string>;
  /** Words right before a work noun that make it a common noun ("the", "his", "new"). */
  readonly workOpeners: ReadonlySet<string>;
  /** Words right before a quoted name that give someone a name ("known as", "dubbed"): the quotation is no work's title. */
  readonly namingWords: ReadonlySet<string>;
  /** Lower-case nouns right before a tagged name that make it a place ("the river Seine", "the town Yartsevo"). */
  readonly placeNouns: ReadonlySet<string>;
  /** Endings of one-word plural demonyms ("Parisiens", "Londoners" no; "Muscovites"): such a word names no person. */
  readonly pluralDemonymEndings: readonly string[];
  /** Endings of one-word doctrines ("Marxism", "Catholicism"): such a word names no person. */
  readonly doctrineEndings: readonly string[];
  /** Words that tell a person's gender right before the name or heading an apposition ("Mrs", "Queen", "wife", "spokesman"). */
  readonly genderWords: ReadonlyMap<string, Gender>;
  /** Verbs that report speech or thought ("said", "told", "believes"): their subject binds a "he"/"she" right after them ("Obama said he ..."). */
  readonly reportVerbs: ReadonlySet<string>;
  /** Prepositions and subordinators after which a name is not the subject of its sentence's main clause ("of", "after", "when"): a lesser antecedent of a pronoun in the next sentence. */
  readonly nonSubjectBefore: ReadonlySet<string>;
  /** A few unambiguous given names (folded, lower case) → gender. */
  readonly givenNames: ReadonlyMap<string, Gender>;
  /** More given names that tell a person's gender, for pronoun agreement only (not name boundaries). */
  readonly givenNameGenders: ReadonlyMap<string, Gender>;
}

export const ENTITY_LEXICON_RESOURCE = "entity-lexicon";

function stringMap(json: Record<string, unknown>, field: string): Map<string, string> {
  const v = json[field];
  const out = new Map<string, string>();
  if (v === undefined) return out;
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new ParleyError("E006", `entity lexicon: "${field}" must be an object`);
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (k.startsWith("_")) continue;
    if (typeof x !== "string") throw new ParleyError("E006", `entity lexicon: "${field}.${k}" must be a string`);
    out.set(k.toLowerCase(), x);
  }
  return out;
}

function genderMap(json: Record<string, unknown>, field: string): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const [k, v] of stringMap(json, field)) {
    if (v !== "male" && v !== "female") throw new ParleyError("E006", `entity lexicon: "${field}.${k}" must be "male" or "female"`);
    out.set(k, v);
  }
  return out;
}

function givenNames(json: Record<string, unknown>, field = "givenNames"): Map<string, Gender> {
  const out = new Map<string, Gender>();
  const v = json[field];
  if (v === undefined) return out;
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new ParleyError("E006", `entity lexicon: "${field}" must be an object`);
  const o = v as Record<string, unknown>;
  for (const g of ["male", "female"] as const) if (o[g] !== undefined) for (const n of strings(o, g)) out.set(n, g);
  return out;
}

/** An optional list of words as a set (empty when absent); entries starting "_comment" are notes, not words. */
function wordSet(json: Record<string, unknown>, field: string): Set<string> {
  return new Set(json[field] === undefined ? [] : strings(json, field).filter((w) => !w.startsWith("_comment")));
}

function strings(json: Record<string, unknown>, field: string): string[] {
  const v = json[field];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
    throw new ParleyError("E006", `entity lexicon: "${field}" must be a list of strings`);
  }
  return (v as string[]).map((s) => s.toLowerCase());
}

/**
 * Parse the lexicon's JSON (already `JSON.parse`d).
 * @example parseEntityLexicon(JSON.parse(readFileSync("data/lexicons/entities.json", "utf8")))
 */
export function parseEntityLexicon(json: unknown): EntityLexicon {
  if (!json || typeof json !== "object") throw new ParleyError("E006", "entity lexicon: not an object");
  const o = json as Record<string, unknown>;
  const pronouns = new Map<string, PronounInfo>();
  const raw = o.pronouns;
  if (!raw || typeof raw !== "object") throw new ParleyError("E006", 'entity lexicon: "pronouns" must be an object');
  for (const [word, info] of Object.entries(raw as Record<string, { gender?: string; number?: string; case?: string }>)) {
    const gender = info.gender === "male" || info.gender === "female" ? info.gender : undefined;
    pronouns.set(word.toLowerCase(), {
      ...(gender ? { gender } : {}),
      ...(info.case === "subject" ? { subject: true } : info.case === "object" ? { object: true } : {}),
      plural: info.number === "plural",
    });
  }
  return {
    pronouns,
    honorifics: new Set(strings(o, "honorifics")),
    locatives: new Set(strings(o, "locatives")),
    determiners: new Set(strings(o, "determiners")),
    nameParticles: new Set(strings(o, "nameParticles")),
    titleModifiers: new Set(strings(o, "titleModifiers")),
    bylineCues: strings(o, "bylineCues").map((c) => c.split(/\s+/)).sort((a, b) => b.length - a.length),
    nonNames: new Set(strings(o, "nonNames")),
    uniqueOffices: new Set(strings(o, "uniqueOffices")),
    titleHeads: new Set(strings(o, "titleHeads")),
    orgConnectors: new Set(strings(o, "orgConnectors")),
    bodyHeads: stringMap(o, "bodyHeads"),
    bodyOffices: stringMap(o, "bodyOffices"),
    nounAfterBody: new Set(o.nounAfterBody === undefined ? [] : strings(o, "nounAfterBody")),
    placeHeads: new Set(o.placeHeads === undefined ? [] : strings(o, "placeHeads")),
    featureHeads: new Set(o.featureHeads === undefined ? [] : strings(o, "featureHeads")),
    placeFirst: new Set(o.placeFirst === undefined ? [] : strings(o, "placeFirst")),
    placeNouns: new Set(o.placeNouns === undefined ? [] : strings(o, "placeNouns")),
    genericBodies: wordSet(o, "genericBodies"),
    firmHeads: wordSet(o, "firmHeads"),
    regionPlurals: wordSet(o, "regionPlurals"),
    thingBefore: wordSet(o, "thingBefore"),
    keptThings: wordSet(o, "keptThings"),
    nounAfterThing: wordSet(o, "nounAfterThing"),
    stateCues: wordSet(o, "stateCues"),
    stateOffices: wordSet(o, "stateOffices"),
    townOffices: wordSet(o, "townOffices"),
    townNouns: wordSet(o, "townNouns"),
    demonymOpeners: wordSet(o, "demonymOpeners"),
    languageNouns: wordSet(o, "languageNouns"),
    genericSeats: wordSet(o, "genericSeats"),
    thingHeads: wordSet(o, "thingHeads"),
    venueHeads: wordSet(o, "venueHeads"),
    looseBodyHeads: wordSet(o, "looseBodyHeads"),
    mediaHeads: wordSet(o, "mediaHeads"),
    titleBodyWords: stringMap(o, "titleBodyWords"),
    newsHeads: wordSet(o, "newsHeads"),
    bodyBoundOffices: wordSet(o, "bodyBoundOffices"),
    codingHeads: stringMap(o, "codingHeads"),
    newsOpeners: wordSet(o, "newsOpeners"),
    policeCues: wordSet(o, "policeCues"),
    companyNouns: stringMap(o, "companyNouns"),
    companySuffixes: wordSet(o, "companySuffixes"),
    clauseAfterCompany: wordSet(o, "clauseAfterCompany"),
    workNouns: wordSet(o, "workNouns"),
    workOpeners: wordSet(o, "workOpeners"),
    namingWords: wordSet(o, "namingWords"),
    pluralDemonymEndings: o.pluralDemonymEndings === undefined ? [] : strings(o, "pluralDemonymEndings"),
    doctrineEndings: o.doctrineEndings === undefined ? [] : strings(o, "doctrineEndings"),
    genderWords: genderMap(o, "genderWords"),
    reportVerbs: new Set(o.reportVerbs === undefined ? [] : strings(o, "reportVerbs")),
    nonSubjectBefore: wordSet(o, "nonSubjectBefore"),
    givenNames: givenNames(o),
    givenNameGenders: givenNames(o, "givenNameGenders"),
  };
}
