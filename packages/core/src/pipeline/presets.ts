/** The default preset: every stage of the full pipeline, in order. */
import { textStages } from "../stages/text/index.js";
import type { Stage } from "./stage.js";

export function defaultStages(): Stage[] {
  return [...textStages];
}
