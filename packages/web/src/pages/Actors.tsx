/** Actors: the list with a name filter; one actor's roles, mentions over time, quotes, events, counterparts. */
import { useState } from "react";
import { api } from "../api.js";
import { TimelineChart } from "../components/lazy.js";
import { ActorLink, EventTable, QuoteList } from "../components/lists.js";
import { useLoad } from "../hooks.js";
import { href, type Route } from "../router.js";

export default function Actors({ route }: { route: Route }) {
  return route.id ? <Actor id={route.id} /> : <ActorList />;
}

function ActorList() {
  const [q, setQ] = useState("");
  const [type, setType] = useState("");
  const actors = useLoad(() => api.actors({ q: q.trim() || undefined, type: type || undefined, limit: 200 }), [q, type]);
  return (
    <section className="page">
      <h1>Actors</h1>
      <div className="filters">
        <input aria-label="Actor name" placeholder="name" value={q} onChange={(e) => setQ(e.target.value)} />
        <select aria-label="Actor type" value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">any type</option>
          {["person", "organization", "country", "place"].map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </div>
      {actors.error && <p className="error">{actors.error}</p>}
      {actors.data && (actors.data.total === 0 ? <p className="muted">No actors yet.</p> : (
        <table className="table" data-testid="actor-list">
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
      ))}
    </section>
  );
}

function Actor({ id }: { id: string }) {
  const detail = useLoad(() => api.actor(id), [id]);
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
      <h2>What {actor.name} said ({quotes.length})</h2>
      <QuoteList hits={quotes} />
      <h2>Events ({events.length})</h2>
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
