/** The shipped KB, entity lexicon and NER model in a text → ner → entities pipeline, for the entities tests. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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
