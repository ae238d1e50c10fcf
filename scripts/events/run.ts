/**
 * Measure the events stage: `npx tsx scripts/events/run.ts [seed|wikinews|all] [--oracle] [--date YYYY-MM-DD] [--verbose]`.
 * Runs the text stages, the entities stage when the entities barrel exports one (or, with
 * --oracle, an entities layer built from the gold files' mention strings, to measure the
 * events stage alone), the quotes stage and the events stage; writes records into a temp
 * dir and runs the shared scorers. Prints the events stage's own speed in words/s.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Doc } from "../../packages/core/src/doc/doc.js";
import { LAYERS } from "../../packages/core/src/doc/layers.js";
import type { EntityRecord, MentionRecord } from "../../packages/core/src/doc/record.js";
import { toRecord } from "../../packages/core/src/doc/to-record.js";
import type { Stage, StageContext } from "../../packages/core/src/pipeline/stage.js";
import { textStages } from "../../packages/core/src/stages/text/index.js";
import { parseQuoteCues, quotesStage } from "../../packages/core/src/stages/quotes/index.js";
import * as entitiesModule from "../../packages/core/src/stages/entities/index.js";
import { eventsStage, parseEventTriggers, parsePlover } from "../../packages/core/src/stages/events/index.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const SHARED = join(REPO, "..", "shared");
const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith("--") && !/^\d{4}-/.test(a)) ?? "all";
const oracle = args.includes("--oracle");
const verbose = args.includes("--verbose");
const dateArg = args.includes("--date") ? args[args.indexOf("--date") + 1] : undefined;

const plover = parsePlover(JSON.parse(readFileSync(join(REPO, "data/plover.json"), "utf8")));
const lexicon = parseEventTriggers(JSON.parse(readFileSync(join(REPO, "data/lexicons/event-triggers.json"), "utf8")), { types: new Set(plover.types.keys()) });
const resources: Record<string, unknown> = { plover, "event-triggers": lexicon };
const cuesPath = join(REPO, "data/lexicons/quote-cues.json");
if (existsSync(cuesPath)) resources["quote-cues"] = parseQuoteCues(JSON.parse(readFileSync(cuesPath, "utf8")));
const entLex = join(REPO, "data/lexicons/entities.json");
if (!oracle && (entitiesModule as Record<string, unknown>).parseEntityLexicon && existsSync(entLex)) {
  try {
    const kbMod = await import("../../packages/core/src/kb/index.js") as Record<string, unknown>;
    const load = kbMod.loadKnowledgeBase as ((read: (p: string) => string) => unknown) | undefined;
    if (load) resources.kb = load((p) => readFileSync(join(REPO, "data", p), "utf8"));
    resources["entity-lexicon"] = ((entitiesModule as Record<string, unknown>).parseEntityLexicon as (j: unknown) => unknown)(JSON.parse(readFileSync(entLex, "utf8")));
  } catch (err) {
    console.error(`could not load the KB / entity lexicon: ${(err as Error).message}`);
  }
}
const ctx: StageContext = { resources, options: {} };
const entitiesStage = (entitiesModule as Record<string, unknown>).entitiesStage as Stage | undefined;

let eventMs = 0;
let wordCount = 0;

interface GoldEntity { name: string; type: string; country?: string; sector?: string; mentions: string[] }

function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join("");
}

/** An entities layer from gold mention strings (for measuring events alone). */
function oracleEntities(text: string, gold: GoldEntity[]): EntityRecord[] {
  const taken = new Uint8Array(text.length);
  const items = gold.flatMap((g, gi) => g.mentions.map((m) => ({ g, gi, m }))).sort((a, b) => b.m.length - a.m.length);
  const out = gold.map((g, gi): EntityRecord => {
    let country = g.country;
    if (!country && g.sector === "IGO") country = g.mentions.find((m) => /^[A-Z0-9]{2,6}$/.test(m)) ?? initials(g.name);
    return { id: `e${gi + 1}`, name: g.name, type: g.type as EntityRecord["type"], ...(country ? { country } : {}), ...(g.sector ? { sector: g.sector } : {}), roles: [], mentions: [] };
  });
  for (const { gi, m } of items) {
    let i = text.indexOf(m);
    while (i >= 0) {
      const end = i + m.length;
      const okB = (i === 0 || !/\w/.test(text[i - 1]!)) && (end === text.length || !/\w/.test(text[end]!));
      if (okB && !taken.subarray(i, end).some((x) => x)) {
        taken.fill(1, i, end);
        (out[gi]!.mentions as MentionRecord[]).push({ start: i, end, text: m, via: "name" });
      }
      i = text.indexOf(m, i + 1);
    }
  }
  for (const e of out) e.mentions.sort((a, b) => a.start - b.start);
  return out.filter((e) => e.mentions.length);
}

