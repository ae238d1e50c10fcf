import assert from "node:assert/strict";
import { test } from "node:test";
import { findDateline } from "./dateline.js";
import { segment } from "./sentences.js";
import { tokenize } from "./tokenize.js";
import { TokenFlag } from "./types.js";

function split(text: string): { paragraphs: string[]; sentences: string[] } {
  const tokens = tokenize(text);
  const { paragraphs, sentences } = segment(text, tokens);
  return {
    paragraphs: Array.from({ length: paragraphs.count }, (_, i) => text.slice(paragraphs.start[i], paragraphs.end[i])),
    sentences: Array.from({ length: sentences.count }, (_, i) => text.slice(sentences.start[i], sentences.end[i])),
  };
}

test("sentences end at . ! ? … and runs like ?!", () => {
  assert.deepEqual(split("It ended. Really?! Yes… 2022 was hard. “Next” came.").sentences, [
    "It ended.", "Really?!", "Yes…", "2022 was hard.", "“Next” came.",
  ]);
});

test("closing quotes and brackets stay inside the sentence", () => {
  assert.deepEqual(split("He said “we are here.” Then he left. (It was late.) The end.").sentences, [
    "He said “we are here.”", "Then he left.", "(It was late.)", "The end.",
  ]);
});

test("no split before a lower-case word or without a space", () => {
  assert.deepEqual(split("The war. and then. It went to x.com today.").sentences, ["The war. and then.", "It went to x.com today."]);
});

test("titles, months, initials and decimals do not end sentences", () => {
  assert.deepEqual(split("Mr. Smith met Gen. Jones and Dr. Who on Jan. 5 at St. Paul. J. K. Rowling wrote 3.5 books. Done.").sentences, [
    "Mr. Smith met Gen. Jones and Dr. Who on Jan. 5 at St. Paul.",
    "J. K. Rowling wrote 3.5 books.",
    "Done.",
  ]);
});

test("U.S., Inc. and a.m. end a sentence only before a sentence starter", () => {
  assert.deepEqual(split("He met U.S. President Trump. He flew to the U.S. The talks began at 9 a.m. They ended at Acme Inc. Chairman Bob left.").sentences, [
    "He met U.S. President Trump.",
    "He flew to the U.S.",
    "The talks began at 9 a.m.",
    "They ended at Acme Inc. Chairman Bob left.",
  ]);
});

test("speech tags after a quote stay in the sentence", () => {
  assert.deepEqual(split("“We will win,” said Lavrov. “Why?” Trump asked. “Never!” said Putin.").sentences, [
    "“We will win,” said Lavrov.", "“Why?” Trump asked.", "“Never!” said Putin.",
  ]);
});

test("paragraphs: blank lines and single newlines, but not soft wraps", () => {
  const { paragraphs, sentences } = split("First line.\nSecond line\nThird line\ncontinues here.\n\nLast one");
  assert.deepEqual(paragraphs, ["First line.", "Second line", "Third line\ncontinues here.", "Last one"]);
  assert.deepEqual(sentences, ["First line.", "Second line", "Third line\ncontinues here.", "Last one"]);
});

test("no sentence crosses a paragraph break", () => {
  const { sentences } = split("He said\nThe talks ended. no\n\nmore");
  assert.deepEqual(sentences, ["He said", "The talks ended. no", "more"]);
});

test("datelines are their own sentences", () => {
  assert.deepEqual(split("WASHINGTON (Reuters) - The U.S. said so.").sentences, ["WASHINGTON (Reuters) -", "The U.S. said so."]);
  assert.deepEqual(split("MOSCOW, Feb 18 (AP) — Russia agreed.").sentences, ["MOSCOW, Feb 18 (AP) —", "Russia agreed."]);
  assert.deepEqual(split("NEW YORK — Talks began.").sentences, ["NEW YORK —", "Talks began."]);
  assert.deepEqual(split("Trump - the president - spoke.").sentences, ["Trump - the president - spoke."]);
});

test("bylines are their own paragraphs", () => {
  const { paragraphs } = split("Talks in Riyadh\nBy Jane Doe and John Roe\nRussia and the US met.\nAdditional reporting by Max Mustermann; Editing by Ann Lee");
  assert.deepEqual(paragraphs, [
    "Talks in Riyadh", "By Jane Doe and John Roe", "Russia and the US met.", "Additional reporting by Max Mustermann; Editing by Ann Lee",
  ]);
  const soft = split("By Jane Doe\nand more text");
  assert.deepEqual(soft.paragraphs, ["By Jane Doe", "and more text"]);
});

test("the Wikinews opening date line is its own paragraph", () => {
  const text = "Thursday, May 16, 2019 \n\n\nUS singer Doris Day died on Monday.";
  assert.deepEqual(split(text).paragraphs, ["Thursday, May 16, 2019", "US singer Doris Day died on Monday."]);
  assert.deepEqual(split("May 16, 2019 Doris Day died.").paragraphs, ["May 16, 2019", "Doris Day died."]);
});

test("findDateline", () => {
  const text = "\ufeffThursday, May 16, 2019 \n\nText";
  const d = findDateline(text)!;
  assert.equal(d.date, "2019-05-16");
  assert.equal(text.slice(d.start, d.end), "Thursday, May 16, 2019");
  assert.deepEqual(findDateline("Feb. 18, 2025 — talks"), { date: "2025-02-18", start: 0, end: 13 });
  assert.equal(findDateline("September 3, 2020")!.date, "2020-09-03");
  assert.equal(findDateline("The talks on May 16, 2019"), null);
  assert.equal(findDateline("May 45, 2019"), null);
});

test("sentenceOf and flags", () => {
  const text = "One two. Three four.\nFive.";
  const tokens = tokenize(text);
  const { paragraphs, sentences } = segment(text, tokens);
  assert.equal(paragraphs.count, 2);
  assert.equal(sentences.count, 3);
  assert.deepEqual(Array.from(sentences.paragraph), [0, 0, 1]);
  assert.equal(sentences.sentenceOf(0), 0);
  assert.equal(sentences.sentenceOf(3), 1);
  assert.equal(sentences.sentenceOf(6), 2);
  assert.ok(tokens.has(3, TokenFlag.SentenceStart));
  assert.ok(!tokens.has(3, TokenFlag.ParagraphStart));
  assert.ok(tokens.has(6, TokenFlag.ParagraphStart));
  assert.equal(sentences.tokStart[1], 3);
  assert.equal(sentences.tokEnd[1], 6);
});

test("empty text", () => {
  const { paragraphs, sentences } = segment("", tokenize(""));
  assert.equal(paragraphs.count, 0);
  assert.equal(sentences.count, 0);
});
