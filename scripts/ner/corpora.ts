/**
 * Readers for the entity-tagging corpora in ../shared/data (CoNLL, IOB2, CoreNLP TSV) and a
 * span-exact scorer. Corpus tokenisation is PTB-like; contractions split off by PTB
 * (`do n't`, `we 're`) are joined back, as Parley's tokenizer keeps them whole.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadKnowledgeBase } from "../../packages/core/src/kb/index.js";
import {
  NerModel, buildNerGazetteerTable, detectRegister, labelsToSpans, loadNerGazetteerLists, tagsToLabels, NER_TYPES, type NerRegister,
} from "../../packages/core/src/stages/ner/index.js";

export interface Sentence {
  words: string[];
  labels: Uint8Array;
  /** The document it comes from (UNER `# newdoc id`, CoreNLP file name), when known. */
  doc?: string;
  /** Its original text (UNER `# text`), when known. */
  text?: string;
}

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const SHARED = join(REPO, "..", "shared", "data");
export const MODEL_PATH = join(REPO, "data", "models", "ner.json");

/** The gazetteer table from the repository's data/ (KB + lexicons); the model file stores it. */
export function nerGazetteerTable(): Map<string, number> {
  const read = (rel: string) => readFileSync(join(REPO, "data", rel), "utf8");
  return buildNerGazetteerTable(loadKnowledgeBase(read), loadNerGazetteerLists(read));
}

/** Load a model file (its gazetteer table comes with it). */
export function loadModel(path: string): NerModel {
  return NerModel.fromJSON(JSON.parse(readFileSync(path, "utf8")));
}

export function sharedPresent(): boolean {
  return existsSync(join(SHARED, "ner")) && existsSync(join(SHARED, "polnear-corenlp"));
}

const CONTRACTION = /^(n['\u2019]t|['\u2019](re|ll|ve|m|d))$/i;

/** Build a sentence from (word, tag) pairs, joining split contractions. */
function sentence(words: string[], tags: string[], glued?: boolean[]): Sentence | null {
  const w: string[] = [], t: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (w.length && CONTRACTION.test(words[i]) && (glued ? glued[i] : true)) {
      w[w.length - 1] += words[i];
      continue;
    }
    w.push(words[i]);
    t.push(tags[i]);
  }
  return w.length ? { words: w, labels: tagsToLabels(t) } : null;
}

function blocks(path: string): string[][] {
  return readFileSync(path, "utf8").split(/\r?\n\s*\r?\n/).map((b) => b.split(/\r?\n/).filter((l) => l.trim() !== ""));
}

/** WikiGold-style CoNLL: `word TAG` per line (IOB1/IO), blank line between sentences. */
export function readConll(path: string): Sentence[] {
  const out: Sentence[] = [];
  for (const lines of blocks(path)) {
    const words: string[] = [], tags: string[] = [];
    for (const line of lines) {
      const parts = line.trim().split(/\s+/);
      if (parts[0] === "-DOCSTART-") continue;
      words.push(parts[0]);
      tags.push(parts[parts.length - 1]);
    }
    const s = sentence(words, tags);
    if (s) out.push(s);
  }
  return out;
}

/**
 * Whether each token is glued to the one before it in `text` (no space between), or null
 * when the tokens cannot be found in order.
 */
function glueFlags(text: string, words: readonly string[]): boolean[] | null {
  const glued: boolean[] = [];
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    const k = text.indexOf(words[i], at);
    if (k < 0) return null;
    glued.push(i > 0 && k === at);
    at = k + words[i].length;
  }
  return glued;
}

/**
 * UNER IOB2: `# comments`, then `id \t word \t tag \t ...`. EWT splits hyphenated words
 * (`al - Sadr`); Parley's tokenizer (and the CoreNLP silver) keep them whole, so a hyphen
 * glued on both sides in the sentence's `# text` joins its neighbours into one token (with
 * the first piece's tag). `splitHyphens` keeps EWT's tokens.
 */
