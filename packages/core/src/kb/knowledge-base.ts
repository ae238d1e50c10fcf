/**
 * `KnowledgeBase`: the shipped actors, places and titles, indexed for the stages. Built by
 * `loadKnowledgeBase` (which validates); immutable afterwards. All name lookups go through
 * `normalizeAlias`: case- and diacritic-insensitive, a leading "the" optional.
 */
import { PhraseMatcher } from "./matcher.js";
import { aliasTokens, fold, normalizeAlias, skeleton, stripPeriods } from "./normalize.js";
import { damerau, editConfidence, maxEdits } from "./fuzzy.js";
import type {
  AliasHit, AliasVia, Country, FuzzyHit, Holder, KbEntity, Office, Organization, Person, Place, Role, Title,
} from "./types.js";

export type EntityKind = KbEntity["kind"];

/** Options of `KnowledgeBase.fuzzy`. */
export interface FuzzyOptions {
  /** Only these kinds (default: all). */
  readonly kinds?: readonly EntityKind[];
  /** Drop hits below this confidence (default 0.5). */
  readonly minConfidence?: number;
  /** At most this many hits (default 5), best first, one per entity. */
  readonly limit?: number;
}

/** The data a KnowledgeBase is built from (already validated). */
export interface KnowledgeBaseData {
  readonly countries: readonly Country[];
  readonly organizations: readonly Organization[];
  readonly people: readonly Person[];
  readonly places: readonly Place[];
  readonly titles: readonly Title[];
  readonly offices: readonly Office[];
}

interface FuzzyEntry {
  readonly key: string;
  readonly hit: AliasHit;
}

const ACRONYM = /^(?:[A-Z0-9]{2,5}|(?:[A-Z]\.){2,4})$/;

/** "2025-02-18" or "20250218" → "2025-02-18". */
export function toIsoDate(date: string): string {
  return /^\d{8}$/.test(date) ? `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}` : date;
}

/** True if the role is held on `date` (start inclusive, end exclusive, null = open). */
export function roleActive(role: Role, date: string): boolean {
  const d = toIsoDate(date);
  return (role.start === null || role.start <= d) && (role.end === null || d < role.end);
}

export class KnowledgeBase {
  readonly countries: readonly Country[];
  readonly organizations: readonly Organization[];
  readonly people: readonly Person[];
  readonly places: readonly Place[];
  readonly titleList: readonly Title[];
  readonly offices: ReadonlyMap<string, Office>;
  /** Every entity name and alias (people, organisations, countries, regions, places) over tokens. */
  readonly matcher = new PhraseMatcher<AliasHit>();
  /** Every title surface form over tokens. */
  readonly titleMatcher = new PhraseMatcher<Title>();

  private readonly byId = new Map<string, KbEntity>();
  private readonly byCodeMap = new Map<string, Country | Organization>();
  private readonly byKey = new Map<string, AliasHit[]>();
  private readonly bySkeleton = new Map<string, AliasHit[]>();
  private readonly fuzzyEntries: FuzzyEntry[] = [];
  private readonly titlesByKey = new Map<string, Title[]>();
  private readonly holders = new Map<string, Holder[]>();

  constructor(data: KnowledgeBaseData) {
    this.countries = data.countries;
    this.organizations = data.organizations;
    this.people = data.people;
    this.places = data.places;
    this.titleList = data.titles;
    this.offices = new Map(data.offices.map((o) => [o.office, o]));

    for (const c of data.countries) {
      this.byId.set(c.id, c);
      this.byCodeMap.set(c.iso3, c);
      if (c.iso2) this.byCodeMap.set(c.iso2, c);
      this.addName(c, c.name, "name");
      for (const a of c.aliases) this.addName(c, a, "alias");
      for (const a of c.foreign) this.addName(c, a, "foreign", false);
      for (const a of c.demonyms) this.addName(c, a, "demonym", false);
      for (const a of c.seats) this.addName(c, a, "seat", false);
    }
    for (const o of data.organizations) {
      this.byId.set(o.id, o);
      if (o.code && !o.country && !this.byCodeMap.has(o.code) && o.sector === "IGO") this.byCodeMap.set(o.code, o);
      this.addName(o, o.name, "name");
      for (const a of o.aliases) this.addName(o, a, "alias");
    }
    for (const p of data.people) {
      this.byId.set(p.id, p);
      this.addName(p, p.name, "name");
      for (const a of p.aliases) this.addName(p, a, "alias");
      for (const role of p.roles) {
        const k = `${role.country}|${role.office}`;
        let list = this.holders.get(k);
        if (!list) this.holders.set(k, (list = []));
        list.push({ person: p, role });
      }
    }
    for (const pl of data.places) {
      this.byId.set(pl.id, pl);
      this.addName(pl, pl.name, "name", pl.placeKind !== "city");
      for (const a of pl.aliases) this.addName(pl, a, "alias", pl.placeKind !== "city");
    }
    for (const list of this.holders.values()) list.sort((a, b) => (b.role.start ?? "").localeCompare(a.role.start ?? ""));
    for (const t of data.titles) {
      const key = normalizeAlias(t.form);
      let list = this.titlesByKey.get(key);
      if (!list) this.titlesByKey.set(key, (list = []));
      list.push(t);
      this.titleMatcher.add(t.form, t);
    }
  }

