/**
 * Turning a news page into an article: readability (over linkedom's DOM) finds the body
 * without boilerplate; title and publication date come from the page's own markup.
 */
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { dateFromText, dateFromUrl, pickDate, toIsoDate, type DateSignal } from "./dates.js";

export interface PageArticle {
  text: string;
  title?: string;
  published?: DateSignal;
}

const BLOCK = new Set(["P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "SECTION", "ARTICLE", "HEADER", "FIGCAPTION", "DT", "DD", "TABLE", "UL", "OL"]);

interface NodeLike { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<NodeLike> }

/** Text of a DOM subtree with a blank line between blocks and single spaces inside them. */
export function blockText(root: NodeLike): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const t = current.replace(/[ \t\r\n\u00a0]+/g, " ").trim();
    if (t) blocks.push(t);
    current = "";
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) { current += node.textContent ?? ""; return; }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === "SCRIPT" || name === "STYLE" || name === "NOSCRIPT") return;
    if (name === "BR") { current += "\n"; return; }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}

const META_DATE = [
  "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publication_date",
  "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
];

type Doc = ReturnType<typeof parseHTML>["document"];

function metaContent(document: Doc, names: string[]): string | null {
  const found = new Map<string, string>();
  for (const el of document.querySelectorAll("meta")) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").toLowerCase();
    const content = el.getAttribute("content");
    if (key && content && !found.has(key)) found.set(key, content);
  }
  for (const n of names) if (found.has(n)) return found.get(n)!;
  return null;
}

function jsonLd(document: Doc): { date: string | null; headline: string | null } {
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(el.textContent ?? "");
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const item = stack.pop();
      if (Array.isArray(item)) { stack.push(...item); continue; }
      if (!item || typeof item !== "object") continue;
      const obj = item as Record<string, unknown>;
      if (typeof obj.datePublished === "string") {
        return { date: obj.datePublished, headline: typeof obj.headline === "string" ? obj.headline : null };
      }
      if (obj["@graph"]) stack.push(obj["@graph"]);
    }
  }
  return { date: null, headline: null };
}

function signal(value: string | null, from: DateSignal["from"]): DateSignal | null {
  const date = toIsoDate(value);
  return date ? { date, from } : null;
}

export interface ReadPageOptions {
  url?: string;
  fetchedAt: string;
  /** A date from the feed or sitemap that listed the page. */
  hint?: DateSignal;
}

/** Extract the article of an HTML page; null text means readability found no article. */
export function readPage(html: string, opts: ReadPageOptions): PageArticle {
  const { document } = parseHTML(html);
  const ld = jsonLd(document);
  const metaDate = metaContent(document, META_DATE);
  const timeEl = document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const ogTitle = metaContent(document, ["og:title", "twitter:title"]);
  const h1 = document.querySelector("h1")?.textContent?.trim() || null;
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  let text = parsed?.content ? blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as NodeLike) : "";
  if (!text) text = blockText(parseHTML(html).document.body as unknown as NodeLike);
  const title = (ogTitle ?? ld.headline ?? h1 ?? parsed?.title ?? "").trim() || undefined;
  const published = pickDate([
    signal(ld.date, "json-ld"), signal(metaDate, "meta"), signal(timeEl, "meta"), opts.hint ?? null,
    signal(dateFromUrl(opts.url), "url"), signal(dateFromText(text), "text"),
  ], opts.fetchedAt) ?? undefined;
  return { text, title, published };
}
