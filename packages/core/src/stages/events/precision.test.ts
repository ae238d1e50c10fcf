import assert from "node:assert/strict";
import { test } from "node:test";
import type { EventRecord } from "../../doc/record.js";
import { eventsOf, type Spec } from "./harness.test.js";

// Precision on campaign and foreign news: asides on a name (whose countries and places describe
// the name, not the act), force against a group no country owns, nouns read as verbs after a
// name ("the Oslo massacre", "a Roads Department sign"), and senses of "call out", "release", "attack".

/** "TYPE modality source(country)->target(country) trigger" for each event. */
function coded(text: string, specs: Spec[]): string[] {
  const names = new Map(specs.map((s, i) => [`e${i + 1}`, s[0]]));
  const who = (a: EventRecord["source"] | null) => (a ? `${a.entity ? names.get(a.entity) : "-"}(${a.country ?? "?"})` : "none");
  return eventsOf(text, specs).map((e) => `${e.type} ${e.modality} ${who(e.source)}->${who(e.target)} ${text.slice(e.trigger.start, e.trigger.end)}`);
}

const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "LEG"];
const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "GOV"];
const SWE: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
const FIN: Spec = ["Finland", "country", "FIN", ["Finland"]];
const ACME: Spec = ["Acme News", "organization", "NOR", ["Acme News"], "JRN"];
const STOCKHOLM: Spec = ["Stockholm", "place", "SWE", ["Stockholm"]];
const OSLO: Spec = ["Oslo", "place", "NOR", ["Oslo"]];
const HAND: Spec = ["Red Hand", "organization", "", ["Red Hand"]];

test("countries in a noun appositive describe the name before it: 'X, a general in the wars in Sweden and Finland, was sentenced'", () => {
  const text = "Ray Pike, a general in the wars in Sweden and Finland, was sentenced on Monday to five years in prison.";
  const events = coded(text, [PIKE, SWE, FIN]);
  assert.ok(events.length > 0);
  for (const e of events) assert.doesNotMatch(e, /Sweden|Finland|SWE|FIN/, e);
  assert.match(events[0]!, /->Ray Pike\(NOR\) sentenced$/);
});

test("the doer after an appositive is the name it describes: 'Ann Doyle, the former chairman of Acme News, also met with Ray Pike'", () => {
  const text = "Ann Doyle, the former chairman of Acme News, also met with Ray Pike on Tuesday.";
  assert.deepEqual(coded(text, [DOYLE, ACME, PIKE]), ["CONSULT asserted Ann Doyle(NOR)->Ray Pike(NOR) met with"]);
});

test("a place inside a 'who' clause on the subject is not where the act happened", () => {
  const text = "Ann Doyle, who will retire soon after also serving in Stockholm, praised Ray Pike on Saturday.";
  const events = eventsOf(text, [DOYLE, STOCKHOLM, PIKE]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.type, "SUPPORT");
  assert.equal(events[0]!.place, null);
});

test("force against an organisation no country owns lands in no country (not the story's scene)", () => {
  const text = "Gunmen attacked a checkpoint in Oslo. Separately, Ray Pike vowed to destroy the Red Hand.";
  const events = coded(text, [OSLO, PIKE, HAND]);
  const destroy = events.find((e) => e.endsWith(" destroy"));
  assert.ok(destroy, events.join("; "));
  // the organisation is named as the target (unowned.test.ts), still in no country
  assert.match(destroy, /Ray Pike\(NOR\)->Red Hand\(\?\) destroy$/);
});

test("a place's name between a determiner and a force word makes it a noun: 'condolences over the Oslo massacre' has no doer", () => {
  const text = "Ann Doyle expressed her condolences over the Oslo massacre.";
  assert.deepEqual(coded(text, [DOYLE, OSLO]), []);
});

test("a word after an article and a name heads that noun phrase: 'a Roads Department (RD) sign' signs nothing", () => {
  const text = "Ray Pike was surprised to see a Norway Roads Department (NRD) sign on Friday night.";
  assert.deepEqual(coded(text, [PIKE, ["Norway Roads Department", "organization", "NOR", ["Norway Roads Department"]]]), []);
  // a name that is the subject still signs
  assert.deepEqual(coded("Sweden signed an agreement with Finland on Monday.", [SWE, FIN]), ["AGREE asserted Sweden(SWE)->Finland(FIN) signed"]);
});

