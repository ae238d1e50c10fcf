/**
 * Shared by the events tests that build the entities layer by hand from surface strings
 * (political.test.ts, precision.test.ts): the stage's resources and `eventsOf`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Doc } from "../../doc/doc.js";
import { LAYERS } from "../../doc/layers.js";
import type { EntityRecord, EventRecord, MentionRecord } from "../../doc/record.js";
import { textStages } from "../text/index.js";
import { eventsStage, parseEventTriggers, parsePlover } from "./index.js";

const REPO = fileURLToPath(new URL("../../../../../", import.meta.url));
export const plover = parsePlover(JSON.parse(readFileSync(join(REPO, "data/plover.json"), "utf8")));
export const lexicon = parseEventTriggers(JSON.parse(readFileSync(join(REPO, "data/lexicons/event-triggers.json"), "utf8")), { types: new Set(plover.types.keys()) });
const ctx = { resources: { plover, "event-triggers": lexicon }, options: {} };

/** name, type, country ("" for none), surfaces (every occurrence is a mention), sector */
export type Spec = [name: string, type: EntityRecord["type"], code: string, surfaces: string[], sector?: string];

/** The events of `text` with the text stages run and an entities layer made from `specs`. */
export function eventsOf(text: string, specs: Spec[], published = "2016-03-01"): EventRecord[] {
  const doc = new Doc(text, { published });
  for (const s of textStages) s.run(doc, { resources: {}, options: {} });
  const entities: EntityRecord[] = specs.map(([name, type, code, surfaces, sector], i) => {
    const mentions: MentionRecord[] = [];
    for (const surface of surfaces) for (let k = text.indexOf(surface); k >= 0; k = text.indexOf(surface, k + 1)) mentions.push({ start: k, end: k + surface.length, text: surface, via: "name" });
    mentions.sort((a, b) => a.start - b.start);
    return { id: `e${i + 1}`, name, type, ...(code ? { country: code } : {}), ...(sector ? { sector } : {}), roles: [], mentions };
  });
  doc.set(LAYERS.entities, entities, { stage: "test", version: "0" });
  doc.set(LAYERS.quotes, [], { stage: "test", version: "0" });
  eventsStage.run(doc, ctx);
  return doc.get<EventRecord[]>(LAYERS.events);
}
