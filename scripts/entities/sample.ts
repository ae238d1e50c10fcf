/**
 * A random sample of unseen texts for judging entity typing and KB links by hand:
 * `npx tsx scripts/entities/sample.ts SEED [N] [--all]`. Draws N/2 Wikinews 2019 texts that
 * have no gold file and N/2 PolNeAR train texts (never dev), extracts them with the default
 * options (as `parley extract`), and prints each entity with type, country, KB id and each
 * distinct mention form in context. Without `--all` only KB-linked entities and unlinked
 * entities of another type than the tagger's usual reading are printed in full; the rest as
 * one line per entity. Prints no gold; judge by reading.
 */
import { readFileSync } from "node:fs";
import { buildMeta, createExtractor } from "@parley/runtime";
import { drawDistinct, polnearTrain, rng, unseenWikinews } from "../unseen.js";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const all = process.argv.includes("--all");
const seed = Number(args[0] ?? 1);
const n = Number(args[1] ?? 10);
const extractor = createExtractor();

const rand = rng(seed);

const wiki = unseenWikinews();
const pol = polnearTrain();

const flat = (s: string) => s.replace(/\s+/g, " ");
const draw = (files: string[], want: number) => drawDistinct(files, want, rand);

let doc = 0;
for (const file of [...draw(wiki, Math.ceil(n / 2)), ...draw(pol, Math.floor(n / 2))]) {
  const text = readFileSync(file, "utf8");
  const rec = extractor.extract(text, buildMeta(text, { source: file }));
  doc++;
  console.log(`\n=== D${doc} ${file.split("/").slice(-3).join("/")}  (${text.length} chars)`);
  console.log(`  LEAD: ${flat(text.slice(0, 300))}`);
  for (const e of rec.entities) {
    const ms = e.mentions.filter((m) => m.via !== "pronoun");
    const head = `${e.id} ${e.type}${e.country ? " " + e.country : ""}${e.kb ? " kb=" + e.kb : ""} "${e.name}"`;
    if (!all && !e.kb) {
      console.log(`  ${head}  [${[...new Set(ms.map((m) => m.text))].join(" | ")}]`);
      continue;
    }
    console.log(`  ${head}`);
    const forms = new Set<string>();
    for (const m of ms) {
      if (forms.has(m.text)) continue;
      forms.add(m.text);
      const ctx = `${flat(text.slice(Math.max(0, m.start - 70), m.start))}[[${m.text}]]${flat(text.slice(m.end, m.end + 50))}`;
      console.log(`     ${m.via}: ${ctx}`);
    }
  }
}
