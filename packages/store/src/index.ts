/** @parley/store: the corpus store. */
export * from "./types.js";
export * from "./keys.js";
export * from "./rows.js";
export * from "./records.js";
export * from "./errors.js";
export * from "./sqlite/index.js";
export * from "./export.js";
