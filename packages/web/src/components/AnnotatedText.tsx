/**
 * An article with its record marked in place, as displaCy does for entities: mentions boxed
 * with their type, quotes shaded with speaker and cue underlined, event triggers framed by
 * quad. Hover a mention for its canonical actor; click a quote or an event to inspect it.
 * Text is rendered only as React text nodes, so markup in an article is shown, never run.
 */
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { EntityRecord, MentionRecord, ParleyRecord } from "@parley/core";
import { segment, type Run } from "./segments.js";
import { Inspector, type Selection } from "./Inspector.js";

const TYPE_LABEL: Record<string, string> = { person: "PER", organization: "ORG", country: "GPE", place: "LOC" };

interface Hover { entity: EntityRecord; mention: MentionRecord; x: number; y: number }

export function AnnotatedText({ text, record }: { text: string; record: ParleyRecord }) {
  const runs = useMemo(() => segment(text, record), [text, record]);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);

  const click = (run: Run) => {
    if (run.triggerOf !== undefined) setSelection({ kind: "event", index: run.triggerOf });
    else if (run.quote !== undefined) setSelection({ kind: "quote", index: run.quote });
    else if (run.event !== undefined) setSelection({ kind: "event", index: run.event });
  };
  const sel = selection;
  const selectedQuote = sel?.kind === "quote" ? sel.index : undefined;
  const selectedEvent = sel?.kind === "event" ? sel.index : undefined;

  return (
    <div className="annotated">
      <div className="article-text" data-testid="article-text">
        {runs.map((run) => {
          const piece = text.slice(run.start, run.end);
          const classes = ["run"];
          if (run.quote !== undefined) classes.push("in-quote", `quote-${record.quotes[run.quote].kind}`);
          if (run.quote !== undefined && run.quote === selectedQuote) classes.push("selected");
          if (run.speakerOf !== undefined) classes.push("speaker");
          if (run.speakerOf !== undefined && run.speakerOf === selectedQuote) classes.push("selected-speaker");
          if (run.cueOf !== undefined) classes.push("cue");
          if (run.cueOf !== undefined && run.cueOf === selectedQuote) classes.push("selected-cue");
          if (run.event !== undefined) classes.push("in-event", `quad-${record.events[run.event].quad}`);
          if (run.triggerOf !== undefined) classes.push("trigger", `quad-${record.events[run.triggerOf].quad}`);
          if (run.event !== undefined && run.event === selectedEvent) classes.push("selected-event");
          const clickable = run.quote !== undefined || run.event !== undefined;
          const m = run.mention;
          const body = m ? (
            <mark
              className={`ent ent-${m.entity.type}`}
              data-entity={m.entity.id}
              onMouseEnter={(e: MouseEvent) => setHover({ ...m, x: e.clientX, y: e.clientY })}
              onMouseLeave={() => setHover(null)}
            >
              {piece}
              {run.end === m.mention.end && <span className="ent-label">{TYPE_LABEL[m.entity.type] ?? m.entity.type}</span>}
            </mark>
          ) : piece;
          // The first run of a quote and every trigger take the keyboard focus too.
          const focusable = run.triggerOf !== undefined || (run.quote !== undefined && record.quotes[run.quote].start === run.start);
          return (
            <span
              key={run.start}
              className={classes.join(" ")}
              data-quote={run.quote}
              data-event={run.triggerOf ?? run.event}
              onClick={clickable ? () => click(run) : undefined}
              {...(focusable ? {
                role: "button", tabIndex: 0,
                onKeyDown: (e: KeyboardEvent) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); click(run); } },
              } : {})}
            >
              {body}
            </span>
          );
        })}
      </div>
      <Inspector record={record} text={text} selection={selection} onClose={() => setSelection(null)} />
      {hover && <EntityCard hover={hover} />}
    </div>
  );
}

function EntityCard({ hover }: { hover: Hover }) {
  const { entity, mention } = hover;
  return (
    <div className="entity-card" role="tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }}>
      <strong>{entity.name}</strong> <span className="muted">{entity.type}</span>
      <dl>
        {entity.country && <><dt>country</dt><dd>{entity.country}</dd></>}
        {entity.sector && <><dt>sector</dt><dd>{entity.sector}</dd></>}
        {entity.roles.length > 0 && <><dt>roles</dt><dd>{entity.roles.join("; ")}</dd></>}
        <dt>KB</dt><dd>{entity.kb ?? "not in the knowledge base"}</dd>
        <dt>via</dt><dd>{mention.via} (“{mention.text}”)</dd>
        <dt>mentions</dt><dd>{entity.mentions.length}</dd>
      </dl>
    </div>
  );
}
