/**
 * A random sample of quotations on unseen news, for judging speakers by hand:
 * `npx tsx scripts/quotes/sample.ts SEED [N]`. Draws N/2 quotes from the Wikinews 2019 texts
 * that have no gold file and N/2 from PolNeAR train texts (never dev), extracted with the
 * default options (as `parley extract`), and prints for each the speaker, its entity, the cue
 * and the quote's paragraph with the one before it. Prints no gold; judge by reading.
 */
import { readFileSync } from "node:fs";
import { buildMeta, createExtractor } from "@parley/runtime";
import { polnearTrain, rng, unseenWikinews } from "../unseen.js";

const seed = Number(process.argv[2] ?? 1);
const n = Number(process.argv[3] ?? 60);
const extractor = createExtractor();

const rand = rng(seed);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;

const wiki = unseenWikinews();
const pol = polnearTrain();

const clip = (s: string, k: number) => (s.length > k ? s.slice(0, k) + "…" : s).replace(/\s+/g, " ");
let id = 0;
function draw(files: string[], want: number, tag: string): void {
  const seen = new Set<string>();
  for (let got = 0, tries = 0; got < want && tries < 2000; tries++) {
    const file = pick(files);
    const text = readFileSync(file, "utf8");
    const rec = extractor.extract(text, buildMeta(text, { source: file }));
    if (!rec.quotes.length) continue;
    const qi = Math.floor(rand() * rec.quotes.length);
    const key = `${file}#${qi}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const q = rec.quotes[qi]!;
    const ent = q.speaker?.entity ? rec.entities.find((e) => e.id === q.speaker!.entity) : undefined;
    // the quote's paragraph and the one before
    let a = text.lastIndexOf("\n", q.start - 1);
    a = a < 0 ? 0 : a;
    let p = text.lastIndexOf("\n", Math.max(0, a - 2));
    while (p > 0 && text.slice(p, a).trim() === "") p = text.lastIndexOf("\n", p - 1);
    const ctxStart = Math.max(0, p, q.start - 900);
    const ctxEnd = Math.min(text.length, q.end + 250);
    id++;
    got++;
    console.log(`#${id}\t${tag}\t${file.split("/").pop()}\tq=${q.start}\tkind=${q.kind}`);
    console.log(`  SPEAKER: ${q.speaker ? `${JSON.stringify(q.speaker.text)} -> ${ent ? `${ent.name} (${ent.type}${ent.gender ? "," + ent.gender : ""})` : "no entity"}` : "NULL"}  cue=${q.cue ? JSON.stringify(q.cue.text) : "-"} conf=${q.confidence}`);
    console.log(`  QUOTE: ${clip(q.text, 160)}`);
    console.log(`  CONTEXT: ${text.slice(ctxStart, q.start).replace(/\n+/g, " ¶ ")}[[Q]]${text.slice(q.end, ctxEnd).replace(/\n+/g, " ¶ ")}`);
    console.log();
  }
}
draw(wiki, Math.ceil(n / 2), "wiki");
draw(pol, Math.floor(n / 2), "polnear-train");
