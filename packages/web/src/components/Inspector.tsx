/** The side panel for a clicked quote (speaker, cue) or event (evidence, modality, parties). */
import type { EventActorRecord, ParleyRecord, TextSpan } from "@parley/core";
import { href } from "../router.js";

export type Selection = { kind: "quote" | "event"; index: number };

function actorKeyOf(record: ParleyRecord, entityId?: string): { key: string; name: string } | null {
  const e = entityId ? record.entities.find((x) => x.id === entityId) : undefined;
  if (!e) return null;
  return { key: e.kb ?? `text:${e.type}:${e.name.toLowerCase().replace(/\s+/g, "-")}`, name: e.name };
}

function Party({ record, party }: { record: ParleyRecord; party: EventActorRecord | null | undefined }) {
  if (!party) return <span className="muted">none</span>;
  const actor = actorKeyOf(record, party.entity);
  const extra = [party.country, party.sector].filter(Boolean).join(" ");
  return <span>{actor ? <a href={href("actors", actor.key)}>{actor.name}</a> : <em>unnamed</em>} {extra && <span className="muted">({extra})</span>}</span>;
}

function Span({ span }: { span: TextSpan | null | undefined }) {
  if (!span) return <span className="muted">none</span>;
  return <span>“{span.text}” <span className="muted">[{span.start}, {span.end})</span></span>;
}

export function Inspector({ record, text, selection, onClose }: {
  record: ParleyRecord; text: string; selection: Selection | null; onClose: () => void;
}) {
  if (!selection) {
    return <aside className="inspector muted" data-testid="inspector">Click a quote or an event to see its details; hover a name for its actor.</aside>;
  }
  if (selection.kind === "quote") {
    const q = record.quotes[selection.index];
    const speaker = actorKeyOf(record, q.speaker?.entity);
    return (
      <aside className="inspector" data-testid="inspector">
        <button className="close" onClick={onClose} aria-label="Close">×</button>
        <h3>Quote <span className="badge">{q.kind}</span></h3>
        <blockquote>{q.text}</blockquote>
        <dl>
          <dt>speaker</dt>
          <dd data-testid="quote-speaker">{speaker ? <a href={href("actors", speaker.key)}>{speaker.name}</a> : <span className="muted">unresolved</span>}
            {q.speaker && <> — <Span span={q.speaker} /></>}</dd>
          <dt>cue</dt><dd data-testid="quote-cue"><Span span={q.cue} /></dd>
          <dt>confidence</dt><dd>{q.confidence.toFixed(2)}</dd>
        </dl>
      </aside>
    );
  }
  const ev = record.events[selection.index];
  return (
    <aside className="inspector" data-testid="inspector">
      <button className="close" onClick={onClose} aria-label="Close">×</button>
      <h3>Event <span className="badge">{ev.type}</span>{ev.mode && <span className="badge">{ev.mode}</span>}</h3>
      <p className={`quad-chip quad-${ev.quad}`}>{ev.quad}</p>
      <dl>
        <dt>modality</dt><dd data-testid="event-modality">{ev.modality}</dd>
        <dt>source</dt><dd><Party record={record} party={ev.source} /></dd>
        <dt>target</dt><dd><Party record={record} party={ev.target} /></dd>
        {ev.reportedBy && <><dt>reported by</dt><dd><Party record={record} party={ev.reportedBy} /></dd></>}
        <dt>trigger</dt><dd><Span span={ev.trigger} /></dd>
        <dt>place</dt><dd>{ev.place ? `${ev.place.name}${ev.place.country ? ` (${ev.place.country})` : ""}` : <span className="muted">none</span>}</dd>
        <dt>date</dt><dd>{ev.date ?? <span className="muted">none</span>}</dd>
        <dt>confidence</dt><dd>{ev.confidence.toFixed(2)}</dd>
      </dl>
      <h4>Evidence</h4>
      <ul className="evidence" data-testid="event-evidence">
        {(ev.evidence && ev.evidence.length > 0 ? ev.evidence : [{ start: ev.start, end: ev.end, text: text.slice(ev.start, ev.end) }])
          .map((s) => <li key={`${s.start}-${s.end}`}><Span span={s} /></li>)}
      </ul>
    </aside>
  );
}
