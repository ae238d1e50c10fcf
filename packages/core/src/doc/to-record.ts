/** Turn a processed doc into the record of docs/record.md. */
import type { Doc } from "./doc.js";
import type { EntityRecord, EventRecord, ParleyRecord, QuoteRecord } from "./record.js";
import { sha256Hex } from "./sha256.js";
import { LAYERS } from "./layers.js";

export const PARLEY_VERSION = "0.1.0";

function listLayer<T>(doc: Doc, name: string): T[] {
  return doc.has(name) ? doc.get<T[]>(name) : [];
}

/**
 * Build the record; layers that no stage set are empty lists, never absent. `sha256` hashes
 * the text into the record id (hex of its UTF-8 bytes); a host may pass a native one.
 */
export function toRecord(doc: Doc, sha256: (text: string) => string = sha256Hex): ParleyRecord {
  const seen = new Map<string, string>();
  for (const name of doc.layerNames()) {
    const { stamp } = doc.layer(name);
    seen.set(stamp.stage, stamp.version);
  }
  return {
    parley: PARLEY_VERSION,
    id: sha256(doc.text),
    meta: { language: "en", ...doc.meta },
    entities: listLayer<EntityRecord>(doc, LAYERS.entities),
    quotes: listLayer<QuoteRecord>(doc, LAYERS.quotes),
    events: listLayer<EventRecord>(doc, LAYERS.events),
    diagnostics: doc.diagnostics.slice().sort((a, b) => a.start - b.start || a.end - b.end),
    stages: [...seen].map(([name, version]) => ({ name, version })),
  };
}
