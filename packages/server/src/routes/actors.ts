/** GET /actors and GET /actors/:id (roles, mentions over time, quotes, events, counterparts). */
import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../context.js";
import { notFound } from "../errors.js";
import { ActorQuery, ActorsQuery, IdParams } from "../schemas.js";

export function actorRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: ActorsQuery }>("/actors", {
    schema: { summary: "Actors across the corpus, most mentioned first", tags: ["actors"], querystring: ActorsQuery },
  }, async (request) => ctx.store.actors(request.query));

  app.get<{ Params: IdParams; Querystring: ActorQuery }>("/actors/:id", {
    schema: {
      summary: "One actor: roles, mentions over time, its newest quotes and events, top counterparts (over all its events)",
      tags: ["actors"], params: IdParams, querystring: ActorQuery,
    },
  }, async (request, reply) => {
    const actor = await ctx.store.actor(request.params.id, { limit: request.query.limit });
    return actor ?? notFound(reply, "actor", request.params.id);
  });
}
