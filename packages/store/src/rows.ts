/**
 * Dialect-free mapping from one article and its record to the rows every adapter stores.
 * Ids are natural keys (content hash + index, hash of the actor key), never sequence
 * numbers, so the same inputs give the same rows whatever the order or interruptions.
 */
import type { ParleyRecord, TextSpan } from "@parley/core";
import { actorKey, clusterKey, dyadKey, hashId } from "./keys.js";
import type { ArticleInput } from "./types.js";

export interface ActorRowIn { id: string; key: string; name: string; type: string; country: string | null; sector: string | null; kb: string | null }
/** `mentions`: JSON `[{start, end, text, via}]` in the record's order; `mentionCount` its length. */
export interface ArticleActorRowIn {
  localId: string; actorId: string; name: string; roles: string; confidence: number | null; mentions: string; mentionCount: number;
}
export interface QuoteRowIn {
  id: string; idx: number; kind: string; start: number; end: number; text: string;
  speakerActor: string | null; speakerStart: number | null; speakerEnd: number | null; speakerText: string | null;
  cueStart: number | null; cueEnd: number | null; cueText: string | null; confidence: number;
}
export interface EventRowIn {
  id: string; idx: number; type: string; mode: string | null; quad: string; modality: string;
  start: number; end: number; triggerStart: number; triggerEnd: number; triggerText: string;
  sourceActor: string | null; sourceCountry: string | null; sourceSector: string | null;
  targetActor: string | null; targetCountry: string | null; targetSector: string | null;
  reportedBy: string | null; placeName: string | null; placeCountry: string | null; lat: number | null; lon: number | null;
  date: string | null; evidence: string; confidence: number; clusterKey: string;
}

export interface RecordRows {
  actors: ActorRowIn[];
  articleActors: ArticleActorRowIn[];
  quotes: QuoteRowIn[];
  events: EventRowIn[];
}

/**
 * Actor ids by key, memoised: the same actors recur across articles, and a sha256 per entity
 * was a tenth of a store write. Cleared when large; ids do not depend on it.
 */
const actorIds = new Map<string, string>();
function actorIdOf(key: string): string {
  let id = actorIds.get(key);
  if (id === undefined) {
    if (actorIds.size >= 50_000) actorIds.clear();
    actorIds.set(key, (id = hashId(key)));
  }
  return id;
}

const span = (s: TextSpan): { start: number; end: number; text: string } => ({ start: s.start, end: s.end, text: s.text });

/** The rows for one record (empty when the article was not extracted). */
export function recordRows(article: ArticleInput, record: ParleyRecord | null): RecordRows {
  const rows: RecordRows = { actors: [], articleActors: [], quotes: [], events: [] };
  if (!record) return rows;
  const local = new Map<string, string>();
  const seenActor = new Set<string>();
  for (const entity of record.entities) {
    const key = actorKey(entity);
    const actorId = actorIdOf(key);
    local.set(entity.id, actorId);
    if (!seenActor.has(actorId)) {
      seenActor.add(actorId);
      rows.actors.push({ id: actorId, key, name: entity.name, type: entity.type, country: entity.country ?? null, sector: entity.sector ?? null, kb: entity.kb ?? null });
    }
    rows.articleActors.push({
      localId: entity.id, actorId, name: entity.name, roles: JSON.stringify(entity.roles ?? []), confidence: entity.confidence ?? null,
      mentions: JSON.stringify(entity.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, via: m.via }))),
      mentionCount: entity.mentions.length,
    });
  }
  const actorOf = (entity: string | undefined): string | null => (entity ? local.get(entity) ?? null : null);
  record.quotes.forEach((q, idx) => rows.quotes.push({
    id: `${article.id}:q${idx}`, idx, kind: q.kind, start: q.start, end: q.end, text: q.text,
    speakerActor: actorOf(q.speaker?.entity), speakerStart: q.speaker?.start ?? null, speakerEnd: q.speaker?.end ?? null, speakerText: q.speaker?.text ?? null,
    cueStart: q.cue?.start ?? null, cueEnd: q.cue?.end ?? null, cueText: q.cue?.text ?? null, confidence: q.confidence,
  }));
  record.events.forEach((e, idx) => {
    const sourceActor = actorOf(e.source?.entity);
    const targetActor = actorOf(e.target?.entity);
    const evidence = [span(e.trigger), ...(e.evidence ?? []).map(span)];
    rows.events.push({
      id: `${article.id}:v${idx}`, idx, type: e.type, mode: e.mode ?? null, quad: e.quad, modality: e.modality,
      start: e.start, end: e.end, triggerStart: e.trigger.start, triggerEnd: e.trigger.end, triggerText: e.trigger.text,
      sourceActor, sourceCountry: e.source?.country ?? null, sourceSector: e.source?.sector ?? null,
      targetActor, targetCountry: e.target?.country ?? null, targetSector: e.target?.sector ?? null,
      reportedBy: e.reportedBy ? JSON.stringify(e.reportedBy) : null,
      placeName: e.place?.name ?? null, placeCountry: e.place?.country ?? null, lat: e.place?.lat ?? null, lon: e.place?.lon ?? null,
      date: e.date ?? article.published ?? null, evidence: JSON.stringify(evidence), confidence: e.confidence,
      clusterKey: clusterKey(e.type, dyadKey(e.source, sourceActor), dyadKey(e.target, targetActor)),
    });
  });
  return rows;
}
