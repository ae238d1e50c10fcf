import { test } from "node:test";
import assert from "node:assert/strict";
import { headlineOf } from "./title.js";

test("a short first line above a blank line is the headline; a final full stop is dropped", () => {
  assert.equal(headlineOf("Ministers agree to meet again in Geneva.\n\nGENEVA (AP) — The foreign ministers of two rival states agreed on Monday to meet again."),
    "Ministers agree to meet again in Geneva");
  assert.equal(headlineOf("\n  The Latest: Port strike enters its third day\r\n\r\nDockworkers stayed away for a third day."), "The Latest: Port strike enters its third day");
  assert.equal(headlineOf("Mayor: ‘We Will Rebuild the Bridge.’\n\nThe mayor spoke on Friday."), "Mayor: ‘We Will Rebuild the Bridge.’");
});

test("a dateline, an opening paragraph or a lone line is no headline", () => {
  assert.equal(headlineOf("Wednesday, September 4, 2019 \n\nA boat fire near the island killed 33 passengers."), undefined);
  assert.equal(headlineOf("Talks began on Tuesday. They ended on Friday without a deal.\n\nMore text follows here."), undefined);
  assert.equal(headlineOf("The ministers met in Geneva on Monday and agreed to talk again next month, officials said; the talks lasted three hours and covered the border, the fishing rights dispute and the prisoners held by both sides since the clashes of last spring.\n\nMore."), undefined);
  assert.equal(headlineOf("Talks in Geneva end without a deal"), undefined);
  assert.equal(headlineOf("Officials said:\n\nThe talks ended."), undefined);
  assert.equal(headlineOf("Geneva talks\n\nThe talks ended."), undefined);
  assert.equal(headlineOf("   \n\n"), undefined);
});

test("a line that goes on into the next is no headline", () => {
  assert.equal(headlineOf("The ministers met in Geneva on Monday\nand agreed to talk again.\n\nMore."), undefined);
});

test("a headline ending in ';' above one line of deck and a blank line: the part before the semicolon", () => {
  assert.equal(headlineOf("Carson on defense, attacking critics as scrutiny heats up; \nRepublican presidential candidate's biography questioned.\n\nBen Carson says he is under attack."),
    "Carson on defense, attacking critics as scrutiny heats up");
  assert.equal(headlineOf("Trump leads pack; terrorism a top issue; \r\nPoll shows voters worried.\r\n\r\nThe poll was taken last week."), "Trump leads pack; terrorism a top issue");
  // no deck line and blank line after it: a paragraph that goes on
  assert.equal(headlineOf("The talks went on for hours;\nthe ministers then left the room\nand flew home.\n\nMore."), undefined);
});

test("abbreviations do not split a headline, and a two-sentence headline in title case is one", () => {
  assert.equal(headlineOf("Dr. Ada Quint: Mayor ‘Not Fit To Serve.’\n\nThe candidate spoke on Monday."), "Dr. Ada Quint: Mayor ‘Not Fit To Serve.’");
  assert.equal(headlineOf("Court in St. Louis backs Gov. Ray Pike on schools.\n\nThe court ruled on Monday."), "Court in St. Louis backs Gov. Ray Pike on schools");
  assert.equal(headlineOf("Senators Finally Confirmed A Judge. Is This The Last One?\n\nThe Senate voted on Tuesday."), "Senators Finally Confirmed A Judge. Is This The Last One?");
  // sentence case with two sentences is still an opening paragraph
  assert.equal(headlineOf("The senators confirmed a judge. It was the last one this year.\n\nMore text."), undefined);
});
