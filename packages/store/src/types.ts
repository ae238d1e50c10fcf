/**
 * The store's public shapes: what goes in (an article and its record) and what comes out
 * (rows for queries and exports). Every stored row carries the pipeline version that made it.
 */
import type { EventRecord, ParleyRecord, QuoteRecord } from "@parley/core";
import type { StoredRecord } from "./records.js";

/** Why an article was stored without (or with) extraction. */
export type ArticleStatus = "extracted" | "language";

export interface ArticleInput {
  /** sha256 of the text (the record id). */
  id: string;
  text: string;
  /** Where it came from: a file path, a URL, `<stdin>:N`, `WARC#offset`. */
  source: string;
  url?: string;
  title?: string;
  /** YYYY-MM-DD. */
  published?: string;
  /** Which signal gave `published`: json-ld, meta, time (a `<time>` in the story), byline (a date written in it), feed, sitemap, url, path (a file name), text, warc, input. */
  publishedFrom?: string;
  language: string;
  /** Raw HTML when the article came as a page. */
  html?: string;
  /** ISO time the document was fetched or read. */
  fetchedAt?: string;
  /** Where the article was published (host of the URL, or the feed's site): GDELT's "source". */
  site?: string;
  status: ArticleStatus;
  /** Extractor that made the record. */
  extractor: { name: string; version: string };
}

export type PutOutcome = "added" | "duplicate-id" | "duplicate-url";

/** One article and its record (null: stored but not extracted), for `putArticles`. */
export interface PutItem {
  article: ArticleInput;
  record: ParleyRecord | null;
}

export interface StoreStats {
  articles: number;
  actors: number;
  quotes: number;
  events: number;
  mentions: number;
  clusters: number;
  failed: number;
  notExtracted: number;
}

export interface EventFilter {
  /** Country code, actor id, KB id or actor name on either side. */
  actor?: string;
  type?: string;
  from?: string;
  to?: string;
  modality?: string;
  limit?: number;
}

