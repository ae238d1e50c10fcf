/**
 * Corpus views computed from the stored records: actors keyed across articles, quote and
 * event hits with their actors resolved, the timeline. Pure functions over a list of
 * articles, used by the in-memory corpus (the store corpus asks the store's SQL views instead).
 */
import type { EntityRecord, EventActorRecord, ParleyRecord } from "@parley/core";
import { publicActorId } from "@parley/store";
import type {
  ActorDetail, ActorFilter, ActorRef, ActorSummary, ArticleRef, ArticleSummary, Counterpart, EventFilter,
  EventHit, Page, Paging, QuoteFilter, QuoteHit, SearchHit, StoredArticle, TimelineBucket, TimelineOptions,
} from "./corpus.js";
import { bucketOf, inRange } from "./dates.js";

/** The corpus-wide id of an entity: its KB id, else `text:<type>:<name>` (the store's `publicActorId`). */
export function actorKey(entity: Pick<EntityRecord, "kb" | "type" | "name">): string {
  return publicActorId(entity);
}

export function articleRef(record: ParleyRecord): ArticleRef {
  return { id: record.id, title: record.meta.title ?? null, published: record.meta.published ?? null };
}

export function summarise(article: StoredArticle): ArticleSummary {
  const { record } = article;
  return {
    ...articleRef(record),
    source: record.meta.source ?? record.meta.url ?? null,
    chars: article.text.length,
    entities: record.entities.length,
    quotes: record.quotes.length,
    events: record.events.length,
  };
}

export function page<T>(all: T[], paging: Paging): Page<T> {
  return { total: all.length, items: all.slice(paging.offset, paging.offset + paging.limit) };
}

/** Newest first, undated last, then by title for a stable order. */
export function byDateDesc(a: ArticleRef, b: ArticleRef): number {
  const da = a.published ?? "", db = b.published ?? "";
  if (da !== db) return da < db ? 1 : -1;
  return (a.title ?? "").localeCompare(b.title ?? "");
}

export function terms(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean);
}

/** Articles whose title or text holds every term of `q` (case-insensitive), with a snippet. */
export function searchArticles(articles: StoredArticle[], q: string, paging: Paging): Page<SearchHit> {
  const ts = terms(q);
  const hits: SearchHit[] = [];
  for (const a of articles) {
    const hay = `${a.record.meta.title ?? ""}\n${a.text}`.toLowerCase();
    if (ts.length === 0 || !ts.every((t) => hay.includes(t))) continue;
    hits.push({ ...articleRef(a.record), snippet: snippet(a.text, ts) });
  }
  hits.sort(byDateDesc);
  return page(hits, paging);
}

/** A window of `text` around the first of the terms, with every term marked in it. */
export function snippet(text: string, ts: string[], width = 160): SearchHit["snippet"] {
  const lower = text.toLowerCase();
  const first = Math.min(...ts.map((t) => { const i = lower.indexOf(t); return i < 0 ? Infinity : i; }));
  const offset = Number.isFinite(first) ? Math.max(0, first - width / 3) : 0;
  const windowText = text.slice(offset, offset + width);
  const wl = windowText.toLowerCase();
  const marks: { start: number; end: number }[] = [];
  for (const t of ts) {
    for (let i = wl.indexOf(t); i >= 0; i = wl.indexOf(t, i + t.length)) marks.push({ start: i, end: i + t.length });
  }
  marks.sort((a, b) => a.start - b.start);
  return { text: windowText, offset, marks };
}

interface ActorAcc {
  summary: ActorSummary;
  roles: Set<string>;
  articleIds: Set<string>;
}

/** Everything the actor views need, built once over the corpus. */
export class CorpusView {
  readonly articles: StoredArticle[];
  private readonly actorsById = new Map<string, ActorAcc>();
  private readonly quoteHits: QuoteHit[] = [];
  private readonly eventHits: EventHit[] = [];

  constructor(articles: StoredArticle[]) {
    this.articles = articles;
    for (const a of articles) this.add(a);
    this.quoteHits.sort((x, y) => byDateDesc(x.article, y.article) || x.quote.start - y.quote.start);
    this.eventHits.sort((x, y) => (x.date ?? "") < (y.date ?? "") ? 1 : (x.date ?? "") > (y.date ?? "") ? -1 : x.event.start - y.event.start);
  }

  private add(article: StoredArticle): void {
    const { record } = article;
    const ref = articleRef(record);
    const keys = new Map<string, string>();
    for (const entity of record.entities) {
      const id = actorKey(entity);
      keys.set(entity.id, id);
      let acc = this.actorsById.get(id);
      if (!acc) {
        acc = {
          summary: {
            id, name: entity.name, type: entity.type, country: entity.country ?? null, sector: entity.sector ?? null,
            kb: entity.kb ?? null, articles: 0, mentions: 0, quotes: 0, events: 0,
          },
          roles: new Set(), articleIds: new Set(),
        };
        this.actorsById.set(id, acc);
      }
      if (!acc.articleIds.has(record.id)) { acc.articleIds.add(record.id); acc.summary.articles++; }
      acc.summary.mentions += entity.mentions.length;
      for (const r of entity.roles) acc.roles.add(r);
    }
    const resolve = (p: EventActorRecord | null | undefined): ActorRef | null => {
      if (!p) return null;
      const id = p.entity ? keys.get(p.entity) ?? null : null;
      return { id, name: id ? this.actorsById.get(id)?.summary.name ?? null : null, country: p.country ?? null, sector: p.sector ?? null };
    };
    for (const quote of record.quotes) {
      const speaker = quote.speaker?.entity ? resolve({ entity: quote.speaker.entity }) : null;
      if (speaker?.id) this.actorsById.get(speaker.id)!.summary.quotes++;
      this.quoteHits.push({ article: ref, quote, speaker });
    }
    for (const event of record.events) {
      const source = resolve(event.source), target = resolve(event.target);
      for (const id of new Set([source?.id, target?.id])) if (id) this.actorsById.get(id)!.summary.events++;
      this.eventHits.push({ article: ref, event, source, target, date: event.date ?? ref.published });
    }
  }

