import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Doc } from "../../doc/doc.js";
import { LAYERS } from "../../doc/layers.js";
import type { EntityRecord, EventRecord, MentionRecord, QuoteRecord } from "../../doc/record.js";
import { textStages } from "../text/index.js";
import { eventsStage, findDates, parseEventTriggers, parsePlover, type EventLexicon, type PloverOntology } from "./index.js";
import type { Tokens } from "../../text/types.js";

const REPO = fileURLToPath(new URL("../../../../../", import.meta.url));
const SHARED = join(REPO, "..", "shared");
const plover: PloverOntology = parsePlover(JSON.parse(readFileSync(join(REPO, "data/plover.json"), "utf8")));
const lexicon: EventLexicon = parseEventTriggers(JSON.parse(readFileSync(join(REPO, "data/lexicons/event-triggers.json"), "utf8")), { types: new Set(plover.types.keys()) });
const ctx = { resources: { plover, "event-triggers": lexicon }, options: {} };

type Spec = [name: string, type: EntityRecord["type"], code: string | undefined, surfaces: string[], sector?: string];

/**
 * A doc with the text stages run and an entities layer built from surface strings. With
 * `demonyms`, those surfaces become demonym mentions and a surface inside a longer word
 * ("Russia" in "Russian") is skipped.
 */
