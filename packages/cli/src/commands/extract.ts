/** `parley extract FILE... | -`: one record per input; a batch goes on past bad inputs. */
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { buildMeta, createExtractor, decodeText, InputError, readTextFile } from "@parley/runtime";
import type { ParleyRecord } from "@parley/core";
import type { Io } from "../io.js";
import { formatText } from "../format-text.js";

export interface ExtractCliOptions {
  format: "json" | "jsonl" | "text";
  out?: string;
  date?: string;
  maxBytes: number;
  /** The encoding of inputs that are not UTF-8 (a checked WHATWG label; default utf-8: such inputs fail). */
  encoding?: string;
  speech: "quotes" | "attributions";
}

/**
 * What `--speech` asks of the quotes stage: `quotes` (quotations, one record per quoted stretch)
 * or `attributions` (PolNeAR's notion: also reported speech without marks, and a run of quoted
 * stretches around one cue as one record).
 */
export function speechOptions(speech: ExtractCliOptions["speech"]): Record<string, unknown> | undefined {
  return speech === "attributions" ? { quotes: { indirect: true, mergeRuns: true } } : undefined;
}

function readInput(input: string, io: Io, maxBytes: number, encoding = "utf-8"): string {
  if (input === "-") return decodeText("<stdin>", io.readStdin(), maxBytes, encoding);
  return readTextFile(input, maxBytes, encoding);
}

function outName(input: string, used: Set<string>): string {
  const base = input === "-" ? "stdin" : basename(input, extname(input)) || "input";
  let name = `${base}.json`;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}.json`;
  used.add(name);
  return name;
}

/** Returns the exit code: 0 all succeeded, 1 some input failed. */
export function runExtract(inputs: string[], opts: ExtractCliOptions, io: Io): number {
  const extractor = createExtractor({ options: speechOptions(opts.speech) });
  const used = new Set<string>();
  let failed = 0;
  if (opts.out) mkdirSync(opts.out, { recursive: true });
  const single = inputs.length === 1 && opts.format === "json";
  for (const input of inputs) {
    let record: ParleyRecord;
    try {
      const text = readInput(input, io, opts.maxBytes, opts.encoding);
      const meta = buildMeta(text, { source: input === "-" ? "<stdin>" : input, date: opts.date });
      record = extractor.extract(text, meta);
    } catch (err) {
      failed++;
      const msg = err instanceof InputError ? err.message : `${input}: extraction failed: ${(err as Error).message}`;
      io.err(`parley: ${msg}\n`);
      continue;
    }
    if (opts.out) {
      writeFileSync(join(opts.out, outName(input, used)), JSON.stringify(record, null, 2) + "\n");
    } else if (opts.format === "text") {
      io.out(formatText(record));
    } else if (single) {
      io.out(JSON.stringify(record, null, 2) + "\n");
    } else {
      io.out(JSON.stringify(record) + "\n");
    }
  }
  if (failed && inputs.length > 1) io.err(`parley: ${failed} of ${inputs.length} inputs failed\n`);
  return failed ? 1 : 0;
}
