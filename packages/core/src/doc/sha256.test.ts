import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { sha256Hex } from "./sha256.js";

test("sha256 matches node:crypto on ascii, unicode and block-boundary inputs", () => {
  const inputs = ["", "abc", "Erdoğan in Łódź — “quoted”", "x".repeat(55), "x".repeat(56), "y".repeat(64), "z".repeat(1000), "😀 astral"];
  for (const s of inputs) assert.equal(sha256Hex(s), createHash("sha256").update(s, "utf8").digest("hex"), JSON.stringify(s.slice(0, 20)));
});
