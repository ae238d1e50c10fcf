/** A readable summary of a record for a person at a terminal. */
import type { ParleyRecord } from "@parley/core";

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function formatText(record: ParleyRecord): string {
  const lines: string[] = [];
  const m = record.meta;
  lines.push(`# ${m.title ?? m.source ?? record.id.slice(0, 12)}${m.published ? `  (${m.published})` : ""}`);
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  lines.push("", `Entities (${record.entities.length})`);
  for (const e of record.entities) {
    const code = [e.country, e.sector].filter(Boolean).join("/");
    const forms = [...new Set(e.mentions.map((x) => x.text))].slice(0, 5).join(", ");
    lines.push(`  ${e.name}  [${e.type}${code ? ` ${code}` : ""}]  ×${e.mentions.length}: ${forms}`);
  }
  lines.push("", `Quotes (${record.quotes.length})`);
  for (const q of record.quotes) {
    const who = q.speaker ? (q.speaker.entity ? byId.get(q.speaker.entity)?.name : undefined) ?? q.speaker.text : "(speaker not stated)";
    lines.push(`  ${who} (${q.kind}): ${clip(q.text, 100)}`);
  }
  lines.push("", `Events (${record.events.length})`);
  for (const ev of record.events) {
    const side = (a: typeof ev.source) => (a ? (a.entity ? byId.get(a.entity)?.name : undefined) ?? a.country ?? "?" : "—");
    const where = ev.place ? ` in ${ev.place.name}` : "";
    const when = ev.date ? ` on ${ev.date}` : "";
    lines.push(`  ${ev.type}${ev.mode ? `/${ev.mode}` : ""} ${side(ev.source)} → ${side(ev.target)} [${ev.modality}]${where}${when}: “${clip(ev.trigger.text, 30)}”`);
  }
  if (record.diagnostics.length) {
    lines.push("", `Diagnostics (${record.diagnostics.length})`);
    for (const d of record.diagnostics.slice(0, 20)) lines.push(`  ${d.severity} ${d.rule} at ${d.start}: ${d.reason}`);
  }
  return lines.join("\n") + "\n";
}
