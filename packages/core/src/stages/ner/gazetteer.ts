/**
 * The entity tagger's gazetteer hook, built from the knowledge base and a few word lists in
 * `data/lexicons/` (ner-gazetteer.json, first-names.txt). Pure: the files come through an
 * injected reader. Training (`scripts/ner/train.ts`) and inference (@parley/runtime) must
 * build the hook the same way, or the model's gazetteer features mean nothing.
 */
import type { KnowledgeBase } from "../../kb/knowledge-base.js";
import { aliasTokens, fold } from "../../kb/normalize.js";
import type { GazetteerHook } from "./features.js";

/** Gazetteer bits (the values are part of the model format). */
export const GAZ = {
  /** A given name (first token of a KB person's name, or first-names.txt). */
  FIRST: 1 << 0,
  /** The last token of a KB person's name. */
  LAST: 1 << 1,
  /** A token of a country's name or alias. */
  COUNTRY: 1 << 2,
  /** A token of a place's (city, region, site) name or alias. */
  PLACE: 1 << 3,
  /** A token of an organisation's name or alias (function words left out). */
  ORG: 1 << 4,
  /** An organisation keyword (Ministry, University, Inc). */
  ORG_KEY: 1 << 5,
  /** A word of a title (President, Minister). */
  TITLE: 1 << 6,
  /** A demonym (Russian, Americans). */
  DEMONYM: 1 << 7,
  /** A location keyword (Street, River, County). */
  LOC_KEY: 1 << 8,
  /** A US state name word or postal code. */
  STATE: 1 << 9,
  /** A whole one-word name of a country, place or organisation ("Kenya", "NATO"). */
  WHOLE_LOC: 1 << 10,
  WHOLE_ORG: 1 << 11,
  /** Any other token of a KB person's name. */
  PERSON: 1 << 12,
} as const;

/** The word lists besides the KB. */
export interface NerGazetteerLists {
  readonly firstNames?: readonly string[];
  readonly orgKeywords?: readonly string[];
  readonly locKeywords?: readonly string[];
  readonly usStates?: readonly string[];
}

/** Files read by `loadNerGazetteerLists`, relative to the data directory. */
export const NER_GAZETTEER_FILES = {
  lists: "lexicons/ner-gazetteer.json",
  firstNames: "lexicons/first-names.txt",
} as const;

const FUNCTION_WORDS = new Set(["the", "of", "and", "for", "in", "on", "at", "to", "a", "an", "&", "de", "la", "le", "du", "des", "del", "al", "el", "for", "'s", "-", ".", ",", "(", ")"]);

/** One name per line, `#` comments and blank lines skipped. */
export function parseNameList(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}

/**
 * Read the word lists through `read` (path relative to the data directory).
 * @example loadNerGazetteerLists((rel) => readFileSync(join("data", rel), "utf8"))
 */
export function loadNerGazetteerLists(read: (relPath: string) => string): NerGazetteerLists {
  const json = JSON.parse(read(NER_GAZETTEER_FILES.lists)) as Record<string, unknown>;
  const strs = (k: string): string[] => (Array.isArray(json[k]) ? (json[k] as unknown[]).filter((x): x is string => typeof x === "string") : []);
  return {
    firstNames: parseNameList(read(NER_GAZETTEER_FILES.firstNames)),
    orgKeywords: strs("orgKeywords"),
    locKeywords: strs("locKeywords"),
    usStates: strs("usStates"),
  };
}

/**
 * Build the hook `(lower word) => bitmask` (see `GAZ`). Keys are folded (lower case, no
 * diacritics); hyphenated tokens also count by their parts.
 * @example const hook = buildNerGazetteer(kb, lists); hook("kenya") & GAZ.COUNTRY
 */
export function buildNerGazetteer(kb: KnowledgeBase | null, lists: NerGazetteerLists = {}): GazetteerHook {
  return gazetteerHook(buildNerGazetteerTable(kb, lists));
}

/** The hook over a table of folded words → bitmask (as stored in a model file). */
export function gazetteerHook(table: ReadonlyMap<string, number>): GazetteerHook {
  return (lower: string): number => {
    const v = table.get(lower);
    if (v !== undefined) return v;
    // Only pay for folding when the word has something to fold.
    if (/^[\x20-\x7e]*$/.test(lower)) return 0;
    return table.get(fold(lower)) ?? 0;
  };
}

