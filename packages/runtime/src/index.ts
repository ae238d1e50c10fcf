/** @parley/runtime: Node-side glue between the core engine and its users. */
export * from "./input.js";
export * from "./data-dir.js";
export * from "./resources.js";
export * from "./extractor.js";
export * from "./meta.js";
