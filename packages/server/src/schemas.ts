/** Request schemas (TypeBox): they validate input and document the API in /openapi.json. */
import { Type, type Static } from "@sinclair/typebox";

const DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
const FullDate = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" });
const PartialDate = Type.String({ pattern: DATE_PATTERN, description: "YYYY, YYYY-MM or YYYY-MM-DD" });

export const Paging = {
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  offset: Type.Integer({ minimum: 0, default: 0 }),
};

export const ArticleInput = Type.Object({
  text: Type.String({ minLength: 1, description: "the article text (plain text)" }),
  date: Type.Optional(FullDate),
  title: Type.Optional(Type.String({ maxLength: 1000 })),
  source: Type.Optional(Type.String({ maxLength: 2000 })),
}, { additionalProperties: false });
export type ArticleInput = Static<typeof ArticleInput>;

export const ExtractBody = Type.Object({
  ...ArticleInput.properties,
  store: Type.Optional(Type.Boolean({ description: "also store the article (a write: needs the token when one is required)" })),
}, { additionalProperties: false });
export type ExtractBody = Static<typeof ExtractBody>;

export const IngestBody = Type.Object({
  articles: Type.Array(ArticleInput, { minItems: 1, maxItems: 1000 }),
}, { additionalProperties: false });
export type IngestBody = Static<typeof IngestBody>;

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 512 }) });
export type IdParams = Static<typeof IdParams>;

export const PagingQuery = Type.Object(Paging);
export type PagingQuery = Static<typeof PagingQuery>;

export const ActorsQuery = Type.Object({
  ...Paging,
  q: Type.Optional(Type.String({ description: "part of the name" })),
  type: Type.Optional(Type.Union([Type.Literal("person"), Type.Literal("organization"), Type.Literal("country"), Type.Literal("place")])),
});
export type ActorsQuery = Static<typeof ActorsQuery>;

export const QuotesQuery = Type.Object({
  ...Paging,
  speaker: Type.Optional(Type.String({ description: "actor id, or part of the speaker's name" })),
  text: Type.Optional(Type.String({ description: "words the quote must contain" })),
  from: Type.Optional(PartialDate),
  to: Type.Optional(PartialDate),
});
export type QuotesQuery = Static<typeof QuotesQuery>;

export const ActorQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 5000, default: 100, description: "newest quotes and events listed (the totals are actor.quotes and actor.events)" }),
});
export type ActorQuery = Static<typeof ActorQuery>;

export const EventsQuery = Type.Object({
  ...Paging,
  actor: Type.Optional(Type.String({ description: "exactly this actor id, as source or target" })),
  source: Type.Optional(Type.String({ description: "actor id, part of a name, or ISO alpha-3 country" })),
  target: Type.Optional(Type.String({ description: "actor id, part of a name, or ISO alpha-3 country" })),
  type: Type.Optional(Type.String({ pattern: "^[A-Z]+$", description: "PLOVER event type, e.g. CONSULT" })),
  modality: Type.Optional(Type.Union([Type.Literal("asserted"), Type.Literal("planned"), Type.Literal("hypothetical"), Type.Literal("negated")])),
  from: Type.Optional(PartialDate),
  to: Type.Optional(PartialDate),
});
export type EventsQuery = Static<typeof EventsQuery>;

export const SearchQuery = Type.Object({
  ...Paging,
  q: Type.String({ minLength: 1, description: "words to find in titles and texts" }),
});
export type SearchQuery = Static<typeof SearchQuery>;

export const TimelineQuery = Type.Object({
  interval: Type.Union([Type.Literal("day"), Type.Literal("month")], { default: "day" }),
  actor: Type.Optional(Type.String({ description: "restrict to one actor id" })),
});
export type TimelineQuery = Static<typeof TimelineQuery>;

/** Words for validation messages, keyed by the pattern that failed. */
export const PATTERN_HINTS: Record<string, string> = {
  [DATE_PATTERN]: "a date: YYYY, YYYY-MM or YYYY-MM-DD",
  "^\\d{4}-\\d{2}-\\d{2}$": "a date in YYYY-MM-DD form",
  "^[A-Z]+$": "an upper-case PLOVER event type such as CONSULT",
};
