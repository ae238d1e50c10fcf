/**
 * Turning a news page into an article: readability (over linkedom's DOM) finds the body
 * without boilerplate; title and publication date come from the page's own markup.
 */
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { dateFromText, dateFromUrl, dateInText, pickDate, toIsoDate, type DateSignal } from "./dates.js";

export interface PageArticle {
  text: string;
  title?: string;
  published?: DateSignal;
  /** A page with little text (a video and its caption, a photo, a brief): its text is all it has, not a story's body. */
  short?: boolean;
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
type El = ReturnType<Doc["querySelector"]> & object;

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

/** schema.org types that are the page's story (NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, …). */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;
/** Properties that hold other stories (related lists, live-blog entries, comments), never the page's own. */
const NOT_THE_PAGE = new Set(["itemListElement", "liveBlogUpdate", "comment", "hasPart", "isPartOf", "relatedLink", "significantLink", "citation", "review", "about", "mentions", "author", "publisher", "video", "image", "associatedMedia"]);

function parseLd(raw: string): unknown {
  const body = raw.replace(/^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)/, "").replace(/(?:\/\/\s*)?(?:-->|\]\]>)\s*$/, "");
  try {
    return JSON.parse(body);
  } catch {
    // Raw line breaks inside strings and trailing commas are common in hand-made JSON-LD.
    try {
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, " ").replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return undefined;
    }
  }
}

interface LdFacts { date: string | null; headline: string | null; site: string | null }

/**
 * The page's own story in its JSON-LD: the first object of an article type with a
 * datePublished, in document order, found through arrays, @graph and mainEntity; a
 * WebPage's datePublished only when no article has one. Lists of other stories (ItemList
 * entries, live-blog updates, comments) are not searched.
 */
function jsonLd(document: Doc): LdFacts {
  let article: Record<string, unknown> | null = null;
  let other: Record<string, unknown> | null = null;
  let site: string | null = null;
  const visit = (item: unknown, depth: number): void => {
    if (article || depth > 6 || !item || typeof item !== "object") return;
    if (Array.isArray(item)) { for (const x of item) visit(x, depth + 1); return; }
    const obj = item as Record<string, unknown>;
    const types = ([] as unknown[]).concat(obj["@type"] ?? []).filter((t): t is string => typeof t === "string");
    if (typeof obj.datePublished === "string" || typeof obj.dateCreated === "string") {
      if (types.some((t) => ARTICLE_TYPE.test(t))) { article = obj; return; }
      other ??= obj;
    }
    if (!site && types.some((t) => t === "WebSite" || t === "NewsMediaOrganization") && typeof obj.name === "string") site = obj.name;
    const pub = obj.publisher as Record<string, unknown> | undefined;
    if (!site && pub && typeof pub === "object" && typeof pub.name === "string") site = pub.name;
    for (const [k, v] of Object.entries(obj)) if (v && typeof v === "object" && !NOT_THE_PAGE.has(k)) visit(v, depth + 1);
  };
  for (const el of document.querySelectorAll("script")) {
    if (!/^\s*application\/ld\+json\b/i.test(el.getAttribute("type") ?? "")) continue;
    visit(parseLd(el.textContent ?? ""), 0);
    if (article) break;
  }
  const best = (article ?? other) as Record<string, unknown> | null;
  if (!best) return { date: null, headline: null, site };
  const date = typeof best.datePublished === "string" ? best.datePublished : typeof best.dateCreated === "string" ? best.dateCreated : null;
  const headline = typeof best.headline === "string" ? best.headline : null;
  return { date, headline, site };
}

/** Class, id and itemprop of an element, lower-cased, as one string to test words in. */
function marks(el: El): string {
  return `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""} ${el.getAttribute("itemprop") ?? ""} ${el.getAttribute("data-component") ?? ""}`.toLowerCase();
}

