/**
 * The actors an event can have, indexed by token: every entity mention whose entity acts
 * for a country or an international body (a code in `country`). Places are kept apart:
 * "in Riad" names where something happened, not who did it.
 */
import type { EntityRecord, EntityType } from "../../doc/record.js";
import type { Tokens } from "../../text/types.js";

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
  /** Per token: 1 on a named person or organisation that acts for no country ("Sandra Inman"): a subject no event can code. */
  readonly people: Uint8Array;
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

/**
 * Index the entities layer by token.
 * @example buildActorIndex(doc.get(LAYERS.entities), doc.get(LAYERS.tokens))
 */
export function buildActorIndex(entities: readonly EntityRecord[], tokens: Tokens): ActorIndex {
  const actors: ActorMention[] = [];
  const places: PlaceMention[] = [];
  const all: { start: number; end: number }[] = [];
  const uncoded: { start: number; end: number }[] = [];
  const bySurface = new Map<string, EntityRecord>();
  for (const entity of entities) {
    const code = actorCode(entity);
    for (const m of entity.mentions) {
      all.push(m);
      if (!code && (entity.type === "person" || entity.type === "organization") && (m.via === "name" || m.via === "alias")) uncoded.push(m);
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
  mark(tokens, uncoded, people, () => 1);
  return { actors, places, actorAt, placeAt, named, people, bySurface };
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
