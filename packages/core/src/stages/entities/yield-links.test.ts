/**
 * KB links that yield to what the text says: an acronym spelt out for another body, a body's
 * one-word name that is a person's surname, a state's chamber, a town's name opening a park's,
 * a state office's holder described with the state, a town of the story named like a capital
 * abroad, and a small town's name as an ordinary word in a headline. Sentences written for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityAt, noModel } from "./setup.test.js";

test("an acronym the text spells out for another body is that body, not the KB's", { skip: noModel }, () => {
  const text = "Members of the Congressional Black Caucus met with House Democrats on Tuesday. The CBC has pressed the party on voting rights.";
  const es = entitiesOf(text);
  const cbc = entityAt(text, es, "CBC");
  assert.equal(cbc?.kb, undefined);
  assert.equal(cbc, entityAt(text, es, "Congressional Black Caucus"));
});

test("a body's one-word name that is the surname of a person named before is the person", { skip: noModel }, () => {
  const text = "Michael Bloomberg entered the Democratic race in November. Bloomberg said he would spend his own money.";
  const es = entitiesOf(text);
  const b = entityAt(text, es, "Bloomberg", 1);
  assert.equal(b?.type, "person");
  assert.equal(b, entityAt(text, es, "Michael Bloomberg"));
  // so for a KB person, whose name tokens include their aliases' ("Mike"): the surname is the last word of the name
  assert.equal(b?.kb, "parley:michael-bloomberg");
  // and for a person the KB does not know
  const local = "Dana Reuters entered the race in November. Reuters said she would spend her own money.";
  const les = entitiesOf(local);
  assert.equal(entityAt(local, les, "Reuters", 1), entityAt(local, les, "Dana Reuters"));
});

test("'the state Senate' is a state's chamber, not the national one", { skip: noModel }, () => {
  const text = "The state Senate voted 20-13 on the measure, which the Ohio House passed last month.";
  const es = entitiesOf(text);
  const senate = entityAt(text, es, "state Senate");
  assert.equal(senate?.type, "organization");
  assert.equal(senate?.kb, undefined);
  assert.ok(!es.some((e) => e.kb === "parley:united-states-senate"));
});

test("a town's name opening a longer park's name is the park", { skip: noModel }, () => {
  const text = "Protesters gathered in Washington Square Park in New York on Saturday.";
  const es = entitiesOf(text);
  const park = entityAt(text, es, "Washington Square Park");
  assert.equal(park?.type, "place");
  assert.equal(park?.kb, undefined);
  assert.ok(!es.some((e) => e.kb === "parley:washington-d-c-us"));
});

test("'the senator from Vermont' names the senator, with the state inside", { skip: noModel }, () => {
  const text = "Bernie Sanders held a rally in Iowa. The senator from Vermont said on Monday that he would win.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "The senator from Vermont")?.kb, "parley:bernie-sanders");
  assert.equal(entityAt(text, es, "Vermont")?.kb, "parley:vermont-usa");
});

test("'the town of Madrid' in a story from the Philippines is a town there", { skip: noModel }, () => {
  const text = "The quake struck Surigao del Sur near Manila in the Philippines. A hospital in the town of Madrid treated 25 people.";
  const es = entitiesOf(text);
  const town = entityAt(text, es, "Madrid");
  assert.equal(town?.type, "place");
  assert.equal(town?.kb, undefined);
  assert.equal(town?.country, "PHL");
});

test("a small town's name inside a title-case headline is an ordinary word", { skip: noModel }, () => {
  const text = "Donald Trump Just Revealed Who He Would Pick For VP – It Might Surprise You\n\nDonald Trump named a senator on Tuesday.";
  const es = entitiesOf(text);
  assert.ok(!es.some((e) => e.kb === "parley:surprise-us"));
});

test("'the Gulf States', 'Member States': a country's alias written with its article is no mention after another capitalised word", { skip: noModel }, () => {
  const text = "The Gulf States are powerless if Erdogan closes the route, while the States watch.";
  const es = entitiesOf(text);
  const s = text.indexOf("States");
  assert.ok(!es.some((e) => e.mentions.some((m) => m.start === s && e.kb === "parley:united-states")));
  assert.equal(entityAt(text, es, "States", 1)?.kb, "parley:united-states");
});

test("a name shared by a country and a US state is the state in a story set in the US that names nothing of the country", { skip: noModel }, () => {
  const text = "Republican committee member Doug Collins of Georgia said on Twitter that the inquiry was a sham. Nancy Pelosi disagreed.";
  assert.equal(entityAt(text, entitiesOf(text), "Georgia")?.kb, "parley:georgia-usa");
  const war = "Russia invaded Georgia in 2008, and Tbilisi asked the United States for help.";
  assert.equal(entityAt(war, entitiesOf(war), "Georgia")?.kb, "parley:georgia");
});

test("a small town's name that is a given name, its country named nowhere, is no mention of the town", { skip: noModel }, () => {
  const text = "Walter Munk died at home in La Jolla, California. His wife Mary said he had loved the sea. It was a Hail Mary pass.";
  const es = entitiesOf(text);
  assert.ok(!es.some((e) => e.kb === "parley:mary-tm"));
  assert.equal(entityAt(text, es, "Mary")?.type, "person");
});

test("a monument after a town's name is a place; 'Fort' opens a place's name", { skip: noModel }, () => {
  const text = "He stood between the White House and the Washington Monument, then drove to Fort Lee.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "Washington Monument")?.type, "place");
  assert.equal(entityAt(text, es, "Washington Monument")?.kb, undefined);
});

test("'any Londoner' and a title's head before 'of' name nobody; 'Bob Corker' stays a person", { skip: noModel }, () => {
  const text = "\"I am in awe of the people who ran towards danger\" tweeted Mayor of London Sadiq Khan. I did what any Londoner would do, said Thomas Gray. Senator Bob Corker agreed.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "Londoner"), undefined);
  assert.equal(entityAt(text, es, "Mayor"), undefined);
  assert.equal(entityAt(text, es, "Sadiq Khan")?.type, "person");
  assert.equal(entityAt(text, es, "Bob Corker")?.type, "person");
});

test("a town's name that is a given name coordinated with another given name is a person, also in a story of the town's country", { skip: noModel }, () => {
  const text = "We extend our deepest condolences to his children Elizabeth and Susan, and to his extended family in Chicago, Illinois.";
  const es = entitiesOf(text);
  assert.ok(!es.some((e) => e.kb === "parley:elizabeth-us"));
  assert.equal(entityAt(text, es, "Chicago")?.kb, "parley:chicago-us");
});

test("a capital's name listed after states of its country is the state the KB names 'X State'", { skip: noModel }, () => {
  const text = "Members came from Texas, Utah, Virginia, Washington and Washington, D.C. Washington imposed new tariffs.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "Washington")?.kb, "parley:washington-state-usa");
  assert.notEqual(entityAt(text, es, "Washington", 2)?.kb, "parley:washington-state-usa");
});