  private addName(entity: KbEntity, form: string, via: AliasVia, fuzzy = true): void {
    const caps = ACRONYM.test(form.replace(/^the /i, ""));
    const hit: AliasHit = { entity, via, form, caps };
    const toks = aliasTokens(form);
    this.matcher.addTokenized(toks, hit);
    const folded = toks.map(fold);
    if (folded.length > 1 && folded[0] === "the") folded.shift();
    const key = folded.join(" ");
    for (const k of new Set([key, stripPeriods(key)])) push(this.byKey, k, hit);
    if (fuzzy && !caps && key.length >= 4) {
      this.fuzzyEntries.push({ key, hit });
      push(this.bySkeleton, skeleton(key), hit);
    }
  }

  /** The entity with this id (`parley:sergei-lavrov`). */
  get(id: string): KbEntity | undefined {
    return this.byId.get(id);
  }

  /**
   * Every reading of a name, exact after normalisation (case, diacritics, a leading "the",
   * periods in abbreviations): one hit per entity (its best way of being named), persons
   * first, then organisations, countries, regions, places.
   * @example kb.lookup("the Kremlin").map((h) => h.via) // ["name", "seat"]: the organisation, then Russia
   */
  lookup(name: string, kinds?: readonly EntityKind[]): AliasHit[] {
    const key = normalizeAlias(name);
    const hits = [...(this.byKey.get(key) ?? [])];
    const bare = stripPeriods(key);
    if (bare !== key) for (const h of this.byKey.get(bare) ?? []) if (!hits.includes(h)) hits.push(h);
    const seen = new Map<KbEntity, AliasHit>();
    for (const h of hits) {
      if (kinds && !kinds.includes(h.entity.kind)) continue;
      const old = seen.get(h.entity);
      if (!old || VIA_ORDER[h.via] < VIA_ORDER[old.via]) seen.set(h.entity, h);
    }
    return [...seen.values()].sort(byKind);
  }

  /** A country or region by code (RUS, RU, EUR), name, alias, demonym, capital or seat of government. */
  country(nameOrCode: string): Country | undefined {
    const byCode = this.byCodeMap.get(nameOrCode);
    if (byCode && byCode.kind !== "organization") return byCode;
    const hit = this.lookup(nameOrCode, ["country", "region"])[0];
    return hit?.entity as Country | undefined;
  }

  /** The country, region or international body an event code stands for (RUS, EUR, NATO, UN). */
  byCode(code: string): Country | Organization | undefined {
    return this.byCodeMap.get(code);
  }

  /** People, in the order of the data. */
  person(name: string): Person | undefined {
    return this.lookup(name, ["person"])[0]?.entity as Person | undefined;
  }

  /**
   * Gazetteer lookup (our alias file included): places with that name, most populous first.
   * @example kb.place("Riad")[0].name === "Riyadh"
   */
  place(name: string): Place[] {
    return this.lookup(name, ["place"]).map((h) => h.entity as Place)
      .filter((p, i, all) => all.indexOf(p) === i)
      .sort((a, b) => (b.pop ?? 0) - (a.pop ?? 0));
  }

  /** The roles a person holds on a date (YYYY-MM-DD or YYYYMMDD). */
  rolesAt(person: Person, date: string): Role[] {
    return person.roles.filter((r) => roleActive(r, date));
  }

  /**
   * Everyone holding an office of a country (or international body) on a date, most
   * recent start first, without fallback.
   */
  officeHolders(country: string, office: string, date: string): Holder[] {
    return (this.holders.get(`${country}|${office}`) ?? []).filter((h) => roleActive(h.role, date));
  }

