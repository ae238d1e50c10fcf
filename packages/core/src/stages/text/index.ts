/**
 * The text stages: `normal` → `tokens` → `paragraphs` + `sentences`. Each wraps one pure
 * function of the text layer.
 */
import type { Doc } from "../../doc/doc.js";
import { LAYERS } from "../../doc/layers.js";
import type { Stage } from "../../pipeline/stage.js";
import { normalise } from "../../text/normalise.js";
import { segment } from "../../text/sentences.js";
import { tokenize } from "../../text/tokenize.js";
import type { NormalView, Tokens } from "../../text/types.js";

/** Sets `normal`: the NormalView of the doc's text. */
export const normaliseStage: Stage = {
  name: "normalise",
  version: "1.0.0",
  requires: [],
  provides: [LAYERS.normal],
  run(doc: Doc): void {
    doc.set(LAYERS.normal, normalise(doc.text), { stage: this.name, version: this.version });
  },
};

/** Sets `tokens` from `normal`. */
export const tokensStage: Stage = {
  name: "tokens",
  version: "1.0.0",
  requires: [LAYERS.normal],
  provides: [LAYERS.tokens],
  run(doc: Doc): void {
    const view = doc.get<NormalView>(LAYERS.normal);
    doc.set(LAYERS.tokens, tokenize(doc.text, view), { stage: this.name, version: this.version });
  },
};

/** Sets `paragraphs` and `sentences` from `tokens` (and marks ParagraphStart/SentenceStart on them). */
export const segmentStage: Stage = {
  name: "segment",
  version: "1.0.0",
  requires: [LAYERS.tokens],
  provides: [LAYERS.paragraphs, LAYERS.sentences],
  run(doc: Doc): void {
    const { paragraphs, sentences } = segment(doc.text, doc.get<Tokens>(LAYERS.tokens));
    const stamp = { stage: this.name, version: this.version };
    doc.set(LAYERS.paragraphs, paragraphs, stamp);
    doc.set(LAYERS.sentences, sentences, stamp);
  },
};

/** The three text stages, in order. */
export const textStages: readonly Stage[] = [normaliseStage, tokensStage, segmentStage];
