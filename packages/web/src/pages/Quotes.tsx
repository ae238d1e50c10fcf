/** Quotes: search by speaker, words and date. The filters and the page live in the URL. */
import type { FormEvent } from "react";
import { api } from "../api.js";
import { Pager, QuoteList } from "../components/lists.js";
import { offsetOf, useLoad, useUrlForm } from "../hooks.js";
import { href, navigate, type Route } from "../router.js";

const KEYS = ["speaker", "text", "from", "to"] as const;
const LIMIT = 200;

export default function Quotes({ route }: { route: Route }) {
  const current = Object.fromEntries(KEYS.map((k) => [k, route.params.get(k) ?? ""])) as Record<(typeof KEYS)[number], string>;
  const offset = offsetOf(route.params);
  const [form, setForm] = useUrlForm(KEYS, route.params);
  const qs = route.params.toString();
  const quotes = useLoad(() => api.quotes({ ...current, limit: LIMIT, offset }), [qs]);
  const submit = (e: FormEvent) => { e.preventDefault(); navigate(href("quotes", undefined, form)); };
  const to = (o: number) => href("quotes", undefined, { ...current, offset: o ? String(o) : undefined });
  return (
    <section className="page">
      <h1>Quotes</h1>
      <form className="filters" onSubmit={submit}>
        <input aria-label="Speaker" placeholder="speaker" value={form.speaker} onChange={(e) => setForm({ ...form, speaker: e.target.value })} />
        <input aria-label="Words" placeholder="words" value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />
        <input aria-label="From" type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        <input aria-label="To" type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        <button type="submit">Filter</button>
        {qs && <a href={href("quotes")}>clear</a>}
      </form>
      {quotes.error && <p className="error">{quotes.error}</p>}
      {quotes.loading && !quotes.data && <p className="muted">Loading…</p>}
      {quotes.data && (
        <div className={quotes.loading ? "loading-stale" : ""} aria-busy={quotes.loading}>
          <p className="muted" data-testid="quote-count">{quotes.data.total.toLocaleString("en-US")} quotes{quotes.loading && " (loading…)"}</p>
          <Pager total={quotes.data.total} offset={offset} limit={LIMIT} shown={quotes.data.items.length} to={to} loading={quotes.loading} />
          <QuoteList hits={quotes.data.items} />
          <Pager total={quotes.data.total} offset={offset} limit={LIMIT} shown={quotes.data.items.length} to={to} loading={quotes.loading} />
        </div>
      )}
    </section>
  );
}
