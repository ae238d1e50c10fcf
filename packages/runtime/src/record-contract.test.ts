/**
 * The record contract (docs/record.md) over every text we can reach: fixtures we wrote, and
 * the seed, Wikinews and PolNeAR dev texts from ../shared when present. Every span's text is
 * the slice of the input at its offsets; references point at entities in the same record;
 * the same input gives the same record.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { ParleyRecord } from "@parley/core";
import { buildMeta } from "./meta.js";
import { createExtractor } from "./extractor.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const shared = join(root, "..", "shared", "data");
const noShared = existsSync(shared) ? false : "../shared is absent";

function texts(dir: string, limit = Infinity): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, limit).map((f) => join(dir, f));
}

type Spanish = { start: number; end: number; text?: string };

function checkRecord(file: string, text: string, record: ParleyRecord): void {
  const where = (what: string) => `${file}: ${what}`;
  const span = (what: string, s: Spanish | null | undefined) => {
    if (!s) return;
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length,
      where(`${what} [${s.start}, ${s.end}) outside the text`));
    if (s.text !== undefined) assert.equal(s.text, text.slice(s.start, s.end), where(`${what} text differs from its slice`));
  };
  const ids = new Set<string>();
  for (const e of record.entities) {
    assert.ok(!ids.has(e.id), where(`duplicate entity id ${e.id}`));
    ids.add(e.id);
    assert.ok(e.mentions.length > 0, where(`entity ${e.name} without mentions`));
    for (const m of e.mentions) span(`mention of ${e.name}`, m);
  }
  const ref = (what: string, id: string | undefined) => {
    if (id !== undefined) assert.ok(ids.has(id), where(`${what} refers to unknown entity ${id}`));
  };
  for (const q of record.quotes) {
    span("quote", q);
    span("speaker", q.speaker);
    span("cue", q.cue);
    ref("speaker", q.speaker?.entity);
    assert.ok(["direct", "partial", "indirect"].includes(q.kind));
  }
  for (const ev of record.events) {
    span("event", ev);
    span("trigger", ev.trigger);
    assert.ok(ev.trigger.end > ev.trigger.start, where("event without a trigger"));
    for (const e of ev.evidence ?? []) span("evidence", e);
    ref("source", ev.source?.entity);
    ref("target", ev.target?.entity);
  }
  for (const d of record.diagnostics) span("diagnostic", d);
}

test("records from our fixtures keep the contract and are deterministic", () => {
  const extractor = createExtractor();
  const files = texts(join(root, "fixtures", "articles"));
  assert.ok(files.length > 0);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const a = extractor.extract(text, buildMeta(text, { source: file, date: "2025-02-18" }));
    checkRecord(file, text, a);
    const b = extractor.extract(text, buildMeta(text, { source: file, date: "2025-02-18" }));
    assert.equal(JSON.stringify(a), JSON.stringify(b), `${file}: same input, different record`);
  }
});

test("records from the shared texts keep the contract", { skip: noShared }, () => {
  const extractor = createExtractor();
  const attributions = createExtractor({ options: { quotes: { indirect: true, mergeRuns: true } } });
  const files = [
    join(shared, "seed", "riyadh-talks.txt"),
    ...texts(join(shared, "wikinews", "2019")),
    ...texts(join(shared, "polnear", "dev", "text")),
  ];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const meta = buildMeta(text, { source: file, date: "2025-02-18" });
    checkRecord(file, text, extractor.extract(text, meta));
    checkRecord(file, text, attributions.extract(text, meta));
  }
});

test("the seed: the US Foreign Minister is Marco Rubio and Sir Keir Starrer is Keir Starmer", { skip: noShared }, () => {
  const file = join(shared, "seed", "riyadh-talks.txt");
  const text = readFileSync(file, "utf8");
  const record = createExtractor().extract(text, buildMeta(text, { date: "2025-02-18" }));
  const named = (surface: string) => record.entities.find((e) => e.mentions.some((m) => m.text === surface))?.name;
  assert.equal(named("the US Foreign Minister"), "Marco Rubio");
  assert.equal(named("Sir Keir Starrer") ?? named("Keir Starrer"), "Keir Starmer");
  assert.equal(named("Moscow"), "Russia");
});
