/**
 * An offline map of event places: country outlines from world-atlas (Natural Earth 1:110m),
 * countries with events shaded, places with coordinates dotted. No tiles, no network.
 */
import { useMemo } from "react";
import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import world from "world-atlas/countries-110m.json";
import codes from "i18n-iso-countries/codes.json";

export interface MapPlace { name: string; country?: string; lat?: number; lon?: number; count: number }

const numericOf = new Map((codes as string[][]).map(([, alpha3, numeric]) => [alpha3, numeric]));

export default function WorldMap({ places }: { places: MapPlace[] }) {
  const width = 720, height = 360;
  const { countries, path, projection } = useMemo(() => {
    const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const countries = feature(topo, topo.objects.countries).features;
    const projection = geoEqualEarth().fitSize([width, height], { type: "Sphere" });
    return { countries, path: geoPath(projection), projection };
  }, []);
  const byCountry = new Map<string, number>();
  for (const p of places) {
    const n = p.country ? numericOf.get(p.country) : undefined;
    if (n) byCountry.set(n, (byCountry.get(n) ?? 0) + p.count);
  }
  const max = Math.max(1, ...byCountry.values());
  return (
    <figure className="map" data-testid="event-map">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label="map of event places">
        <path d={path({ type: "Sphere" }) ?? ""} className="sphere" />
        {countries.map((c, i) => {
          const n = byCountry.get(String(c.id));
          return (
            <path key={`${c.id ?? "x"}-${i}`} d={path(c) ?? ""} className={n ? "country hit" : "country"}
              style={n ? { fillOpacity: 0.25 + 0.75 * (n / max) } : undefined}>
              <title>{`${c.properties?.name ?? ""}${n ? `: ${n} events` : ""}`}</title>
            </path>
          );
        })}
        {places.filter((p) => p.lat !== undefined && p.lon !== undefined).map((p) => {
          const xy = projection([p.lon!, p.lat!]);
          return xy ? <circle key={`${p.name}-${p.lat}-${p.lon}`} cx={xy[0]} cy={xy[1]} r={3 + Math.sqrt(p.count) * 2} className="place"><title>{`${p.name}: ${p.count}`}</title></circle> : null;
        })}
      </svg>
    </figure>
  );
}
