/**
 * The actors an event can have, indexed by token: every entity mention whose entity acts
 * for a country or an international body (a code in `country`). Places are kept apart:
 * "in Riad" names where something happened, not who did it.
 */
import type { EntityRecord, EntityType } from "../../doc/record.js";
import type { Tokens } from "../../text/types.js";
import { TokenFlag, TokenKind } from "../../text/types.js";

export interface ActorMention {
  readonly start: number;
  readonly end: number;
  readonly entity: EntityRecord;
  /** ISO3 or IGO code. */
  readonly code: string;
  readonly via: string;
}

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly entity: EntityRecord;
}

export interface ActorIndex {
  readonly actors: readonly ActorMention[];
  readonly places: readonly PlaceMention[];
  /** Per token: index of the first actor mention overlapping it, or -1. */
  readonly actorAt: Int32Array;
  /** Per token: index of the first place mention overlapping it, or -1. */
  readonly placeAt: Int32Array;
  /** Per token: 1 when any entity mention (actor or not) covers it. */
  readonly named: Uint8Array;
  /** Per token: 1 on a named person, 2 on a named organisation, that acts for no country ("Sandra Inman", "ISIL"): a subject no event can code. */
  readonly people: Uint8Array;
  /** Per token: index into `unowned` of the named person or organisation no country owns that covers it, or -1. */
  readonly unownedAt: Int32Array;
  /** The persons and organisations of `unownedAt`, by mention. */
  readonly unowned: readonly EntityRecord[];
  /** Actor entities by the lower-cased text of their name mentions (for "Trump-Putin meeting"). */
  readonly bySurface: ReadonlyMap<string, EntityRecord>;
}

/** All actor mentions overlapping token `t`, in text order. */
export function actorsAt(index: ActorIndex, tokens: Tokens, t: number): ActorMention[] {
  const first = index.actorAt[t]!;
  if (first < 0) return [];
  const out: ActorMention[] = [];
  const end = tokens.end[t]!;
  const start = tokens.start[t]!;
  for (let k = first; k < index.actors.length && index.actors[k]!.start < end; k++) {
    if (index.actors[k]!.end > start) out.push(index.actors[k]!);
  }
  return out;
}

/**
 * A place acts when its people are spoken of ("European leaders", "Europe was not
 * invited"): a place named by a demonym is a polity (a region or country), not a city.
 */
function actorCode(entity: EntityRecord): string | undefined {
  if (entity.type === "place" && !entity.mentions.some((m) => m.via === "demonym")) return undefined;
  return entity.country || undefined;
}

function mark(tokens: Tokens, spans: readonly { start: number; end: number }[], into: Int32Array | Uint8Array, value: (k: number) => number): void {
  let t = 0;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    while (t < tokens.count && tokens.end[t]! <= s.start) t++;
    // spans are sorted by start, but a long span may reach back: search from the first token ending after s.start
    for (let u = t; u < tokens.count && tokens.start[u]! < s.end; u++) {
      if (into[u] === -1 || into instanceof Uint8Array) into[u] = value(k);
    }
  }
}

/** The token whose span holds `offset` (or the first after it). */
function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0, hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words that end a descriptor read leftwards from a name: function words, speech, clause openers. */
const NOT_DESCRIPTOR = new Set(["the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "that", "who", "which", "whom", "said", "says", "told", "tells", "when", "while", "after", "before", "than", "then", "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "not", "also", "against", "between", "into", "over", "about", "like", "including", "both", "its", "his", "her", "their", "our", "this", "these", "those"]);
const ARTICLES = new Set(["a", "an"]);

/**
 * The country of a person or organisation the entities layer left without one, from how the
 * text introduces it: a country, demonym or located place heading a short descriptor right
 * before the name ("Ohio man X", "Kenyan runner X", "Hungarian state-owned enterprise X",
 * "United States District Court Judge X"), an appositive demonym ("An Australian, X", "X, an
 * Australian"), or "X of <a located place or coded body>" ("X of Kobe, Japan"). Null when none.
 */
