/** Reading news pages (fixtures/html/: small pages of our own text, modelled on common CMS layouts). */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { cleanTitle, readPage } from "./html.js";

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/html/${name}`, import.meta.url), "utf8");
const fetchedAt = "2025-12-01T00:00:00Z";
const noLd = (html: string) => html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, "");
const noMetaDates = (html: string) => html.replace(/<meta property="article:[a-z_]+" content="[^"]*">/g, "");

test("WordPress page: headline without the site, the published date (not the modified one, not today's, not a comment's), no boilerplate", () => {
  const page = readPage(fixture("wordpress.html"), { url: "https://courier.example/2025/02/18/ferry-timetable/", fetchedAt });
  assert.equal(page.title, "Harbour council approves new ferry timetable");
  // datePublished 23:30 at -05:00 is the 19th in UTC: the publisher's day is kept
  assert.deepEqual(page.published, { date: "2025-02-18", from: "json-ld" });
  assert.equal(page.short, undefined);
  assert.match(page.text, /^The harbour council voted seven to two/);
  assert.match(page.text, /due to start on April 7\.$/);
  for (const junk of [/cookies/, /Advertisement/, /inbox|Sign up/, /Read more/, /Photo:/, /About time/, /joined the paper/, /Ferry fares/, /Share/, /Updated March 2/, /All rights reserved/]) {
    assert.doesNotMatch(page.text, junk);
  }
});

test("without JSON-LD: article:published_time beats article:modified_time written before it", () => {
  const page = readPage(noLd(fixture("wordpress.html")), { fetchedAt });
  assert.deepEqual(page.published, { date: "2025-02-18", from: "meta" });
});

test("without JSON-LD and meta dates: the byline's <time>, not the header's today, the 'Updated' one, related lists or comments", () => {
  const html = noMetaDates(noLd(fixture("wordpress.html")));
  assert.deepEqual(readPage(html, { fetchedAt }).published, { date: "2025-02-18", from: "time" });
  // no class naming it published: still the byline's, the one after "Updated" and those around the story are passed over
  const bare = html.replace(/ class="(?:entry-date published|updated)"/g, "");
  assert.deepEqual(readPage(bare, { fetchedAt }).published, { date: "2025-02-18", from: "time" });
  // no <time> in the story at all: the URL's date, before any written in comments
  const noTimes = html.replace(/<time[^>]*>[^<]*<\/time>/g, "");
  assert.deepEqual(readPage(noTimes, { url: "https://courier.example/2025/02/18/ferry/", fetchedAt }).published, { date: "2025-02-18", from: "url" });
});

const ldPage = (ld: unknown) => `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article><h1>Story</h1><p>${"Text of the story. ".repeat(40)}</p></article></body></html>`;

test("JSON-LD: the article in a @graph wins over a WebPage in UTC, whatever the order; a list of other stories never does", () => {
  const webPage = { "@type": "WebPage", datePublished: "2025-02-19T04:30:00+00:00" };
  const article = { "@type": ["NewsArticle"], headline: "Story", datePublished: "2025-02-18T23:30:00-05:00" };
  const list = { "@type": "ItemList", itemListElement: [{ "@type": "NewsArticle", datePublished: "2025-01-01T10:00:00Z" }] };
  for (const graph of [[webPage, article], [article, webPage], [list, webPage, article]]) {
    assert.deepEqual(readPage(ldPage({ "@context": "https://schema.org", "@graph": graph }), { fetchedAt }).published, { date: "2025-02-18", from: "json-ld" }, JSON.stringify(graph));
  }
  // a WebPage's date when no article carries one; a related list's stories are never the page's
  assert.deepEqual(readPage(ldPage([list, webPage]), { fetchedAt }).published, { date: "2025-02-19", from: "json-ld" });
  assert.equal(readPage(ldPage([list]), { fetchedAt }).published, undefined);
  const page = readPage(fixture("ld-array.html"), { url: "https://meridian.example/world/grain-exports?date=2024-01-01", fetchedAt });
  assert.deepEqual(page.published, { date: "2025-06-05", from: "json-ld" });
});

test("JSON-LD wrapped in CDATA, with raw line breaks in strings and a trailing comma, still reads", () => {
  const html = `<html><head><script type="application/ld+json; charset=utf-8">//<![CDATA[
{"@type":"NewsArticle","headline":"Line
break","datePublished":"2024-07-01T08:00:00+02:00",}
//]]></script></head><body><article><h1>Line break</h1><p>${"Text of the story. ".repeat(40)}</p></article></body></html>`;
  assert.deepEqual(readPage(html, { fetchedAt }).published, { date: "2024-07-01", from: "json-ld" });
});

