/** `parley serve [--db FILE] [--port N] [--host H] [--token T]`: the HTTP API and the web UI. */
import { Command, InvalidArgumentError } from "commander";
import type { Started } from "@parley/server";
import type { Io } from "../io.js";

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0-65535).`);
  return n;
}

export interface ServeCliOptions {
  db: string;
  memory?: boolean;
  port: number;
  host: string;
  token?: string;
}

/** Start the server and print where; the process then lives as long as the server. */
export async function runServe(opts: ServeCliOptions, io: Io, { signals = true } = {}): Promise<Started> {
  const token = opts.token ?? process.env.PARLEY_TOKEN ?? undefined;
  // Loaded here, not at the top: the server (Fastify and its plugins) would add to every command's start-up.
  const { isLoopback, startServer, webIsBuilt, webIsStale } = await import("@parley/server");
  const started = await startServer({ db: opts.memory ? undefined : opts.db, port: opts.port, host: opts.host, token: token || undefined });
  const { url, notes, app } = started;
  io.out(`parley: serving ${url}/ (API: ${url}/openapi.json)\n`);
  for (const note of notes) io.out(`parley: ${note}\n`);
  if (!webIsBuilt()) io.out("parley: the web UI is not built; run `npm run build -w @parley/web` (npm start does it)\n");
  else if (webIsStale()) io.out("parley: the web UI is older than its sources; run `npm run build -w @parley/web` (npm start does it)\n");
  if (!isLoopback(opts.host) && !token) io.err("parley: warning: not on loopback and no --token: write routes are refused\n");
  if (signals) {
    const stop = () => { void app.close().then(() => process.exit(0)); };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  }
  return started;
}

export function registerServe(program: Command, io: Io): void {
  program
    .command("serve")
    .description("serve the HTTP API and the web UI over a corpus store")
    .option("--db <file>", "SQLite store to serve (created when missing)", "parley.db")
    .option("--memory", "keep the corpus in memory instead of a file")
    .option("-p, --port <n>", "port (0: any free port)", port, 8080)
    .option("--host <host>", "address to bind; anything but loopback needs --token for writes", "127.0.0.1")
    .option("--token <token>", "token that write routes require (default: $PARLEY_TOKEN)")
    .action(async (opts: ServeCliOptions) => { await runServe(opts, io); });
}
