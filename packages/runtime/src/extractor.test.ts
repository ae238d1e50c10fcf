import { test } from "node:test";
import assert from "node:assert/strict";
import { sha256Hex, toRecord, Doc } from "@parley/core";
import { createExtractor } from "./extractor.js";

test("the record id is the sha256 of the text, whichever hasher made it (native here, core's own in toRecord)", () => {
  const text = "Erdoğan met the envoys in Riad — “we agreed,” he said. 😀";
  const record = createExtractor().extract(text);
  assert.equal(record.id, sha256Hex(text));
  assert.equal(record.id, toRecord(new Doc(text, {})).id);
  assert.match(record.id, /^[0-9a-f]{64}$/);
});
