/** The knowledge base: shipped data on actors, places and titles, validated and indexed. */
export * from "./types.js";
export * from "./normalize.js";
export * from "./fuzzy.js";
export * from "./matcher.js";
export * from "./validate.js";
export * from "./knowledge-base.js";
export * from "./load.js";
export * from "./import-wikidata.js";
export * from "./import-petrarch.js";
