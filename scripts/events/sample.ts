/**
 * A random sample of unseen texts for judging events by hand:
 * `npx tsx scripts/events/sample.ts SEED [N]`. Draws N/2 Wikinews 2019 texts that have no gold
 * file and N/2 PolNeAR train texts (never dev), extracts them with the default options (as
 * `parley extract`; Wikinews texts get their index date), and prints each event (type, mode,
 * modality, source and target with names and countries, place, date, trigger) with its
 * sentence. Prints no gold; judge by reading (precision), and read the lead for misses.
 * Options: `--text` prints each whole text; `--polnear` draws all N from PolNeAR train,
 * `--wiki` all N from Wikinews.
 */
import { readFileSync } from "node:fs";
import { buildMeta, createExtractor } from "@parley/runtime";
import { drawDistinct, polnearTrain, rng, unseenWikinews, wikinewsDates } from "../unseen.js";
import type { EventActorRecord } from "../../packages/core/src/doc/record.js";

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const seed = Number(args[0] ?? 1);
const n = Number(args[1] ?? 10);
const fullText = process.argv.includes("--text");
const onlyPol = process.argv.includes("--polnear");
const onlyWiki = process.argv.includes("--wiki");
const extractor = createExtractor();

const rand = rng(seed);

const dates = wikinewsDates();
const wiki = unseenWikinews();
const pol = polnearTrain();

const flat = (s: string) => s.replace(/\s+/g, " ");
const draw = (files: string[], want: number) => drawDistinct(files, want, rand);

let doc = 0;
let total = 0;
const nWiki = onlyPol ? 0 : onlyWiki ? n : Math.ceil(n / 2);
for (const file of [...draw(wiki, nWiki), ...draw(pol, n - nWiki)]) {
  const text = readFileSync(file, "utf8");
  const base = file.split("/").pop()!;
  const rec = extractor.extract(text, buildMeta(text, { source: file, ...(dates.has(base) ? { date: dates.get(base)! } : /_(\d{4}-\d\d-\d\d)_/.test(base) ? { date: /_(\d{4}-\d\d-\d\d)_/.exec(base)![1]! } : {}) }));
  const names = new Map(rec.entities.map((e) => [e.id, e.name]));
  const who = (a: EventActorRecord | null) => (a ? `${a.entity ? `"${names.get(a.entity)}" ` : "(implicit) "}${a.country ?? "?"}${a.sector ? "/" + a.sector : ""}` : "-");
  // sentence bounds: the nearest line break or sentence end around the trigger
  const sentenceOf = (s: number, e: number) => {
    let a = s;
    while (a > 0 && text[a - 1] !== "\n" && !(/[.!?]/.test(text[a - 2] ?? "") && text[a - 1] === " ")) a--;
    let b = e;
    while (b < text.length && text[b] !== "\n" && !(/[.!?]/.test(text[b - 1] ?? "") && text[b] === " " && b > e)) b++;
    return flat(text.slice(a, b));
  };
  doc++;
  console.log(`\n=== D${doc} ${file.split("/").slice(-3).join("/")}  published=${rec.meta.published ?? "?"}  (${text.length} chars, ${rec.events.length} events)`);
  console.log(fullText ? text : `  LEAD: ${flat(text.slice(0, 400))}`);
  rec.events.forEach((ev, i) => {
    total++;
    console.log(`  E${doc}.${i + 1} ${ev.type}${ev.mode ? "/" + ev.mode : ""} ${ev.modality}  ${who(ev.source)} -> ${who(ev.target)}  trig="${ev.trigger.text}"${ev.place ? ` place=${ev.place.name}(${ev.place.country ?? "?"})` : ""}${ev.date ? ` date=${ev.date}` : ""}${ev.reportedBy ? ` rep=${who(ev.reportedBy)}` : ""}`);
    console.log(`      | ${sentenceOf(ev.trigger.start, ev.trigger.end)}`);
  });
}
console.log(`\n${doc} texts, ${total} events`);
