/**
 * `loadKnowledgeBase`: reads `data/kb/*.jsonl` through an injected reader (the core does no
 * I/O), validates every record and builds the indexed `KnowledgeBase`.
 */
import { ParleyError } from "../errors.js";
import { KnowledgeBase } from "./knowledge-base.js";
import type { Country, Office, Organization, Person, Place, Role, Title } from "./types.js";
import { SECTORS } from "./types.js";
import { parseJsonl, type RecordCheck } from "./validate.js";

/** The files read, relative to the data directory (`data/` in the repository). */
export const KB_FILES = {
  countries: "kb/countries.jsonl",
  organizations: "kb/organizations.jsonl",
  people: "kb/people.jsonl",
  titles: "kb/titles.jsonl",
  offices: "kb/offices.jsonl",
  places: "kb/places.jsonl",
  placesExtra: "kb/places-extra.jsonl",
  subdivisions: "kb/subdivisions.jsonl",
  placeAliases: "kb/place-aliases.jsonl",
} as const;

export interface LoadOptions {
  /** Skip the city gazetteer (places.jsonl; our own places and aliases are still read). */
  readonly skipGazetteer?: boolean;
  /** Extra people files (e.g. an import) read after people.jsonl, same schema. */
  readonly extraPeople?: readonly string[];
  /** Prefix of file names in error messages (default "data/"). */
  readonly label?: string;
}

/**
 * Read, validate and index the knowledge base.
 * @param read returns the text of a file given its path relative to the data directory
 *   (`kb/people.jsonl`; `dataReader()` of @parley/runtime is one)
 * @throws ParleyError E006 naming file, line and field for the first bad record
 * @example
 * const kb = loadKnowledgeBase((rel) => readFileSync(join(root, "data", rel), "utf8"));
 * kb.officeHolder("RUS", "foreign-minister", "2025-02-18")?.person.name
 */
