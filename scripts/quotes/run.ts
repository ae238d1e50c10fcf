/**
 * Measure the quotes stage alone: `npx tsx scripts/quotes/run.ts [seed|polnear|wikinews|all] [--no-indirect]`.
 * Runs the text stages, the entities stage when one is registered (else an empty entities
 * layer), and the quotes stage over the shared sets; writes records to a temp dir and runs
 * the shared scorers. Also prints the stage's own speed in words/s.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Doc } from "../../packages/core/src/doc/doc.js";
import { LAYERS } from "../../packages/core/src/doc/layers.js";
import { toRecord } from "../../packages/core/src/doc/to-record.js";
import type { StageContext } from "../../packages/core/src/pipeline/stage.js";
import { textStages } from "../../packages/core/src/stages/text/index.js";
import { parseQuoteCues, quotesStage } from "../../packages/core/src/stages/quotes/index.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const SHARED = join(REPO, "..", "shared");
const which = process.argv[2] ?? "all";
const indirect = !process.argv.includes("--no-indirect");
const cues = parseQuoteCues(JSON.parse(readFileSync(join(REPO, "data/lexicons/quote-cues.json"), "utf8")));
const ctx: StageContext = { resources: { "quote-cues": cues }, options: { quotes: { indirect, mergeRuns: process.argv.includes("--merge") } } };
let quoteMs = 0;
let wordCount = 0;

function extract(text: string): Doc {
  const doc = new Doc(text);
  for (const stage of textStages) stage.run(doc, ctx);
  doc.set(LAYERS.entities, [], { stage: "no-entities", version: "0" });
  const t0 = performance.now();
  quotesStage.run(doc, ctx);
  quoteMs += performance.now() - t0;
  wordCount += text.split(/\s+/).length;
  return doc;
}

function write(dir: string, name: string, doc: Doc): void {
  writeFileSync(join(dir, name + ".json"), JSON.stringify(toRecord(doc)));
}

function score(args: string[]): void {
  console.log(execFileSync("python3", args, { encoding: "utf8" }));
}

if (!existsSync(SHARED)) {
  console.log("../shared is absent; nothing to measure.");
  process.exit(0);
}
if (which === "seed" || which === "all") {
  const dir = mkdtempSync(join(tmpdir(), "quotes-seed-"));
  const text = readFileSync(join(SHARED, "data/seed/riyadh-talks.txt"), "utf8");
  write(dir, "seed", extract(text));
  console.log("seed", dir);
  score([join(SHARED, "tools/score.py"), "gold", join(SHARED, "data/seed/riyadh-talks.gold.json"), join(dir, "seed.json")]);
}
if (which === "polnear" || which === "all") {
  const dir = mkdtempSync(join(tmpdir(), "quotes-polnear-"));
  const tdir = join(SHARED, "data/polnear/dev/text");
  for (const f of readdirSync(tdir)) write(dir, f.replace(/\.txt$/, ""), extract(readFileSync(join(tdir, f), "utf8")));
  console.log("polnear", dir);
  score([join(SHARED, "tools/score.py"), "polnear", join(SHARED, "data/polnear/dev/attributions"), dir]);
}
if (which === "wikinews" || which === "all") {
  const dir = mkdtempSync(join(tmpdir(), "quotes-wikinews-"));
  const gdir = join(SHARED, "data/wikinews/2019/gold");
  for (const f of readdirSync(gdir).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(join(gdir, f), "utf8"));
    write(dir, f.replace(/\.gold\.json$/, ""), extract(readFileSync(join(gdir, gold.text_file), "utf8")));
  }
  console.log("wikinews", dir);
  score([join(SHARED, "tools/score_set.py"), gdir, dir]);
}
console.log(`quotes stage: ${wordCount} words in ${quoteMs.toFixed(0)} ms = ${Math.round(wordCount / (quoteMs / 1000))} words/s`);