function introducedCode(entity: EntityRecord, tokens: Tokens, codeAt: readonly (string | null)[], demonymAt: Uint8Array, named: Uint8Array, introNouns: ReadonlySet<string>): string | null {
  for (const m of entity.mentions) {
    if (m.via !== "name" && m.via !== "alias") continue;
    const t0 = tokenAt(tokens, m.start);
    let t1 = t0;
    while (t1 < tokens.count && tokens.start[t1]! < m.end) t1++;
    if (t0 >= tokens.count || t1 <= t0) continue;
    // "An Australian, X": a demonym an article opens, then a comma
    if (t0 - 3 >= 0 && tokens.lower(t0 - 1) === "," && demonymAt[t0 - 2] && ARTICLES.has(tokens.lower(t0 - 3))) return codeAt[t0 - 2]!;
    // "Ohio man X", "Kenyan runner X", "Trump's lawyer X": up to three descriptor words back to a coded mention
    let plain = false;
    for (let k = t0 - 1, n = 0; k >= 0 && n < 4; k--, n++) {
      if (codeAt[k]) {
        // after a demonym or a possessive any descriptor; after a name of a country or place only title
        // words and nouns of a person or firm ("Ohio man X", not "Japan met X")
        if (demonymAt[k] || (n > 0 && (!plain || tokens.kind[k + 1] === TokenKind.Possessive))) return codeAt[k]!;
        break;
      }
      const w = tokens.lower(k);
      if (named[k] || NOT_DESCRIPTOR.has(w)) break;
      if (tokens.kind[k] === TokenKind.Possessive && n > 0) continue;
      if (tokens.kind[k] !== TokenKind.Word) break;
      if (!tokens.has(k, TokenFlag.Upper) && !introNouns.has(w)) {
        // a verb between a demonym and the name is no descriptor ("Turkish courts sentenced X")
        if (!w.includes("-") && (w.endsWith("ed") || w.endsWith("ing"))) break;
        plain = true;
      }
    }
    // "X, an Australian,": an appositive demonym after the name
    if (t1 + 2 < tokens.count && tokens.lower(t1) === "," && ARTICLES.has(tokens.lower(t1 + 1)) && demonymAt[t1 + 2]) return codeAt[t1 + 2]!;
    // "X of Kobe, Japan", "X of the University of Y": a located place or coded body after "of"
    if (t1 + 1 < tokens.count && tokens.lower(t1) === "of") {
      const k = tokens.lower(t1 + 1) === "the" ? t1 + 2 : t1 + 1;
      if (k < tokens.count && codeAt[k] && !demonymAt[k]) return codeAt[k]!;
    }
    // "X, the mayor of Davao City,", "X, a spokeswoman for the Y", "X, former vice-president of Namibia,": an appositive role of a located place or coded body
    if (t1 + 2 < tokens.count && tokens.lower(t1) === ",") {
      const first = tokens.lower(t1 + 1) === "the" || ARTICLES.has(tokens.lower(t1 + 1)) ? t1 + 2 : t1 + 1;
      for (let k = first, n = 0; k < tokens.count && n < 4; k++, n++) {
        const w = tokens.lower(k);
        if (w === "of" || w === "for") {
          const j = k + 1 < tokens.count && tokens.lower(k + 1) === "the" ? k + 2 : k + 1;
          if (n > 0 && j < tokens.count && codeAt[j] && !demonymAt[j]) return codeAt[j]!;
          break;
        }
        if (tokens.kind[k] !== TokenKind.Word || named[k] || NOT_DESCRIPTOR.has(w)) break;
      }
    }
  }
  return null;
}

/** Sectors of a state's own officials. */
const STATE_SECTORS = new Set(["GOV", "LEG", "JUD", "COP", "MIL"]);

/**
 * The country an article is about: the one its countries, demonyms and located places name most
 * often, at least three times and more often than any other; else null.
 */
function homeCountry(entities: readonly EntityRecord[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entities) {
    if ((e.type !== "country" && e.type !== "place") || !e.country) continue;
    counts.set(e.country, (counts.get(e.country) ?? 0) + e.mentions.length);
  }
  let best: string | null = null, n1 = 0, n2 = 0;
  for (const [code, n] of counts) {
    if (n > n1) {
      n2 = n1;
      n1 = n;
      best = code;
    } else if (n > n2) n2 = n;
  }
  return n1 >= 3 && n1 > n2 ? best : null;
}

/**
 * Index the entities layer by token.
 * `introNouns` (lexicon) are the nouns of a person or firm that may stand between a country's
 * name and an uncoded name to give it that country ("Ohio man X").
 * @example buildActorIndex(doc.get(LAYERS.entities), doc.get(LAYERS.tokens), lex.introNouns)
 */