function docWith(text: string, specs: Spec[], published = "2025-02-18", demonyms?: string[]): Doc {
  const doc = new Doc(text, { published });
  for (const s of textStages) s.run(doc, { resources: {}, options: {} });
  const entities: EntityRecord[] = specs.map(([name, type, code, surfaces, sector], i) => {
    const mentions: MentionRecord[] = [];
    for (const surface of surfaces) {
      for (let k = text.indexOf(surface); k >= 0; k = text.indexOf(surface, k + 1)) {
        const end = k + surface.length;
        if (demonyms && /\w/.test(text[end] ?? "")) continue;
        mentions.push({ start: k, end, text: surface, via: demonyms?.includes(surface) ? "demonym" : "name" });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { id: `e${i + 1}`, name, type, ...(code ? { country: code } : {}), ...(sector ? { sector } : {}), roles: [], mentions };
  });
  doc.set(LAYERS.entities, entities, { stage: "test", version: "0" });
  doc.set(LAYERS.quotes, [], { stage: "test", version: "0" });
  eventsStage.run(doc, ctx);
  return doc;
}

const events = (doc: Doc) => doc.get<EventRecord[]>(LAYERS.events);
const RUS: Spec = ["Russia", "country", "RUS", ["Russia", "Moscow"]];
const USA: Spec = ["United States", "country", "USA", ["the United States", "US"]];

test("lexicon: inflected forms index to their trigger", () => {
  assert.equal(lexicon.triggers.get("met")?.[0]?.entry.type, "CONSULT");
  assert.equal(lexicon.triggers.get("agreed")?.[0]?.entry.type, "AGREE");
  assert.ok(lexicon.triggers.get("sanctioned")?.some((f) => f.entry.type === "SANCTION"));
  assert.ok(lexicon.triggers.get("criticised")?.some((f) => f.entry.type === "ACCUSE"));
  assert.throws(() => parseEventTriggers({ triggers: [{ words: "x", pos: "verb", type: "NOPE" }] }, { types: new Set(plover.types.keys()) }), /unknown type/);
  assert.equal(plover.types.size, 16);
});

test("X and Y agreed: one symmetric AGREE with trigger and evidence", () => {
  const text = "Russia and the United States have agreed to restore ties.";
  const doc = docWith(text, [RUS, USA]);
  const [e, ...rest] = events(doc);
  assert.equal(rest.length, 0);
  assert.equal(e!.type, "AGREE");
  assert.deepEqual([e!.source?.country, e!.target?.country].sort(), ["RUS", "USA"]);
  assert.equal(text.slice(e!.trigger.start, e!.trigger.end), "agreed");
  assert.equal(e!.modality, "asserted");
  assert.equal(e!.quad, "verbal-cooperation");
});

test("coordinated objects split into one event each", () => {
  const text = "Rubio informed the Foreign Minister in France, Germany, Italy and Great Britain about the plan.";
  const doc = docWith(text, [["Marco Rubio", "person", "USA", ["Rubio"], "GOV"], ["France", "country", "FRA", ["France"]], ["Germany", "country", "DEU", ["Germany"]], ["Italy", "country", "ITA", ["Italy"]], ["United Kingdom", "country", "GBR", ["Great Britain"]]]);
  const got = events(doc).map((e) => `${e.type} ${e.source?.country}->${e.target?.country}`);
  assert.deepEqual(got, ["CONSULT USA->FRA", "CONSULT USA->DEU", "CONSULT USA->ITA", "CONSULT USA->GBR"]);
  assert.equal(events(doc)[0]!.source?.sector, "GOV");
});

test("modality and dates: will meet next week is planned, a week after publication", () => {
  const text = "Trump will meet Starmer next week.";
  const doc = docWith(text, [["Donald Trump", "person", "USA", ["Trump"]], ["Keir Starmer", "person", "GBR", ["Starmer"]]]);
  const [e] = events(doc);
  assert.equal(e!.type, "CONSULT");
  assert.equal(e!.modality, "planned");
  assert.equal(e!.date, "2025-02-25");
});

test("negation, passive with by, phone mode", () => {
  const neg = events(docWith("Moscow did not attack Ukraine.", [RUS, ["Ukraine", "country", "UKR", ["Ukraine"]]]));
  assert.equal(neg[0]!.modality, "negated");
  assert.equal(neg[0]!.type, "ASSAULT");
  const pas = events(docWith("Ukraine was attacked by Russia on Tuesday.", [RUS, ["Ukraine", "country", "UKR", ["Ukraine"]]]));
  assert.equal(pas[0]!.source?.country, "RUS");
  assert.equal(pas[0]!.target?.country, "UKR");
  assert.equal(pas[0]!.date, "2025-02-18");
  const call = events(docWith("Trump called Putin last week.", [["Donald Trump", "person", "USA", ["Trump"]], ["Vladimir Putin", "person", "RUS", ["Putin"]]]));
  assert.equal(call[0]!.mode, "phone");
  assert.equal(call[0]!.date, "2025-02-11");
});

test("nominal events: possessive source, place from a place entity; 'said' alone is no event", () => {
  const text = "Russia's negotiations with the United States in Riad went on. Lavrov said the weather was fine.";
  const doc = docWith(text, [RUS, USA, ["Riyadh", "place", "SAU", ["Riad"]], ["Sergei Lavrov", "person", "RUS", ["Lavrov"]]]);
  const evs = events(doc);
  assert.equal(evs.length, 1);
  assert.equal(evs[0]!.type, "CONSULT");
  assert.equal(evs[0]!.target?.country, "USA");
  assert.equal(evs[0]!.place?.name, "Riyadh");
  assert.equal(evs[0]!.place?.country, "SAU");
});

test("the same event twice in a paragraph is one event with both evidence spans", () => {
  const text = "Russia criticised the United States. Moscow also criticised the United States again.";
  const evs = events(docWith(text, [RUS, USA]));
  assert.equal(evs.length, 1);
  assert.equal(evs[0]!.evidence?.length, 2);
});

function checkSpans(text: string, evs: EventRecord[]): void {
  for (const e of evs) {
    assert.ok(e.trigger && e.trigger.end > e.trigger.start, "trigger present");
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.ok(e.start >= 0 && e.end <= text.length && e.start < e.end);
    assert.ok(e.evidence && e.evidence.length > 0, "evidence present");
    for (const s of e.evidence!) assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(e.source?.country, "source with a country code");
  }
}

test("every event from the shared gold texts carries a trigger and evidence inside the input", { skip: existsSync(SHARED) ? false : "../shared is absent" }, () => {
  const gdir = join(SHARED, "data/wikinews/2019/gold");
  const golds = readdirSync(gdir).filter((f) => f.endsWith(".gold.json")).map((f) => [gdir, f] as const);
  golds.push([join(SHARED, "data/seed"), "riyadh-talks.gold.json"]);
  let n = 0;
  for (const [dir, f] of golds) {
    const gold = JSON.parse(readFileSync(join(dir, f), "utf8"));
    const text = readFileSync(join(dir, gold.text_file), "utf8");
    const specs: Spec[] = gold.entities.map((g: { name: string; type: EntityRecord["type"]; country?: string; mentions: string[] }) => [g.name, g.type, g.country, g.mentions]);
    const evs = events(docWith(text, specs, gold.published));
    checkSpans(text, evs);
    n += evs.length;
  }
  assert.ok(n > 0);
});

test("every event from the fixtures carries a trigger and evidence inside the input", () => {
  const dir = join(REPO, "fixtures/articles");
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
    const text = readFileSync(join(dir, f), "utf8");
    checkSpans(text, events(docWith(text, [RUS, USA, ["Ukraine", "country", "UKR", ["Ukraine", "Kyiv"]]])));
  }
});

const EUR: Spec = ["Europe", "place", "EUR", ["Europe", "European"]];

/** `docWith` with the listed surfaces as demonym mentions. */
function docWithDemonyms(text: string, specs: Spec[], demonyms: string[], published = "2025-02-18"): Doc {
  return docWith(text, specs, published, demonyms);
}

test("a place named by a demonym acts: 'a role in Europe' is a target", () => {
  const text = "Russia has rejected a role for Europe in the talks. European diplomats were surprised.";
  const evs = events(docWithDemonyms(text, [RUS, EUR], ["European"]));
  assert.equal(evs[0]!.type, "REJECT");
  assert.equal(evs[0]!.target?.country, "EUR");
  const city = events(docWith("Russia rejected a role for Paris.", [RUS, ["Paris", "place", "FRA", ["Paris"]]]));
  assert.equal(city[0]!.target?.entity, undefined, "a city is no actor");
});

test("a demonym right before a verb form makes it a noun: 'the US Russian talks' is no CONSULT with what follows", () => {
  const text = "After the US Russian talks Zelenskyy moved a visit.";
  const evs = events(docWithDemonyms(text, [["Russia", "country", "RUS", ["Russian"]], ["United States", "country", "USA", ["US"]], ["Volodymyr Zelenskyy", "person", "UKR", ["Zelenskyy"]]], ["Russian"]));
  assert.deepEqual(evs.map((e) => `${e.type} ${[e.source?.country, e.target?.country].sort().join("-")}`), ["CONSULT RUS-USA"]);
});

test("a symmetric nominal takes the other side from the discourse pair and merges across paragraphs", () => {
  const text = "Russia and the United States met in Riad.\nRussia described the negotiations as useful.\nLater, Russia's meeting with the United States was praised.";
  const evs = events(docWith(text, [RUS, USA, ["Riyadh", "place", "SAU", ["Riad"]]])).filter((e) => e.type === "CONSULT");
  assert.equal(evs.length, 1);
  assert.equal(evs[0]!.evidence?.length, 3);
  assert.equal(text.slice(evs[0]!.trigger.start, evs[0]!.trigger.end), "met");
});

test("'a request to stop attacks on X': the infinitive is no recipient; the rejecting subject is", () => {
  const text = "Moscow had rejected a US request to stop attacks on Ukraine.";
  const evs = events(docWith(text, [RUS, USA, ["Ukraine", "country", "UKR", ["Ukraine"]]]));
  const req = evs.find((e) => e.type === "REQUEST");
  assert.equal(req?.source?.country, "USA");
  assert.equal(req?.target?.country, "RUS");
});

test("offers and promises need an addressee; 'rejected the idea' and 'did not attack any' are no events", () => {
  assert.equal(events(docWith("The United States offered to put boots on the ground.", [USA])).length, 0);
  assert.equal(events(docWith("Russia offered Ukraine a deal.", [RUS, ["Ukraine", "country", "UKR", ["Ukraine"]]]))[0]?.target?.country, "UKR");
  assert.equal(events(docWith("Russia rejected the idea that the United States was consulted.", [RUS, USA])).filter((e) => e.type === "REJECT").length, 0);
  assert.equal(events(docWith("Russia had not attacked any civilians.", [RUS])).length, 0);
});

test("a hypothetical noun another verb acts on is no event; 'said' alone is no event", () => {
  const text = "Normal relations would have to raise the US sanctions against Russia.";
  assert.equal(events(docWith(text, [RUS, USA])).length, 0);
  assert.equal(events(docWith("Lavrov said the talks in Riad were useful and Russia was ready.", [["Sergei Lavrov", "person", "RUS", ["Lavrov"]], ["Riyadh", "place", "SAU", ["Riad"]]])).length, 0);
  assert.equal(events(docWith("The United States said on Tuesday that it was ready.", [USA])).length, 0);
});

test("no named target: the place's country, else the source's own (domestic), with no entity", () => {
  const text = "The government of Hong Kong will withdraw the bill.";
  const hk: Spec = ["Hong Kong", "country", "HKG", ["Hong Kong"]];
  const [e] = events(docWith(text, [hk]));
  assert.equal(e!.type, "CONCEDE");
  assert.deepEqual(e!.target, { country: "HKG" });
  const text2 = "The Taliban attacked a base in Kabul.";
  const [a] = events(docWith(text2, [["Taliban", "organization", "AFG", ["Taliban"], "REB"], ["Kabul", "place", "AFG", ["Kabul"]]]));
  assert.equal(a!.type, "ASSAULT");
  assert.equal(a!.target?.country, "AFG");
});

test("quotation marks do not hide a blocked object: 'rejected the “idea that ...”' is no event", () => {
  const text = "Waltz rejected the “idea that our allies were not consulted”.";
  assert.equal(events(docWith(text, [["Mike Waltz", "person", "USA", ["Waltz"]]])).length, 0);
});

test("subjects: an actor after a preposition is no subject; a comma list needs 'and'", () => {
  const us: Spec = ["Kurt Volker", "person", "USA", ["Volker"]];
  const ua: Spec = ["Ukraine", "country", "UKR", ["Ukraine"]];
  const evs = events(docWith("Volker, the envoy for Ukraine, criticised Russia.", [us, ua, RUS]));
  assert.deepEqual(evs.map((e) => `${e.source?.country}->${e.target?.country}`), ["USA->RUS"]);
  const ap: Spec = ["Associated Press", "organization", "USA", ["Associated Press"], "JRN"];
  const iran: Spec = ["Iran", "country", "IRN", ["Iran"]];
  const coop = events(docWith("According to the Associated Press, Iran has increased cooperation with Russia.", [ap, iran, RUS]));
  assert.deepEqual(coop.map((e) => `${e.type} ${e.source?.country}->${e.target?.country}`), ["COOPERATE IRN->RUS"]);
});

test("a requested action is no event; 'released a statement' is no release; a verb ends a possessor", () => {
  const evs = events(docWith("Trump asked Zelensky to investigate Biden.", [["Donald Trump", "person", "USA", ["Trump", "Biden"]], ["Volodymyr Zelensky", "person", "UKR", ["Zelensky"]]]));
  assert.deepEqual(evs.map((e) => `${e.type} ${e.source?.country}->${e.target?.country}`), ["REQUEST USA->UKR"]);
  assert.equal(events(docWith("The United States released a statement on Russia.", [USA, RUS])).length, 0);
  const text = "Reuters reported Monday's attack on Kabul.";
  const [a] = events(docWith(text, [["Reuters", "organization", "GBR", ["Reuters"], "JRN"], ["Afghanistan", "country", "AFG", ["Kabul"]]]));
  assert.equal(a, undefined, "Reuters is no attacker");
});

test("reactions without a named target aim at the story's main actor; force lands in the story's scene", () => {
  const tur: Spec = ["Turkey", "country", "TUR", ["Turkey", "Erdogan"]];
  const grc: Spec = ["Greece", "country", "GRC", ["Greece"]];
  const text = "Erdogan proposed a change. Turkey wants it. Greece criticized the move.";
  const acc = events(docWith(text, [tur, grc])).find((e) => e.type === "ACCUSE");
  assert.equal(acc?.target?.country, "TUR");
  const syr: Spec = ["Syria", "country", "SYR", ["Syria"]];
  const text2 = "Fighting spread into Syria on Monday. On Wednesday, Turkey began an offensive.";
  const off = events(docWith(text2, [tur, syr])).find((e) => e.type === "ASSAULT");
  assert.equal(off?.target?.country, "SYR");
});

test("participle clauses take the sentence subject; a promise to act yields the act; a word after a verb trigger is its object", () => {
  const sau: Spec = ["Saudi Arabia", "country", "SAU", ["Saudi Arabia"]];
  const iran: Spec = ["Iran", "country", "IRN", ["Iran"]];
  const text = "In May the United States blamed Iran for the attack, committing to send more troops to Saudi Arabia.";
  const got = events(docWith(text, [USA, iran, sau])).map((e) => `${e.type} ${e.source?.country}->${e.target?.country}`);
  assert.deepEqual(got, ["ACCUSE USA->IRN", "MOBILIZE USA->SAU"]);
  const hk: Spec = ["Hong Kong", "country", "HKG", ["Hong Kong"]];
  const sup = events(docWith("The Hong Kong authorities chose to suppress protests.", [hk]));
  assert.deepEqual(sup.map((e) => e.type), ["COERCE"]);
});

test("a quotation mark after a pronoun ends the subject search; 'over alleged' is no verb", () => {
  const fr: Spec = ["France", "country", "FRA", ["French"]];
  assert.equal(events(docWith('She said in French, "they raped me".', [fr])).length, 0);
  assert.equal(events(docWith("Iran was sanctioned by the EU over alleged plots.", [["Iran", "country", "IRN", ["Iran"]], ["European Union", "organization", "EU", ["EU"], "IGO"]])).filter((e) => e.type === "ACCUSE").length, 0);
});

test("dates: 'since February 2022' yields to a nearer event date, and stands alone when there is none", () => {
  const text = "The talks on Tuesday between the United States and Russia were the first since February 2022.";
  const [e] = events(docWith(text, [RUS, USA]));
  assert.equal(e!.date, "2025-02-18");
  const text2 = "Russia has attacked Ukraine since February 2022.";
  const [a] = events(docWith(text2, [RUS, ["Ukraine", "country", "UKR", ["Ukraine"]]]));
  assert.equal(a!.date, "2022-02");
  const hits = findDates(docWith(text2, [RUS]).get<Tokens>(LAYERS.tokens), lexicon.dates, 0, 8, "2025-02-18", false);
  assert.equal(hits[0]!.since, true);
});

test("places: the KB's gazetteer gives coordinates to a place entity", () => {
  const kb = { place: (name: string) => (name === "Riad" ? [{ name: "Riyadh", country: "SAU", lat: 24.69, lon: 46.72 }] : []) };
  const text = "Russia and the United States met in Riad.";
  const doc = new Doc(text, { published: "2025-02-18" });
  for (const s of textStages) s.run(doc, { resources: {}, options: {} });
  const riad = text.indexOf("Riad");
  const ents: EntityRecord[] = [
    { id: "e1", name: "Russia", type: "country", country: "RUS", roles: [], mentions: [{ start: 0, end: 6, text: "Russia", via: "name" }] },
    { id: "e2", name: "United States", type: "country", country: "USA", roles: [], mentions: [{ start: 11, end: 28, text: "the United States", via: "name" }] },
    { id: "e3", name: "Riyadh", type: "place", country: "SAU", roles: [], mentions: [{ start: riad, end: riad + 4, text: "Riad", via: "name" }] },
  ];
  doc.set(LAYERS.entities, ents, { stage: "test", version: "0" });
  doc.set(LAYERS.quotes, [], { stage: "test", version: "0" });
  eventsStage.run(doc, { ...ctx, resources: { ...ctx.resources, kb } });
  const [e] = events(doc);
  assert.deepEqual(e!.place, { name: "Riyadh", country: "SAU", lat: 24.69, lon: 46.72 });
});

test("a reaction answers the latest act of someone else; passives by 'members of X'; 'allies such as X'", () => {
  const tur: Spec = ["Turkey", "country", "TUR", ["Turkey"]];
  const syr: Spec = ["Syria", "country", "SYR", ["Syria", "Damascus", "Syrian"]];
  const eu: Spec = ["European Union", "organization", "EU", ["European Union"], "IGO"];
  const text = "Syria said Damascus was calm. Syrian officials spoke. Turkey attacked Syria. The operation was condemned by members of the European Union.";
  const acc = events(docWith(text, [tur, syr, eu])).find((e) => e.type === "ACCUSE");
  assert.equal(acc?.source?.country, "EU");
  assert.equal(acc?.target?.country, "TUR");
  const req = events(docWith("The US has been encouraging allies such as Germany to act.", [USA, ["Germany", "country", "DEU", ["Germany"]]]));
  assert.deepEqual(req.map((e) => `${e.type} ${e.source?.country}->${e.target?.country}`), ["REQUEST USA->DEU"]);
});

test("'announced a complete withdrawal': an adjective after a determiner is no light verb; 'into north-eastern Syria' sets the scene", () => {
  const syr: Spec = ["Syria", "country", "SYR", ["Syria"]];
  const text = "Turkey began an offensive into north-eastern Syria. Then the United States announced a complete withdrawal.";
  const evs = events(docWith(text, [["Turkey", "country", "TUR", ["Turkey"]], syr, USA]));
  const ret = evs.find((e) => e.type === "RETREAT");
  assert.equal(ret?.source?.country, "USA");
  assert.equal(ret?.target?.country, "SYR");
});

test("'a Trump-Putin meeting': sides named inside a hyphenated compound; -ing after a determiner is no verb", () => {
  const people: Spec[] = [["Donald Trump", "person", "USA", ["Trump"]], ["Vladimir Putin", "person", "RUS", ["Putin"]]];
  const text = "Trump spoke. Putin spoke. Aides want to create the conditions for a Trump-Putin meeting.";
  const doc = new Doc(text, { published: "2025-02-18" });
  for (const s of textStages) s.run(doc, { resources: {}, options: {} });
  // the entities layer names Trump and Putin only where they stand alone, as an entities stage does
  const ents: EntityRecord[] = people.map(([name, type, code, [surface]], i) => ({ id: `e${i + 1}`, name, type, country: code, roles: [], mentions: [{ start: text.indexOf(surface!), end: text.indexOf(surface!) + surface!.length, text: surface!, via: "name" }] }));
  doc.set(LAYERS.entities, ents, { stage: "test", version: "0" });
  doc.set(LAYERS.quotes, [], { stage: "test", version: "0" });
  eventsStage.run(doc, ctx);
  const [e] = events(doc);
  assert.equal(e!.type, "CONSULT");
  assert.deepEqual([e!.source?.country, e!.target?.country].sort(), ["RUS", "USA"]);
  assert.equal(e!.modality, "hypothetical");
  const syr: Spec = ["Syria", "country", "SYR", ["SDF"]];
  assert.equal(events(docWith("The YPG is the main fighting force of the SDF.", [syr, ["YPG", "organization", "SYR", ["YPG"], "REB"]])).length, 0);
});

test("a verb of trying governs its verb, not a noun further on; speak takes only prepositional targets", () => {
  const text = "Russia and the United States met. Europe is trying to react to the talks between Russia and the United States.";
  const evs = events(docWith(text, [RUS, USA, EUR]));
  assert.equal(evs.filter((e) => e.type === "CONSULT").length, 1);
  assert.equal(events(docWith("Senator Graham spoke on Fox News.", [["Lindsey Graham", "person", "USA", ["Graham"]], ["Fox News", "organization", "USA", ["Fox News"], "JRN"]])).length, 0);
});

test("one-sided two-sided nouns name things ('the NATO treaty'); an acronym in brackets is the subject; 'spoke of' is no talk", () => {
  const nato: Spec = ["NATO", "organization", "NATO", ["NATO"], "IGO"];
  assert.equal(events(docWith("Erdogan cited Article 5 of the NATO treaty.", [nato])).length, 0);
  const au: Spec = ["African Union", "organization", "AU", ["African Union", "AU"], "IGO"];
  const [m] = events(docWith("Leaders of African Union (AU) member states met in Niamey.", [au]));
  assert.equal(m!.type, "CONSULT");
  assert.equal(m!.source?.country, "AU");
  assert.equal(events(docWith("The US statement spoke of Turkey assuming the duty.", [USA, ["Turkey", "country", "TUR", ["Turkey"]]])).length, 0);
});

test("reactions: 'opposed the withdrawal' answers whoever withdrew; after another reaction, what that one answered", () => {
  const syr: Spec = ["Syria", "country", "SYR", ["Syria", "SDF"]];
  const eur: Spec = ["Europe", "place", "EUR", ["European"]];
  const text = "On Sunday the United States announced a withdrawal from Syria. European nations refused to repatriate fighters. The SDF opposed the withdrawal.";
  const all = events(docWithDemonyms(text, [USA, syr, eur], ["European"]));
  const rej = all.filter((e) => e.type === "REJECT" && e.source?.country === "SYR");
  assert.equal(rej[0]?.target?.country, "USA");
  const tur: Spec = ["Turkey", "country", "TUR", ["Erdogan"]];
  const grc: Spec = ["Greece", "country", "GRC", ["Greece"]];
  const text2 = "Erdogan proposed a change. Greece criticized the plan. Later the United States also criticized the move.";
  const acc = events(docWith(text2, [tur, grc, USA])).filter((e) => e.type === "ACCUSE").map((e) => `${e.source?.country}->${e.target?.country}`);
  assert.deepEqual(acc, ["GRC->TUR", "USA->TUR"]);
});

test("force announced in the speaker's own quoted words is a threat", () => {
  const text = "“I will destroy the economy of Turkey,” Trump said.";
  const doc = new Doc(text, { published: "2019-10-15" });
  for (const s of textStages) s.run(doc, { resources: {}, options: {} });
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, via: "name" as const });
  const ents: EntityRecord[] = [
    { id: "e1", name: "Donald Trump", type: "person", country: "USA", roles: [], mentions: [at("Trump")] },
    { id: "e2", name: "Turkey", type: "country", country: "TUR", roles: [], mentions: [at("Turkey")] },
  ];
  doc.set(LAYERS.entities, ents, { stage: "test", version: "0" });
  const quote: QuoteRecord = { start: 0, end: text.indexOf("”") + 1, text: text.slice(0, text.indexOf("”") + 1), kind: "direct", speaker: { entity: "e1", ...at("Trump") }, cue: at("said"), confidence: 0.9 };
  doc.set(LAYERS.quotes, [quote], { stage: "test", version: "0" });
  eventsStage.run(doc, ctx);
  const [e] = events(doc);
  assert.equal(e!.type, "THREATEN");
  assert.equal(e!.source?.country, "USA");
  assert.equal(e!.target?.country, "TUR");
});

