/** Articles: the stored list, full-text search with marked snippets, and one article read in place. */
import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { api, type SearchHit } from "../api.js";
import { AnnotatedText } from "../components/AnnotatedText.js";
import { RecordSummary } from "../components/RecordSummary.js";
import { Pager } from "../components/lists.js";
import { offsetOf, useLoad } from "../hooks.js";
import { href, navigate, type Route } from "../router.js";

export default function Articles({ route }: { route: Route }) {
  return route.id ? <Article id={route.id} /> : <ArticleList q={route.params.get("q") ?? ""} offset={offsetOf(route.params)} />;
}

function Snippet({ snippet }: { snippet: SearchHit["snippet"] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const m of snippet.marks) {
    if (m.start < at) continue;
    parts.push(snippet.text.slice(at, m.start), <mark key={m.start}>{snippet.text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  parts.push(snippet.text.slice(at));
  return <p className="snippet">{snippet.offset > 0 && "…"}{parts}…</p>;
}

const LIST_LIMIT = 200, SEARCH_LIMIT = 50;

function ArticleList({ q, offset }: { q: string; offset: number }) {
  const [input, setInput] = useState(q);
  useEffect(() => setInput(q), [q]);
  const list = useLoad(() => (q ? Promise.resolve(null) : api.articles({ limit: LIST_LIMIT, offset })), [q, offset]);
  const found = useLoad(() => (q ? api.search(q, { limit: SEARCH_LIMIT, offset }) : Promise.resolve(null)), [q, offset]);
  const to = (o: number) => href("articles", undefined, { q: q || undefined, offset: o ? String(o) : undefined });
  const submit = (e: FormEvent) => { e.preventDefault(); navigate(href("articles", undefined, { q: input.trim() })); };
  return (
    <section className="page">
      <h1>Articles</h1>
      <form className="filters" onSubmit={submit}>
        <input aria-label="Full-text search" placeholder="words in the text" value={input} onChange={(e) => setInput(e.target.value)} />
        <button type="submit">Search</button>
        {q && <a href={href("articles")}>clear</a>}
      </form>
      {(list.error || found.error) && <p className="error">{list.error ?? found.error}</p>}
      {found.data && (
        <div data-testid="search-results" className={found.loading ? "loading-stale" : ""}>
          <p className="muted">{found.data.articles.total} articles match “{q}”.</p>
          {found.data.actors.items.length > 0 && (
            <p>Actors: {found.data.actors.items.map((a) => <a key={a.id} className="chip" href={href("actors", a.id)}>{a.name}</a>)}</p>
          )}
          <Pager total={found.data.articles.total} offset={offset} limit={SEARCH_LIMIT} shown={found.data.articles.items.length} to={to} loading={found.loading} />
          <ul className="hits">
            {found.data.articles.items.map((h) => (
              <li key={h.id}>
                <a href={href("articles", h.id)}>{h.title ?? h.id.slice(0, 12)}</a> <span className="muted">{h.published}</span>
                <Snippet snippet={h.snippet} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {list.data && (list.data.total === 0
        ? <p>The corpus is empty. <a href={href("analyze")}>Analyze</a> a text with “store” ticked, or run <code>parley ingest</code>.</p>
        : (<>
          <Pager total={list.data.total} offset={offset} limit={LIST_LIMIT} shown={list.data.items.length} to={to} loading={list.loading} />
          <table className={`table${list.loading ? " loading-stale" : ""}`} data-testid="article-list">
            <thead><tr><th>Title</th><th>Published</th><th>Actors</th><th>Quotes</th><th>Events</th></tr></thead>
            <tbody>
              {list.data.items.map((a) => (
                <tr key={a.id}>
                  <td><a href={href("articles", a.id)}>{a.title ?? untitled(a.source, a.id)}</a></td>
                  <td>{a.published ?? "—"}</td><td>{a.entities}</td><td>{a.quotes}</td><td>{a.events}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager total={list.data.total} offset={offset} limit={LIST_LIMIT} shown={list.data.items.length} to={to} loading={list.loading} />
        </>))}
    </section>
  );
}

function Article({ id }: { id: string }) {
  const article = useLoad(() => api.article(id), [id]);
  if (article.error) return <p className="error">{article.error}</p>;
  if (!article.data) return <p className="muted">Loading…</p>;
  const { text, record } = article.data;
  return (
    <section className="page">
      <p><a href={href("articles")}>← Articles</a></p>
      <h1>{record.meta.title ?? untitled(record.meta.source ?? null, id)}</h1>
      {record.meta.source && <p className="muted">{record.meta.source}</p>}
      <RecordSummary record={record} />
      <AnnotatedText text={text} record={record} />
    </section>
  );
}

/** The label of an article without a title: its file's or URL's last name, else its id's start. */
function untitled(source: string | null, id: string): string {
  const name = source?.replace(/[?#].*$/, "").replace(/\/+$/, "").split(/[\\/]/).pop();
  return name || id.slice(0, 12);
}