test("a body split over several <div>s is read whole, without the ad and READ MORE boxes between the parts", () => {
  const page = readPage(fixture("ld-array.html"), { fetchedAt });
  assert.match(page.text, /Grain ships began loading/);
  assert.match(page.text, /Traders said the stoppage/);
  assert.match(page.text, /revised loading schedule/);
  assert.doesNotMatch(page.text, /Advertisement|READ MORE|Wheat prices climb|Meridian Daily/);
});

test("a written byline date, not the top bar's today nor a related story's; a date in the query string is no date", () => {
  const html = fixture("plain-news.html");
  const page = readPage(html, { url: "https://ledger.example/world/museum-panels?ref=2025-11-19", fetchedAt });
  assert.deepEqual(page.published, { date: "2025-11-14", from: "byline" });
  assert.doesNotMatch(page.text, /Photo credit|Share this article|You may also like|Stolen bell/);
  // the <title> alone: section and site names after '|' are dropped
  const titleOnly = readPage(html.replace(/<meta name="twitter:title"[^>]*>/, "").replace(/<h1>[^<]*<\/h1>/, ""), { fetchedAt });
  assert.equal(titleOnly.title, "Museum returns carved panels to temple");
  // no date in the byline: none from the query string
  const undated = html.replace(/<span class="date">[^<]*<\/span>/, "");
  assert.equal(readPage(undated, { url: "https://ledger.example/world/museum-panels?ref=2025-11-19", fetchedAt }).published, undefined);
});

test("a video page with a two-line caption is a short page: the caption, not the menus, cookie notice or video lists", () => {
  const page = readPage(fixture("video-short.html"), { fetchedAt });
  assert.equal(page.short, true);
  assert.equal(page.text, "Drone footage shows the river spilling into the old town on Saturday morning. Residents were told to move cars away from the embankment.");
  assert.equal(page.title, "Watch: Flood waters reach the old town square");
  assert.deepEqual(page.published, { date: "2025-04-12", from: "meta" });
});

test("AMP live blog: entries without their time stamps, consent box, share buttons, ads or photo credits; the blog's start date", () => {
  const page = readPage(fixture("amp-liveblog.html"), { url: "https://tribune.example/amp/politics/live-election-night", fetchedAt });
  assert.deepEqual(page.published, { date: "2025-05-08", from: "json-ld" });
  assert.equal(page.title, "Live: Election night results as counting continues");
  assert.match(page.text, /turnout at about 61 percent[\s\S]*First seat declared[\s\S]*Polling stations across the valley closed/);
  assert.doesNotMatch(page.text, /^\d\d:\d\d$/m);
  assert.doesNotMatch(page.text, /cookies|Advertisement|Photograph:/);
  // no og:title nor JSON-LD headline nor h1: the <title> without " — Valley Tribune"
  const bare = noLd(fixture("amp-liveblog.html")).replace(/<h1>[^<]*<\/h1>/, "");
  assert.equal(readPage(bare, { url: "https://tribune.example/amp/politics/live-election-night", fetchedAt }).title, "Live: Election night results as counting continues");
});

test("cleanTitle: site suffixes and prefixes go, entities are decoded, a dash inside a headline stays", () => {
  assert.equal(cleanTitle("Talks resume in Geneva | The Daily Example", []), "Talks resume in Geneva");
  assert.equal(cleanTitle("Talks resume in Geneva - The Daily Example", ["The Daily Example"]), "Talks resume in Geneva");
  assert.equal(cleanTitle("Talks resume in Geneva – Daily Example", [], "www.dailyexample.com"), "Talks resume in Geneva");
  assert.equal(cleanTitle("DailyExample.com: no separator, no change", [], "dailyexample.com"), "DailyExample.com: no separator, no change");
  assert.equal(cleanTitle("The Daily Example | Talks resume in Geneva after a week", ["The Daily Example"]), "Talks resume in Geneva after a week");
  assert.equal(cleanTitle("Mayor&#8217;s plan: roads &amp;amp; rail &amp;#8217;first&#8217;", []), "Mayor’s plan: roads & rail ’first’");
  assert.equal(cleanTitle("Trump - Biden debate draws record audience", ["Example News"], "news.example"), "Trump - Biden debate draws record audience");
  assert.equal(cleanTitle("Port strike ends | Business | Meridian Daily", []), "Port strike ends");
  assert.equal(cleanTitle("Trump - Biden debate draws record audience", ["Trumpet Daily"], "trumpetdaily.example"), "Trump - Biden debate draws record audience");
  assert.equal(cleanTitle("Harbour vote passes - Courier", ["The Coastline Courier"], "courier.example"), "Harbour vote passes");
});