test("nominal sources: nothing left of a determiner but a light verb's subject; a pronoun alone is too vague", () => {
  const mt: Spec = ["Military Times", "organization", "USA", ["Military Times"], "JRN"];
  assert.equal(events(docWith("A spokesperson told the Military Times the attack took place at night.", [mt])).length, 0);
  const [h] = events(docWith("Russia held the talks with the United States.", [RUS, USA]));
  assert.equal(h!.type, "CONSULT");
  assert.equal(h!.source?.country, "RUS");
  const text = "Iran is angry. Their demands include new elections.";
  const doc = new Doc(text, { published: "2019-10-15" });
  for (const s of textStages) s.run(doc, { resources: {}, options: {} });
  const at = (w: string, via: MentionRecord["via"]) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, via });
  doc.set(LAYERS.entities, [{ id: "e1", name: "Iran", type: "country", country: "IRN", roles: [], mentions: [at("Iran", "name"), at("Their", "pronoun")] }], { stage: "test", version: "0" });
  doc.set(LAYERS.quotes, [], { stage: "test", version: "0" });
  eventsStage.run(doc, ctx);
  assert.equal(events(doc).length, 0);
});

test("objects: actors inside an adjunct ('on Twitter') are no targets; the trigger's own preposition after it still counts", () => {
  const tw: Spec = ["Twitter", "organization", "USA", ["Twitter"], "BUS"];
  const evs = events(docWith("Russia praised the decision on Twitter.", [RUS, tw]));
  assert.notEqual(evs[0]?.target?.entity, "e2");
  const [m] = events(docWith("The Taliban met on Monday with the United States in Qatar.", [["Taliban", "organization", "AFG", ["Taliban"], "REB"], USA]));
  assert.equal(m!.target?.country, "USA");
});

test("agentless arrests and convictions: the country's police or courts; 'found guilty of raping X' has the sentence subject", () => {
  const fr: Spec = ["France", "country", "FRA", ["French"]];
  const ca: Spec = ["Canada", "country", "CAN", ["Canadian"]];
  const text = "After a trial, two French police officers were found guilty of raping a Canadian tourist.";
  const evs = events(docWith(text, [fr, ca]));
  const got = evs.map((e) => `${e.type} ${e.source?.country}/${e.source?.sector ?? ""}->${e.target?.country}`);
  assert.deepEqual(got, ["SANCTION FRA/JUD->FRA", "ASSAULT FRA/->CAN"]);
  assert.equal(evs[0]!.source?.entity, undefined, "an inferred authority names no entity");
  const hk: Spec = ["Hong Kong", "country", "HKG", ["Hong Kong"]];
  const [a] = events(docWith("Protests spread in Hong Kong. More than 1000 people have been arrested since June.", [hk]));
  assert.equal(a!.type, "COERCE");
  assert.equal(a!.source?.sector, "COP");
  assert.equal(a!.target?.country, "HKG");
});

test("a place right after an actor is the actor's home; '-ing' after a common noun modifies it; withdrawing from a treaty is no retreat", () => {
  const yem: Spec = ["Yemen", "country", "YEM", ["Houthi movement", "Yemen"]];
  const [a] = events(docWithDemonyms("The attack was claimed by the Houthi movement in Yemen.", [yem], []));
  assert.equal(a!.place, null);
  const bra: Spec = ["Brazil", "country", "BRA", ["Amazon"]];
  const fires = events(docWith("Macron named the crisis of wildfires currently destroying the Amazon.", [["Emmanuel Macron", "person", "FRA", ["Macron"]], bra]));
  assert.equal(fires.length, 0);
  const tr = events(docWith("Last year the United States withdrew from a nuclear treaty with Iran.", [USA, ["Iran", "country", "IRN", ["Iran"]]]));
  assert.equal(tr.filter((e) => e.type === "RETREAT").length, 0);
});

test("one paragraph, one act: 'a car bombing killed five' is one event with and without a mode; 'named X and Y as terrorists'", () => {
  const afg: Spec = ["Afghanistan", "country", "AFG", ["Kabul"]];
  const evs = events(docWith("Last week a Kabul car bombing killed five and wounded ten.", [afg]));
  assert.equal(evs.length, 1);
  assert.equal(evs[0]!.evidence?.length, 2);
  const text = "He named it a victory. Erdogan named both the Kurdistan Workers' Party (PKK) and the People's Protection Units (YPG) as terrorists.";
  const named = events(docWith(text, [["Recep Tayyip Erdoğan", "person", "TUR", ["Erdogan"]], ["Kurdistan Workers' Party", "organization", "TUR", ["Kurdistan Workers' Party"]], ["People's Protection Units", "organization", "SYR", ["People's Protection Units"]]]));
  assert.deepEqual(named.map((e) => `${e.type} ${e.source?.country}->${e.target?.country}`), ["ACCUSE TUR->TUR", "ACCUSE TUR->SYR"]);
});

test("'the meeting of the UN General Assembly' is one-sided (no event); 'must not send' prescribes, it reports nothing", () => {
  const un: Spec = ["United Nations", "organization", "UN", ["United Nations General Assembly"], "IGO"];
  const text = "Russia and the United States met. The annual meeting of the United Nations General Assembly opens tomorrow.";
  assert.deepEqual(events(docWith(text, [RUS, USA, un])).map((e) => e.target?.country === "UN"), [false]);
  const iran: Spec = ["Iran", "country", "IRN", ["Iran"]];
  assert.equal(events(docWith("Iran said foreign powers must not send troops to the region.", [iran])).length, 0);
});

test("trigger senses: cancelled an address, signed a decree, recognised unions, offered a reward, deep wounds are no events; attacking a subpoena is criticism", () => {
  const TUN: Spec = ["Youssef Chahed", "person", "TUN", ["Chahed"], "GOV"];
  const FRA: Spec = ["Emmanuel Macron", "person", "FRA", ["Macron"], "GOV"];
  const TWN: Spec = ["Taiwan", "country", "TWN", ["Taiwan"]];
  const none = "Macron cancelled an address. Chahed signed a government decree. Taiwan will recognize unions between couples. The US offered a reward for information. Chahed suffered two deep wounds. Any act that would threaten the sovereignty of Taiwan is banned.";
  assert.deepEqual(events(docWith(none, [TUN, FRA, TWN, USA])), []);
  const text = "Trump responded via Twitter, attacking the subpoena as a political strategy.";
  const [e, ...rest] = events(docWith(text, [["Donald Trump", "person", "USA", ["Trump"], "GOV"], ["Twitter", "organization", "USA", ["Twitter"], "BUS"]]));
  assert.equal(rest.length, 0);
  assert.equal(e!.type, "ACCUSE");
  assert.equal(text.slice(e!.trigger.start, e!.trigger.end), "attacking");
  // still a meeting refused, still an agreement signed
  const kept = events(docWith("Russia cancelled talks with the United States. Russia signed a treaty with the United States.", [RUS, USA])).map((x) => x.type);
  assert.deepEqual(kept, ["REJECT", "AGREE"]);
});