export function loadKnowledgeBase(read: (relPath: string) => string, options: LoadOptions = {}): KnowledgeBase {
  const label = options.label ?? "data/";
  const recs = (file: string) => parseJsonl(label + file, read(file));
  const ids = new Map<string, string>();
  const claimId = (r: RecordCheck): string => {
    const id = r.id();
    const first = ids.get(id);
    if (first) r.fail("id", `"${id}" is already used at ${first}`);
    ids.set(id, r.where);
    return id;
  };

  const offices = recs(KB_FILES.offices).map((r): Office => ({
    office: r.str("office"), label: r.str("label"), fallback: r.strs("fallback"),
  }));
  const officeKeys = new Set(offices.map((o) => o.office));
  recs(KB_FILES.offices).forEach((r, i) => offices[i].fallback.forEach((f, j) => {
    if (!officeKeys.has(f)) r.fail(`fallback[${j}]`, `"${f}" is not a known office`);
  }));

  const countries = recs(KB_FILES.countries).map((r): Country => ({
    kind: r.oneOf("kind", ["country", "region"] as const),
    id: claimId(r),
    iso3: (() => {
      const c = r.str("iso3");
      if (!/^[A-Z]{3}$/.test(c)) r.fail("iso3", `"${c}" is not three capital letters`);
      return c;
    })(),
    iso2: r.optStr("iso2"),
    name: r.str("name"),
    aliases: r.strs("aliases"),
    foreign: r.strs("foreign"),
    demonyms: r.strs("demonyms"),
    capital: r.optStr("capital"),
    seats: r.strs("seats"),
  }));
  const countryCodes = new Set(countries.map((c) => c.iso3));
  const sectors = new Set<string>(SECTORS);

  const organizations = recs(KB_FILES.organizations).map((r): Organization => {
    const country = r.optStr("country");
    if (country !== undefined && !countryCodes.has(country)) r.fail("country", `"${country}" is not a known country code`);
    return {
      kind: "organization", id: claimId(r), name: r.str("name"), aliases: r.strs("aliases"),
      country, sector: r.oneOf("sector", sectors), code: r.optStr("code"),
    };
  });
  // Role and title countries: ISO3 countries, regions and the codes of international bodies.
  const actorCodes = new Set([...countryCodes, ...organizations.flatMap((o) => (o.code ? [o.code] : []))]);

  const readPeople = (file: string) => recs(file).map((r): Person => {
    const country = r.str("country");
    if (!actorCodes.has(country)) r.fail("country", `"${country}" is not a known country or body code`);
    const rawRoles: unknown[] = Array.isArray(r.rec.roles) ? r.rec.roles : r.fail("roles", "is not an array");
    const roles = rawRoles.map((raw: unknown, i: number): Role => {
      const f = `roles[${i}]`;
      if (typeof raw !== "object" || raw === null) r.fail(f, "is not an object");
      const role = raw as Record<string, unknown>;
      const start = r.date(`${f}.start`, role.start);
      const end = r.date(`${f}.end`, role.end);
      if (start && end && end < start) r.fail(`${f}.end`, "is before its start");
      const rc = r.str(`${f}.country`, role.country);
      if (!actorCodes.has(rc)) r.fail(`${f}.country`, `"${rc}" is not a known country or body code`);
      return {
        title: r.str(`${f}.title`, role.title),
        office: r.oneOf(`${f}.office`, officeKeys, role.office),
        country: rc,
        sector: r.oneOf(`${f}.sector`, sectors, role.sector),
        start, end,
      };
    });
    const gender = r.optStr("gender");
    return { kind: "person", id: claimId(r), name: r.str("name"), aliases: r.strs("aliases"), ...(gender ? { gender } : {}), country, roles };
  });
  const people = [KB_FILES.people, ...(options.extraPeople ?? [])].flatMap(readPeople);

  const titles = recs(KB_FILES.titles).map((r): Title => {
    const countries = r.rec.countries === undefined ? undefined : r.strs("countries");
    countries?.forEach((c, i) => {
      if (!actorCodes.has(c)) r.fail(`countries[${i}]`, `"${c}" is not a known country code`);
    });
    return {
      form: r.str("form"), office: r.oneOf("office", officeKeys), sector: r.oneOf("sector", sectors),
      ...(countries ? { countries } : {}),
    };
  });

  const places: (Place & { aliases: string[] })[] = [];
  const placeRecord = (r: RecordCheck, placeKind: string) => {
    const country = r.optStr("country");
    if (country !== undefined && !countryCodes.has(country)) r.fail("country", `"${country}" is not a known country code`);
    const lat = r.num("lat");
    const lon = r.num("lon");
    if (lat < -90 || lat > 90) r.fail("lat", "is out of range");
    if (lon < -180 || lon > 180) r.fail("lon", "is out of range");
    const pop = r.rec.pop === undefined ? undefined : r.num("pop");
    places.push({
      kind: "place", id: claimId(r), name: r.str("name"), aliases: [...r.strs("aliases")], country, lat, lon,
      ...(pop !== undefined ? { pop } : {}), ...(r.rec.capital === true ? { capital: true } : {}),
      placeKind: r.optStr("kind") ?? placeKind,
    });
  };
  if (!options.skipGazetteer) recs(KB_FILES.places).forEach((r) => placeRecord(r, "city"));
  recs(KB_FILES.placesExtra).forEach((r) => placeRecord(r, "region"));
  recs(KB_FILES.subdivisions).forEach((r) => placeRecord(r, "region"));
  const placeByName = new Map<string, (typeof places)[number]>();
  for (const p of places) {
    const k = `${p.name}|${p.country ?? ""}`;
    const old = placeByName.get(k);
    if (!old || (old.pop ?? 0) < (p.pop ?? 0)) placeByName.set(k, p);
  }
  for (const r of recs(KB_FILES.placeAliases)) {
    const alias = r.str("alias");
    const target = placeByName.get(`${r.str("name")}|${r.optStr("country") ?? ""}`);
    if (!target) {
      if (options.skipGazetteer) continue;
      r.fail("name", `"${r.rec.name}" (${r.rec.country}) is not a place in the gazetteer`);
    }
    if (!target) continue;
    if (!target.aliases.includes(alias)) target.aliases.push(alias);
  }

  if (people.length === 0) throw new ParleyError("E006", `${label}${KB_FILES.people}: no people`);
  return new KnowledgeBase({ countries, organizations, people, places, titles, offices });
}
