/** Places and bodies named after a person ("Trump Tower", "the Clinton Foundation"). Sentences written for these tests. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { EntityRecord } from "../../doc/record.js";
import { entitiesOf, entityAt, noModel } from "./setup.test.js";

const run = (text: string, published = "2016-06-01"): EntityRecord[] => entitiesOf(text, published);

const at = entityAt;

test("a KB person's surname before a place's head noun names a place, and the person keeps their own mentions", { skip: noModel }, () => {
  const text = "Donald Trump met donors on Monday. Protesters gathered outside Trump Tower for hours, and Trump said nothing.";
  const es = run(text);
  const tower = at(text, es, "Trump Tower");
  assert.equal(tower?.type, "place");
  assert.equal(tower?.kb, undefined);
  const person = es.find((e) => e.kb === "parley:donald-trump");
  assert.ok(person, "the KB person is found");
  assert.ok(!person.mentions.some((m) => text.slice(m.start, m.end) === "Trump Tower"), "the tower is not a mention of him");
  assert.ok(person.mentions.some((m) => m.start === text.lastIndexOf("Trump")), "the later 'Trump' is his");
});

test("a KB person's surname before a body's head noun names a body with that head's sector", { skip: noModel }, () => {
  const text = "Former students sued Trump University in California, Donald Trump's lawyers said.";
  const es = run(text);
  const body = at(text, es, "Trump University");
  assert.equal(body?.type, "organization");
  assert.equal(body?.kb, undefined);
  assert.ok(body?.sector, "the head noun gives a sector");
});

test("a tagged person's name closed by a body's head noun is the body", { skip: noModel }, () => {
  const text = "The Clinton Foundation accepted donations from foreign governments, the report said.";
  const body = at(text, run(text), "Clinton Foundation");
  assert.equal(body?.type, "organization");
  assert.notEqual(body?.type, "person");
});
