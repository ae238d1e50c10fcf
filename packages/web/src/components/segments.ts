/**
 * Cutting a text into runs for display: every boundary of a mention, quote, speaker, cue,
 * trigger or event clause starts a new run, and each run knows which of those cover it.
 * Pure, so it can be tested without a browser.
 */
import type { EntityRecord, MentionRecord, ParleyRecord } from "@parley/core";

export interface Run {
  start: number;
  end: number;
  /** The innermost mention over this run, with its entity. */
  mention?: { entity: EntityRecord; mention: MentionRecord };
  quote?: number;
  speakerOf?: number;
  cueOf?: number;
  event?: number;
  triggerOf?: number;
}

interface Layer { start: number; end: number; apply(run: Run): void; size: number }

export function segment(text: string, record: ParleyRecord): Run[] {
  const layers: Layer[] = [];
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const add = (start: number, end: number, apply: (run: Run) => void) => {
    const s = clamp(start), e = clamp(end);
    if (e > s) layers.push({ start: s, end: e, apply, size: e - s });
  };
  record.events.forEach((ev, i) => {
    add(ev.start, ev.end, (r) => { r.event ??= i; });
    add(ev.trigger.start, ev.trigger.end, (r) => { r.triggerOf ??= i; });
  });
  record.quotes.forEach((q, i) => {
    add(q.start, q.end, (r) => { r.quote ??= i; });
    if (q.speaker) add(q.speaker.start, q.speaker.end, (r) => { r.speakerOf ??= i; });
    if (q.cue) add(q.cue.start, q.cue.end, (r) => { r.cueOf ??= i; });
  });
  for (const entity of record.entities) {
    for (const mention of entity.mentions) add(mention.start, mention.end, (r) => { r.mention ??= { entity, mention }; });
  }
  // Smallest first, so `??=` keeps the innermost span of each kind.
  layers.sort((a, b) => a.size - b.size);
  const cuts = new Set<number>([0, text.length]);
  for (const l of layers) { cuts.add(l.start); cuts.add(l.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) runs.push({ start: points[i], end: points[i + 1] });
  // Each layer marks the runs it covers (binary search for the first).
  for (const l of layers) {
    let lo = 0, hi = runs.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (runs[mid].start < l.start) lo = mid + 1; else hi = mid; }
    for (let k = lo; k < runs.length && runs[k].end <= l.end; k++) l.apply(runs[k]);
  }
  return runs;
}
