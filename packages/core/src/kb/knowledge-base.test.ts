import assert from "node:assert/strict";
import { test } from "node:test";
import type { Person } from "./types.js";
import { loadFiles, miniFiles, shippedKb } from "./test-data.test.js";

const kb = shippedKb();
const names = (hits: { entity: { name: string } }[]) => hits.map((h) => h.entity.name);

test("aliases: case, diacritics and a leading 'the' do not matter", () => {
  assert.deepEqual(names(kb.lookup("the United States")), ["United States"]);
  assert.deepEqual(names(kb.lookup("U.S.")), ["United States"]);
  assert.deepEqual(names(kb.lookup("USA")), ["United States"]);
  assert.deepEqual(names(kb.lookup("Great Britain")), ["United Kingdom"]);
  assert.equal(kb.person("erdogan")?.name, "Recep Tayyip Erdoğan");
  assert.equal(kb.person("ZELENSKIY")?.name, "Volodymyr Zelenskyy");
  assert.equal(kb.lookup("Zelensky")[0].via, "alias");
});

test("countries by code, demonym, capital and seat of government", () => {
  assert.equal(kb.country("RUS")?.name, "Russia");
  assert.equal(kb.country("RU")?.name, "Russia");
  assert.equal(kb.country("Russian")?.iso3, "RUS");
  assert.equal(kb.country("Turkish")?.iso3, "TUR");
  assert.equal(kb.country("Saudi")?.iso3, "SAU");
  assert.equal(kb.country("Moscow")?.iso3, "RUS");
  assert.equal(kb.country("Kiev")?.iso3, "UKR");
  assert.equal(kb.country("Kyiv")?.iso3, "UKR");
  assert.equal(kb.country("the Kremlin")?.iso3, "RUS");
  assert.equal(kb.country("Downing Street")?.iso3, "GBR");
  assert.equal(kb.country("Élysée")?.iso3, "FRA");
  assert.equal(kb.country("Elysee")?.iso3, "FRA");
  assert.equal(kb.country("Russland")?.iso3, "RUS");
  assert.equal(kb.country("EUR")?.name, "Europe");
  assert.equal(kb.lookup("Turkish")[0].via, "demonym");
  assert.equal(kb.byCode("NATO")?.name, "North Atlantic Treaty Organization");
});

test("organizations carry country and sector", () => {
  const state = kb.lookup("US State Department", ["organization"])[0].entity;
  assert.equal(state.kind, "organization");
  assert.ok(state.kind === "organization" && state.country === "USA" && state.sector === "GOV");
  const ft = kb.lookup("Financial Times")[0].entity;
  assert.ok(ft.kind === "organization" && ft.country === "GBR" && ft.sector === "JRN");
  const nato = kb.lookup("NATO")[0];
  assert.ok(nato.caps, "an acronym alias is flagged");
  assert.ok(nato.entity.kind === "organization" && nato.entity.sector === "IGO" && nato.entity.country === undefined);
});

test("officeHolder: the US foreign-minister office in 2025 and 2019", () => {
  assert.equal(kb.officeHolder("USA", "foreign-minister", "2025-02-18")?.person.name, "Marco Rubio");
  assert.equal(kb.officeHolder("USA", "foreign-minister", "20190601")?.person.name, "Mike Pompeo");
  assert.equal(kb.officeHolder("USA", "foreign-minister", "2025-02-18")?.role.title, "Secretary of State");
  assert.equal(kb.officeHolder("GBR", "foreign-minister", "2019-06-01")?.role.title, "Foreign Secretary");
  assert.equal(kb.officeHolder("RUS", "foreign-minister", "2025-02-18")?.person.name, "Sergei Lavrov");
  // A presidential republic has no separate head of government: the fallback is the president.
  assert.equal(kb.officeHolder("USA", "head-of-government", "2025-02-18")?.person.name, "Donald Trump");
  assert.equal(kb.officeHolder("USA", "president", "2021-01-20")?.person.name, "Joe Biden");
  assert.equal(kb.officeHolder("USA", "president", "2021-01-19")?.person.name, "Donald Trump");
  assert.equal(kb.officeHolder("UN", "secretary-general", "2019-05-01")?.person.name, "António Guterres");
  assert.equal(kb.officeHolder("XEA", "president", "2020-01-01"), null);
});

