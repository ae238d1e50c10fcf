/** Names of the standard layers, one place for all stages to agree on. */
export const LAYERS = {
  /** NormalView: the normalised text with its offset map (text/normalise.ts). */
  normal: "normal",
  /** Tokens: typed-array token columns (text/tokens.ts). */
  tokens: "tokens",
  /** Paragraphs: typed-array paragraph columns (text/sentences.ts). */
  paragraphs: "paragraphs",
  /** Sentences: typed-array sentence columns (text/sentences.ts). */
  sentences: "sentences",
  /** Mention candidates from the KB matcher, patterns and the tagger. */
  mentions: "mentions",
  /** EntityRecord[] (doc/record.ts). */
  entities: "entities",
  /** QuoteRecord[]. */
  quotes: "quotes",
  /** EventRecord[]. */
  events: "events",
} as const;
