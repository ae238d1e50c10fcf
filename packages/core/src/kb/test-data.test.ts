/** Shared by the KB tests (a helper, named *.test.ts so the core purity check treats it as test code): the shipped KB and a tiny in-memory one. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadKnowledgeBase } from "./load.js";
import type { KnowledgeBase } from "./knowledge-base.js";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

let shipped: KnowledgeBase | undefined;
/** The knowledge base in data/ (loaded once per test process). */
export function shippedKb(): KnowledgeBase {
  shipped ??= loadKnowledgeBase((rel) => readFileSync(join(repoRoot, "data", rel), "utf8"));
  return shipped;
}

/** A minimal valid KB, file by file; tests replace one file to break it. */
export function miniFiles(): Record<string, string> {
  const lines = (...objs: object[]) => objs.map((o) => JSON.stringify(o)).join("\n") + "\n";
  return {
    "kb/offices.jsonl": lines(
      { office: "president", label: "President", fallback: [] },
      { office: "head-of-government", label: "head of government", fallback: ["president"] },
      { office: "foreign-minister", label: "Foreign Minister", fallback: [] },
    ),
    "kb/countries.jsonl": lines(
      { id: "parley:examplia", kind: "country", iso3: "XEA", iso2: "XE", name: "Examplia", aliases: ["the Republic of Examplia"], foreign: ["Exemplie"], demonyms: ["Examplian"], capital: "Sampleton", seats: ["Sampleton", "the Blue House"] },
      { id: "parley:region-testland", kind: "region", iso3: "TST", name: "Testland", aliases: [], foreign: [], demonyms: [], seats: [] },
    ),
    "kb/organizations.jsonl": lines(
      { id: "parley:union-of-examples", kind: "organization", name: "Union of Examples", aliases: ["UOE"], sector: "IGO", code: "UOE" },
      { id: "parley:examplia-ministry", kind: "organization", name: "Examplian Ministry of Things", aliases: [], country: "XEA", sector: "GOV" },
    ),
    "kb/people.jsonl": lines(
      { id: "parley:ada-first", name: "Ada First", aliases: ["First"], gender: "female", country: "XEA", roles: [{ title: "President", office: "president", country: "XEA", sector: "GOV", start: "2010-01-01", end: "2020-01-01" }] },
      { id: "parley:bo-second", name: "Bo Secondsson", aliases: ["Secondsson"], country: "XEA", roles: [{ title: "President", office: "president", country: "XEA", sector: "GOV", start: "2020-01-01", end: null }, { title: "Foreign Minister", office: "foreign-minister", country: "XEA", sector: "GOV", start: "2015-05-05", end: "2020-01-01" }] },
    ),
    "kb/titles.jsonl": lines(
      { form: "President", office: "president", sector: "GOV" },
      { form: "Foreign Minister", office: "foreign-minister", sector: "GOV" },
      { form: "Grand Vizier", office: "head-of-government", sector: "GOV", countries: ["XEA"] },
    ),
    "kb/places.jsonl": lines({ id: "parley:sampleton-xe", name: "Sampleton", country: "XEA", lat: 10.5, lon: 20.25, pop: 500000, capital: true }),
    "kb/places-extra.jsonl": lines({ id: "parley:example-sea", name: "Example Sea", aliases: ["the Example Sea"], lat: 1, lon: 2, kind: "water" }),
    "kb/subdivisions.jsonl": lines({ id: "parley:north-examplia-xea", name: "North Examplia", aliases: [], country: "XEA", lat: 12, lon: 20, kind: "region" }),
    "kb/place-aliases.jsonl": lines({ alias: "Sampletown", name: "Sampleton", country: "XEA" }),
  };
}

/** Load a KB from in-memory files. */
export function loadFiles(files: Record<string, string>): KnowledgeBase {
  return loadKnowledgeBase((rel) => {
    const text = files[rel];
    if (text === undefined) throw new Error(`no file ${rel}`);
    return text;
  });
}
