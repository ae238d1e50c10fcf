/** GET /articles, GET /articles/:id (record and text), GET /search?q. */
import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../context.js";
import { notFound } from "../errors.js";
import { IdParams, PagingQuery, SearchQuery } from "../schemas.js";

export function articleRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: PagingQuery }>("/articles", {
    schema: { summary: "Stored articles, newest first", tags: ["articles"], querystring: PagingQuery },
  }, async (request) => ctx.store.articles(request.query));

  app.get<{ Params: IdParams }>("/articles/:id", {
    schema: { summary: "One article: its record and text", tags: ["articles"], params: IdParams },
  }, async (request, reply) => {
    const article = await ctx.store.article(request.params.id);
    if (!article) return notFound(reply, "article", request.params.id);
    return { id: article.id, text: article.text, record: article.record };
  });

  app.get<{ Querystring: SearchQuery }>("/search", {
    schema: { summary: "Full-text search over titles and texts, with actors whose name matches", tags: ["articles"], querystring: SearchQuery },
  }, async (request) => {
    const { q, limit, offset } = request.query;
    const [articles, actors] = await Promise.all([
      ctx.store.search(q, { limit, offset }),
      ctx.store.actors({ q: q.trim(), limit: 10, offset: 0 }),
    ]);
    return { q, articles, actors };
  });
}
