/**
 * Compiles our hand-kept people sources (data/kb/sources/people-*.txt, a compact format that
 * is quick to review) into data/kb/people.jsonl, the schema the loader reads:
 * {id, name, aliases[], gender?, country, roles:[{title, office, country, sector, start, end}]}.
 * Format: "@ Name | aliases;... | m/f | ISO3" starts a person; each following line is a role
 * "office | title | start | end | country? | sector?" (empty end = still in office).
 * Usage: npx tsx scripts/kb/build-people.ts
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dir = root + "data/kb/sources/";
const slug = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Role { title: string; office: string; country: string; sector: string; start: string | null; end: string | null }
interface Person { id: string; name: string; aliases: string[]; gender?: string; country: string; roles: Role[] }
const people: Person[] = [];
const ids = new Map<string, string>();
const problems: string[] = [];
for (const file of readdirSync(dir).filter((f) => /^people-.*\.txt$/.test(f)).sort()) {
  let person: Person | null = null;
  readFileSync(dir + file, "utf8").split("\n").forEach((raw, i) => {
    const line = raw.trim();
    const where = `${file}:${i + 1}`;
    if (!line || line.startsWith("#")) return;
    const cells = line.replace(/^@\s*/, "").split("|").map((c) => c.trim());
    if (line.startsWith("@")) {
      const [name, aliases = "", gender = "", country = ""] = cells;
      let id = `parley:${slug(name)}`;
      if (ids.has(id)) { problems.push(`${where}: duplicate person ${name} (first at ${ids.get(id)})`); id += `-${country.toLowerCase()}`; }
      ids.set(id, where);
      person = { id, name, aliases: aliases.split(";").map((a) => a.trim()).filter(Boolean), country, roles: [] };
      if (gender) person.gender = gender === "m" ? "male" : gender === "f" ? "female" : gender;
      people.push(person);
      return;
    }
    if (!person) { problems.push(`${where}: role before any person`); return; }
    const [office, title, start, end, country, sector] = cells;
    if (!office || !title) problems.push(`${where}: role needs office and title`);
    for (const d of [start, end]) if (d && !DATE.test(d)) problems.push(`${where}: bad date ${d}`);
    if (start && end && end < start) problems.push(`${where}: end before start`);
    person.roles.push({ title, office, country: country || person.country, sector: sector || "GOV", start: start || null, end: end || null });
  });
}
if (problems.length) { process.stderr.write(problems.join("\n") + "\n"); process.exit(1); }
writeFileSync(root + "data/kb/people.jsonl", people.map((p) => JSON.stringify(p)).join("\n") + "\n");
process.stdout.write(`people.jsonl: ${people.length} people, ${people.reduce((n, p) => n + p.roles.length, 0)} roles\n`);
