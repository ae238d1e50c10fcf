import assert from "node:assert/strict";
import { test } from "node:test";
import { normalise } from "./normalise.js";

/** The original slice behind a normalised range. */
function back(text: string, view: ReturnType<typeof normalise>, s: number, e: number): string {
  return text.slice(view.orig(s), view.origEnd(e));
}

test("plain ASCII text needs no map", () => {
  const text = 'Lavrov said "no" to the war - without a deal, and it\'s over.';
  const view = normalise(text);
  assert.equal(view.text, text);
  assert.equal(view.map, null);
  assert.equal(view.orig(5), 5);
  assert.equal(view.origEnd(7), 7);
});

test("quotation marks become straight quotes, offsets map back", () => {
  const text = "“Yes” „ja‟ «oui» ‹non› ‘one’ ‚two‛ and ``tex'' style";
  const view = normalise(text);
  assert.equal(view.text, `"Yes" "ja" "oui" 'non' 'one' 'two' and "tex" style`);
  assert.equal(view.map!.length, view.text.length + 1);
  const i = view.text.indexOf('"tex"');
  assert.equal(back(text, view, i, i + 5), "``tex''");
  assert.equal(back(text, view, 0, 5), "“Yes”");
});

test("dashes, spaces, zero-width chars and soft hyphens", () => {
  const text = "a‐b‑c‒d–e—f―g−h\u00a0i\u2009j\u202fk Zelen\u200bskyy in\u00adter\u2060x\ufeffy \u200c\u200d";
  const view = normalise(text);
  assert.equal(view.text, "a-b-c-d-e-f-g-h i j k Zelenskyy interxy ");
  const z = view.text.indexOf("Zelenskyy");
  assert.equal(back(text, view, z, z + 9), "Zelen\u200bskyy");
  assert.equal(view.orig(view.text.length), text.length);
});

test("NFKC per char and per cluster keeps offsets", () => {
  const text = "ﬁne café e\u0301 … Ｔｒｕｍｐ";
  const view = normalise(text);
  assert.equal(view.text, "fine café é ... Trump");
  const e = view.text.indexOf("é ...");
  assert.equal(back(text, view, e, e + 1), "e\u0301");
  assert.equal(back(text, view, 0, 2), "ﬁ");
  const dots = view.text.indexOf("...");
  assert.equal(back(text, view, dots, dots + 3), "…");
  const t = view.text.indexOf("Trump");
  assert.equal(back(text, view, t, t + 5), "Ｔｒｕｍｐ");
});

test("broken MT hyphenation is repaired, dashes between spaces are not", () => {
  const text = "their first high -ranking talks; the sovereign -Wealth Fund; the war - without; the war – without";
  const view = normalise(text);
  assert.equal(view.text, "their first high-ranking talks; the sovereign-Wealth Fund; the war - without; the war - without");
  const h = view.text.indexOf("high-ranking");
  assert.equal(back(text, view, h, h + 12), "high -ranking");
  const w = view.text.indexOf("sovereign-Wealth");
  assert.equal(back(text, view, w, w + 16), "sovereign -Wealth");
});

test("a byte-order mark is dropped", () => {
  const text = "\ufeffThe talks";
  const view = normalise(text);
  assert.equal(view.text, "The talks");
  assert.equal(text.slice(view.orig(0), view.origEnd(3)), "The");
});

test("astral letters survive; empty text", () => {
  const text = "𝐁old 😀 x";
  const view = normalise(text);
  assert.equal(view.text, "Bold 😀 x");
  assert.equal(back(text, view, 0, 4), "𝐁old");
  assert.equal(normalise("").map, null);
});
