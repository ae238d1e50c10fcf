import { test } from "node:test";
import assert from "node:assert/strict";
import { isListingXml, parseListing } from "./feeds.js";

test("RSS 2.0 items: link, title, date, inline content", () => {
  const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
  <item><title>A &amp; B</title><link>https://x.example/a</link><pubDate>Tue, 18 Feb 2025 06:30:00 GMT</pubDate><content:encoded><![CDATA[<p>Hi</p>]]></content:encoded></item>
  </channel></rss>`;
  assert.ok(isListingXml(xml));
  assert.deepEqual(parseListing(xml), { kind: "feed", title: "T", entries: [{ url: "https://x.example/a", title: "A & B", date: "Tue, 18 Feb 2025 06:30:00 GMT", html: "<p>Hi</p>" }] });
});

test("Atom entries: the alternate link, published before updated", () => {
  const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
  <entry><title>E</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/e"/><updated>2025-02-20T00:00:00Z</updated><published>2025-02-19T00:00:00Z</published></entry>
  <entry><title>G</title><link href="https://x.example/g"/><updated>2025-02-21T00:00:00Z</updated></entry></feed>`;
  const listing = parseListing(xml);
  assert.equal(listing?.kind, "feed");
  assert.deepEqual(listing?.kind === "feed" && listing.entries.map((e) => [e.url, e.date]), [["https://x.example/e", "2025-02-19T00:00:00Z"], ["https://x.example/g", "2025-02-21T00:00:00Z"]]);
});

test("sitemaps: urlset with Google News dates, sitemap index", () => {
  const urlset = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://x.example/a</loc><news:news><news:publication_date>2025-02-18</news:publication_date><news:title>A</news:title></news:news></url>
  <url><loc>https://x.example/b</loc><lastmod>2025-02-19</lastmod></url></urlset>`;
  assert.deepEqual(parseListing(urlset), { kind: "sitemap", entries: [
    { url: "https://x.example/a", title: "A", date: "2025-02-18" }, { url: "https://x.example/b", title: undefined, date: "2025-02-19" },
  ] });
  const index = `<sitemapindex><sitemap><loc>https://x.example/s1.xml</loc></sitemap><sitemap><loc>https://x.example/s2.xml</loc></sitemap></sitemapindex>`;
  assert.deepEqual(parseListing(index), { kind: "sitemapindex", sitemaps: ["https://x.example/s1.xml", "https://x.example/s2.xml"] });
  assert.equal(parseListing("<html><body/></html>"), null);
});
