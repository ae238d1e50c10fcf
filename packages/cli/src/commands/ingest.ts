/** `parley ingest PATH|URL|- ...`: read documents into the corpus database. */
import { InvalidArgumentError, type Command } from "commander";
import { DEFAULT_MAX_BYTES } from "@parley/runtime";
import { openSqliteStore } from "@parley/store";
import { encodingLabel } from "../arguments.js";
import { processIo, type Io } from "../io.js";
import { dbOption } from "./corpus-output.js";

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return n;
}

/**
 * Register `parley ingest`. Exit code 1 when some documents failed (they are recorded in
 * the database; `parley query failures` lists them), through `setCode` or a thrown error.
 */
export function registerIngest(program: Command, io: Io, setCode?: (code: number) => void): void {
  program
    .command("ingest")
    .description("ingest text, HTML, RSS/Atom feeds, sitemaps, WARC(.gz) files, directories or URLs (- reads JSONL from stdin)")
    .argument("<inputs...>", "files, directories, http(s) URLs, or -")
    .addOption(dbOption())
    .option("-w, --workers <n>", "worker threads that extract and store articles (default: one per core; 0: none, all in this thread)", count)
    .option("--all-languages", "extract non-English articles too (default: store them unextracted)")
    .option("--max-bytes <n>", "largest document accepted", count, DEFAULT_MAX_BYTES)
    .option("--encoding <label>", "text encoding of documents that are not UTF-8 and declare none (e.g. windows-1252)", encodingLabel, "utf-8")
    .option("-q, --quiet", "no progress output")
    .action(async (inputs: string[], opts: { db: string; workers?: number; allLanguages?: boolean; maxBytes: number; encoding: string; quiet?: boolean }) => {
      // Loaded here, not at the top: the ingest package (HTML, feed and WARC readers, language
      // identification) takes longer to load than most commands take to run.
      const { ingest, progressReporter } = await import("@parley/ingest");
      const store = openSqliteStore(opts.db);
      const tty = io === processIo && !!process.stderr.isTTY;
      const reporter = opts.quiet ? null : progressReporter({ tty, stream: process.stderr, write: io.err });
      let summary;
      let shown = 0;
      try {
        summary = await ingest(inputs, {
          store, workers: opts.workers, allLanguages: opts.allLanguages, maxBytes: opts.maxBytes, encoding: opts.encoding, stdin: io.readStdin,
          onProgress: (p) => reporter?.update(p),
          onFailure: (source, error) => {
            // The first few as they happen; all of them are in the database.
            if (!opts.quiet && ++shown <= 10) io.err(`${tty ? "\n" : ""}parley: ${source}: ${error}\n`);
          },
        });
      } finally {
        await store.close();
      }
      reporter?.stop(summary);
      if (summary.failed) {
        const msg = `${summary.failed} ${summary.failed === 1 ? "document" : "documents"} failed; \`parley query failures --db ${opts.db}\` lists them`;
        if (setCode) { io.err(`parley: ${msg}\n`); setCode(1); } else throw new Error(msg);
      }
    });
}
