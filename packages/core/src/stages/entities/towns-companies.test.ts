/**
 * Towns that share a name across states or countries ("Springfield", "Santa Fe", "Concord"):
 * the region named next picks the nearest, a bare name again takes the reading the text gave
 * it, a story set in one country prefers that country's town. Sentences written for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { EntityRecord } from "../../doc/record.js";
import { entitiesOf, noModel } from "./setup.test.js";

const run = (text: string, published = "2019-06-01"): EntityRecord[] => entitiesOf(text, published);
/** The entity of the mention at the n-th (from 0) occurrence of `form`. */
const nth = (text: string, es: readonly EntityRecord[], form: string, n: number): EntityRecord | undefined => {
  let at = -1;
  for (let k = 0; k <= n; k++) at = text.indexOf(form, at + 1);
  return es.find((e) => e.mentions.some((m) => m.start === at && text.slice(m.start, m.end) === form));
};

test("a town named with its state is the town of that state nearest to it", { skip: noModel }, () => {
  const text = "The governor signed the budget in Springfield, Ill., on Tuesday after a long fight in the legislature.";
  const es = run(text);
  assert.equal(nth(text, es, "Springfield", 0)?.kb, "parley:springfield-us-4250542");
});

test("a bare town's name again takes the reading the text gave it first", { skip: noModel }, () => {
  const text = "Voters lined up early in Concord, N.H., on Tuesday morning.\n\nLater the candidate drove back to Concord for a rally with supporters.";
  const es = run(text);
  const first = nth(text, es, "Concord", 0);
  const second = nth(text, es, "Concord", 1);
  assert.ok(first && second);
  assert.equal(first, second);
  assert.equal(first.country, "USA");
  assert.notEqual(first.kb, "parley:concord-us");
});

test("a town named alike at home and abroad is the one of the country the story is set in", { skip: noModel }, () => {
  const text = "The governor of New Mexico met ranchers in Santa Fe on Monday, and later flew to Denver and Phoenix.";
  const es = run(text);
  assert.equal(nth(text, es, "Santa Fe", 0)?.country, "USA");
});

test("a name tagged as a person is a business when the text says so", { skip: noModel }, () => {
  const text = "Marrow Foods, the company that makes oat cereal, said it would close a plant. Marrow Foods said 200 jobs would go, and Carver Holdings LLC bought the site. Jim Kettle, a company spokesman, declined to comment.";
  const es = run(text);
  const marrow = nth(text, es, "Marrow Foods", 0);
  assert.equal(marrow?.type, "organization");
  assert.equal(marrow?.sector, "BUS");
  assert.equal(nth(text, es, "Marrow Foods", 1), marrow);
  assert.equal(nth(text, es, "Carver Holdings LLC", 0)?.type, "organization");
  assert.equal(nth(text, es, "Jim Kettle", 0)?.type, "person");
});

test("well-known companies and channels are the KB's bodies", { skip: noModel }, () => {
  const text = "Hasbro said on Monday that sales fell, and the cartoon aired on Adult Swim.";
  const es = run(text);
  assert.equal(nth(text, es, "Hasbro", 0)?.kb, "parley:hasbro");
  assert.equal(nth(text, es, "Adult Swim", 0)?.type, "organization");
});

test("a business's first word alone later is the business; a business's name before a venue head names the venue", { skip: noModel }, () => {
  const text = "Tom Breck, an analyst at the brokerage firm Pellham Dorsey Grant, was fired. A spokeswoman for Pellham declined to comment, and Pellham did not fire him. The rally filled the Wells Fargo Center.";
  const es = run(text);
  const firm = nth(text, es, "Pellham Dorsey Grant", 0);
  assert.equal(firm?.type, "organization");
  assert.equal(nth(text, es, "Pellham", 1), firm);
  const venue = nth(text, es, "Wells Fargo Center", 0);
  assert.equal(venue?.type, "place");
  assert.equal(venue?.kb, undefined);
});
