/** GET /quotes, GET /events and GET /stats/timeline: filtered views over the corpus. */
import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../context.js";
import { EventsQuery, QuotesQuery, TimelineQuery } from "../schemas.js";

export function viewRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: QuotesQuery }>("/quotes", {
    schema: { summary: "Quotes by speaker, words and date", tags: ["views"], querystring: QuotesQuery },
  }, async (request) => ctx.store.quotes(request.query));

  app.get<{ Querystring: EventsQuery }>("/events", {
    schema: { summary: "Events by source, target, type, modality and date", tags: ["views"], querystring: EventsQuery },
  }, async (request) => ctx.store.events(request.query));

  app.get<{ Querystring: TimelineQuery }>("/stats/timeline", {
    schema: { summary: "Articles, mentions, quotes and events per day or month", tags: ["views"], querystring: TimelineQuery },
  }, async (request) => ({ interval: request.query.interval, buckets: await ctx.store.timeline(request.query) }));
}
