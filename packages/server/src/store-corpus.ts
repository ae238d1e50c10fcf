/**
 * The corpus over `@parley/store` (the SQLite store by default). Writes go straight to the
 * store. Reads need whole records (the article page shows every layer), which the Store
 * interface does not hand back yet, so they are rebuilt from `store.dump()` and the views
 * computed in memory; the rebuild happens again only when the article count changes
 * (e.g. a `parley ingest` running beside the server). Fine for thousands of articles;
 * a `getRecord`/`listArticles` on Store would let this read less.
 */
import type { EntityRecord, EventActorRecord, EventRecord, ParleyRecord, QuoteRecord } from "@parley/core";
import { openSqliteStore, type ArticleInput, type Store } from "@parley/store";
import type { Corpus, StoredArticle } from "./corpus.js";
import { CorpusView, byDateDesc, page, searchArticles, summarise } from "./view.js";

type Row = Record<string, unknown> & { table: string };

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number => Number(v);

/** Records as they were stored, rebuilt from the store's canonical dump. */
export function recordsFromDump(dump: string): StoredArticle[] {
  const rows = dump.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row);
  const actors = new Map<string, Row>();
  const byArticle = new Map<string, { article: Row; entities: Map<string, EntityRecord>; local: Map<string, string>; quotes: Row[]; events: Row[] }>();
  const of = (id: unknown) => byArticle.get(String(id));
  for (const r of rows) {
    if (r.table === "actors") actors.set(String(r.id), r);
    if (r.table === "articles") byArticle.set(String(r.id), { article: r, entities: new Map(), local: new Map(), quotes: [], events: [] });
  }
  for (const r of rows) {
    const a = of(r.article_id);
    if (!a) continue;
    if (r.table === "article_actors") {
      const actor = actors.get(String(r.actor_id));
      const entity: EntityRecord = {
        id: String(r.local_id), name: String(r.name), type: (str(actor?.type) ?? "person") as EntityRecord["type"],
        roles: JSON.parse(String(r.roles ?? "[]")) as string[],
        // mentions are one JSON array per article actor (store migration 2)
        mentions: JSON.parse(String(r.mentions ?? "[]")) as EntityRecord["mentions"],
      };
      if (str(actor?.country)) entity.country = str(actor?.country);
      if (str(actor?.sector)) entity.sector = str(actor?.sector);
      if (str(actor?.kb)) entity.kb = str(actor?.kb);
      if (typeof r.confidence === "number") entity.confidence = r.confidence;
      a.entities.set(entity.id, entity);
      if (!a.local.has(String(r.actor_id))) a.local.set(String(r.actor_id), entity.id);
    } else if (r.table === "quotes") a.quotes.push(r);
    else if (r.table === "events") a.events.push(r);
  }
  const out: StoredArticle[] = [];
  for (const { article, entities, local, quotes, events } of byArticle.values()) {
    const entity = (actorId: unknown) => (typeof actorId === "string" ? local.get(actorId) : undefined);
    const party = (actorId: unknown, country: unknown, sector: unknown): EventActorRecord | null => {
      const p: EventActorRecord = {};
      const e = entity(actorId);
      if (e) p.entity = e;
      if (str(country)) p.country = str(country);
      if (str(sector)) p.sector = str(sector);
      return Object.keys(p).length ? p : null;
    };
    const record: ParleyRecord = {
      parley: String(article.pipeline ?? ""),
      id: String(article.id),
      meta: Object.fromEntries(Object.entries({
        source: str(article.source), url: str(article.url), title: str(article.title), published: str(article.published),
        publishedFrom: str(article.published_from), language: str(article.language),
      }).filter(([, v]) => v !== undefined)),
      entities: [...entities.values()],
      quotes: quotes.sort((x, y) => num(x.idx) - num(y.idx)).map((q): QuoteRecord => ({
        start: num(q.start), end: num(q.end), text: String(q.text), kind: q.kind as QuoteRecord["kind"],
        speaker: q.speaker_start == null ? null : { start: num(q.speaker_start), end: num(q.speaker_end), text: String(q.speaker_text ?? ""), ...(entity(q.speaker_actor) ? { entity: entity(q.speaker_actor) } : {}) },
        cue: q.cue_start == null ? null : { start: num(q.cue_start), end: num(q.cue_end), text: String(q.cue_text ?? "") },
        confidence: num(q.confidence),
      })),
      events: events.sort((x, y) => num(x.idx) - num(y.idx)).map((e): EventRecord => {
        const ev: EventRecord = {
          type: String(e.type), quad: e.quad as EventRecord["quad"], start: num(e.start), end: num(e.end),
          trigger: { start: num(e.trigger_start), end: num(e.trigger_end), text: String(e.trigger_text) },
          source: party(e.source_actor, e.source_country, e.source_sector),
          target: party(e.target_actor, e.target_country, e.target_sector),
          modality: e.modality as EventRecord["modality"],
          place: str(e.place_name) ? { name: String(e.place_name), ...(str(e.place_country) ? { country: str(e.place_country) } : {}), ...(e.lat != null ? { lat: num(e.lat), lon: num(e.lon) } : {}) } : null,
          date: str(e.date) ?? null, confidence: num(e.confidence),
        };
        // The store keeps the trigger as the first piece of evidence; the record lists the rest.
        const evidence = (JSON.parse(String(e.evidence ?? "[]")) as EventRecord["trigger"][]).slice(1);
        if (evidence.length) ev.evidence = evidence;
        if (str(e.mode)) ev.mode = str(e.mode);
        if (str(e.reported_by)) ev.reportedBy = JSON.parse(String(e.reported_by)) as EventActorRecord;
        return ev;
      }),
      diagnostics: JSON.parse(String(article.diagnostics ?? "[]")),
      stages: JSON.parse(String(article.stages ?? "[]")),
    };
    out.push({ id: record.id, text: String(article.text), record });
  }
  return out;
}