/** Parts of a page around the story: a date inside them is not the story's. */
const AROUND = /(?:^|[\s_-])(?:related|recommended|more|comments?|comment-list|replies|sidebar|widget|footer|nav|menu|top-?bar|masthead|site-header|breadcrumbs?|trending|popular|most-read|teasers?|cards?|promo|ticker|latest|headlines|rail|listing|archive|pagination|next|prev|previous)(?:$|[\s_-])/;
const UPDATED = /(?:^|[\s_-])(?:updated?|modified|datemodified|last-?mod)/;
const PUBLISHED = /(?:^|[\s_-])(?:published|datepublished|pubdate|publish-?date|posted|post-?date|entry-date|created)/;
const DATE_BOX = /(?:^|[\s_-])(?:date|dateline|time|timestamp|published|pubdate|posted|byline|article-?meta|entry-meta|post-?meta|meta)(?:$|[\s_-])/;

/** Inside the site's frame (nav, footer, aside, a header outside the story) or a list around the story. */
function aroundStory(el: El): boolean {
  for (let p: El | null = el; p; p = p.parentElement as El | null) {
    const tag = p.tagName.toUpperCase();
    if (tag === "NAV" || tag === "FOOTER" || tag === "ASIDE") return true;
    if (tag === "HEADER" && !p.closest("article, main, [role=main]")) return true;
    if (AROUND.test(marks(p))) return true;
  }
  return false;
}

/**
 * The story's date written in its byline: a `<time datetime>` or an element marked
 * datePublished (the publication one before others, never one marked updated or inside
 * related lists, comments or the site's header), else a date written in an element marked
 * as the byline's date ("14 November 2025"), the part before an "Updated" when both are given.
 */
function bylineDate(document: Doc): (DateSignal & { raw: string; shown: string | null }) | null {
  // the story's own element first: the <article> or main part holding the headline
  const story = (document.querySelector("h1")?.closest("article, main, [role=main]") ?? null) as El | null;
  return (story && timeIn(story)) ?? timeIn(document as unknown as El) ?? writtenIn(document);
}

function timeIn(root: El): (DateSignal & { raw: string; shown: string | null }) | null {
  let firstTime: { date: string; raw: string; shown: string | null } | null = null;
  for (const el of root.querySelectorAll("time, [itemprop=datePublished], [pubdate]") as Iterable<El>) {
    const own = marks(el) + " " + marks((el.parentElement ?? el) as El) + ((el.hasAttribute("pubdate")) ? " pubdate" : "");
    if (UPDATED.test(own) && !PUBLISHED.test(marks(el))) continue;
    if (/^\s*(?:last\s+)?(?:updated|modified)\b/i.test(el.previousSibling?.textContent?.slice(-20) ?? "") && !PUBLISHED.test(own)) continue;
    if (aroundStory(el)) continue;
    const value = el.getAttribute("datetime") ?? el.getAttribute("content") ?? el.textContent ?? "";
    const date = toIsoDate(value) ?? dateInText(value);
    if (!date) continue;
    const shown = dateInText(el.textContent ?? "");
    if (PUBLISHED.test(own)) return { date, from: "time", raw: value, shown };
    firstTime ??= { date, raw: value, shown };
  }
  return firstTime ? { ...firstTime, from: "time" } : null;
}

function writtenIn(document: Doc): (DateSignal & { raw: string; shown: string | null }) | null {
  for (const el of document.querySelectorAll("[class], [id]") as Iterable<El>) {
    const m = marks(el);
    if (!DATE_BOX.test(m) || UPDATED.test(m) || aroundStory(el)) continue;
    const text = el.textContent ?? "";
    if (text.length > 160) continue;
    const before = text.split(/\b(?:last\s+)?(?:updated|modified)\b/i)[0];
    const date = dateInText(before);
    if (date) return { date, from: "byline", raw: before, shown: date };
  }
  return null;
}

