/** First-level subdivisions as KB places (which of a state, a country and a town abroad), and titles split from names. Texts written for these tests. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { EntityRecord } from "../../doc/record.js";
import { entitiesOf, entityAt, noModel } from "./setup.test.js";


const run = (text: string, published = "2019-06-01"): EntityRecord[] => entitiesOf(text, published);

const at = entityAt;

test("a US state is a KB place of the USA; a state beats a town abroad of the same name", { skip: noModel }, () => {
  const text = "Floods closed roads in Texas and Virginia on Tuesday, officials said.";
  const entities = run(text);
  const texas = at(text, entities, "Texas");
  assert.equal(texas?.type, "place");
  assert.equal(texas?.kb, "parley:texas-usa");
  assert.equal(texas?.country, "USA");
  assert.equal(at(text, entities, "Virginia")?.country, "USA");
});

test("Georgia: the country, unless a US town comes first or the text says 'state of'", { skip: noModel }, () => {
  const text = "Talks in Georgia stalled. Later a storm hit Atlanta, Georgia, and the state of Georgia declared an emergency.";
  const entities = run(text);
  assert.equal(at(text, entities, "Georgia", 0)?.type, "country");
  assert.equal(at(text, entities, "Georgia", 0)?.country, "GEO");
  assert.equal(at(text, entities, "Georgia", 1)?.kb, "parley:georgia-usa");
  assert.equal(at(text, entities, "Georgia", 2)?.kb, "parley:georgia-usa");
});

test("a city over the region of its own country named alike; 'X, Region' picks the town of that region's country", { skip: noModel }, () => {
  const text = "She flew from New York to Victoria, British Columbia, and then to Buffalo, New York.";
  const entities = run(text);
  assert.equal(at(text, entities, "New York", 0)?.kb, "parley:new-york-city-us");
  assert.equal(at(text, entities, "Victoria")?.country, "CAN");
  assert.equal(at(text, entities, "British Columbia")?.kb, "parley:british-columbia-can");
  assert.equal(at(text, entities, "New York", 1)?.kb, "parley:new-york-state-usa");
});

test("Washington stays the US government; 'Washington state' is the state", { skip: noModel }, () => {
  const text = "Washington imposed new tariffs. Farmers in Washington state protested.";
  const entities = run(text);
  assert.notEqual(at(text, entities, "Washington", 0)?.kb, "parley:washington-state-usa");
  assert.equal(at(text, entities, "Washington state")?.kb, "parley:washington-state-usa");
});

test("a region opening a body's name does not cut the body ('University of California')", { skip: noModel }, () => {
  const text = "Researchers at the University of California in Los Angeles published the study.";
  const entities = run(text);
  const uni = at(text, entities, "University of California");
  assert.equal(uni?.type, "organization");
  assert.equal(uni?.country, "USA");
});

test("titles before a name are split from it: 'Deputy Governor Ann Example' is Ann Example with that role", { skip: noModel }, () => {
  const text = "Regional Deputy Governor Ann Exampleova said 12 people were rescued. Deputy Emergency Situations Minister Piotr Samplov arrived later.";
  const entities = run(text);
  const ann = entities.find((e) => e.type === "person" && e.name.endsWith("Exampleova"));
  assert.equal(ann?.name, "Ann Exampleova");
  assert.equal(text.slice(ann!.mentions[0]!.start, ann!.mentions[0]!.end), "Ann Exampleova");
  assert.ok(ann!.roles.includes("Deputy Governor"), `roles: ${ann!.roles.join("; ")}`);
  const piotr = entities.find((e) => e.type === "person" && e.name.endsWith("Samplov"));
  assert.equal(piotr?.name, "Piotr Samplov");
  assert.ok(piotr!.roles.includes("Deputy Emergency Situations Minister"));
});

test("a title with nobody named is no person ('former Deputy Chief Minister of Goa')", { skip: noModel }, () => {
  const text = "He was the former Deputy Chief Minister of Goa until 2012.";
  const entities = run(text);
  assert.ok(!entities.some((e) => e.type === "person" && /Minister/.test(e.name)), entities.map((e) => e.name).join(", "));
  assert.equal(at(text, entities, "Goa")?.country, "IND");
});

test("'Justice' is a title head: 'Justice Examplar' is the judge named earlier", { skip: noModel }, () => {
  const text = "Retired judge Marian Examplar died on Sunday. Justice Examplar served for 30 years.";
  const entities = run(text);
  const judge = at(text, entities, "Marian Examplar");
  assert.equal(judge?.type, "person");
  const later = entities.find((e) => e.type === "person" && e.mentions.some((m) => text.slice(m.start, m.end) === "Examplar"));
  assert.equal(later, judge, entities.map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join("|")}`).join("; "));
  assert.ok(!entities.some((e) => e.name.startsWith("Justice")));
});
