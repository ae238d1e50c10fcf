import assert from "node:assert/strict";
import { test } from "node:test";
import type { EventRecord } from "../../doc/record.js";
import { eventsOf, type Spec } from "./harness.test.js";

// A named person or organisation the knowledge base gives no country still names the target the stage
// gives an unnamed one: the entity joins it, the country stays the one the context gave.

function sides(text: string, specs: Spec[]): string[] {
  const names = new Map(specs.map((s, i) => [`e${i + 1}`, s[0]]));
  const who = (a: EventRecord["source"] | null) => (a ? `${a.entity ? names.get(a.entity) : "-"}(${a.country ?? "?"})` : "none");
  return eventsOf(text, specs).map((e) => `${e.type} ${who(e.source)}->${who(e.target)} ${text.slice(e.trigger.start, e.trigger.end)}`);
}

const NOR: Spec = ["Norway", "country", "NOR", ["Norway"]];
const PIKE: Spec = ["Ray Pike", "person", "NOR", ["Ray Pike", "Pike"], "LEG"];
const VOSS: Spec = ["Karl Voss", "person", "", ["Karl Voss", "Voss"]];
const LINE: Spec = ["Nordic Line", "organization", "", ["Nordic Line"]];
const OSLO: Spec = ["Oslo", "place", "NOR", ["Oslo"]];

test("the subject of a passive conviction with no country is the target: 'Karl Voss was convicted of fraud in Oslo'", () => {
  const out = sides("Karl Voss was convicted of fraud in Oslo.", [VOSS, OSLO, NOR]);
  assert.deepEqual(out, ["SANCTION -(NOR)->Karl Voss(NOR) convicted"]);
});

test("the object of an active verb with no country is the target: 'criticized Karl Voss', 'lashed out at Karl Voss', 'sentenced Karl Voss'", () => {
  assert.deepEqual(sides("Ray Pike criticized Karl Voss for his record.", [PIKE, VOSS, NOR]), ["ACCUSE Ray Pike(NOR)->Karl Voss(NOR) criticized"]);
  assert.deepEqual(sides("Ray Pike lashed out at Karl Voss after the vote.", [PIKE, VOSS, NOR]), ["ACCUSE Ray Pike(NOR)->Karl Voss(NOR) lashed out at"]);
  const [sentenced] = eventsOf("Ray Pike sentenced Karl Voss to ten years in prison.", [PIKE, VOSS, NOR]);
  assert.deepEqual(sentenced?.target, { entity: "e2", country: "NOR", sector: "CVL" });
});

test("an owner or a name before a common noun is no target: 'criticized Voss's plan', 'criticized the Nordic Line pipeline'", () => {
  for (const text of ["Ray Pike criticized Voss's plan in Oslo.", "Ray Pike criticized the Nordic Line pipeline in Oslo."]) {
    const out = sides(text, [PIKE, VOSS, LINE, OSLO, NOR]);
    for (const e of out) assert.doesNotMatch(e, /->(Karl Voss|Nordic Line)/, e);
  }
});
