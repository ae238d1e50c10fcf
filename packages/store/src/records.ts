/**
 * Records rebuilt from stored rows: the inverse of `recordRows`, shared by every path that
 * reads records back (a whole dump, one article by id, quote and event hits), so they all
 * give the same record. Rows are the tables' own rows, column names as in the schema.
 */
import type { EntityRecord, EventActorRecord, EventRecord, ParleyRecord, QuoteRecord } from "@parley/core";

/** One table row as the database (or the dump) gives it. */
export type DbRow = Record<string, unknown>;

/** An article's text and the record stored for it. */
export interface StoredRecord {
  text: string;
  record: ParleyRecord;
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number => Number(v);

/**
 * Entity ids in the order the record gave them: by length, then by code unit, so e2 comes
 * before e10 (the store keeps no index for entities; the engine numbers them e1, e2, ...).
 */
export function compareLocalIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** A quotes row as a QuoteRecord; `entity` maps a store actor id to the record's entity id. */
export function quoteFromRow(q: DbRow, entity: (actorId: unknown) => string | undefined): QuoteRecord {
  const speakerEntity = entity(q.speaker_actor);
  return {
    start: num(q.start), end: num(q.end), text: String(q.text), kind: q.kind as QuoteRecord["kind"],
    speaker: q.speaker_start == null ? null : { start: num(q.speaker_start), end: num(q.speaker_end), text: String(q.speaker_text ?? ""), ...(speakerEntity ? { entity: speakerEntity } : {}) },
    cue: q.cue_start == null ? null : { start: num(q.cue_start), end: num(q.cue_end), text: String(q.cue_text ?? "") },
    confidence: num(q.confidence),
  };
}

/** An events row as an EventRecord; `entity` maps a store actor id to the record's entity id. */
export function eventFromRow(e: DbRow, entity: (actorId: unknown) => string | undefined): EventRecord {
  const party = (actorId: unknown, country: unknown, sector: unknown): EventActorRecord | null => {
    const p: EventActorRecord = {};
    const id = entity(actorId);
    if (id) p.entity = id;
    if (str(country)) p.country = str(country);
    if (str(sector)) p.sector = str(sector);
    return Object.keys(p).length ? p : null;
  };
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
}

/** The rows of one article. `actor` gives the corpus-wide actors row of an article actor. */
export interface ArticleRows {
  article: DbRow;
  articleActors: DbRow[];
  actor: (actorId: string) => DbRow | undefined;
  quotes: DbRow[];
  events: DbRow[];
}

/**
 * One article's record rebuilt from its rows. Country, sector and KB id come from the
 * corpus-wide actor (merged across articles); an undated event carries the date the store
 * gave it (its article's).
 */
export function recordFromRows(rows: ArticleRows): StoredRecord {
  const { article } = rows;
  const entities: EntityRecord[] = [];
  const local = new Map<string, string>();
  const articleActors = rows.articleActors.slice().sort((x, y) => compareLocalIds(String(x.local_id), String(y.local_id)));
  for (const r of articleActors) {
    const actor = rows.actor(String(r.actor_id));
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
    entities.push(entity);
    if (!local.has(String(r.actor_id))) local.set(String(r.actor_id), entity.id);
  }
  const entity = (actorId: unknown) => (typeof actorId === "string" ? local.get(actorId) : undefined);
  const byIdx = (x: DbRow, y: DbRow) => num(x.idx) - num(y.idx);
  const record: ParleyRecord = {
    parley: String(article.pipeline ?? ""),
    id: String(article.id),
    meta: Object.fromEntries(Object.entries({
      source: str(article.source), url: str(article.url), title: str(article.title), published: str(article.published),
      publishedFrom: str(article.published_from), language: str(article.language),
    }).filter(([, v]) => v !== undefined)),
    entities,
    quotes: rows.quotes.slice().sort(byIdx).map((q) => quoteFromRow(q, entity)),
    events: rows.events.slice().sort(byIdx).map((e) => eventFromRow(e, entity)),
    diagnostics: JSON.parse(String(article.diagnostics ?? "[]")),
    stages: JSON.parse(String(article.stages ?? "[]")),
  };
  return { text: String(article.text), record };
}

/** Every article's record, rebuilt from a store's canonical dump (`Store.dump()`), in dump order. */
export function recordsFromDump(dump: string): (StoredRecord & { id: string })[] {
  const rows = dump.split("\n").filter(Boolean).map((l) => JSON.parse(l) as DbRow & { table: string });
  const actors = new Map<string, DbRow>();
  const byArticle = new Map<string, ArticleRows>();
  for (const r of rows) {
    if (r.table === "actors") actors.set(String(r.id), r);
    if (r.table === "articles") byArticle.set(String(r.id), { article: r, articleActors: [], actor: (id) => actors.get(id), quotes: [], events: [] });
  }
  for (const r of rows) {
    const a = byArticle.get(String(r.article_id));
    if (!a) continue;
    if (r.table === "article_actors") a.articleActors.push(r);
    else if (r.table === "quotes") a.quotes.push(r);
    else if (r.table === "events") a.events.push(r);
  }
  return [...byArticle.values()].map((rows) => ({ id: String(rows.article.id), ...recordFromRows(rows) }));
}