test("a possessor of a killing is its victim; requested nouns and acts behind a relative clause are no events; a body meeting alone consults no one", () => {
  const SAU: Spec = ["Saudi Arabia", "country", "SAU", ["Saudi Arabia"]];
  const JK: Spec = ["Jamal Khashoggi", "person", "SAU", ["Khashoggi"], "JRN"];
  const killing = events(docWith("The world remains silent over Khashoggi's killing.", [JK, SAU]));
  assert.deepEqual(killing, []);
  const byAgent = "Khashoggi's killing by Saudi Arabia shocked many.";
  const [k] = events(docWith(byAgent, [JK, SAU]));
  assert.equal(k!.source?.country, "SAU");
  assert.equal(byAgent.slice(k!.trigger.start, k!.trigger.end), "killing");
  const HK: Spec = ["Hong Kong", "country", "HKG", ["Hong Kong"]];
  const CL: Spec = ["Carrie Lam", "person", "HKG", ["Carrie Lam", "Lam"], "GOV"];
  const text = "Protesters asked Carrie Lam, who is backed by Beijing, to resign. Activists called for Lam's resignation. The Senate was to meet Monday.";
  const got = events(docWith(text, [HK, CL, ["Senate", "organization", "USA", ["Senate"], "LEG"]])).map((e) => `${e.type} ${text.slice(e.trigger.start, e.trigger.end)}`);
  assert.ok(!got.some((g) => g.startsWith("RETREAT") || g.startsWith("CONSULT")), got.join("; "));
  // an IGO's summit still counts
  const g7 = "G7 leaders met in Biarritz.";
  const [m] = events(docWith(g7, [["G7", "organization", "G7", ["G7"], "IGO"]]));
  assert.equal(m!.type, "CONSULT");
  assert.equal(g7.slice(m!.trigger.start, m!.trigger.end), "met");
});

test("a condition or a duty reports nothing: 'if X are killed', 'must be signed by X'", () => {
  const T: Spec = ["Donald Trump", "person", "USA", ["Trump"], "GOV"];
  const text = "The Speaker becomes president if Trump is killed. The budget must be signed by Trump. Trump signed a deal with Russia.";
  const got = events(docWith(text, [T, RUS]));
  assert.deepEqual(got.map((e) => text.slice(e.trigger.start, e.trigger.end)), ["signed"]);
  assert.equal(got[0]!.type, "AGREE");
});

test("unseen-news precision: a long relative clause still leaves a requested act unreal; a goal of ousting is no act; a charge word a few words back keeps a charge", () => {
  const UKR: Spec = ["Ukraine", "country", "UKR", ["Ukraine", "Ukrainian"]];
  const OP: Spec = ["Oleh Petrenko", "person", "UKR", ["Oleh Petrenko"], "GOV"];
  const text = "Students had asked Oleh Petrenko, who is openly supported by the government of Russia, to resign from his post.";
  assert.deepEqual(events(docWith(text, [UKR, OP, RUS])).filter((e) => e.type === "RETREAT"), []);
  const goal = "The United States has dropped a previous goal of attacking Russia.";
  assert.deepEqual(events(docWith(goal, [USA, RUS])).filter((e) => e.type === "ASSAULT"), []);
  const charged = "Two Russian officers were found guilty on Monday of attacking a Ukrainian journalist.";
  const types = events(docWith(charged, [["Russia", "country", "RUS", ["Russian"]], UKR])).map((e) => `${e.type} ${e.source?.country}->${e.target?.country}`);
  assert.ok(types.includes("ASSAULT RUS->UKR"), types.join("; "));
});

test("unseen-news precision: who faces or suffers attacks is their target; 'called X's conduct a ...' is no call; 'agree on how' is no agreement; authorising an inquiry is none", () => {
  const TUN: Spec = ["Tunisia", "country", "TUN", ["Tunisia"]];
  assert.deepEqual(events(docWith("Tunisia is facing terrorist attacks, the minister said.", [TUN])), []);
  assert.deepEqual(events(docWith("Tunisia suffered deadly attacks last year.", [TUN])), []);
  const [a, ...more] = events(docWith("Tunisia is facing attacks by Russia.", [TUN, RUS]));
  assert.equal(more.length, 0);
  assert.equal(`${a!.type} ${a!.source?.country}->${a!.target?.country}`, "ASSAULT RUS->TUN");
  const VP: Spec = ["Vladimir Putin", "person", "RUS", ["Putin"], "GOV"];
  const call = "The US president called Putin's conduct a disgrace.";
  assert.deepEqual(events(docWith(call, [USA, VP])).filter((e) => e.type === "CONSULT"), []);
  const agree = "Members of the Russian Duma do not all agree on how the talks with the United States work.";
  assert.deepEqual(events(docWith(agree, [["State Duma", "organization", "RUS", ["Russian Duma"], "LEG"], USA])).filter((e) => e.type === "AGREE"), []);
  const inquiry = "Until the Russian Duma votes to authorize an inquiry into the United States, nothing happens.";
  assert.deepEqual(events(docWith(inquiry, [["State Duma", "organization", "RUS", ["Russian Duma"], "LEG"], USA])), []);
});

test("unseen-news precision: 'in Leeds, England' locates an arrest in England; an unnamed reaction answers only a recent act", () => {
  const leeds: Spec = ["Leeds", "place", undefined, ["Leeds"]];
  const eng: Spec = ["England", "place", "GBR", ["England"]];
  const [a] = events(docWith("A man from Leeds, England was arrested in Leeds, England on Monday.", [leeds, eng]));
  assert.equal(`${a!.type} ${a!.source?.country}/${a!.source?.sector}`, "COERCE GBR/COP");
  const POL: Spec = ["Poland", "country", "POL", ["Poland", "Polish"]];
  const text = "Russia attacked Ukraine in 2014. Poland held elections. The Polish economy grew. Polish voters went to the polls. Poland condemned anti-semitism.";
  const evs = events(docWith(text, [RUS, ["Ukraine", "country", "UKR", ["Ukraine"]], POL]));
  const c = evs.find((e) => e.type === "ACCUSE");
  assert.ok(c, evs.map((e) => e.type).join("; "));
  assert.notEqual(c!.target?.country, "RUS");
  assert.notEqual(c!.target?.country, "UKR");
});

const UKR2: Spec = ["Ukraine", "country", "UKR", ["Ukraine"]];
const PETRENKO: Spec = ["Oleh Petrenko", "person", "UKR", ["Oleh Petrenko", "Petrenko"], "GOV"];
const typesOf = (text: string, specs: Spec[]) => events(docWith(text, specs)).map((e) => `${e.type} ${e.source?.country}->${e.target?.country ?? "-"}`);

test("requests and generic statements report no act: a bare requested verb, a request past a long 'if' clause, 'a policy of not ...', 'commonplace for governments to ...', 'committed to leading'", () => {
  assert.deepEqual(typesOf("The governor has requested Prime Minister Oleh Petrenko declare a state of emergency in the east.", [UKR2, PETRENKO]).filter((t) => t.startsWith("COERCE")), []);
  assert.deepEqual(typesOf("The senators demanded that Russia withdraw from Ukraine.", [RUS, UKR2]).filter((t) => t.startsWith("RETREAT")), []);
  assert.deepEqual(typesOf('"I urge Petrenko, if he cannot lead Ukraine, and has no plan for Ukraine, to please step down," she said.', [UKR2, PETRENKO]).filter((t) => t.startsWith("RETREAT")), []);
  assert.deepEqual(typesOf("Ukraine follows a policy of not charging Oleh Petrenko.", [UKR2, PETRENKO]).filter((t) => t.startsWith("ACCUSE")), []);
  assert.deepEqual(typesOf("It is normal for new governments — Petrenko took office in May — to suspend parliament.", [UKR2, PETRENKO]).filter((t) => t.startsWith("SANCTION")), []);
  assert.deepEqual(typesOf('Oleh Petrenko remains committed to leading Ukraine forward.', [UKR2, PETRENKO]).filter((t) => t.startsWith("AGREE")), []);
  assert.deepEqual(typesOf("The treaty would let Russia extradite people accused of crimes from Ukraine.", [RUS, UKR2]).filter((t) => t.startsWith("ACCUSE")), []);
  // a request that is made is still one, and an act done is still reported
  assert.ok(typesOf("Ukraine urged Russia to withdraw its troops.", [UKR2, RUS]).includes("REQUEST UKR->RUS"));
  assert.ok(typesOf("Petrenko said he is committed to talks with Russia, and Russia attacked Ukraine.", [UKR2, PETRENKO, RUS]).includes("ASSAULT RUS->UKR"));
});

test("wrong sources: an actor that names a thing is no doer ('NATO guidelines call for'); a participle clause after a comma has the sentence's subject", () => {
  const NATO: Spec = ["NATO", "organization", "NATO", ["NATO"], "IGO"];
  assert.deepEqual(typesOf("NATO guidelines call for higher military spending.", [NATO]), []);
  const EU: Spec = ["European Union", "organization", "EU", ["European Union"], "IGO"];
  assert.deepEqual(typesOf("Protesters, carrying banners and European Union flags, marched to parliament.", [EU]), []);
  const SAU: Spec = ["Saudi Arabia", "country", "SAU", ["Saudi Arabia"]];
  const got = typesOf("In 2015, Saudi Arabia started backing the government of Oleh Petrenko against the rebels, providing airstrikes with its air force.", [SAU, PETRENKO]);
  assert.ok(!got.some((t) => t.startsWith("ASSAULT UKR")), got.join("; "));
  const POPE: Spec = ["Pope Francis", "person", "VAT", ["Francis"], "REL"];
  const CONG: Spec = ["United States Congress", "organization", "USA", ["United States Congress"], "LEG"];
  const talks = typesOf("Petrenko has met many leaders, including meeting with Catholic Pope Francis, and speaking to the United States Congress.", [PETRENKO, POPE, CONG]);
  assert.ok(!talks.includes("CONSULT VAT->USA"), talks.join("; "));
  assert.ok(talks.includes("CONSULT UKR->USA"), talks.join("; "));
  const ECJ: Spec = ["European Court of Justice", "organization", "EU", ["European Court of Justice"], "IGO"];
  const asked = typesOf("The Supreme Court of Ukraine brought the case before the European Court of Justice, asking for clarifications of European Union law.", [UKR2, ECJ, EU]);
  assert.ok(!asked.some((t) => t.startsWith("REQUEST EU")), asked.join("; "));
});