test("component-block layout: image source/caption lines, a date standing alone, 'Follow us' and the topics and 'more on this story' boxes are dropped", () => {
  const page = readPage(fixture("blocks-layout.html"), { url: "https://nb.example/news/uk-12345678", fetchedAt });
  assert.equal(page.title, "Rail operator fined over cancelled trains");
  // stamped 23:05 UTC on 30 September; the page shows 1 October, the publisher's day
  assert.deepEqual(page.published, { date: "2025-10-01", from: "byline" });
  assert.match(page.text, /A rail operator has been fined £2\.4m[\s\S]*reviewed when it expires in 2027\.$/);
  assert.doesNotMatch(page.text, /Image source|Image caption|Passengers waited|^1 October 2025$|Follow|Related topics|Rail travel|Strike dates|Copyright/m);
});

test("wire page: NYT/AP-style furniture lines and a long comments section are dropped; the dateline's published date, not the update or the comments'", () => {
  const html = fixture("wire-comments.html");
  const page = readPage(html, { url: "https://southernpost.example/news/drought-limits", fetchedAt });
  assert.equal(page.title, "Drought forces water limits in three provinces");
  assert.deepEqual(page.published, { date: "2025-08-14", from: "meta" });
  assert.equal(page.short, undefined, "a three-paragraph story is no short page");
  assert.match(page.text, /^Three provinces ordered limits[\s\S]*told reporters in the capital\.$/);
  assert.doesNotMatch(page.text, /Supported by|Continue reading|Copyright|Comments|orchards|Posted by/);
  const noMeta = html.replace(/<meta name="pubdate"[^>]*>/, "");
  assert.deepEqual(readPage(noMeta, { fetchedAt }).published, { date: "2025-08-14", from: "byline" });
  // a written date after "Updated" only: no byline date, and the comments' dates are never taken
  const updatedOnly = noMeta.replace(/Published Aug\. 14, 2025 at 6:20 p\.m\. \| /, "");
  assert.equal(readPage(updatedOnly, { fetchedAt }).published, undefined);
});

