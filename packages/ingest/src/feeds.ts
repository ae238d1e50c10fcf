/**
 * RSS 2.0, Atom and sitemaps (urlset, sitemapindex, Google News extensions) to entries:
 * a link plus what the listing says about it (title, date, inline content).
 */
import { XMLParser } from "fast-xml-parser";

export interface FeedEntry {
  url?: string;
  title?: string;
  /** Raw date string as the feed gives it. */
  date?: string;
  /** Inline HTML (content:encoded, Atom content) when the feed carries the article. */
  html?: string;
}

export type Listing =
  | { kind: "feed"; title?: string; entries: FeedEntry[] }
  | { kind: "sitemap"; entries: FeedEntry[] }
  | { kind: "sitemapindex"; sitemaps: string[] };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: false,
  textNodeName: "#text",
  processEntities: true,
  htmlEntities: true,
});

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function text(x: unknown): string | undefined {
  if (x === undefined || x === null) return undefined;
  if (typeof x === "string" || typeof x === "number") return String(x).trim() || undefined;
  if (typeof x === "object" && "#text" in (x as object)) return text((x as Record<string, unknown>)["#text"]);
  return undefined;
}

/** Does this look like a feed or sitemap (by its first bytes)? */
export function isListingXml(head: string): boolean {
  return /<(rss|feed|urlset|sitemapindex|rdf:RDF)[\s>]/.test(head.slice(0, 2000));
}

/** Parse a feed or sitemap; null when the XML is neither. */
export function parseListing(xml: string): Listing | null {
  const doc = parser.parse(xml) as Record<string, any>;
  if (doc.rss?.channel || doc["rdf:RDF"]) {
    const channel = doc.rss?.channel ?? doc["rdf:RDF"];
    const items = list(doc.rss?.channel?.item ?? doc["rdf:RDF"]?.item);
    return {
      kind: "feed", title: text(channel.title),
      entries: items.map((it: Record<string, unknown>) => ({
        url: text(it.link) ?? text(it.guid),
        title: text(it.title),
        date: text(it.pubDate) ?? text(it["dc:date"]),
        html: text(it["content:encoded"]),
      })),
    };
  }
  if (doc.feed) {
    return {
      kind: "feed", title: text(doc.feed.title),
      entries: list(doc.feed.entry).map((e: Record<string, any>) => {
        const links = list(e.link) as Record<string, string>[];
        const link = links.find((l) => !l["@rel"] || l["@rel"] === "alternate") ?? links[0];
        return { url: link?.["@href"], title: text(e.title), date: text(e.published) ?? text(e.updated), html: text(e.content) };
      }),
    };
  }
  if (doc.urlset) {
    return {
      kind: "sitemap",
      entries: list(doc.urlset.url).map((u: Record<string, any>) => ({
        url: text(u.loc),
        title: text(u["news:news"]?.["news:title"]),
        date: text(u["news:news"]?.["news:publication_date"]) ?? text(u.lastmod),
      })),
    };
  }
  if (doc.sitemapindex) {
    return { kind: "sitemapindex", sitemaps: list(doc.sitemapindex.sitemap).map((s: Record<string, unknown>) => text(s.loc)).filter((x): x is string => !!x) };
  }
  return null;
}
