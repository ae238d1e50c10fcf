import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { Doc } from "../../doc/doc.js";
import { LAYERS } from "../../doc/layers.js";
import type { EntityRecord, QuoteRecord } from "../../doc/record.js";
import type { StageContext } from "../../pipeline/stage.js";
import { textStages } from "../text/index.js";
import { parseQuoteCues, quotesStage, type QuotesOptions } from "./index.js";

const LEXICON = new URL("../../../../../data/lexicons/quote-cues.json", import.meta.url);
const cues = parseQuoteCues(JSON.parse(readFileSync(LEXICON, "utf8")));

/** Entities by hand: [name, type, ...surface forms (every occurrence), with "pronoun:he@N" for a linked pronoun]. */
function run(
  text: string, ents: [string, EntityRecord["type"], ...string[]][] = [], options: QuotesOptions = { indirect: true },
  genders: Record<string, "male" | "female"> = {},
): { doc: Doc; quotes: QuoteRecord[] } {
  const doc = new Doc(text);
  const ctx: StageContext = { resources: { "quote-cues": cues }, options: { quotes: options } };
  for (const stage of textStages) stage.run(doc, ctx);
  const entities: EntityRecord[] = ents.map(([name, type, ...forms], i) => ({
    id: `e${i + 1}`, name, type, roles: [], ...(genders[name] ? { gender: genders[name] } : {}),
    mentions: forms.flatMap((form) => {
      const out = [];
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const before = at === 0 ? " " : text[at - 1]!;
        const after = text[at + form.length] ?? " ";
        if (/\w/.test(before) || /\w/.test(after)) continue;
        out.push({ start: at, end: at + form.length, text: form, via: "name" as const });
      }
      return out;
    }),
  }));
  doc.set(LAYERS.entities, entities, { stage: "test", version: "0" });
  quotesStage.run(doc, ctx);
  return { doc, quotes: doc.get<QuoteRecord[]>(LAYERS.quotes) };
}

const slice = (doc: Doc, s: { start: number; end: number } | null) => (s ? doc.text.slice(s.start, s.end) : null);

test("direct quote with inverted cue: marks included, speaker after the verb", () => {
  const { doc, quotes } = run("“We will not give up,” said Lavrov.", [["Sergei Lavrov", "person", "Lavrov"]]);
  assert.equal(quotes.length, 1);
  assert.equal(slice(doc, quotes[0]!), "“We will not give up,”");
  assert.equal(quotes[0]!.kind, "direct");
  assert.equal(slice(doc, quotes[0]!.speaker), "Lavrov");
  assert.equal(quotes[0]!.speaker!.entity, "e1");
  assert.equal(slice(doc, quotes[0]!.cue), "said");
  assert.ok(quotes[0]!.confidence > 0.8);
});

test("inverted cue with a title: said the Ukrainian President", () => {
  const { doc, quotes } = run("“Peace cannot be imposed on us,” said the Ukrainian President.");
  assert.equal(slice(doc, quotes[0]!.speaker), "Ukrainian President");
  assert.equal(quotes[0]!.speaker!.entity, undefined);
});

test("straight, guillemet, low-high and doubled ASCII marks pair", () => {
  for (const [open, close] of [['"', '"'], ["«", "»"], ["„", "“"], ["``", "''"]]) {
    const text = `${open}Nobody is excluded here,${close} Rubio said.`;
    const { doc, quotes } = run(text, [["Marco Rubio", "person", "Rubio"]]);
    assert.equal(quotes.length, 1, text);
    assert.equal(slice(doc, quotes[0]!), `${open}Nobody is excluded here,${close}`);
    assert.equal(slice(doc, quotes[0]!.speaker), "Rubio");
  }
});

test("apostrophes are not quotes; nested single quotes stay inside", () => {
  const text = "“We don’t accept Putin’s ‘red lines’ at all,” he said. Zelenskyy’s aides agreed.";
  const { doc, quotes } = run(text);
  const direct = quotes.filter((q) => q.kind === "direct");
  assert.equal(direct.length, 1);
  assert.equal(slice(doc, direct[0]!), "“We don’t accept Putin’s ‘red lines’ at all,”");
  assert.equal(doc.diagnostics.filter((d) => d.rule === "quotes/unbalanced").length, 0);
});

test("unbalanced and re-opened marks: the quote survives, diagnostics are left", () => {
  const text = "Moscow emphasized that it was “important to pay the initial reasons for the conflict and to ensure“ the legal interests of all countries in the region ”.";
  const { doc, quotes } = run(text, [["Russia", "country", "Moscow"]], { indirect: false });
  assert.equal(quotes.length, 1);
  assert.ok(slice(doc, quotes[0]!)!.startsWith("important to pay"));
  assert.equal(quotes[0]!.kind, "partial");
  assert.equal(slice(doc, quotes[0]!.speaker), "Moscow");
  assert.ok(doc.diagnostics.some((d) => d.rule === "quotes/unbalanced" && doc.text.slice(d.start, d.end) === "”"));
});

test("a quote never closed ends with its paragraph, not the document", () => {
  const text = "The State Department said the channel would be “the foundation for future cooperation.\nLavrov said nothing.";
  const { doc, quotes } = run(text, [["US State Department", "organization", "State Department"]], { indirect: false });
  assert.equal(quotes.length, 1);
  assert.equal(slice(doc, quotes[0]!), "the foundation for future cooperation.");
  assert.equal(slice(doc, quotes[0]!.speaker), "State Department");
  assert.ok(doc.diagnostics.some((d) => d.rule === "quotes/unbalanced"));
});

test("paragraph continuation: an open quote goes on in the next paragraph that opens with a mark", () => {
  const text = "Lavrov said: “The first part goes here.\n\n“And the second part ends here.”\n\nThe talks ended.";
  const { doc, quotes } = run(text, [["Sergei Lavrov", "person", "Lavrov"]]);
  const direct = quotes.filter((q) => q.kind === "direct");
  assert.equal(direct.length, 2);
  assert.equal(slice(doc, direct[1]!), "“And the second part ends here.”");
  assert.equal(slice(doc, direct[1]!.speaker), "Lavrov");
  assert.equal(doc.diagnostics.filter((d) => d.rule === "quotes/unbalanced").length, 0);
});

test("colon after a speech verb and a pronoun linked to the running speaker", () => {
  const text = "Rubio said the talks went well. He added: “Nobody is excluded here.”";
  const { doc, quotes } = run(text, [["Marco Rubio", "person", "Rubio"]]);
  const direct = quotes.find((q) => q.kind === "direct")!;
  assert.equal(slice(doc, direct), "“Nobody is excluded here.”");
  assert.equal(slice(doc, direct.speaker), "He");
  assert.equal(direct.speaker!.entity, "e1");
  assert.equal(slice(doc, direct.cue), "added");
});

test("colon after a name", () => {
  const { doc, quotes } = run("Lavrov: “We are ready.”", [["Sergei Lavrov", "person", "Lavrov"]]);
  assert.equal(slice(doc, quotes[0]!.speaker), "Lavrov");
});

test("appositive between speaker and verb; partial quote inside reported speech", () => {
  const text = "Kirill Dmitriev, Managing Director of the Russian fund, told the Financial Times that the two sides “have restored economic bonds”.";
  const { doc, quotes } = run(text, [["Kirill Dmitriev", "person", "Kirill Dmitriev"], ["Financial Times", "organization", "Financial Times"]]);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.kind, "partial");
  assert.equal(slice(doc, quotes[0]!), "have restored economic bonds");
  assert.equal(slice(doc, quotes[0]!.speaker), "Kirill Dmitriev");
  assert.equal(slice(doc, quotes[0]!.cue), "told");
});

test("a run continues a speaker; a quote the text does not attribute gets speaker null", () => {
  const text = "“We don’t want peace behind our backs,” said Zelenskyy. “Peace cannot be achieved without Ukraine.”\n\nThe talks lasted four hours.\n\n“This must be a permanent end of the war.”";
  const { doc, quotes } = run(text, [["Volodymyr Zelenskyy", "person", "Zelenskyy"]]);
  assert.equal(quotes.length, 3);
  assert.equal(slice(doc, quotes[1]!.speaker), "Zelenskyy");
  assert.equal(quotes[1]!.speaker!.entity, "e1");
  assert.equal(slice(doc, quotes[2]!), "“This must be a permanent end of the war.”");
  assert.equal(quotes[2]!.speaker, null);
  assert.ok(quotes[2]!.confidence < quotes[0]!.confidence);
});

