/** Serving the built web UI (packages/web/dist), or a page saying how to build it. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyReply } from "fastify";
import fastifyStatic from "@fastify/static";
import { newest, webSourcesTime } from "./freshness.mjs";

/** Where `vite build` puts the UI. */
export function defaultWebRoot(): string {
  return fileURLToPath(new URL("../../web/dist/", import.meta.url));
}

export function webIsBuilt(root = defaultWebRoot()): boolean {
  return existsSync(join(root, "index.html"));
}

/**
 * The built UI is older than the web package's sources (edited or pulled since the build);
 * false when the sources are not beside it (an installed copy) or nothing is built.
 */
export function webIsStale(root = defaultWebRoot()): boolean {
  const built = newest(join(root, "index.html"));
  const pkg = join(root, "..");
  if (built === 0 || !existsSync(join(pkg, "src"))) return false;
  return webSourcesTime(pkg) > built;
}

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Parley</title>
<p>The web UI is not built. Run <code>npm run build -w @parley/web</code> (or <code>npm start</code>) and reload.
The API answers at <a href="/openapi.json">/openapi.json</a>.</p>`;

export async function webRoutes(app: FastifyInstance, root: string | null): Promise<void> {
  if (root && webIsBuilt(root)) {
    // Only "/" and the hashed assets: the UI routes with the URL hash, so API paths stay free.
    // Both are read when asked for, so a UI rebuilt while the server runs is served whole
    // (files listed at start left the new build's assets a 404 and the page blank).
    const page = (_request: unknown, reply: FastifyReply) => reply.type("text/html; charset=utf-8").send(readFileSync(join(root, "index.html")));
    app.get("/", { schema: { hide: true } }, page);
    app.get("/index.html", { schema: { hide: true } }, page);
    await app.register(fastifyStatic, { root: join(root, "assets"), prefix: "/assets/", wildcard: true, index: false, schemaHide: true });
    return;
  }
  app.get("/", { schema: { hide: true } }, async (_request, reply) => reply.type("text/html; charset=utf-8").send(NOT_BUILT));
}
