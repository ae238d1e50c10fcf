/**
 * The `entities` stage: mentions (KB phrases, title phrases, tagger names, bylines,
 * pronouns), linking (exact, fuzzy, office holder at the article's date) and coreference,
 * written as `EntityRecord[]` (layer `entities`) and a flat, start-sorted list of mentions
 * with token ranges (layer `mentions`) for the quotes and events stages.
 */
import type { Doc } from "../../doc/doc.js";
import { LAYERS } from "../../doc/layers.js";
import type { EntityRecord, MentionRecord, Via } from "../../doc/record.js";
import { ParleyError } from "../../errors.js";
import { KnowledgeBase } from "../../kb/knowledge-base.js";
import type { Stage, StageContext } from "../../pipeline/stage.js";
import type { Sentences, Tokens } from "../../text/types.js";
import { NER_LAYER, type NerMention } from "../ner/stage.js";
import { ENTITY_LEXICON_RESOURCE, type EntityLexicon } from "./lexicon.js";
import type { DocEntity } from "./registry.js";
import { Scanner } from "./scan.js";

export const KB_RESOURCE = "kb";

/** One entry of the `mentions` layer. */
export interface MentionRef {
  readonly start: number;
  readonly end: number;
  readonly tokStart: number;
  readonly tokEnd: number;
  /** Id of the entity in the `entities` layer ("e3"). */
  readonly entity: string;
  readonly via: Via;
}

export interface EntitiesResult {
  readonly entities: EntityRecord[];
  readonly mentions: MentionRef[];
}

/**
 * Find, link and resolve the entities of a tokenized, segmented, tagged text.
 * @example const { entities } = findEntities(doc.text, tokens, sentences, ner, kb, lexicon, "2025-02-18")
 */
export function findEntities(
  text: string, tokens: Tokens, sentences: Sentences, ner: readonly NerMention[],
  kb: KnowledgeBase, lexicon: EntityLexicon, date?: string,
): EntitiesResult {
  const scanner = new Scanner(text, tokens, sentences, ner, kb, lexicon, date);
  scanner.run();
  const live = scanner.registry.all.filter((e) => e.mentions.some((m) => m.via !== "pronoun"));
  const first = (e: DocEntity) => {
    let min = Infinity;
    for (const m of e.mentions) if (m.via !== "pronoun" && m.start < min) min = m.start;
    return min;
  };
  // first start computed once per entity, not per comparison
  const firsts = new Map<DocEntity, number>();
  for (const e of live) firsts.set(e, first(e));
  live.sort((a, b) => firsts.get(a)! - firsts.get(b)!);
  const ids = new Map<DocEntity, string>();
  const entities: EntityRecord[] = live.map((e, i) => {
    const id = `e${i + 1}`;
    ids.set(e, id);
    const seen = new Set<number>();
    const mentions: MentionRecord[] = [];
    for (const m of e.mentions.slice().sort((x, y) => x.start - y.start || y.end - x.end)) {
      const key = m.start * 65536 + (m.end - m.start);
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end), via: m.via });
    }
    // fields set one by one in the record's key order (object spreads are slow to build)
    const rec: EntityRecord = { id, name: displayName(e, mentions), type: e.type } as EntityRecord;
    if (e.country) rec.country = e.country;
    if (e.sector) rec.sector = e.sector;
    if (e.kb) rec.kb = e.kb.id;
    if (e.type === "person" && e.gender) rec.gender = e.gender;
    rec.roles = e.roles.slice();
    rec.mentions = mentions;
    rec.confidence = Math.round(e.confidence * 100) / 100;
    return rec;
  });
  const mentions: MentionRef[] = [];
  for (const m of scanner.mentions) {
    const id = ids.get(m.entity);
    if (id) mentions.push({ start: m.start, end: m.end, tokStart: m.tokStart, tokEnd: m.tokEnd, entity: id, via: m.via });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions };
}

export const entitiesStage: Stage = {
  name: "entities",
  version: "1",
  requires: [LAYERS.tokens, LAYERS.sentences, LAYERS.paragraphs, NER_LAYER],
  provides: [LAYERS.mentions, LAYERS.entities],
  run(doc: Doc, ctx: StageContext): void {
    const kb = ctx.resources[KB_RESOURCE];
    if (!(kb instanceof KnowledgeBase)) throw new ParleyError("E005", `resource "${KB_RESOURCE}" must be a KnowledgeBase (loadKnowledgeBase)`);
    const lexicon = ctx.resources[ENTITY_LEXICON_RESOURCE] as EntityLexicon | undefined;
    if (!lexicon || !(lexicon.pronouns instanceof Map)) {
      throw new ParleyError("E005", `resource "${ENTITY_LEXICON_RESOURCE}" must be parseEntityLexicon(data/lexicons/entities.json)`);
    }
    const date = doc.meta.published && /^\d{4}-\d{2}-\d{2}/.test(doc.meta.published) ? doc.meta.published.slice(0, 10) : undefined;
    const { entities, mentions } = findEntities(
      doc.text, doc.get<Tokens>(LAYERS.tokens), doc.get<Sentences>(LAYERS.sentences), doc.get<NerMention[]>(NER_LAYER),
      kb, lexicon, date,
    );
    const stamp = { stage: this.name, version: this.version };
    doc.set(LAYERS.mentions, mentions, stamp);
    doc.set(LAYERS.entities, entities, stamp);
  },
};

/**
 * The KB name, unless the text never writes it: a body is then named as the text names it
 * ("NATO", "State Department": how the world calls it), and a person written in full with
 * another spelling keeps the text's spelling ("Volodymyr Zelensky"). Fuzzy links keep the
 * KB name: the text's form is the damaged one.
 */
function displayName(e: DocEntity, mentions: readonly MentionRecord[]): string {
  if (!e.kb || (e.type !== "organization" && e.type !== "person")) return e.name;
  const full = e.name.toLowerCase();
  const words = full.split(" ").length;
  let best: string | undefined;
  for (const m of mentions) {
    if (m.via === "pronoun" || m.via === "title" || m.via === "fuzzy" || m.via === "demonym") continue;
    const text = m.text.replace(/^the\s+/i, "");
    if (text.toLowerCase() === full) return e.name;
    if (e.type === "person" && (m.via !== "alias" || text.split(/\s+/).length !== words || words < 2)) continue;
    if (!best || text.length > best.length) best = text;
  }
  return best ?? e.name;
}
