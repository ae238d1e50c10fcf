/**
 * The `ner` stage: tags each sentence with the statistical tagger and sets the `ner` layer,
 * token and character spans of PER / ORG / LOC names. The model comes through
 * `ctx.resources["ner-model"]` (a `NerModel`, loaded by Node-side code). A model with
 * register features is given the register of the document (`detectRegister`).
 */
import type { Doc } from "../../doc/doc.js";
import { ParleyError } from "../../errors.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import { TokenFlag, TokenKind, type Sentences, type Tokens } from "../../text/types.js";
import type { NerType } from "./labels.js";
import { labelsToSpans } from "./labels.js";
import { NerModel } from "./model.js";
import { detectRegister, type NerRegister } from "./register.js";

/** One tagged name: tokens [tokStart, tokEnd), original characters [start, end). */
export interface NerMention {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  label: NerType;
}

export const NER_LAYER = "ner";
export const NER_MODEL_RESOURCE = "ner-model";

/** The word the tagger sees for a token: quote marks fold to `"` / `'` as in training. */
export function taggerWord(tokens: Tokens, i: number): string {
  if (tokens.kind[i] === TokenKind.Quote) return tokens.flags[i] & TokenFlag.QuoteDouble ? '"' : "'";
  return tokens.norm(i);
}

/**
 * Tag every sentence of a tokenized, segmented doc. `register`: the document's register
 * (`detectRegister` of its whole text), for a model with register features.
 */
export function tagSentences(model: NerModel, tokens: Tokens, sentences: Sentences, register?: NerRegister): NerMention[] {
  const out: NerMention[] = [];
  const words: string[] = [];
  let buf = new Uint8Array(256);
  for (let s = 0; s < sentences.count; s++) {
    const from = sentences.tokStart[s], to = sentences.tokEnd[s];
    words.length = 0;
    for (let t = from; t < to; t++) words.push(taggerWord(tokens, t));
    if (buf.length < words.length) buf = new Uint8Array(2 * words.length);
    const labels = model.tagWords(words, buf, register);
    for (const span of labelsToSpans(labels, words.length)) {
      const tokStart = from + span.start, tokEnd = from + span.end;
      out.push({ tokStart, tokEnd, start: tokens.start[tokStart], end: tokens.end[tokEnd - 1], label: span.label });
    }
  }
  return out;
}

export const nerStage: Stage = {
  name: "ner",
  version: "1",
  requires: ["tokens", "sentences"],
  provides: [NER_LAYER],
  run(doc: Doc, ctx: StageContext): void {
    const model = ctx.resources[NER_MODEL_RESOURCE];
    if (!(model instanceof NerModel)) {
      throw new ParleyError("E005", `resource "${NER_MODEL_RESOURCE}" must be a NerModel (NerModel.fromJSON of data/models/ner.json)`);
    }
    // The register is the whole document's (one decision per text, see `detectRegister`).
    const register = model.registers ? detectRegister(doc.text) : undefined;
    const mentions = tagSentences(model, doc.get<Tokens>("tokens"), doc.get<Sentences>("sentences"), register);
    doc.set(NER_LAYER, mentions, { stage: this.name, version: this.version });
  },
};
