/** Events: filters, a timeline by quad, a dyad table and an offline map of places. */
import { useMemo, useState, type FormEvent } from "react";
import { api, type EventHit } from "../api.js";
import { TimelineChart, WorldMap } from "../components/lazy.js";
import { ActorLink, EventTable } from "../components/lists.js";
import { useLoad } from "../hooks.js";
import { href, navigate, type Route } from "../router.js";

const KEYS = ["source", "target", "type", "modality", "from", "to"] as const;
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
  const [form, setForm] = useState(current);
  const qs = route.params.toString();
  const events = useLoad(() => api.events(current), [qs]);
  const view = useMemo(() => summarise(events.data?.items ?? []), [events.data]);
  const submit = (e: FormEvent) => { e.preventDefault(); navigate(href("events", undefined, form)); };
  const set = (k: (typeof KEYS)[number]) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <section className="page">
      <h1>Events</h1>
      <form className="filters" onSubmit={submit}>
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
      </form>
      {events.error && <p className="error">{events.error}</p>}
      {events.data && (
        <>
          <p className="muted">{events.data.total} events</p>
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
          <h2>All events</h2>
          <EventTable hits={events.data.items} />
        </>
      )}
    </section>
  );
}