  actors(filter: ActorFilter): Page<ActorSummary> {
    const q = filter.q?.toLowerCase();
    const all = [...this.actorsById.values()].map((a) => a.summary)
      .filter((a) => (!q || a.name.toLowerCase().includes(q)) && (!filter.type || a.type === filter.type))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    return page(all, filter);
  }

  actor(id: string, opts: { limit?: number } = {}): ActorDetail | undefined {
    const acc = this.actorsById.get(id);
    if (!acc) return undefined;
    const quotes = this.quoteHits.filter((h) => h.speaker?.id === id);
    const events = this.eventHits.filter((h) => h.source?.id === id || h.target?.id === id);
    return {
      actor: { ...acc.summary, roles: [...acc.roles] },
      timeline: this.timeline({ interval: "day", actor: id }),
      quotes: quotes.slice(0, opts.limit),
      events: events.slice(0, opts.limit),
      counterparts: counterparts(id, events),
    };
  }

  quotes(f: QuoteFilter): Page<QuoteHit> {
    const speaker = f.speaker?.toLowerCase(), words = f.text ? terms(f.text) : [];
    return page(this.quoteHits.filter((h) => {
      if (speaker && !(h.speaker?.id?.toLowerCase() === speaker || h.speaker?.name?.toLowerCase().includes(speaker)
        || h.quote.speaker?.text.toLowerCase().includes(speaker))) return false;
      if (words.length && !words.every((w) => h.quote.text.toLowerCase().includes(w))) return false;
      return inRange(h.article.published, f.from, f.to);
    }), f);
  }

  events(f: EventFilter): Page<EventHit> {
    return page(this.eventHits.filter((h) =>
      (!f.actor || h.source?.id === f.actor || h.target?.id === f.actor)
      && matchesParty(h.source, f.source) && matchesParty(h.target, f.target)
      && (!f.type || h.event.type === f.type) && (!f.modality || h.event.modality === f.modality)
      && inRange(h.date, f.from, f.to)), f);
  }

  timeline(opts: TimelineOptions): TimelineBucket[] {
    const buckets = new Map<string, TimelineBucket>();
    const at = (date: string | null): TimelineBucket | undefined => {
      if (!date) return undefined;
      const key = bucketOf(date, opts.interval);
      let b = buckets.get(key);
      if (!b) buckets.set(key, b = { date: key, articles: 0, mentions: 0, quotes: 0, events: 0 });
      return b;
    };
    for (const a of this.articles) {
      const { record } = a;
      const mentions = opts.actor
        ? record.entities.filter((e) => actorKey(e) === opts.actor).reduce((n, e) => n + e.mentions.length, 0)
        : record.entities.reduce((n, e) => n + e.mentions.length, 0);
      if (opts.actor && mentions === 0) continue;
      const b = at(record.meta.published ?? null);
      if (!b) continue;
      b.articles++;
      b.mentions += mentions;
    }
    for (const h of this.quoteHits) if (!opts.actor || h.speaker?.id === opts.actor) { const b = at(h.article.published); if (b) b.quotes++; }
    for (const h of this.eventHits) {
      if (opts.actor && h.source?.id !== opts.actor && h.target?.id !== opts.actor) continue;
      const b = at(h.date);
      if (b) b.events++;
    }
    return [...buckets.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  }
}

/** The actors on the other side of an actor's events, most frequent first (top 20). */
export function counterparts(id: string, events: readonly Pick<EventHit, "source" | "target">[]): Counterpart[] {
  const counter = new Map<string, Counterpart>();
  for (const h of events) {
    const other = h.source?.id === id ? h.target : h.source;
    if (!other) continue;
    const key = other.id ?? `${other.country ?? "?"}/${other.sector ?? "?"}`;
    const c = counter.get(key) ?? { actor: other, events: 0, asSource: 0, asTarget: 0 };
    c.events++;
    if (h.source?.id === id) c.asSource++; else c.asTarget++;
    counter.set(key, c);
  }
  return [...counter.values()].sort((a, b) => b.events - a.events).slice(0, 20);
}

/** A party filter matches an actor id, a name fragment, or a country code (case-insensitive). */
function matchesParty(ref: ActorRef | null, want?: string): boolean {
  if (!want) return true;
  if (!ref) return false;
  const w = want.toLowerCase();
  return ref.id?.toLowerCase() === w || (ref.name?.toLowerCase().includes(w) ?? false) || ref.country?.toLowerCase() === w;
}
