/** `parley search WORDS`: full-text search over article titles and texts. */
import { InvalidArgumentError, type Command } from "commander";
import type { Io } from "../io.js";
import { dbOption, openExisting, printRows, resolveFormat, rowFormatOption } from "./corpus-output.js";

export function registerSearch(program: Command, io: Io): void {
  program
    .command("search")
    .description("full-text search of the corpus (words near each other, accents ignored)")
    .argument("<words...>", "words to find")
    .option("--limit <n>", "at most n articles", (v: string) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`"${v}" is not a positive integer.`);
      return n;
    }, 20)
    .addOption(dbOption()).addOption(rowFormatOption())
    .action(async (words: string[], opts: { db: string; limit: number; format?: string }) => {
      const store = openExisting(opts.db);
      try {
        const hits = await store.search(words.join(" "), { limit: opts.limit });
        const format = resolveFormat(opts.format, io);
        printRows(hits as unknown as Record<string, unknown>[], format, io, format === "table" ? ["published", "title", "snippet", "articleId"] : undefined);
      } finally {
        await store.close();
      }
    });
}
