/** The text layer on shared data (skipped when ../shared is absent). */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { normalise } from "./normalise.js";
import { segment } from "./sentences.js";
import { tokenize } from "./tokenize.js";
import { TokenKind, type Tokens } from "./types.js";

const shared = fileURLToPath(new URL("../../../../../shared/data/", import.meta.url));
const seedPath = `${shared}seed/riyadh-talks.txt`;
const polnearDir = `${shared}polnear/train/text`;
const wikinewsDir = `${shared}wikinews/2019`;

function find(tokens: Tokens, text: string): number {
  for (let i = 0; i < tokens.count; i++) if (tokens.text(i) === text) return i;
  return -1;
}

test("seed: riyadh-talks", { skip: existsSync(seedPath) ? false : "shared seed data absent" }, () => {
  const text = readFileSync(seedPath, "utf8");
  const tokens = tokenize(text, normalise(text));
  const { paragraphs, sentences } = segment(text, tokens);
  for (let i = 0; i < tokens.count; i++) {
    assert.equal(tokens.text(i), text.slice(tokens.start[i], tokens.end[i]));
    assert.ok(tokens.end[i] > tokens.start[i]);
    if (i > 0) assert.ok(tokens.start[i] >= tokens.end[i - 1]);
  }
  for (let s = 0; s < sentences.count; s++) {
    assert.ok(!text.slice(sentences.start[s], sentences.end[s]).includes("\n"), `sentence ${s} crosses a newline`);
  }
  assert.equal(paragraphs.count, text.trim().split("\n").filter((l) => l.trim()).length);
  const erdogan = text.indexOf("Erdoğan");
  if (erdogan >= 0) assert.ok(find(tokens, "Erdoğan") >= 0);
  const h = find(tokens, "high -ranking");
  assert.ok(h >= 0);
  assert.equal(tokens.norm(h), "high-ranking");
  const ensure = text.indexOf("ensure“");
  assert.ok(ensure >= 0);
  let quote = -1;
  for (let i = 0; i < tokens.count; i++) if (tokens.start[i] === ensure + 6) quote = i;
  assert.equal(tokens.kind[quote], TokenKind.Quote);
  assert.equal(tokens.kind[find(tokens, "Zelenskyy")], TokenKind.Word);
  assert.equal(tokens.kind[find(tokens, "’s")], TokenKind.Possessive);
});

test("PolNeAR: a file with a byte-order mark", { skip: existsSync(polnearDir) ? false : "shared PolNeAR data absent" }, () => {
  const files = readdirSync(polnearDir).sort();
  const name = files.find((f) => readFileSync(`${polnearDir}/${f}`, "utf8").includes("\ufeff"));
  assert.ok(name, "a PolNeAR file with a BOM");
  const text = readFileSync(`${polnearDir}/${name}`, "utf8");
  const view = normalise(text);
  assert.ok(!view.text.includes("\ufeff"));
  const tokens = tokenize(text, view);
  const bom = text.indexOf("\ufeff");
  for (let i = 0; i < tokens.count; i++) {
    assert.equal(tokens.text(i), text.slice(tokens.start[i], tokens.end[i]));
    assert.ok(!tokens.norm(i).includes("\ufeff"));
    assert.ok(tokens.start[i] !== bom);
  }
  const { sentences } = segment(text, tokens);
  assert.ok(sentences.count > 0);
});

test("PolNeAR: every file, tokens and sentences are well formed", { skip: existsSync(polnearDir) ? false : "shared PolNeAR data absent" }, () => {
  for (const name of readdirSync(polnearDir)) {
    const text = readFileSync(`${polnearDir}/${name}`, "utf8");
    const tokens = tokenize(text);
    const { paragraphs, sentences } = segment(text, tokens);
    for (let i = 1; i < tokens.count; i++) assert.ok(tokens.start[i] >= tokens.end[i - 1] && tokens.end[i] > tokens.start[i], name);
    let covered = 0;
    for (let s = 0; s < sentences.count; s++) {
      covered += sentences.tokEnd[s] - sentences.tokStart[s];
      const p = sentences.paragraph[s];
      assert.ok(sentences.start[s] >= paragraphs.start[p] && sentences.end[s] <= paragraphs.end[p], name);
    }
    assert.equal(covered, tokens.count, name);
  }
});

test("Wikinews: the opening date line is its own paragraph", { skip: existsSync(wikinewsDir) ? false : "shared Wikinews data absent" }, () => {
  for (const name of readdirSync(wikinewsDir).slice(0, 30)) {
    const text = readFileSync(`${wikinewsDir}/${name}`, "utf8");
    const tokens = tokenize(text);
    const { paragraphs } = segment(text, tokens);
    const first = text.slice(paragraphs.start[0], paragraphs.end[0]);
    assert.match(first, /^\w+day, \w+ \d{1,2}, \d{4}$/, name);
  }
});
