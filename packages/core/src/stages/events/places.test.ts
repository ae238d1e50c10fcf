import assert from "node:assert/strict";
import { test } from "node:test";
import { placeLookupFrom } from "./places.js";

test("placeLookupFrom: a country keeps the gazetteer's answer to the place the entities stage chose", () => {
  const kb = {
    place: (name: string) => name === "Sampleville"
      ? [{ name: "Sampleville", country: "ZAF", lat: -27, lon: 27 }, { name: "Sampleville", country: "USA", lat: 37.5, lon: -78.9 }]
      : [],
  };
  const lookup = placeLookupFrom(kb)!;
  assert.equal(lookup("Sampleville")?.country, "ZAF", "without a country: the first (most populous)");
  assert.equal(lookup("Sampleville", "USA")?.lat, 37.5);
  assert.equal(lookup("Sampleville", "CAN"), null);
});
