/** The shipped KB, entity lexicon and NER model in a text → ner → entities pipeline, for the entities tests. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Doc } from "../../doc/doc.js";
import { LAYERS } from "../../doc/layers.js";
import type { EntityRecord } from "../../doc/record.js";
import { shippedKb } from "../../kb/test-data.test.js";
import { Pipeline } from "../../pipeline/pipeline.js";
import { NerModel } from "../ner/model.js";
import { nerStage } from "../ner/stage.js";
import { textStages } from "../text/index.js";
import { parseEntityLexicon } from "./lexicon.js";
import { entitiesStage } from "./stage.js";

export const data = (rel: string) => fileURLToPath(new URL(`../../../../../data/${rel}`, import.meta.url));
export const kb = shippedKb();
export const lexicon = parseEntityLexicon(JSON.parse(readFileSync(data("lexicons/entities.json"), "utf8")));
export let model: NerModel | null = null;
/** Why the entities tests skip, or false when the committed model loads. */
export let noModel: string | false = false;
try {
  model = NerModel.fromJSON(JSON.parse(readFileSync(data("models/ner.json"), "utf8")));
} catch (err) {
  noModel = `the NER model does not load (${(err as Error).message})`;
}
export const pipeline = Pipeline.build([...textStages, nerStage, entitiesStage]);
export const ctx = { resources: { kb, "ner-model": model, "entity-lexicon": lexicon }, options: {} };

/** The entities of a text run through `pipeline` (published on `published`). */
export function entitiesOf(text: string, published = "2019-06-01"): EntityRecord[] {
  return pipeline.run(new Doc(text, { published }), ctx).get<EntityRecord[]>(LAYERS.entities);
}

/** The entity with a mention exactly at the `nth` occurrence of `surface` (which must be in the text). */
export function entityAt(text: string, entities: EntityRecord[], surface: string, nth = 0): EntityRecord | undefined {
  let s = -1;
  for (let i = 0; i <= nth; i++) s = text.indexOf(surface, s + 1);
  assert.ok(s >= 0, `"${surface}" is in the text`);
  const e = entities.find((x) => x.mentions.some((m) => m.start === s && m.end === s + surface.length));
  if (e) assert.equal(text.slice(s, s + surface.length), surface);
  return e;
}
