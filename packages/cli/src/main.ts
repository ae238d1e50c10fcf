/** The `parley` program: builds the commander tree and maps errors to exit codes. */
import { Command, CommanderError, Option } from "commander";
import { DEFAULT_MAX_BYTES } from "@parley/runtime";
import { PARLEY_VERSION } from "@parley/core";
import { encodingLabel, isoDate, positiveInt } from "./arguments.js";
import { runExtract } from "./commands/extract.js";
import { registerServe } from "./commands/serve.js";
import { registerIngest } from "./commands/ingest.js";
import { registerStats } from "./commands/stats.js";
import { registerQuery } from "./commands/query.js";
import { registerSearch } from "./commands/search.js";
import { registerExport } from "./commands/export.js";
import { registerKbCommands } from "./commands/kb.js";
import { processIo, type Io } from "./io.js";

/** Exit codes: 0 success, 1 some input failed, 2 usage error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command("parley")
    .description("Parley reads news and turns it into evidence-backed actors, quotations and events.")
    .version(PARLEY_VERSION, "-V, --version")
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError("(run with --help for usage)");

  program
    .command("extract")
    .description("extract entities, quotes and events from text files (or - for stdin)")
    .argument("<files...>", "text files, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format").choices(["json", "jsonl", "text"]).default("json"))
    .option("-o, --out <dir>", "write one <name>.json per input into this directory")
    .option("-d, --date <YYYY-MM-DD>", "publication date for texts that carry none", isoDate)
    .option("--max-bytes <n>", "largest input accepted", positiveInt, DEFAULT_MAX_BYTES)
    .option("--encoding <label>", "text encoding of inputs that are not UTF-8 (e.g. windows-1252, iso-8859-2)", encodingLabel, "utf-8")
    .addOption(new Option("--speech <what>", "quotes: quotations only; attributions: also reported speech, runs merged (PolNeAR style)")
      .choices(["quotes", "attributions"]).default("quotes"))
    .action((files: string[], opts) => {
      setCode(runExtract(files, opts, io));
    });

  registerServe(program, io);
  registerIngest(program, io, setCode);
  registerStats(program, io);
  registerQuery(program, io);
  registerSearch(program, io);
  registerExport(program, io);
  registerKbCommands(program, io);
  return program;
}

/** Run the CLI; returns the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => { code = c; });
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    io.err(`parley: ${(err as Error).message}\n`);
    return EXIT.failed;
  }
  return code;
}
