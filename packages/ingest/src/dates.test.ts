import { test } from "node:test";
import assert from "node:assert/strict";
import { dateFromFileName, dateFromUrl, dateInText, pickDate, toIsoDate } from "./dates.js";

test("toIsoDate: ISO with offset keeps the publisher's day; RFC 822; compact; garbage", () => {
  assert.equal(toIsoDate("2025-02-18T23:30:00-05:00"), "2025-02-18");
  assert.equal(toIsoDate("Tue, 18 Feb 2025 06:30:00 GMT"), "2025-02-18");
  assert.equal(toIsoDate("20250220"), "2025-02-20");
  assert.equal(toIsoDate("2025-02-30"), null);
  assert.equal(toIsoDate("yesterday"), null);
  assert.equal(toIsoDate(undefined), null);
});

test("dateFromUrl: /yyyy/mm/dd/, yyyy-mm-dd, compact; not ids that look like numbers", () => {
  assert.equal(dateFromUrl("https://x.example/2025/02/18/talks.html"), "2025-02-18");
  assert.equal(dateFromUrl("https://x.example/news/2025-02-18-talks"), "2025-02-18");
  assert.equal(dateFromUrl("https://x.example/a/20250218/talks"), "2025-02-18");
  assert.equal(dateFromUrl("https://x.example/story/123456789"), null);
  assert.equal(dateFromUrl("https://x.example/2025/13/01/x"), null);
});

test("pickDate: the first signal not after the fetch day", () => {
  const fetched = "2025-03-01T10:00:00Z";
  assert.deepEqual(pickDate([{ date: "2099-01-01", from: "meta" }, null, { date: "2025-02-18", from: "url" }], fetched), { date: "2025-02-18", from: "url" });
  assert.deepEqual(pickDate([{ date: "2025-03-01", from: "json-ld" }], fetched), { date: "2025-03-01", from: "json-ld" });
  assert.equal(pickDate([{ date: "2025-03-02", from: "text" }], fetched), null);
});

test("dateFromFileName: corpus file names carry dates", () => {
  assert.equal(dateFromFileName("../x/polnear/train/text/breitbart_2015-11-16_o-malley-campaign.txt"), "2015-11-16");
  assert.equal(dateFromFileName("2019-05-16.txt"), "2019-05-16");
  assert.equal(dateFromFileName("/data/2019-05-16/story.txt"), null, "only the name, not the folders");
  assert.equal(dateFromFileName("report-2019-13-01.txt"), null);
});

test("toIsoDate: written dates are read as written, whatever the machine's time zone", () => {
  const tz = process.env.TZ;
  process.env.TZ = "Asia/Tokyo";
  try {
    assert.equal(toIsoDate("February 18, 2025"), "2025-02-18");
    assert.equal(toIsoDate("Feb. 18, 2025 11:45 p.m. ET"), "2025-02-18");
    assert.equal(toIsoDate("Tue Feb 18 2025 23:30:00 GMT-0500"), "2025-02-18");
    assert.equal(toIsoDate("2025/02/18"), "2025-02-18");
    assert.equal(toIsoDate("18th of February, 2025"), "2025-02-18");
    assert.equal(toIsoDate("2/18/2025"), "2025-02-18");
    assert.equal(toIsoDate("1739923200"), "2025-02-19", "epoch seconds: the UTC day");
  } finally {
    if (tz === undefined) delete process.env.TZ; else process.env.TZ = tz;
  }
});

test("toIsoDate: an offset that changes the day in UTC keeps the publisher's day", () => {
  assert.equal(toIsoDate("2025-06-05T01:10:00+03:00"), "2025-06-05");
  assert.equal(toIsoDate("2025-02-18T23:30:00-05:00"), "2025-02-18");
});

test("dateInText: the first written date of a byline; words that only start like months are none", () => {
  assert.equal(dateInText("By Jun Ito | 14 November 2025"), "2025-11-14");
  assert.equal(dateInText("Published March 2, 2025 · Updated March 3, 2025"), "2025-03-02");
  assert.equal(dateInText("Decision 12, 2025"), null);
  assert.equal(dateInText("Page 2 of 3"), null);
});

test("dateFromUrl: a date in the query string is not the page's", () => {
  assert.equal(dateFromUrl("https://x.example/world/story?date=2025-02-18"), null);
  assert.equal(dateFromUrl("https://x.example/2025/02/18/story?ref=2024-01-01"), "2025-02-18");
  assert.equal(dateFromUrl("https://x.example/world/2025/feb/18/talks-resume"), "2025-02-18", "month names in the path");
  assert.equal(dateFromUrl("https://x.example/world/2025/feb/talks"), null);
});
