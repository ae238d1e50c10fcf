/**
 * Hand-built articles and records for the conformance suite and query tests, read from
 * `fixtures/corpus.json` (names are data, not code). Spans are given by the words they
 * cover and located here, so offsets always slice back to those words.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { EntityRecord, EventRecord, ParleyRecord, QuoteRecord, TextSpan } from "@parley/core";
import type { ArticleInput } from "./types.js";

interface FixtureArticle {
  url: string; title: string; published: string; language: string; text: string;
  entities: (Omit<EntityRecord, "mentions"> & { mentions: string[] })[];
  quotes: { words: string; kind: QuoteRecord["kind"]; speaker: [string, string] | null; cue: string }[];
  events: (Omit<EventRecord, "start" | "end" | "trigger"> & { clause: string; trigger: string })[];
}

/** The span of `words#n` (n-th occurrence, default 1) in `text`. */
export function locate(text: string, spec: string): TextSpan {
  const m = /^(.*?)(?:#(\d+))?$/s.exec(spec)!;
  const words = m[1];
  let at = -1;
  for (let n = Number(m[2] ?? 1); n > 0; n--) {
    at = text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`fixture: "${spec}" not found`);
  }
  return { start: at, end: at + words.length, text: words };
}

export interface FixtureItem { article: ArticleInput; record: ParleyRecord | null }

/** The fixture corpus: four articles (three English with records, one German not extracted). */
export function fixtureCorpus(): FixtureItem[] {
  const raw = JSON.parse(readFileSync(new URL("../fixtures/corpus.json", import.meta.url), "utf8")) as { articles: FixtureArticle[] };
  return raw.articles.map((a) => {
    const id = createHash("sha256").update(a.text).digest("hex");
    const extracted = a.language === "en";
    const article: ArticleInput = {
      id, text: a.text, source: a.url, url: a.url, title: a.title, published: a.published, publishedFrom: "meta",
      language: a.language, status: extracted ? "extracted" : "language", extractor: { name: "parley", version: "0.1.0" },
      html: `<html><head><title>${a.title}</title></head><body><p>${a.text}</p></body></html>`,
    };
    if (!extracted) return { article, record: null };
    const record: ParleyRecord = {
      parley: "0.1.0", id, meta: { source: a.url, title: a.title, published: a.published, language: a.language },
      entities: a.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...locate(a.text, m), via: "name" as const })) })),
      quotes: a.quotes.map((q) => {
        const words = locate(a.text, q.words);
        return {
          ...words, kind: q.kind, confidence: 0.9,
          speaker: q.speaker ? { entity: q.speaker[0], ...locate(a.text, q.speaker[1]) } : null,
          cue: locate(a.text, q.cue),
        };
      }),
      events: a.events.map(({ clause, trigger, ...e }) => {
        const span = locate(a.text, clause);
        return { ...e, start: span.start, end: span.end, trigger: locate(a.text, trigger) };
      }),
      diagnostics: [],
      stages: [{ name: "fixture", version: "1" }],
    };
    return { article, record };
  });
}