export function buildActorIndex(entities: readonly EntityRecord[], tokens: Tokens, introNouns: ReadonlySet<string> = new Set()): ActorIndex {
  const actors: ActorMention[] = [];
  const places: PlaceMention[] = [];
  const all: { start: number; end: number }[] = [];
  const uncoded: { start: number; end: number; org: boolean; entity: EntityRecord }[] = [];
  const bySurface = new Map<string, EntityRecord>();
  // coded mentions and located places by token, for the countries of uncoded names
  const codeAt: (string | null)[] = new Array(tokens.count).fill(null);
  const demonymAt = new Uint8Array(tokens.count);
  const namedAt = new Uint8Array(tokens.count);
  const mentions: { start: number; end: number }[] = [];
  for (const entity of entities) for (const m of entity.mentions) mentions.push(m);
  mark(tokens, mentions.sort((a, b) => a.start - b.start || b.end - a.end), namedAt, () => 1);
  for (const entity of entities) {
    const code = entity.type === "place" ? entity.country || undefined : actorCode(entity);
    if (!code) continue;
    for (const m of entity.mentions) {
      if (m.via === "pronoun") continue;
      for (let u = tokenAt(tokens, m.start); u < tokens.count && tokens.start[u]! < m.end; u++) {
        codeAt[u] ??= code;
        if (m.via === "demonym") demonymAt[u] = 1;
      }
    }
  }
  const inferred = new Map<string, string>();
  const home = homeCountry(entities);
  for (const entity of entities) {
    if (actorCode(entity) || (entity.type !== "person" && entity.type !== "organization")) continue;
    // "Judge Paul Kellar", "former prime minister John Major": an official the text gives no country serves the article's own
    const code = introducedCode(entity, tokens, codeAt, demonymAt, namedAt, introNouns) ?? (home && entity.sector && STATE_SECTORS.has(entity.sector) ? home : null);
    if (code) inferred.set(entity.id, code);
  }
  for (const entity of entities) {
    const code = actorCode(entity) ?? inferred.get(entity.id);
    for (const m of entity.mentions) {
      all.push(m);
      if (!code && (entity.type === "person" || entity.type === "organization") && (m.via === "name" || m.via === "alias")) uncoded.push({ start: m.start, end: m.end, org: entity.type === "organization", entity });
      if (code) actors.push({ start: m.start, end: m.end, entity, code, via: m.via });
      if (code && (m.via === "name" || m.via === "alias") && m.text) bySurface.set(m.text.toLowerCase(), entity);
      if (entity.type === "place" && m.via !== "demonym") places.push({ start: m.start, end: m.end, entity });
    }
  }
  const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;
  actors.sort(byStart);
  places.sort(byStart);
  all.sort(byStart);
  uncoded.sort(byStart);
  const actorAt = new Int32Array(tokens.count).fill(-1);
  const placeAt = new Int32Array(tokens.count).fill(-1);
  const named = new Uint8Array(tokens.count);
  mark(tokens, actors, actorAt, (k) => k);
  mark(tokens, places, placeAt, (k) => k);
  mark(tokens, all, named, () => 1);
  const people = new Uint8Array(tokens.count);
  mark(tokens, uncoded, people, (k) => (uncoded[k]!.org ? 2 : 1));
  const unownedAt = new Int32Array(tokens.count).fill(-1);
  mark(tokens, uncoded, unownedAt, (k) => k);
  return { actors, places, actorAt, placeAt, named, people, unownedAt, unowned: uncoded.map((u) => u.entity), bySurface };
}

/**
 * Actors named inside a hyphenated compound token ("Trump-Putin", "US-Russia"), by the
 * surfaces the entities layer found elsewhere in the document.
 */
export function compoundActors(index: ActorIndex, tokens: Tokens, text: string, t: number): ActorMention[] {
  const start = tokens.start[t]!;
  const word = text.slice(start, tokens.end[t]!);
  if (!/[-–]/.test(word)) return [];
  const out: ActorMention[] = [];
  let at = start;
  for (const part of word.split(/[-–]/)) {
    const entity = index.bySurface.get(part.toLowerCase());
    if (entity?.country) out.push({ start: at, end: at + part.length, entity, code: entity.country, via: "name" });
    at += part.length + 1;
  }
  return out;
}

/** True when the mention's entity is one of `types` (or no restriction). */
export function typeOk(m: ActorMention, types: ReadonlySet<EntityType> | undefined): boolean {
  return !types || types.has(m.entity.type);
}
