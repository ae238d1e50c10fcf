/**
 * The embedded SQLite adapter (better-sqlite3, WAL, FTS5). One `putArticle` or
 * `putArticles` call is one transaction: a crash leaves every batch either fully stored or
 * absent.
 */
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { PARLEY_VERSION, type ParleyRecord } from "@parley/core";
import { clusterEvents, normaliseName, normaliseUrl, publicActorId, siteOf, type ClusterMember } from "../keys.js";
import { recordRows, type EventRowIn, type RecordRows } from "../rows.js";
import { compareLocalIds, eventFromRow, quoteFromRow, recordFromRows, type DbRow, type StoredRecord } from "../records.js";
import type {
  ActorFilter, ActorRow, ArticleInput, ArticleListItem, ClusterRow, EventFilter, EventRow, FailureRow, ListArticlesOptions,
  Paged, PutOutcome, PutItem, QuoteFilter, QuoteRow, SearchHit, Store, StoreLocation, StoreStats, ViewActor,
  ViewActorFilter, ViewActorRef, ViewBucket, ViewEvent, ViewEventFilter, ViewQuote, ViewQuoteFilter,
} from "../types.js";
import { MIGRATIONS } from "./migrations.js";
import { StoreError } from "../errors.js";

type Db = Database.Database;

export interface SqliteStoreOptions {
  /** Days between events that still join one cluster (default 3). */
  clusterWindowDays?: number;
  /**
   * Fold the write-ahead log into the database file on close (default true). A connection
   * that other connections share the file with (an ingest worker's) leaves that to the owner.
   */
  checkpointOnClose?: boolean;
}

/** Apply pending migrations; returns the schema version. */
export function migrate(db: Db): number {
  let version = db.pragma("user_version", { simple: true }) as number;
  if (version > MIGRATIONS.length) throw new StoreError("S002", `database schema ${version} is newer than this Parley (${MIGRATIONS.length})`);
  while (version < MIGRATIONS.length) {
    const sql = MIGRATIONS[version];
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
    version++;
  }
  return version;
}

const EVENT_SELECT = `
SELECT e.id, e.article_id AS articleId, a.url AS articleUrl, a.site, a.published, e.date, e.type, e.mode, e.quad, e.modality,
  e.source_actor AS sourceActor, sa.name AS sourceName, e.source_country AS sourceCountry, e.source_sector AS sourceSector,
  e.target_actor AS targetActor, ta.name AS targetName, e.target_country AS targetCountry, e.target_sector AS targetSector,
  e.place_name AS placeName, e.place_country AS placeCountry, e.lat, e.lon, e.start, e.end,
  e.trigger_start AS triggerStart, e.trigger_end AS triggerEnd, e.trigger_text AS triggerText, e.evidence,
  e.cluster_id AS clusterId, c.num_mentions AS numMentions, c.num_articles AS numArticles, c.num_sources AS numSources,
  e.confidence, e.pipeline
FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN clusters c ON c.id = e.cluster_id
LEFT JOIN actors sa ON sa.id = e.source_actor LEFT JOIN actors ta ON ta.id = e.target_actor`;

const QUOTE_SELECT = `
SELECT q.id, q.article_id AS articleId, a.url AS articleUrl, a.published, q.kind, q.start, q.end, q.text,
  q.speaker_actor AS speakerActor, s.name AS speakerName, q.speaker_text AS speakerText, q.cue_text AS cueText,
  q.confidence, q.pipeline
FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors s ON s.id = q.speaker_actor`;

/** A possibly partial date column (YYYY, YYYY-MM) as a full YYYY-MM-DD, for range tests. */
const FULL = (col: string) => `substr(${col} || '-01-01', 1, 10)`;

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Quote a user's words as one FTS5 phrase per word (no operators leak through). */
export function ftsQuery(words: string): string {
  return words.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(" ");
}

/** The earliest and latest full day a possibly partial date column can stand for. */
const LO = (c: string) => `(CASE length(${c}) WHEN 4 THEN ${c} || '-01-01' WHEN 7 THEN ${c} || '-01' ELSE ${c} END)`;
const HI = (c: string) => `(CASE length(${c}) WHEN 4 THEN ${c} || '-12-31' WHEN 7 THEN ${c} || '-31' ELSE ${c} END)`;
const padLow = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const padHigh = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** Keep the rows whose partial date `col` can fall within [from, to] (either bound optional). */
function dateRange(col: string, from: string | undefined, to: string | undefined, where: string[], params: Record<string, unknown>): void {
  if (!from && !to) return;
  where.push(`${col} IS NOT NULL AND ${col} <> ''`);
  if (from) { params.from = padLow(from); where.push(`${HI(col)} >= @from`); }
  if (to) { params.to = padHigh(to); where.push(`${LO(col)} <= @to`); }
}

const pageSql = (limit: number | undefined, offset: number | undefined) =>
  `LIMIT ${limit === undefined ? -1 : Math.max(0, Math.floor(limit))} OFFSET ${Math.max(0, Math.floor(offset ?? 0))}`;

/**
 * Quote and event rows carry their natural ids (`<article>:q<idx>`, `<article>:v<idx>`, see
 * rows.ts): one article's rows are a range of the primary key, so no extra index (and no
 * extra cost on every insert) is needed to read them.
 */
const ARTICLE_QUOTES = "q.id > @id || ':q' AND q.id < @id || ':r' AND q.article_id = @id";
const ARTICLE_EVENTS = "e.id > @id || ':v' AND e.id < @id || ':w' AND e.article_id = @id";

/**
 * One article's share of each actor's counts in `actor_stats`: [articles (1 when the actor is
 * one of its entities), mentions, quotes it speaks with a speaker span, events it is a side of
 * (once per event)].
 */
function actorCounts(rows: RecordRows): Map<string, [number, number, number, number]> {
  const counts = new Map<string, [number, number, number, number]>();
  const of = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = [0, 0, 0, 0]));
    return c;
  };
  for (const r of rows.articleActors) {
    const c = of(r.actorId);
    c[0] = 1;
    c[1] += r.mentionCount;
  }
  for (const q of rows.quotes) if (q.speakerActor !== null && q.speakerStart !== null) of(q.speakerActor)[2]++;
  for (const e of rows.events) {
    if (e.sourceActor !== null) of(e.sourceActor)[3]++;
    if (e.targetActor !== null && e.targetActor !== e.sourceActor) of(e.targetActor)[3]++;
  }
  return counts;
}

