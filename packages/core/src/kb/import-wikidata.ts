/**
 * A pure parser for Wikidata JSON entities (the dump format: an array of entities, one
 * per line inside "[" "]" with trailing commas, or Special:EntityData's `{entities: {...}}`)
 * into our people schema. Reads labels, aliases, P21 (sex), P27 (citizenship) and P39
 * (position held) with its P580 (start) / P582 (end) qualifiers. Positions and countries
 * present in the same input give their labels, P17/P1001 (country, jurisdiction) and P298
 * (ISO alpha-3); the rest falls back to the options.
 */
import { ParleyError } from "../errors.js";
import type { KnowledgeBase } from "./knowledge-base.js";
import { aliasTokens } from "./normalize.js";
import type { Person, Role } from "./types.js";

/** How a position's label becomes an office key and a sector, given its country. */
export type OfficeResolver = (positionLabel: string, country: string | undefined) => { office: string; sector: string } | undefined;

export interface WikidataOptions {
  /** Label language (default "en"). */
  readonly lang?: string;
  /** Wikidata country QID → ISO3, for countries not in the input (e.g. { Q30: "USA" }). */
  readonly countries?: Readonly<Record<string, string>>;
  /** Maps a position label to an office (e.g. from the KB's titles lexicon). */
  readonly resolveOffice?: OfficeResolver;
}

export interface WikidataResult {
  readonly people: Person[];
  /** Things skipped, for the user ("Q123: P39 claim without a value"). */
  readonly warnings: string[];
}

interface Snak { datavalue?: { value?: unknown } }
interface Claim { mainsnak?: Snak; qualifiers?: Record<string, Snak[]>; rank?: string }
interface Entity {
  id?: string;
  labels?: Record<string, { value: string }>;
  aliases?: Record<string, { value: string }[]>;
  claims?: Record<string, Claim[]>;
}

const HUMAN = "Q5";
const GENDER: Record<string, string> = { Q6581097: "male", Q6581072: "female" };

/** Parse the whole input into entities, whatever of the three layouts it has. */
export function parseWikidataEntities(text: string): Entity[] {
  const trimmed = text.trim();
  try {
    const json = JSON.parse(trimmed) as unknown;
    if (Array.isArray(json)) return json as Entity[];
    if (json && typeof json === "object" && "entities" in json) return Object.values((json as { entities: Record<string, Entity> }).entities);
    if (json && typeof json === "object" && "id" in json) return [json as Entity];
  } catch {
    // fall through to the line-by-line dump layout
  }
  const out: Entity[] = [];
  trimmed.split("\n").forEach((raw, i) => {
    const line = raw.trim().replace(/,$/, "");
    if (line === "" || line === "[" || line === "]") return;
    try {
      out.push(JSON.parse(line) as Entity);
    } catch (err) {
      throw new ParleyError("E008", `wikidata line ${i + 1}: ${(err as Error).message}`);
    }
  });
  return out;
}

const idOf = (snak: Snak | undefined): string | undefined => {
  const v = snak?.datavalue?.value as { id?: string } | undefined;
  return typeof v?.id === "string" ? v.id : undefined;
};
const strOf = (snak: Snak | undefined): string | undefined => {
  const v = snak?.datavalue?.value;
  return typeof v === "string" ? v : undefined;
};

/** "+2017-01-20T00:00:00Z" → "2017-01-20"; month or day precision filled with 01. */
export function wikidataDate(snak: Snak | undefined): string | null {
  const v = snak?.datavalue?.value as { time?: string } | undefined;
  const m = v?.time ? /^\+?(\d{4})-(\d{2})-(\d{2})/.exec(v.time) : null;
  if (!m) return null;
  return `${m[1]}-${m[2] === "00" ? "01" : m[2]}-${m[3] === "00" ? "01" : m[3]}`;
}

const slug = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/**
 * Convert Wikidata entities to people with dated roles.
 * @example importWikidata(readFileSync("dump.json", "utf8"), { resolveOffice }).people[0].roles
 */
export function importWikidata(text: string, options: WikidataOptions = {}): WikidataResult {
  const lang = options.lang ?? "en";
  const entities = parseWikidataEntities(text);
  const byId = new Map(entities.filter((e) => e.id).map((e) => [e.id!, e]));
  const label = (e: Entity | undefined) => e?.labels?.[lang]?.value;
  const claims = (e: Entity | undefined, p: string) => e?.claims?.[p] ?? [];
  const iso3 = (qid: string | undefined): string | undefined => {
    if (!qid) return undefined;
    return options.countries?.[qid] ?? strOf(claims(byId.get(qid), "P298")[0]?.mainsnak);
  };
  const warnings: string[] = [];
  const people: Person[] = [];
  for (const e of entities) {
    if (!claims(e, "P31").some((c) => idOf(c.mainsnak) === HUMAN)) continue;
    const name = label(e);
    if (!name || !e.id) {
      warnings.push(`${e.id ?? "?"}: no ${lang} label`);
      continue;
    }
    const citizenship = claims(e, "P27").map((c) => iso3(idOf(c.mainsnak))).find(Boolean);
    const roles: Role[] = [];
    for (const c of claims(e, "P39")) {
      if (c.rank === "deprecated") continue;
      const pos = idOf(c.mainsnak);
      if (!pos) {
        warnings.push(`${e.id}: P39 claim without a value`);
        continue;
      }
      const posEntity = byId.get(pos);
      const title = label(posEntity) ?? pos;
      const country = iso3(idOf(claims(posEntity, "P17")[0]?.mainsnak)) ?? iso3(idOf(claims(posEntity, "P1001")[0]?.mainsnak)) ?? citizenship;
      const resolved = options.resolveOffice?.(title, country);
      if (!country) warnings.push(`${e.id}: no country for position ${pos} (${title})`);
      roles.push({
        title,
        office: resolved?.office ?? slug(title),
        country: country ?? "",
        sector: resolved?.sector ?? "GOV",
        start: wikidataDate(c.qualifiers?.P580?.[0]),
        end: wikidataDate(c.qualifiers?.P582?.[0]),
      });
    }
    const gender = GENDER[idOf(claims(e, "P21")[0]?.mainsnak) ?? ""];
    const aliases = [...new Set((e.aliases?.[lang] ?? []).map((a) => a.value).filter((a) => a !== name))];
    people.push({
      kind: "person", id: `parley:${slug(name)}`, name, aliases, ...(gender ? { gender } : {}),
      country: citizenship ?? roles.find((r) => r.country)?.country ?? "", roles,
    });
  }
  return { people, warnings };
}

/**
 * An `OfficeResolver` from the KB's titles lexicon: the longest title inside the position's
 * label that has a reading for the country ("United States Secretary of State" → foreign-minister).
 */
export function titleOfficeResolver(kb: KnowledgeBase): OfficeResolver {
  return (positionLabel, country) => {
    const toks = aliasTokens(positionLabel);
    let best: { office: string; sector: string; len: number } | undefined;
    for (let i = 0; i < toks.length; i++) {
      for (let end = toks.length; end > i; end--) {
        const entries = kb.titleMatcher.entriesOf(toks, i, end);
        if (!entries) continue;
        const title = kb.title(entries[0].form, country);
        if (title && (!best || end - i > best.len)) best = { office: title.office, sector: title.sector, len: end - i };
        break;
      }
    }
    return best && { office: best.office, sector: best.sector };
  };
}