test("mergeRuns joins a run into one record", () => {
  const text = "“We are ready,” he said, “and we will go on.”";
  const { doc, quotes } = run(text, [], { mergeRuns: true });
  assert.equal(quotes.length, 1);
  assert.equal(slice(doc, quotes[0]!), text);
});

test("groups resolve to the country they name", () => {
  const text = "The Russian side emphasized that it was “important to respect our interests”.";
  const doc0 = run(text, [["Russia", "country", "Russian"]]);
  assert.equal(doc0.quotes[0]!.speaker!.entity, "e1");
  assert.equal(slice(doc0.doc, doc0.quotes[0]!.speaker), "Russian side");
});

test("scare quotes with no cue are left out", () => {
  const { quotes } = run("Washington seemed to think the demands were not “realistic” at all.");
  assert.equal(quotes.length, 0);
});

test("reported speech: said that, told someone that, according to, inverted", () => {
  const text = "Waltz said that the USA had consulted its allies.\nZelenskyy told reporters that he had moved a visit.\nAccording to a spokesman for the State Department, Rubio informed his counterparts.\nThe meeting will take place next week, officials said.";
  const { doc, quotes } = run(text, [["Mike Waltz", "person", "Waltz"], ["Volodymyr Zelenskyy", "person", "Zelenskyy"], ["US State Department", "organization", "State Department"]]);
  const ind = quotes.filter((q) => q.kind === "indirect");
  assert.deepEqual(ind.map((q) => slice(doc, q)), [
    "the USA had consulted its allies",
    "he had moved a visit",
    "Rubio informed his counterparts",
    "The meeting will take place next week",
  ]);
  assert.deepEqual(ind.map((q) => slice(doc, q.speaker)), ["Waltz", "Zelenskyy", "State Department", "officials"]);
  assert.equal(ind[2]!.speaker!.entity, "e3");
  assert.equal(ind[3]!.speaker!.entity, undefined);
});

test("reported speech: described … as, denied, claimed", () => {
  const text = "Zelenskyy described the talks as a “surprise” for Kyiv.\nLavrov denied that Russia had attacked civilians.\nRubio claimed the sanctions would stay in place.";
  const { doc, quotes } = run(text, [["Volodymyr Zelenskyy", "person", "Zelenskyy"], ["Sergei Lavrov", "person", "Lavrov"], ["Marco Rubio", "person", "Rubio"]]);
  assert.equal(slice(doc, quotes[0]!), "surprise");
  assert.equal(quotes[0]!.kind, "partial");
  assert.equal(slice(doc, quotes[0]!.speaker), "Zelenskyy");
  assert.deepEqual(quotes.filter((q) => q.kind === "indirect").map((q) => [slice(doc, q), slice(doc, q.speaker)]), [
    ["Russia had attacked civilians", "Lavrov"],
    ["the sanctions would stay in place", "Rubio"],
  ]);
});

test("attributions: a partial quote takes its reported clause's span", () => {
  const text = "Wilcox said he was “a big advocate” of common standards, which he argued help students.";
  const { doc, quotes } = run(text, [["Todd Wilcox", "person", "Wilcox"]], { indirect: true, mergeRuns: true });
  const q = quotes.find((x) => x.kind === "partial")!;
  assert.equal(slice(doc, q), "he was “a big advocate” of common standards, which he argued help students");
  assert.equal(slice(doc, q.speaker), "Wilcox");
  // quotations only: the fragment alone
  const plain = run(text, [["Todd Wilcox", "person", "Wilcox"]], {}).quotes;
  assert.equal(plain.length, 1);
  assert.equal(text.slice(plain[0]!.start, plain[0]!.end), "a big advocate");
});

test("inverted speaker right after the quote, followed by a relative clause", () => {
  const text = "“We have a ton of work to do,” said a longtime adviser to both candidates, who declined to be named.";
  const { doc, quotes } = run(text, [], {});
  assert.equal(slice(doc, quotes[0]!.speaker), "longtime adviser");
});

test("a chain of appositives between the speaker and the verb", () => {
  const text = "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said the race is “a real mess” now.";
  const { doc, quotes } = run(text, [["Harry Bond", "person", "Harry Bond"]], {});
  assert.equal(slice(doc, quotes[0]!.speaker), "Harry Bond");
  const paren = "Sen. Ted Cruz (R-Texas), also a GOP presidential hopeful, called the group “abhorrent and wrong”.";
  const r = run(paren, [["Ted Cruz", "person", "Ted Cruz"]], {});
  assert.equal(slice(r.doc, r.quotes[0]!.speaker), "Ted Cruz");
});

test("a relative clause's verb takes the noun before 'who'", () => {
  const text = "The crowd cheered Khan, who called him “an American hero of our time.”";
  const { doc, quotes } = run(text, [["Khizr Khan", "person", "Khan"]], {});
  assert.equal(slice(doc, quotes[0]!.speaker), "Khan");
});

test("objects after stance and -ing verbs are no inverted speakers", () => {
  const a = "Clinton celebrated in Florida with supporters, declaring it “another super Tuesday for our campaign”.";
  const r1 = run(a, [["Hillary Clinton", "person", "Clinton"]], {});
  assert.equal(slice(r1.doc, r1.quotes[0]!.speaker), "Clinton");
  const b = "Carson did not mention his rivals, but told his supporters, “Our nation is in horrible trouble.”";
  const r2 = run(b, [["Ben Carson", "person", "Carson"]], {});
  assert.equal(slice(r2.doc, r2.quotes[0]!.speaker), "Carson");
});

test("a title followed by the name as an appositive: the name speaks", () => {
  const text = "The Senate Minority Leader, Chuck Schumer, said on Friday “We made a plea to the president once again.”";
  const { doc, quotes } = run(text, [["United States Senate", "organization", "Senate"], ["Chuck Schumer", "person", "Chuck Schumer"]], {});
  assert.equal(slice(doc, quotes[0]!.speaker), "Chuck Schumer");
  assert.equal(quotes[0]!.speaker!.entity, "e2");
});

test("a name the entities layer missed, after a body and a title", () => {
  const text = "Amazon Research Institute Director Ane Alencar, in remarks to a paper, said, “This year we do not have an extreme drought.”";
  const { doc, quotes } = run(text, [["Amazon", "place", "Amazon"]], {});
  assert.equal(slice(doc, quotes[0]!.speaker), "Ane Alencar");
});

test("'and said' after a quote takes the sentence subject, not the words after the verb", () => {
  const text = "The State Department gave its “deepest sympathies” and said immunity cases were afforded “intense attention at senior levels”.";
  const { doc, quotes } = run(text, [["United States Department of State", "organization", "State Department"]], {});
  assert.equal(quotes.length, 2);
  for (const q of quotes) assert.equal(slice(doc, q.speaker), "State Department");
});

test("a body speaks through 'a statement which said'", () => {
  const text = "The commission criticized the move. They released a statement which said, “The monument bears profound significance to all faiths.”";
  const { doc, quotes } = run(text, [], {});
  assert.equal(slice(doc, quotes[0]!.speaker), "They");
  assert.equal(slice(doc, quotes[0]!.cue), "said");
});

test("mergeRuns: a run going on in the next paragraph is one attribution", () => {
  const text = "“We will fight for every vote in this state,” Sanders said.\n\n“And we will win it in the end, I promise you.”";
  const ents: [string, EntityRecord["type"], ...string[]][] = [["Bernie Sanders", "person", "Sanders"]];
  const merged = run(text, ents, { indirect: true, mergeRuns: true });
  assert.equal(merged.quotes.length, 1);
  assert.ok(slice(merged.doc, merged.quotes[0]!)!.startsWith("“We will fight"));
  assert.ok(slice(merged.doc, merged.quotes[0]!)!.endsWith("I promise you.”"));
  assert.equal(slice(merged.doc, merged.quotes[0]!.speaker), "Sanders");
  const plain = run(text, ents, {});
  assert.equal(plain.quotes.length, 2);
  assert.equal(slice(plain.doc, plain.quotes[1]!.speaker), "Sanders");
});