test("agentless arrests and convictions: a police force the sentence names (as an actor, or a country's police noun), the arrested person's country, before the article's scene", () => {
  const LON: Spec = ["London", "place", "GBR", ["London"]];
  const KOR: Spec = ["South Korea", "country", "KOR", ["South Korea"]];
  const NPA: Spec = ["National Police Agency", "organization", "KOR", ["National Police Agency"], "COP"];
  const text = "Police in London arrested 300 people on Monday. Jong was arrested in March 2018, but South Korea's National Police Agency did not name him.";
  const evs = events(docWith(text, [LON, KOR, NPA], "2019-10-17"));
  const jong = evs.filter((e) => e.type === "COERCE" && text.slice(e.trigger.start, e.trigger.end) === "arrested" && e.trigger.start > 50);
  assert.equal(jong.length, 1);
  assert.equal(`${jong[0]!.source?.country}/${jong[0]!.source?.sector}`, "KOR/COP");
  const ZWE: Spec = ["Robert Mugabe", "person", "ZWE", ["Robert Mugabe", "Mugabe"], "GOV"];
  const SGP: Spec = ["Singapore", "place", "SGP", ["Singapore"]];
  const mug = events(docWith("Robert Mugabe died in a hospital in Singapore. Mugabe co-founded a party, but was arrested in 1963.", [ZWE, SGP], "2019-09-06"));
  assert.deepEqual(mug.filter((e) => e.type === "COERCE").map((e) => `${e.source?.country}/${e.source?.sector}`), ["ZWE/COP"]);
  const KOR2: Spec = ["South Korea", "country", "KOR", ["South Korea"]];
  const text2 = "Police in London arrested 300 people on Monday. Kim was arrested in March 2018, but South Korea's National Police Agency did not name him.";
  const kim = events(docWith(text2, [LON, KOR2], "2019-10-17")).filter((e) => e.type === "COERCE" && e.trigger.start > 50);
  assert.deepEqual(kim.map((e) => `${e.source?.country}/${e.source?.sector}`), ["KOR/COP"]);
});

test("word sense: a parting shot is no attack, evidence supports nothing, a state's blockade is a sanction", () => {
  const TRUMP: Spec = ["Donald Trump", "person", "USA", ["Donald Trump", "Trump"], "GOV"];
  const OBAMA: Spec = ["Barack Obama", "person", "USA", ["Barack Obama", "Obama"], "GOV"];
  assert.deepEqual(typesOf("Donald Trump took a parting shot at Barack Obama on Twitter.", [TRUMP, OBAMA]).filter((t) => t.startsWith("ASSAULT")), []);
  const UN: Spec = ["United Nations", "organization", "UN", ["UN"], "IGO"];
  assert.deepEqual(typesOf("A UN report concluded evidence supported the killing of Oleh Petrenko by Russian agents.", [UN, PETRENKO]).filter((t) => t.startsWith("SUPPORT")), []);
  const CUB: Spec = ["Cuba", "country", "CUB", ["Cuba"]];
  const got = typesOf("The US blockade of Cuba continued for decades.", [USA, CUB]);
  assert.deepEqual(got, ["SANCTION USA->CUB"]);
});

test("a country after a place and a comma is where the place is, not the subject of a participle clause; 'holding signs' is no signing", () => {
  const PARIS: Spec = ["Paris", "place", "FRA", ["Paris"]];
  const FRA: Spec = ["France", "country", "FRA", ["France"]];
  assert.deepEqual(typesOf("On Monday at a market in Paris, France, a gunman opened fire, killing three.", [PARIS, FRA]).filter((t) => t.startsWith("ASSAULT")), []);
  const HOC: Spec = ["House of Commons", "organization", "GBR", ["House of Commons"], "LEG"];
  assert.deepEqual(typesOf("Members of the House of Commons protested by holding signs which read 'silenced'.", [HOC]).filter((t) => t.startsWith("AGREE")), []);
  // a signing is still one
  assert.ok(typesOf("Russia signs a deal with Ukraine.", [RUS, UKR2]).some((t) => t.startsWith("AGREE")));
});

test("unseen-news sources: a hazard, a sea, a relative, a thing phrase are no doers; 'under house arrest' is undergone", () => {
  const PHL: Spec = ["Philippines", "country", "PHL", ["Philippines"]];
  assert.deepEqual(typesOf("Typhoon Hagibis made landfall on the northern Philippines on Monday, killing at least twelve people.", [PHL]), []);
  const MEX: Spec = ["Mexico", "country", "MEX", ["Mexico"]];
  const TEX: Spec = ["United States", "country", "USA", ["U.S."]];
  assert.deepEqual(typesOf("Texas, a U.S. state on the Gulf of Mexico, declared a state of emergency on Monday.", [MEX, TEX]).filter((t) => t.includes("MEX")), []);
  const GUAIDO: Spec = ["Juan Guaido", "person", "VEN", ["Juan Guaido"], "LEG"];
  const ESP: Spec = ["Spain", "country", "ESP", ["Spain", "Spanish"]];
  assert.deepEqual(typesOf("Maria Lopez, the widow of activist Juan Guaido, met Spanish officials in Madrid, calling for sanctions.", [GUAIDO, ESP]), []);
  const HUN: Spec = ["Hungary", "country", "HUN", ["Hungary"]];
  const DEU: Spec = ["Germany", "country", "DEU", ["Germany", "German"]];
  const AIRBUS: Spec = ["Airbus", "organization", "FRA", ["Airbus"], "BUS"];
  assert.deepEqual(typesOf("Hungary licensed German rifle technology last year, then agreed with Airbus to build a factory.", [HUN, DEU, AIRBUS]), ["AGREE HUN->FRA"]);
  const SHARIF: Spec = ["Nawaz Sharif", "person", "PAK", ["Nawaz Sharif"], "GOV"];
  const got = events(docWith("Soldiers placed Nawaz Sharif under house arrest in October.", [SHARIF], "2019-11-01"));
  assert.deepEqual(got.map((e) => `${e.type} ${e.source?.country}/${e.source?.sector}->${e.target?.country}/${e.target?.sector}`), ["COERCE PAK/COP->PAK/GOV"]);
  // a killer named in the subject still kills
  assert.ok(typesOf("Russia bombed a market in Syria on Monday, killing twelve people.", [RUS, ["Syria", "country", "SYR", ["Syria"]]]).some((t) => t.startsWith("ASSAULT RUS")));
});

test("unseen-news generic acts: 'never back down' is a habit, airlines offering flights and aid being received are no agreement or visit", () => {
  const HKG: Spec = ["Hong Kong", "place", "HKG", ["Hong Kong"]];
  assert.deepEqual(typesOf("Hong Kong people never back down, protesters said.", [HKG]), []);
  const AA: Spec = ["American Airlines", "organization", "USA", ["American Airlines"], "BUS"];
  const CUB: Spec = ["Cuba", "country", "CUB", ["Cuba"]];
  assert.deepEqual(typesOf("American Airlines offers flights to Cuba from Miami.", [AA, CUB]), []);
  const SYR: Spec = ["Syria", "country", "SYR", ["Syria", "Syrian"]];
  assert.deepEqual(typesOf("Officials asked how much Russian aid is received by the Syrian government.", [RUS, SYR]), []);
  // a report of never doing it stays negated
  assert.deepEqual(events(docWith("Russia never attacked Syria.", [RUS, SYR])).map((e) => `${e.type} ${e.modality}`), ["ASSAULT negated"]);
});

test("old attacks: an attack dated years before the article takes no target from the article's scene; a recent one still does", () => {
  const SYR: Spec = ["Syria", "place", "SYR", ["Syria"]];
  const IRN: Spec = ["Iran", "country", "IRN", ["Iran"]];
  const tgt = (t: string) => events(docWith(t, [SYR, IRN], "2019-05-02")).filter((e) => e.type === "ASSAULT").map((e) => `${e.source?.country}->${e.target?.country ?? "-"}`);
  assert.deepEqual(tgt("Fighting went on in Syria on Monday. In 2014, Iran bombed convoys, officials said."), ["IRN->-"]);
  assert.deepEqual(tgt("Fighting went on in Syria on Monday. On Tuesday, Iran bombed convoys, officials said."), ["IRN->SYR"]);
});

test("a police official or force saying 'they arrested' speaks for its force: that country's police", () => {
  const OHIO: Spec = ["Ohio", "place", "USA", ["Ohio"]];
  const deputy = events(docWith("Sheriff Dana Ortiz of Lake County, Ohio said they arrested three teenagers on Sunday.", [OHIO], "2019-08-01"));
  assert.deepEqual(deputy.map((e) => `${e.type} ${e.source?.country}/${e.source?.sector}`), ["COERCE USA/COP"]);
  const text = "On Friday, Avon Valley Police said they had detained a driver. The crash happened on a bridge in Kent, England.";
  const ENG: Spec = ["England", "place", "GBR", ["England"]];
  const force = events(docWith(text, [ENG], "2019-08-01"));
  assert.deepEqual(force.map((e) => `${e.type} ${e.source?.country}/${e.source?.sector} ${text.slice(e.trigger.start, e.trigger.end)}`), ["COERCE GBR/COP detained"]);
  // a speaker who is no official of a force does not speak for one
  assert.deepEqual(events(docWith("The mayor of Lake County, Ohio said they arrested three teenagers.", [OHIO], "2019-08-01")).map((e) => e.type), []);
});

test("released messages are no release of people; an extradition bill is no extradition", () => {
  const PRI: Spec = ["Puerto Rico", "place", "PRI", ["Puerto Rico"]];
  const CEN: Spec = ["Center for Investigative Journalism", "organization", "PRI", ["Center for Investigative Journalism"], "JRN"];
  assert.deepEqual(typesOf("The Center for Investigative Journalism obtained chat messages between the governor and his aides and released them on Saturday.", [PRI, CEN]), []);
  assert.deepEqual(typesOf("The Center for Investigative Journalism released hundreds of messages from the chat.", [PRI, CEN]), []);
  const TWN: Spec = ["Taiwan", "country", "TWN", ["Taiwan"]];
  const HKG: Spec = ["Hong Kong", "place", "HKG", ["Hong Kong", "Hong Kong's"]];
  assert.deepEqual(typesOf("Thousands marched against Hong Kong's extradition bill, which Taiwan opposed.", [HKG, TWN]).filter((t) => t.startsWith("COOPERATE")), []);
  // a release of people, and an extradition of a person, stay
  const SAU: Spec = ["Saudi Arabia", "country", "SAU", ["Saudi Arabia"]];
  assert.ok(typesOf("Saudi Arabia released two activists on Monday.", [SAU]).some((t) => t.startsWith("RETREAT")));
});

test("verbal attacks: a politician's attack on a politician, the press or no named target, or one a cue word marks, is an accusation; force stays force", () => {
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const SWE: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
  const NOR: Spec = ["Norway", "country", "NOR", ["Norway"]];
  const kinds = (text: string, specs: Spec[]) => events(docWith(text, specs, "2019-05-02")).map((e) => `${e.type}/${e.mode ?? ""} ${text.slice(e.trigger.start, e.trigger.end)}`);
  assert.deepEqual(kinds("Senator Ann Doyle attacked Ray Pike as a coward on Monday.", [DOYLE, PIKE]), ["ACCUSE/disapprove attacked"]);
  assert.deepEqual(kinds("Voters tired of Doyle's personal attacks.", [DOYLE]), ["ACCUSE/disapprove attacks"]);
  // force: a country's attack on a country, a politician's attack on protesters, a terrorist attack
  assert.deepEqual(kinds("Norway attacked Sweden on Monday.", [NOR, SWE]), ["ASSAULT/ attacked"]);
  assert.deepEqual(kinds("Ray Pike attacked protesters in the capital.", [PIKE]).map((k) => k.split("/")[0]), ["ASSAULT"]);
  assert.deepEqual(kinds("Doyle condemned Pike's terrorist attacks on the city.", [DOYLE, PIKE]).filter((k) => k.endsWith("attacks")).map((k) => k.split("/")[0]), ["ASSAULT"]);
  // "Pike attacked Doyle after Doyle accused him": the same kind of act back the other way is another event
  const both = events(docWith("Pike attacked Doyle on Friday after Doyle accused Pike of lying.", [DOYLE, PIKE], "2019-05-02"));
  assert.deepEqual(both.map((e) => `${e.type} ${e.source?.entity}->${e.target?.entity}`), ["ACCUSE e2->e1", "ACCUSE e1->e2"]);
});