/** Tags that are never the story: the site's frame, ads, consent dialogs, forms. */
const FRAME_TAGS = new Set(["NAV", "FOOTER", "ASIDE", "FORM", "DIALOG", "AMP-AD", "AMP-EMBED", "AMP-STICKY-AD", "AMP-CONSENT", "AMP-USER-NOTIFICATION", "AMP-SOCIAL-SHARE", "AMP-SIDEBAR", "BUTTON"]);
/** Class or id words of boilerplate boxes (cookie banners, newsletter sign-ups, share bars, related lists, comments, author bios, ads). */
const BOILER = /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|newsletters?|signup|sign-up|subscribe|subscription|share|sharing|sharebar|social|related|recommended|recirc|more-(?:videos|stories|news|articles)|read-?more|also-?read|comments?|comment-list|disqus|author-?bio|bio|about-?(?:the-)?author|advert|advertisement|ads?|ad-?slot|ad-?label|ad-?unit|ad-?container|adslot|dfp|sponsored|outbrain|taboola|breadcrumbs?|tags|topics|links|links-block|more-on|paywall|most-?(?:read|popular)|trending|skip-?link)(?:$|[\s_-])/;
const CAPTION = /(?:^|[\s_-])(?:caption|credit|credits|photo-?credit|image-?credit|byline-?photo)(?:$|[\s_-])/;

/**
 * Remove the page's boilerplate boxes before readability: frame tags, elements whose class
 * or id names a boilerplate box, and (with `captions`) figure captions and photo credits. An
 * element that holds the headline or most of the page's text is kept whatever its class says
 * (a wrapper "post has-share-buttons" is the story).
 */
function stripBoilerplate(document: Doc, captions: boolean): void {
  const body = document.body as El | null;
  if (!body) return;
  const total = (body.textContent ?? "").length;
  const h1 = document.querySelector("h1");
  const doomed: El[] = [];
  for (const el of body.querySelectorAll("*") as Iterable<El>) {
    const tag = el.tagName.toUpperCase();
    if (tag === "ARTICLE" || tag === "MAIN" || tag === "H1") continue;
    const m = marks(el);
    const hit = FRAME_TAGS.has(tag) || (tag === "HEADER" && !el.closest("article, main, [role=main]")) || BOILER.test(m) ||
      /^(?:navigation|complementary|banner|contentinfo|dialog|alertdialog)$/.test(el.getAttribute("role") ?? "") ||
      (captions && (tag === "FIGCAPTION" || CAPTION.test(m)));
    if (!hit) continue;
    if ((h1 && el.contains(h1)) || el.querySelector("article, main, [role=main], [itemprop=articleBody]")) continue;
    if ((el.textContent ?? "").length > total * 0.5) continue;
    doomed.push(el);
  }
  for (const el of doomed) el.remove();
  // Lists of links only (related stories) after a "Related"/"Read more" heading, or of three or more such items.
  for (const list of body.querySelectorAll("ul, ol") as Iterable<El>) {
    const items = [...list.children] as El[];
    if (items.length < 2 || !items.every(onlyLink)) continue;
    const prev = list.previousElementSibling as El | null;
    const lead = prev && /^(?:H[1-6]|P|DIV|SPAN|STRONG)$/.test(prev.tagName.toUpperCase()) && boilerLine((prev.textContent ?? "").trim()) ? prev : null;
    if (!lead && items.length < 3) continue;
    if (h1 && list.contains(h1)) continue;
    lead?.remove();
    list.remove();
  }
}

/** A list item that is one link and nothing else (a date or a dash beside it at most). */
function onlyLink(li: El): boolean {
  const text = (li.textContent ?? "").replace(/\s+/g, "");
  if (!text) return false;
  let linked = 0;
  for (const a of li.querySelectorAll("a") as Iterable<El>) linked += (a.textContent ?? "").replace(/\s+/g, "").length;
  return linked > 0 && linked >= text.length * 0.8;
}

