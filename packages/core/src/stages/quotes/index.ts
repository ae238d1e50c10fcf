// Barrel of the quotes stage.
export { quotesStage, QUOTES_VERSION, QUOTE_CUES_RESOURCE, type QuotesOptions } from "./stage.js";
export { parseQuoteCues, compileQuoteCues, type QuoteCues, type CueIndex } from "./lexicon.js";
export { pairQuoteMarks, type QuotePiece } from "./marks.js";
