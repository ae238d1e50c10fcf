import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { test } from "node:test";
import { DATA, polnearTrain, rng, unseenWikinews } from "./unseen.js";

const noShared = existsSync(DATA) ? false : `../shared is absent (${DATA})`;

test("unseen Wikinews texts leave out every text with a gold file", { skip: noShared }, () => {
  const gold = readdirSync(join(DATA, "wikinews", "2019", "gold")).filter((f) => f.endsWith(".gold.json"));
  assert.ok(gold.length > 0);
  const unseen = new Set(unseenWikinews().map((p) => basename(p)));
  for (const g of gold) assert.ok(!unseen.has(g.replace(/\.gold\.json$/, ".txt")), `${g}'s text is not unseen`);
  const all = readdirSync(join(DATA, "wikinews", "2019")).filter((f) => f.endsWith(".txt"));
  assert.equal(unseen.size, all.length - gold.length);
});

test("PolNeAR samples come from train, never dev", { skip: noShared }, () => {
  const train = polnearTrain();
  assert.ok(train.length > 0);
  assert.ok(train.every((p) => p.includes(join("polnear", "train"))));
});

test("the generator is seeded: the same seed draws the same numbers", () => {
  const a = rng(7), b = rng(7), c = rng(8);
  const xs = [a(), a(), a()];
  assert.deepEqual([b(), b(), b()], xs);
  assert.notDeepEqual([c(), c(), c()], xs);
  assert.ok(xs.every((x) => x >= 0 && x < 1));
});
