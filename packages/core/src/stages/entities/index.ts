// Barrel: the entities stage (mentions, linking, coreference) and its helpers.
export { entitiesStage, findEntities, KB_RESOURCE, type EntitiesResult, type MentionRef } from "./stage.js";
export { parseEntityLexicon, ENTITY_LEXICON_RESOURCE, type EntityLexicon, type PronounInfo, type Gender } from "./lexicon.js";
export { kbIndex, fuzzyPeople, type KbIndex, type PersonGuess } from "./kb-index.js";
export { repairCase } from "./scan.js";
