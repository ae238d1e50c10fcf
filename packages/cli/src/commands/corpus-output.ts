/**
 * Shared by the corpus commands (ingest, stats, query, search, export): the `--db` option,
 * opening the store, and rows as a table, JSONL or CSV.
 */
import { existsSync } from "node:fs";
import { Option } from "commander";
import { csvField, openSqliteStore, type Store } from "@parley/store";
import type { Io } from "../io.js";

export const DEFAULT_DB = "./parley.db";

export const dbOption = () => new Option("--db <file>", "the corpus database").default(DEFAULT_DB);

export type RowFormat = "table" | "jsonl" | "csv";

/** `--format`, defaulting to a table on a terminal and JSONL otherwise. */
export const rowFormatOption = () =>
  new Option("-f, --format <format>", "output format (default: table on a terminal, else jsonl)").choices(["table", "jsonl", "csv"]);

export function resolveFormat(format: string | undefined, io: Io): RowFormat {
  if (format) return format as RowFormat;
  return (io as Io & { isTTY?: boolean }).isTTY ?? process.stdout.isTTY ? "table" : "jsonl";
}

/** Open an existing store for reading: a missing file is a usage problem, not a new database. */
export function openExisting(db: string): Store {
  if (!existsSync(db)) throw new Error(`no corpus at ${db} (run \`parley ingest ... --db ${db}\` first)`);
  return openSqliteStore(db);
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "object" ? JSON.stringify(value) : String(value);
  return s.replace(/\s+/g, " ");
}

/** Print rows with the given columns (all keys of the first row when omitted). */
export function printRows(rows: Record<string, unknown>[], format: RowFormat, io: Io, columns?: string[]): void {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  if (format === "jsonl") {
    for (const row of rows) io.out(JSON.stringify(row) + "\n");
    return;
  }
  if (format === "csv") {
    io.out(cols.map(csvField).join(",") + "\n");
    for (const row of rows) io.out(cols.map((c) => csvField(typeof row[c] === "object" && row[c] !== null ? JSON.stringify(row[c]) : row[c])).join(",") + "\n");
    return;
  }
  if (rows.length === 0) {
    io.out("(no rows)\n");
    return;
  }
  const max = 48;
  const cells = rows.map((row) => cols.map((c) => {
    const s = cell(row[c]);
    return s.length > max ? s.slice(0, max - 1) + "…" : s;
  }));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i])).join("  ").trimEnd() + "\n";
  io.out(line(cols));
  io.out(line(widths.map((w) => "-".repeat(w))));
  for (const r of cells) io.out(line(r));
}
