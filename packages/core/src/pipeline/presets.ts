/** The default preset: every stage of the full pipeline, in order. */
import type { Stage } from "./stage.js";

export function defaultStages(): Stage[] {
  return [];
}
