/** The chart and the map, loaded only when a page shows them (their code and the world outline are separate chunks). */
import { lazy, Suspense, type ComponentProps } from "react";

const TimelineChartLazy = lazy(() => import("./TimelineChart.js"));
const WorldMapLazy = lazy(() => import("./WorldMap.js"));

export function TimelineChart(props: ComponentProps<typeof TimelineChartLazy>) {
  return <Suspense fallback={<div className="chart-placeholder muted">Loading chart…</div>}><TimelineChartLazy {...props} /></Suspense>;
}

export function WorldMap(props: ComponentProps<typeof WorldMapLazy>) {
  return <Suspense fallback={<div className="chart-placeholder muted">Loading map…</div>}><WorldMapLazy {...props} /></Suspense>;
}
