/** Rows shared by pages: a quote with its speaker and article, an event with its parties. */
import type { ActorRef, EventHit, QuoteHit } from "../api.js";
import { href } from "../router.js";

export function ActorLink({ actor }: { actor: ActorRef | null }) {
  if (!actor) return <span className="muted">—</span>;
  const extra = [actor.country, actor.sector].filter(Boolean).join(" ");
  if (actor.id) return <a href={href("actors", actor.id)}>{actor.name ?? actor.id}</a>;
  return <span>{extra || "?"}</span>;
}

export function QuoteList({ hits }: { hits: QuoteHit[] }) {
  if (hits.length === 0) return <p className="muted">No quotes.</p>;
  return (
    <ul className="quotes" data-testid="quote-list">
      {hits.map((h) => (
        <li key={`${h.article.id}-${h.quote.start}`}>
          <blockquote>{h.quote.text}</blockquote>
          <p className="muted">
            <ActorLink actor={h.speaker} />{h.quote.cue && ` ${h.quote.cue.text}`} · <span className="badge">{h.quote.kind}</span> ·{" "}
            <a href={href("articles", h.article.id)}>{h.article.title ?? "article"}</a> {h.article.published}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function EventTable({ hits }: { hits: EventHit[] }) {
  if (hits.length === 0) return <p className="muted">No events.</p>;
  return (
    <table className="table" data-testid="event-table">
      <thead><tr><th>Date</th><th>Type</th><th>Source</th><th>Target</th><th>Modality</th><th>Trigger</th><th>Place</th><th>Article</th></tr></thead>
      <tbody>
        {hits.map((h) => (
          <tr key={`${h.article.id}-${h.event.start}-${h.event.trigger.start}`}>
            <td>{h.date ?? "—"}</td>
            <td><span className={`quad-chip quad-${h.event.quad}`}>{h.event.type}</span></td>
            <td><ActorLink actor={h.source} /></td>
            <td><ActorLink actor={h.target} /></td>
            <td>{h.event.modality}</td>
            <td>{h.event.trigger.text}</td>
            <td>{h.event.place?.name ?? "—"}</td>
            <td className="clip"><a href={href("articles", h.article.id)} title={h.article.title ?? ""}>{h.article.title ?? "article"}</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "201–400 of 20,200" with links to the previous and next pages; the offset lives in the URL
 * (`offset=`), so a page survives reload and back. Nothing when everything fits one page.
 */
export function Pager({ total, offset, limit, shown, to, loading }: {
  total: number; offset: number; limit: number; shown: number; loading?: boolean;
  /** The URL of the page at this offset. */
  to: (offset: number) => string;
}) {
  const n = (x: number) => x.toLocaleString("en-US");
  if (total <= limit && offset === 0) return null;
  return (
    <nav className="pager" aria-label="pages" data-testid="pager">
      {offset > 0 ? <a href={to(Math.max(0, offset - limit))} rel="prev">← previous</a> : <span className="muted">← previous</span>}
      <span>{shown === 0 ? `none of ${n(total)}` : `${n(offset + 1)}–${n(offset + shown)} of ${n(total)}`}{loading && " (loading…)"}</span>
      {offset + limit < total ? <a href={to(offset + limit)} rel="next">next →</a> : <span className="muted">next →</span>}
    </nav>
  );
}
