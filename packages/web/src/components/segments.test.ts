import { test } from "node:test";
import assert from "node:assert/strict";
import { lisbonFixture } from "../../../server/src/fixtures.js";
import { segment } from "./segments.js";

test("runs tile the text and carry the spans that cover them", () => {
  const { text, record } = lisbonFixture();
  const runs = segment(text, record);
  assert.equal(runs.map((r) => text.slice(r.start, r.end)).join(""), text);
  const speaker = runs.find((r) => r.speakerOf === 0)!;
  assert.equal(text.slice(speaker.start, speaker.end), "Costa");
  assert.equal(speaker.mention?.entity.name, "Maria Costa");
  const trigger = runs.find((r) => r.triggerOf === 1)!;
  assert.equal(text.slice(trigger.start, trigger.end), "met");
  assert.equal(trigger.event, 1);
  const inQuote = runs.filter((r) => r.quote === 0).map((r) => text.slice(r.start, r.end)).join("");
  assert.equal(inQuote, record.quotes[0].text);
});

test("spans outside the text are clipped, not thrown on", () => {
  const record = { ...lisbonFixture().record, quotes: [], events: [] };
  record.entities = [{ id: "e1", name: "X", type: "person", roles: [], mentions: [{ start: 3, end: 999, text: "", via: "name" }] }];
  const runs = segment("abcdef", record);
  assert.deepEqual(runs.map((r) => [r.start, r.end, Boolean(r.mention)]), [[0, 3, false], [3, 6, true]]);
});
