/** Actors: the list with a name filter; one actor's roles, mentions over time, quotes, events, counterparts. */
import { useEffect, useState } from "react";
import { api } from "../api.js";
import { TimelineChart } from "../components/lazy.js";
import { ActorLink, EventTable, Pager, QuoteList } from "../components/lists.js";
import { offsetOf, useLoad } from "../hooks.js";
import { href, type Route } from "../router.js";

const LIMIT = 200;
/** Quotes and events listed on an actor's page; the rest are a link away. */
const DETAIL_LIMIT = 100;

export default function Actors({ route }: { route: Route }) {
  return route.id ? <Actor id={route.id} /> : <ActorList params={route.params} />;
}

/** The name, type and page live in the URL (replaced as one types, so back leaves the list). */
function ActorList({ params }: { params: URLSearchParams }) {
  const q = params.get("q") ?? "", type = params.get("type") ?? "", offset = offsetOf(params);
  const [name, setName] = useState(q);
  useEffect(() => setName(q), [q]);
  const link = (p: { q?: string; type?: string; offset?: number }) =>
    href("actors", undefined, { q: p.q ?? q, type: p.type ?? type, offset: p.offset ? String(p.offset) : undefined });
  const replace = (to: string) => {
    window.history.replaceState(null, "", to);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  };
  // Typing waits a moment before asking the server.
  useEffect(() => {
    if (name === q) return;
    const timer = setTimeout(() => replace(link({ q: name.trim() === "" ? "" : name })), 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name]);
  const actors = useLoad(() => api.actors({ q: q.trim() || undefined, type: type || undefined, limit: LIMIT, offset }), [q, type, offset]);
  return (
    <section className="page">
      <h1>Actors</h1>
      <div className="filters">
        <input aria-label="Actor name" placeholder="name" value={name} onChange={(e) => setName(e.target.value)} />
        <select aria-label="Actor type" value={type} onChange={(e) => replace(link({ type: e.target.value }))}>
          <option value="">any type</option>
          {["person", "organization", "country", "place"].map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </div>
      {actors.error && <p className="error">{actors.error}</p>}
      {actors.data && (actors.data.total === 0 ? <p className="muted">{q || type ? "No actor matches." : "No actors yet."}</p> : (<>
        <Pager total={actors.data.total} offset={offset} limit={LIMIT} shown={actors.data.items.length} to={(o) => link({ offset: o })} loading={actors.loading} />
        <table className={`table${actors.loading ? " loading-stale" : ""}`} data-testid="actor-list">
          <thead><tr><th>Name</th><th>Type</th><th>Country</th><th>Sector</th><th>Articles</th><th>Mentions</th><th>Quotes</th><th>Events</th></tr></thead>
          <tbody>
            {actors.data.items.map((a) => (
              <tr key={a.id}>
                <td><a href={href("actors", a.id)}>{a.name}</a></td><td>{a.type}</td><td>{a.country ?? "—"}</td><td>{a.sector ?? "—"}</td>
                <td>{a.articles}</td><td>{a.mentions}</td><td>{a.quotes}</td><td>{a.events}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager total={actors.data.total} offset={offset} limit={LIMIT} shown={actors.data.items.length} to={(o) => link({ offset: o })} loading={actors.loading} />
      </>))}
    </section>
  );
}

function Actor({ id }: { id: string }) {
  const detail = useLoad(() => api.actor(id, DETAIL_LIMIT), [id]);
  if (detail.error) return <p className="error">{detail.error}</p>;
  if (!detail.data) return <p className="muted">Loading…</p>;
  const { actor, timeline, quotes, events, counterparts } = detail.data;
  return (
    <section className="page" data-testid="actor-page">
      <p><a href={href("actors")}>← Actors</a></p>
      <h1>{actor.name}</h1>
      <p className="muted">
        {actor.type}{actor.country && ` · ${actor.country}`}{actor.sector && ` · ${actor.sector}`} · {actor.kb ?? "found in text only"}
      </p>
      <h2>Roles</h2>
      {actor.roles.length ? <ul data-testid="actor-roles">{actor.roles.map((r) => <li key={r}>{r}</li>)}</ul> : <p className="muted">None recorded.</p>}
      <h2>Over time</h2>
      <TimelineChart buckets={timeline as never} series={[
        { key: "mentions", label: "mentions", className: "s-mentions" },
        { key: "quotes", label: "quotes", className: "s-quotes" },
        { key: "events", label: "events", className: "s-events" },
      ]} />
      <h2>What {actor.name} said ({actor.quotes.toLocaleString("en-US")})</h2>
      {actor.quotes > quotes.length && (
        <p className="muted" data-testid="more-quotes">The newest {quotes.length}; <a href={href("quotes", undefined, { speaker: actor.id })}>all {actor.quotes.toLocaleString("en-US")} quotes →</a></p>
      )}
      <QuoteList hits={quotes} />
      <h2>Events ({actor.events.toLocaleString("en-US")})</h2>
      {actor.events > events.length && (
        <p className="muted" data-testid="more-events">The newest {events.length}; <a href={href("events", undefined, { actor: actor.id })}>all {actor.events.toLocaleString("en-US")} events →</a></p>
      )}
      <EventTable hits={events} />
      <h2>Counterparts</h2>
      {counterparts.length === 0 ? <p className="muted">None.</p> : (
        <table className="table" data-testid="counterparts">
          <thead><tr><th>Actor</th><th>Events</th><th>{actor.name} as source</th><th>as target</th></tr></thead>
          <tbody>{counterparts.map((c, i) => (
            <tr key={c.actor.id ?? i}><td><ActorLink actor={c.actor} /></td><td>{c.events}</td><td>{c.asSource}</td><td>{c.asTarget}</td></tr>
          ))}</tbody>
        </table>
      )}
    </section>
  );
}
