/** @parley/ingest: documents from files, URLs, feeds, sitemaps, WARC and JSONL into a store. */
export * from "./dates.js";
export * from "./html.js";
export * from "./feeds.js";
export * from "./warc.js";
export * from "./language.js";
export * from "./sources.js";
export * from "./prepare.js";
export * from "./pool.js";
export * from "./ingest.js";
export * from "./bench.js";
export * from "./progress.js";
