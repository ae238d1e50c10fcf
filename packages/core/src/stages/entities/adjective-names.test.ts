/**
 * A country's adjective that is part of a longer name ("English Channel", "American University")
 * and a legislator "of" a state that is also a city. Sentences written for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityAt, noModel } from "./setup.test.js";

test("a country's adjective before a sea's or strait's head names that place, not the country", { skip: noModel }, () => {
  const text = "Migrants crossed the English Channel in small boats on Tuesday, officials in Calais said.";
  const es = entitiesOf(text);
  const ch = entityAt(text, es, "English Channel");
  assert.equal(ch?.type, "place");
  assert.equal(ch?.country, undefined);
  assert.ok(!es.some((e) => e.kb === "parley:united-kingdom"));
});

test("a demonym right before a school's head is part of the school's name, no mention of the country", { skip: noModel }, () => {
  const text = "Allan Lichtman, a professor of history at American University, said the race was close.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "American University")?.type, "organization");
  assert.ok(!es.some((e) => e.kb === "parley:united-states" && e.mentions.some((m) => text.slice(m.start, m.end) === "American")));
});

test("a KB legislator 'of' a state that is also a city names the state", { skip: noModel }, () => {
  const text = "Democrats such as Chuck Schumer of New York said the bill would pass.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "New York")?.kb, "parley:new-york-state-usa");
});
