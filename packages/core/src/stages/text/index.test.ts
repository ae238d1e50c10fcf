import assert from "node:assert/strict";
import { test } from "node:test";
import { Doc } from "../../doc/doc.js";
import { LAYERS } from "../../doc/layers.js";
import { Pipeline } from "../../pipeline/pipeline.js";
import { emptyContext } from "../../pipeline/stage.js";
import type { NormalView, Sentences, Tokens } from "../../text/types.js";
import { normaliseStage, segmentStage, textStages, tokensStage } from "./index.js";

test("text stages run in order and set their layers", () => {
  const doc = new Doc("MOSCOW (AP) - Lavrov’s “talks” ended. Rubio left.");
  Pipeline.build(textStages).run(doc, emptyContext());
  assert.deepEqual(textStages, [normaliseStage, tokensStage, segmentStage]);
  assert.equal(doc.get<NormalView>(LAYERS.normal).text, `MOSCOW (AP) - Lavrov's "talks" ended. Rubio left.`);
  const tokens = doc.get<Tokens>(LAYERS.tokens);
  assert.equal(tokens.text(5), "Lavrov");
  const sentences = doc.get<Sentences>(LAYERS.sentences);
  const got = Array.from({ length: sentences.count }, (_, i) => doc.slice({ start: sentences.start[i], end: sentences.end[i] }));
  assert.deepEqual(got, ["MOSCOW (AP) -", "Lavrov’s “talks” ended.", "Rubio left."]);
  assert.equal(doc.layer(LAYERS.paragraphs).stamp.stage, "segment");
});

test("the tokens stage requires the normal layer", () => {
  assert.throws(() => Pipeline.build([tokensStage]), /normal/);
});
