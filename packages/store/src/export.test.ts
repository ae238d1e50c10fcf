import { test } from "node:test";
import assert from "node:assert/strict";
import { GDELT_COLUMNS, csvField, gdeltRow, tsvField } from "./export.js";
import type { EventRow } from "./types.js";

const event = (date: string | null, published: string | null): EventRow => ({
  id: "a:v0", articleId: "a", articleUrl: "https://x.example/a", site: "x.example", published, date, type: "REJECT", mode: null,
  quad: "verbal-conflict", modality: "negated", sourceActor: null, sourceName: "Hungary", sourceCountry: "HUN", sourceSector: null,
  targetActor: null, targetName: null, targetCountry: "USA", targetSector: "GOV", placeName: null, placeCountry: null, lat: null, lon: null,
  start: 10, end: 30, triggerStart: 20, triggerEnd: 27, triggerText: "refused", evidence: "[]", clusterId: null,
  numMentions: null, numArticles: null, numSources: null, confidence: 0.5, pipeline: "0.1.0",
});

test("gdeltRow: full, partial and missing dates; actor codes; quad class; our columns", () => {
  const col = (row: (string | number)[], name: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(name)];
  const full = gdeltRow(event("2025-02-18", "2025-02-19"));
  assert.equal(full.length, GDELT_COLUMNS.length);
  assert.deepEqual([col(full, "SQLDATE"), col(full, "MonthYear"), col(full, "Year"), col(full, "DATEADDED")], ["20250218", "202502", "2025", "20250219"]);
  assert.deepEqual([col(full, "Actor1Code"), col(full, "Actor2Code"), col(full, "QuadClass"), col(full, "Modality"), col(full, "NumArticles")], ["HUN", "USAGOV", 3, "negated", 1]);
  const year = gdeltRow(event("1956", null));
  assert.deepEqual([col(year, "SQLDATE"), col(year, "MonthYear"), col(year, "Year"), col(year, "FractionDate")], ["19560000", "195600", "1956", ""]);
  const none = gdeltRow(event(null, null));
  assert.deepEqual([col(none, "SQLDATE"), col(none, "Year")], ["", ""]);
});

test("csvField and tsvField escape what they must", () => {
  assert.equal(csvField('say "no", then'), '"say ""no"", then"');
  assert.equal(csvField(null), "");
  assert.equal(tsvField("a\tb\nc"), "a b c");
});