export function readIob2(path: string, opts: { splitHyphens?: boolean } = {}): Sentence[] {
  const out: Sentence[] = [];
  let doc = "";
  for (const lines of blocks(path)) {
    let words: string[] = [], tags: string[] = [];
    let text = "";
    for (const line of lines) {
      if (line.startsWith("# newdoc id = ")) doc = line.slice(14).trim();
      if (line.startsWith("# text = ")) text = line.slice(9);
      if (line.startsWith("#")) continue;
      const cols = line.split("\t");
      if (!/^\d+$/.test(cols[0])) continue;
      words.push(cols[1]);
      tags.push(cols[2]);
    }
    const glued = !opts.splitHyphens && text ? glueFlags(text, words) : null;
    if (glued) {
      const w: string[] = [], t: string[] = [];
      for (let i = 0; i < words.length; i++) {
        if (words[i] === "-" && glued[i] && i + 1 < words.length && glued[i + 1] && w.length) {
          w[w.length - 1] += "-" + words[i + 1];
          i++;
          continue;
        }
        w.push(words[i]);
        t.push(tags[i]);
      }
      words = w;
      tags = t;
    }
    const s = sentence(words, tags);
    if (s) out.push({ ...s, doc, text });
  }
  return out;
}

/** CoreNLP TSV files of a folder (`token, start, end, POS, NER`), in file-name order. */
export function readCoreNlpDir(dir: string): Sentence[] {
  const out: Sentence[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".tsv")).sort()) {
    for (const lines of blocks(join(dir, name))) {
      const words: string[] = [], tags: string[] = [], glued: boolean[] = [];
      let prevEnd = -1;
      for (const line of lines) {
        const cols = line.split("\t");
        if (cols.length < 5) continue;
        const start = Number(cols[1]);
        words.push(cols[0]);
        tags.push(cols[4]);
        glued.push(start === prevEnd);
        prevEnd = Number(cols[2]);
      }
      const s = sentence(words, tags, glued);
      if (s) out.push({ ...s, doc: name.slice(0, -4) });
    }
  }
  return out;
}

/**
 * The register of each sentence's document, as the ner stage decides it (`detectRegister`
 * over the whole document's text; never the corpus's own label). A document's text: its
 * file in `textDir` (`<doc>.txt`, PolNeAR's original texts) when there is one, else its
 * sentences' `text` (UNER `# text`) or words, joined by spaces.
 */
export function sentenceRegisters(sentences: readonly Sentence[], textDir?: string): { registers: NerRegister[]; docs: number; web: number } {
  const parts = new Map<string, string[]>();
  for (const s of sentences) {
    const key = s.doc ?? "";
    let p = parts.get(key);
    if (!p) parts.set(key, (p = []));
    p.push(s.text ?? s.words.join(" "));
  }
  const byDoc = new Map<string, NerRegister>();
  let web = 0;
  for (const [doc, p] of parts) {
    const file = textDir && doc ? join(textDir, `${doc}.txt`) : "";
    const register = detectRegister(file && existsSync(file) ? readFileSync(file, "utf8") : p.join(" "));
    if (register === "web") web++;
    byDoc.set(doc, register);
  }
  return { registers: sentences.map((s) => byDoc.get(s.doc ?? "")!), docs: byDoc.size, web };
}

export interface Score {
  tp: Record<string, number>;
  fp: Record<string, number>;
  fn: Record<string, number>;
}

export function newScore(): Score {
  const z = () => Object.fromEntries(NER_TYPES.map((t) => [t, 0]));
  return { tp: z(), fp: z(), fn: z() };
}

/** Add one sentence's span-exact comparison to the score. */
export function scoreSentence(score: Score, gold: ArrayLike<number>, pred: ArrayLike<number>, n: number): void {
  const key = (s: { start: number; end: number; label: string }) => `${s.start}:${s.end}:${s.label}`;
  const g = new Map(labelsToSpans(gold, n).map((s) => [key(s), s.label]));
  for (const s of labelsToSpans(pred, n)) {
    if (g.delete(key(s))) score.tp[s.label]++;
    else score.fp[s.label]++;
  }
  for (const label of g.values()) score.fn[label]++;
}

function prf(tp: number, fp: number, fn: number): [number, number, number] {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

/** Micro F1 over PER/ORG/LOC. */
export function microF1(score: Score): number {
  const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  return prf(sum(score.tp), sum(score.fp), sum(score.fn))[2];
}

/** A small table of per-label and micro P/R/F1. */
export function formatScore(score: Score): string {
  const rows = [...NER_TYPES, "micro"].map((t) => {
    const [p, r, f] = t === "micro"
      ? prf(...(["tp", "fp", "fn"] as const).map((k) => Object.values(score[k]).reduce((a, b) => a + b, 0)) as [number, number, number])
      : prf(score.tp[t], score.fp[t], score.fn[t]);
    const support = t === "micro" ? "" : `  (gold ${score.tp[t] + score.fn[t]})`;
    return `  ${t.padEnd(6)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}${support}`;
  });
  return rows.join("\n");
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
