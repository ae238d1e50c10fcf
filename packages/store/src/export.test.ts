import { test } from "node:test";
import assert from "node:assert/strict";
import { GDELT_COLUMNS, GDELT_KINDS, csvField, gdeltRow, gdeltValues, tsvField } from "./export.js";
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

test("gdeltValues: typed values with nulls kept, matching GDELT_KINDS", () => {
  const col = (row: (string | number | null)[], name: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(name)];
  const full = gdeltValues(event("2025-02-18", "2025-02-19"));
  assert.deepEqual(Object.keys(GDELT_KINDS), [...GDELT_COLUMNS]);
  GDELT_COLUMNS.forEach((c, i) => {
    const v = full[i];
    const kind = GDELT_KINDS[c];
    if (v !== null) assert.equal(typeof v, kind === "string" ? "string" : "number", c);
    if (kind === "integer" && v !== null) assert.ok(Number.isInteger(v), c);
  });
  assert.deepEqual([col(full, "SQLDATE"), col(full, "MonthYear"), col(full, "Year"), col(full, "DATEADDED"), col(full, "FractionDate")], [20250218, 202502, 2025, 20250219, 2025.1342]);
  assert.deepEqual([col(full, "Actor1Name"), col(full, "Actor2Name"), col(full, "Actor1Type1Code"), col(full, "EventBaseCode"), col(full, "ClusterId"), col(full, "ActionGeo_Lat")], ["Hungary", null, null, null, null, null]);
  const none = gdeltValues({ ...event(null, null), sourceCountry: null });
  assert.deepEqual([col(none, "SQLDATE"), col(none, "Year"), col(none, "FractionDate"), col(none, "DATEADDED"), col(none, "Actor1Code")], [null, null, null, null, null]);
});

test("csvField and tsvField escape what they must", () => {
  assert.equal(csvField('say "no", then'), '"say ""no"", then"');
  assert.equal(csvField(null), "");
  assert.equal(tsvField("a\tb\nc"), "a b c");
});
