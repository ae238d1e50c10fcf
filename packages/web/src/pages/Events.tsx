/** Events: filters, a timeline by quad, a dyad table and an offline map of places. */
import { useMemo, type FormEvent } from "react";
import { api, type EventHit } from "../api.js";
import { TimelineChart, WorldMap } from "../components/lazy.js";
import { ActorLink, EventTable, Pager } from "../components/lists.js";
import { offsetOf, useLoad, useUrlForm } from "../hooks.js";
import { href, navigate, type Route } from "../router.js";

const KEYS = ["actor", "source", "target", "type", "modality", "from", "to"] as const;
const LIMIT = 500;
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const QUADS = [
  { key: "verbal-cooperation", label: "verbal cooperation", className: "s-vc" },
  { key: "material-cooperation", label: "material cooperation", className: "s-mc" },
  { key: "verbal-conflict", label: "verbal conflict", className: "s-vk" },
  { key: "material-conflict", label: "material conflict", className: "s-mk" },
];

function partyKey(h: EventHit, side: "source" | "target"): string {
  const p = h[side];
  return p ? p.id ?? `${p.country ?? "?"} ${p.sector ?? ""}`.trim() : "—";
}

function summarise(hits: EventHit[]) {
  const buckets = new Map<string, Record<string, number | string> & { date: string }>();
  const dyads = new Map<string, { source: EventHit["source"]; target: EventHit["target"]; count: number; types: Set<string> }>();
  const places = new Map<string, { name: string; country?: string; lat?: number; lon?: number; count: number }>();
  for (const h of hits) {
    if (h.date) {
      const d = h.date.slice(0, 7);
      const b = buckets.get(d) ?? { date: d };
      b[h.event.quad] = Number(b[h.event.quad] ?? 0) + 1;
      buckets.set(d, b);
    }
    const key = `${partyKey(h, "source")} → ${partyKey(h, "target")}`;
    const dy = dyads.get(key) ?? { source: h.source, target: h.target, count: 0, types: new Set<string>() };
    dy.count++; dy.types.add(h.event.type);
    dyads.set(key, dy);
    const pl = h.event.place;
    if (pl) {
      const pk = `${pl.name}|${pl.country ?? ""}`;
      const p = places.get(pk) ?? { name: pl.name, country: pl.country, lat: pl.lat, lon: pl.lon, count: 0 };
      p.count++;
      places.set(pk, p);
    } else if (h.source?.country) {
      // Without a place, the source's country still puts the event on the map.
      const pk = `|${h.source.country}`;
      const p = places.get(pk) ?? { name: h.source.country, country: h.source.country, count: 0 };
      p.count++;
      places.set(pk, p);
    }
  }
  return {
    timeline: [...buckets.values()].sort((a, b) => (a.date < b.date ? -1 : 1)),
    dyads: [...dyads.values()].sort((a, b) => b.count - a.count),
    places: [...places.values()],
  };
}

export default function Events({ route }: { route: Route }) {
  const current = Object.fromEntries(KEYS.map((k) => [k, route.params.get(k) ?? ""])) as Record<(typeof KEYS)[number], string>;
  const offset = offsetOf(route.params);
  const [form, setForm] = useUrlForm(KEYS, route.params);
  const qs = route.params.toString();
  const events = useLoad(() => api.events({ ...current, limit: LIMIT, offset }), [qs]);
  const view = useMemo(() => summarise(events.data?.items ?? []), [events.data]);
  const submit = (e: FormEvent) => { e.preventDefault(); navigate(href("events", undefined, form)); };
  const to = (o: number) => href("events", undefined, { ...current, offset: o ? String(o) : undefined });
  const set = (k: (typeof KEYS)[number]) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <section className="page">
      <h1>Events</h1>
      <form className="filters" onSubmit={submit}>
        {form.actor && (
          <label className="chip" data-testid="actor-filter">either side: {form.actor}{" "}
            <button type="button" aria-label="Remove the actor filter" onClick={() => setForm({ ...form, actor: "" })}>×</button>
          </label>
        )}
        <input aria-label="Source" placeholder="source (name, id, ISO3)" value={form.source} onChange={set("source")} />
        <input aria-label="Target" placeholder="target" value={form.target} onChange={set("target")} />
        <select aria-label="Type" value={form.type} onChange={set("type")}>
          <option value="">any type</option>{TYPES.map((t) => <option key={t}>{t}</option>)}
        </select>
        <select aria-label="Modality" value={form.modality} onChange={set("modality")}>
          <option value="">any modality</option>{["asserted", "planned", "hypothetical", "negated"].map((m) => <option key={m}>{m}</option>)}
        </select>
        <input aria-label="From" type="date" value={form.from} onChange={set("from")} />
        <input aria-label="To" type="date" value={form.to} onChange={set("to")} />
        <button type="submit">Filter</button>
        {qs && <a href={href("events")}>clear</a>}
      </form>
      {events.error && <p className="error">{events.error}</p>}
      {events.loading && !events.data && <p className="muted">Loading…</p>}
      {events.data && (
        <div className={events.loading ? "loading-stale" : ""} aria-busy={events.loading}>
          <p className="muted" data-testid="event-count">{events.data.total.toLocaleString("en-US")} events{events.loading && " (loading…)"}
            {events.data.total > events.data.items.length && ` · the timeline, dyads and map below count the ${events.data.items.length.toLocaleString("en-US")} on this page (newest first)`}
          </p>
          <Pager total={events.data.total} offset={offset} limit={LIMIT} shown={events.data.items.length} to={to} loading={events.loading} />
          <h2>Timeline (per month)</h2>
          <TimelineChart buckets={view.timeline} series={QUADS} />
          <div className="two-col">
            <div>
              <h2>Dyads</h2>
              {view.dyads.length === 0 ? <p className="muted">None.</p> : (
                <table className="table" data-testid="dyad-table">
                  <thead><tr><th>Source</th><th>Target</th><th>Events</th><th>Types</th></tr></thead>
                  <tbody>{view.dyads.map((d, i) => (
                    <tr key={i}><td><ActorLink actor={d.source} /></td><td><ActorLink actor={d.target} /></td><td>{d.count}</td><td>{[...d.types].join(", ")}</td></tr>
                  ))}</tbody>
                </table>
              )}
            </div>
            <div>
              <h2>Places</h2>
              <WorldMap places={view.places} />
            </div>
          </div>
          <h2>{events.data.total > events.data.items.length ? "Events on this page" : "All events"}</h2>
          <EventTable hits={events.data.items} />
          <Pager total={events.data.total} offset={offset} limit={LIMIT} shown={events.data.items.length} to={to} loading={events.loading} />
        </div>
      )}
    </section>
  );
}
