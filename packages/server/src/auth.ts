/**
 * Who may write. Reading is open; writing (storing articles) is open only on a loopback
 * address without a token. Bound anywhere else, writes need the token, and without one
 * configured they are refused outright.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface WritePolicy {
  host: string;
  token?: string;
}

/** The token a request carries: `Authorization: Bearer T` or `X-Parley-Token: T`. */
function presented(request: FastifyRequest): string | undefined {
  const auth = request.headers.authorization;
  if (auth?.startsWith("Bearer ")) return auth.slice(7).trim();
  const h = request.headers["x-parley-token"];
  return typeof h === "string" ? h : undefined;
}

/** Returns true when the request may write; otherwise answers 401/403 and returns false. */
export function checkWrite(policy: WritePolicy, request: FastifyRequest, reply: FastifyReply): boolean {
  if (!policy.token) {
    if (isLoopback(policy.host)) return true;
    void reply.code(403).send({ statusCode: 403, error: "Forbidden", message: `writes are disabled: the server binds ${policy.host}, not a loopback address, and was started without a token (--token or PARLEY_TOKEN)` });
    return false;
  }
  if (sameToken(presented(request), policy.token)) return true;
  void reply.code(401).send({ statusCode: 401, error: "Unauthorized", message: "this route writes: send the server's token as 'Authorization: Bearer <token>'" });
  return false;
}

/** Constant-time comparison (of digests, so lengths may differ). */
function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