test("'call out' is no phone call; releasing a brochure or books frees no one; 'attack literature' is no attack", () => {
  assert.deepEqual(coded("Ray Pike took to Twitter to call out Ann Doyle on Monday.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ray Pike has previously called out Ann Doyle, slamming his plan.", [PIKE, DOYLE]).filter((e) => e.startsWith("CONSULT")), []);
  assert.deepEqual(coded("Acme News released another brochure, with the same slate.", [ACME]), []);
  assert.deepEqual(coded("Acme News is releasing a flurry of books on Ray Pike.", [ACME, PIKE]), []);
  assert.deepEqual(coded("Ray Pike has cover for spreading attack literature against Ann Doyle.", [PIKE, DOYLE]), []);
  // the prisoner's release is still one
  assert.deepEqual(coded("Sweden released two Finland soldiers on Monday.", [SWE, FIN]).map((e) => e.split(" ")[0]), ["RETREAT"]);
});

test("a stance in the simple present towards a thing is a held position: 'Pike supports Doyle's signature achievement'", () => {
  assert.deepEqual(coded("Ray Pike supports Ann Doyle's signature achievement, the health law.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ray Pike opposes the norms of the capital.", [PIKE]), []);
  // a person supported, a past act, an infinitive after another verb: still events
  assert.deepEqual(coded("Ray Pike supports Ann Doyle.", [PIKE, DOYLE]), ["SUPPORT asserted Ray Pike(NOR)->Ann Doyle(NOR) supports"]);
  assert.deepEqual(coded("Ray Pike supported Ann Doyle's bid on Monday.", [PIKE, DOYLE]).length, 1);
});

test("a negation inside a prepositional aside is its own: 'Doyle, without naming him, also accused Pike'", () => {
  assert.deepEqual(coded("Ann Doyle, without naming him, also accused Ray Pike of lying.", [DOYLE, PIKE]).map((e) => e.split(" ").slice(0, 2).join(" ")), ["ACCUSE asserted"]);
  assert.deepEqual(coded("Ann Doyle did not, in the end, accuse Ray Pike of lying.", [DOYLE, PIKE]).map((e) => e.split(" ").slice(0, 2).join(" ")), ["ACCUSE negated"]);
});

test("a singular noun after 'a' with a participle and a place or time after it underwent the act: 'the parents of a soldier killed in action'", () => {
  assert.deepEqual(coded("Ray Pike faces backlash over his feud with the parents of a soldier killed in action.", [PIKE]), []);
});

test("a two-sided noun whose partner is a common noun does not take the discourse pair: 'the meeting with analysts'", () => {
  const events = coded("Sweden and Finland reached a deal. Later, Ray Pike suggested at the meeting with analysts that prices would rise.", [SWE, FIN, PIKE]);
  assert.deepEqual(events.filter((e) => e.startsWith("CONSULT")), []);
});

test("a two-sided verb whose partner is a common noun does not take the discourse pair: 'met with supporters'", () => {
  const events = coded("Sweden and Finland reached a deal. Later, Ray Pike met with supporters in Oslo.", [SWE, FIN, ["Ray Pike", "person", "SWE", ["Ray Pike"]], OSLO]);
  assert.deepEqual(events.filter((e) => e.startsWith("CONSULT")), []);
});

test("a promise of one's own act that is no trigger is no agreement: 'Pike pledged to relocate the embassy'", () => {
  assert.deepEqual(coded("Ray Pike pledged to relocate the Sweden embassy.", [PIKE, SWE]), []);
  // a pledge to someone, or of a thing, still is
  assert.deepEqual(coded("Sweden pledged funds to Finland.", [SWE, FIN]), ["AGREE planned Sweden(SWE)->Finland(FIN) pledged"]);
  assert.deepEqual(coded("Sweden pledged to Finland that it would help.", [SWE, FIN]), ["AGREE planned Sweden(SWE)->Finland(FIN) pledged"]);
});

test("'who' after a role phrase of an appositive is the person it describes: 'Pike, the owner of Acme News who rebuffed pleas'", () => {
  const text = "Ray Pike, the billionaire owner of Acme News who rebuffed pleas from Ann Doyle to run, says he is open to running.";
  const events = coded(text, [PIKE, ACME, DOYLE]);
  assert.ok(events.length > 0);
  for (const e of events) assert.match(e, /^REJECT asserted Ray Pike\(NOR\)/, e);
});

test("a 'by' past a modal belongs to another verb: 'the investigation would be influenced by Doyle' names no investigator", () => {
  assert.deepEqual(coded("Some worried that the investigation would be influenced by Ann Doyle and her ties to Ray Pike.", [DOYLE, PIKE]), []);
  // a passive auxiliary does not stop it: "the attack was carried out by Sweden"
  assert.deepEqual(coded("The attack was carried out by Sweden.", [SWE]).map((e) => e.split("->")[0]), ["ASSAULT asserted Sweden(SWE)"]);
});

