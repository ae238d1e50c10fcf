/**
 * PLOVER's event types as data (`data/plover.json`): a pure parser and validator, so the
 * events stage can look up the quad class and the valid modes of a type.
 */
import { ParleyError } from "../../errors.js";
import type { Quad } from "../../doc/record.js";

export interface PloverType {
  readonly type: string;
  readonly quad: Quad;
  readonly score: number;
  readonly definition: string;
  readonly modes: ReadonlySet<string>;
}

export interface PloverOntology {
  readonly types: ReadonlyMap<string, PloverType>;
}

const QUADS: readonly Quad[] = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"];

function fail(reason: string): never {
  throw new ParleyError("E006", `plover: ${reason}`);
}

/**
 * Parse and check `data/plover.json` (already JSON-parsed).
 * @example parsePlover({ types: [{ type: "CONSULT", quad: "verbal-cooperation", score: 2.5, definition: "talks", modes: [] }] })
 */
export function parsePlover(json: unknown): PloverOntology {
  const root = json as { types?: unknown };
  if (!root || !Array.isArray(root.types)) fail("expected an object with a `types` array");
  const types = new Map<string, PloverType>();
  for (const raw of root.types as Record<string, unknown>[]) {
    const type = raw?.type;
    if (typeof type !== "string" || !/^[A-Z]+$/.test(type)) fail(`bad type ${JSON.stringify(type)}`);
    if (types.has(type)) fail(`duplicate type ${type}`);
    const quad = raw.quad as Quad;
    if (!QUADS.includes(quad)) fail(`${type}: bad quad ${JSON.stringify(quad)}`);
    const modes = Array.isArray(raw.modes) ? (raw.modes as { mode?: unknown }[]) : [];
    const modeSet = new Set<string>();
    for (const m of modes) {
      if (typeof m?.mode !== "string") fail(`${type}: mode without a name`);
      modeSet.add(m.mode);
    }
    types.set(type, {
      type,
      quad,
      score: typeof raw.score === "number" ? raw.score : 0,
      definition: typeof raw.definition === "string" ? raw.definition : "",
      modes: modeSet,
    });
  }
  if (types.size === 0) fail("no event types");
  return { types };
}
