/**
 * Pipeline: an ordered, frozen list of stages, checked once when built. Every stage's
 * requirements must be provided by an earlier stage (or be present on the doc already,
 * listed in `given`).
 */
import type { Doc } from "../doc/doc.js";
import { ParleyError } from "../errors.js";
import type { Stage, StageContext } from "./stage.js";

export class Pipeline {
  readonly stages: readonly Stage[];
  readonly provides: readonly string[];

  private constructor(stages: Stage[], provides: string[]) {
    this.stages = Object.freeze(stages.slice());
    this.provides = Object.freeze(provides);
    Object.freeze(this);
  }

  /**
   * Build and check a pipeline; throws E002 listing what is fulfilled and what is missing.
   * @example Pipeline.build([normaliseStage, tokensStage])
   */
  static build(stages: readonly Stage[], given: readonly string[] = []): Pipeline {
    const have = new Set(given);
    const problems: string[] = [];
    const names = new Set<string>();
    for (const stage of stages) {
      if (names.has(stage.name)) problems.push(`stage "${stage.name}" appears twice`);
      names.add(stage.name);
      const missing = stage.requires.filter((r) => !have.has(r));
      if (missing.length) {
        problems.push(`stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(", ")} which no earlier stage provides`);
      }
      for (const p of stage.provides) {
        if (have.has(p)) problems.push(`layer "${p}" provided twice (again by "${stage.name}")`);
        have.add(p);
      }
    }
    if (problems.length) {
      throw new ParleyError(
        "E002",
        `${problems.join("; ")}. Fulfilled: ${[...have].join(", ") || "nothing"}. Order: ${stages.map((s) => s.name).join(" → ")}`,
      );
    }
    return new Pipeline(stages.slice(), [...have]);
  }

  /** Run every stage in order on the doc; returns the same doc. */
  run(doc: Doc, ctx: StageContext): Doc {
    for (const stage of this.stages) stage.run(doc, ctx);
    return doc;
  }
}