test("stance cues: 'X branded …', '…, calling him …' keep their subject and the short quote", () => {
  const a = "The minister branded the protest “a total farce”.";
  const r1 = run(a, [], {});
  assert.equal(r1.quotes.length, 1);
  assert.equal(slice(r1.doc, r1.quotes[0]!), "a total farce");
  assert.equal(slice(r1.doc, r1.quotes[0]!.speaker), "minister");
  assert.equal(slice(r1.doc, r1.quotes[0]!.cue), "branded");
  const b = "Trump turned to his rival at the rally, calling him “a total stiff.”";
  const r2 = run(b, [["Donald Trump", "person", "Trump"]], {});
  assert.equal(slice(r2.doc, r2.quotes[0]!.speaker), "Trump");
  assert.equal(slice(r2.doc, r2.quotes[0]!.cue), "calling");
});

test("according to a document by its author: the author is the source", () => {
  const text = "According to a tweet posted on Monday by Mike Pompeo, “The airline transports weapons and fighters.”";
  const { doc, quotes } = run(text, [["Mike Pompeo", "person", "Mike Pompeo"]], {});
  assert.equal(slice(doc, quotes[0]!.speaker), "Mike Pompeo");
  const plain = "The vote was delayed, according to a statement from the ministry.";
  const r = run(plain, [], { indirect: true });
  assert.equal(slice(r.doc, r.quotes[0]!.speaker), "ministry");
});

test("indirect: false leaves reported speech out", () => {
  const { quotes } = run("Waltz said that the USA had consulted its allies.", [], { indirect: false });
  assert.equal(quotes.length, 0);
});

test("parseQuoteCues rejects a malformed lexicon", () => {
  assert.throws(() => parseQuoteCues({ speech: { say: "said" } }), /E006|quote-cues/);
  assert.throws(() => parseQuoteCues(null));
});

const SEED = new URL("../../../../../../shared/data/seed/riyadh-talks.txt", import.meta.url);
test("the seed article: every mark handled, no crash", { skip: existsSync(SEED) ? false : "../shared is absent" }, () => {
  const { doc, quotes } = run(readFileSync(SEED, "utf8"), [], { indirect: false });
  assert.ok(quotes.length >= 20);
  for (const q of quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
  assert.ok(doc.diagnostics.some((d) => d.rule === "quotes/unbalanced"));
});

test("a name or title in marks after a naming cue, or with no cue, is no quotation", () => {
  const text = "Her name was taken from a song called \"Day After Day,\" so it would fit. He received the \"Hero of the Soviet Union\" for his work. The court ruled on the case \"Eva Glawischnig-Piesczek vs. Facebook Ireland Limited\". Cengiz called the admission a \"Political Maneuver\".";
  const { doc, quotes } = run(text, [["Hatice Cengiz", "person", "Cengiz"]], {});
  assert.deepEqual(quotes.map((q) => slice(doc, q)), ["Political Maneuver"]);
  assert.equal(slice(doc, quotes[0]!.speaker), "Cengiz");
});

test("a passive naming cue: the agent after 'by' speaks, not the subject", () => {
  const text = "Gutierrez was described by the CBCP as \"a strong advocate for the environment\". Ross was described as \"a quiet man of great courage and patience\".";
  const { doc, quotes } = run(text, [["Dinualdo Gutierrez", "person", "Gutierrez"], ["CBCP", "organization", "CBCP"], ["Ross", "person", "Ross"]], {});
  assert.equal(slice(doc, quotes[0]!), "a strong advocate for the environment");
  assert.equal(slice(doc, quotes[0]!.speaker), "CBCP");
  assert.equal(quotes[0]!.speaker!.entity, "e2");
  assert.equal(slice(doc, quotes[1]!), "a quiet man of great courage and patience");
  assert.equal(quotes[1]!.speaker, null);
});

test("a possessor is not the speaker: 'Day's foundation', 'his father, Abdullah Kurdi', 'Merkel's spokesperson, Steffen Seibert'", () => {
  const text = "Day's animal foundation said she had been in \"excellent physical health for her age\". " +
    "\"This day is very hard for me,\" said his father, Abdullah Kurdi, after the ceremony. " +
    "Merkel's spokesperson, Steffen Seibert, said it is possible \"that this airline carries out transports to Germany\". " +
    "Merkel's spokesperson said the ban was \"a necessary step for our security\".";
  const { doc, quotes } = run(text, [
    ["Doris Day", "person", "Day"], ["Alan Kurdi", "person", "his"], ["Abdullah Kurdi", "person", "Abdullah Kurdi"],
    ["Angela Merkel", "person", "Merkel"], ["Steffen Seibert", "person", "Steffen Seibert"],
  ], {});
  assert.equal(quotes.length, 4);
  assert.equal(slice(doc, quotes[0]!.speaker), "Day's animal foundation");
  assert.equal(quotes[0]!.speaker!.entity, undefined);
  assert.equal(slice(doc, quotes[1]!.speaker), "Abdullah Kurdi");
  assert.equal(slice(doc, quotes[2]!.speaker), "Steffen Seibert");
  assert.equal(slice(doc, quotes[3]!.speaker), "Merkel");
});

test("a nickname after 'nicknamed the' is no quotation", () => {
  const text = "Qandeel Baloch, nicknamed the \"Kim Kardashian of Pakistan,\" had many followers.";
  const { quotes } = run(text, [["Qandeel Baloch", "person", "Qandeel Baloch"]], {});
  assert.equal(quotes.length, 0);
});

test("without indirect records, reported speech still names the speaker of a cue-less quote after it", () => {
  const text = "Strong winds made the crossing hard, Zapata said, adding it required much endurance. \"It's an isometric exercise for the thighs, so it burns.\"";
  const { doc, quotes } = run(text, [["Franky Zapata", "person", "Zapata"]], {});
  assert.equal(quotes.length, 1);
  assert.equal(slice(doc, quotes[0]!), "\"It's an isometric exercise for the thighs, so it burns.\"");
  assert.equal(slice(doc, quotes[0]!.speaker), "Zapata");
});

test("'went on to say' takes the subject before the catenative verb", () => {
  const text = "Schwartz went on to say he was lenient because they had \"accepted responsibility at an early stage\".";
  const { doc, quotes } = run(text, [["Bernard Schwartz", "person", "Schwartz"]], {});
  assert.equal(slice(doc, quotes[0]!), "accepted responsibility at an early stage");
  assert.equal(slice(doc, quotes[0]!.speaker), "Schwartz");
  assert.equal(slice(doc, quotes[0]!.cue), "say");
});

test("a quote opening with an editor's bracket is a whole sentence and goes on the running speaker", () => {
  const text = "\"In the US there is a phenomenon,\" professor David Wilson told the press. \"[I]ncreasingly what we are seeing is some attackers wear pretend vests.\"";
  const { doc, quotes } = run(text, [["David Wilson", "person", "David Wilson"]], {});
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]!.kind, "direct");
  assert.equal(slice(doc, quotes[1]!)!.slice(0, 4), "\"[I]");
  assert.equal(slice(doc, quotes[1]!.speaker), "David Wilson");
});

test("'According to X, …: “…”' gives X; a date after 'on' before the verb is no subject", () => {
  const text = "According to U.S. Attorney Bash, the manifesto could strengthen the case: \"The key factor here is an intent to coerce.\" " +
    "The activist Nur Khan Liton, on Sunday told reporters arson has been used \"as a weapon to evict poor slum dwellers\" by developers.";
  const { doc, quotes } = run(text, [["Josh Bash", "person", "Bash"], ["Nur Khan Liton", "person", "Nur Khan Liton"]], {});
  assert.equal(quotes.length, 2);
  assert.equal(slice(doc, quotes[0]!.speaker), "Bash");
  assert.equal(slice(doc, quotes[0]!.cue), "According to");
  assert.equal(slice(doc, quotes[1]!.speaker), "Nur Khan Liton");
});

test("'The governor said' with no entity takes the latest person named with that title word before the name", () => {
  const text = "Governor Kay Ivey signed the bill on Wednesday. The party complained. The governor tweeted, \"Today, I signed into law the Human Life Protection Act.\" The party said, \"We comply with the command of the court.\"";
  const { doc, quotes } = run(text, [["Kay Ivey", "person", "Kay Ivey"]], {});
  assert.equal(quotes.length, 2);
  assert.equal(slice(doc, quotes[0]!.speaker), "governor");
  assert.equal(quotes[0]!.speaker!.entity, "e1");
  assert.equal(slice(doc, quotes[1]!.speaker), "party");
  assert.equal(quotes[1]!.speaker!.entity, undefined);
});

