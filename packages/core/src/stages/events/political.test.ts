import assert from "node:assert/strict";
import { test } from "node:test";
import { eventsOf, type Spec } from "./harness.test.js";

// Political prose: modal and conditional clauses, relative clauses before the verb, and the
// senses of "call", "shoot back", "shell out", "sign up", "commit" in campaign news.

const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "LEG"];
const DOYLE: Spec = ["Ann Doyle", "person", "NOR", ["Ann Doyle", "Doyle"], "GOV"];
const VOSS: Spec = ["Lena Voss", "person", "NOR", ["Lena Voss", "Voss"], "PTY"];
const SWE: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
const ACME: Spec = ["Acme", "organization", "NOR", ["Acme"], "BUS"];

/** "TYPE modality source->target trigger" for each event. */
function coded(text: string, specs: Spec[]): string[] {
  const names = new Map(specs.map((s, i) => [`e${i + 1}`, s[0]]));
  return eventsOf(text, specs).map((e) => `${e.type} ${e.modality} ${e.source?.entity ? names.get(e.source.entity) : "-"}->${e.target?.entity ? names.get(e.target.entity) : "-"} ${text.slice(e.trigger.start, e.trigger.end)}`);
}

test("calling someone a name is no phone call but an accusation; a call on a day is a call", () => {
  assert.deepEqual(coded("Ray Pike calls Ann Doyle unfit for office.", [PIKE, DOYLE]), ["ACCUSE asserted Ray Pike->Ann Doyle calls"]);
  assert.deepEqual(coded("Ray Pike called Ann Doyle dishonest on Sunday.", [PIKE, DOYLE]), ["ACCUSE asserted Ray Pike->Ann Doyle called"]);
  assert.deepEqual(coded('Ray Pike called Ann Doyle "a pathological liar" in Oslo.', [PIKE, DOYLE]), ["ACCUSE asserted Ray Pike->Ann Doyle called"]);
  assert.deepEqual(coded("Ray Pike called the judge a fraud in an interview.", [PIKE]).map((t) => t.split(" ")[0]), ["ACCUSE"]);
  // praise is neither a call nor an accusation
  assert.deepEqual(coded("Ray Pike called Ann Doyle a tireless worker.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ray Pike called Ann Doyle, who was in Bergen, and asked for a meeting.", [PIKE, DOYLE]).filter((t) => t.startsWith("CONSULT")), ["CONSULT asserted Ray Pike->Ann Doyle called"]);
  assert.deepEqual(coded("Ray Pike called Ann Doyle.", [PIKE, DOYLE]), ["CONSULT asserted Ray Pike->Ann Doyle called"]);
});

