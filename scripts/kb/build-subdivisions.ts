/**
 * Generates data/kb/subdivisions.jsonl: first-level subdivisions (US states, Canadian
 * provinces, Australian and Indian states, German Länder...) from our compact
 * data/kb/sources/subdivisions.txt (`ISO3 ; Name ; lat ; lon ; alias, alias`), one place
 * record per line with `kind: "region"`. Deterministic: lines keep the source's order.
 * Usage: npx tsx scripts/kb/build-subdivisions.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const slug = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

const lines: string[] = [];
const ids = new Set<string>();
readFileSync(root + "data/kb/sources/subdivisions.txt", "utf8").split("\n").forEach((raw, i) => {
  const line = raw.trim();
  if (!line || line.startsWith("#")) return;
  const [country, name, lat, lon, aliases = ""] = line.split(";").map((f) => f.trim());
  const where = `subdivisions.txt:${i + 1}`;
  if (!country || !/^[A-Z]{3}$/.test(country) || !name || !lat || !lon) throw new Error(`${where}: expected ISO3;Name;lat;lon;aliases`);
  const id = `parley:${slug(name)}-${country.toLowerCase()}`;
  if (ids.has(id)) throw new Error(`${where}: duplicate id ${id}`);
  ids.add(id);
  const record = {
    id, name, aliases: aliases ? aliases.split(",").map((a) => a.trim()).filter(Boolean) : [],
    country, lat: Number(lat), lon: Number(lon), kind: "region",
  };
  if (!Number.isFinite(record.lat) || !Number.isFinite(record.lon)) throw new Error(`${where}: bad coordinates`);
  lines.push(JSON.stringify(record));
});
writeFileSync(root + "data/kb/subdivisions.jsonl", lines.join("\n") + "\n");
process.stdout.write(`subdivisions.jsonl: ${lines.length} regions\n`);
