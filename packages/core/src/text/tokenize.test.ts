import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize } from "./tokenize.js";
import { TokenFlag, TokenKind, type Tokens } from "./types.js";

function find(tokens: Tokens, text: string): number {
  for (let i = 0; i < tokens.count; i++) if (tokens.text(i) === text) return i;
  return -1;
}
function texts(tokens: Tokens): string[] {
  return Array.from({ length: tokens.count }, (_, i) => tokens.text(i));
}
function checkSlices(text: string, tokens: Tokens): void {
  for (let i = 0; i < tokens.count; i++) assert.equal(tokens.text(i), text.slice(tokens.start[i], tokens.end[i]));
}

test("words beyond ASCII stay whole", () => {
  const text = "Erdoğan met Zelenskyy in Łódź and São Paulo.";
  const tokens = tokenize(text);
  assert.deepEqual(texts(tokens), ["Erdoğan", "met", "Zelenskyy", "in", "Łódź", "and", "São", "Paulo", "."]);
  checkSlices(text, tokens);
  assert.ok(tokens.has(0, TokenFlag.Upper));
  assert.ok(!tokens.has(0, TokenFlag.SpaceBefore));
  assert.ok(tokens.has(1, TokenFlag.SpaceBefore));
});

test("numbers", () => {
  const text = "In 2022, 3.5 million and 1,000 troops, 10% of them.";
  const tokens = tokenize(text);
  for (const n of ["2022", "3.5", "1,000", "10%"]) {
    const i = find(tokens, n);
    assert.ok(i >= 0, n);
    assert.equal(tokens.kind[i], TokenKind.Number, n);
  }
  assert.equal(tokens.text(find(tokens, "2022") + 1), ",");
});

test("hyphenated words and repaired MT hyphenation", () => {
  const text = "the Trump-Putin call, their first high -ranking talks, the war - without";
  const tokens = tokenize(text);
  assert.ok(find(tokens, "Trump-Putin") >= 0);
  const h = find(tokens, "high -ranking");
  assert.ok(h >= 0);
  assert.equal(tokens.norm(h), "high-ranking");
  assert.equal(tokens.lower(h), "high-ranking");
  assert.equal(tokens.kind[find(tokens, "-")], TokenKind.Punct);
  checkSlices(text, tokens);
});

test("possessives split, contractions stay", () => {
  const text = "Putin’s allies' plan, Trump's deal, don’t and O'Malley";
  const tokens = tokenize(text);
  assert.deepEqual(texts(tokens), ["Putin", "’s", "allies", "'", "plan", ",", "Trump", "'s", "deal", ",", "don’t", "and", "O'Malley"]);
  assert.equal(tokens.kind[1], TokenKind.Possessive);
  assert.equal(tokens.norm(1), "'s");
  assert.equal(tokens.kind[3], TokenKind.Possessive);
  assert.equal(tokens.norm(10), "don't");
});

test("quotation marks are Quote tokens with direction", () => {
  const text = "He said “ensure” and \"go\" then ‘maybe’ (\"x\")";
  const tokens = tokenize(text);
  const quotes = [];
  for (let i = 0; i < tokens.count; i++) if (tokens.kind[i] === TokenKind.Quote) quotes.push(i);
  assert.equal(quotes.length, 8);
  const dir = quotes.map((i) => (tokens.has(i, TokenFlag.QuoteOpen) ? "o" : tokens.has(i, TokenFlag.QuoteClose) ? "c" : "?"));
  assert.deepEqual(dir, ["o", "c", "o", "c", "o", "c", "o", "c"]);
  assert.ok(tokens.has(quotes[0], TokenFlag.QuoteDouble));
  assert.ok(!tokens.has(quotes[4], TokenFlag.QuoteDouble));
  assert.equal(tokens.norm(quotes[0]), '"');
  assert.equal(tokens.text(quotes[0]), "“");
});

test("a doubled ASCII quote is one Quote token", () => {
  const text = "he said ``yes'' today";
  const tokens = tokenize(text);
  assert.deepEqual(texts(tokens), ["he", "said", "``", "yes", "''", "today"]);
  assert.ok(tokens.has(2, TokenFlag.QuoteOpen));
  assert.ok(tokens.has(4, TokenFlag.QuoteClose));
});

test("URLs, emails, handles, hashtags", () => {
  const text = "See https://www.reuters.com/world/x?id=1. Or www.example.org, mail press@un.org, @POTUS #Ukraine";
  const tokens = tokenize(text);
  const kinds: Record<string, number> = {
    "https://www.reuters.com/world/x?id=1": TokenKind.Url,
    "www.example.org": TokenKind.Url,
    "press@un.org": TokenKind.Email,
    "@POTUS": TokenKind.Handle,
    "#Ukraine": TokenKind.Hashtag,
  };
  for (const [t, k] of Object.entries(kinds)) {
    const i = find(tokens, t);
    assert.ok(i >= 0, t);
    assert.equal(tokens.kind[i], k, t);
  }
  assert.equal(tokens.text(find(tokens, "https://www.reuters.com/world/x?id=1") + 1), ".");
});

test("abbreviations and initials keep their period", () => {
  const text = "Mr. Smith, Mrs. Lee, Dr. No, Gen. X, Sen. Y, Rep. Z, Gov. A, Lt. Col. B of St. Louis met in Jan. and Sept. at 9 a.m. and 5 p.m. with U.S. and U.K. firms (Acme Inc., Foo Ltd., Bar Corp., Baz Co.) vs. others etc. No. 10 and J. K. Rowling";
  const tokens = tokenize(text);
  for (const a of ["Mr.", "Mrs.", "Dr.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "St.", "Jan.", "Sept.", "a.m.", "p.m.", "U.S.", "U.K.", "Inc.", "Ltd.", "Corp.", "Co.", "vs.", "etc.", "No.", "J.", "K."]) {
    const i = find(tokens, a);
    assert.ok(i >= 0, a);
    assert.ok(tokens.has(i, TokenFlag.Abbreviation), a);
  }
  assert.ok(find(tokens, "No") >= 0, "Dr. No stays a word");
});

test("a sentence-final word keeps its period separate", () => {
  const tokens = tokenize("They said no. It ended.");
  assert.deepEqual(texts(tokens), ["They", "said", "no", ".", "It", "ended", "."]);
});

test("flags: AllCaps, NewlineBefore", () => {
  const text = "NATO and the UN\nsaid A";
  const tokens = tokenize(text);
  assert.ok(tokens.has(0, TokenFlag.AllCaps));
  assert.ok(tokens.has(3, TokenFlag.AllCaps));
  assert.ok(!tokens.has(1, TokenFlag.AllCaps));
  assert.ok(!tokens.has(5, TokenFlag.AllCaps), "one letter is not all-caps");
  assert.ok(tokens.has(4, TokenFlag.NewlineBefore));
  assert.ok(!tokens.has(3, TokenFlag.NewlineBefore));
});

test("the columns grow past the first estimate", () => {
  const text = "a ".repeat(5000);
  const tokens = tokenize(text);
  assert.equal(tokens.count, 5000);
  assert.equal(tokens.start[4999], 9998);
  assert.equal(tokens.text(4999), "a");
});
