/** POST /extract (a record out, stored only when asked) and POST /ingest (store many). */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { DocMeta, ParleyRecord } from "@parley/core";
import type { ServerContext } from "../context.js";
import { checkWrite } from "../auth.js";
import { isCalendarDate } from "../dates.js";
import { badRequest } from "../errors.js";
import { ArticleInput, ExtractBody, IngestBody } from "../schemas.js";

/** Problems with an article that the schema cannot see, or null. */
function problem(input: ArticleInput, where: string): string | null {
  if (input.text.trim().length === 0) return `${where}text has no words (only whitespace)`;
  if (input.date && !isCalendarDate(input.date)) return `${where}date "${input.date}" is not a calendar date`;
  return null;
}

/** A title for display when the caller gave none and the extractor found none: the first line. */
function firstLine(text: string): string | undefined {
  const line = text.split("\n").map((l) => l.trim()).find((l) => l.length > 0);
  if (!line || line.length <= 120) return line;
  const cut = line.lastIndexOf(" ", 120);
  return `${line.slice(0, cut > 60 ? cut : 120)}…`;
}

function extractOne(ctx: ServerContext, input: ArticleInput): ParleyRecord {
  const meta: DocMeta = { source: input.source ?? "api" };
  if (input.title) meta.title = input.title;
  if (input.date) { meta.published = input.date; meta.publishedFrom = "option"; }
  const record = ctx.extractor.extract(input.text, meta);
  record.meta.title ??= firstLine(input.text);
  return record;
}

export function extractRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Body: ExtractBody }>("/extract", {
    schema: { summary: "Extract a record from one text; stored only with store: true", tags: ["extract"], body: ExtractBody },
  }, async (request, reply: FastifyReply) => {
    const body = request.body;
    const bad = problem(body, "");
    if (bad) return badRequest(reply, bad);
    if (body.store && !checkWrite(ctx.policy, request, reply)) return reply;
    const record = extractOne(ctx, body);
    if (body.store) {
      const { created } = await ctx.store.put({ id: record.id, text: body.text, record });
      void reply.header("x-parley-stored", created ? "created" : "existing");
    }
    return record;
  });

  app.post<{ Body: IngestBody }>("/ingest", {
    schema: { summary: "Extract and store articles (needs the token when one is required)", tags: ["extract"], body: IngestBody },
  }, async (request, reply) => {
    if (!checkWrite(ctx.policy, request, reply)) return reply;
    const articles = request.body.articles;
    for (const [i, a] of articles.entries()) {
      const bad = problem(a, `articles[${i}].`);
      if (bad) return badRequest(reply, bad);
    }
    const ingested = [];
    for (const a of articles) {
      const record = extractOne(ctx, a);
      const { created } = await ctx.store.put({ id: record.id, text: a.text, record });
      ingested.push({ id: record.id, title: record.meta.title ?? null, created, quotes: record.quotes.length, events: record.events.length });
    }
    return reply.code(201).send({ ingested });
  });
}