test("boilerplate lines are whole blocks only: a story's sentence mentioning cookies, photos or sharing stays", () => {
  const body = [
    "The bakery sold 4,000 cookies on the first day, its owner said, and will open a second shop in the spring.",
    "Photo: the winning entry showed a heron on a frozen canal, and the judges said it stood out from 2,000 others.",
    "Shareholders will vote on the merger at a meeting in Oslo next month, the company said in a filing on Monday.",
    "Read more about the plan in the council's report, which runs to 300 pages and was published late on Friday evening.",
  ];
  const html = `<html><body><article><h1>Bakery grows</h1>${body.map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
  const { text } = readPage(html, { fetchedAt });
  assert.ok(text.endsWith(body.join("\n\n")), text);
});

test("a UTC stamp yields to the day the byline shows only when they are one day apart", () => {
  const page = (stamp: string, shown: string) => `<html><head><meta property="article:published_time" content="${stamp}"></head><body><article><h1>Story</h1><div class="byline"><time datetime="${stamp}">${shown}</time></div><p>${"Text of the story. ".repeat(30)}</p></article></body></html>`;
  assert.deepEqual(readPage(page("2025-03-04T22:30:00Z", "March 5, 2025"), { fetchedAt }).published, { date: "2025-03-05", from: "byline" });
  assert.deepEqual(readPage(page("2025-03-04T22:30:00-05:00", "March 5, 2025"), { fetchedAt }).published, { date: "2025-03-04", from: "meta" }, "an offset given is the publisher's own");
  assert.deepEqual(readPage(page("2025-03-04T22:30:00Z", "March 9, 2025"), { fetchedAt }).published, { date: "2025-03-04", from: "meta" });
  assert.deepEqual(readPage(page("2025-03-04T22:30:00Z", "22:30"), { fetchedAt }).published, { date: "2025-03-04", from: "meta" });
});

test("an <h1> outside the story that is the site's logo is no title; the <title> without the site is", () => {
  const html = `<html><head><title>Talks resume in Geneva | The Daily Example</title><meta property="og:site_name" content="The Daily Example"></head><body><header><h1>The Daily Example</h1></header><div><p>${"Text of the story. ".repeat(30)}</p></div></body></html>`;
  assert.equal(readPage(html, { fetchedAt }).title, "Talks resume in Geneva");
  // a short headline that is no site name stays a title
  const short = html.replace("<h1>The Daily Example</h1>", "<h1>Talks resume</h1>").replace(/<title>[^<]*<\/title>/, "");
  assert.equal(readPage(short, { fetchedAt }).title, "Talks resume");
});

test("a box named like boilerplate that wraps the story is kept (a page-wide <form>, a 'has-share-bar' wrapper without an <h1>)", () => {
  const story = ["The port reopened on Monday after a week of repairs to the main quay, the harbour master said.", "Ships that had waited offshore began unloading by midday, and the backlog should clear by Friday.", "Fishermen said the closure had cost them a week of catches at the height of the season."];
  const body = story.map((p) => `<p>${p} ${"More words of the story follow here. ".repeat(3)}</p>`).join("");
  for (const html of [
    `<html><body><form id="aspnetForm"><nav><a href="/">Home</a></nav><h1>Port reopens</h1>${body}</form></body></html>`,
    `<html><body><div class="post-wrapper has-share-bar">${body}</div><div class="share-bar"><a>Share</a></div></body></html>`,
  ]) {
    const { text } = readPage(html, { fetchedAt });
    for (const p of story) assert.ok(text.includes(p), `${p}\n---\n${text}`);
    assert.doesNotMatch(text, /^(?:Home|Share)$/m);
  }
});

test("captions ending in a credit, related link lists, social embed furniture and paywall prompts are dropped; the embedded post's text stays", () => {
  const para = (s: string) => `<p>${s} ${"The story goes on with more about the same event and what led to it. ".repeat(2)}</p>`;
  const html = `<html><body><article><h1>Bridge closes for repairs</h1>
${para("The old bridge closed on Monday for six weeks of repairs, the council said.")}
<div class="image"><img src="a.jpg"><span>Workers set up barriers on Monday. (AP Photo/Jane Doe)</span></div>
${para("Drivers face a detour of about twelve kilometres through the valley.")}
<h3>Related</h3><ul><li><a href="/a">Council approves budget for roads</a></li><li><a href="/b">Ferry service extended</a></li></ul>
<blockquote class="instagram-media"><p>View this post on Instagram</p><p>A post shared by Town Council (@towncouncil)</p></blockquote>
<blockquote class="twitter-tweet"><p>The bridge is closed from today. Please use the signed detour.</p>— Town Council (@towncouncil) <a href="#">March 3, 2025</a></blockquote>
${para("The council expects to reopen the bridge before the summer.")}
<p>Subscribe to continue reading</p>
</article></body></html>`;
  const { text } = readPage(html, { fetchedAt });
  assert.match(text, /The old bridge closed[\s\S]*twelve kilometres[\s\S]*The bridge is closed from today\. Please use the signed detour\.[\s\S]*before the summer/);
  assert.doesNotMatch(text, /Workers set up|AP Photo|Council approves|Ferry service|Instagram|post shared|@towncouncil|Subscribe/);
});

test("a <time> in a ticker before the story, in no box the rules know, loses to the one in the story's <article>", () => {
  const html = `<html><body><div class="news-strip"><a href="/x">Storm warning issued</a> <time datetime="2025-03-03T08:00:00Z">8:00</time></div>
<article><h1>Bridge closes</h1><p class="meta">By Ann Lee, <time datetime="2025-02-27T10:00:00+01:00">27 February 2025</time></p><p>${"Text of the story. ".repeat(30)}</p></article></body></html>`;
  assert.deepEqual(readPage(html, { fetchedAt }).published, { date: "2025-02-27", from: "time" });
});

test("og:title reworded for sharing vs the <h1> shown in the story: the shown one; og:title when the story has no headline of its own", () => {
  const page = (h1: string) => `<html><head><meta property="og:title" content="You won't believe what the council did with the old bridge"><title>Bridge closes | Town Times</title></head><body><article>${h1}<p>${"Text of the story. ".repeat(30)}</p></article></body></html>`;
  assert.equal(readPage(page("<h1>Old bridge closes for six weeks of repairs</h1>"), { fetchedAt }).title, "Old bridge closes for six weeks of repairs");
  assert.equal(readPage(page("<h1>News</h1>"), { fetchedAt }).title, "You won't believe what the council did with the old bridge");
  assert.equal(readPage(page(""), { fetchedAt }).title, "You won't believe what the council did with the old bridge");
});