test("rolesAt lists the roles held on a date", () => {
  const rubio = kb.person("Rubio") as Person;
  assert.deepEqual(kb.rolesAt(rubio, "2025-02-18").map((r) => r.office), ["foreign-minister"]);
  assert.deepEqual(kb.rolesAt(rubio, "2019-01-01").map((r) => r.office), ["senator"]);
  const mini = loadFiles(miniFiles());
  const bo = mini.person("Secondsson") as Person;
  assert.deepEqual(mini.rolesAt(bo, "2016-01-01").map((r) => r.office), ["foreign-minister"]);
  assert.equal(mini.officeHolder("XEA", "head-of-government", "2021-01-01")?.person.name, "Bo Secondsson");
});

test("titles: country-relative readings", () => {
  assert.equal(kb.title("Secretary of State", "USA")?.office, "foreign-minister");
  assert.equal(kb.title("Foreign Secretary", "GBR")?.office, "foreign-minister");
  assert.equal(kb.title("Chancellor", "DEU")?.office, "head-of-government");
  assert.equal(kb.title("Chancellor", "GBR")?.office, "finance-minister");
  assert.equal(kb.title("Chancellor", "USA"), undefined);
  assert.equal(kb.title("spokeswoman")?.office, "spokesperson");
  assert.equal(kb.title("Defense Minister")?.office, "defence-minister");
  // "the US Foreign Minister": title → office → holder.
  const office = kb.title("Foreign Minister", "USA")!.office;
  assert.equal(kb.officeHolder("USA", office, "2025-02-18")?.person.name, "Marco Rubio");
});

test("fuzzy: misspellings, transliterations and case damage with a confidence", () => {
  const starrer = kb.fuzzy("Keir Starrer")[0];
  assert.equal(starrer.entity.name, "Keir Starmer");
  assert.equal(starrer.match, "edit");
  assert.equal(starrer.distance, 1);
  assert.ok(starrer.confidence > 0.5 && starrer.confidence < 1);
  const lavrov = kb.fuzzy("Lavorv")[0];
  assert.equal(lavrov.entity.name, "Sergei Lavrov");
  assert.equal(lavrov.distance, 1, "a transposition counts one edit");
  const exact = kb.fuzzy("ZeLenSkyy")[0];
  assert.equal(exact.entity.name, "Volodymyr Zelenskyy");
  assert.equal(exact.confidence, 1);
  const translit = kb.fuzzy("Selensky")[0];
  assert.equal(translit.entity.name, "Volodymyr Zelenskyy");
  assert.equal(translit.match, "translit");
  assert.ok(translit.confidence < 1 && translit.confidence > starrer.confidence);
  // Short names get no edits: "Lavo" is not "Lavrov", "Putn" is not "Putin".
  assert.deepEqual(kb.fuzzy("Putn", { kinds: ["person"] }), []);
  // Two edits only from 9 characters on.
  assert.equal(kb.fuzzy("Merkle", { kinds: ["person"] })[0]?.entity.name, "Angela Merkel");
  assert.equal(kb.fuzzy("Netanyaho", { kinds: ["person"] })[0]?.entity.name, "Benjamin Netanyahu");
  assert.equal(kb.fuzzy("Mkaron", { kinds: ["person"] }).length, 0);
});

test("places: gazetteer with our alias file", () => {
  const riad = kb.place("Riad")[0];
  assert.equal(riad.name, "Riyadh");
  assert.equal(riad.country, "SAU");
  assert.ok(Math.abs(riad.lat - 24.69) < 0.1 && Math.abs(riad.lon - 46.72) < 0.1);
  assert.equal(kb.place("Kiev")[0].name, "Kyiv");
  assert.equal(kb.place("Istanbul")[0].country, "TUR");
  assert.equal(kb.place("Strait of Hormuz")[0].placeKind, "water");
  assert.equal(loadFiles(miniFiles()).place("Sampletown")[0].name, "Sampleton");
});