test("'clashed over' a matter is a quarrel, no fight; 'clashed with' still is", () => {
  assert.deepEqual(coded("Sweden and Finland clashed over the credentials of the delegation.", [SWE, FIN]), []);
  assert.deepEqual(coded("Sweden clashed with Finland on Monday.", [SWE, FIN]).map((e) => e.split(" ")[0]), ["ASSAULT"]);
});

test("an act given up is not done: 'Sweden dropped direct attacks on Finland', 'suspended the talks with Finland'", () => {
  assert.deepEqual(coded("Sweden dropped direct attacks on Finland.", [SWE, FIN]), []);
  assert.deepEqual(coded("Sweden suspended the talks with Finland.", [SWE, FIN]).filter((e) => e.startsWith("CONSULT")), []);
  assert.deepEqual(coded("Sweden launched direct attacks on Finland.", [SWE, FIN]), ["ASSAULT asserted Sweden(SWE)->Finland(FIN) attacks"]);
});

test("'advocated for' and 'pushed for' request: 'Sweden advocated for a speedy withdrawal from Finland'", () => {
  assert.deepEqual(coded("Ray Pike advocated for talks with Finland.", [PIKE, FIN]).filter((e) => e.startsWith("REQUEST")).map((e) => e.split("->")[0]), ["REQUEST asserted Ray Pike(NOR)"]);
  assert.deepEqual(coded("Sweden pushed for sanctions against Finland.", [SWE, FIN]).filter((e) => e.startsWith("REQUEST")).map((e) => e.split("->")[0]), ["REQUEST asserted Sweden(SWE)"]);
  // the noun, and a push for no one in particular, are no request
  assert.deepEqual(coded("Ray Pike was a long-time advocate for democracy in Sweden.", [PIKE, SWE]), []);
  assert.deepEqual(coded("Ray Pike promised to push for a contested convention.", [PIKE]), []);
});

test("a spokesperson for a body acts for it: 'A spokesman for Acme News condemned Sweden'", () => {
  assert.deepEqual(coded("A spokesman for Acme News condemned Sweden on Tuesday.", [ACME, SWE]), ["ACCUSE asserted Acme News(NOR)->Sweden(SWE) condemned"]);
  // the object of a preposition is no subject: "spoke to a spokesman for Acme News" does not make Acme the doer of what follows
  assert.deepEqual(coded("After speaking to a spokesman for Acme News, Sweden condemned Finland.", [ACME, SWE, FIN]).map((e) => e.split("->")[0]), ["ACCUSE asserted Sweden(SWE)"]);
});

test("a crowd in a place is the crowd: 'Protesters in Stockholm demanded the resignation of Ray Pike'", () => {
  const events = coded("Protesters in Stockholm demanded the resignation of Ray Pike.", [STOCKHOLM, PIKE]);
  assert.deepEqual(events.filter((e) => e.startsWith("REQUEST")), ["REQUEST asserted -(SWE)->Ray Pike(NOR) demanded"]);
});

const NOR: Spec = ["Norway", "country", "NOR", ["Norway"]];

test("a country's title phrase names its holder: 'Norway Prime Minister Ray Pike met Sweden', 'met Norway Secretary of State Ray Pike'", () => {
  assert.deepEqual(coded("Norway Prime Minister Ray Pike met Sweden on Monday.", [NOR, PIKE, SWE]), ["CONSULT asserted Ray Pike(NOR)->Sweden(SWE) met"]);
  assert.deepEqual(coded("Sweden met Norway Secretary of State Ray Pike on Monday.", [SWE, NOR, PIKE]), ["CONSULT asserted Sweden(SWE)->Ray Pike(NOR) met"]);
  // a list is no title: "Norway and Ray Pike" keeps the country
  assert.deepEqual(coded("Norway and Ray Pike condemned Sweden.", [NOR, PIKE, SWE]).map((e) => e.split("->")[0]), ["ACCUSE asserted Norway(NOR)"]);
});

test("'they' after a sentence that opens with a crowd is the crowd: 'Protesters threw eggs ... . They asked Pike to resign'", () => {
  assert.deepEqual(coded("Protesters threw eggs at the building in Stockholm. They asked Ray Pike to resign.", [STOCKHOLM, PIKE]).filter((e) => e.startsWith("REQUEST")), ["REQUEST asserted -(SWE)->Ray Pike(NOR) asked"]);
  // not when the sentence names another group "they" may stand for
  assert.deepEqual(coded("Protesters threw eggs at police in Stockholm. They asked Ray Pike to resign.", [STOCKHOLM, PIKE]).filter((e) => e.startsWith("REQUEST")), []);
});
