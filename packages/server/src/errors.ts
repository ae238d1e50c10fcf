/** Turning validation and transport errors into answers that say what is wrong. */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { PATTERN_HINTS } from "./schemas.js";

interface AjvError {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/** One sentence per failed rule, naming the field: `querystring.from must be a date: ...`. */
export function formatSchemaErrors(errors: AjvError[], dataVar: string): Error {
  const parts = errors.map((e) => {
    const field = `${dataVar}${e.instancePath.replace(/\//g, ".")}`;
    switch (e.keyword) {
      case "required": return `${dataVar} must have the field "${String(e.params.missingProperty)}"`;
      case "additionalProperties": return `${dataVar} has an unknown field "${String(e.params.additionalProperty)}"`;
      case "pattern": return `${field} must be ${PATTERN_HINTS[String(e.params.pattern)] ?? `of the form ${String(e.params.pattern)}`}`;
      case "anyOf": case "enum": return `${field} must be one of the allowed values`;
      default: return `${field} ${e.message ?? "is invalid"}`;
    }
  });
  return new Error([...new Set(parts)].join("; "));
}

export function errorHandler(bodyLimit: number) {
  return (err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err.validation) return reply.code(400).send({ statusCode: 400, error: "Bad Request", message: err.message });
    if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return reply.code(413).send({ statusCode: 413, error: "Payload Too Large", message: `the request body is larger than the limit of ${bodyLimit} bytes` });
    }
    const status = err.statusCode ?? 500;
    if (status < 500) return reply.code(status).send({ statusCode: status, error: err.name, message: err.message });
    request.log.error(err);
    return reply.code(500).send({ statusCode: 500, error: "Internal Server Error", message: err.message });
  };
}

export function notFound(reply: FastifyReply, what: string, id: string) {
  return reply.code(404).send({ statusCode: 404, error: "Not Found", message: `no ${what} with id "${id}"` });
}

export function badRequest(reply: FastifyReply, message: string) {
  return reply.code(400).send({ statusCode: 400, error: "Bad Request", message });
}
