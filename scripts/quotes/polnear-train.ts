/**
 * Measure quote attribution on PolNeAR TRAIN with the shared scorer, as `npm run eval` does
 * on dev: `npx tsx scripts/quotes/polnear-train.ts [N]` extracts the first N train articles
 * (all by default) with the attributions options (`--speech attributions`) into a temp dir and
 * runs `../shared/tools/score.py polnear`. Train is for study and measurement; dev stays held out.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildMeta, createExtractor } from "@parley/runtime";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const SHARED = join(REPO, "..", "shared");
const base = join(SHARED, "data", "polnear", "train");
if (!existsSync(base)) {
  console.log(`polnear-train: skipped, ${base} is absent`);
  process.exit(0);
}
const limit = Number(process.argv[2] ?? Infinity);
const extractor = createExtractor({ options: { quotes: { indirect: true, mergeRuns: true } } });
const dir = mkdtempSync(join(tmpdir(), "parley-polnear-train-"));
const texts = readdirSync(join(base, "text")).filter((f) => f.endsWith(".txt")).sort().slice(0, limit);
for (const f of texts) {
  const text = readFileSync(join(base, "text", f), "utf8");
  writeFileSync(join(dir, f.replace(/\.txt$/, ".json")), JSON.stringify(extractor.extract(text, buildMeta(text, { source: f }))));
}
// a few train .ann files hold a text-bound line without its text column, which the scorer
// cannot read: score sanitised copies (in the temp dir, beside a link to the texts)
const gold = join(dir, "gold");
mkdirSync(join(gold, "attributions"), { recursive: true });
symlinkSync(join(base, "text"), join(gold, "text"));
for (const f of readdirSync(join(base, "attributions")).filter((x) => x.endsWith(".ann"))) {
  const lines = readFileSync(join(base, "attributions", f), "utf8").split("\n");
  writeFileSync(join(gold, "attributions", f), lines.filter((l) => !l.startsWith("T") || l.split("\t").length >= 3).join("\n"));
}
console.log(`== PolNeAR train (${texts.length} articles) ==`);
const r = spawnSync("python3", [join(SHARED, "tools", "score.py"), "polnear", join(gold, "attributions"), dir], { encoding: "utf8" });
process.stdout.write(r.stdout);
if (r.status !== 0) process.stderr.write(r.stderr);
rmSync(dir, { recursive: true, force: true });
