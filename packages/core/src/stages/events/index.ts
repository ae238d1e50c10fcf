/** The events stage: PLOVER events with source, target, modality, place, date and evidence. */
export { eventsStage, extractEvents, EVENTS_RESOURCES, type EventsOptions } from "./stage.js";
export { parsePlover, type PloverOntology, type PloverType } from "./ontology.js";
export { parseEventTriggers, type EventLexicon, type TriggerEntry, type TriggerForm, type TriggerPos } from "./lexicon.js";
export { verbForms, nounForms } from "./inflect.js";
export { placeLookupFrom, type PlaceLookup } from "./places.js";
export { findDates, type DateHit } from "./dates.js";
export { dedupEvents, eventKey } from "./dedup.js";
