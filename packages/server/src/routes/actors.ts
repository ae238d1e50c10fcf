/** GET /actors and GET /actors/:id (roles, mentions over time, quotes, events, counterparts). */
import type { FastifyInstance } from "fastify";
import type { ServerContext } from "../context.js";
import { notFound } from "../errors.js";
import { ActorsQuery, IdParams } from "../schemas.js";

export function actorRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Querystring: ActorsQuery }>("/actors", {
    schema: { summary: "Actors across the corpus, most mentioned first", tags: ["actors"], querystring: ActorsQuery },
  }, async (request) => ctx.store.actors(request.query));

  app.get<{ Params: IdParams }>("/actors/:id", {
    schema: { summary: "One actor: roles, mentions over time, quotes, events, top counterparts", tags: ["actors"], params: IdParams },
  }, async (request, reply) => {
    const actor = await ctx.store.actor(request.params.id);
    return actor ?? notFound(reply, "actor", request.params.id);
  });
}
