/**
 * Words per second of the quotes stage alone on PolNeAR dev: `npx tsx scripts/quotes/speed.ts`.
 * Text layers are built first (untimed); the stage runs over fresh copies, each round timed
 * (`--rounds N`, default 8); the best round is reported, as the machine is shared.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Doc } from "../../packages/core/src/doc/doc.js";
import { LAYERS } from "../../packages/core/src/doc/layers.js";
import type { StageContext } from "../../packages/core/src/pipeline/stage.js";
import { textStages } from "../../packages/core/src/stages/text/index.js";
import { parseQuoteCues, quotesStage } from "../../packages/core/src/stages/quotes/index.js";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const dir = join(REPO, "..", "shared", "data/polnear/dev/text");
if (!existsSync(dir)) process.exit(0);
const cues = parseQuoteCues(JSON.parse(readFileSync(join(REPO, "data/lexicons/quote-cues.json"), "utf8")));
const ctx: StageContext = { resources: { "quote-cues": cues }, options: {} };
const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8"));
const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
const at = process.argv.indexOf("--rounds");
const rounds = at > 0 ? Number(process.argv[at + 1]) : 8;
let best = Infinity;
for (let round = 0; round < rounds; round++) {
  const docs = texts.map((t) => {
    const doc = new Doc(t);
    for (const s of textStages) s.run(doc, ctx);
    doc.set(LAYERS.entities, [], { stage: "none", version: "0" });
    return doc;
  });
  const t0 = performance.now();
  for (const doc of docs) quotesStage.run(doc, ctx);
  const ms = performance.now() - t0;
  best = Math.min(best, ms);
  console.log(`round ${round + 1}: ${words} words in ${ms.toFixed(0)} ms = ${Math.round(words / (ms / 1000))} words/s`);
}
console.log(`best: ${Math.round(words / (best / 1000))} words/s`);
