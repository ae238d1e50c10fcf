import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize } from "../text/index.js";
import { PhraseMatcher } from "./matcher.js";
import { shippedKb } from "./test-data.test.js";

function lowers(text: string): { text: string; lowers: string[]; start: Int32Array; end: Int32Array } {
  const t = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(t.lower(i));
  return { text, lowers: out, start: t.start, end: t.end };
}

test("longest match wins and matches do not overlap", () => {
  const m = new PhraseMatcher<string>();
  m.add("United States", "country");
  m.add("United States Senate", "senate");
  m.add("Senate", "any senate");
  m.add("States", "word");
  const doc = lowers("The United States Senate and the Senate met.");
  const found = m.match(doc.lowers);
  assert.deepEqual(found.map((f) => [doc.text.slice(doc.start[f.tokStart], doc.end[f.tokEnd - 1]), f.entries]), [
    ["United States Senate", ["senate"]],
    ["Senate", ["any senate"]],
  ]);
});

test("tokenised like the text: U.S., possessives, hyphens, diacritics, optional 'the'", () => {
  const m = new PhraseMatcher<string>();
  m.add("U.S.", "usa");
  m.add("Recep Tayyip Erdoğan", "erdogan");
  m.add("Kim Jong-un", "kim");
  m.add("the Kremlin", "kremlin");
  const doc = lowers("Kremlin aides said the U.S.'s envoy met Recep Tayyip Erdogan, then Kim Jong-un's sister.");
  const found = m.match(doc.lowers).map((f) => [doc.text.slice(doc.start[f.tokStart], doc.end[f.tokEnd - 1]), f.entries[0]]);
  assert.deepEqual(found, [
    ["Kremlin", "kremlin"], ["U.S.", "usa"], ["Recep Tayyip Erdogan", "erdogan"], ["Kim Jong-un", "kim"],
  ]);
});

test("from/to bound the scan", () => {
  const m = new PhraseMatcher<number>();
  m.add("New York", 1);
  const doc = lowers("New York and New York");
  assert.deepEqual(m.match(doc.lowers, 1).map((f) => f.tokStart), [3]);
  assert.deepEqual(m.match(doc.lowers, 0, 1), []);
});

test("the KB matcher finds people, countries by demonym and seats, organisations and places", () => {
  const kb = shippedKb();
  const doc = lowers("Ukrainian President Volodymyr Zelenskyy said the US State Department and the Kremlin met in Riad.");
  const found = kb.matcher.match(doc.lowers).map((f) => ({
    text: doc.text.slice(doc.start[f.tokStart], doc.end[f.tokEnd - 1]),
    names: [...new Set(f.entries.map((e) => e.entity.name))],
  }));
  const byText = new Map(found.map((f) => [f.text, f.names]));
  assert.deepEqual(byText.get("Ukrainian"), ["Ukraine"]);
  assert.deepEqual(byText.get("Volodymyr Zelenskyy"), ["Volodymyr Zelenskyy"]);
  assert.deepEqual(byText.get("US State Department"), ["US State Department"]);
  assert.ok(byText.get("the Kremlin")?.includes("Russia"));
  assert.ok(byText.get("Riad")?.includes("Riyadh"));
  assert.ok(kb.titleMatcher.match(doc.lowers).some((f) => f.entries[0].office === "president"));
});

test("a longer phrase starting inside a match wins", () => {
  const m = new PhraseMatcher<string>();
  m.add("the US", "country");
  m.add("US State Department", "department");
  const doc = lowers("said the US State Department today");
  assert.deepEqual(m.match(doc.lowers).map((f) => [f.tokStart, f.tokEnd, f.entries[0]]), [[2, 5, "department"]]);
});
