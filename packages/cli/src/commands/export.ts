/** `parley export --format jsonl|csv|gdelt`: the corpus's events (or other tables) for other tools. */
import { createWriteStream } from "node:fs";
import { Option, type Command } from "commander";
import { GDELT_COLUMNS, csvField, gdeltRow, tsvField } from "@parley/store";
import type { Io } from "../io.js";
import { dbOption, openExisting } from "./corpus-output.js";

type Table = "events" | "quotes" | "actors" | "clusters";

export function registerExport(program: Command, io: Io): void {
  program
    .command("export")
    .description("export events (GDELT 2.0-like with modality, evidence offsets and article id), quotes, actors or clusters")
    .addOption(new Option("-f, --format <format>", "jsonl, csv, or gdelt (tab-separated event table)").choices(["jsonl", "csv", "gdelt"]).default("jsonl"))
    .addOption(new Option("--table <table>", "what to export").choices(["events", "quotes", "actors", "clusters"]).default("events"))
    .option("-o, --out <file>", "write to a file instead of standard output")
    .addOption(dbOption())
    .action(async (opts: { format: "jsonl" | "csv" | "gdelt"; table: Table; out?: string; db: string }) => {
      if (opts.format === "gdelt" && opts.table !== "events") throw new Error("--format gdelt exports events only");
      const store = openExisting(opts.db);
      const file = opts.out ? createWriteStream(opts.out) : null;
      const write = (s: string) => (file ? void file.write(s) : io.out(s));
      try {
        const rows: object[] = opts.format === "gdelt" ? [] : opts.table === "events" ? await store.queryEvents()
          : opts.table === "quotes" ? await store.queryQuotes()
          : opts.table === "actors" ? await store.queryActors()
          : await store.queryClusters();
        if (opts.format === "gdelt") {
          write(GDELT_COLUMNS.join("\t") + "\n");
          for (const event of await store.queryEvents()) write(gdeltRow(event).map(tsvField).join("\t") + "\n");
        } else if (opts.format === "csv") {
          const cols = rows[0] ? Object.keys(rows[0]) : [];
          write(cols.map(csvField).join(",") + "\n");
          for (const row of rows as Record<string, unknown>[]) {
            write(cols.map((c) => csvField(typeof row[c] === "object" && row[c] !== null ? JSON.stringify(row[c]) : row[c])).join(",") + "\n");
          }
        } else {
          for (const row of rows) write(JSON.stringify(row) + "\n");
        }
      } finally {
        await store.close();
        if (file) await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
      }
    });
}