test("shot back, shelled out, signed up, lawn signs and a committed gaffe are no events", () => {
  assert.deepEqual(coded('"Nonsense," Ray Pike shot back at Ann Doyle.', [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ray Pike shelled out millions for television ads.", [PIKE]), []);
  assert.deepEqual(coded("Ann Doyle signed up to be a delegate for Ray Pike.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Pike lawn signs lined the road to the hall.", [PIKE]), []);
  assert.deepEqual(coded("Aides feared Ray Pike would commit a blunder on stage.", [PIKE]), []);
  assert.deepEqual(coded("Sweden conducted a hydrogen bomb test, Ray Pike said.", [PIKE, SWE]).filter((t) => t.startsWith("ASSAULT")), []);
  // a real shooting and a real signing stay
  assert.deepEqual(coded("Sweden shot two Acme guards at the border.", [SWE, ACME]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
});

test("a relative clause between commas does not lend its actor to the main verb", () => {
  assert.deepEqual(coded("Ray Pike, who met Ann Doyle last week, criticized Lena Voss on Tuesday.", [PIKE, DOYLE, VOSS]), ["CONSULT asserted Ray Pike->Ann Doyle met", "ACCUSE asserted Ray Pike->Lena Voss criticized"]);
  assert.deepEqual(coded("The aide, who once praised Ann Doyle, criticized Lena Voss.", [DOYLE, VOSS]).filter((t) => t.includes("criticized")), []);
  assert.deepEqual(coded("Lena Voss, who had hosted Ray Pike in Oslo, was criticized by Ann Doyle.", [PIKE, DOYLE, VOSS]).filter((t) => t.includes("criticized")), ["ACCUSE asserted Ann Doyle->Lena Voss criticized"]);
});

test("conditions, suggestions and 'stopped short of' set modality; a possessed noun keeps its own", () => {
  assert.deepEqual(coded("If the numbers hold up next spring, the committee says, then we invite Ray Pike to testify.", [PIKE]).map((t) => t.split(" ")[1]), []);
  assert.deepEqual(coded('"If voters see the files, then Ann Doyle meets Ray Pike in public," Voss said.', [PIKE, DOYLE, VOSS]).map((t) => t.split(" ")[1]), ["hypothetical"]);
  assert.deepEqual(coded("Ray Pike suggested boycotting Acme over its hiring.", [PIKE, ACME]), ["PROTEST hypothetical Ray Pike->Acme boycotting"]);
  assert.deepEqual(coded("Ann Doyle stopped short of calling for sanctions on Sweden.", [DOYLE, SWE]).map((t) => t.split(" ")[1]), ["negated"]);
  assert.deepEqual(coded("Acme did not answer Ray Pike's request for documents.", [PIKE, ACME]).map((t) => t.split(" ")[1]), ["asserted"]);
  assert.deepEqual(coded("Ray Pike said that unless Ann Doyle does not endorse him, he will win.", [PIKE, DOYLE]), []);
  // a plain negation and a cancelled visit stay negated
  assert.deepEqual(coded("Ray Pike did not meet Ann Doyle.", [PIKE, DOYLE]).map((t) => t.split(" ")[1]), ["negated"]);
  assert.deepEqual(coded("Sweden cancelled Ray Pike's visit to Stockholm.", [PIKE, SWE]).filter((t) => t.includes("visit")).map((t) => t.split(" ")[1]), ["negated"]);
});

test("requested, blamed and received acts: who does them", () => {
  assert.deepEqual(coded("Ann Doyle called for banning Acme from the fair.", [DOYLE, ACME]).filter((t) => !t.startsWith("REQUEST")), []);
  assert.deepEqual(coded("Ray Pike urged Sweden to drop the tariff and negotiate with Acme.", [PIKE, SWE, ACME]).map((t) => t.split(" ")[0]), ["REQUEST"]);
  assert.deepEqual(coded("Ann Doyle is to blame for the delay, Pike said.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ray Pike will pick up support among farmers.", [PIKE]), []);
  assert.deepEqual(coded("Ray Pike testified about the decision not to recommend charges against Ann Doyle.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ann Doyle backs Norwegian rivals of Sweden.", [DOYLE, SWE]).filter((t) => t.includes("Norwegian")), []);
});

test("a politician's attack on a named person is words", () => {
  assert.deepEqual(coded("Ann Doyle attacked Ray Pike at the town hall.", [PIKE, DOYLE]), ["ACCUSE asserted Ann Doyle->Ray Pike attacked"]);
  assert.deepEqual(coded("Sweden attacked Acme depots at dawn.", [SWE, ACME]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
});

test("force cues make attack words nouns; a visit's country modifier is its destination", () => {
  // "terror attacks" names no doer: neither the city nor an actor earlier in the sentence
  assert.deepEqual(coded("Before the Oslo terror attacks, Ray Pike took a softer line.", [PIKE]), []);
  assert.deepEqual(coded("For Ann Doyle, the worst terrorist attack in a decade was a test.", [DOYLE]), []);
  assert.deepEqual(coded("During his Sweden trip, Ray Pike spoke at a church.", [PIKE, SWE]).filter((t) => t.includes("trip")), []);
  // a named attacker and a named trip stay
  assert.deepEqual(coded("Sweden attacked Acme depots at dawn.", [SWE, ACME]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
});

test("the actor before 'for/of' does the gerund; a plural noun before a participle underwent it", () => {
  assert.deepEqual(coded("Ann Doyle lashed out at Sweden for having shot down an Acme drone.", [DOYLE, SWE, ACME]).filter((t) => t.startsWith("ASSAULT")), ["ASSAULT asserted Sweden->Acme shot"]);
  assert.deepEqual(coded("Ann Doyle criticized Sweden for attacking Acme.", [DOYLE, SWE, ACME]).filter((t) => t.startsWith("ASSAULT")), ["ASSAULT asserted Sweden->Acme attacking"]);
  assert.deepEqual(coded("Ray Pike spoke of pilgrims killed at a shrine last year.", [PIKE]), []);
  assert.deepEqual(coded("Ray Pike was speaking highly of Ann Doyle.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ray Pike asked whether or not Sweden wants to strike a deal with Acme.", [PIKE, SWE, ACME]).filter((t) => t.startsWith("AGREE")), []);
});

test("offered words are no agreement; a blocked visit has not happened; an unnamed 'they' is not the quoted 'I'", () => {
  assert.deepEqual(coded("Ann Doyle offered her condolences to Ray Pike.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ann Doyle is offering warm reviews of Ray Pike's budget.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ray Pike offered Sweden a trade deal.", [PIKE, SWE]).map((t) => t.split(" ").slice(0, 2).join(" ")), ["AGREE planned"]);
  assert.deepEqual(coded("Ann Doyle asked the council to block Ray Pike's visit to Sweden.", [PIKE, DOYLE, SWE]).filter((t) => t.includes("visit")).map((t) => t.split(" ")[1]), ["hypothetical"]);
  assert.deepEqual(coded('"I understood why they were praising Ann Doyle," Ray Pike said.', [PIKE, DOYLE]), []);
});

test("force not done lands in no scene: its implicit target is the doer's own country", () => {
  const text = "Acme opened a plant in Stockholm, Sweden. Critics say Ann Doyle would destroy anyone who opposed her.";
  const ev = eventsOf(text, [DOYLE, SWE, ACME]).filter((e) => e.type === "ASSAULT");
  assert.deepEqual(ev.map((e) => [e.modality, e.target?.country]), [["hypothetical", "NOR"]]);
});

test("'move into' needs a country as doer; 'a mistake to' is hypothetical", () => {
  assert.deepEqual(coded("The slogans of Ray Pike's fans moved into the spotlight again.", [PIKE]), []);
  assert.deepEqual(coded("Sweden moved into Acme's border towns.", [SWE, ["Norway", "country", "NOR", ["Acme"]]]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
  assert.deepEqual(coded("Ann Doyle said it is a mistake to rule out talks with Sweden.", [DOYLE, SWE]).filter((t) => t.startsWith("REJECT")).map((t) => t.split(" ")[1]), ["hypothetical"]);
});

test("a headline's comma coordinates verbs; chiding is an accusation", () => {
  assert.deepEqual(coded("Ann Doyle slams Ray Pike, praises Lena Voss as a worker.", [PIKE, DOYLE, VOSS]).filter((t) => t.startsWith("SUPPORT")), ["SUPPORT asserted Ann Doyle->Lena Voss praises"]);
  assert.deepEqual(coded("Ray Pike chides Sweden and praises Acme.", [PIKE, SWE, ACME]), ["ACCUSE asserted Ray Pike->Sweden chides", "SUPPORT asserted Ray Pike->Acme praises"]);
});

test("a politician's rallying is campaigning; occupying a role is no occupation", () => {
  assert.deepEqual(coded("Ray Pike rallied thousands in Bergen with his calls for lower taxes.", [PIKE]), []);
  assert.deepEqual(coded("Ann Doyle and Ray Pike occupied a third tier in the polls.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Sweden occupied Acme's border towns.", [SWE, ["Norway", "country", "NOR", ["Acme"]]]).map((t) => t.split(" ")[0]), ["ASSAULT"]);
});

test("a verb after 'and' shares the subject of the verb before it, not an actor in that verb's object", () => {
  assert.deepEqual(coded("Ray Pike questioned Sweden's commitment to peace and refused to back Acme.", [PIKE, SWE, ACME]).filter((t) => t.startsWith("REJECT")), ["REJECT asserted Ray Pike->Acme refused"]);
  assert.deepEqual(coded("Ann Doyle met the leaders of Sweden and praised Acme.", [DOYLE, SWE, ACME]).filter((t) => t.startsWith("SUPPORT")), ["SUPPORT asserted Ann Doyle->Acme praised"]);
  // a subject of its own after "and" stays
  assert.deepEqual(coded("Ann Doyle praised Acme; later Sweden criticized Ray Pike.", [DOYLE, SWE, ACME, PIKE]).filter((t) => t.startsWith("ACCUSE")), ["ACCUSE asserted Sweden->Ray Pike criticized"]);
});

test("a verb coordinated with an earlier infinitive takes its modality", () => {
  assert.deepEqual(coded("Ray Pike has promised to build a tall fence along the border with Sweden and expel Acme.", [PIKE, SWE, ACME]).filter((t) => t.includes("expel")).map((t) => t.split(" ")[1]), ["planned"]);
  assert.deepEqual(coded("Ray Pike built a fence and expelled Acme.", [PIKE, ACME]).filter((t) => t.includes("expelled")).map((t) => t.split(" ")[1]), ["asserted"]);
});

test("agreeing as an opinion, avoiding or refusing an act, and a habit stated with 'do not' report no act", () => {
  assert.deepEqual(coded("Ray Pike met Ann Doyle on Monday. Pike said he agrees.", [PIKE, DOYLE]), ["CONSULT asserted Ray Pike->Ann Doyle met"]);
  assert.deepEqual(coded("Ray Pike has avoided criticism of Ann Doyle.", [PIKE, DOYLE]), ["ACCUSE negated Ray Pike->Ann Doyle criticism"]);
  assert.deepEqual(coded("Ray Pike is refusing to attack Ann Doyle.", [PIKE, DOYLE]).filter((t) => t.startsWith("ACCUSE")), ["ACCUSE negated Ray Pike->Ann Doyle attack"]);
  // a refusal in a clause of its own does not negate the main verb
  assert.deepEqual(coded("Refusing to resign, Ray Pike criticized Ann Doyle.", [PIKE, DOYLE]), ["ACCUSE asserted Ray Pike->Ann Doyle criticized"]);
  assert.deepEqual(coded("As a matter of policy, officials from Sweden do not meet with Ray Pike.", [PIKE, SWE]), []);
  assert.deepEqual(coded("Ray Pike does not meet with Ann Doyle.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ray Pike did not meet with Ann Doyle.", [PIKE, DOYLE]), ["CONSULT negated Ray Pike->Ann Doyle meet with"]);
});

test("a fundraiser's host receives no visit; the noun 'plan' plans only what it heads", () => {
  assert.deepEqual(coded("Ray Pike hosted Ann Doyle at a fundraiser in Bergen.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Under the plan, Ray Pike criticized Ann Doyle.", [PIKE, DOYLE]), ["ACCUSE asserted Ray Pike->Ann Doyle criticized"]);
});

test("a one-sided verb with a thing as object is not filled in with the discourse pair", () => {
  const text = "Ray Pike met Ann Doyle on Monday. Pike was discussing his plan on Tuesday.";
  assert.deepEqual(coded(text, [PIKE, DOYLE]), ["CONSULT asserted Ray Pike->Ann Doyle met"]);
});

test("a named past attack by its place has no doer in the sentence; two actors one space apart are one phrase", () => {
  const BENGHAZI: Spec = ["Benghazi", "place", "LBY", ["Benghazi"]];
  assert.deepEqual(coded("Ann Doyle said comments from Ray Pike matched their statements about the Benghazi attacks.", [PIKE, DOYLE, BENGHAZI]), []);
  // (two names: the first; after a demonym, its head)
  const NORWAY: Spec = ["Norway", "country", "NOR", ["Norway"]];
  const SWEDES: Spec = ["Sweden", "country", "SWE", ["Sweden"]];
  const events = eventsOf("Norway Sweden criticized Ray Pike on Monday.", [NORWAY, SWEDES, PIKE]);
  assert.equal(events.length, 1);
  assert.equal(events[0]!.source?.country, "NOR");
});

test("modals inside a relative clause between commas do not reach the main verb; a hijacked floor and appealing to voters are no events", () => {
  assert.deepEqual(coded("Ray Pike, who had said he would debate Ann Doyle, criticized Ann Doyle on two fronts.", [PIKE, DOYLE]), ["ACCUSE asserted Ray Pike->Ann Doyle criticized"]);
  assert.deepEqual(coded("Ray Pike hijacked the floor of the Senate.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ray Pike is appealing to Ann Doyle's voters.", [PIKE, DOYLE]), []);
  assert.deepEqual(coded("Ray Pike appealed to Ann Doyle to resign.", [PIKE, DOYLE]), ["REQUEST asserted Ray Pike->Ann Doyle appealed to"]);
});
