/**
 * Within-document merging: the same (type, source, target, modality, mode) mentioned
 * again becomes one event with all its evidence. Mentions in one paragraph always merge;
 * across paragraphs only a mention that names no actor of its own ("the talks", actors
 * inherited from the discourse) merges into the earlier event, because a second explicit
 * statement in another paragraph usually reports a second event ("agreed" twice, on two
 * different things); a symmetric nominal ("his meeting with Lavrov") restates talks
 * already counted and merges too. In one sentence the same act merges whatever its mode.
 * The record's span is the first located mention, else the first; place and date come from any.
 */
import type { EventRecord } from "../../doc/record.js";

export interface Candidate {
  readonly event: EventRecord;
  readonly paragraph: number;
  /** Named no actor of its own. */
  readonly anaphoric: boolean;
  readonly symmetric: boolean;
  /** Stated by a noun ("the talks", "his meeting with Lavrov"). */
  readonly nominal?: boolean;
  /** Index of the sentence that states it. */
  readonly sentence?: number;
}

/** Stable key of an event for merging; symmetric events ignore direction. */
export function eventKey(c: Candidate): string {
  const e = c.event;
  let a = e.source?.country ?? "";
  let b = e.target?.country ?? "";
  if (c.symmetric && b < a) [a, b] = [b, a];
  return `${e.type}|${a}|${b}|${e.modality}|${e.mode ?? ""}`;
}

/** A located mention is the main report ("negotiations in Riad on Tuesday"); otherwise the first mention is. */
/** The key without the mode. */
function baseKey(c: Candidate): string {
  return eventKey(c).replace(/\|[^|]*$/, "");
}

function informative(e: EventRecord): number {
  return e.place ? 1 : 0;
}

/** "X attacked Y after Y accused X": the same act back the other way between two named actors of one country is another act. */
function reversed(a: Candidate, b: Candidate): boolean {
  const x = a.event;
  const y = b.event;
  return !a.symmetric && !!x.source?.entity && !!x.target?.entity && x.source.entity === y.target?.entity && x.target.entity === y.source?.entity;
}

/** Merge candidates (in text order) into events. */
export function dedupEvents(cands: readonly Candidate[]): EventRecord[] {
  const groups = new Map<string, { lead: Candidate; members: Candidate[] }[]>();
  const order: { lead: Candidate; members: Candidate[] }[] = [];
  for (const c of cands) {
    const key = eventKey(c);
    const list = groups.get(key) ?? [];
    // a symmetric nominal ("his meeting with Lavrov", "their discussions") names talks already counted
    // talks between the same pair are one event however often an article comes back to them
    // (asserted ones only: a planned or possible meeting is rarely the one already reported)
    const restates = c.anaphoric || (c.event.modality === "asserted" && c.nominal === true && c.symmetric);
    const target = list.find((g) => !reversed(g.lead, c) && (restates || g.members.some((m) => m.paragraph === c.paragraph) || (c.event.modality === "asserted" && g.members.every((m) => m.nominal && m.symmetric))));
    // in one sentence, "a car bombing killed five": the same act with and without a mode
    const base = baseKey(c);
    const same = target ?? (c.sentence === undefined ? undefined : order.find((g) => baseKey(g.lead) === base && !reversed(g.lead, c) && g.members.some((m) => m.sentence === c.sentence)));
    if (same) same.members.push(c);
    else {
      const g = { lead: c, members: [c] };
      list.push(g);
      groups.set(key, list);
      order.push(g);
    }
  }
  return order.map(({ members }) => {
    let best = members[0]!;
    for (const m of members) if (informative(m.event) > informative(best.event)) best = m;
    const e = best.event;
    const evidence = members.flatMap((m) => m.event.evidence ?? []);
    evidence.sort((x, y) => x.start - y.start);
    const seen = new Set<string>();
    const unique = evidence.filter((s) => !seen.has(`${s.start}:${s.end}`) && seen.add(`${s.start}:${s.end}`));
    const place = e.place ?? members.find((m) => m.event.place)?.event.place ?? null;
    const date = e.date ?? members.find((m) => m.event.date)?.event.date ?? null;
    const confidence = Math.min(0.95, Math.max(...members.map((m) => m.event.confidence)) + 0.05 * (members.length - 1));
    return { ...e, place, date, evidence: unique, confidence: Math.round(confidence * 100) / 100 };
  });
}