export interface QuoteFilter {
  /** Speaker actor name (case-insensitive) or the words naming the speaker. */
  speaker?: string;
  /** Full-text match on the quoted words. */
  text?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export interface ActorFilter {
  top?: number;
  type?: string;
  country?: string;
}

export interface EventRow {
  id: string;
  articleId: string;
  articleUrl: string | null;
  site: string | null;
  published: string | null;
  date: string | null;
  type: string;
  mode: string | null;
  quad: string;
  modality: string;
  sourceActor: string | null;
  sourceName: string | null;
  sourceCountry: string | null;
  sourceSector: string | null;
  targetActor: string | null;
  targetName: string | null;
  targetCountry: string | null;
  targetSector: string | null;
  placeName: string | null;
  placeCountry: string | null;
  lat: number | null;
  lon: number | null;
  start: number;
  end: number;
  triggerStart: number;
  triggerEnd: number;
  triggerText: string;
  evidence: string;
  clusterId: string | null;
  /** The event's cluster counts (GDELT's NumMentions, NumArticles, NumSources). */
  numMentions: number | null;
  numArticles: number | null;
  numSources: number | null;
  confidence: number;
  pipeline: string;
}

export interface QuoteRow {
  id: string;
  articleId: string;
  articleUrl: string | null;
  published: string | null;
  kind: string;
  start: number;
  end: number;
  text: string;
  speakerActor: string | null;
  speakerName: string | null;
  speakerText: string | null;
  cueText: string | null;
  confidence: number;
  pipeline: string;
}

export interface ActorRow {
  id: string;
  key: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  kb: string | null;
  articles: number;
  mentions: number;
  pipeline: string;
}

export interface ClusterRow {
  id: string;
  type: string;
  sourceKey: string;
  targetKey: string;
  firstDate: string | null;
  lastDate: string | null;
  numMentions: number;
  numArticles: number;
  numSources: number;
  eventIds: string[];
  pipeline: string;
}

export interface SearchHit {
  articleId: string;
  url: string | null;
  title: string | null;
  published: string | null;
  snippet: string;
  rank: number;
}

/** One article of a list: what a list row shows, without the text. */
export interface ArticleListItem {
  id: string;
  title: string | null;
  url: string | null;
  /** Where it came from (file path, URL, ...). */
  source: string;
  published: string | null;
  /** Length of the text in UTF-16 code units (JavaScript's `length`). */
  chars: number;
  entities: number;
  quotes: number;
  events: number;
}

export interface Paged<T> {
  total: number;
  items: T[];
}

export interface ListArticlesOptions {
  limit: number;
  offset: number;
  /** Full-text match: articles whose title or text holds every word (FTS tokens, diacritics folded). */
  q?: string;
}

/**
 * An actor as the corpus views show it: the stored actors sharing one `publicActorId`,
 * counted together (an article or event naming two of them counts twice: rare, as they
 * differ only in country or spelling). Name, country and sector are those of its most
 * mentioned stored actor.
 */
export interface ViewActor extends Omit<ActorRow, "key" | "pipeline"> {
  quotes: number;
  events: number;
}

export interface ViewActorFilter {
  /** Case-insensitive part of the name. */
  q?: string;
  type?: string;
  limit: number;
  offset: number;
}

export interface ViewArticleRef {
  id: string;
  title: string | null;
  published: string | null;
}

/** An actor taking part: its public id and name when it is a known actor, else null there. */
export interface ViewActorRef {
  id: string | null;
  name: string | null;
  country: string | null;
  sector: string | null;
}

export interface ViewQuote {
  article: ViewArticleRef;
  /** As in the article's record (`getRecord`): the speaker's `entity` is the record's entity id. */
  quote: QuoteRecord;
  speaker: ViewActorRef | null;
}

export interface ViewEvent {
  article: ViewArticleRef;
  event: EventRecord;
  source: ViewActorRef | null;
  target: ViewActorRef | null;
  /** The event's date (the store dates an undated event by its article). */
  date: string | null;
}

/**
 * Dates are partial-aware: `from`/`to` (YYYY, YYYY-MM or YYYY-MM-DD) keep a date that can
 * fall within the range (2025-03 is within from=2025-03-05).
 */
export interface ViewQuoteFilter {
  /** Case-insensitive: the speaker's public id, a part of its name or of the words naming it. */
  speaker?: string;
  /** Exactly this public actor id as the speaker. */
  speakerId?: string;
  /** Full-text match on the quoted words (every word). */
  text?: string;
  /** Range over the article's publication date. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface ViewEventFilter {
  /** Case-insensitive: the side's public actor id, a part of its name, or its country code. */
  source?: string;
  target?: string;
  /** Exactly this public actor id on either side. */
  actorId?: string;
  type?: string;
  modality?: string;
  /** Range over the event's date. */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface ViewBucket {
  date: string;
  articles: number;
  mentions: number;
  quotes: number;
  events: number;
}

export interface FailureRow {
  source: string;
  error: string;
  at: string;
}

/**
 * The narrow storage interface: every adapter (SQLite embedded, PostgreSQL later) implements
 * it and runs `runConformance` from `./conformance.js`. Methods are async so that server
 * adapters fit; one `putArticle` or `putArticles` call is one transaction (crash safety
 * rests on that: a batch is stored whole or not at all, and a re-run skips what is stored).
 *
 * @example
 * const store = openSqliteStore("parley.db");
 * await store.putArticle(article, record);
 * console.log(await store.stats());
 */
/**
 * Where a store lives, as plain data another thread (an ingest worker) can open it from
 * with `openStore`: each thread then writes its own batches, one transaction each.
 */
export type StoreLocation = { dialect: "sqlite"; file: string; clusterWindowDays?: number };

export interface Store {
  readonly dialect: string;
  /** How another thread opens this same store; absent when it cannot (an in-memory database). */
  readonly location?: StoreLocation;
  /** Is an article with this content hash or (normalised) URL already stored? */
  has(ref: { id?: string; url?: string }): Promise<boolean>;
  /** Store an article and its record (null: stored but not extracted) in one transaction. */
  putArticle(article: ArticleInput, record: ParleyRecord | null): Promise<PutOutcome>;
  /**
   * Store several articles in one transaction, in order (an article may duplicate an earlier
   * one of the same batch); the outcomes are those of as many `putArticle` calls.
   */
  putArticles(items: readonly PutItem[]): Promise<PutOutcome[]>;
  /** Record a document that could not be read or extracted; the batch goes on. */
  putFailure(source: string, error: string): Promise<void>;
  /** Forget a recorded failure (the document has since been stored, or found stored). */
  clearFailure(source: string): Promise<void>;
  stats(): Promise<StoreStats>;
  queryEvents(filter?: EventFilter): Promise<EventRow[]>;
  queryQuotes(filter?: QuoteFilter): Promise<QuoteRow[]>;
  queryActors(filter?: ActorFilter): Promise<ActorRow[]>;
  queryClusters(filter?: { type?: string; limit?: number }): Promise<ClusterRow[]>;
  failures(): Promise<FailureRow[]>;
  search(query: string, opts?: { limit?: number }): Promise<SearchHit[]>;
  /** One article's text and record, rebuilt from its rows exactly as `recordsFromDump` does; null when absent. */
  getRecord(id: string): Promise<StoredRecord | null>;
  /** Articles newest first (undated last, then by title and id), or those matching `q`, with the total. */
  listArticles(opts: ListArticlesOptions): Promise<Paged<ArticleListItem>>;
  /** Actors by public id, most mentioned first (then by name). */
  viewActors(filter: ViewActorFilter): Promise<Paged<ViewActor>>;
  /** One actor by public id, with the roles its entities were given (first seen first), or null. */
  viewActor(id: string): Promise<(ViewActor & { roles: string[] }) | null>;
  /** Quotes, articles newest first, then by position; all of them when no limit is given. */
  viewQuotes(filter: ViewQuoteFilter): Promise<Paged<ViewQuote>>;
  /** Events, newest first, then by position; all of them when no limit is given. */
  viewEvents(filter: ViewEventFilter): Promise<Paged<ViewEvent>>;
  /**
   * The two sides of every event an actor (public id) takes part in, in `viewEvents` order: as
   * `viewEvents({ actorId }).items.map(({ source, target }) => ({ source, target }))`, without
   * reading the events themselves (an actor's counterparts are counted over all its events).
   */
  viewEventSides(actorId: string): Promise<{ source: ViewActorRef | null; target: ViewActorRef | null }[]>;
  /**
   * Per day (or month) with anything dated: articles and their mentions by publication date,
   * quotes by their article's date, events by their own. With `actor` (a public id): the
   * articles mentioning it, its mentions, its quotes and the events it takes part in.
   */
  viewTimeline(opts: { interval: "day" | "month"; actor?: string }): Promise<ViewBucket[]>;
  /** The article text (for evidence), or null. */
  articleText(id: string): Promise<string | null>;
  /** Every stored row in a canonical order, as JSONL: equal stores give equal dumps. */
  dump(): Promise<string>;
  close(): Promise<void>;
}