/** A cluster member as read back from the store, with the cluster it is in now. */
type StoredMember = ClusterMember & { clusterId: string | null };

/** The record's entity id of a stored actor in an article (its first entity, as recordFromRows maps it). */
const LOCAL_ID = (article: string, actor: string) =>
  // "+x.actor_id": looked up by article (a few rows), not by actor (all of a frequent actor's rows in the corpus)
  `(SELECT local_id FROM main.article_actors x WHERE x.article_id = ${article} AND +x.actor_id = ${actor} ORDER BY length(x.local_id), x.local_id LIMIT 1)`;

/**
 * The actor view's summary rows (public id, its lead member's name and codes, the summed
 * counts) for the public ids of the members that `where` keeps (`o` is a member).
 */
const VIEW_ACTOR_ROWS = (where: string) => `SELECT g.vid, x.name, parley_lower(x.name), x.type, x.country, x.sector, x.kb, g.articles, g.mentions, g.quotes, g.events
  FROM (SELECT vid, sum(articles) AS articles, sum(mentions) AS mentions, sum(quotes) AS quotes, sum(events) AS events,
      (SELECT m.actor_id FROM temp.view_member m WHERE m.vid = o.vid ORDER BY m.mentions DESC, m.actor_id LIMIT 1) AS lead
    FROM temp.view_member o ${where} GROUP BY vid) g JOIN main.actors x ON x.id = g.lead`;

/**
 * Add the articles of `from` (a table or subquery of articles, aliased `a`) to the timeline's
 * days: per publication date (as stored, "2025-02-18" or "2025-02"), articles and their
 * mentions and quotes; per event date, events.
 */
const ADD_DAYS = (from: string) => `INSERT INTO temp.view_days (date, articles, mentions, quotes, events)
  SELECT date, sum(articles), sum(mentions), sum(quotes), sum(events) FROM (
    SELECT a.published AS date, 1 AS articles, coalesce((SELECT sum(x.mention_count) FROM main.article_actors x WHERE x.article_id = a.id), 0) AS mentions,
      (SELECT count(*) FROM main.quotes q WHERE q.id > a.id || ':q' AND q.id < a.id || ':r' AND +q.article_id = a.id) AS quotes, 0 AS events
      FROM ${from} a WHERE a.published <> ''
    UNION ALL
    SELECT e.date, 0, 0, 0, 1 FROM ${from} a CROSS JOIN main.events e ON e.id > a.id || ':v' AND e.id < a.id || ':w' AND +e.article_id = a.id
      WHERE e.date <> '')
  GROUP BY date
  ON CONFLICT(date) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions,
    quotes = quotes + excluded.quotes, events = events + excluded.events`;

/** The order events are listed in (newest first, undated last, then by position); migration 3 indexes it. */
const EVENT_ORDER = "ORDER BY e.date IS NULL OR e.date = '', e.date DESC, e.start, e.article_id, e.idx";

/** An event row's two sides joined to the actor view: their public ids (`ms`/`mt`) and names (`vs`/`vt`). */
const SIDES_JOIN = `LEFT JOIN temp.view_member ms ON ms.actor_id = e.source_actor LEFT JOIN temp.view_actor vs ON vs.id = ms.vid
      LEFT JOIN temp.view_member mt ON mt.actor_id = e.target_actor LEFT JOIN temp.view_actor vt ON vt.id = mt.vid`;

/** The public ids and names of an event row's sides, as SIDES_JOIN gives them. */
const SIDES_COLUMNS = "ms.vid AS source_vid, vs.name AS source_name, mt.vid AS target_vid, vt.name AS target_name";

/**
 * An event side's reference in the views, from the event row joined by SIDES_JOIN: null when
 * the side has neither actor nor codes (as `eventFromRow` gives no party); the public id and
 * name only for a side with an actor.
 */
function sideRef(r: DbRow, side: "source" | "target"): ViewActorRef | null {
  const actor = r[`${side}_actor`], country = r[`${side}_country`], sector = r[`${side}_sector`];
  if (actor == null && !country && !sector) return null;
  const id = actor == null ? null : ((r[`${side}_vid`] as string | null) ?? null);
  return { id, name: id ? ((r[`${side}_name`] as string | null) ?? null) : null, country: (country as string) || null, sector: (sector as string) || null };
}

/**
 * The actor view's member rows (stored actor, its public id, its stored counts) for the actors
 * `x` of `from`, which also joins their counts as `c`.
 */
const MEMBER_ROWS = (from: string) => `SELECT x.id, parley_public_id(x.kb, x.type, x.name), coalesce(c.articles, 0), coalesce(c.mentions, 0),
  coalesce(c.quotes, 0), coalesce(c.events, 0) FROM ${from}`;

/** The stored actors shown under one public id. */
const MEMBERS = (param: string) => `(SELECT actor_id FROM temp.view_member WHERE vid = ${param})`;

/**
 * The stored actors shown under a public id equal to the (lower-cased) parameter or whose
 * public name contains it: what a speaker, source or target filter by name matches.
 */
const NAMED = (param: string) => `(SELECT m.actor_id FROM temp.view_member m JOIN temp.view_actor v ON v.id = m.vid
  WHERE parley_lower(m.vid) = ${param} OR instr(v.sort_name, ${param}) > 0)`;

/**
 * An INSERT written with `@name` parameters, bound by position: better-sqlite3 looks each
 * named parameter up on the object from native code, which was most of a row's cost.
 * `run(row, extra)` takes a parameter from `extra` when it has it, else from `row`.
 */
class Insert {
  readonly #stmt: Database.Statement;
  readonly #names: string[] = [];

  constructor(db: Db, sql: string) {
    this.#stmt = db.prepare(sql.replace(/@(\w+)/g, (_, name: string) => {
      this.#names.push(name);
      return "?";
    }));
  }

  run(row: object, extra?: Record<string, unknown>): Database.RunResult {
    const names = this.#names;
    const values = new Array<unknown>(names.length);
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      values[i] = extra !== undefined && n in extra ? extra[n] : (row as Record<string, unknown>)[n];
    }
    return this.#stmt.run(values);
  }
}

class SqliteStore implements Store {
  readonly dialect = "sqlite";
  readonly location: StoreLocation | undefined;
  readonly #db: Db;
  readonly #checkpoint: boolean;
  readonly #window: number;
  readonly #stmts: Record<string, Database.Statement>;
  readonly #ins: Record<"article" | "actor" | "articleActor" | "quote" | "event", Insert>;
  /** Actor rows merged in committed or current transactions (forgotten when one rolls back). */
  #merged = new Set<string>();
  readonly #putTx: Database.Transaction<(items: readonly PutItem[]) => PutOutcome[]>;

