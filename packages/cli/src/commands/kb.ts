/**
 * `parley kb ...`: knowledge-base tools. `import-wikidata` and `import-petrarch` turn
 * external dumps into JSONL in our people schema; `lookup` and `stats` inspect the shipped KB.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import {
  importPetrarch, importWikidata, loadKnowledgeBase, titleOfficeResolver, type KnowledgeBase, type Person,
} from "@parley/core";
import { dataReader } from "@parley/runtime";
import { processIo, type Io } from "../io.js";

function loadKb(dataDir?: string): KnowledgeBase {
  return loadKnowledgeBase(dataReader(dataDir));
}

function writePeople(people: readonly Person[], out: string | undefined, io: Io): void {
  const text = people.map((p) => JSON.stringify(p)).join("\n") + (people.length ? "\n" : "");
  if (out) writeFileSync(out, text);
  else io.out(text);
}

function reportWarnings(warnings: readonly string[], io: Io, verbose: boolean): void {
  if (warnings.length === 0) return;
  const shown = verbose ? warnings : warnings.slice(0, 10);
  for (const w of shown) io.err(`warning: ${w}\n`);
  if (shown.length < warnings.length) io.err(`(${warnings.length - shown.length} more warnings; --verbose shows all)\n`);
}

/**
 * Add the `kb` command and its subcommands to a program.
 * @example registerKbCommands(program); // parley kb import-petrarch Phoenix.Countries.actors.txt --out people.jsonl
 */
export function registerKbCommands(program: Command, io: Io = processIo): Command {
  const kb = program.command("kb").description("knowledge-base tools: import people, look names up");

  kb.command("import-wikidata")
    .description("convert Wikidata JSON entities (dump or EntityData) to people JSONL")
    .argument("<file>", "Wikidata JSON file")
    .option("-o, --out <file>", "write JSONL here instead of standard output")
    .option("--lang <code>", "label language", "en")
    .option("--data <dir>", "data directory (for the titles lexicon that maps positions to offices)")
    .option("--verbose", "print every warning")
    .action((file: string, opts: { out?: string; lang: string; data?: string; verbose?: boolean }) => {
      let resolveOffice;
      try {
        resolveOffice = titleOfficeResolver(loadKb(opts.data));
      } catch (err) {
        io.err(`warning: no titles lexicon (${(err as Error).message}); offices are slugs of position labels\n`);
      }
      const result = importWikidata(readFileSync(file, "utf8"), { lang: opts.lang, resolveOffice });
      writePeople(result.people, opts.out, io);
      reportWarnings(result.warnings, io, !!opts.verbose);
      io.err(`${result.people.length} people, ${result.people.reduce((n, p) => n + p.roles.length, 0)} roles\n`);
    });

  kb.command("import-petrarch")
    .description("convert a PETRARCH/Phoenix actor dictionary to people JSONL (records with dated roles)")
    .argument("<file>", "actor dictionary (*.actors.txt)")
    .option("-o, --out <file>", "write JSONL here instead of standard output")
    .option("--verbose", "print every warning")
    .action((file: string, opts: { out?: string; verbose?: boolean }) => {
      const result = importPetrarch(readFileSync(file, "utf8"));
      writePeople(result.people, opts.out, io);
      reportWarnings(result.warnings, io, !!opts.verbose);
      io.err(`${result.people.length} people, ${result.people.reduce((n, p) => n + p.roles.length, 0)} roles\n`);
    });

  kb.command("lookup")
    .description("look a name up in the shipped knowledge base (exact, then fuzzy)")
    .argument("<name...>", "the name")
    .option("-d, --date <YYYY-MM-DD>", "show the roles held on this date")
    .option("--data <dir>", "data directory")
    .action((words: string[], opts: { date?: string; data?: string }) => {
      const base = loadKb(opts.data);
      const name = words.join(" ");
      const hits = base.fuzzy(name, { limit: 10 });
      if (hits.length === 0) io.out(`no match for "${name}"\n`);
      for (const h of hits) {
        const e = h.entity;
        const where = e.kind === "country" || e.kind === "region" ? "" : ` ${(e as { country?: string }).country ?? ""}`;
        io.out(`${e.id}\t${e.kind}\t${e.name}${where}\tvia ${h.via} "${h.form}" (${h.match}, ${h.confidence.toFixed(2)})\n`);
        if (opts.date && e.kind === "person") {
          for (const r of base.rolesAt(e, opts.date)) io.out(`\t${r.title} (${r.country} ${r.office}, ${r.start ?? "?"} – ${r.end ?? "now"})\n`);
        }
      }
    });

  kb.command("stats")
    .description("count what the knowledge base holds")
    .option("--data <dir>", "data directory")
    .action((opts: { data?: string }) => {
      const t0 = performance.now();
      const base = loadKb(opts.data);
      const ms = performance.now() - t0;
      for (const [k, v] of Object.entries(base.stats())) io.out(`${k}\t${v}\n`);
      io.out(`load ms\t${ms.toFixed(0)}\n`);
    });

  return kb;
}
