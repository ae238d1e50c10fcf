import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { importPetrarch, petrarchDate, petrarchName } from "./import-petrarch.js";
import { importWikidata, titleOfficeResolver, wikidataDate } from "./import-wikidata.js";
import { repoRoot, shippedKb } from "./test-data.test.js";

const fixture = (name: string) => readFileSync(join(repoRoot, "fixtures/kb", name), "utf8");

test("wikidata: humans only, labels, aliases, gender, citizenship, P39 with dates", () => {
  const { people, warnings } = importWikidata(fixture("wikidata-sample.json"), { resolveOffice: titleOfficeResolver(shippedKb()) });
  assert.deepEqual(people.map((p) => p.name), ["Alexandra Example-Smith", "Boris Sampleov"]);
  const [alex, boris] = people;
  assert.equal(alex.id, "parley:alexandra-example-smith");
  assert.deepEqual(alex.aliases, ["Alex Example-Smith", "A. Example-Smith"]);
  assert.equal(alex.gender, "female");
  assert.equal(alex.country, "USA");
  assert.deepEqual(alex.roles, [
    { title: "United States senator", office: "senator", country: "USA", sector: "LEG", start: "2011-01-03", end: "2025-01-20" },
    { title: "United States Secretary of State", office: "foreign-minister", country: "USA", sector: "GOV", start: "2025-01-21", end: null },
  ]);
  // Month precision ("2004-03-00") becomes the first of the month; P1001 gives the country.
  assert.deepEqual(boris.roles[0], { title: "Minister of Foreign Affairs of Russia", office: "foreign-minister", country: "RUS", sector: "GOV", start: "2004-03-01", end: null });
  assert.deepEqual(warnings, ["Q900002: P39 claim without a value"]);
});

test("wikidata: EntityData layout and the no-resolver fallback", () => {
  const entities = JSON.parse(fixture("wikidata-sample.json")) as { id: string }[];
  const entityData = JSON.stringify({ entities: Object.fromEntries(entities.map((e) => [e.id, e])) });
  const { people } = importWikidata(entityData);
  assert.equal(people.length, 2);
  assert.equal(people[0].roles[1].office, "united-states-secretary-of-state");
  assert.equal(wikidataDate({ datavalue: { value: { time: "+1999-00-00T00:00:00Z" } } }), "1999-01-01");
});

test("petrarch: records with dated codes become people; bad dates are warnings", () => {
  const { people, warnings } = importPetrarch(fixture("petrarch-sample.txt"));
  assert.deepEqual(people.map((p) => p.name), ["John Quincy Sample", "Mary McExample", "Old Timer"]);
  const [john, mary, old] = people;
  assert.deepEqual(john.aliases, ["Sample", "President Sample"]);
  assert.equal(john.country, "XMP");
  assert.deepEqual(john.roles.map((r) => [r.sector, r.start, r.end]), [["GOV", "2009-01-20", "2017-01-20"], ["ELI", "2017-01-21", null]]);
  assert.deepEqual(mary.roles.map((r) => [r.office, r.start, r.end]), [["legislator", "2005-01-03", "2009-01-20"], ["official", null, "2013-02-01"]]);
  assert.equal(old.roles[0].start, "1932-01-01");
  assert.deepEqual(warnings, ['line 17: bad date restriction "[XMPMIL 9008223-911221]"']);
  assert.equal(petrarchDate("080507"), "2008-05-07");
  assert.equal(petrarchDate("20091301"), null);
  assert.equal(petrarchName("MR._OBAMA_"), "Mr. Obama");
});

const dicts = join(repoRoot, "../shared/data/petrarch-dicts/Phoenix.Countries.actors.txt");
test("petrarch: the Phoenix country dictionary", { skip: existsSync(dicts) ? false : "../shared/data/petrarch-dicts not present" }, () => {
  const { people, warnings } = importPetrarch(readFileSync(dicts, "utf8"));
  assert.ok(people.length > 1000, `${people.length} people`);
  const putin = people.find((p) => p.name === "Vladimir Putin");
  assert.ok(putin, "Vladimir Putin is in the dictionary");
  assert.ok(putin.roles.some((r) => r.country === "RUS" && r.sector === "GOV" && r.start === "2008-05-08" && r.end === null));
  assert.ok(warnings.length < people.length / 10, `${warnings.length} warnings`);
});