/** Whole blocks that are boilerplate lines, whatever their markup. */
const BOILER_LINE = new RegExp("^(?:" + [
  "advertisements?", "advertising", "ad", "sponsored(?: content)?", "(?:story|article) continues (?:below|after)(?: (?:this|the))? (?:advertisement|ad)", "continue reading(?: below)?",
  "share(?: this)?(?: article| story| page| post)?(?: on \\w+)?", "share via \\w+", "(?:read|see|view) (?:more|also)", "also read", "more (?:videos|stories|news|on this story)",
  "related(?: stories| articles| content| coverage| links)?", "you (?:may|might) also like", "recommended(?: for you)?", "most (?:read|popular|viewed)", "top stories",
  "listen to (?:this|the) (?:article|story)", "view (?:this|the) post on \\w+", "a post shared by .{1,80}", "supported by", "continue reading the main story", "related topics", "(?:\\d+ )?(?:min(?:ute)?s?|mins) read", "skip (?:to )?(?:main )?(?:content|advertisement)", "click to expand",
].join("|") + ")[\\s.:!…]*$", "i");
/** A photo credit or caption credit standing alone. */
const CREDIT_LINE = /^(?:(?:image|photo|video) (?:source|caption)\s*,|\(?(?:photo|photos|photograph|image|picture|video|graphic|illustration|credit|photo credit|image credit|image source)s?\s*(?:credit)?\s*[:©]\s*[^.!?]{1,80}\)?$)/i;
/** A caption ending in its photo credit: "Workers set up barriers. (AP Photo/Jane Doe)", "…the pier. Photograph: Ann Lee/Agency". */
const CAPTION_END = /(?:\(\s*|[.!?]\s+|^)(?:[\p{L}]+\s+){0,2}(?:photo|photograph|photos|image|picture|pictures)\s*(?:credit)?\s*[:/]\s*[^.!?()]{1,60}\)?$/iu;
/** "Read more: <linked headline>" and the like. */
const LINK_LEAD = /^(?:read more|read also|also read|see also|related|recommended|more|watch|listen|read next|more on this)\s*[:|>»–—-]\s*\S/i;
/** A time stamp alone (live-blog entries): "02:40", "10.32 GMT", "5 mins ago". */
const TIME_LINE = /^(?:\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*[A-Z]{2,5})?|\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago|just now)$/i;
/** An "Updated …"/"Published …" note with a date: page furniture, and its date is not the story's. */
const STAMP_LINE = /^(?:last\s+)?(?:updated|published|posted|modified|first published)(?:\s+(?:on|at))?\s*[:\-–—]?\s*(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

function boilerLine(block: string): boolean {
  if (block.length > 300) return false;
  if (BOILER_LINE.test(block) || TIME_LINE.test(block)) return true;
  if (block.length <= 100 && CREDIT_LINE.test(block)) return true;
  if (block.length <= 150 && LINK_LEAD.test(block)) return true;
  if (block.length <= 300 && CAPTION_END.test(block)) return true;
  // an embedded post's signature: "— Name (@handle) March 3, 2025"
  if (block.length <= 120 && /^[—–-]\s*.{0,60}\(@\w+\)/.test(block)) return true;
  if (block.length <= 120 && /^(?:subscribe|sign in|log in|register)\b.{0,60}\bto (?:continue|read|keep reading|access|unlock)\b/i.test(block)) return true;
  if (block.length <= 120 && /^follow\b.{1,60}\bon (?:twitter|x|facebook|instagram|linkedin|tiktok|threads|bluesky|youtube)\b/i.test(block)) return true;
  if (/^(?:©|\(c\)|copyright\b)/i.test(block) || (block.length <= 200 && /\ball rights reserved\b/i.test(block))) return true;
  // a date alone (the byline's, written again as its own block)
  if (block.length <= 40 && dateInText(block) !== null && !/\p{L}{3,}.*\p{L}{3,}.*\p{L}{3,}/u.test(block.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/gi, ""))) return true;
  if (block.length <= 200 && STAMP_LINE.test(block) && (dateInText(block) !== null || /\d{1,2}[:.]\d{2}/.test(block))) return true;
  if (block.length <= 200 && /\b(?:newsletter|inbox)\b/i.test(block) && /\b(?:sign up|subscribe|get)\b/i.test(block)) return true;
  if (/\bcookies?\b/i.test(block) && /\b(?:we|our|this (?:site|website)|you agree|by (?:continuing|using))\b/i.test(block) && /\b(?:use|uses|using|accept|consent|browsing|continuing|settings|policy)\b/i.test(block)) return true;
  return false;
}

