/** One line of counts and a legend above an annotated article. */
import type { ParleyRecord } from "@parley/core";

export function RecordSummary({ record }: { record: ParleyRecord }) {
  const speakers = record.quotes.filter((q) => q.speaker).length;
  return (
    <div className="record-summary">
      <span data-testid="count-entities">{record.entities.length} actors</span>
      <span data-testid="count-quotes">{record.quotes.length} quotes ({speakers} with a speaker)</span>
      <span data-testid="count-events">{record.events.length} events</span>
      {record.meta.published && <span>published {record.meta.published}</span>}
      {record.diagnostics.length > 0 && <span className="muted">{record.diagnostics.length} diagnostics</span>}
      <span className="legend">
        <mark className="ent ent-person">person</mark> <mark className="ent ent-organization">organization</mark>{" "}
        <mark className="ent ent-country">country</mark> <mark className="ent ent-place">place</mark>{" "}
        <span className="in-quote">quote</span> <span className="speaker">speaker</span> <span className="cue">cue</span>{" "}
        <span className="trigger quad-verbal-cooperation">event</span>
      </span>
    </div>
  );
}