test("pronoun fallback skips a running speaker of the other gender", () => {
  const text = "Vandermolen said the plan was sound. The vote is due in May. Kerrigan said the plan was flawed. “We will go ahead,” she said. “Not like this,” he said.";
  const ents: [string, EntityRecord["type"], ...string[]][] = [["Ilse Vandermolen", "person", "Vandermolen"], ["Tomas Kerrigan", "person", "Kerrigan"]];
  const { doc, quotes } = run(text, ents, { indirect: true }, { "Ilse Vandermolen": "female", "Tomas Kerrigan": "male" });
  const she = quotes.find((q) => slice(doc, q) === "“We will go ahead,”");
  assert.equal(slice(doc, she!.speaker), "she");
  assert.equal(she!.speaker!.entity, "e1");
  const he = quotes.find((q) => slice(doc, q) === "“Not like this,”");
  assert.equal(slice(doc, he!.speaker), "he");
  assert.equal(he!.speaker!.entity, "e2", "the man named before, not the woman the pronoun went to");
  // without genders, the running speaker is taken as before
  const plain = run(text, ents).quotes.find((q) => slice(doc, q) === "“We will go ahead,”");
  assert.equal(plain!.speaker!.entity, "e2");
});

test("a leading adjunct set off by a comma is not the subject: the phrase after the comma speaks", () => {
  const text = "Hours later, Marisol Quenby went back to the podium and said “we will not give up on this town.”\n\n" +
    "However, the harbour workers stayed on strike and said “nobody asked us about the plan.”";
  const { doc, quotes } = run(text, [["Marisol Quenby", "person", "Marisol Quenby"]], {});
  assert.equal(quotes.length, 2);
  assert.equal(slice(doc, quotes[0]!.speaker), "Marisol Quenby");
  assert.equal(quotes[0]!.speaker!.entity, "e1");
  assert.equal(slice(doc, quotes[1]!.speaker), "harbour workers");
});

test("a subject before 'declined … but said' stops before the first verb", () => {
  const text = "A spokesman for Kestrel Freight declined to discuss the fine but said “our trucks met every rule.”";
  const { doc, quotes } = run(text, [["Kestrel Freight", "organization", "Kestrel Freight"]], {});
  assert.equal(quotes.length, 1);
  assert.equal(slice(doc, quotes[0]!.speaker), "Kestrel Freight");
});

test("a document speaks through 'read' right beside a quote; its owner is the speaker", () => {
  const text = "The Harbour Board's statement read: “The pier stays closed until the inspection ends.”\n\n" +
    "“We regret the delay,” read the notice on the gate. Ossian Trell read the report twice before the vote.";
  const { doc, quotes } = run(text, [["Harbour Board", "organization", "Harbour Board"], ["Ossian Trell", "person", "Ossian Trell"]], { indirect: true });
  assert.equal(slice(doc, quotes[0]!.speaker), "Harbour Board");
  assert.equal(quotes[0]!.speaker!.entity, "e1");
  assert.equal(slice(doc, quotes[0]!.cue), "read");
  assert.equal(slice(doc, quotes[1]!.speaker), "notice");
  // "read" away from a quote reports no speech
  assert.equal(quotes.filter((q) => slice(doc, q.speaker) === "Ossian Trell").length, 0);
});

test("a later quote of a document in the sentence where the earlier one closed continues its speaker", () => {
  const text = "A spokesperson told the Harbour Times the ferry was late. “No passengers were hurt. Crews are checking the hull;” read the statement; “we will publish the findings.” Two tugs arrived later.";
  const { doc, quotes } = run(text, [], { indirect: true });
  const later = quotes.find((q) => q.text.startsWith("we will publish"))!;
  assert.equal(slice(doc, later.speaker), "statement");
});

test("an unquoted paragraph after 'X wrote:' ending the paragraph before is X's quotation", () => {
  const text = "In a post on the union's site, Tomas Ekberg wrote:\n\nThe workers have waited three years for a contract and they will wait no longer.\n\n" +
    "The strike begins on Monday.\n\nIda Solberg said:\n\nMarta Lind told reporters the talks had failed.\n\n" +
    "The survey also found that:\n\nThe survey has a margin of error of four points.";
  const { doc, quotes } = run(text, [["Tomas Ekberg", "person", "Tomas Ekberg"], ["Ida Solberg", "person", "Ida Solberg"], ["Marta Lind", "person", "Marta Lind"]], { indirect: true });
  const block = quotes.find((q) => q.text.startsWith("The workers"))!;
  assert.equal(block.kind, "direct");
  assert.equal(block.text, "The workers have waited three years for a contract and they will wait no longer.");
  assert.equal(slice(doc, block.speaker), "Tomas Ekberg");
  assert.equal(slice(doc, block.cue), "wrote");
  // only the paragraph right after the colon; a paragraph with its own cue is not taken
  assert.equal(quotes.filter((q) => q.text.startsWith("The strike")).length, 0);
  assert.equal(quotes.filter((q) => slice(doc, q.speaker) === "Ida Solberg").length, 0);
  // "found that:" announces a reported clause (a list), not a quotation
  assert.equal(quotes.filter((q) => q.text.startsWith("The survey has")).length, 0);
});

test("less common reporting verbs are cues: 'specifies', 'stipulates'", () => {
  const text = "The Constitution specifies that the council must meet twice a year. The treaty stipulates “a review every five years.”";
  const { doc, quotes } = run(text, [["Constitution", "organization", "Constitution"]], { indirect: true });
  assert.equal(slice(doc, quotes[0]!.speaker), "Constitution");
  assert.equal(slice(doc, quotes[0]!.cue), "specifies");
  assert.equal(slice(doc, quotes[1]!.speaker), "treaty");
  assert.equal(slice(doc, quotes[1]!.cue), "stipulates");
});

test("a description before or after a person's name: the person speaks, not the one the description names", () => {
  const ents: [string, EntityRecord["type"], ...string[]][] = [["Ines Corral", "person", "Ines Corral"], ["Pavel Orlov", "person", "Pavel Orlov"], ["Dana Whitfield", "person", "Dana Whitfield"]];
  const text = "The report's main author, marine biologist Ines Corral, said the reef was recovering.\n\n" +
    "Pavel Orlov, a spokesman for Mayor Dana Whitfield told the Herald “the city will appeal.”";
  const { doc, quotes } = run(text, ents, { indirect: true });
  assert.equal(slice(doc, quotes[0]!.speaker), "Ines Corral");
  assert.equal(quotes[0]!.speaker!.entity, "e1");
  const appeal = quotes.find((q) => q.text.startsWith("the city"))!;
  assert.equal(slice(doc, appeal.speaker), "Pavel Orlov");
  assert.equal(appeal.speaker!.entity, "e2");
});

test("'It'/'They' after a sentence opened by a body or a group phrase stand for it, not an older group speaker", () => {
  const { doc, quotes } = run(
    "Norland Rail said fares would rise. The Veterans Affairs Department opened an inquiry on Friday. It also warned patients to \"check every prescription they received since March.\"",
    [["Norland Rail", "organization", "Norland Rail"], ["Veterans Affairs Department", "organization", "Veterans Affairs Department"]],
    { indirect: false },
  );
  const q = quotes.find((x) => x.text.startsWith("check"))!;
  assert.equal(slice(doc, q.speaker), "It");
  assert.equal(q.speaker!.entity, "e2");
  const r = run("The marine biologists tracked the turtles for years. They reported, \"The nesting sites moved north by twelve kilometres.\"", [["Fiji", "country", "Fiji"]]);
  assert.equal(slice(r.doc, r.quotes[0]!.speaker), "They");
  assert.equal(r.quotes[0]!.speaker!.entity, undefined);
});

test("'the company' names the body named before with that word or opening the sentence before", () => {
  const { doc, quotes } = run(
    "Halvorsen Shipping lost 40 million dollars last year. The company said it would \"cut costs wherever we can find them\" this year.",
    [["Halvorsen Shipping", "organization", "Halvorsen Shipping"]], { indirect: false },
  );
  assert.equal(slice(doc, quotes[0]!.speaker), "company");
  assert.equal(quotes[0]!.speaker!.entity, "e1");
  const r = run("The Emergencies Ministry sent two teams. Ann Roe, a driver, was hurt. The ministry said, \"Drivers must slow down near the school.\"",
    [["Emergencies Ministry", "organization", "Emergencies Ministry"], ["Ann Roe", "person", "Ann Roe"]], { indirect: false });
  assert.equal(r.quotes[0]!.speaker!.entity, "e1");
});