function dropBoilerLines(text: string): string {
  return text.split("\n\n").filter((b) => !boilerLine(b)).join("\n\n");
}

const ENTITY: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: " ", ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…" };

/** Entities left in a title after the parser's decoding (double-encoded ones: "&amp;#8217;"). */
function decodeEntities(s: string): string {
  for (let i = 0; i < 2 && s.includes("&"); i++) {
    s = s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (all, e: string) => {
      if (e[0] === "#") {
        const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
      }
      return ENTITY[e.toLowerCase()] ?? all;
    });
  }
  return s;
}

/** Whether a title part names the site: one of its names (og:site_name, JSON-LD publisher) or its host's label. */
function namesSite(part: string, sites: string[], host?: string): boolean {
  const p = squash(part);
  if (!p) return false;
  const names = sites.map(squash).filter((n) => n.length >= 2);
  // a part of the name counts when it is most of it ("Courier" of "The Courier"), not a word of it ("Trump" of "Trumpet Daily")
  if (names.some((n) => p === n || (p.includes(n) && wordCount(part) <= 6) || (n.includes(p) && p.length >= 4 && p.length * 3 >= n.length * 2))) return true;
  const label = host ? squash(host.replace(/^www\d?\./, "").split(".").slice(0, -1).join("")) : "";
  return label.length >= 4 && wordCount(part) <= 5 && (p.includes(label) || (label.includes(p) && p.length * 3 >= label.length * 2));
}

