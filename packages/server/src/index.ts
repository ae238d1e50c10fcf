/** @parley/server: the HTTP API and the host of the web UI. */
export * from "./corpus.js";
export * from "./context.js";
export * from "./app.js";
export * from "./auth.js";
export * from "./memory-corpus.js";
export * from "./view.js";
export * from "./web.js";
export * from "./start.js";
export * from "./store-corpus.js";