test("a document after its subject: 'read in part' after an appositive, and the author after 'by' in the appositive", () => {
  const a = run("The opinion of the Appeals Court, released on Thursday, read in part, \"The statute cannot be applied to conduct that predates it.\"",
    [["Appeals Court", "organization", "Appeals Court"]], { indirect: false });
  assert.equal(slice(a.doc, a.quotes[0]!.speaker), "Appeals Court");
  assert.equal(slice(a.doc, a.quotes[0]!.cue), "read");
  const b = run("The report, published by the Danish Energy Agency on Monday, said the grid \"is not ready for a winter without imports.\"",
    [["Danish Energy Agency", "organization", "Danish Energy Agency"]], { indirect: false });
  assert.equal(slice(b.doc, b.quotes[0]!.speaker), "report");
  assert.equal(b.quotes[0]!.speaker!.entity, "e1");
});

test("a partial quote with no cue is its clause subject's; a scare quote stays out", () => {
  const { doc, quotes } = run(
    "Mara Quist thanked the volunteers for \"staying up all night to fill the sandbags.\" The town kept its \"old charm\" anyway.",
    [["Mara Quist", "person", "Mara Quist"]], { indirect: false },
  );
  assert.equal(quotes.length, 1);
  assert.equal(slice(doc, quotes[0]!), "staying up all night to fill the sandbags.");
  assert.equal(slice(doc, quotes[0]!.speaker), "Mara Quist");
  const p = run("Olav Dahl has been criticized by rivals for \"leaving the harbour plan to die in committee.\"", [["Olav Dahl", "person", "Olav Dahl"]], { indirect: false });
  assert.equal(p.quotes[0]!.speaker, null);
});

test("passive 'was asked by X': X speaks; a phrase opened by a preposition is no inverted subject; '(' opens a direct quote", () => {
  const a = run("Marta Ekdahl was asked by host Peter Lindqvist, \"Will you run again next year?\"",
    [["Marta Ekdahl", "person", "Marta Ekdahl"], ["Peter Lindqvist", "person", "Peter Lindqvist"]], { indirect: false });
  assert.equal(slice(a.doc, a.quotes[0]!.speaker), "Peter Lindqvist");
  const b = run("For a mayor who admitted she is \"not a natural speaker,\" Ines Vall had a good night, winning the key states of Oregon and Utah.",
    [["Ines Vall", "person", "Ines Vall"], ["Oregon", "place", "Oregon"]], { indirect: false });
  assert.notEqual(slice(b.doc, b.quotes[0]?.speaker ?? null), "of Oregon");
  const c = run("\"There are a few rules in this house,\" Torvald Berg said. \"(Anna) knows them better than anyone, and so do the boys.\"",
    [["Torvald Berg", "person", "Torvald Berg"], ["Anna", "person", "Anna"]], { indirect: false });
  assert.equal(c.quotes[1]!.kind, "direct");
  assert.equal(slice(c.doc, c.quotes[1]!.speaker), "Torvald Berg");
});

test("a sentence subject read up to a colon stops before its verb or an emphatic reflexive", () => {
  const a = run("The survey itself documented the sharp drop in the number of trout: \"Only four of the eleven streams still held adult fish.\"",
    [], { indirect: false });
  assert.equal(slice(a.doc, a.quotes[0]!.speaker), "survey");
  const b = run("The Harbour Authority issued a statement: \"The pier stays closed until the divers finish.\"",
    [["Harbour Authority", "organization", "Harbour Authority"]], { indirect: false });
  assert.equal(slice(b.doc, b.quotes[0]!.speaker), "Harbour Authority");
  assert.equal(b.quotes[0]!.speaker!.entity, "e1");
});

test("a name after a description joined by 'and' or a comma; 'one of the X' speaks; a document 'which read'", () => {
  const a = run("\"The dunes moved faster than any model predicted,\" said project lead and Coastal Trust senior fellow Irene Vashti.",
    [["Irene Vashti", "person", "Irene Vashti"], ["Coastal Trust", "organization", "Coastal Trust"]], { indirect: false });
  assert.equal(slice(a.doc, a.quotes[0]!.speaker), "Irene Vashti");
  const b = run("A second author, marine and coastal ecology lecturer Tomas Ruud, said, \"We counted every nest by hand.\"",
    [["Tomas Ruud", "person", "Tomas Ruud"]], { indirect: false });
  assert.equal(slice(b.doc, b.quotes[0]!.speaker), "Tomas Ruud");
  const c = run("\"We waited four hours for a bus,\" said another commuter, Lena Sorvik.", [["Lena Sorvik", "person", "Lena Sorvik"]], { indirect: false });
  assert.equal(slice(c.doc, c.quotes[0]!.speaker), "Lena Sorvik");
  const d = run("One of the passengers said, \"The engine caught fire over the lake.\"", [], { indirect: false });
  assert.equal(slice(d.doc, d.quotes[0]!.speaker), "One of the passengers");
  const e = run("Brindle Foods released a statement which read, in part, \"We have recalled every jar sold since May.\"",
    [["Brindle Foods", "organization", "Brindle Foods"]], { indirect: false });
  assert.equal(slice(e.doc, e.quotes[0]!.speaker), "Brindle Foods");
  assert.equal(slice(e.doc, e.quotes[0]!.cue), "read");
});

test("a title in marks where a noun stands is no quotation, but its cue still opens a run; 'portrayed X as'", () => {
  const a = run("The warehouse was once used for filming the reality TV show \"Harbour Kings\" before it closed.", [], { indirect: false });
  assert.equal(a.quotes.length, 0);
  const b = run("Some in the \"Vote Them Out\" crowd say the plan is unfair.", [], { indirect: false });
  assert.equal(b.quotes.length, 0);
  const c = run("Senator Ilse Varga said on the \"Sunday Table\" program, \"We will not back down on the water bill.\"",
    [["Ilse Varga", "person", "Ilse Varga"]], { indirect: false });
  assert.equal(c.quotes.length, 1);
  assert.equal(c.quotes[0]!.text, "\"We will not back down on the water bill.\"");
  assert.equal(slice(c.doc, c.quotes[0]!.speaker), "Ilse Varga");
  const d = run("Ana Reyes portrayed her rival as \"a man who has never built anything.\"", [["Ana Reyes", "person", "Ana Reyes"]], { indirect: false });
  assert.equal(slice(d.doc, d.quotes[0]!.speaker), "Ana Reyes");
});

test("'reacted', 'characterized X as' frame quotes; a short document phrase speaks ('The lawsuit contends that')", () => {
  const a = run("Singer Ola Brandt reacted on Twitter, \"What a loss for all of us who loved his music.\"", [["Ola Brandt", "person", "Ola Brandt"]], { indirect: false });
  assert.equal(slice(a.doc, a.quotes[0]!.speaker), "Ola Brandt");
  assert.equal(slice(a.doc, a.quotes[0]!.cue), "reacted");
  const b = run("Prosecutor Nils Aas characterized the fire as \"a deliberate attack on the whole town.\"", [["Nils Aas", "person", "Nils Aas"]], { indirect: false });
  assert.equal(slice(b.doc, b.quotes[0]!.speaker), "Nils Aas");
  const d = run("The lawsuit contends that the mine owners \"ignored every warning the inspectors gave them.\"", [], { indirect: false });
  assert.equal(slice(d.doc, d.quotes[0]!.speaker), "lawsuit");
});

test("'as X put it'; a pronoun after an unnamed person's sentence; 'a statement saying' after its issuer; no inverted subject after 'across'", () => {
  const a = run("The council, as Ida Lunde put it, \"has run out of excuses for the delays.\"", [["Ida Lunde", "person", "Ida Lunde"]], { indirect: false });
  assert.equal(slice(a.doc, a.quotes[0]!.speaker), "Ida Lunde");
  assert.equal(slice(a.doc, a.quotes[0]!.cue), "put it");
  const b = run("Prosecutor Kara Moe said the men were \"cruel and calculating in every way.\" One of the victims decided to speak. She said the men treated her \"like she was nothing at all to them.\"",
    [["Kara Moe", "person", "Kara Moe"]], { indirect: false });
  assert.equal(b.quotes[0]!.speaker!.entity, "e1");
  assert.equal(slice(b.doc, b.quotes[1]!.speaker), "She");
  assert.equal(b.quotes[1]!.speaker!.entity, undefined);
  const d = run("Her office put out a statement saying the agency \"cannot vet every request in time.\"", [["Vera Holm", "person", "Vera Holm", "Her"]], { indirect: false });
  assert.equal(d.quotes[0]!.speaker!.entity, "e1");
  const e = run("The vote drew positive comments across social media, from praise for his \"steady hand in a long crisis\" to hopes for more.", [], { indirect: false });
  assert.notEqual(slice(e.doc, e.quotes[0]?.speaker ?? null), "across social media");
});

