import assert from "node:assert/strict";
import { test } from "node:test";
import { damerau, maxEdits } from "./fuzzy.js";
import { aliasTokens, fold, normalizeAlias, skeleton } from "./normalize.js";

test("fold strips case and diacritics", () => {
  assert.equal(fold("Erdoğan"), "erdogan");
  assert.equal(fold("Łukasz Ørsted"), "lukasz orsted");
  assert.equal(fold("Côte d’Ivoire"), "cote d'ivoire");
});

test("fold: plain ASCII is only lower-cased, a backtick still becomes an apostrophe", () => {
  assert.equal(fold("Sergei LAVROV, U.S."), "sergei lavrov, u.s.");
  assert.equal(fold("O`Brien"), "o'brien");
  assert.equal(fold("Erdogan-led"), "erdogan-led");
  assert.equal(fold("pro\u2010Kremlin"), "pro-kremlin");
});

test("normalizeAlias: tokens, folded, leading 'the' dropped", () => {
  assert.equal(normalizeAlias("The  Élysée"), "elysee");
  assert.equal(normalizeAlias("the U.S."), "u.s.");
  assert.equal(normalizeAlias("People's Republic of China"), "people 's republic of china");
  assert.deepEqual(aliasTokens("Kim Jong-un"), ["kim", "jong-un"]);
});

test("transliteration skeleton joins common variants", () => {
  assert.equal(skeleton("Zelenskyy"), skeleton("Zelenskiy"));
  assert.equal(skeleton("Sergei Shoigu"), skeleton("Sergey Shoygu"));
  assert.equal(skeleton("Khamenei"), skeleton("Hamenei"));
  assert.notEqual(skeleton("Lavrov"), skeleton("Lavrin"));
});

test("damerau counts an adjacent transposition as one edit and stops at the bound", () => {
  assert.equal(damerau("starmer", "starrer"), 1);
  assert.equal(damerau("lavrov", "lavorv"), 1);
  assert.equal(damerau("abc", "abc"), 0);
  assert.equal(damerau("kitten", "sitting"), 3);
  assert.equal(damerau("kitten", "sitting", 1), 2);
  assert.equal(damerau("", "abc"), 3);
  assert.deepEqual([4, 5, 8, 9].map(maxEdits), [0, 1, 1, 2]);
});