/** The table as stored in a model file: bitmask (decimal) → the words with it, space-separated, sorted. */
export function encodeGazetteerTable(table: ReadonlyMap<string, number>): Record<string, string> {
  const groups = new Map<number, string[]>();
  for (const [word, mask] of table) {
    let g = groups.get(mask);
    if (!g) groups.set(mask, (g = []));
    g.push(word);
  }
  const out: Record<string, string> = {};
  for (const mask of [...groups.keys()].sort((a, b) => a - b)) out[String(mask)] = groups.get(mask)!.sort().join(" ");
  return out;
}

export function decodeGazetteerTable(obj: Record<string, string>): Map<string, number> {
  const table = new Map<string, number>();
  for (const [mask, words] of Object.entries(obj)) {
    const m = Number(mask);
    for (const w of words.split(" ")) if (w) table.set(w, m);
  }
  return table;
}

/** The gazetteer table: folded word → bitmask (see `GAZ`). */
export function buildNerGazetteerTable(kb: KnowledgeBase | null, lists: NerGazetteerLists = {}): Map<string, number> {
  const table = new Map<string, number>();
  const add = (word: string, bit: number): void => {
    const k = fold(word);
    if (k === "" || FUNCTION_WORDS.has(k)) return;
    table.set(k, (table.get(k) ?? 0) | bit);
    if (k.indexOf("-") > 0) for (const part of k.split("-")) if (part && !FUNCTION_WORDS.has(part)) table.set(part, (table.get(part) ?? 0) | bit);
  };
  const addName = (name: string, bit: number, whole: number): void => {
    const toks = aliasTokens(name).filter((t) => /\p{L}/u.test(t));
    for (const t of toks) add(t, bit);
    if (whole && toks.length === 1) add(toks[0], whole);
  };
  if (kb) {
    for (const c of kb.countries) {
      for (const n of [c.name, ...c.aliases, ...c.seats]) addName(n, GAZ.COUNTRY, GAZ.WHOLE_LOC);
      if (c.capital) addName(c.capital, GAZ.PLACE, GAZ.WHOLE_LOC);
      for (const d of c.demonyms) addName(d, GAZ.DEMONYM, 0);
    }
    for (const p of kb.places) for (const n of [p.name, ...p.aliases]) addName(n, GAZ.PLACE, GAZ.WHOLE_LOC);
    for (const o of kb.organizations) for (const n of [o.name, ...o.aliases]) addName(n, GAZ.ORG, GAZ.WHOLE_ORG);
    for (const p of kb.people) {
      for (const n of [p.name, ...p.aliases]) {
        const toks = aliasTokens(n).filter((t) => /\p{L}/u.test(t));
        if (toks.length < 2) { if (toks.length) add(toks[0], GAZ.PERSON); continue; }
        add(toks[0], GAZ.FIRST);
        add(toks[toks.length - 1], GAZ.LAST);
        for (let i = 1; i < toks.length - 1; i++) add(toks[i], GAZ.PERSON);
      }
    }
    for (const t of kb.titleList) for (const w of aliasTokens(t.form)) if (/\p{L}/u.test(w)) add(w, GAZ.TITLE);
  }
  for (const n of lists.firstNames ?? []) add(n, GAZ.FIRST);
  for (const w of lists.orgKeywords ?? []) add(w, GAZ.ORG_KEY);
  for (const w of lists.locKeywords ?? []) add(w, GAZ.LOC_KEY);
  for (const w of lists.usStates ?? []) add(w, GAZ.STATE);
  for (const k of [...table.keys()]) if (/\s/.test(k)) table.delete(k);
  return table;
}

/** The word clusters as stored (path "coarse.fine" → space-separated words) to a table word → cluster id. */
export function decodeClusterTable(obj: Record<string, string>): Map<string, number> {
  const table = new Map<string, number>();
  for (const [path, words] of Object.entries(obj)) {
    const [c, f] = path.split(".").map(Number);
    if (!Number.isInteger(c) || !Number.isInteger(f) || f < 0 || f > 63 || c < 0) continue;
    const id = 1 + c * 64 + f;
    for (const w of words.split(" ")) if (w) table.set(w, id);
  }
  return table;
}

export function encodeClusterTable(table: ReadonlyMap<string, number>): Record<string, string> {
  const groups = new Map<number, string[]>();
  for (const [w, id] of table) {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = []));
    g.push(w);
  }
  const out: Record<string, string> = {};
  for (const id of [...groups.keys()].sort((a, b) => a - b)) out[`${(id - 1) >> 6}.${(id - 1) & 63}`] = groups.get(id)!.sort().join(" ");
  return out;
}