test("'he said' after a sentence opened by a named person stands for that person, not an older speaker", () => {
  const { doc, quotes } = run(
    "\"The roads are closed,\" Mayor Tove Rask said. Sergeant Emil Dahl then went on to explain what he saw at the dam.\n\n\"The water was over the railing by noon,\" he said.",
    [["Tove Rask", "person", "Tove Rask"], ["Emil Dahl", "person", "Emil Dahl"]], { indirect: false }, { "Tove Rask": "female", "Emil Dahl": "male" },
  );
  assert.equal(quotes[0]!.speaker!.entity, "e1");
  assert.equal(slice(doc, quotes[1]!.speaker), "he");
  assert.equal(quotes[1]!.speaker!.entity, "e2");
  const r = run("\"The roads are closed,\" Anton Berg said. Mayor Tove Rask visited the dam.\n\n\"The water was over the railing by noon,\" he said.",
    [["Anton Berg", "person", "Anton Berg"], ["Tove Rask", "person", "Tove Rask"]], { indirect: false }, { "Anton Berg": "male", "Tove Rask": "female" });
  assert.equal(r.quotes[1]!.speaker!.entity, "e1");
});

test("a leading phrase opened by a preposition is no subject even with a name in it; a comma-bounded clause with a finite verb is no appositive", () => {
  const a = run("In line with most of his neighbours, farmer Olaf Strand was also critical of the dam, telling the radio: \"We were never asked about any of it.\"",
    [["Olaf Strand", "person", "Olaf Strand"]], { indirect: false });
  assert.equal(slice(a.doc, a.quotes[0]!.speaker), "Olaf Strand");
  const b = run("In the letter to Oslo, the minister cited \"grave concerns about the safety of the tunnel.\"", [["Oslo", "place", "Oslo"]], { indirect: false });
  assert.equal(slice(b.doc, b.quotes[0]!.speaker), "minister");
});