test("released polls and figures, seizing on a video, calling someone names: no release, seizure or call", () => {
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const PAPER: Spec = ["Bergen Post", "organization", "NOR", ["Bergen Post"], "JRN"];
  assert.deepEqual(typesOf("Doyle leads with 40 percent in a Bergen Post survey released on Thursday.", [DOYLE, PAPER]), []);
  assert.deepEqual(typesOf("Doyle raised more money, according to figures her campaign released Friday.", [DOYLE]), []);
  assert.deepEqual(typesOf("Two rivals of Doyle have released their fundraising totals.", [DOYLE]), []);
  assert.deepEqual(typesOf("Pike seized on the video in a debate.", [PIKE]), []);
  // calling someone a name is no phone call; an insult is an accusation (political.test.ts)
  assert.deepEqual(typesOf("That led Doyle to call Ray Pike “a coward” on air.", [DOYLE, PIKE]), ["ACCUSE NOR->NOR"]);
  // a release of people stays
  assert.ok(typesOf("Pike released two activists on Monday.", [PIKE]).some((t) => t.startsWith("RETREAT")));
});

test("unnamed police as the subject of an arrest, and an agentless jailing of unnamed people, are that country's police and courts", () => {
  const OSLO: Spec = ["Oslo", "place", "NOR", ["Oslo"]];
  const ENG: Spec = ["England", "place", "GBR", ["England"]];
  const arrests = (text: string, specs: Spec[]) => events(docWith(text, specs, "2019-05-02")).map((e) => `${e.type}/${e.mode} ${e.source?.country}/${e.source?.sector} ${text.slice(e.trigger.start, e.trigger.end)}`);
  assert.deepEqual(arrests("Police in Oslo arrested two men on Sunday.", [OSLO]), ["COERCE/arrest NOR/COP arrested"]);
  assert.deepEqual(arrests("The crash happened near Oslo. Police opened a criminal case against the driver and detained him.", [OSLO]), ["COERCE/arrest NOR/COP detained"]);
  assert.deepEqual(arrests("On Wednesday, nine men were jailed for fraud in Leeds, England.", [["Leeds", "place", undefined, ["Leeds"]], ENG]), ["SANCTION/convict GBR/JUD jailed"]);
  // police named only inside what someone says, a force's victim, or a pronoun that may have been jailed abroad
  assert.deepEqual(arrests("Near Oslo, police said the man attacked two officers and seized their radios.", [OSLO]).filter((k) => k.startsWith("COERCE")), []);
  assert.deepEqual(arrests("He lives in Oslo. In 1996 he was once jailed for contempt.", [OSLO]), []);
});

test("wrong doers: a fronted 'when' clause's actor, a comma list no 'and' closes, a capital naming where an attack was; seeking to act, pressing one's advantage, a primary fight are no events", () => {
  const HUN: Spec = ["Hungary", "country", "HUN", ["Hungarians"]];
  const NOR: Spec = ["Norway", "country", "NOR", ["Norway"]];
  const SWE: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
  const DNK: Spec = ["Denmark", "country", "DNK", ["Denmark"]];
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  assert.deepEqual(typesOf("But when the Hungarians revolted in 1956, the general refused to intervene.", [HUN]), []);
  const pairs = (text: string, specs: Spec[]) => events(docWith(text, specs)).map((e) => `${e.type} ${e.source?.country}->${e.target?.country ?? "-"} ${text.slice(e.trigger.start, e.trigger.end)}`);
  assert.deepEqual(pairs("When Norway met Sweden, Denmark stayed away.", [NOR, SWE, DNK]), ["CONSULT NOR->SWE met"]);
  assert.deepEqual(pairs("Norway met Sweden, Denmark and the EU on Monday.", [NOR, SWE, DNK]).length, 2);
  assert.deepEqual(pairs("Norway met Sweden, Finland, and Denmark on Monday.", [NOR, SWE, DNK, ["Finland", "country", "FIN", ["Finland"]]]).length, 3);
  // "the Oslo attacks": the capital names where it happened; "Oslo attacked Stockholm" is Norway's act
  const capital = (text: string) => {
    const doc = new Doc(text, { published: "2019-05-02" });
    for (const s of textStages) s.run(doc, { resources: {}, options: {} });
    const k = text.indexOf("Oslo");
    doc.set(LAYERS.entities, [{ id: "e1", name: "Norway", type: "country", country: "NOR", roles: [], mentions: [{ start: k, end: k + 4, text: "Oslo", via: "capital" }] }, { id: "e2", name: "Sweden", type: "country", country: "SWE", roles: [], mentions: [] }], { stage: "test", version: "0" });
    doc.set(LAYERS.quotes, [], { stage: "test", version: "0" });
    eventsStage.run(doc, ctx);
    return events(doc).map((e) => `${e.type} ${e.source?.country}`);
  };
  assert.deepEqual(capital("After the Oslo attacks, voters moved right."), []);
  assert.deepEqual(capital("Oslo attacked two ships on Monday."), ["ASSAULT NOR"]);
  assert.deepEqual(typesOf("Doyle is seeking to arrange a meeting with Pike.", [DOYLE, PIKE]).filter((t) => t.startsWith("REQUEST")), []);
  assert.deepEqual(typesOf("Doyle will press her advantage over Pike in the debate.", [DOYLE, PIKE]).filter((t) => t.startsWith("REQUEST")), []);
  assert.deepEqual(typesOf("Doyle lost a primary fight to Pike.", [DOYLE, PIKE]), []);
  assert.deepEqual(typesOf("Doyle would recommend policies that help farmers.", [DOYLE]), []);
});

test("an unnamed crowd protests for the country where it marched; fighting for a place, a live shot, a name's signs are no events; an assault by a politician is words", () => {
  const LEEDS: Spec = ["Leeds", "place", "GBR", ["Leeds"]];
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  const text = "On Saturday, thousands of people marched in Leeds against the plan.";
  const [p, ...rest] = events(docWith(text, [LEEDS], "2019-05-02"));
  assert.equal(rest.length, 0);
  assert.equal(`${p!.type} ${p!.source?.country}/${p!.source?.sector} ${text.slice(p!.trigger.start, p!.trigger.end)}`, "PROTEST GBR/CVL marched");
  assert.equal(p!.source?.entity, undefined);
  assert.deepEqual(typesOf("Workers rallied in Leeds on Monday.", [LEEDS]), ["PROTEST GBR->GBR"]);
  assert.deepEqual(typesOf("Doyle and Pike are fighting for second place.", [DOYLE, PIKE]), []);
  assert.deepEqual(typesOf("The channel broadcast a live shot from Pike's party.", [PIKE]), []);
  assert.deepEqual(typesOf("Supporters held Pike signs above their heads.", [PIKE]), []);
  assert.deepEqual(typesOf("Farmers came under repeated assault by Doyle.", [DOYLE]).map((t) => t.split(" ")[0]), ["ACCUSE"]);
});

test("'and the second accused him': a common noun subject names no actor; a state of emergency against a storm coerces no one", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const VEST: Spec = ["Vestland", "place", "NOR", ["Vestland"]];
  assert.deepEqual(typesOf("The first charged Ray Pike with fraud, and the second accused him of lying.", [PIKE]).filter((t) => t.startsWith("ACCUSE")), []);
  assert.deepEqual(typesOf("The governor of Vestland declared a state of emergency on Monday, with a storm approaching.", [VEST]), []);
  // the two sides, and a named subject, still act
  const NOR: Spec = ["Norway", "country", "NOR", ["Norway"]];
  const SWE: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
  assert.deepEqual(typesOf("Norway and Sweden met in Oslo. The two sides agreed to a ceasefire.", [NOR, SWE]), ["CONSULT NOR->SWE", "AGREE NOR->SWE"]);
});

test("an agentless arrest years before the article happened in the country the sentence names nearest to it, not the sentence's first actor's", () => {
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  const CUB: Spec = ["Cuba", "country", "CUB", ["Cuba"]];
  const text = "Doyle's father, who in 1957 fled Cuba after being arrested by the secret police, never went back.";
  const arrests = events(docWith(text, [DOYLE, CUB], "2019-05-02")).filter((e) => e.type === "COERCE");
  assert.deepEqual(arrests.map((e) => `${e.source?.country}/${e.source?.sector} ${text.slice(e.trigger.start, e.trigger.end)}`), ["CUB/COP arrested"]);
});

test("verbal attacks: a person of no known sector attacking a politician speaks; attacking no named target stays force", () => {
  const LUND: Spec = ["Per Lund", "person", "NOR", ["Per Lund", "Lund"]];
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  assert.deepEqual(typesOf("Lund has relentlessly attacked Pike as a liar.", [LUND, PIKE]).map((t) => t.split(" ")[0]), ["ACCUSE"]);
  assert.deepEqual(typesOf("Lund attacked two guards with a knife.", [LUND]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
});

test("word sense: a candidate's appeal, begging the question, declining to be named, demand growth, a records request, resisting an urge, 'as X demonstrate,' are no events", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const NOR: Spec = ["Norway", "country", "NOR", ["Norway"]];
  const SWE: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
  assert.deepEqual(typesOf("The adviser cited Pike's blue-collar appeal in the north.", [PIKE]), []);
  assert.deepEqual(typesOf("Pike's mistakes begged the question of who was in charge.", [PIKE]), []);
  assert.deepEqual(typesOf("An aide to Pike, who declined to be identified, said so.", [PIKE]), []);
  assert.deepEqual(typesOf("Pike said Norway cannot count on domestic demand growth.", [PIKE, NOR]), []);
  assert.deepEqual(typesOf("Pike's office answered a 2012 records request from a watchdog.", [PIKE]), []);
  assert.deepEqual(typesOf("Pike will resist the urge to raise taxes.", [PIKE]), []);
  assert.deepEqual(typesOf("As the leaked files of Pike demonstrate, the office is in chaos.", [PIKE]), []);
  // a real request and a real demand stay
  assert.deepEqual(typesOf("Norway requested aid from Sweden.", [NOR, SWE]), ["REQUEST NOR->SWE"]);
});

test("a relative clause on an unnamed noun holds no subject ('The Norwegian hacker who revealed that Pike ... was sentenced'); 'whom X accuses' keeps X; police of the place entered", () => {
  const NORD: Spec = ["Norway", "country", "NOR", ["Norwegian"]];
  const PIKE: Spec = ["Ray Pike", "person", "SWE", ["Ray Pike", "Pike"], "GOV"];
  const SWE: Spec = ["Sweden", "country", "SWE", ["Swedish"]];
  const text = "The Norwegian hacker who first revealed that Ray Pike used a private server was sentenced to four years in prison by a Swedish judge.";
  const evs = events(docWith(text, [NORD, PIKE, SWE], "2019-05-02", ["Norwegian", "Swedish"]));
  assert.deepEqual(evs.map((e) => `${e.type} ${e.source?.country}/${e.source?.sector} -> ${e.target?.country} ${e.target?.entity ?? "-"} ${text.slice(e.trigger.start, e.trigger.end)}`), ["SANCTION SWE/JUD -> NOR e1 sentenced"]);
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  assert.deepEqual(typesOf("The banker whom Doyle criticized on Monday was cleared.", [DOYLE]).map((t) => t.split(" ")[0]), ["ACCUSE"]);
  const TEX: Spec = ["Texas", "place", "USA", ["Texas"]];
  const refugees = events(docWith("Eight Norwegian refugees were detained attempting to enter Texas on Monday.", [NORD, TEX], "2019-05-02", ["Norwegian"]));
  assert.deepEqual(refugees.map((e) => `${e.type} ${e.source?.country}/${e.source?.sector}`), ["COERCE USA/COP"]);
});

test("campaign rallies, 'convicted rapist X', 'rape analogies', an ad that X released are no events", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const LUND: Spec = ["Per Lund", "person", "NOR", ["Per Lund", "Lund"]];
  assert.deepEqual(typesOf("Pike lost despite Pike's rallies in the north.", [PIKE]), []);
  assert.deepEqual(typesOf("Pike booked convicted rapist Per Lund for the show.", [PIKE, LUND]), []);
  assert.deepEqual(typesOf("Pike makes rape analogies on stage.", [PIKE]), []);
  assert.deepEqual(typesOf("This ad that Pike released today is horrific.", [PIKE]), []);
  // a rally of unnamed people against a politician is still no named protester's; a released prisoner is still released
  assert.ok(typesOf("Pike released Per Lund on Monday.", [PIKE, LUND]).some((t) => t.startsWith("RETREAT")));
});

