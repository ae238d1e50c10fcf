/**
 * SQLite schema, as numbered migrations applied in order; `PRAGMA user_version` records how
 * far a database has come. Never edit a shipped migration: add the next one.
 */
export const MIGRATIONS: readonly string[] = [
  /* 1: the corpus */ `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,              -- sha256 of the text
  url TEXT,
  norm_url TEXT UNIQUE,
  site TEXT,
  source TEXT NOT NULL,
  title TEXT,
  published TEXT,
  published_from TEXT,
  language TEXT NOT NULL,
  status TEXT NOT NULL,             -- extracted | language
  extractor TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  stages TEXT NOT NULL,             -- JSON [{name, version}]
  fetched_at TEXT,
  text TEXT NOT NULL,
  html TEXT,
  diagnostics TEXT NOT NULL,        -- JSON
  pipeline TEXT NOT NULL
) STRICT;
CREATE INDEX articles_published ON articles(published);

CREATE TABLE actors (
  id TEXT PRIMARY KEY,              -- hash of key
  key TEXT NOT NULL UNIQUE,         -- kb:<id> | name:<normalised>|<type>|<country>
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  sector TEXT,
  kb TEXT,
  pipeline TEXT NOT NULL
) STRICT;
CREATE INDEX actors_country ON actors(country);

CREATE TABLE article_actors (
  article_id TEXT NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,           -- the entity id inside the record (e1, e2 ...)
  actor_id TEXT NOT NULL REFERENCES actors(id),
  name TEXT NOT NULL,
  roles TEXT NOT NULL,              -- JSON
  confidence REAL,
  pipeline TEXT NOT NULL,
  PRIMARY KEY (article_id, local_id)
) STRICT;
CREATE INDEX article_actors_actor ON article_actors(actor_id);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  actor_id TEXT NOT NULL REFERENCES actors(id),
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  via TEXT NOT NULL,
  pipeline TEXT NOT NULL,
  PRIMARY KEY (article_id, local_id, idx)
) STRICT;
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE quotes (
  id TEXT PRIMARY KEY,              -- <article>:q<index>
  article_id TEXT NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_actor TEXT REFERENCES actors(id),
  speaker_start INTEGER,
  speaker_end INTEGER,
  speaker_text TEXT,
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  confidence REAL NOT NULL,
  pipeline TEXT NOT NULL
) STRICT;
CREATE INDEX quotes_speaker ON quotes(speaker_actor);

CREATE TABLE events (
  id TEXT PRIMARY KEY,              -- <article>:v<index>
  article_id TEXT NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  type TEXT NOT NULL,
  mode TEXT,
  quad TEXT NOT NULL,
  modality TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  trigger_start INTEGER NOT NULL,
  trigger_end INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  source_actor TEXT REFERENCES actors(id),
  source_country TEXT,
  source_sector TEXT,
  target_actor TEXT REFERENCES actors(id),
  target_country TEXT,
  target_sector TEXT,
  reported_by TEXT,                 -- JSON or NULL
  place_name TEXT,
  place_country TEXT,
  lat REAL,
  lon REAL,
  date TEXT,                        -- event date, else the article's publication date
  evidence TEXT NOT NULL,           -- JSON [{start, end, text}]
  confidence REAL NOT NULL,
  cluster_key TEXT NOT NULL,
  cluster_id TEXT,
  pipeline TEXT NOT NULL
) STRICT;
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_cluster_key ON events(cluster_key);
CREATE INDEX events_source_country ON events(source_country);
CREATE INDEX events_target_country ON events(target_country);

CREATE TABLE clusters (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  source_key TEXT NOT NULL,
  target_key TEXT NOT NULL,
  first_date TEXT,
  last_date TEXT,
  num_mentions INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  pipeline TEXT NOT NULL
) STRICT;
CREATE INDEX clusters_key ON clusters(key);

CREATE TABLE failures (
  source TEXT PRIMARY KEY,
  error TEXT NOT NULL,
  at TEXT NOT NULL,
  pipeline TEXT NOT NULL
) STRICT;

-- External-content indexes over the tables' rowids; rows are only ever inserted.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize="unicode61 remove_diacritics 2");
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='rowid', tokenize="unicode61 remove_diacritics 2");
`,
  /* 2: mentions as one JSON array per article actor (one row per entity, not per mention: the
     per-mention rows were most of the cost of storing an article) */ `
ALTER TABLE article_actors ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';   -- JSON [{start, end, text, via}]
ALTER TABLE article_actors ADD COLUMN mention_count INTEGER NOT NULL DEFAULT 0;
UPDATE article_actors SET
  mentions = coalesce((SELECT json_group_array(json_object('start', m.start, 'end', m.end, 'text', m.text, 'via', m.via))
    FROM (SELECT * FROM mentions m WHERE m.article_id = article_actors.article_id AND m.local_id = article_actors.local_id ORDER BY m.idx) m), '[]'),
  mention_count = (SELECT count(*) FROM mentions m WHERE m.article_id = article_actors.article_id AND m.local_id = article_actors.local_id);
DROP TABLE mentions;
`,
  /* 3: indexes for reads on a large corpus: the orders the UI and API page articles and events
     in (a page is read off the index, not sorted out of the whole corpus); a cluster's events
     (each cluster listed scanned every event); an actor's article and mention counts read off
     the index alone (top actors) */ `
CREATE INDEX articles_order ON articles((published IS NULL OR published = ''), published DESC, title, id);
CREATE INDEX events_order ON events((date IS NULL OR date = ''), date DESC, start, article_id, idx);
CREATE INDEX events_cluster ON events(cluster_id);
DROP INDEX article_actors_actor;
CREATE INDEX article_actors_actor ON article_actors(actor_id, mention_count);
`,
  /* 4: each stored actor's counts, kept by every put (the views start from these instead of
     aggregating every article's rows): articles it appears in, its mentions, the quotes it
     speaks (with a speaker span), the events it is a side of (once per event) */ `
CREATE TABLE actor_stats (
  actor_id TEXT PRIMARY KEY,
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  quotes INTEGER NOT NULL,
  events INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO actor_stats (actor_id, articles, mentions, quotes, events)
SELECT id, sum(articles), sum(mentions), sum(quotes), sum(events) FROM (
  SELECT actor_id AS id, count(DISTINCT article_id) AS articles, sum(mention_count) AS mentions, 0 AS quotes, 0 AS events
    FROM article_actors GROUP BY actor_id
  UNION ALL
  SELECT speaker_actor, 0, 0, count(*), 0 FROM quotes WHERE speaker_actor IS NOT NULL AND speaker_start IS NOT NULL GROUP BY speaker_actor
  UNION ALL
  SELECT id, 0, 0, 0, count(*) FROM (SELECT source_actor AS id FROM events WHERE source_actor IS NOT NULL
    UNION ALL SELECT target_actor FROM events WHERE target_actor IS NOT NULL AND target_actor IS NOT source_actor) GROUP BY id
) GROUP BY id;
`,
];
