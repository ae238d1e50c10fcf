/** `parley query events|quotes|actors|clusters|failures`: rows from the corpus. */
import type { Command } from "commander";
import type { Store } from "@parley/store";
import type { Io } from "../io.js";
import { isoDate, positiveInt as positive } from "../arguments.js";
import { dbOption, openExisting, printRows, resolveFormat, rowFormatOption } from "./corpus-output.js";

const EVENT_COLUMNS = ["date", "type", "modality", "sourceCountry", "sourceSector", "sourceName", "targetCountry", "targetSector", "targetName", "triggerText", "placeName", "numArticles", "articleId", "start", "end"];
const QUOTE_COLUMNS = ["published", "speakerName", "speakerText", "kind", "text", "cueText", "articleId", "start", "end"];
const ACTOR_COLUMNS = ["name", "type", "country", "sector", "kb", "articles", "mentions", "id"];
const CLUSTER_COLUMNS = ["type", "sourceKey", "targetKey", "firstDate", "lastDate", "numMentions", "numArticles", "numSources", "id"];

async function withStore(db: string, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = openExisting(db);
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

export function registerQuery(program: Command, io: Io): void {
  const query = program.command("query").description("query the corpus: events, quotes, actors, clusters, failures");
  const out = (rows: object[], format: string | undefined, columns: string[]) => {
    const f = resolveFormat(format, io);
    printRows(rows as Record<string, unknown>[], f, io, f === "table" ? columns : undefined);
  };

  query.command("events")
    .description("events, by actor (country code, KB id or name), PLOVER type and date")
    .option("--actor <actor>", "source or target: country code (RUS), KB id or actor name")
    .option("--type <type>", "PLOVER event type (CONSULT, ...)")
    .option("--modality <modality>", "asserted | planned | hypothetical | negated")
    .option("--from <YYYY-MM-DD>", "first date", isoDate)
    .option("--to <YYYY-MM-DD>", "last date", isoDate)
    .option("--limit <n>", "at most n rows", positive)
    .addOption(dbOption()).addOption(rowFormatOption())
    .action((opts) => withStore(opts.db, async (store) => out(await store.queryEvents(opts), opts.format, EVENT_COLUMNS)));

  query.command("quotes")
    .description("quotations, by speaker and words")
    .option("--speaker <name>", "speaker name, KB id or the words naming the speaker")
    .option("--text <words>", "words in the quotation (full-text)")
    .option("--from <YYYY-MM-DD>", "first publication date", isoDate)
    .option("--to <YYYY-MM-DD>", "last publication date", isoDate)
    .option("--limit <n>", "at most n rows", positive)
    .addOption(dbOption()).addOption(rowFormatOption())
    .action((opts) => withStore(opts.db, async (store) => out(await store.queryQuotes(opts), opts.format, QUOTE_COLUMNS)));

  query.command("actors")
    .description("actors merged across articles, most frequent first")
    .option("--top <n>", "the n most frequent", positive)
    .option("--type <type>", "person | organization | country | place")
    .option("--country <code>", "ISO 3166-1 alpha-3")
    .addOption(dbOption()).addOption(rowFormatOption())
    .action((opts) => withStore(opts.db, async (store) => out(await store.queryActors(opts), opts.format, ACTOR_COLUMNS)));

  query.command("clusters")
    .description("event clusters across articles (same type and dyad within a few days)")
    .option("--type <type>", "PLOVER event type")
    .option("--limit <n>", "at most n rows", positive)
    .addOption(dbOption()).addOption(rowFormatOption())
    .action((opts) => withStore(opts.db, async (store) => out(await store.queryClusters(opts), opts.format, CLUSTER_COLUMNS)));

  query.command("failures")
    .description("documents that could not be ingested, with their error")
    .addOption(dbOption()).addOption(rowFormatOption())
    .action((opts) => withStore(opts.db, async (store) => out(await store.failures(), opts.format, ["source", "error", "at"])));
}
