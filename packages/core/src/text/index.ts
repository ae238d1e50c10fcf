/** The text layer: normalise → tokenize → segment, and the stages that run them. */
export * from "./chars.js";
export * from "./normalise.js";
export * from "./tokenize.js";
export * from "./abbreviations.js";
export * from "./dateline.js";
export * from "./sentences.js";
export * from "../stages/text/index.js";
