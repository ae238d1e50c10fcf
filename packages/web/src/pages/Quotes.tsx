/** Quotes: search by speaker, words and date. The filters live in the URL. */
import { useState, type FormEvent } from "react";
import { api } from "../api.js";
import { QuoteList } from "../components/lists.js";
import { useLoad } from "../hooks.js";
import { href, navigate, type Route } from "../router.js";

const KEYS = ["speaker", "text", "from", "to"] as const;

export default function Quotes({ route }: { route: Route }) {
  const current = Object.fromEntries(KEYS.map((k) => [k, route.params.get(k) ?? ""])) as Record<(typeof KEYS)[number], string>;
  const [form, setForm] = useState(current);
  const qs = route.params.toString();
  const quotes = useLoad(() => api.quotes(current), [qs]);
  const submit = (e: FormEvent) => { e.preventDefault(); navigate(href("quotes", undefined, form)); };
  return (
    <section className="page">
      <h1>Quotes</h1>
      <form className="filters" onSubmit={submit}>
        <input aria-label="Speaker" placeholder="speaker" value={form.speaker} onChange={(e) => setForm({ ...form, speaker: e.target.value })} />
        <input aria-label="Words" placeholder="words" value={form.text} onChange={(e) => setForm({ ...form, text: e.target.value })} />
        <input aria-label="From" type="date" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        <input aria-label="To" type="date" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        <button type="submit">Filter</button>
      </form>
      {quotes.error && <p className="error">{quotes.error}</p>}
      {quotes.data && <><p className="muted">{quotes.data.total} quotes</p><QuoteList hits={quotes.data.items} /></>}
    </section>
  );
}
