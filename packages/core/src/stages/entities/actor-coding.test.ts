/** Sector and country of actors the KB does not know: from the head noun of a body's name and from the country the text is set in. Texts written for these tests. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityAt, noModel } from "./setup.test.js";

test("a body's head noun gives its sector; a state actor without a country takes the country the text is set in", { skip: noModel }, () => {
  const text = "Storms closed roads in Ohio and Texas on Monday, and flights from Houston and Dallas were cancelled. "
    + "The Ohio Transit Safety Administration said it was investigating. Governor Jim Halvorsen praised rescuers in Columbus. "
    + "Researchers at Gorham University studied the damage.";
  const entities = entitiesOf(text, "2019-06-01");
  const body = entityAt(text, entities, "Ohio Transit Safety Administration");
  assert.equal(body?.sector, "GOV");
  assert.equal(body?.country, "USA");
  const governor = entityAt(text, entities, "Jim Halvorsen");
  assert.equal(governor?.sector, "GOV");
  assert.equal(governor?.country, "USA");
  const school = entityAt(text, entities, "Gorham University");
  assert.equal(school?.sector, "EDU");
  assert.equal(school?.country, undefined);
});

test("a party's committee is the party's body in a text set in its country; a loose head or a venue gives no sector", { skip: noModel }, () => {
  const text = "Voters in Ohio, Iowa and Texas went to the polls. The Republican National Committee said turnout was high in Ohio. "
    + "The Greater Dayton Committee held a rally at the Hotel Marlow Palace in Dayton.";
  const entities = entitiesOf(text, "2019-06-01");
  const rnc = entityAt(text, entities, "Republican National Committee");
  assert.equal(rnc?.sector, "PTY");
  assert.equal(rnc?.country, "USA");
  assert.equal(entityAt(text, entities, "Greater Dayton Committee")?.sector, undefined);
  assert.equal(entityAt(text, entities, "Hotel Marlow Palace")?.sector, undefined);
});

test("'written by' inside a sentence is no byline: the writer is no journalist", { skip: noModel }, () => {
  const text = "Judge Paul Stenmark retired in 2010. Among the opinions written by Stenmark was a dissent on voting rights.";
  const entities = entitiesOf(text, "2019-06-01");
  const judge = entityAt(text, entities, "Stenmark", 1);
  assert.notEqual(judge?.sector, "JRN");
});

test("abbreviated US titles give sector and country: 'Ohio Gov.', 'Sen.', 'Rep.', 'Sheriff'; 'New Jersey' and 'Georgia' before 'Gov.' are the states", { skip: noModel }, () => {
  const text = "Voters in Ohio, Iowa and Texas were angry. Ohio Gov. Jim Karsten said so. Sen. Jon Marster agreed, and Rep. Nancy Smithers disagreed. "
    + "Sheriff Bill Brownell said one man died. New Jersey Gov. Tom Kessler and Georgia Gov. Ann Whitby met.";
  const entities = entitiesOf(text, "2019-06-01");
  const code = (name: string) => {
    const e = entityAt(text, entities, name);
    return `${e?.country}/${e?.sector}`;
  };
  assert.equal(code("Jim Karsten"), "USA/GOV");
  assert.equal(code("Jon Marster"), "USA/LEG");
  assert.equal(code("Nancy Smithers"), "USA/LEG");
  assert.equal(code("Bill Brownell"), "USA/COP");
  assert.equal(code("Tom Kessler"), "USA/GOV");
  assert.equal(code("Ann Whitby"), "USA/GOV");
  assert.equal(entityAt(text, entities, "Georgia")?.country, "USA");
});
