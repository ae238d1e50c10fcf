/**
 * What the entities stage needs from the knowledge base beyond its public API, built once
 * per `KnowledgeBase` and cached on it with a WeakMap: a fuzzy index of people's full names
 * bucketed by first letter (so a misspelt name is compared with a few dozen names, not all
 * of the KB), and a per-KB cache of fuzzy answers (names recur across articles).
 */
import { damerau, editConfidence, maxEdits } from "../../kb/fuzzy.js";
import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import { aliasTokens, fold, normalizeAlias, skeleton } from "../../kb/normalize.js";
import type { Person, Place } from "../../kb/types.js";

export interface PersonGuess {
  readonly person: Person;
  readonly distance: number;
  readonly confidence: number;
}

interface Entry {
  readonly key: string;
  readonly person: Person;
}

export interface KbIndex {
  readonly kb: KnowledgeBase;
  /** Full names (two tokens or more) by first letter of the folded key. */
  readonly byFirst: ReadonlyMap<string, readonly Entry[]>;
  readonly bySkeleton: ReadonlyMap<string, readonly Person[]>;
  readonly fuzzyCache: Map<string, readonly PersonGuess[]>;
  /** First tokens of every title form: the title matcher is only asked at these. */
  readonly titleFirst: ReadonlySet<string>;
  /** Folded name tokens of each person (name and aliases), made on first use. */
  readonly personTokens: Map<Person, string[]>;
  /** The KB's first-level regions (states, provinces) by country. */
  readonly regionsOf: ReadonlyMap<string, readonly Place[]>;
}

const foldMemo = new Map<string, string>();

/** `fold` with a memo (names and words recur across documents). */
export function foldCached(s: string): string {
  let f = foldMemo.get(s);
  if (f === undefined) {
    if (foldMemo.size > 100_000) foldMemo.clear();
    f = fold(s);
    foldMemo.set(s, f);
  }
  return f;
}

/** Folded name tokens of a person, of more than one letter. */
export function personTokens(idx: KbIndex, person: Person): string[] {
  let toks = idx.personTokens.get(person);
  if (!toks) {
    toks = [...new Set([person.name, ...person.aliases].flatMap((n) => normalizeAlias(n).split(" ")).filter((t) => t.length > 1))];
    idx.personTokens.set(person, toks);
  }
  return toks;
}

const cache = new WeakMap<KnowledgeBase, KbIndex>();

/** The index for a KB, built on first use. */
export function kbIndex(kb: KnowledgeBase): KbIndex {
  let idx = cache.get(kb);
  if (idx) return idx;
  const byFirst = new Map<string, Entry[]>();
  const bySkeleton = new Map<string, Person[]>();
  for (const person of kb.people) {
    for (const form of [person.name, ...person.aliases]) {
      const key = normalizeAlias(form);
      if (key.indexOf(" ") < 0 || key.length < 5) continue;
      const first = key[0]!;
      let list = byFirst.get(first);
      if (!list) byFirst.set(first, (list = []));
      list.push({ key, person });
      const sk = skeleton(key);
      let sl = bySkeleton.get(sk);
      if (!sl) bySkeleton.set(sk, (sl = []));
      if (!sl.includes(person)) sl.push(person);
    }
  }
  const titleFirst = new Set<string>();
  for (const t of kb.titleList) {
    const toks = aliasTokens(t.form);
    if (toks.length === 0) continue;
    titleFirst.add(toks[0]!);
    titleFirst.add(fold(toks[0]!));
    if (toks[0] === "the" && toks.length > 1) titleFirst.add(toks[1]!);
  }
  const regionsOf = new Map<string, Place[]>();
  for (const p of kb.places) {
    if (p.placeKind !== "region" || !p.country) continue;
    let list = regionsOf.get(p.country);
    if (!list) regionsOf.set(p.country, (list = []));
    list.push(p);
  }
  idx = { kb, byFirst, bySkeleton, fuzzyCache: new Map(), titleFirst, personTokens: new Map(), regionsOf };
  cache.set(kb, idx);
  return idx;
}

/**
 * People whose full name is close to `name` (edit distance, transliteration skeleton, any
 * letter case), best first, one per person. Cached per KB.
 * @example fuzzyPeople(kbIndex(kb), "Keir Starrer")[0].person.name // the KB's "Keir Starmer"
 */
export function fuzzyPeople(idx: KbIndex, name: string): readonly PersonGuess[] {
  const key = normalizeAlias(name);
  const hit = idx.fuzzyCache.get(key);
  if (hit) return hit;
  const best = new Map<Person, PersonGuess>();
  const offer = (person: Person, distance: number, confidence: number) => {
    const old = best.get(person);
    if (!old || old.confidence < confidence) best.set(person, { person, distance, confidence });
  };
  for (const person of idx.bySkeleton.get(skeleton(key)) ?? []) offer(person, damerau(key, fold(person.name)), 0.9);
  const max = maxEdits(key.length);
  if (max > 0 && key.length > 0) {
    for (const e of idx.byFirst.get(key[0]!) ?? []) {
      if (Math.abs(e.key.length - key.length) > max) continue;
      const d = damerau(key, e.key, max);
      if (d <= max) offer(e.person, d, editConfidence(d, key.length));
    }
  }
  const out = [...best.values()].sort((a, b) => b.confidence - a.confidence || a.distance - b.distance);
  if (idx.fuzzyCache.size > 50_000) idx.fuzzyCache.clear();
  idx.fuzzyCache.set(key, out);
  return out;
}

/** Great-circle distance in km between two KB places' coordinates. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r, dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * False when a town cannot lie in a region of its country: more than 800 km from the
 * region's centroid and more than twice as far as from another region's ("Portland, Maine"
 * is not the gazetteer's Portland, Oregon; "Brisbane, Queensland" and "El Paso, Texas" stay).
 */
export function mayLieIn(idx: KbIndex, town: Place, region: Place): boolean {
  const d = distanceKm(town, region);
  if (d <= 800) return true;
  for (const other of idx.regionsOf.get(region.country ?? "") ?? []) {
    if (other !== region && 2 * distanceKm(town, other) < d) return false;
  }
  return true;
}