test("a person named just before a long description phrase heads it", () => {
  const { doc, quotes } = run("\"The herd is home again,\" Rita Oldman of the Northern Plains tribal heritage preservation office told the crowd.",
    [["Rita Oldman", "person", "Rita Oldman"], ["Northern Plains", "place", "Northern Plains"]], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Rita Oldman");
});

test("'For someone who conceded that she is “…”, X …': the main clause's subject after the quote speaks", () => {
  const { doc, quotes } = run("For someone who admitted in a debate that she is \"not a natural campaigner,\" Ines Vall had a good night, winning the key states of Oregon and Utah.",
    [["Ines Vall", "person", "Ines Vall"], ["Oregon", "place", "Oregon"]], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Ines Vall");
  assert.equal(slice(doc, quotes[0]!.cue), "admitted");
});

test("a cue in a fronted subordinate clause closed before the quote yields to the main clause ('After X criticized Y, Z shot back, “…”')", () => {
  const { doc, quotes } = run("After Mayor Per Lund criticized the plan during the debate, Eva Holm shot back, \"I would rather build it than talk about it.\"",
    [["Per Lund", "person", "Per Lund"], ["Eva Holm", "person", "Eva Holm"]], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Eva Holm");
  assert.equal(slice(doc, quotes[0]!.cue), "shot back");
  const b = run("After Per Lund said \"the bridge is finished,\" Eva Holm laughed.", [["Per Lund", "person", "Per Lund"], ["Eva Holm", "person", "Eva Holm"]], { indirect: false });
  assert.equal(slice(b.doc, b.quotes[0]!.speaker), "Per Lund");
});

test("a pronoun linked to a name inside the quotation yields to the person opening the sentence before", () => {
  const text = "Lena Brisk, 75, a retired nurse, now plans to vote for Ola Dahl. \"He has got to be better than Ola Dahl's rival,\" she said.";
  const doc = new Doc(text);
  const ctx: StageContext = { resources: { "quote-cues": cues }, options: { quotes: { indirect: false } } };
  for (const stage of textStages) stage.run(doc, ctx);
  const at = (form: string, from = 0) => ({ start: text.indexOf(form, from), end: text.indexOf(form, from) + form.length, text: form, via: "name" as const });
  const she = text.lastIndexOf("she");
  // the entities layer linked "she" to the name inside the quotation
  const entities: EntityRecord[] = [
    { id: "e1", name: "Lena Brisk", type: "person", roles: [], gender: "female", mentions: [at("Lena Brisk")] },
    { id: "e2", name: "Ola Dahl", type: "person", roles: [], mentions: [at("Ola Dahl"), at("Ola Dahl", 70), { start: she, end: she + 3, text: "she", via: "pronoun" }] },
  ];
  doc.set(LAYERS.entities, entities, { stage: "test", version: "0" });
  quotesStage.run(doc, ctx);
  const q = doc.get<QuoteRecord[]>(LAYERS.quotes)[0]!;
  assert.equal(slice(doc, q.speaker), "she");
  assert.equal(q.speaker!.entity, "e1");
});

test("a title in marks after a possessive or a programme word is no quotation; the clause after it is reported", () => {
  const text = "Kasich said on NBC's “Meet the Press” that he would stay in the race until the convention.";
  const { doc, quotes } = run(text, [["John Kasich", "person", "Kasich"]]);
  assert.equal(quotes.filter((q) => q.kind !== "indirect").length, 0);
  const reported = quotes.find((q) => q.kind === "indirect");
  assert.equal(slice(doc, reported!), "he would stay in the race until the convention");
  assert.equal(slice(doc, reported!.speaker), "Kasich");
  const podcast = run("“Running a town is hard work,” Tillman said in May on the podcast “Small Towns Matter.”", [["Ann Tillman", "person", "Tillman"]], { indirect: false });
  assert.deepEqual(podcast.quotes.map((q) => slice(podcast.doc, q)), ["“Running a town is hard work,”"]);
  const show = run("Appearing on “Good Morning Ohio,” the mayor said the bridge would reopen in June.", [], { indirect: false });
  assert.equal(show.quotes.length, 0);
});

test("a title between two quotes of one speaker keeps the run going", () => {
  const text = "“Taxes will fall,” Okafor said on CBS's “Face the Nation.” “Wages will rise.”";
  const ents: [string, EntityRecord["type"], ...string[]][] = [["Ngozi Okafor", "person", "Okafor"]];
  const split = run(text, ents, { indirect: false });
  assert.deepEqual(split.quotes.map((q) => slice(split.doc, q)), ["“Taxes will fall,”", "“Wages will rise.”"]);
  assert.deepEqual(split.quotes.map((q) => q.speaker!.entity), ["e1", "e1"]);
  const merged = run(text, ents, { indirect: true, mergeRuns: true });
  assert.equal(merged.quotes.length, 1);
  assert.equal(slice(merged.doc, merged.quotes[0]!), text);
});

test("the comma inside a title's marks closes the appositive before the verb", () => {
  const text = "Brandt, the owner of a bakery and host of the cooking show “Bread Every Day,” said in an interview that sales had doubled.";
  const { doc, quotes } = run(text, [["Lena Brandt", "person", "Brandt"]]);
  assert.equal(quotes.length, 1);
  assert.equal(slice(doc, quotes[0]!), "sales had doubled");
  assert.equal(slice(doc, quotes[0]!.speaker), "Brandt");
});

test("a name modifying an aide or supporters is not the speaker", () => {
  const ents: [string, EntityRecord["type"], ...string[]][] = [["Ngozi Okafor", "person", "Okafor"]];
  const aide = run("“We are not worried about the polls,” said a senior Okafor adviser.", ents, { indirect: false });
  assert.equal(slice(aide.doc, aide.quotes[0]!.speaker), "senior Okafor adviser");
  assert.equal(aide.quotes[0]!.speaker!.entity, undefined);
  const fans = run("Okafor supporters said the count had been unfair to rural voters.", ents);
  assert.equal(slice(fans.doc, fans.quotes[0]!.speaker), "Okafor supporters");
  assert.equal(fans.quotes[0]!.speaker!.entity, undefined);
  // the name is the speaker when the phrase is the name itself or a spokesperson speaks for it
  const own = run("“We are not worried,” Okafor said.", ents, { indirect: false });
  assert.equal(own.quotes[0]!.speaker!.entity, "e1");
  const she = run("She then addressed the supporters. “Here is what I regret,” she said.", [["Ngozi Okafor", "person", "Okafor", "She"]], { indirect: false });
  assert.equal(slice(she.doc, she.quotes[0]!.speaker), "she");
});

test("a spaced dash ends the description before a speaker phrase", () => {
  const text = "The week brought two wins in a row - something Okafor aides said would help in the spring.";
  const { doc, quotes } = run(text, [["Ngozi Okafor", "person", "Okafor"]]);
  assert.equal(slice(doc, quotes[0]!.speaker), "something Okafor aides");
});

test("a cue noun before a title is no verb; a relative clause set off by commas keeps its antecedent as the subject", () => {
  const text = "Then came Mara Lind, who, after a long feud with the host, said on the WXYZ show “Night Talk” that “the party has lost its way.”";
  const { doc, quotes } = run(text, [["Mara Lind", "person", "Mara Lind"], ["WXYZ", "organization", "WXYZ"]], { indirect: false });
  assert.deepEqual(quotes.map((q) => slice(doc, q)), ["the party has lost its way."]);
  assert.equal(slice(doc, quotes[0]!.speaker), "Mara Lind");
  assert.equal(slice(doc, quotes[0]!.cue), "said");
  const merged = run(text, [["Mara Lind", "person", "Mara Lind"], ["WXYZ", "organization", "WXYZ"]], { indirect: true, mergeRuns: true });
  assert.equal(slice(merged.doc, merged.quotes[0]!), "“the party has lost its way.”");
});

test("a fragment closed by a reporting clause is that clause's, unless a person framed it first", () => {
  const text = "Nothing the mayor announced “will bring the jobs back,” the union leader said.";
  const { doc, quotes } = run(text, [], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "union leader");
  assert.equal(slice(doc, quotes[0]!.cue), "said");
  const framed = run("Okafor called the merger “a disaster for farmers,” the Herald reported.", [["Ngozi Okafor", "person", "Okafor"], ["Herald", "organization", "Herald"]], { indirect: false });
  assert.equal(slice(framed.doc, framed.quotes[0]!.speaker), "Okafor");
  assert.equal(slice(framed.doc, framed.quotes[0]!.cue), "called");
  // a full stop inside the marks ends the sentence: "He said" opens the next one
  const stop = run("The committee called the vote “a betrayal of trust.” He said nothing more.", [], { indirect: false });
  assert.equal(slice(stop.doc, stop.quotes[0]!.speaker), "committee");
});

test("a named speaker of a relative clause right before a quote says it; a pronoun there leaves the main subject", () => {
  const ents: [string, EntityRecord["type"], ...string[]][] = [["Ngozi Okafor", "person", "Okafor"], ["Tom Reyes", "person", "Reyes"]];
  const named = run("Reyes rejected what Okafor called “a reckless plan” at the hearing.", ents, { indirect: false });
  assert.equal(slice(named.doc, named.quotes[0]!.speaker), "Okafor");
  assert.equal(slice(named.doc, named.quotes[0]!.cue), "called");
  const pronoun = run("Reyes rejected what he called “a witch hunt” at the hearing.", ents, { indirect: false });
  assert.equal(slice(pronoun.doc, pronoun.quotes[0]!.speaker), "Reyes");
});

test("a place before a person noun is where the person is from, not the speaker", () => {
  const { doc, quotes } = run("“We will not wait,” the Ohio senator said.", [["Ohio", "place", "Ohio"]], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Ohio senator");
  assert.equal(quotes[0]!.speaker!.entity, undefined);
});

test("', saying' after a clause whose subject is a body: the person of the subordinate clause before the comma speaks", () => {
  const ents: [string, EntityRecord["type"], ...string[]][] = [["Ngozi Okafor", "person", "Okafor"], ["Green Party", "organization", "Green Party"]];
  const text = "It was a sharp attack by the two leaders of the Green Party, as Okafor echoed the charge, saying the mayor “has failed the city.”";
  const { doc, quotes } = run(text, ents, { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Okafor");
  // a description heading the main clause stays the speaker
  const own = run("The Danish engineer whose design won while Okafor was mayor resigned on Monday, saying the city “never paid its bills.”", ents, { indirect: false });
  assert.equal(slice(own.doc, own.quotes[0]!.speaker), "Danish engineer");
});

test("a fronted participle phrase naming a body is no subject: the person after it speaks in ', describing …'", () => {
  const ents: [string, EntityRecord["type"], ...string[]][] = [["Ngozi Okafor", "person", "Okafor"], ["Greens", "organization", "Greens"]];
  const text = "Facing criticism from the Greens, Okafor issued a statement on Sunday, insisting the plan was “the only way forward.”";
  const { doc, quotes } = run(text, ents, { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Okafor");
});

test("a title with a number in it is a title ('Advisory Number 25A')", () => {
  const { quotes } = run("The agency's “Storm Advisory Number 12B” placed the storm north of the island.", [], { indirect: false });
  assert.equal(quotes.length, 0);
});

test("a relative clause's speech verb before a copula names the quote's speaker ('which the audit said was “…”')", () => {
  const ents: [string, EntityRecord["type"], ...string[]][] = [["Tom Reyes", "person", "Reyes"], ["Audit Office", "organization", "Audit Office"]];
  const { doc, quotes } = run("Reyes defended the contract, which the Audit Office said was “poorly managed” from the start.", ents, { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Audit Office");
  assert.equal(slice(doc, quotes[0]!.cue), "said");
});

test("a pronoun whose person is not named nearby stands for the person the next sentence opens with", () => {
  const ents: [string, EntityRecord["type"], ...string[]][] = [["Tom Reyes", "person", "Tom Reyes"], ["Maria Lopez", "person", "Maria Lopez"]];
  const text = "Senator Tom Reyes spoke first.\n\nThe march went on for hours.\n\n“We are ready to stay all night,” she said. Maria Lopez, a nurse from Toledo, joined the march in May.";
  const { doc, quotes } = run(text, ents, { indirect: false }, { "Maria Lopez": "female" });
  assert.equal(slice(doc, quotes[0]!.speaker), "she");
  assert.equal(quotes[0]!.speaker!.entity, "e2");
  // named in the paragraph before: that person stays
  const near = run("Senator Tom Reyes spoke first.\n\n“We are ready to stay all night,” he said. Maria Lopez, a nurse, joined the march in May.", ents, { indirect: false });
  assert.equal(near.quotes[0]!.speaker!.entity, "e1");
});

test("'it' after a sentence whose subject is an email is the email, not a body named earlier", () => {
  const text = "The Pentagon said on Monday that troops were ready. The email was sent by an aide in the evening. “We have identified the forces,” it said.";
  const { doc, quotes } = run(text, [["Pentagon", "organization", "Pentagon"]]);
  const q = quotes.find((x) => slice(doc, x.speaker) === "it");
  assert.ok(q, "the quote is attributed to 'it'");
  assert.equal(q.speaker!.entity, undefined);
});

test("'it' outside a quotation does not take a subject inside the quotation", () => {
  const text = "The Pentagon released a statement on Monday. “The Joint Staff are ready. They include two units,” it said.";
  const { doc, quotes } = run(text, [["Pentagon", "organization", "Pentagon"], ["Joint Staff", "organization", "Joint Staff"]]);
  const q = quotes.find((x) => slice(doc, x.speaker) === "it");
  assert.ok(q, "the quote is attributed to 'it'");
  assert.equal(q.speaker!.entity, "e1");
});

test("a document read out with no mark between: the judge's statement speaks for the judge named before", () => {
  const text = "Judge Gray Miller ruled on Friday.\n\nPart of the judge's statement reads \"the average woman could conceivably be better suited for some combat positions than the average man.\"";
  const { doc, quotes } = run(text, [["Gray Miller", "person", "Judge Gray Miller"]]);
  assert.equal(quotes.length, 1);
  assert.equal(slice(doc, quotes[0]!.speaker), "judge");
  assert.equal(quotes[0]!.speaker!.entity, "e1");
  assert.equal(slice(doc, quotes[0]!.cue), "reads");
});

test("the text on a sign in a relative clause gets no speaker from the clause around it", () => {
  const text = "ABC 7 is reporting that drivers saw a Caltrans sign at an exit in Corona, which read, “Inland Empire supports the governor. Merry Xmas. Vote today.”";
  const { quotes } = run(text, [["ABC 7", "organization", "ABC 7"], ["Caltrans", "organization", "Caltrans"]], { indirect: false });
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, null);
  // a message with an author keeps its frame
  const authored = run("She retweeted a message from her adviser, Ann O'Leary, that read: “Senate Dems are right: emergencies are not the place for partisan policies.”",
    [["Ann O'Leary", "person", "Ann O'Leary"]], { indirect: false });
  assert.notEqual(authored.quotes[0]!.speaker, null);
});

test("', saying' after an infinitive's object: the sentence's subject speaks", () => {
  const text = "The Florida senator sought to calm his supporters, and took a heckler in stride, saying the person would “not get beat up at this rally by anyone here” tonight.";
  const { doc, quotes } = run(text);
  assert.equal(slice(doc, quotes[0]!.speaker), "Florida senator");
});

test("a quote opened by an editor's ellipsis in brackets goes on the speaker's run", () => {
  const text = "“The strains were different from the types found in humans,” said Dr. Livermore. “[...] Rather, the likeliest route is from human to human.”";
  const { doc, quotes } = run(text, [["David Livermore", "person", "Livermore"]], { indirect: false });
  assert.equal(quotes.length, 2);
  assert.equal(quotes[1]!.kind, "direct");
  assert.equal(slice(doc, quotes[1]!.speaker), "Livermore");
});

test("an irregular past verb ends the subject phrase ('The senator took questions')", () => {
  const { doc, quotes } = run("The senator took questions from reporters, saying the plan was “dead on arrival” in the House.");
  assert.equal(slice(doc, quotes[0]!.speaker), "senator");
});

test("', saying' after a fronted prepositional phrase: the subject after its comma speaks, not the phrase's object", () => {
  const text = "At Sunday night's debate, Sanders compared himself to Clinton, saying, “I don't get personal speaking fees from Goldman Sachs.”";
  const { doc, quotes } = run(text, [["Bernie Sanders", "person", "Sanders"], ["Hillary Clinton", "person", "Clinton"]], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Sanders");
});

test("titles of works in a list, one with a colon ('“Austin Powers: The Spy Who Shagged Me,”'), are no quotes", () => {
  const text = "Howard, who had roles in “How the Grinch Stole Christmas,” “Apollo 13,” and “Austin Powers: The Spy Who Shagged Me,” had no such praise for Clinton.";
  const { quotes } = run(text, [["Clint Howard", "person", "Howard"], ["Hillary Clinton", "person", "Clinton"]], { indirect: false });
  assert.equal(quotes.length, 0);
});

test("a name in marks inside a reported clause ('people hailed these as bold moves, the “Arab Spring” was') gets no speaker", () => {
  const text = "Even though people initially hailed these as bold moves by people desperate for freedom, the “Arab Spring” was, in fact, a way for Islamists to take power.";
  const { quotes } = run(text, [], { indirect: false });
  assert.equal(quotes.length, 0);
});

test("a title in marks before the noun it modifies or set off after a noun is no quotation", () => {
  const show = run("“Daily Show” host Trevor Noah on Thursday showed that the businessman was given an opportunity to clarify his remarks.",
    [["Trevor Noah", "person", "Trevor Noah"]], { indirect: false });
  assert.equal(show.quotes.length, 0);
  const event = run("Roberts says his event, “Storm Area 51, They Can't Stop All of Us”, was posted as a joke.", [["Matty Roberts", "person", "Roberts"]], { indirect: false });
  assert.equal(event.quotes.length, 0);
  // a title-case quotation right after its cue stays
  const said = run("Trump said, “Make America Great Again.”", [["Donald Trump", "person", "Trump"]], { indirect: false });
  assert.equal(said.quotes.length, 1);
});

test("'X decided, according to the summary, “…”': a document naming no one yields to the clause's subject", () => {
  const text = "Colin Sutherland, the Lord President of the court decided, according to the summary, “that although advice to the Queen was not reviewable, it would nevertheless be unlawful if its purpose was to stymie scrutiny”.";
  const { doc, quotes } = run(text, [["Colin Sutherland", "person", "Colin Sutherland"]], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Colin Sutherland");
  // opening the sentence, the document stays the source
  const lead = run("According to the summary, the court found the advice “was motivated by the improper purpose of stymying Parliament”.", [], { indirect: false });
  assert.equal(slice(lead.doc, lead.quotes[0]!.speaker), "summary");
});

test("a platform's name before an account head ('her Twitter account posted') is not the speaker", () => {
  const text = "Ivanka Trump spoke at the convention. The next day, her Twitter account posted: “Shop Ivanka's look from her speech.”";
  const { doc, quotes } = run(text, [["Ivanka Trump", "person", "Ivanka Trump"], ["Twitter", "organization", "Twitter"]], { indirect: false });
  assert.equal(quotes.length, 1);
  assert.notEqual(quotes[0]!.speaker?.entity, "e2");
  assert.notEqual(slice(doc, quotes[0]!.speaker), "Twitter");
  // the platform itself speaking stays
  const own = run("Twitter said in a statement: “We suspended the account.”", [["Twitter", "organization", "Twitter"]], { indirect: false });
  assert.equal(own.quotes[0]!.speaker?.entity, "e1");
});

test("', saying' with no subject but a prepositional phrase gives that phrase no voice; a place after an opening adjunct is passed over", () => {
  const text = "In three separate interviews, the justice sounded off on Trump, saying she didn't “want to contemplate” the effects a Trump candidacy would have on the court.";
  const { doc, quotes } = run(text, [["Donald Trump", "person", "Trump"]], { indirect: false });
  assert.notEqual(slice(doc, quotes[0]?.speaker ?? null), "In three separate interviews");
  const ames = "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to expand on her statement, saying that the United States should “be rallying our partners and allies.”";
  const r = run(ames, [["Ames", "place", "Ames"], ["Iowa", "place", "Iowa"], ["Hillary Clinton", "person", "Mrs. Clinton"], ["United States", "country", "United States"]], { indirect: false });
  assert.equal(slice(r.doc, r.quotes[0]!.speaker), "Mrs. Clinton");
});

test("'said University of California, San Diego's chancellor, Pradeep Khosla': the person named after the body's title speaks", () => {
  const text = "“Walter was the most brilliant scientist I have ever known,” said University of California, San Diego's chancellor, Pradeep Khosla.";
  const { doc, quotes } = run(text, [["University of California", "organization", "University of California"], ["San Diego", "place", "San Diego"], ["Pradeep Khosla", "person", "Pradeep Khosla"]], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Pradeep Khosla");
  assert.equal(quotes[0]!.speaker!.entity, "e3");
});

test("a phrase cut from the end of a long body's name goes back to the person it follows ('Sam Wilson of …: Research and Education (C-MORE) said')", () => {
  const text = "Co-lead author Sam Wilson of UH Mānoa's Center for Microbial Oceanography: Research and Education (C-MORE) said, “The expedition provided a unique opportunity.”";
  const { doc, quotes } = run(text, [["Sam Wilson", "person", "Sam Wilson"]], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Sam Wilson");
  // a plain list of names is no such tie: "Trump and Republicans said" keeps the group
  const list = run("Trump and Republicans said, “We will win this race.”", [["Donald Trump", "person", "Trump"]], { indirect: false });
  assert.equal(slice(list.doc, list.quotes[0]!.speaker), "Republicans");
});

test("a person's name inside the body's name is passed over for the person of the body", () => {
  const text = "Co-lead author Sam Wilson of UH Mānoa's Center for Microbial Oceanography: Research and Education (C-MORE) said, “The expedition provided a unique opportunity.”";
  const { doc, quotes } = run(text, [["Sam Wilson", "person", "Sam Wilson"], ["UH Mānoa", "person", "UH Mānoa"]], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Sam Wilson");
});

test("'In a statement posted to her account, X affirmed …, writing “…”': the phrase after the opening preposition does not speak", () => {
  const text = "In a statement posted to her Twitter account before being sworn in, then-Secretary Vázquez affirmed her willingness to accept the role, writing, “Puerto Rico needs certainty and stability.”";
  const { doc, quotes } = run(text, [["Wanda Vázquez", "person", "Vázquez"], ["Twitter", "organization", "Twitter"]], { indirect: false });
  assert.equal(slice(doc, quotes[0]!.speaker), "Vázquez");
});

test("'In 2011 she spoke out for “…”': a pronoun after an opening year still speaks", () => {
  const { doc, quotes } = run("In 2011 she spoke out for “shotgun marriages” as the solution to unwanted pregnancies.", [], { indirect: false });
  assert.equal(quotes.length, 1);
  assert.ok(slice(doc, quotes[0]!.speaker)?.endsWith("she"));
});
