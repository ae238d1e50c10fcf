/**
 * Parley's named entities as the whole pipeline gives them (tagger + knowledge base +
 * patterns in the entities stage), scored span-exact on UNER English-EWT test like
 * `eval:ner` scores the tagger alone: `npx tsx scripts/ner/pipeline-eval.ts`.
 * Each UNER document becomes one text (its sentences' tokens joined by spaces, a line
 * each); an entity mention named in the text (via name, alias, fuzzy or capital; not
 * titles, pronouns or demonyms, which UNER does not mark as entities) is a span of type
 * PER (person), ORG (organization) or LOC (country, place). A mention that does not start
 * and end on token boundaries counts as a wrong span.
 */
import { join } from "node:path";
import { LAYERS, type Doc, type EntityRecord } from "../../packages/core/src/index.js";
import { tagsToLabels } from "../../packages/core/src/stages/ner/index.js";
import { createExtractor } from "../../packages/runtime/src/index.js";
import { SHARED, formatScore, microF1, newScore, readIob2, scoreSentence, sharedPresent, type Sentence } from "./corpora.js";

if (!sharedPresent()) {
  console.log("pipeline-eval: ../shared/data is absent. Skipping.");
  process.exit(0);
}

const TYPE: Record<EntityRecord["type"], string> = { person: "PER", organization: "ORG", country: "LOC", place: "LOC" };
const NAMED = new Set(["name", "alias", "fuzzy", "capital"]);

const sentences = readIob2(join(SHARED, "ner/uner-en-ewt/en_ewt-ud-test.iob2"));
const byDoc = new Map<string, Sentence[]>();
for (const s of sentences) {
  const k = s.doc ?? "";
  if (!byDoc.has(k)) byDoc.set(k, []);
  byDoc.get(k)!.push(s);
}
const extractor = createExtractor();
const score = newScore();
let offBoundary = 0;
for (const group of byDoc.values()) {
  // The document's text and each token's offsets.
  const starts: number[][] = [], ends: number[][] = [];
  let text = "";
  for (const s of group) {
    const st: number[] = [], en: number[] = [];
    s.words.forEach((w, i) => {
      if (i) text += " ";
      st.push(text.length);
      text += w;
      en.push(text.length);
    });
    text += "\n";
    starts.push(st);
    ends.push(en);
  }
  const doc: Doc = extractor.process(text);
  const tags = group.map((s) => s.words.map(() => "O"));
  const entities = doc.has(LAYERS.entities) ? doc.get<EntityRecord[]>(LAYERS.entities) : [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (!NAMED.has(m.via)) continue;
      const si = starts.findIndex((st, k) => st.length && st[0] <= m.start && m.start <= ends[k][ends[k].length - 1]);
      if (si < 0) continue;
      const a = starts[si].indexOf(m.start), b = ends[si].indexOf(m.end);
      if (a < 0 || b < a) { offBoundary++; continue; }
      if (tags[si].slice(a, b + 1).some((t) => t !== "O")) continue;
      for (let i = a; i <= b; i++) tags[si][i] = `${i === a ? "B" : "I"}-${TYPE[e.type]}`;
    }
  }
  group.forEach((s, k) => scoreSentence(score, s.labels, tagsToLabels(tags[k]), s.words.length));
}
console.log(`UNER English-EWT test, Parley's entity mentions (${byDoc.size} documents, ${sentences.length} sentences; ${offBoundary} mentions off token boundaries): span-exact micro F1 ${microF1(score).toFixed(3)}\n${formatScore(score)}`);
