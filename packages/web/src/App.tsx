/** The shell: navigation, a search box, and the page for the current route (each loaded on demand). */
import { lazy, Suspense, useEffect, useState, type FormEvent } from "react";
import { api } from "./api.js";
import { href, navigate, useRoute } from "./router.js";

const Analyze = lazy(() => import("./pages/Analyze.js"));
const Articles = lazy(() => import("./pages/Articles.js"));
const Actors = lazy(() => import("./pages/Actors.js"));
const Quotes = lazy(() => import("./pages/Quotes.js"));
const Events = lazy(() => import("./pages/Events.js"));

const PAGES = [
  ["analyze", "Analyze"], ["articles", "Articles"], ["actors", "Actors"], ["quotes", "Quotes"], ["events", "Events"],
] as const;

/** With no page in the URL: Analyze when the store is empty, else the article list. */
function useLanding(page: string): void {
  useEffect(() => {
    if (page) return;
    let live = true;
    api.articles({ limit: 1 })
      .then((p) => { if (live) navigate(href(p.total === 0 ? "analyze" : "articles")); })
      .catch(() => { if (live) navigate(href("analyze")); });
    return () => { live = false; };
  }, [page]);
}

export function App() {
  const route = useRoute();
  useLanding(route.page);
  // The box shows the search in the URL (after reload, back, or a link), and is empty elsewhere.
  const routeQ = route.page === "articles" && !route.id ? route.params.get("q") ?? "" : "";
  const [q, setQ] = useState(routeQ);
  useEffect(() => setQ(routeQ), [routeQ]);
  const search = (e: FormEvent) => {
    e.preventDefault();
    if (q.trim()) navigate(href("articles", undefined, { q: q.trim() }));
  };
  return (
    <div className="app">
      <header className="top">
        <a className="brand" href={href("analyze")}>Parley</a>
        <nav>
          {PAGES.map(([page, label]) => (
            <a key={page} href={href(page)} className={route.page === page ? "active" : ""}>{label}</a>
          ))}
        </nav>
        <form className="global-search" role="search" onSubmit={search}>
          <input aria-label="Search articles" placeholder="Search articles…" value={q} onChange={(e) => setQ(e.target.value)} />
        </form>
      </header>
      <main>
        <Suspense fallback={<p className="muted">Loading…</p>}>
          {route.page === "analyze" && <Analyze />}
          {route.page === "articles" && <Articles route={route} />}
          {route.page === "actors" && <Actors route={route} />}
          {route.page === "quotes" && <Quotes route={route} />}
          {route.page === "events" && <Events route={route} />}
          {route.page !== "" && !PAGES.some(([p]) => p === route.page) && <p>No page “{route.page}”.</p>}
        </Suspense>
      </main>
    </div>
  );
}