test("followers, anti-/pro- names and mislinked pronouns name no doer ('Pike's supporters threatened', 'an anti-Pike rally', 'she' on a convention, 'he' in Pike's own quote)", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  assert.deepEqual(typesOf("Pike's supporters threatened Ann Doyle on Monday.", [PIKE, DOYLE]), []);
  assert.deepEqual(typesOf("Doyle voters attacked Ray Pike in Oslo.", [PIKE, DOYLE]), []);
  assert.deepEqual(typesOf("Lund will organize an anti-Pike rally in Oslo.", [PIKE]), []);
  // the follower noun's own verb still has its named doer when one acts
  assert.deepEqual(typesOf("Ray Pike threatened Doyle supporters on Monday.", [PIKE, DOYLE]).map((t) => t.split(" ")[0]), ["THREATEN"]);
  const text = "Sara Lind, attending the Oslo Party Convention, said she could not support Ray Pike. \"Why's he attacking me?\" Pike said.";
  const doc = new Doc(text, { published: "2016-01-17" });
  for (const s of textStages) s.run(doc, { resources: {}, options: {} });
  const at = (w: string, via: MentionRecord["via"], from = 0) => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length, text: w, via });
  const q0 = text.indexOf('"Why');
  const q1 = text.indexOf('?"') + 2;
  doc.set(LAYERS.entities, [
    { id: "e3", name: "Sara Lind", type: "person", roles: [], mentions: [at("Sara Lind", "name")] },
    { id: "e1", name: "Oslo Party Convention", type: "organization", country: "NOR", roles: [], mentions: [at("Oslo Party Convention", "name"), at("she", "pronoun")] },
    { id: "e2", name: "Ray Pike", type: "person", country: "NOR", gender: "male", roles: [], mentions: [at("Ray Pike", "name"), at("he", "pronoun", q0), at("Pike", "name", q1)] },
  ], { stage: "test", version: "0" });
  assert.equal(text.slice(text.indexOf("he", q0), text.indexOf("he", q0) + 2), "he");
  doc.set(LAYERS.quotes, [{ start: q0, end: q1, text: text.slice(q0, q1), kind: "direct", speaker: { entity: "e2", ...at("Pike", "name", q1) }, cue: at("said", "name", q1), confidence: 0.9 }], { stage: "test", version: "0" });
  eventsStage.run(doc, ctx);
  assert.deepEqual(events(doc).map((e) => `${e.type} ${text.slice(e.trigger.start, e.trigger.end)}`), []);
});

test("'he' in a speaker's own quotation is the same-gender person the quotation named last ('We told the president ... He resisted,' Lund said)", () => {
  const text = "Per Lund said on Friday: \"We told the president we needed the budget. He resisted.\"";
  const doc = new Doc(text, { published: "2019-01-05" });
  for (const s of textStages) s.run(doc, { resources: {}, options: {} });
  const at = (w: string, via: MentionRecord["via"]) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w, via });
  const q0 = text.indexOf("\"We");
  doc.set(LAYERS.entities, [
    { id: "e1", name: "Per Lund", type: "person", country: "NOR", sector: "LEG", gender: "male", roles: [], mentions: [at("Per Lund", "name"), at("He", "pronoun")] },
    { id: "e2", name: "Ray Pike", type: "person", country: "NOR", sector: "GOV", gender: "male", roles: [], mentions: [at("the president", "title")] },
  ], { stage: "test", version: "0" });
  doc.set(LAYERS.quotes, [{ start: q0, end: text.length, text: text.slice(q0), kind: "direct", speaker: { entity: "e1", ...at("Per Lund", "name") }, cue: at("said", "name"), confidence: 0.9 }], { stage: "test", version: "0" });
  eventsStage.run(doc, ctx);
  const evs = events(doc).filter((e) => e.type === "REJECT");
  assert.deepEqual(evs.map((e) => `${e.source?.entity} ${text.slice(e.trigger.start, e.trigger.end)} ${text.slice(e.start, e.end)}`), ["e2 resisted He resisted"]);
});

test("quantified subjects, a candidate's appeal, pledged delegates, funding a campaign and 'calls her record a ...' are no events", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  const NORD: Spec = ["Norway", "country", "NOR", ["Norwegians"]];
  assert.deepEqual(events(docWith("Most Norwegians agree that the country is on the wrong track.", [NORD], "2016-02-01", ["Norwegians"])).map((e) => e.type), []);
  assert.deepEqual(typesOf("As minister Ray Pike showed what most would agree was poor judgment.", [PIKE]), []);
  assert.deepEqual(typesOf("Ray Pike is keeping a lid on Ann Doyle's appeal in Oslo.", [PIKE, DOYLE]), []);
  assert.deepEqual(typesOf("Pike holds a large pledged delegate lead over Ann Doyle.", [PIKE, DOYLE]), []);
  assert.deepEqual(typesOf("Ray Pike used the loans to fund his 2012 Senate campaign.", [PIKE]), []);
  assert.deepEqual(typesOf("Ray Pike calls her record a blueprint for jobs, Ann Doyle said.", [PIKE, DOYLE]), []);
  // a real appeal to someone, a real phone call and a named group's agreement stay
  assert.deepEqual(typesOf("Ray Pike made an appeal to Ann Doyle on Monday.", [PIKE, DOYLE]).map((t) => t.split(" ")[0]), ["REQUEST"]);
  assert.deepEqual(typesOf("Ray Pike called Ann Doyle, aides said.", [PIKE, DOYLE]).map((t) => t.split(" ")[0]), ["CONSULT"]);
  assert.deepEqual(events(docWith("The Norwegians agreed with Sweden on the border.", [NORD, ["Sweden", "country", "SWE", ["Sweden"]]], "2016-02-01", ["Norwegians"])).map((e) => e.type), ["AGREE"]);
});

test("attacks one lodges and a person's attacks on the speaker's side are words", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"]];
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  assert.deepEqual(typesOf("Doyle answered the attacks that Ray Pike lodged against her.", [PIKE, DOYLE]).filter((t) => t.startsWith("ASSAULT")), []);
  assert.deepEqual(typesOf("Ray Pike has been attacking us on specifics, an aide said.", [PIKE]), ["ACCUSE NOR->NOR"]);
  // a named person's attack on people counted but not named is still force
  assert.deepEqual(typesOf("Ray Pike attacked two guards with a knife.", [PIKE]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
});

test("objects before 'and', unnamed crowds and noun phrases, uncoded organisations, poll pronouns and 'agree that' give no doer", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  const UNO: Spec = ["United Nations", "organization", "UN", ["United Nations"], "IGO"];
  const CLUB: Spec = ["Oslo Rights League", "organization", undefined, ["Oslo Rights League"]];
  assert.deepEqual(typesOf("He denounced the United Nations and rejected rumors of a plan.", [UNO]).filter((t) => t.startsWith("REJECT")), []);
  const asked = events(docWith("Ann Doyle says she spoke to Ray Pike and asked him to condemn violence.", [PIKE, DOYLE]));
  assert.ok(!asked.some((e) => e.type === "REQUEST" && e.source?.entity === "e1"));
  assert.deepEqual(typesOf("Pike's rallies grew and protesters have clashed with the candidate's staff.", [PIKE]).filter((t) => t.startsWith("ASSAULT")), []);
  assert.deepEqual(typesOf("Before Pike's visit, a group of rabbis called for a boycott of his speech.", [PIKE]).filter((t) => t.startsWith("REQUEST")), []);
  assert.deepEqual(typesOf("Before Pike's visit the Oslo Rights League strongly denounced Pike's rhetoric.", [PIKE, CLUB]), []);
  assert.deepEqual(typesOf("Republicans who agree that the prison should be closed were irritated.", [["Republicans", "organization", "USA", ["Republicans"], "PTY"]]), []);
  assert.deepEqual(typesOf("White House press secretary Ray Pike said on Tuesday.", [PIKE]), []);
  // a named subject before the coordinated verbs still acts
  assert.deepEqual(typesOf("Ray Pike denounced the United Nations and rejected its plan.", [PIKE, UNO]).map((t) => t.split(" ")[0]), ["ACCUSE", "REJECT"]);
});

test("a quoted person of no known sector attacks in words; in a poll sentence a pronoun is no doer", () => {
  const text = "Ray Pike said: \"I will win.\" Lund answered Pike's attacks. Forty percent said they would support Ann Doyle.";
  const doc = new Doc(text, { published: "2016-03-01" });
  for (const s of textStages) s.run(doc, { resources: {}, options: {} });
  const at = (w: string, via: MentionRecord["via"], from = 0) => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length, text: w, via });
  doc.set(LAYERS.entities, [
    { id: "e1", name: "Ray Pike", type: "person", country: "NOR", roles: [], mentions: [at("Ray Pike", "name"), at("Pike", "name", text.indexOf("Lund"))] },
    { id: "e2", name: "Ann Doyle", type: "person", country: "NOR", sector: "LEG", roles: [], mentions: [at("Ann Doyle", "name")] },
    { id: "e3", name: "Labour", type: "organization", country: "NOR", sector: "PTY", roles: [], mentions: [at("they", "pronoun")] },
  ], { stage: "test", version: "0" });
  const q0 = text.indexOf("\"I");
  doc.set(LAYERS.quotes, [{ start: q0, end: text.indexOf(".\"") + 2, text: "", kind: "direct", speaker: { entity: "e1", ...at("Ray Pike", "name") }, cue: at("said", "name"), confidence: 0.9 }], { stage: "test", version: "0" });
  eventsStage.run(doc, ctx);
  assert.deepEqual(events(doc).map((e) => `${e.type} ${text.slice(e.trigger.start, e.trigger.end)}`), ["ACCUSE attacks"]);
});

