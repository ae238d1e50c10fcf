/**
 * Starting the server for real: open the corpus (the SQLite store at a path, or memory),
 * build the default extractor, bind, and say where. Used by `parley serve` and `npm start`.
 */
import type { FastifyInstance } from "fastify";
import { createExtractor } from "@parley/runtime";
import { buildServer } from "./app.js";
import type { Corpus } from "./corpus.js";
import { memoryCorpus } from "./memory-corpus.js";
import { openStoreCorpus } from "./store-corpus.js";

export interface StartOptions {
  /** SQLite file; omitted: an in-memory corpus that is lost on exit. */
  db?: string;
  port?: number;
  host?: string;
  token?: string;
  webRoot?: string | null;
  logger?: boolean;
}

export interface Started {
  app: FastifyInstance;
  url: string;
  corpus: Corpus;
  /** Human-readable lines worth printing (where the data lives, what is off). */
  notes: string[];
}

export async function startServer(opts: StartOptions = {}): Promise<Started> {
  const host = opts.host ?? "127.0.0.1";
  const notes: string[] = [];
  const corpus = opts.db ? await openStoreCorpus(opts.db) : memoryCorpus();
  notes.push(opts.db ? `store: ${opts.db}` : "store: in memory (give --db FILE to keep articles)");
  const app = await buildServer({
    // Built on the first extraction: browsing a corpus does not need the models loaded.
    store: corpus, extractor: { extract: (text, meta) => createExtractor().extract(text, meta) }, host, token: opts.token, webRoot: opts.webRoot, logger: opts.logger,
  });
  await app.listen({ host, port: opts.port ?? 8080 });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port ?? 8080;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  if (opts.token) notes.push("writes need the token");
  else if (host !== "127.0.0.1" && host !== "localhost" && host !== "::1") notes.push("writes are disabled: no token and not on loopback");
  return { app, url, corpus, notes };
}