function extract(text: string, published: string | undefined, gold: GoldEntity[]): Doc {
  const doc = new Doc(text, published ? { published } : {});
  for (const stage of textStages) stage.run(doc, ctx);
  if (oracle) doc.set(LAYERS.entities, oracleEntities(text, gold), { stage: "oracle-entities", version: "0" });
  else if (entitiesStage) {
    try {
      entitiesStage.run(doc, ctx);
    } catch (err) {
      if (!doc.has(LAYERS.entities)) doc.set(LAYERS.entities, [], { stage: "no-entities", version: "0" });
      console.error(`entities stage failed (${(err as Error).message}); running with no entities`);
    }
  } else doc.set(LAYERS.entities, [], { stage: "no-entities", version: "0" });
  if (resources["quote-cues"]) quotesStage.run(doc, ctx);
  else doc.set(LAYERS.quotes, [], { stage: "no-quotes", version: "0" });
  const t0 = performance.now();
  eventsStage.run(doc, ctx);
  eventMs += performance.now() - t0;
  wordCount += text.split(/\s+/).length;
  return doc;
}

function score(argv: string[]): void {
  console.log(execFileSync("python3", argv, { encoding: "utf8" }));
}

if (!existsSync(SHARED)) {
  console.log("../shared is absent; nothing to measure.");
  process.exit(0);
}
console.log(oracle ? "entities: ORACLE (gold mention strings)" : entitiesStage ? "entities: entities stage" : "entities: NONE (no entities stage yet)");
if (which === "seed" || which === "all") {
  const dir = mkdtempSync(join(tmpdir(), "events-seed-"));
  const goldPath = join(SHARED, "data/seed/riyadh-talks.gold.json");
  const gold = JSON.parse(readFileSync(goldPath, "utf8"));
  const text = readFileSync(join(SHARED, "data/seed/riyadh-talks.txt"), "utf8");
  writeFileSync(join(dir, "seed.json"), JSON.stringify(toRecord(extract(text, dateArg ?? "2025-02-18", gold.entities))));
  console.log("seed", dir);
  score([join(SHARED, "tools/score.py"), "gold", goldPath, join(dir, "seed.json")]);
}
if (which === "wikinews" || which === "all") {
  const dir = mkdtempSync(join(tmpdir(), "events-wikinews-"));
  const gdir = join(SHARED, "data/wikinews/2019/gold");
  for (const f of readdirSync(gdir).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(join(gdir, f), "utf8"));
    const name = f.replace(/\.gold\.json$/, "");
    writeFileSync(join(dir, name + ".json"), JSON.stringify(toRecord(extract(readFileSync(join(gdir, gold.text_file), "utf8"), gold.published, gold.entities))));
    if (verbose) score([join(SHARED, "tools/score.py"), "gold", join(gdir, f), join(dir, name + ".json")]);
  }
  console.log("wikinews", dir);
  score([join(SHARED, "tools/score_set.py"), gdir, dir]);
}
console.log(`events stage: ${wordCount} words in ${eventMs.toFixed(1)} ms = ${Math.round(wordCount / (eventMs / 1000))} words/s`);
