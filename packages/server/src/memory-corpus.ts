/** A corpus held in memory: for tests, and for `parley serve` when no database is given. */
import type { Corpus, StoredArticle } from "./corpus.js";
import { CorpusView, byDateDesc, page, searchArticles, summarise } from "./view.js";

/**
 * @example
 * const corpus = memoryCorpus();
 * await corpus.put({ id: record.id, text, record });
 */
export function memoryCorpus(initial: StoredArticle[] = []): Corpus {
  const byId = new Map<string, StoredArticle>(initial.map((a) => [a.id, a]));
  let view: CorpusView | undefined;
  const current = () => (view ??= new CorpusView([...byId.values()]));
  return {
    async put(article) {
      const created = !byId.has(article.id);
      byId.set(article.id, article);
      view = undefined;
      return { id: article.id, created };
    },
    async article(id) { return byId.get(id); },
    async articles(paging) { return page([...byId.values()].map(summarise).sort(byDateDesc), paging); },
    async search(q, paging) { return searchArticles([...byId.values()], q, paging); },
    async actors(filter) { return current().actors(filter); },
    async actor(id, opts) { return current().actor(id, opts); },
    async quotes(filter) { return current().quotes(filter); },
    async events(filter) { return current().events(filter); },
    async timeline(opts) { return current().timeline(opts); },
  };
}
