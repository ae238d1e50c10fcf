/**
 * The HTTP API: Fastify with TypeBox schemas, an OpenAPI document, and the web UI.
 * No NLP here: records come from the injected extractor, views from the injected store.
 */
import Fastify, { type FastifyInstance } from "fastify";
import swagger from "@fastify/swagger";
import { Ajv } from "ajv";
import { PARLEY_VERSION } from "@parley/core";
import type { Corpus } from "./corpus.js";
import type { RecordExtractor, ServerContext } from "./context.js";
import { errorHandler, formatSchemaErrors } from "./errors.js";
import { articleRoutes } from "./routes/articles.js";
import { actorRoutes } from "./routes/actors.js";
import { extractRoutes } from "./routes/extract.js";
import { viewRoutes } from "./routes/quotes-events.js";
import { defaultWebRoot, webRoutes } from "./web.js";

export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

export interface ServerOptions {
  store: Corpus;
  extractor: RecordExtractor;
  /** The address it will bind: decides whether writes need the token. Default 127.0.0.1. */
  host?: string;
  /** Required for writes when set, and for any write when `host` is not loopback. */
  token?: string;
  /** Largest request body in bytes (413 beyond). */
  bodyLimit?: number;
  /** The built UI's folder; null serves none. Default packages/web/dist. */
  webRoot?: string | null;
  logger?: boolean;
}

/**
 * @example
 * const app = await buildServer({ store: memoryCorpus(), extractor: createExtractor() });
 * await app.listen({ host: "127.0.0.1", port: 8080 });
 */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit,
    schemaErrorFormatter: (errors, dataVar) => formatSchemaErrors(errors as never, dataVar),
  });
  // Query strings are text, so they are coerced ("10" → 10); JSON bodies are not ("text": 42 is an error).
  const queryAjv = new Ajv({ coerceTypes: "array", useDefaults: true, removeAdditional: false, allErrors: false });
  const bodyAjv = new Ajv({ coerceTypes: false, useDefaults: true, removeAdditional: false, allErrors: false });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === "body" ? bodyAjv : queryAjv).compile(schema));
  app.setErrorHandler(errorHandler(bodyLimit));
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ statusCode: 404, error: "Not Found", message: `no route ${request.method} ${request.url.split("?")[0]}` }));
  app.addHook("onSend", async (_request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("content-security-policy",
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
  });

  await app.register(swagger, {
    openapi: {
      info: { title: "Parley API", version: PARLEY_VERSION, description: "Evidence-backed actors, quotations and events from news text." },
      tags: [{ name: "extract" }, { name: "articles" }, { name: "actors" }, { name: "views" }],
    },
  });

  const ctx: ServerContext = { store: opts.store, extractor: opts.extractor, policy: { host: opts.host ?? "127.0.0.1", token: opts.token } };
  extractRoutes(app, ctx);
  articleRoutes(app, ctx);
  actorRoutes(app, ctx);
  viewRoutes(app, ctx);
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await webRoutes(app, opts.webRoot === undefined ? defaultWebRoot() : opts.webRoot);
  if (opts.store.close) app.addHook("onClose", async () => { await opts.store.close!(); });
  return app;
}
