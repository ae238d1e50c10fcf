/** The default preset: every stage of the full pipeline, in order. */
import { entitiesStage } from "../stages/entities/index.js";
import { eventsStage } from "../stages/events/index.js";
import { nerStage } from "../stages/ner/index.js";
import { quotesStage } from "../stages/quotes/index.js";
import { textStages } from "../stages/text/index.js";
import type { Stage } from "./stage.js";

export function defaultStages(): Stage[] {
  return [...textStages, nerStage, entitiesStage, quotesStage, eventsStage];
}
