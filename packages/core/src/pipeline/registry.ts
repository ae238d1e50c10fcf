/** A registry of stages by name, so presets and users can assemble pipelines by name. */
import { ParleyError } from "../errors.js";
import { Pipeline } from "./pipeline.js";
import type { Stage } from "./stage.js";

export class Registry {
  readonly #stages = new Map<string, Stage>();

  register(stage: Stage): this {
    if (this.#stages.has(stage.name)) throw new ParleyError("E005", `stage "${stage.name}" already registered`);
    this.#stages.set(stage.name, stage);
    return this;
  }

  get(name: string): Stage {
    const stage = this.#stages.get(name);
    if (!stage) throw new ParleyError("E003", `"${name}" (registered: ${[...this.#stages.keys()].join(", ")})`);
    return stage;
  }

  names(): string[] {
    return [...this.#stages.keys()];
  }

  /** Build a checked pipeline from stage names. */
  pipeline(names: readonly string[]): Pipeline {
    return Pipeline.build(names.map((n) => this.get(n)));
  }
}
