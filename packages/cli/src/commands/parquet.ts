/**
 * `parley export --format parquet`: typed columns written through DuckDB's appender into an
 * in-memory table, then `COPY ... TO file (FORMAT PARQUET)`. DuckDB is imported only when
 * this runs, so other commands do not load its native binding.
 *
 * Types: counts and character offsets are INTEGER, confidences and coordinates DOUBLE,
 * text VARCHAR (no escaping involved: values go in as they are), unknown values NULL. ISO
 * dates (`published`, `firstDate`) stay VARCHAR, since they may be partial (YYYY, YYYY-MM);
 * the events table is the gdelt one, whose date columns are GDELT's integers (SQLDATE
 * YYYYMMDD with 00 for missing parts, MonthYear, Year, DATEADDED).
 */
import type { ActorRow, ClusterRow, ColumnKind, QuoteRow } from "@parley/store";

export interface ParquetColumn {
  name: string;
  kind: ColumnKind;
}

/** Column types of the quotes, actors and clusters tables, in the rows' order. */
export const QUOTE_KINDS = {
  id: "string", articleId: "string", articleUrl: "string", published: "string", kind: "string",
  start: "integer", end: "integer", text: "string", speakerActor: "string", speakerName: "string",
  speakerText: "string", cueText: "string", confidence: "double", pipeline: "string",
} as const satisfies Record<keyof QuoteRow, ColumnKind>;

export const ACTOR_KINDS = {
  id: "string", key: "string", name: "string", type: "string", country: "string", sector: "string",
  kb: "string", articles: "integer", mentions: "integer", pipeline: "string",
} as const satisfies Record<keyof ActorRow, ColumnKind>;

export const CLUSTER_KINDS = {
  id: "string", type: "string", sourceKey: "string", targetKey: "string", firstDate: "string", lastDate: "string",
  numMentions: "integer", numArticles: "integer", numSources: "integer", eventIds: "string[]", pipeline: "string",
} as const satisfies Record<keyof ClusterRow, ColumnKind>;

export const columnsOf = (kinds: Record<string, ColumnKind>): ParquetColumn[] =>
  Object.entries(kinds).map(([name, kind]) => ({ name, kind }));

const SQL_TYPE: Record<ColumnKind, string> = { string: "VARCHAR", integer: "INTEGER", double: "DOUBLE", "string[]": "VARCHAR[]" };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Write rows (values in `columns` order; null or undefined for NULL) to a Parquet file,
 * replacing it. Returns the number of rows written.
 */
export async function writeParquet(file: string, columns: ParquetColumn[], rows: Iterable<readonly unknown[]>): Promise<number> {
  const { DuckDBInstance, LIST, VARCHAR } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`CREATE TABLE export (${columns.map((c) => `${ident(c.name)} ${SQL_TYPE[c.kind]}`).join(", ")})`);
    const appender = await connection.createAppender("export");
    const listOfText = LIST(VARCHAR);
    let count = 0;
    for (const row of rows) {
      columns.forEach((column, i) => {
        const value = row[i];
        if (value === null || value === undefined) return appender.appendNull();
        switch (column.kind) {
          case "string":
            return appender.appendVarchar(String(value));
          case "integer":
            if (typeof value !== "number" || !Number.isInteger(value) || Math.abs(value) > 2_147_483_647) throw new Error(`parquet: ${column.name} is not an integer: ${String(value)}`);
            return appender.appendInteger(value);
          case "double":
            if (typeof value !== "number") throw new Error(`parquet: ${column.name} is not a number: ${String(value)}`);
            return appender.appendDouble(value);
          case "string[]":
            if (!Array.isArray(value)) throw new Error(`parquet: ${column.name} is not a list`);
            return appender.appendList(value.map(String), listOfText);
        }
      });
      appender.endRow();
      count++;
    }
    appender.closeSync(); // flushes; on an error above the instance is closed without it
    await connection.run(`COPY export TO ${literal(file)} (FORMAT PARQUET)`);
    return count;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
