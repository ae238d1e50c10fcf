/**
 * Where an event happened: a place after "in"/"at"/"near" in the trigger's sentence,
 * taken from the entities layer (place entities, or a country named as a location) and
 * completed with coordinates from the knowledge base's gazetteer when it is present.
 */
import type { PlaceRecord } from "../../doc/record.js";
import type { Tokens } from "../../text/types.js";
import { actorsAt, type ActorIndex } from "./actors.js";

/** What the events stage needs from the knowledge base: a gazetteer lookup by name. */
export interface PlaceLookup {
  /** `country`: only a place of that country (the entities stage already chose "Virginia", USA, over a town abroad). */
  (name: string, country?: string): PlaceRecord | null;
}

const DIRECTION = /^(north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|northeast|northwest|southeast|southwest)$/;
const LOCATIVE = new Set(["in", "at", "near", "outside", "inside", "into", "across", "throughout", "enter", "entering", "entered"]);

export interface PlaceHit {
  readonly t: number;
  readonly place: PlaceRecord;
}

/** Every located place in tokens [s0, s1). */
export function findPlaces(tokens: Tokens, index: ActorIndex, text: string, s0: number, s1: number, lookup: PlaceLookup | null): PlaceHit[] {
  const out: PlaceHit[] = [];
  for (let i = s0; i + 1 < s1; i++) {
    if (!LOCATIVE.has(tokens.lower(i))) continue;
    // "the Houthi movement in Yemen": a place of an actor's own country right after it says where the actor is, not where the event is
    const before = i > s0 && index.actorAt[i - 1]! >= 0 ? index.actors[index.actorAt[i - 1]!]!.code : null;
    let j = i + 1;
    if (tokens.lower(j) === "the") j++;
    // "into north-eastern Syria", "in northern Iraq"
    if (j < s1 && DIRECTION.test(tokens.lower(j))) j++;
    if (j >= s1) break;
    const p = index.placeAt[j]!;
    if (p >= 0) {
      const m = index.places[p]!;
      if (before && before === m.entity.country) continue;
      const surface = text.slice(m.start, m.end);
      // "in Oxfordshire, England": a place the entities left without a country takes the one the next name gives
      const country = m.entity.country ?? countryAfter(tokens, index, p, j, s1);
      const found = lookup?.(m.entity.name, country) ?? lookup?.(surface, country) ?? null;
      out.push({ t: j, place: found ?? { name: m.entity.name, ...(country ? { country } : {}) } });
      continue;
    }
    const actors = actorsAt(index, tokens, j);
    const country = actors.find((a) => a.entity.type === "country" && a.via !== "demonym");
    if (country && before === country.code) continue;
    if (country) {
      const surface = text.slice(country.start, country.end);
      const found = lookup?.(surface) ?? null;
      out.push({ t: j, place: found ?? { name: country.entity.name, country: country.code } });
      continue;
    }
    if (lookup && tokens.has(j, 1) && !index.named[j]) {
      const found = lookup(tokens.text(j));
      if (found) out.push({ t: j, place: found });
    }
  }
  return out;
}

/** The country of a place or country named right after the place mention `p` (from token j) and a comma. */
function countryAfter(tokens: Tokens, index: ActorIndex, p: number, j: number, s1: number): string | undefined {
  let k = j;
  while (k < s1 && index.placeAt[k] === p) k++;
  if (k + 1 >= s1 || tokens.lower(k) !== ",") return undefined;
  const q = index.placeAt[k + 1]!;
  if (q >= 0 && index.places[q]!.entity.country) return index.places[q]!.entity.country;
  return actorsAt(index, tokens, k + 1).find((a) => a.entity.type === "country" && a.via !== "demonym")?.code;
}

/** The place nearest to the trigger at token t0 in the same sentence, or null. */
export function nearestPlace(hits: readonly PlaceHit[], t0: number): PlaceRecord | null {
  let best: PlaceHit | null = null;
  for (const h of hits) if (!best || Math.abs(h.t - t0) < Math.abs(best.t - t0)) best = h;
  return best && Math.abs(best.t - t0) <= 12 ? best.place : null;
}

/**
 * Adapt whatever the knowledge base offers into a PlaceLookup (duck-typed, so the
 * events stage does not depend on the KB module's internals).
 */
export function placeLookupFrom(kb: unknown): PlaceLookup | null {
  if (!kb || typeof kb !== "object") return null;
  const o = kb as Record<string, unknown>;
  for (const name of ["place", "findPlace", "lookupPlace", "placeByName"]) {
    const f = o[name];
    if (typeof f === "function") {
      return (s: string, country?: string) => {
        const r = (f as (n: string) => unknown).call(kb, s) as Record<string, unknown> | null | undefined;
        const all = (Array.isArray(r) ? r : r ? [r] : []) as Record<string, unknown>[];
        const hit = country ? all.find((h) => h.country === country) : all[0];
        if (!hit || typeof hit.name !== "string") return null;
        return {
          name: hit.name,
          ...(typeof hit.country === "string" ? { country: hit.country } : {}),
          ...(typeof hit.lat === "number" ? { lat: hit.lat } : {}),
          ...(typeof hit.lon === "number" ? { lon: hit.lon } : {}),
        };
      };
    }
  }
  return null;
}
