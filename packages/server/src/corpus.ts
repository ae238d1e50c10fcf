/**
 * What the HTTP API reads and writes: a corpus of extracted articles and the views over it
 * (actors, quotes, events, timeline). The server depends on this interface only; an in-memory
 * implementation serves tests and a store adapter serves the real database.
 */
import type { EntityType, EventRecord, Modality, ParleyRecord, QuoteRecord } from "@parley/core";
import type { ViewActor, ViewActorRef } from "@parley/store";

/** One article as stored: its text and the record extracted from it. */
export interface StoredArticle {
  id: string;
  text: string;
  record: ParleyRecord;
}

export interface Page<T> {
  total: number;
  items: T[];
}

/** The few fields of an article that a list or a hit needs. */
export interface ArticleRef {
  id: string;
  title: string | null;
  published: string | null;
}

export interface ArticleSummary extends ArticleRef {
  source: string | null;
  chars: number;
  entities: number;
  quotes: number;
  events: number;
}

export interface SearchHit extends ArticleRef {
  /** A window of the text around the first match, with the matches marked (offsets into `snippet.text`). */
  snippet: { text: string; offset: number; marks: { start: number; end: number }[] };
}

/** An actor across the corpus: keyed by its knowledge-base id, or by type and name when it has none (the store's view row). */
export interface ActorSummary extends Omit<ViewActor, "type"> {
  type: EntityType;
}

/** An event participant as shown to a reader: the actor when known, else its country and sector. */
export type ActorRef = ViewActorRef;

export interface QuoteHit {
  article: ArticleRef;
  quote: QuoteRecord;
  speaker: ActorRef | null;
}

export interface EventHit {
  article: ArticleRef;
  event: EventRecord;
  source: ActorRef | null;
  target: ActorRef | null;
  /** The event's own date, else the article's. */
  date: string | null;
}

export interface TimelineBucket {
  date: string;
  articles: number;
  mentions: number;
  quotes: number;
  events: number;
}

export interface Counterpart {
  actor: ActorRef;
  events: number;
  asSource: number;
  asTarget: number;
}

export interface ActorDetail {
  actor: ActorSummary & { roles: string[] };
  timeline: TimelineBucket[];
  quotes: QuoteHit[];
  events: EventHit[];
  counterparts: Counterpart[];
}

export interface Paging {
  limit: number;
  offset: number;
}

export interface ActorFilter extends Paging {
  q?: string;
  type?: EntityType;
}

export interface QuoteFilter extends Paging {
  speaker?: string;
  text?: string;
  from?: string;
  to?: string;
}

export interface EventFilter extends Paging {
  /** Exactly this actor id on either side. */
  actor?: string;
  source?: string;
  target?: string;
  type?: string;
  modality?: Modality;
  from?: string;
  to?: string;
}

export type Interval = "day" | "month";

export interface TimelineOptions {
  interval: Interval;
  actor?: string;
}

export interface Corpus {
  /** Store one article; `created` is false when an article with the same id was there. */
  put(article: StoredArticle): Promise<{ id: string; created: boolean }>;
  article(id: string): Promise<StoredArticle | undefined>;
  articles(paging: Paging): Promise<Page<ArticleSummary>>;
  search(q: string, paging: Paging): Promise<Page<SearchHit>>;
  actors(filter: ActorFilter): Promise<Page<ActorSummary>>;
  /**
   * One actor; its quotes and events lists hold the newest `limit` of each (the totals are
   * `actor.quotes` and `actor.events`), its counterparts are counted over all its events.
   */
  actor(id: string, opts?: { limit?: number }): Promise<ActorDetail | undefined>;
  quotes(filter: QuoteFilter): Promise<Page<QuoteHit>>;
  events(filter: EventFilter): Promise<Page<EventHit>>;
  timeline(opts: TimelineOptions): Promise<TimelineBucket[]>;
  close?(): Promise<void> | void;
}
