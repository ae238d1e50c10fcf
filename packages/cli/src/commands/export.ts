/** `parley export --format jsonl|csv|gdelt|parquet`: the corpus's events (or other tables) for other tools. */
import { createWriteStream } from "node:fs";
import { Option, type Command } from "commander";
import { GDELT_COLUMNS, GDELT_KINDS, csvField, gdeltRow, gdeltValues, tsvField, type Store } from "@parley/store";
import type { Io } from "../io.js";
import { dbOption, openExisting } from "./corpus-output.js";
import { ACTOR_KINDS, CLUSTER_KINDS, QUOTE_KINDS, columnsOf, writeParquet, type ParquetColumn } from "./parquet.js";

type Table = "events" | "quotes" | "actors" | "clusters";
type Format = "jsonl" | "csv" | "gdelt" | "parquet";

export function registerExport(program: Command, io: Io): void {
  program
    .command("export")
    .description("export events (GDELT 2.0-like with modality, evidence offsets and article id), quotes, actors or clusters")
    .addOption(new Option("-f, --format <format>", "jsonl, csv, gdelt (tab-separated event table) or parquet (typed columns; events as the gdelt table; needs --out)")
      .choices(["jsonl", "csv", "gdelt", "parquet"]).default("jsonl"))
    .addOption(new Option("--table <table>", "what to export").choices(["events", "quotes", "actors", "clusters"]).default("events"))
    .option("-o, --out <file>", "write to a file instead of standard output")
    .addOption(dbOption())
    .action(async (opts: { format: Format; table: Table; out?: string; db: string }, command: Command) => {
      if (opts.format === "gdelt" && opts.table !== "events") throw new Error("--format gdelt exports events only");
      if (opts.format === "parquet") {
        if (!opts.out) command.error("error: --format parquet writes a binary file: give it with --out FILE", { exitCode: 2, code: "parley.usage" });
        return exportParquet(opts.db, opts.table, opts.out);
      }
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

/** The chosen table as typed Parquet columns (events: the gdelt table, `GDELT_KINDS`). */
async function exportParquet(db: string, table: Table, out: string): Promise<void> {
  const store = openExisting(db);
  try {
    const [columns, rows] = await parquetTable(store, table);
    await writeParquet(out, columns, rows); // imports DuckDB only now
  } finally {
    await store.close();
  }
}

async function parquetTable(store: Store, table: Table): Promise<[ParquetColumn[], unknown[][]]> {
  if (table === "events") return [columnsOf(GDELT_KINDS), (await store.queryEvents()).map(gdeltValues)];
  const byName = (columns: ParquetColumn[], rows: object[]): [ParquetColumn[], unknown[][]] =>
    [columns, rows.map((row) => columns.map((c) => (row as Record<string, unknown>)[c.name]))];
  if (table === "quotes") return byName(columnsOf(QUOTE_KINDS), await store.queryQuotes());
  if (table === "actors") return byName(columnsOf(ACTOR_KINDS), await store.queryActors());
  return byName(columnsOf(CLUSTER_KINDS), await store.queryClusters());
}