  constructor(db: Db, opts: SqliteStoreOptions) {
    this.#db = db;
    this.#window = opts.clusterWindowDays ?? 3;
    this.#checkpoint = opts.checkpointOnClose ?? true;
    this.location = db.memory ? undefined : { dialect: "sqlite", file: resolve(db.name), clusterWindowDays: this.#window };
    const p = (sql: string) => db.prepare(sql);
    this.#stmts = {
      hasId: p("SELECT 1 FROM articles WHERE id = ?"),
      actorStats: p(`INSERT INTO actor_stats (actor_id, articles, mentions, quotes, events) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(actor_id) DO UPDATE SET articles = articles + excluded.articles, mentions = mentions + excluded.mentions,
          quotes = quotes + excluded.quotes, events = events + excluded.events`),
      hasUrl: p("SELECT 1 FROM articles WHERE norm_url = ?"),
      articleFts: p("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"),
      quoteFts: p("INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)"),
      // Clustering touches only the neighbourhood of the new events (see #recluster).
      clusterExtent: p(`SELECT min(${FULL("first_date")}) AS lo, max(${FULL("last_date")}) AS hi FROM clusters
        WHERE key = @key AND first_date IS NOT NULL AND ${FULL("first_date")} <= @hi AND ${FULL("last_date")} >= @lo`),
      datedMembers: p(`SELECT e.id, e.article_id AS articleId, a.site, e.date, e.cluster_id AS clusterId FROM events e JOIN articles a ON a.id = e.article_id
        WHERE e.cluster_key = @key AND e.date IS NOT NULL AND ${FULL("e.date")} BETWEEN @lo AND @hi`),
      deleteDated: p(`DELETE FROM clusters WHERE key = @key AND first_date IS NOT NULL AND ${FULL("first_date")} >= @lo AND ${FULL("last_date")} <= @hi`),
      undatedMembers: p(`SELECT e.id, e.article_id AS articleId, a.site, e.date, e.cluster_id AS clusterId FROM events e JOIN articles a ON a.id = e.article_id
        WHERE e.cluster_key = @key AND e.date IS NULL AND e.article_id = @articleId`),
      cluster: p(`INSERT INTO clusters (id, key, type, source_key, target_key, first_date, last_date, num_mentions, num_articles, num_sources, pipeline)
        VALUES (@id, @key, @type, @sourceKey, @targetKey, @firstDate, @lastDate, @numMentions, @numArticles, @numSources, @pipeline)`),
      setCluster: p("UPDATE events SET cluster_id = ? WHERE id = ?"),
      failure: p(`INSERT INTO failures (source, error, at, pipeline) VALUES (?, ?, ?, ?)
        ON CONFLICT(source) DO UPDATE SET error = excluded.error, pipeline = excluded.pipeline`),
      clearFailure: p("DELETE FROM failures WHERE source = ?"),
    };
    const ins = (sql: string) => new Insert(db, sql);
    this.#ins = {
      article: ins(`INSERT INTO articles (id, url, norm_url, site, source, title, published, published_from, language, status,
        extractor, extractor_version, stages, fetched_at, text, html, diagnostics, pipeline)
        VALUES (@id, @url, @normUrl, @site, @source, @title, @published, @publishedFrom, @language, @status,
        @extractor, @extractorVersion, @stages, @fetchedAt, @text, @html, @diagnostics, @pipeline)`),
      actor: ins(`INSERT INTO actors (id, key, name, type, country, sector, kb, pipeline)
        VALUES (@id, @key, @name, @type, @country, @sector, @kb, @pipeline)
        ON CONFLICT(id) DO UPDATE SET
          name = min(name, excluded.name),
          country = CASE WHEN country IS NULL THEN excluded.country WHEN excluded.country IS NULL THEN country ELSE min(country, excluded.country) END,
          sector = CASE WHEN sector IS NULL THEN excluded.sector WHEN excluded.sector IS NULL THEN sector ELSE min(sector, excluded.sector) END,
          pipeline = max(pipeline, excluded.pipeline)
        WHERE excluded.name < actors.name OR excluded.pipeline > actors.pipeline
          OR (excluded.country IS NOT NULL AND (actors.country IS NULL OR excluded.country < actors.country))
          OR (excluded.sector IS NOT NULL AND (actors.sector IS NULL OR excluded.sector < actors.sector))`),
      articleActor: ins(`INSERT INTO article_actors (article_id, local_id, actor_id, name, roles, confidence, mentions, mention_count, pipeline)
        VALUES (@articleId, @localId, @actorId, @name, @roles, @confidence, @mentions, @mentionCount, @pipeline)`),
      quote: ins(`INSERT INTO quotes (id, article_id, idx, kind, start, end, text, speaker_actor, speaker_start, speaker_end, speaker_text,
        cue_start, cue_end, cue_text, confidence, pipeline)
        VALUES (@id, @articleId, @idx, @kind, @start, @end, @text, @speakerActor, @speakerStart, @speakerEnd, @speakerText,
        @cueStart, @cueEnd, @cueText, @confidence, @pipeline)`),
      event: ins(`INSERT INTO events (id, article_id, idx, type, mode, quad, modality, start, end, trigger_start, trigger_end, trigger_text,
        source_actor, source_country, source_sector, target_actor, target_country, target_sector, reported_by,
        place_name, place_country, lat, lon, date, evidence, confidence, cluster_key, pipeline)
        VALUES (@id, @articleId, @idx, @type, @mode, @quad, @modality, @start, @end, @triggerStart, @triggerEnd, @triggerText,
        @sourceActor, @sourceCountry, @sourceSector, @targetActor, @targetCountry, @targetSector, @reportedBy,
        @placeName, @placeCountry, @lat, @lon, @date, @evidence, @confidence, @clusterKey, @pipeline)`),
    };
    this.#putTx = db.transaction((items) => this.#putMany(items));
    db.function("parley_lower", { deterministic: true }, (v: unknown) => (typeof v === "string" ? v.toLowerCase() : null));
    db.function("parley_length", { deterministic: true }, (v: unknown) => (typeof v === "string" ? v.length : 0));
    db.function("parley_public_id", { deterministic: true }, (kb: unknown, type: unknown, name: unknown) =>
      publicActorId({ kb: typeof kb === "string" ? kb : null, type: String(type), name: String(name) }));
  }

  async has(ref: { id?: string; url?: string }): Promise<boolean> {
    if (ref.id && this.#stmts.hasId.get(ref.id)) return true;
    if (ref.url && this.#stmts.hasUrl.get(normaliseUrl(ref.url))) return true;
    return false;
  }

  async putArticle(article: ArticleInput, record: ParleyRecord | null): Promise<PutOutcome> {
    return (await this.putArticles([{ article, record }]))[0];
  }

  async putArticles(items: readonly PutItem[]): Promise<PutOutcome[]> {
    if (!items.length) return [];
    if (this.#merged.size > 500_000) this.#merged.clear();
    try {
      return this.#putTx.immediate(items);
    } catch (err) {
      this.#merged.clear();
      throw err;
    }
  }

  /**
   * Store the articles' rows, then recluster each touched key once for the whole batch: the
   * window logic of #recluster holds for any set of new dates (see there), so one pass per
   * key gives the same clusters as one pass per article.
   */
  #putMany(items: readonly PutItem[]): PutOutcome[] {
    const touched = new Map<string, { dates: string[]; undated: Set<string>; pipeline: string }>();
    const outcomes = items.map(({ article, record }) => {
      const added = this.#put(article, record);
      if (typeof added === "string") return added;
      for (const e of added.events) {
        let t = touched.get(e.clusterKey);
        if (!t) touched.set(e.clusterKey, (t = { dates: [], undated: new Set(), pipeline: added.pipeline }));
        t.pipeline = added.pipeline;
        if (e.date === null) t.undated.add(article.id);
        else t.dates.push(e.date);
      }
      return "added" as const;
    });
    for (const [key, t] of touched) this.#recluster(key, t.dates, t.undated, t.pipeline);
    return outcomes;
  }

  #put(article: ArticleInput, record: ParleyRecord | null): PutOutcome | { events: EventRowIn[]; pipeline: string } {
    const s = this.#stmts;
    s.clearFailure.run(article.source);
    if (s.hasId.get(article.id)) return "duplicate-id";
    const normUrl = article.url ? normaliseUrl(article.url) : null;
    if (normUrl && s.hasUrl.get(normUrl)) return "duplicate-url";
    const pipeline = record?.parley ?? PARLEY_VERSION;
    const info = this.#ins.article.run({
      id: article.id, url: article.url ?? null, normUrl, site: article.site ?? siteOf(article.url), source: article.source,
      title: article.title ?? null, published: article.published ?? null, publishedFrom: article.publishedFrom ?? null,
      language: article.language, status: article.status, extractor: article.extractor.name, extractorVersion: article.extractor.version,
      stages: JSON.stringify(record?.stages ?? []), fetchedAt: article.fetchedAt ?? null, text: article.text, html: article.html ?? null,
      diagnostics: JSON.stringify(record?.diagnostics ?? []), pipeline,
    });
    s.articleFts.run(info.lastInsertRowid, article.title ?? "", article.text);
    const rows = recordRows(article, record);
    const base = { articleId: article.id, pipeline };
    for (const actor of rows.actors) {
      // Merging is idempotent: an actor row already merged (by this connection) changes nothing.
      const seen = `${actor.id}\u0000${actor.name}\u0000${actor.country}\u0000${actor.sector}\u0000${pipeline}`;
      if (this.#merged.has(seen)) continue;
      this.#ins.actor.run(actor, { pipeline });
      this.#merged.add(seen);
    }
    for (const row of rows.articleActors) this.#ins.articleActor.run(row, base);
    for (const row of rows.quotes) {
      const q = this.#ins.quote.run(row, base);
      s.quoteFts.run(q.lastInsertRowid, row.text);
    }
    for (const row of rows.events) this.#ins.event.run(row, base);
    for (const [id, c] of actorCounts(rows)) s.actorStats.run(id, c[0], c[1], c[2], c[3]);
    return { events: rows.events, pipeline };
  }

  /**
   * Update the clusters of one key after a batch added events with these dates (from one
   * article or several). Chains over a line never overlap, so only the clusters within the
   * window of the new dates' span can change: take their full extent, recompute the members
   * inside it, leave the rest alone. Undated events cluster within their article only (the
   * articles in `undated`). Same result as recomputing the key from scratch, at the cost of
   * the neighbourhood instead of the whole key.
   */
  #recluster(key: string, dates: string[], undated: ReadonlySet<string>, pipeline: string): void {
    const s = this.#stmts;
    const dated = dates.map((d) => (d + "-01-01").slice(0, 10)).sort();
    const groups: StoredMember[][] = [];
    if (dated.length) {
      let lo = shiftDays(dated[0], -this.#window);
      let hi = shiftDays(dated[dated.length - 1], this.#window);
      const extent = s.clusterExtent.get({ key, lo, hi }) as { lo: string | null; hi: string | null };
      if (extent.lo && extent.lo < lo) lo = extent.lo;
      if (extent.hi && extent.hi > hi) hi = extent.hi;
      s.deleteDated.run({ key, lo, hi });
      groups.push(s.datedMembers.all({ key, lo, hi }) as StoredMember[]);
    }
    for (const articleId of undated) groups.push(s.undatedMembers.all({ key, articleId }) as StoredMember[]);
    const [type, sourceKey, targetKey] = key.split("|");
    for (const members of groups) {
      for (const c of clusterEvents(key, members, this.#window)) {
        s.cluster.run({ id: c.id, key, type, sourceKey, targetKey, firstDate: c.firstDate, lastDate: c.lastDate,
          numMentions: c.numMentions, numArticles: c.numArticles, numSources: c.numSources, pipeline });
        // Most members keep their cluster (its id comes from its first member): only the
        // changed ones are written.
        for (const m of c.members as StoredMember[]) if (m.clusterId !== c.id) s.setCluster.run(c.id, m.id);
      }
    }
  }

  async putFailure(source: string, error: string): Promise<void> {
    this.#stmts.failure.run(source, error, new Date().toISOString(), PARLEY_VERSION);
  }

  async clearFailure(source: string): Promise<void> {
    this.#stmts.clearFailure.run(source);
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string) => (this.#db.prepare(sql).pluck().get() as number) ?? 0;
    return {
      articles: n("SELECT count(*) FROM articles"),
      actors: n("SELECT count(*) FROM actors"),
      quotes: n("SELECT count(*) FROM quotes"),
      events: n("SELECT count(*) FROM events"),
      mentions: n("SELECT sum(mention_count) FROM article_actors"),
      clusters: n("SELECT count(*) FROM clusters"),
      failed: n("SELECT count(*) FROM failures"),
      notExtracted: n("SELECT count(*) FROM articles WHERE status <> 'extracted'"),
    };
  }

  async queryEvents(filter: EventFilter = {}): Promise<EventRow[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.actor) {
      params.actor = filter.actor;
      params.actorLower = filter.actor.toLowerCase();
      params.actorKey = `name:${normaliseName(filter.actor)}|%`;
      where.push(`(e.source_country = @actor OR e.target_country = @actor OR e.source_actor = @actor OR e.target_actor = @actor
        OR sa.kb = @actor OR ta.kb = @actor OR lower(sa.name) = @actorLower OR lower(ta.name) = @actorLower
        OR sa.key LIKE @actorKey OR ta.key LIKE @actorKey)`);
    }
    if (filter.type) { params.type = filter.type.toUpperCase(); where.push("e.type = @type"); }
    if (filter.modality) { params.modality = filter.modality; where.push("e.modality = @modality"); }
    if (filter.from) { params.from = filter.from; where.push("e.date >= @from"); }
    if (filter.to) { params.to = filter.to; where.push("e.date <= @to"); }
    const sql = `${EVENT_SELECT} ${where.length ? "WHERE " + where.join(" AND ") : ""}
      ORDER BY e.date IS NULL, e.date, e.article_id, e.idx ${filter.limit ? "LIMIT " + Math.floor(filter.limit) : ""}`;
    return this.#db.prepare(sql).all(params) as EventRow[];
  }

  async queryQuotes(filter: QuoteFilter = {}): Promise<QuoteRow[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.speaker) {
      params.speaker = filter.speaker.toLowerCase();
      params.speakerKey = `name:${normaliseName(filter.speaker)}|%`;
      where.push(`(lower(s.name) = @speaker OR s.key LIKE @speakerKey OR lower(q.speaker_text) = @speaker
        OR s.kb = @speaker OR q.speaker_actor = @speaker)`);
    }
    if (filter.text) {
      params.text = ftsQuery(filter.text);
      where.push("q.rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @text)");
    }
    if (filter.from) { params.from = filter.from; where.push("a.published >= @from"); }
    if (filter.to) { params.to = filter.to; where.push("a.published <= @to"); }
    const sql = `${QUOTE_SELECT} ${where.length ? "WHERE " + where.join(" AND ") : ""}
      ORDER BY a.published IS NULL, a.published, q.article_id, q.idx ${filter.limit ? "LIMIT " + Math.floor(filter.limit) : ""}`;
    return this.#db.prepare(sql).all(params) as QuoteRow[];
  }

  async queryActors(filter: ActorFilter = {}): Promise<ActorRow[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.type) { params.type = filter.type; where.push("x.type = @type"); }
    if (filter.country) { params.country = filter.country; where.push("x.country = @country"); }
    const sql = `SELECT x.id, x.key, x.name, x.type, x.country, x.sector, x.kb, x.pipeline,
        (SELECT count(*) FROM article_actors aa WHERE aa.actor_id = x.id) AS articles,
        (SELECT coalesce(sum(mention_count), 0) FROM article_actors aa WHERE aa.actor_id = x.id) AS mentions
      FROM actors x ${where.length ? "WHERE " + where.join(" AND ") : ""}
      ORDER BY articles DESC, mentions DESC, x.name, x.id ${filter.top ? "LIMIT " + Math.floor(filter.top) : ""}`;
    return this.#db.prepare(sql).all(params) as ActorRow[];
  }

  async queryClusters(filter: { type?: string; limit?: number } = {}): Promise<ClusterRow[]> {
    const rows = this.#db.prepare(`SELECT c.id, c.type, c.source_key AS sourceKey, c.target_key AS targetKey,
        c.first_date AS firstDate, c.last_date AS lastDate, c.num_mentions AS numMentions, c.num_articles AS numArticles,
        c.num_sources AS numSources, c.pipeline,
        (SELECT json_group_array(id) FROM (SELECT id FROM events WHERE cluster_id = c.id ORDER BY id)) AS eventIds
      FROM clusters c ${filter.type ? "WHERE c.type = @type" : ""}
      ORDER BY c.num_mentions DESC, c.first_date, c.id ${filter.limit ? "LIMIT " + Math.floor(filter.limit) : ""}`)
      .all(filter.type ? { type: filter.type.toUpperCase() } : {}) as (Omit<ClusterRow, "eventIds"> & { eventIds: string })[];
    return rows.map((r) => ({ ...r, eventIds: JSON.parse(r.eventIds) as string[] }));
  }

  async failures(): Promise<FailureRow[]> {
    return this.#db.prepare("SELECT source, error, at FROM failures ORDER BY source").all() as FailureRow[];
  }

  async search(query: string, opts: { limit?: number } = {}): Promise<SearchHit[]> {
    const q = ftsQuery(query);
    if (!q) return [];
    return this.#db.prepare(`SELECT a.id AS articleId, a.url, a.title, a.published,
        snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet, bm25(articles_fts) AS rank
      FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
      WHERE articles_fts MATCH ? ORDER BY rank, a.id LIMIT ?`).all(`${q.includes(" ") ? `NEAR(${q}, 8)` : q}`, opts.limit ?? 20) as SearchHit[];
  }

  async getRecord(id: string): Promise<StoredRecord | null> {
    const db = this.#db;
    const article = db.prepare(`SELECT id, url, source, title, published, published_from, language, text, diagnostics, stages, pipeline
      FROM articles WHERE id = ?`).get(id) as DbRow | undefined;
    if (!article) return null;
    const articleActors = db.prepare("SELECT * FROM article_actors WHERE article_id = ?").all(id) as DbRow[];
    const actors = new Map((db.prepare("SELECT * FROM actors WHERE id IN (SELECT actor_id FROM article_actors WHERE article_id = ?)")
      .all(id) as DbRow[]).map((r) => [String(r.id), r]));
    const quotes = db.prepare(`SELECT * FROM quotes q WHERE ${ARTICLE_QUOTES}`).all({ id }) as DbRow[];
    const events = db.prepare(`SELECT * FROM events e WHERE ${ARTICLE_EVENTS}`).all({ id }) as DbRow[];
    return recordFromRows({ article, articleActors, actor: (actorId) => actors.get(actorId), quotes, events });
  }

  async listArticles(opts: ListArticlesOptions): Promise<Paged<ArticleListItem>> {
    const db = this.#db;
    const order = "ORDER BY a.published IS NULL OR a.published = '', a.published DESC, a.title, a.id";
    let total: number, ids: string[];
    if (opts.q !== undefined) {
      const q = ftsQuery(opts.q);
      if (!q) return { total: 0, items: [] };
      total = db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?").pluck().get(q) as number;
      ids = db.prepare(`SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?
        ${order} ${pageSql(opts.limit, opts.offset)}`).pluck().all(q) as string[];
    } else {
      total = db.prepare("SELECT count(*) FROM articles").pluck().get() as number;
      ids = db.prepare(`SELECT a.id FROM articles a ${order} ${pageSql(opts.limit, opts.offset)}`).pluck().all() as string[];
    }
    // Only the page's articles are read (their text for its length, their rows for the counts).
    const one = db.prepare(`SELECT a.id, a.title, a.url, a.source, a.published, parley_length(a.text) AS chars,
        (SELECT count(*) FROM article_actors x WHERE x.article_id = a.id) AS entities,
        (SELECT count(*) FROM quotes q WHERE ${ARTICLE_QUOTES}) AS quotes,
        (SELECT count(*) FROM events e WHERE ${ARTICLE_EVENTS}) AS events
      FROM articles a WHERE a.id = @id`);
    return { total, items: ids.map((id) => one.get({ id }) as ArticleListItem) };
  }

  /** The largest article rowid the actor view tables count (rowids only grow: a put changes it); -1 before the first fill. */
  #viewVersion: number | bigint = -1;

  /**
   * The actors as the views show them, aggregated in two TEMP tables of this connection
   * (stored actor -> public id with its counts; public id -> summary), and the timeline's days.
   * Filled on first use from the stored actors' counts (`actor_stats`, kept by every put);
   * after that, when articles were added (by any connection), only the new articles' actors
   * are read again and only the public ids they touch are summed again, so a read during a
   * long ingest costs the new articles, not the corpus. The version and the counts are read in
   * one transaction: one snapshot, so no article is counted twice or missed.
   */
  #actorView(): void {
    const db = this.#db;
    const latest = db.prepare("SELECT coalesce(max(rowid), 0) FROM main.articles").pluck().get() as number;
    if (latest === this.#viewVersion) return;
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS view_member (actor_id TEXT PRIMARY KEY, vid TEXT NOT NULL,
        articles INTEGER NOT NULL, mentions INTEGER NOT NULL, quotes INTEGER NOT NULL, events INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS temp.view_member_vid ON view_member(vid);
      CREATE TEMP TABLE IF NOT EXISTS view_actor (id TEXT PRIMARY KEY, name TEXT NOT NULL, sort_name TEXT NOT NULL, type TEXT NOT NULL,
        country TEXT, sector TEXT, kb TEXT, articles INTEGER NOT NULL, mentions INTEGER NOT NULL, quotes INTEGER NOT NULL, events INTEGER NOT NULL);
      CREATE INDEX IF NOT EXISTS temp.view_actor_rank ON view_actor(mentions DESC, sort_name, name, id);
      CREATE TEMP TABLE IF NOT EXISTS view_new (id TEXT PRIMARY KEY);
      CREATE TEMP TABLE IF NOT EXISTS view_changed (actor_id TEXT PRIMARY KEY);
      CREATE TEMP TABLE IF NOT EXISTS view_touched (vid TEXT PRIMARY KEY);
      CREATE TEMP TABLE IF NOT EXISTS view_days (date TEXT PRIMARY KEY,
        articles INTEGER NOT NULL, mentions INTEGER NOT NULL, quotes INTEGER NOT NULL, events INTEGER NOT NULL);`);
    const first = this.#viewVersion === -1;
    const since = this.#viewVersion;
    this.#viewVersion = db.transaction(() => {
      const version = db.prepare("SELECT coalesce(max(rowid), 0) FROM main.articles").pluck().get() as number;
      if (first) this.#fillActorView();
      else this.#addToActorView(since);
      return version;
    })();
  }

  /** The actor view tables (from the stored actors' counts) and the timeline's days (from all stored rows). */
  #fillActorView(): void {
    this.#db.exec(`DELETE FROM temp.view_member; DELETE FROM temp.view_actor; DELETE FROM temp.view_days;
      ${ADD_DAYS("main.articles")};
      INSERT INTO temp.view_member (actor_id, vid, articles, mentions, quotes, events)
      ${MEMBER_ROWS("main.actors x LEFT JOIN main.actor_stats c ON c.actor_id = x.id")};
      INSERT INTO temp.view_actor (id, name, sort_name, type, country, sector, kb, articles, mentions, quotes, events)
      ${VIEW_ACTOR_ROWS("")};`);
  }

  /**
   * Add the articles stored after rowid `since` to the actor view tables (and the timeline's
   * days): the actors they name take their counts (and public id: a merged actor's name can
   * change it) from the stored counts again, and the summaries of the public ids they left or
   * joined are made again. A quote's speaker and an event's sides are entities of their
   * article, so the new articles' entities are all the actors whose counts changed.
   */
  #addToActorView(since: number | bigint): void {
    this.#db.prepare("DELETE FROM temp.view_new").run();
    this.#db.prepare("INSERT INTO temp.view_new (id) SELECT id FROM main.articles WHERE rowid > ?").run(since);
    this.#db.exec(`DELETE FROM temp.view_changed; DELETE FROM temp.view_touched;
      INSERT OR IGNORE INTO temp.view_changed (actor_id) SELECT x.actor_id FROM temp.view_new n CROSS JOIN main.article_actors x ON x.article_id = n.id;
      INSERT OR IGNORE INTO temp.view_touched (vid) SELECT m.vid FROM temp.view_changed d JOIN temp.view_member m ON m.actor_id = d.actor_id;
      INSERT OR REPLACE INTO temp.view_member (actor_id, vid, articles, mentions, quotes, events)
      ${MEMBER_ROWS("temp.view_changed d JOIN main.actors x ON x.id = d.actor_id LEFT JOIN main.actor_stats c ON c.actor_id = x.id")};
      INSERT OR IGNORE INTO temp.view_touched (vid) SELECT m.vid FROM temp.view_changed d JOIN temp.view_member m ON m.actor_id = d.actor_id;
      DELETE FROM temp.view_actor WHERE id IN (SELECT vid FROM temp.view_touched);
      INSERT INTO temp.view_actor (id, name, sort_name, type, country, sector, kb, articles, mentions, quotes, events)
      ${VIEW_ACTOR_ROWS("WHERE o.vid IN (SELECT vid FROM temp.view_touched)")};
      ${ADD_DAYS("(SELECT a.* FROM temp.view_new n JOIN main.articles a ON a.id = n.id)")};`);
  }

  async viewActors(filter: ViewActorFilter): Promise<Paged<ViewActor>> {
    this.#actorView();
    const params = { q: filter.q ? filter.q.toLowerCase() : null, type: filter.type ?? null };
    const where = "WHERE (@q IS NULL OR instr(sort_name, @q) > 0) AND (@type IS NULL OR type = @type)";
    const total = this.#db.prepare(`SELECT count(*) FROM temp.view_actor ${where}`).pluck().get(params) as number;
    const items = this.#db.prepare(`SELECT id, name, type, country, sector, kb, articles, mentions, quotes, events FROM temp.view_actor
      ${where} ORDER BY mentions DESC, sort_name, name, id ${pageSql(filter.limit, filter.offset)}`).all(params) as ViewActor[];
    return { total, items };
  }

  async viewActor(id: string): Promise<(ViewActor & { roles: string[] }) | null> {
    this.#actorView();
    const actor = this.#db.prepare(`SELECT id, name, type, country, sector, kb, articles, mentions, quotes, events
      FROM temp.view_actor WHERE id = ?`).get(id) as ViewActor | undefined;
    if (!actor) return null;
    const roles = new Set<string>();
    // Articles in id order (as a dump lists them), entities in record order within each: first seen first.
    const ordered = this.#db.prepare(`SELECT article_id, local_id, roles FROM main.article_actors WHERE actor_id IN ${MEMBERS("?")}`)
      .all(id) as { article_id: string; local_id: string; roles: string }[];
    ordered.sort((a, b) => (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : compareLocalIds(a.local_id, b.local_id)));
    for (const r of ordered) for (const role of JSON.parse(r.roles) as string[]) roles.add(role);
    return { ...actor, roles: [...roles] };
  }

  async viewQuotes(f: ViewQuoteFilter): Promise<Paged<ViewQuote>> {
    this.#actorView();
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (f.speakerId !== undefined) { params.speakerId = f.speakerId; where.push(`q.speaker_actor IN ${MEMBERS("@speakerId")}`); }
    if (f.speaker) {
      params.speaker = f.speaker.toLowerCase();
      // SQLite's lower() where the text is plain ASCII (most speakers), the JavaScript one only for the rest
      where.push(`(q.speaker_actor IN ${NAMED("@speaker")} OR instr(CASE WHEN q.speaker_text GLOB '*[^ -~]*'
        THEN parley_lower(q.speaker_text) ELSE lower(q.speaker_text) END, @speaker) > 0)`);
    }
    const text = f.text ? ftsQuery(f.text) : "";
    if (text) { params.text = text; where.push("q.rowid IN (SELECT rowid FROM main.quotes_fts WHERE quotes_fts MATCH @text)"); }
    dateRange("a.published", f.from, f.to, where, params);
    // Filtered, counted and paged on the stored rows alone; only the page's rows are joined
    // to the actor view (joined for every row, a large corpus took seconds a page). With no
    // filter but dates, the page is read in the articles' order (their index) and each
    // article's quotes by key range; a filter on speaker or text goes through its own index
    // and sorts the few rows it finds.
    const selective = f.speakerId !== undefined || !!f.speaker || !!text;
    const cond = where.length ? "WHERE " + where.join(" AND ") : "";
    const from = selective
      ? `FROM main.quotes q JOIN main.articles a ON a.id = q.article_id ${cond}`
      : `FROM main.articles a CROSS JOIN main.quotes q ON q.id > a.id || ':q' AND q.id < a.id || ':r' AND +q.article_id = a.id ${cond}`;
    const order = "ORDER BY a.published IS NULL OR a.published = '', a.published DESC, a.title, a.id, q.start, q.idx";
    const total = this.#db.prepare(where.length ? `SELECT count(*) ${from}` : "SELECT count(*) FROM main.quotes").pluck().get(params) as number;
    const rows = this.#db.prepare(`SELECT q.*, a.title AS a_title, a.published AS a_published, m.vid AS speaker_vid, v.name AS speaker_name,
        ${LOCAL_ID("q.article_id", "q.speaker_actor")} AS speaker_local
      FROM (SELECT q.rowid AS rid ${from} ${order} ${pageSql(f.limit, f.offset)}) page
      CROSS JOIN main.quotes q ON q.rowid = page.rid JOIN main.articles a ON a.id = q.article_id
      LEFT JOIN temp.view_member m ON m.actor_id = q.speaker_actor LEFT JOIN temp.view_actor v ON v.id = m.vid
      ${order}`).all(params) as DbRow[];
    return {
      total,
      items: rows.map((r) => {
        const quote = quoteFromRow(r, () => (typeof r.speaker_local === "string" ? r.speaker_local : undefined));
        const speaker: ViewActorRef | null = quote.speaker?.entity
          ? { id: (r.speaker_vid as string | null) ?? null, name: (r.speaker_name as string | null) ?? null, country: null, sector: null }
          : null;
        return { article: { id: String(r.article_id), title: (r.a_title as string | null) ?? null, published: (r.a_published as string | null) ?? null }, quote, speaker };
      }),
    };
  }

  async viewEvents(f: ViewEventFilter): Promise<Paged<ViewEvent>> {
    this.#actorView();
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    for (const side of ["source", "target"] as const) {
      const want = f[side];
      if (!want) continue;
      params[side] = want.toLowerCase();
      where.push(`(e.${side}_actor IN ${NAMED(`@${side}`)} OR lower(e.${side}_country) = @${side})`);
    }
    if (f.actorId !== undefined) {
      params.actorId = f.actorId;
      where.push(`(e.source_actor IN ${MEMBERS("@actorId")} OR e.target_actor IN ${MEMBERS("@actorId")})`);
    }
    if (f.type) { params.type = f.type; where.push("e.type = @type"); }
    if (f.modality) { params.modality = f.modality; where.push("e.modality = @modality"); }
    dateRange("e.date", f.from, f.to, where, params);
    // As in viewQuotes: filter, count and page the stored rows, then join the page's rows to the actor view.
    const from = `FROM main.events e ${where.length ? "WHERE " + where.join(" AND ") : ""}`;
    const order = EVENT_ORDER;
    const total = this.#db.prepare(`SELECT count(*) ${from}`).pluck().get(params) as number;
    const rows = this.#db.prepare(`SELECT e.*, a.title AS a_title, a.published AS a_published, ${SIDES_COLUMNS},
        ${LOCAL_ID("e.article_id", "e.source_actor")} AS source_local, ${LOCAL_ID("e.article_id", "e.target_actor")} AS target_local
      FROM (SELECT e.rowid AS rid ${from} ${order} ${pageSql(f.limit, f.offset)}) page
      CROSS JOIN main.events e ON e.rowid = page.rid JOIN main.articles a ON a.id = e.article_id
      ${SIDES_JOIN}
      ${order}`).all(params) as DbRow[];
    return {
      total,
      items: rows.map((r) => {
        const local = new Map<unknown, unknown>([[r.source_actor, r.source_local], [r.target_actor, r.target_local]]);
        const event = eventFromRow(r, (actorId) => {
          const l = actorId == null ? undefined : local.get(actorId);
          return typeof l === "string" ? l : undefined;
        });
        const article = { id: String(r.article_id), title: (r.a_title as string | null) ?? null, published: (r.a_published as string | null) ?? null };
        return { article, event, source: sideRef(r, "source"), target: sideRef(r, "target"), date: event.date ?? article.published };
      }),
    };
  }

  async viewEventSides(actorId: string): Promise<{ source: ViewActorRef | null; target: ViewActorRef | null }[]> {
    this.#actorView();
    const rows = this.#db.prepare(`SELECT e.source_actor, e.source_country, e.source_sector, e.target_actor, e.target_country, e.target_sector,
        ${SIDES_COLUMNS}
      FROM main.events e ${SIDES_JOIN}
      WHERE e.source_actor IN ${MEMBERS("@actorId")} OR e.target_actor IN ${MEMBERS("@actorId")}
      ${EVENT_ORDER}`).all({ actorId }) as DbRow[];
    return rows.map((r) => ({ source: sideRef(r, "source"), target: sideRef(r, "target") }));
  }

  async viewTimeline(opts: { interval: "day" | "month"; actor?: string }): Promise<ViewBucket[]> {
    this.#actorView();
    const db = this.#db;
    const bucket = (c: string) => (opts.interval === "month" ? `substr(${c}, 1, 7)` : c);
    // The whole corpus's timeline is kept with the actor view, day by day (see ADD_DAYS).
    if (opts.actor === undefined) {
      return db.prepare(`SELECT ${bucket("date")} AS date, sum(articles) AS articles, sum(mentions) AS mentions, sum(quotes) AS quotes,
          sum(events) AS events FROM temp.view_days GROUP BY 1 ORDER BY 1`).all() as ViewBucket[];
    }
    const params = { actor: opts.actor };
    const articles = `SELECT ${bucket("a.published")} AS date, count(*) AS n, sum(x.n) AS mentions
        FROM (SELECT article_id, sum(mention_count) AS n FROM main.article_actors WHERE actor_id IN ${MEMBERS("@actor")}
          GROUP BY article_id HAVING n > 0) x JOIN main.articles a ON a.id = x.article_id WHERE a.published <> '' GROUP BY 1`;
    const quotes = `SELECT ${bucket("a.published")} AS date, count(*) AS n FROM main.quotes q JOIN main.articles a ON a.id = q.article_id
      WHERE a.published <> '' AND q.speaker_start IS NOT NULL AND q.speaker_actor IN ${MEMBERS("@actor")} GROUP BY 1`;
    const events = `SELECT ${bucket("e.date")} AS date, count(*) AS n FROM main.events e
      WHERE e.date <> '' AND (e.source_actor IN ${MEMBERS("@actor")} OR e.target_actor IN ${MEMBERS("@actor")}) GROUP BY 1`;
    const buckets = new Map<string, ViewBucket>();
    const at = (date: string) => {
      let b = buckets.get(date);
      if (!b) buckets.set(date, (b = { date, articles: 0, mentions: 0, quotes: 0, events: 0 }));
      return b;
    };
    for (const r of db.prepare(articles).all(params) as { date: string; n: number; mentions: number }[]) {
      const b = at(r.date);
      b.articles += r.n;
      b.mentions += r.mentions;
    }
    for (const r of db.prepare(quotes).all(params) as { date: string; n: number }[]) at(r.date).quotes += r.n;
    for (const r of db.prepare(events).all(params) as { date: string; n: number }[]) at(r.date).events += r.n;
    return [...buckets.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  }

  async articleText(id: string): Promise<string | null> {
    return (this.#db.prepare("SELECT text FROM articles WHERE id = ?").pluck().get(id) as string | undefined) ?? null;
  }

  async dump(): Promise<string> {
    const tables: [string, string][] = [
      ["articles", "id"], ["actors", "id"], ["article_actors", "article_id, local_id"],
      ["quotes", "id"], ["events", "id"], ["clusters", "id"], ["failures", "source"],
    ];
    const lines: string[] = [];
    for (const [table, order] of tables) {
      for (const row of this.#db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).iterate() as Iterable<Record<string, unknown>>) {
        if (table === "articles") delete row.fetched_at;
        if (table === "failures") delete row.at;
        lines.push(JSON.stringify({ table, ...row }));
      }
    }
    return lines.join("\n") + (lines.length ? "\n" : "");
  }

  async close(): Promise<void> {
    if (this.#db.open) {
      if (this.#checkpoint) this.#db.pragma("wal_checkpoint(TRUNCATE)");
      this.#db.close();
    }
  }
}

/**
 * Open (creating and migrating when needed) a SQLite store.
 * @example const store = openSqliteStore("./parley.db");
 */
export function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): Store {
  let db: Db;
  try {
    db = new Database(file);
    db.pragma("busy_timeout = 5000");
    db.pragma("journal_mode = WAL");
  } catch (err) {
    throw new StoreError("S001", `${file}: ${(err as Error).message}`);
  }
  // NORMAL in WAL mode: a power loss may drop the last commits, never corrupt; a killed
  // process loses nothing that was committed.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return new SqliteStore(db, opts);
}


/**
 * Open the store at a location (as given by another store's `location`), for another thread
 * to write to the same database; it leaves checkpointing to the store it came from.
 */
export function openStore(location: StoreLocation): Store {
  if (location.dialect !== "sqlite") throw new StoreError("S001", `unknown store dialect ${String(location.dialect)}`);
  return openSqliteStore(location.file, { clusterWindowDays: location.clusterWindowDays, checkpointOnClose: false });
}