function articleInput(article: StoredArticle): ArticleInput {
  const { meta } = article.record;
  return {
    id: article.id, text: article.text, source: meta.source ?? "api", url: meta.url, title: meta.title,
    published: meta.published, publishedFrom: meta.publishedFrom, language: meta.language ?? "en",
    status: "extracted", extractor: { name: "parley", version: article.record.parley },
  };
}

/** A corpus over any Store. */
export function storeCorpus(store: Store): Corpus {
  let cache: { count: number; articles: StoredArticle[]; byId: Map<string, StoredArticle>; view?: CorpusView } | undefined;
  const load = async () => {
    const count = (await store.stats()).articles;
    if (!cache || cache.count !== count) {
      const articles = recordsFromDump(await store.dump());
      cache = { count, articles, byId: new Map(articles.map((a) => [a.id, a])) };
    }
    return cache;
  };
  const view = async () => { const c = await load(); return (c.view ??= new CorpusView(c.articles)); };
  return {
    async put(article) {
      const outcome = await store.putArticle(articleInput(article), article.record);
      return { id: article.id, created: outcome === "added" };
    },
    async article(id) { return (await load()).byId.get(id); },
    async articles(paging) { return page((await load()).articles.map(summarise).sort(byDateDesc), paging); },
    async search(q, paging) { return searchArticles((await load()).articles, q, paging); },
    async actors(filter) { return (await view()).actors(filter); },
    async actor(id) { return (await view()).actor(id); },
    async quotes(filter) { return (await view()).quotes(filter); },
    async events(filter) { return (await view()).events(filter); },
    async timeline(opts) { return (await view()).timeline(opts); },
    close: () => store.close(),
  };
}

/** Open the SQLite store at `path` (created when missing) as a corpus. */
export async function openStoreCorpus(path: string): Promise<Corpus> {
  return storeCorpus(openSqliteStore(path));
}
