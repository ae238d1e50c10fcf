/**
 * Generates data/kb/countries.jsonl: every ISO 3166-1 country with its codes, a canonical
 * English name, aliases in many languages (i18n-iso-countries, MIT), capitals
 * (countries-list, MIT), and our own hand-kept additions (data/kb/sources/country-extras.jsonl:
 * common alternatives, demonyms, seats of government) plus regions (data/kb/sources/regions.jsonl).
 * Usage: npx tsx scripts/kb/build-countries.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("../../", import.meta.url));
const iso = require("i18n-iso-countries");
const { countries: clist } = require("countries-list");

const LANGS = ["en", "fr", "de", "es", "it", "pt", "nl", "pl", "tr", "ru", "uk", "ar", "sv", "cs", "ro", "hu", "id", "da"];
for (const lang of LANGS) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

interface Extra { iso3: string; iso2?: string; name?: string; aliases: string[]; demonyms: string[]; seats: string[]; notForeign?: string[] }
function readJsonl<T>(rel: string): T[] {
  return readFileSync(root + rel, "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => JSON.parse(l) as T);
}
const extras = new Map(readJsonl<Extra>("data/kb/sources/country-extras.jsonl").map((e) => [e.iso3, e]));
const slug = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

const lines: string[] = [];
const seen = new Set<string>();
const english = iso.getNames("en", { select: "all" }) as Record<string, string[]>;
for (const iso2 of Object.keys(english).sort()) {
  const iso3 = iso.alpha2ToAlpha3(iso2) as string;
  const extra = extras.get(iso3);
  const cl = clist[iso2] as { name: string; capital: string } | undefined;
  const name = extra?.name ?? cl?.name ?? english[iso2][0];
  const aliases = uniq([...english[iso2], ...(extra?.aliases ?? [])]).filter((a) => a !== name);
  // "Columbia" (Colombia in some languages) names other things in English text: the extras can drop such forms
  const known = new Set([name, ...aliases, ...(extra?.notForeign ?? [])].map(fold));
  const foreign: string[] = [];
  for (const lang of LANGS.slice(1)) {
    for (const n of (iso.getNames(lang, { select: "all" }) as Record<string, string[]>)[iso2] ?? []) {
      if (n.length < 4 || known.has(fold(n))) continue;
      known.add(fold(n));
      foreign.push(n);
    }
  }
  seen.add(iso3);
  lines.push(JSON.stringify({
    id: `parley:${slug(name)}`, kind: "country", iso3, iso2, name, aliases, foreign,
    demonyms: extra?.demonyms ?? [], capital: cl?.capital || undefined, seats: extra?.seats ?? [],
  }));
}
for (const extra of extras.values()) {
  if (seen.has(extra.iso3)) continue; // e.g. Kosovo (XKX), not in ISO 3166-1
  lines.push(JSON.stringify({
    id: `parley:${slug(extra.name ?? extra.iso3)}`, kind: "country", iso3: extra.iso3, iso2: extra.iso2, name: extra.name,
    aliases: extra.aliases, foreign: [], demonyms: extra.demonyms, capital: extra.seats[0], seats: extra.seats,
  }));
}
for (const r of readJsonl<{ code: string; name: string; aliases: string[]; demonyms: string[] }>("data/kb/sources/regions.jsonl")) {
  lines.push(JSON.stringify({ id: `parley:region-${slug(r.name)}`, kind: "region", iso3: r.code, name: r.name, aliases: r.aliases, foreign: [], demonyms: r.demonyms, seats: [] }));
}
writeFileSync(root + "data/kb/countries.jsonl", lines.join("\n") + "\n");
process.stdout.write(`countries.jsonl: ${lines.length} lines\n`);
