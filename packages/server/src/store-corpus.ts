/**
 * The corpus over `@parley/store` (the SQLite store by default). Writes go straight to the
 * store; every read asks the store for what the request needs and nothing more: one
 * article's record (`getRecord`), a page of article summaries or full-text hits
 * (`listArticles`, with snippets cut from the page's texts only), and the actor, quote,
 * event and timeline views aggregated in SQL (`viewActors`, `viewQuotes`, ...). No read
 * rebuilds the corpus in memory: an actor's detail answers with the newest `limit` quotes and
 * events, and counts its counterparts over the two sides of all its events (`viewEventSides`).
 */
import type { EntityType } from "@parley/core";
import { openSqliteStore, type ArticleInput, type Store } from "@parley/store";
import type { ActorSummary, Corpus, StoredArticle } from "./corpus.js";
import { counterparts, snippet, terms } from "./view.js";

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
  const actorSummary = <T extends { type: string }>(a: T) => ({ ...a, type: a.type as EntityType });
  return {
    async put(article) {
      const outcome = await store.putArticle(articleInput(article), article.record);
      return { id: article.id, created: outcome === "added" };
    },
    async article(id) {
      const found = await store.getRecord(id);
      return found ? { id, text: found.text, record: found.record } : undefined;
    },
    async articles(paging) {
      const { total, items } = await store.listArticles(paging);
      return {
        total,
        items: items.map((a) => ({
          id: a.id, title: a.title, published: a.published, source: a.source ?? a.url ?? null,
          chars: a.chars, entities: a.entities, quotes: a.quotes, events: a.events,
        })),
      };
    },
    async search(q, paging) {
      const ts = terms(q);
      if (!ts.length) return { total: 0, items: [] };
      const { total, items } = await store.listArticles({ ...paging, q });
      // Snippets from the texts of this page's hits only.
      const hits = await Promise.all(items.map(async (a) => ({
        id: a.id, title: a.title, published: a.published, snippet: snippet((await store.articleText(a.id)) ?? "", ts),
      })));
      return { total, items: hits };
    },
    async actors(filter) {
      const { total, items } = await store.viewActors(filter);
      return { total, items: items.map((a): ActorSummary => actorSummary(a)) };
    },
    async actor(id, opts = {}) {
      const actor = await store.viewActor(id);
      if (!actor) return undefined;
      const [timeline, quotes, events, sides] = await Promise.all([
        store.viewTimeline({ interval: "day", actor: id }),
        store.viewQuotes({ speakerId: id, limit: opts.limit }),
        store.viewEvents({ actorId: id, limit: opts.limit }),
        store.viewEventSides(id),
      ]);
      return { actor: actorSummary(actor), timeline, quotes: quotes.items, events: events.items, counterparts: counterparts(id, sides) };
    },
    async quotes(filter) { return store.viewQuotes(filter); },
    async events({ actor, ...filter }) { return store.viewEvents(actor ? { ...filter, actorId: actor } : filter); },
    async timeline(opts) { return store.viewTimeline(opts); },
    close: () => store.close(),
  };
}

/** Open the SQLite store at `path` (created when missing) as a corpus. */
export async function openStoreCorpus(path: string): Promise<Corpus> {
  return storeCorpus(openSqliteStore(path));
}
