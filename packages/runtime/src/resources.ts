/** Load the data the default stages need (knowledge base, models, lexicons) from data/. */
import {
  ENTITY_LEXICON_RESOURCE, EVENTS_RESOURCES, KB_RESOURCE, loadKnowledgeBase, NER_MODEL_RESOURCE, NerModel, parseEntityLexicon,
  parseEventTriggers, parsePlover, parseQuoteCues, QUOTE_CUES_RESOURCE,
} from "@parley/core";
import { dataDir, dataReader } from "./data-dir.js";

const cache = new Map<string, Record<string, unknown>>();

/** The resources under `dir`, loaded once per process and shared (stages never mutate them). */
export function loadResources(dir = dataDir()): Record<string, unknown> {
  const cached = cache.get(dir);
  if (cached) return cached;
  const read = dataReader(dir);
  const resources: Record<string, unknown> = {};
  // the KB loader names files from the repository root ("data/kb/..."); the reader is rooted at data/
  resources[KB_RESOURCE] = loadKnowledgeBase((rel) => read(rel.replace(/^data\//, "")));
  resources[NER_MODEL_RESOURCE] = NerModel.fromJSON(JSON.parse(read("models/ner.json")));
  resources[ENTITY_LEXICON_RESOURCE] = parseEntityLexicon(JSON.parse(read("lexicons/entities.json")));
  resources[QUOTE_CUES_RESOURCE] = parseQuoteCues(JSON.parse(read("lexicons/quote-cues.json")));
  const plover = parsePlover(JSON.parse(read("plover.json")));
  resources[EVENTS_RESOURCES.plover] = plover;
  resources[EVENTS_RESOURCES.triggers] = parseEventTriggers(JSON.parse(read("lexicons/event-triggers.json")), { types: new Set(plover.types.keys()) });
  cache.set(dir, resources);
  return resources;
}