const SEPARATOR = /\s+(?:\||[-–—]|::|·|•|»|«)\s+/;
const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A page title without the site's name: a trailing (or leading) " | Site", " - Site",
 * " — Site" part is dropped when it names the site (og:site_name, the JSON-LD publisher or
 * website, the host name's label) or, after " | ", when it is a short section or site label
 * after a longer headline. A lone " - " inside a headline ("Trump - Biden debate") stays unless
 * it names the site.
 */
export function cleanTitle(raw: string, sites: string[], host?: string): string {
  let title = decodeEntities(raw).replace(/\s+/g, " ").trim();
  const isSite = (part: string) => namesSite(part, sites, host);
  for (let guard = 0; guard < 4; guard++) {
    const parts = title.split(SEPARATOR);
    if (parts.length < 2) break;
    const seps = title.match(new RegExp(SEPARATOR.source, "g")) ?? [];
    const last = parts[parts.length - 1], first = parts[0];
    const rest = (from: number, to: number) => {
      // rebuild the title from parts[from..to) with their own separators
      let s = parts[from];
      for (let i = from + 1; i < to; i++) s += seps[i - 1] + parts[i];
      return s;
    };
    if (isSite(last) && wordCount(rest(0, parts.length - 1)) >= 2) { title = rest(0, parts.length - 1); continue; }
    if (isSite(first) && wordCount(rest(1, parts.length)) >= 3) { title = rest(1, parts.length); continue; }
    const lastSep = seps[seps.length - 1]?.trim();
    if (lastSep === "|" && wordCount(last) <= 4 && wordCount(rest(0, parts.length - 1)) >= 3) { title = rest(0, parts.length - 1); continue; }
    break;
  }
  return title;
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

/** Below this many characters of text (about two sentences) a page is a short item (a video and its caption, a photo), not a story. */
const SHORT = 300;

function readable(document: Doc): string {
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  return parsed?.content ? blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as unknown as NodeLike) : "";
}

/**
 * Extract the article of an HTML page. Boilerplate boxes (cookie banners, sign-ups, share
 * bars, related lists, comments, author bios, ads, captions) are removed before readability
 * and boilerplate lines after it. A page with little text (`short`: a video with a caption,
 * a photo) keeps its captions and falls back to the text of its main content, never to the
 * whole page's menus.
 */
export function readPage(html: string, opts: ReadPageOptions): PageArticle {
  const { document } = parseHTML(html);
  const ld = jsonLd(document);
  const metaDate = metaContent(document, META_DATE);
  const timeDate = bylineDate(document);
  const ogTitle = metaContent(document, ["og:title", "twitter:title"]);
  const siteName = metaContent(document, ["og:site_name", "application-name", "twitter:site"]);
  const description = metaContent(document, ["og:description", "description", "twitter:description"]);
  const h1s = [...document.querySelectorAll("h1")] as El[];
  const storyH1 = h1s.find((h) => h.closest("article, main, [role=main]")) ?? h1s[0];
  let h1 = storyH1?.textContent?.replace(/\s+/g, " ").trim() || null;
  const h1InStory = !!storyH1?.closest("article, main, [role=main]");
  const docTitle = document.querySelector("title")?.textContent ?? null;
  stripBoilerplate(document, true);
  let text = dropBoilerLines(readable(document));
  let short = false;
  if (text.length < SHORT) {
    // A short page: read it again keeping captions (they may be all the text there is).
    const again = stripped(html);
    const main = (again.querySelector("article, main, [role=main]") ?? again.body) as unknown as NodeLike | null;
    const fallback = dropBoilerLines(readable(stripped(html)) || (main ? blockText(main) : ""));
    if (fallback.length > text.length) text = fallback;
    if (!text && description) text = description.trim();
    short = text.length < SHORT;
  }
  let host: string | undefined;
  try { host = opts.url ? new URL(opts.url).hostname : undefined; } catch { host = undefined; }
  const sites = [siteName, ld.site].filter((s): s is string => !!s);
  // An <h1> that is the site's logo names no story.
  if (h1 && !h1InStory && namesSite(decodeEntities(h1), sites, host)) h1 = null;
  const candidates = [ogTitle, ld.headline, h1, docTitle].filter((s): s is string => !!s && !!s.trim()).map((s) => cleanTitle(s, sites, host));
  let title = candidates[0];
  // The headline shown in the story (an <h1> inside its <article> or main part) before the
  // social one (og:title is often reworded for sharing); 3 to 40 words, not the site's name.
  const shownHeadline = h1 && h1InStory ? cleanTitle(h1, sites, host) : null;
  if (shownHeadline && wordCount(shownHeadline) >= 3 && wordCount(shownHeadline) <= 40 && !namesSite(shownHeadline, sites, host)) title = shownHeadline;
  // A title that still carries a suffix the rules missed: the headline on the page when it is a prefix of it.
  const h1Clean = h1 ? cleanTitle(h1, sites, host) : null;
  if (title && h1Clean && h1Clean !== title && title.startsWith(h1Clean) && SEPARATOR.test(title.slice(h1Clean.length - 1, h1Clean.length + 4))) title = h1Clean;
  const byline = timeDate ? { date: timeDate.date, from: timeDate.from } : null;
  let published = pickDate([
    signal(ld.date, "json-ld"), signal(metaDate, "meta"), byline, opts.hint ?? null,
    signal(dateFromUrl(opts.url), "url"), signal(dateFromText(text), "text"),
  ], opts.fetchedAt) ?? undefined;
  // A time stamp in UTC is not the publisher's day: when the byline shows the day before or
  // after it (a story stamped 23:05Z that the page dates "1 October"), the day shown wins.
  const raw = published?.from === "json-ld" ? ld.date : published?.from === "meta" ? metaDate : published?.from === "time" ? timeDate?.raw : null;
  const shown = timeDate?.shown;
  if (published && raw && shown && shown !== published.date && UTC_STAMP.test(raw.trim()) && shown <= opts.fetchedAt.slice(0, 10) &&
    Math.abs(Date.parse(shown) - Date.parse(published.date)) === 86_400_000) {
    published = { date: shown, from: "byline" };
  }
  return { text, title: title || undefined, published, ...(short ? { short } : {}) };
}

/** A time of day in UTC: "…T23:05:12.000Z", "…+00:00", "… GMT". */
const UTC_STAMP = /\d[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)$/i;

/** A fresh DOM of the page with boilerplate boxes removed but captions kept. */
function stripped(html: string): Doc {
  const { document } = parseHTML(html);
  stripBoilerplate(document, false);
  return document;
}
