/**
 * `npm run eval`: extract the seed (published 2025-02-18), the gold-annotated Wikinews dev
 * articles and PolNeAR dev from ../shared, and print the shared scorers' tables.
 * Usage: npm run eval [-- seed|wikinews|polnear ...] ; predictions go to out/eval/.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { buildMeta, createExtractor } from "@parley/runtime";
import { hasShared, repoRoot, sharedData, sharedDir } from "./shared.js";

if (!hasShared) {
  console.log(`eval: skipped, ../shared is absent (${sharedDir})`);
  process.exit(0);
}

const wanted = new Set(process.argv.slice(2).filter((a) => !a.startsWith("-")));
const want = (name: string) => wanted.size === 0 || wanted.has(name);
const outDir = join(repoRoot, "out", "eval");
const extractor = createExtractor();
// PolNeAR annotates attributions (reported speech too, a run of quotes as one): `--speech attributions`
const attributions = createExtractor({ options: { quotes: { indirect: true, mergeRuns: true } } });
const scorer = join(sharedDir, "tools");

function extractTo(file: string, dest: string, opts: { date?: string; title?: string }, using = extractor): void {
  const text = readFileSync(file, "utf8");
  const record = using.extract(text, buildMeta(text, { source: file, ...opts }));
  writeFileSync(dest, JSON.stringify(record));
}

function score(args: string[]): void {
  const r = spawnSync("python3", args, { encoding: "utf8" });
  process.stdout.write(r.stdout);
  if (r.status !== 0) process.stderr.write(r.stderr);
}

function fresh(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

if (want("seed")) {
  const dir = fresh(join(outDir, "seed"));
  const pred = join(dir, "riyadh-talks.json");
  const t0 = performance.now();
  extractTo(join(sharedData, "seed", "riyadh-talks.txt"), pred, { date: "2025-02-18" });
  console.log(`\n== seed: riyadh-talks (${(performance.now() - t0).toFixed(0)} ms) ==`);
  score([join(scorer, "score.py"), "gold", join(sharedData, "seed", "riyadh-talks.gold.json"), pred]);
}

if (want("wikinews")) {
  const base = join(sharedData, "wikinews", "2019");
  const index = JSON.parse(readFileSync(join(base, "index.json"), "utf8")) as { file: string; date?: string; title?: string }[];
  const byFile = new Map(index.map((e) => [e.file, e]));
  const gold = join(base, "gold");
  const dir = fresh(join(outDir, "wikinews"));
  let n = 0;
  for (const g of readdirSync(gold).filter((f) => f.endsWith(".gold.json")).sort()) {
    const { text_file } = JSON.parse(readFileSync(join(gold, g), "utf8")) as { text_file: string };
    const entry = byFile.get(basename(text_file));
    extractTo(join(gold, text_file), join(dir, g.replace(/\.gold\.json$/, ".json")), { date: entry?.date, title: entry?.title });
    n++;
  }
  console.log(`\n== Wikinews 2019 dev gold (${n} articles) ==`);
  score([join(scorer, "score_set.py"), gold, dir]);
}

if (want("polnear")) {
  const base = join(sharedData, "polnear", "dev");
  const dir = fresh(join(outDir, "polnear"));
  const texts = readdirSync(join(base, "text")).filter((f) => f.endsWith(".txt")).sort();
  for (const f of texts) extractTo(join(base, "text", f), join(dir, f.replace(/\.txt$/, ".json")), {}, attributions);
  console.log(`\n== PolNeAR dev (${texts.length} articles) ==`);
  score([join(scorer, "score.py"), "polnear", join(base, "attributions"), dir]);
}
