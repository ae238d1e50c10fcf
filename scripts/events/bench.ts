/**
 * Speed of the events stage alone on PolNeAR train texts: `npx tsx scripts/events/bench.ts [N]`.
 * Text stages and the quotes stage run first (not timed); the entities layer is built from
 * the KB country names in data/kb/countries.jsonl (a stand-in until the entities stage lands).
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Doc } from "../../packages/core/src/doc/doc.js";
import { LAYERS } from "../../packages/core/src/doc/layers.js";
import type { EntityRecord, MentionRecord } from "../../packages/core/src/doc/record.js";
import { textStages } from "../../packages/core/src/stages/text/index.js";
import { eventsStage, parseEventTriggers, parsePlover } from "../../packages/core/src/stages/events/index.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const dir = join(REPO, "..", "shared/data/polnear/train/text");
if (!existsSync(dir)) {
  console.log("../shared is absent");
  process.exit(0);
}
const n = Number(process.argv[2] ?? 840);
const plover = parsePlover(JSON.parse(readFileSync(join(REPO, "data/plover.json"), "utf8")));
const lexicon = parseEventTriggers(JSON.parse(readFileSync(join(REPO, "data/lexicons/event-triggers.json"), "utf8")));
const ctx = { resources: { plover, "event-triggers": lexicon }, options: {} };
const countries = readFileSync(join(REPO, "data/kb/countries.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { iso3: string; name: string; aliases: string[]; demonyms: string[] });
const names = countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms].filter((s) => s.length > 3).map((s) => [s, c] as const));

function entities(text: string): EntityRecord[] {
  const out: EntityRecord[] = [];
  for (const c of countries) {
    const mentions: MentionRecord[] = [];
    for (const [s, cc] of names) {
      if (cc !== c) continue;
      for (let k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + 1)) mentions.push({ start: k, end: k + s.length, text: s, via: "name" });
    }
    if (mentions.length) out.push({ id: c.iso3, name: c.name, type: "country", country: c.iso3, roles: [], mentions: mentions.sort((a, b) => a.start - b.start) });
  }
  return out;
}

const docs: Doc[] = [];
let words = 0;
for (const f of readdirSync(dir).slice(0, n)) {
  const text = readFileSync(join(dir, f), "utf8");
  const doc = new Doc(text, { published: "2016-10-01" });
  for (const s of textStages) s.run(doc, ctx);
  doc.set(LAYERS.entities, entities(text), { stage: "bench", version: "0" });
  doc.set(LAYERS.quotes, [], { stage: "bench", version: "0" });
  docs.push(doc);
  words += text.split(/\s+/).length;
}
let events = 0;
for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  events = 0;
  for (const doc of docs) {
    const d = new Doc(doc.text, doc.meta);
    for (const name of [LAYERS.tokens, LAYERS.sentences, LAYERS.paragraphs, LAYERS.entities, LAYERS.quotes]) d.set(name, doc.get(name), doc.layer(name).stamp);
    eventsStage.run(d, ctx);
    events += d.get<unknown[]>(LAYERS.events).length;
  }
  const ms = performance.now() - t0;
  console.log(`round ${round}: ${docs.length} docs, ${words} words, ${events} events in ${ms.toFixed(0)} ms = ${Math.round(words / (ms / 1000))} words/s`);
}
