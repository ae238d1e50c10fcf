/**
 * A pure parser for PETRARCH / Phoenix actor dictionaries (`*.actors.txt`) into our people
 * schema. A record is a primary phrase (`VLADIMIR_PUTIN_`, optional `[CODE]`), `+SYNONYM`
 * lines and TAB-indented `[CODE date-restriction]` lines; restrictions are `a-b`, `>a`, `<b`
 * with 6-digit (YYMMDD) or 8-digit dates. Only records with at least one dated code are taken
 * as people (the dictionaries mix countries, institutions and persons).
 */

import type { Person, Role } from "./types.js";

export interface PetrarchResult {
  readonly people: Person[];
  /** Lines skipped or repaired, with their line number. */
  readonly warnings: string[];
}

export interface PetrarchOptions {
  /** Two-digit years at or below this are 20xx, above 19xx (default 30). */
  readonly pivot?: number;
}

/** CAMEO sector element → our office key for a role whose title the dictionary does not give. */
const SECTOR_OFFICE: Record<string, string> = {
  GOV: "official", LEG: "legislator", JUD: "judge", MIL: "military-leader", COP: "police-chief", SPY: "intelligence-chief",
  OPP: "opposition-leader", PTY: "party-official", REB: "rebel-leader", BUS: "business-leader", JRN: "journalist",
  ELI: "official", IGO: "agency-chief",
};

/** "080507" → "2008-05-07", "20090120" → "2009-01-20"; null when malformed. */
export function petrarchDate(raw: string, pivot = 30): string | null {
  let y: number, m: string, d: string;
  if (/^\d{8}$/.test(raw)) {
    y = +raw.slice(0, 4);
    m = raw.slice(4, 6);
    d = raw.slice(6);
  } else if (/^\d{6}$/.test(raw)) {
    const yy = +raw.slice(0, 2);
    y = yy <= pivot ? 2000 + yy : 1900 + yy;
    m = raw.slice(2, 4);
    d = raw.slice(4);
  } else return null;
  if (+m < 1 || +m > 12 || +d < 1 || +d > 31) return null;
  return `${y}-${m}-${d}`;
}

/** "VLADIMIR_PUTIN_" → "Vladimir Putin" (Mc/O' kept readable). */
export function petrarchName(phrase: string): string {
  return phrase.replace(/_+$/, "").split("_").filter(Boolean)
    .map((w) => w.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()).replace(/^Mc(\p{L})/u, (_, c: string) => "Mc" + c.toUpperCase()))
    .join(" ");
}

const slug = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** Split a CAMEO code: the first three letters are the actor (country or IGO...), the next three the sector. */
function splitCode(code: string): { country: string; sector: string } {
  return { country: code.slice(0, 3), sector: code.slice(3, 6) || "GOV" };
}

/**
 * Parse an actor dictionary.
 * @example importPetrarch("VLADIMIR_PUTIN_\n+PUTIN_\n\t[RUSGOV >120507]\n").people[0].roles[0].start === "2012-05-07"
 */
export function importPetrarch(text: string, options: PetrarchOptions = {}): PetrarchResult {
  const pivot = options.pivot ?? 30;
  const people: Person[] = [];
  const warnings: string[] = [];
  let cur: { name: string; aliases: string[]; defaultCode?: string; roles: Role[]; line: number } | null = null;
  const ids = new Set<string>();
  const flush = () => {
    if (!cur || cur.roles.length === 0) return;
    let id = `parley:${slug(cur.name)}`;
    for (let n = 2; ids.has(id); n++) id = `parley:${slug(cur.name)}-${n}`;
    ids.add(id);
    const counts = new Map<string, number>();
    for (const r of cur.roles) counts.set(r.country, (counts.get(r.country) ?? 0) + 1);
    const country = cur.defaultCode ? splitCode(cur.defaultCode).country : [...counts].sort((a, b) => b[1] - a[1])[0][0];
    people.push({ kind: "person", id, name: cur.name, aliases: [...new Set(cur.aliases)].filter((a) => a !== cur!.name), country, roles: cur.roles });
  };
  text.split("\n").forEach((raw, i) => {
    const lineNo = i + 1;
    const noComment = raw.replace(/#.*$/, "");
    if (noComment.trim() === "") return;
    if (/^\s/.test(noComment)) {
      if (!cur) return;
      for (const m of noComment.matchAll(/\[([A-Z~]+)(?:\s+([^\]]*))?\]/g)) {
        const code = m[1].replace(/~/g, "");
        const restriction = (m[2] ?? "").trim();
        if (!restriction) {
          cur.defaultCode ??= code;
          continue;
        }
        let start: string | null = null;
        let end: string | null = null;
        let ok = true;
        const range = /^(\d+)\s*-\s*(\d+)$/.exec(restriction);
        if (range) {
          start = petrarchDate(range[1], pivot);
          end = petrarchDate(range[2], pivot);
          ok = start !== null && end !== null;
        } else if (restriction.startsWith(">")) {
          start = petrarchDate(restriction.slice(1).trim(), pivot);
          ok = start !== null;
        } else if (restriction.startsWith("<")) {
          end = petrarchDate(restriction.slice(1).trim(), pivot);
          ok = end !== null;
        } else ok = false;
        if (!ok || (start && end && end < start)) {
          warnings.push(`line ${lineNo}: bad date restriction "[${m[1]} ${restriction}]"`);
          continue;
        }
        const { country, sector } = splitCode(code);
        cur.roles.push({ title: sector, office: SECTOR_OFFICE[sector] ?? "official", country, sector, start, end });
      }
      return;
    }
    const line = noComment.trim();
    if (line.startsWith("+")) {
      if (cur) cur.aliases.push(petrarchName(line.slice(1).replace(/\[.*$/, "").trim()));
      return;
    }
    flush();
    const m = /^([^\s[]+)\s*(?:\[([A-Z~]+)\])?/.exec(line);
    if (!m) {
      warnings.push(`line ${lineNo}: not a dictionary record`);
      cur = null;
      return;
    }
    cur = { name: petrarchName(m[1]), aliases: [], defaultCode: m[2]?.replace(/~/g, ""), roles: [], line: lineNo };
  });
  flush();
  return { people, warnings };
}
