/**
 * PolNeAR error listing for the quotes stage: `npx tsx scripts/quotes/errors.ts [train|dev] [N] [--all]`.
 * Extracts the first N articles with `--speech attributions` options and prints, for each gold
 * quoted attribution (every attribution with --all), the gold source, the predicted speaker and
 * the content's opening, when the source is missed or the content not found. Study train; dev
 * only to measure.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildMeta, createExtractor } from "@parley/runtime";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const split = process.argv[2] ?? "train";
const limit = Number(process.argv[3] ?? 100);
const all = process.argv.includes("--all");
const base = join(REPO, "..", "shared", "data", "polnear", split);
const extractor = createExtractor({ options: { quotes: { indirect: true, mergeRuns: true } } });

type Parts = [number, number][];
function readBrat(file: string): { content: Parts; source: Parts; cue: Parts }[] {
  const spans = new Map<string, Parts>();
  const rels: Record<string, string>[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("T")) {
      const [tid, mid] = line.split("\t");
      if (!mid) continue;
      const rest = mid!.slice(mid!.indexOf(" ") + 1);
      spans.set(tid!, rest.split(";").map((p) => p.split(" ").map(Number) as [number, number]));
    } else if (line.startsWith("E")) {
      rels.push(Object.fromEntries(line.split("\t")[1]!.split(" ").filter(Boolean).map((p) => p.split(":") as [string, string])));
    }
  }
  const get = (r: Record<string, string>, k: string) => spans.get(r[k] ?? "") ?? [];
  return rels.map((r) => ({ content: get(r, "Content"), source: get(r, "Source"), cue: get(r, "Cue") }));
}
const covers = (p: Parts) => (p.length ? [Math.min(...p.map((x) => x[0])), Math.max(...p.map((x) => x[1]))] as const : null);
const overlap = (a: number, b: number, c: number, d: number) => Math.max(0, Math.min(b, d) - Math.max(a, c));

// brat offsets are code points; records are UTF-16: compare in code points
function cp(text: string): (u: number) => number {
  const map = new Int32Array(text.length + 1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = k;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) { map[++i] = k; }
    k++;
  }
  map[text.length] = k;
  return (u) => map[u]!;
}

const seen = new Set<string>();
let n = 0, miss = 0, wrong = 0, total = 0;
for (const f of readdirSync(join(base, "attributions")).sort()) {
  const art = f.replace(/_[0-9a-f]{4}\.ann$/, "");
  if (seen.has(art)) continue;
  seen.add(art);
  if (n++ >= limit) break;
  const text = readFileSync(join(base, "text", art + ".txt"), "utf8");
  const chars = [...text];
  const sl = (a: number, b: number) => chars.slice(a, b).join("").replace(/\n/g, " ");
  const to = cp(text);
  const record = extractor.extract(text, buildMeta(text, { source: art }));
  const sys = record.quotes.map((q) => ({ a: to(q.start), b: to(q.end), s: q.speaker ? [to(q.speaker.start), to(q.speaker.end)] as const : null }));
  const used = new Set<number>();
  for (const g of readBrat(join(base, "attributions", f)).filter((x) => x.content.length)) {
    const [c0, c1] = covers(g.content)!;
    if (!all && !/["\u201c\u201d]/.test(sl(c0, c1))) continue;
    total++;
    let best = -1, bestOv = 0;
    sys.forEach((q, i) => {
      if (used.has(i)) return;
      const ov = overlap(q.a, q.b, c0, c1);
      if (ov >= 0.5 * Math.min(c1 - c0, q.b - q.a) && ov > bestOv) { best = i; bestOv = ov; }
    });
    const src = covers(g.source);
    const cue = covers(g.cue);
    const ctx = `${sl(Math.max(0, Math.min(c0, src?.[0] ?? c0) - 40), Math.min(c0 + 60, chars.length))}`;
    if (best < 0) {
      miss++;
      console.log(`MISS\t${art}\tsrc=${src ? sl(...src) : "-"}\tcue=${cue ? sl(...cue) : "-"}\t${sl(c0, Math.min(c1, c0 + 80))}`);
      continue;
    }
    used.add(best);
    const s = sys[best]!.s;
    if (!(src && s && overlap(src[0], src[1], s[0], s[1]) > 0)) {
      wrong++;
      console.log(`SRC\t${art}\tgold=${src ? sl(...src) : "-"}\tsys=${s ? sl(...s) : "-"}\tcue=${cue ? sl(...cue) : "-"}\t${ctx}`);
    }
  }
}
console.log(`# ${total} attributions, ${miss} missed, ${wrong} wrong source`);
