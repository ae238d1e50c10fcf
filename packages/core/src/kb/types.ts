/**
 * The knowledge base's record shapes, exactly as they are stored one per line in
 * `data/kb/*.jsonl` (see data/README.md). Ids are stable: `parley:<slug>`.
 */

/** PLOVER sector codes a KB record may carry. */
export const SECTORS = [
  "GOV", "LEG", "JUD", "MIL", "COP", "SPY", "OPP", "PTY", "BUS", "JRN", "MED", "NGO", "IGO",
  "REL", "REB", "CVL", "EDU", "LAB", "ELI", "AGR", "CRM", "ENV", "HLH", "REF", "SET", "SPT",
] as const;
export type Sector = (typeof SECTORS)[number];

/** A dated position a person holds (or held) for a country or an international body. */
export interface Role {
  /** The title as usually written ("Secretary of State"). */
  readonly title: string;
  /** Normalised, country-relative office key ("foreign-minister"); see data/kb/offices.jsonl. */
  readonly office: string;
  /** ISO3 of the country, or the code of the international body (UN, NATO, EU...). */
  readonly country: string;
  readonly sector: string;
  /** YYYY-MM-DD, inclusive; null = unknown (open). */
  readonly start: string | null;
  /** YYYY-MM-DD, exclusive (the day the next holder took over); null = still in office. */
  readonly end: string | null;
}

export interface Person {
  readonly kind: "person";
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly gender?: string;
  /** ISO3 of the country the person mostly acts for. */
  readonly country: string;
  readonly roles: readonly Role[];
}

export interface Organization {
  readonly kind: "organization";
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO3; absent for international bodies. */
  readonly country?: string;
  readonly sector: string;
  /** Code of an international body (UN, EU, NATO...) as used in event sources and targets. */
  readonly code?: string;
}

/** A country (kind "country") or a region or bloc with a CAMEO-style code (kind "region", EUR...). */
export interface Country {
  readonly kind: "country" | "region";
  readonly id: string;
  /** ISO 3166-1 alpha-3 (XKK for Kosovo), or the region code (EUR). */
  readonly iso3: string;
  readonly iso2?: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Names in other languages (Russland, Rusia...). */
  readonly foreign: readonly string[];
  /** Adjectives and nouns for its people ("Russian", "Russians"). */
  readonly demonyms: readonly string[];
  readonly capital?: string;
  /** Capitals and seats of government that stand for the government ("Moscow", "the Kremlin"). */
  readonly seats: readonly string[];
}

/** A gazetteer entry (a city, or one of our regions, waters and sites). */
export interface Place {
  readonly kind: "place";
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO3; absent for international waters. */
  readonly country?: string;
  readonly lat: number;
  readonly lon: number;
  readonly pop?: number;
  readonly capital?: boolean;
  /** "city" (the gazetteer), "region", "water" or "site". */
  readonly placeKind: string;
}

export type KbEntity = Person | Organization | Country | Place;

/** A title surface form and the office it names (data/kb/titles.jsonl). */
export interface Title {
  readonly form: string;
  readonly office: string;
  readonly sector: string;
  /** Where this reading applies (e.g. "Secretary of State" = foreign minister only in USA); absent = anywhere. */
  readonly countries?: readonly string[];
}

/** An office key with the offices to try when a country has no holder of it (data/kb/offices.jsonl). */
export interface Office {
  readonly office: string;
  readonly label: string;
  readonly fallback: readonly string[];
}

/** How a surface form names an entity. */
export type AliasVia = "name" | "alias" | "foreign" | "demonym" | "seat" | "capital" | "code";

/** One reading of a surface form. */
export interface AliasHit {
  readonly entity: KbEntity;
  readonly via: AliasVia;
  /** The alias as written in the KB ("US"). */
  readonly form: string;
  /**
   * True when the alias is an acronym in capitals ("US", "WHO", "IS"): a caller should
   * accept it only where the text has the same capitals, not "us" or "who".
   */
  readonly caps: boolean;
}

/** A person and the role that makes them the answer. */
export interface Holder {
  readonly person: Person;
  readonly role: Role;
}

/** A fuzzy lookup result. */
export interface FuzzyHit extends AliasHit {
  /** 1 for an exact (normalised) match, lower for transliteration variants and edits. */
  readonly confidence: number;
  /** Damerau (OSA) edit distance between the normalised query and `form`. */
  readonly distance: number;
  readonly match: "exact" | "translit" | "edit";
}