  /**
   * Who held `office` for `country` on `date`. When nobody did, the office's fallbacks are
   * tried in order (a presidential republic's "head-of-government" is its president).
   * @example kb.officeHolder("USA", "foreign-minister", "2025-02-18")?.person.name // the Secretary of State then
   */
  officeHolder(country: string, office: string, date: string): Holder | null {
    const tried = [office, ...(this.offices.get(office)?.fallback ?? [])];
    for (const o of tried) {
      const found = this.officeHolders(country, o, date);
      if (found.length > 0) return found[0];
    }
    return null;
  }

  /** Every reading of a title surface form ("Chancellor" → head of government in DEU, finance minister in GBR). */
  titles(form: string): Title[] {
    return this.titlesByKey.get(normalizeAlias(form)) ?? [];
  }

  /**
   * The reading of a title for a country: one restricted to that country if any, else the
   * general one. `undefined` when the title does not exist there.
   */
  title(form: string, country?: string): Title | undefined {
    const all = this.titles(form);
    if (country) {
      const own = all.find((t) => t.countries?.includes(country));
      if (own) return own;
    }
    return all.find((t) => !t.countries);
  }

  /** An office's definition (label, fallbacks). */
  office(key: string): Office | undefined {
    return this.offices.get(key);
  }

  /**
   * Fuzzy name lookup for misspelt, mis-cased or differently transliterated names:
   * exact normalised match (confidence 1), transliteration skeleton (0.9), then Damerau
   * edit distance ≤ 1 for names of 5+ characters, ≤ 2 for 9+ (0.3–0.85 by length).
   * One hit per entity, best first.
   * @example kb.fuzzy("Sir Keir Starrer")[0] // { entity: <the UK Labour leader>, match: "edit", distance: 1 }
   */
  fuzzy(name: string, options: FuzzyOptions = {}): FuzzyHit[] {
    const { kinds, minConfidence = 0.5, limit = 5 } = options;
    const key = normalizeAlias(name);
    const best = new Map<KbEntity, FuzzyHit>();
    const offer = (hit: AliasHit, confidence: number, distance: number, match: FuzzyHit["match"]) => {
      if (kinds && !kinds.includes(hit.entity.kind)) return;
      if (confidence < minConfidence) return;
      const old = best.get(hit.entity);
      if (!old || old.confidence < confidence) best.set(hit.entity, { ...hit, confidence, distance, match });
    };
    for (const hit of this.lookup(name)) offer(hit, 1, 0, "exact");
    if (best.size === 0) {
      for (const hit of this.bySkeleton.get(skeleton(key)) ?? []) offer(hit, 0.9, damerau(key, fold(hit.form)), "translit");
      const max = maxEdits(key.length);
      if (max > 0) {
        for (const e of this.fuzzyEntries) {
          if (Math.abs(e.key.length - key.length) > max) continue;
          const d = damerau(key, e.key, max);
          if (d <= max) offer(e.hit, editConfidence(d, key.length), d, "edit");
        }
      }
    }
    return [...best.values()]
      .sort((a, b) => b.confidence - a.confidence || a.distance - b.distance || byKind(a, b) || popularity(b.entity) - popularity(a.entity))
      .slice(0, limit);
  }

  /** Counts for reports. */
  stats(): Record<string, number> {
    return {
      countries: this.countries.filter((c) => c.kind === "country").length,
      regions: this.countries.filter((c) => c.kind === "region").length,
      organizations: this.organizations.length,
      people: this.people.length,
      roles: this.people.reduce((n, p) => n + p.roles.length, 0),
      places: this.places.length,
      titles: this.titleList.length,
      offices: this.offices.size,
      phrases: this.matcher.size,
    };
  }
}

const VIA_ORDER: Record<AliasVia, number> = { name: 0, code: 1, alias: 2, seat: 3, capital: 4, demonym: 5, foreign: 6 };
const KIND_ORDER: Record<EntityKind, number> = { person: 0, organization: 1, country: 2, region: 3, place: 4 };
function byKind(a: AliasHit, b: AliasHit): number {
  return KIND_ORDER[a.entity.kind] - KIND_ORDER[b.entity.kind];
}
function popularity(e: KbEntity): number {
  return e.kind === "place" ? e.pop ?? 0 : e.kind === "person" ? e.roles.length : 0;
}
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}
