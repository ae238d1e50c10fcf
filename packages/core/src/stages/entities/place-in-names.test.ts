/**
 * A KB link that yields to what the text says: a place opening a business's name, a
 * region's adjective before states of a country, a generic chamber's name that is a local
 * chamber the text named, a general title whose in-text holder bears another, and a surname after
 * a bracketed given name. Sentences written for these tests.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { entitiesOf, entityAt, noModel } from "./setup.test.js";

test("a KB place opening capitalised words that end in a business's head is part of that name", { skip: noModel }, () => {
  const text = "Pacific Gas and Electric said the fire started near its lines.";
  const es = entitiesOf(text);
  const firm = entityAt(text, es, "Pacific Gas and Electric");
  assert.equal(firm?.type, "organization");
  assert.equal(firm?.kb, undefined);
  assert.ok(!es.some((e) => e.kb === "parley:region-oceania"));
  assert.ok(!es.some((e) => e.type === "person"));
  const command = "Adm. Harry Harris leads the United States Pacific Command in Hawaii.";
  const es2 = entitiesOf(command);
  assert.equal(entityAt(command, es2, "Pacific Command")?.type, "organization");
  assert.ok(!es2.some((e) => e.kb === "parley:region-oceania"));
});

test("a place before words going on with another capitalised word is left to other rules", { skip: noModel }, () => {
  const text = "The Iraqi Oil Ministry said exports rose.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "Iraqi Oil"), undefined);
});

test("'Western states' in a story naming states of the country it is set in is no mention of the West", { skip: noModel }, () => {
  const text = "Western states have seen more fires this year, officials in California and Oregon said.";
  const es = entitiesOf(text);
  assert.ok(!es.some((e) => e.kb === "parley:region-the-west"));
  const abroad = "Western countries protested the vote.";
  assert.ok(entitiesOf(abroad).some((e) => e.kb === "parley:region-the-west"));
});

test("a generic chamber's bare name after the text named a local chamber so is that chamber", { skip: noModel }, () => {
  const text = "The court ruled for the Puerto Rico Senate against the governor. While the House confirmed his nomination, the Senate did not.";
  const es = entitiesOf(text);
  const senate = entityAt(text, es, "Senate", 1);
  assert.equal(senate?.kb, undefined);
  assert.equal(senate, entityAt(text, es, "Puerto Rico Senate"));
});

test("'the Senate of the state' is a state's chamber", { skip: noModel }, () => {
  const text = "In the US state of Alabama, the governor signed the bill. It passed the Senate of the state on Tuesday.";
  const es = entitiesOf(text);
  const senate = entityAt(text, es, "Senate");
  assert.equal(senate?.type, "organization");
  assert.equal(senate?.kb, undefined);
});

test("a general title goes to no holder who holds its office under a title restricted to some countries", { skip: noModel }, () => {
  const text = "Pope Francis told the story of Jonah in Rome on Sunday. The king listened, and Nineveh was saved.";
  const es = entitiesOf(text);
  assert.equal(entityAt(text, es, "The king"), undefined);
  const other = "King Abdullah II met Pope Francis in Rome. The king thanked him.";
  const es2 = entitiesOf(other);
  assert.equal(entityAt(other, es2, "The king")?.kb, "parley:king-abdullah-ii");
});

test("a given name closing an editor's bracket before a KB person's lone surname names another person", { skip: noModel }, () => {
  const text = "“Clinton needs a strategy for targeting [Libertarian candidate Larry] Johnson voters,” Nate Silver said. Johnson is at 9 percent.";
  const es = entitiesOf(text);
  const j = entityAt(text, es, "Johnson");
  assert.equal(j?.kb, undefined);
  assert.equal(j?.name, "Larry Johnson");
  assert.equal(entityAt(text, es, "Johnson", 1), j);
  const same = "“We will not let [Donald] Trump win,” she said.";
  assert.equal(entityAt(same, entitiesOf(same), "Trump")?.kb, "parley:donald-trump");
});
