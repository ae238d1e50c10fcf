/** @parley/core: the engine. No runtime dependencies, no I/O. */
export * from "./errors.js";
export * from "./doc/span.js";
export * from "./doc/diagnostic.js";
export * from "./doc/doc.js";
export * from "./doc/record.js";
export * from "./doc/layers.js";
export * from "./doc/sha256.js";
export * from "./doc/to-record.js";
export * from "./pipeline/stage.js";
export * from "./pipeline/pipeline.js";
export * from "./pipeline/registry.js";
export * from "./text/types.js";