test("a list of organisations keeps its coded member; a titled object before 'and' is no subject; an attack by a named person on no one named is words", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  const LEAGUE: Spec = ["Oslo Rights League", "organization", "NOR", ["Oslo Rights League"], "NGO"];
  const CLUB: Spec = ["Bergen Lawyers Club", "organization", undefined, ["Bergen Lawyers Club"]];
  assert.deepEqual(typesOf("Groups like the Oslo Rights League and the Bergen Lawyers Club praised Ray Pike's plan.", [PIKE, LEAGUE, CLUB]), ["SUPPORT NOR->NOR"]);
  const asked = events(docWith("Ann Doyle says she spoke to Labour leader Ray Pike and asked him to condemn violence.", [PIKE, DOYLE]));
  assert.ok(!asked.some((e) => e.type === "REQUEST" && e.source?.entity === "e1"));
  assert.deepEqual(typesOf("Migrants came under repeated assault by Ray Pike.", [PIKE]).map((t) => t.split(" ")[0]), ["ACCUSE"]);
});

test("opinions, things fought and 'failure to' are no asserted events", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const NORD: Spec = ["Norway", "country", "NOR", ["Norwegians"]];
  const DEAN: Spec = ["Lars Dean", "person", "NOR", ["Lars Dean", "Dean"], "GOV"];
  const SWE: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
  assert.deepEqual(events(docWith("Large majorities of Norwegians agreed with Ray Pike on trade.", [NORD, PIKE], "2016-02-01", ["Norwegians"])).map((e) => e.type), []);
  assert.deepEqual(typesOf("The medical association of Norway agrees with Lars Dean.", [DEAN]), []);
  assert.deepEqual(typesOf("Voters are mad, and Ray Pike agrees with them.", [PIKE]), []);
  assert.deepEqual(typesOf("Ray Pike sent tweets denouncing Lars Dean's amnesty bill.", [PIKE, DEAN]).filter((t) => t.startsWith("CONCEDE")), []);
  assert.deepEqual(typesOf("Sweden can finance its own development projects.", [SWE]), []);
  assert.deepEqual(typesOf("Ray Pike vowed to fight Zika in the south.", [PIKE]), []);
  assert.deepEqual(typesOf("Ray Pike and Lars Dean attack each other for not doing enough.", [PIKE, DEAN]).filter((t) => t.startsWith("ASSAULT")), []);
  const neg = events(docWith("Protests were spurred by Ray Pike's initial failure to denounce the groups.", [PIKE]));
  assert.ok(neg.every((e) => e.modality === "negated"));
  // a fight with a named side and an attack on a named country stay
  assert.deepEqual(typesOf("Norway fought Sweden in 1814.", [["Norway", "country", "NOR", ["Norway"]], SWE]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
  assert.deepEqual(typesOf("Ray Pike agreed with Sweden on a border treaty.", [PIKE, SWE]).map((t) => t.split(" ")[0]), ["AGREE"]);
});

test("a capitalised trigger in a headline run is no event; a capital before a force cue and an attack noun names where", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  assert.deepEqual(typesOf("Ray Pike Addresses Bergen Attack: 'This Cannot Continue'", [PIKE]), []);
  const text = "Ray Pike has taken a hard line since the Oslo terrorist attacks last year.";
  const doc = new Doc(text, { published: "2016-07-23" });
  for (const s of textStages) s.run(doc, { resources: {}, options: {} });
  const k = text.indexOf("Oslo");
  doc.set(LAYERS.entities, [{ id: "e1", name: "Norway", type: "country", country: "NOR", roles: [], mentions: [{ start: k, end: k + 4, text: "Oslo", via: "capital" }] }], { stage: "test", version: "0" });
  doc.set(LAYERS.quotes, [], { stage: "test", version: "0" });
  eventsStage.run(doc, ctx);
  assert.deepEqual(events(doc).map((e) => `${e.type} ${e.source?.country}`), []);
});

test("questions, observers, picked fights, coordinated objects and an intent noun's possessor", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  const SWE: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
  assert.deepEqual(typesOf("Ann Doyle asked Ray Pike if the office would hold a press conference.", [PIKE, DOYLE]), []);
  assert.deepEqual(typesOf("Sweden has deployed observers for elections abroad.", [SWE]), []);
  assert.deepEqual(typesOf("Ray Pike is prepared for a floor fight at the convention.", [PIKE]), []);
  assert.deepEqual(typesOf("Ann Doyle recalled Ray Pike's tendency to pick fights.", [PIKE, DOYLE]), []);
  const conceded = events(docWith("Pike has not endorsed Ann Doyle or conceded the race.", [PIKE, DOYLE])).filter((e) => e.type === "CONCEDE");
  assert.deepEqual(conceded.map((e) => e.source?.entity), ["e1"]);
  const plan = events(docWith("Ann Doyle has a word for Ray Pike's plan to deport migrants from Sweden: No.", [PIKE, DOYLE, SWE]));
  assert.ok(plan.every((e) => e.source?.entity !== "e2"));
  // the verb reading stays: "Sweden plans to deploy troops"
  assert.deepEqual(typesOf("Sweden plans to deploy troops to Norway.", [SWE, ["Norway", "country", "NOR", ["Norway"]]]).map((t) => t.split(" ")[0]), ["MOBILIZE"]);
  // a real request stays
  assert.deepEqual(typesOf("Ann Doyle asked Ray Pike to resign.", [PIKE, DOYLE]).map((t) => t.split(" ")[0]), ["REQUEST"]);
});

test("signs of trouble, pressure from unions, an appeal to no one named, a relative's act and a one-sided fight are no events", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const LAB: Spec = ["Labour", "organization", "NOR", ["Labour"], "PTY"];
  assert.deepEqual(typesOf("Beneath Pike's wins, signs of trouble.", [PIKE]), []);
  assert.deepEqual(typesOf("Pike's wins were troubling signs of a party in doubt.", [PIKE]), []);
  assert.deepEqual(typesOf("Labour insisted on acting now, responding to pressure from unions.", [LAB]), []);
  assert.deepEqual(typesOf("Pike's appeals to the anxieties of voters worked.", [PIKE]), []);
  assert.deepEqual(typesOf("Ray Pike's right-hand woman rallied supporters in Oslo.", [PIKE]), []);
  const fightText = "Labour will fight at home and abroad to destroy the networks.";
  assert.deepEqual(events(docWith(fightText, [LAB])).map((e) => fightText.slice(e.trigger.start, e.trigger.end)).filter((w) => w === "fight"), []);
  // an attack on some lawmakers and a fight with a named side stay
  assert.deepEqual(typesOf("On a visit to Oslo, Ray Pike attacked some Labour lawmakers.", [PIKE]).map((t) => t.split(" ")[0]), ["ACCUSE"]);
  assert.deepEqual(typesOf("Labour fought Ray Pike at the border.", [LAB, PIKE]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
});

test("'conceded that', 'agrees with X's remarks', 'agrees X is ...' and 'nobody's been arrested' report no event", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  assert.deepEqual(typesOf("Ray Pike privately conceded that it had been a difficult night.", [PIKE]), []);
  assert.deepEqual(typesOf("Ray Pike said he agrees with Ann Doyle's remarks.", [PIKE, DOYLE]), []);
  assert.deepEqual(typesOf("Ray Pike said he agrees Ann Doyle is a total opportunist.", [PIKE, DOYLE]), []);
  assert.deepEqual(typesOf("The chief in Oslo noted that nobody's been arrested.", [["Norway", "country", "NOR", ["Oslo"]]]), []);
  // a concession of the race stays
  assert.deepEqual(typesOf("Ray Pike conceded the race to Ann Doyle.", [PIKE, DOYLE]).map((t) => t.split(" ")[0]), ["CONCEDE"]);
});

test("counterfactuals, hypothetical questions, nouns after 'to', denied accusations and senses of shoot/sign/deploy/seize/release/march", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const LAB: Spec = ["Labour", "organization", "NOR", ["Labour"], "PTY"];
  const SWE: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
  assert.deepEqual(typesOf("With such a thin margin, Ray Pike could have requested a recount.", [PIKE]), []);
  assert.deepEqual(typesOf("In other words, can Ray Pike offer Labour something they want?", [PIKE, LAB]), []);
  assert.deepEqual(typesOf("Neither his aide nor Ray Pike responded to requests for comment.", [PIKE]), []);
  assert.deepEqual(typesOf("Ray Pike denied the accusations through a spokeswoman.", [PIKE]).filter((t) => t.startsWith("ACCUSE")), []);
  assert.deepEqual(typesOf("If you betray Ray Pike, you only have one shot at it.", [PIKE]), []);
  assert.deepEqual(typesOf("The odds of Labour control have shot up this week.", [LAB]), []);
  assert.deepEqual(typesOf("Labour has been laying down sign posts everywhere.", [LAB]), []);
  assert.deepEqual(typesOf("Ray Pike deploys an array of tactics against critics.", [PIKE]), []);
  assert.deepEqual(typesOf("Ray Pike has to seize this moment to lay out a plan.", [PIKE]), []);
  assert.deepEqual(typesOf("Sweden released 1,100 more pages of Ray Pike's emails.", [SWE, PIKE]), []);
  assert.deepEqual(typesOf("Ray Pike marched in the Oslo parade on Sunday.", [PIKE]), []);
  // an infinitive, a march against someone and a real request stay
  assert.deepEqual(typesOf("Labour decided to attack Sweden.", [LAB, SWE]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
  assert.deepEqual(typesOf("Ray Pike requested a recount from Sweden.", [PIKE, SWE]).map((t) => t.split(" ")[0]), ["REQUEST"]);
});

test("a promised, vowed, pledged or threatened act is planned; debates and court fights are no force", () => {
  const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "GOV"];
  const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "LEG"];
  const SWE: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
  const modal = (text: string, specs: Spec[]) => events(docWith(text, specs)).map((e) => `${e.type} ${e.modality} ${text.slice(e.trigger.start, e.trigger.end)}`);
  assert.deepEqual(modal("Ray Pike is promising to attack Sweden within a year.", [PIKE, SWE]), ["ASSAULT planned attack"]);
  assert.deepEqual(modal("Ray Pike's vow to sanction Sweden won him votes.", [PIKE, SWE]).filter((t) => t.startsWith("SANCTION")).map((t) => t.split(" ")[1]), ["planned"]);
  assert.deepEqual(modal("Ray Pike pledges to expel Sweden from the group.", [PIKE, SWE]).filter((t) => !t.startsWith("AGREE")).map((t) => t.split(" ")[1]), ["planned"]);
  assert.deepEqual(modal("Sweden, threatening to invade Ray Pike's country, moved troops.", [PIKE, SWE]).filter((t) => t.startsWith("ASSAULT")).map((t) => t.split(" ")[1]), ["planned"]);
  assert.deepEqual(typesOf("Ray Pike and Ann Doyle clashed on the Oslo debate stage.", [PIKE, DOYLE]), []);
  assert.deepEqual(typesOf("The debate fight between Ray Pike and Ann Doyle went on.", [PIKE, DOYLE]), []);
  assert.deepEqual(typesOf("Ann Doyle vowed to fight Ray Pike in court over the rule.", [PIKE, DOYLE]).filter((t) => t.startsWith("ASSAULT")), []);
  // a fight with no debate or court, and an attack said outright, stay
  assert.deepEqual(typesOf("Sweden attacked Ray Pike's troops on Monday.", [PIKE, SWE]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
});
