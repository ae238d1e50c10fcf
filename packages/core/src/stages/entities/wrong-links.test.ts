/**
 * KB links that the words around a name rule out: a person's surname written as an acronym, a
 * small town's name after "a", a longer outlet's name, a region's part, a body "for" a country,
 * a country's adjective opening a body named after something else, and a foreign KB person's
 * bare surname in a story set elsewhere. Sentences written for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityAt, noModel } from "./setup.test.js";

test("a one-word person alias in capitals among lower-case words is an acronym, not the person", { skip: noModel }, () => {
  const text = "Lenders in the United States say that a FICO score is the gold standard for judging borrowers.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "FICO")?.type === "person", false);
  assert.ok(!es.some((e) => e.kb === "parley:robert-fico"));
});

test("a small town's one-word name after 'a', its country named nowhere else, is an ordinary word", { skip: noModel }, () => {
  const text = "Nevada lawmaker Ana Torres said it was exciting to be a Latina sitting in that majority in Carson City.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "Latina"), undefined);
});

test("a KB body's name followed by a news head, or an outlet's by a place's name, is another outlet", { skip: noModel }, () => {
  const text = "The story ran on Yahoo News on Tuesday, and Sky News Australia reported it from Sydney on Wednesday.";
  const es = entitiesOf(text);
  const yahoo = entityAt(text, es, "Yahoo News");
  assert.equal(yahoo?.type, "organization");
  const sky = entityAt(text, es, "Sky News Australia");
  assert.equal(sky?.kb, undefined);
  assert.ok(!es.some((e) => e.kb === "parley:yahoo" || e.kb === "parley:sky-news"));
});

test("an outlet's name before a thing's word ('Washington Post Poll') stays the outlet", { skip: noModel }, () => {
  const text = "In an ABC News/Washington Post Poll released Sunday, three of four voters said so.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "Washington Post")?.kb, "parley:washington-post");
});

test("a region's adjective before another region's name is a part of it, neither region", { skip: noModel }, () => {
  const text = "Chinese ships sailed in the Western Pacific on Monday.";
  const es = entitiesOf(text);
  const wp = entityAt(text, es, "Western Pacific");
  assert.equal(wp?.type, "place");
  assert.equal(wp?.kb, undefined);
  assert.ok(!es.some((e) => e.kb === "parley:region-oceania" || e.kb === "parley:region-the-west"));
});

test("a tagged body followed by 'for' and a country's name is one body, no mention of the country", { skip: noModel }, () => {
  const text = "Groups such as MoveOn and Democracy for America backed Bernie Sanders in the primaries.";
  const es = entitiesOf(text);
  const dfa = entityAt(text, es, "Democracy for America");
  assert.equal(dfa?.type, "organization");
  assert.ok(!es.some((e) => e.kb === "parley:united-states"));
});

test("a country's adjective before a head noun another head follows, the country named nowhere else, says no country", { skip: noModel }, () => {
  const text = "Kelly Smith, a senior at Georgian Court University in Lakewood, New Jersey, said the debt was crushing. Tuition in the United States keeps rising.";
  const es = entitiesOf(text);
  const gcu = entityAt(text, es, "Georgian Court University");
  assert.equal(gcu?.type, "organization");
  assert.equal(gcu?.country, undefined);
  assert.ok(!es.some((e) => e.kb === "parley:georgia"));
});

test("a foreign KB person's bare surname in a story set in another country that never names theirs is someone else", { skip: noModel }, () => {
  const text = "Hillary Clinton and Donald Trump lead the polls in Ohio and Texas. In the United States, Johnson polled 9 percent, and Johnson said he would debate in New York.";
  const es = entitiesOf(text);
  const j = entityAt(text, es, "Johnson");
  assert.equal(j?.type, "person");
  assert.notEqual(j?.kb, "parley:boris-johnson");
  assert.notEqual(j?.country, "GBR");
});

test("a foreign KB person's bare surname after a title or a place's possessive keeps the link", { skip: noModel }, () => {
  const text = "US President Trump met Hungarian leaders in Budapest. Hungary has pressed NATO for more, Trump said in Budapest.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "Trump")?.kb, "parley:donald-trump");
});
