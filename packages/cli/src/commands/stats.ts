/** `parley stats`: what the corpus holds. */
import { Option, type Command } from "commander";
import type { StoreStats } from "@parley/store";
import type { Io } from "../io.js";
import { dbOption, openExisting } from "./corpus-output.js";

/** `{"articles": N, "actors": N, "quotes": N, "events": N, ...}`: the four first, in that order. */
export function formatStatsJson(stats: StoreStats): string {
  const { articles, actors, quotes, events, ...rest } = stats;
  const ordered: Record<string, number> = { articles, actors, quotes, events, ...rest };
  return "{" + Object.entries(ordered).map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ") + "}";
}

export function registerStats(program: Command, io: Io): void {
  program
    .command("stats")
    .description("counts of articles, actors, quotes, events, mentions, clusters and failures")
    .addOption(dbOption())
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .action(async (opts: { db: string; format: "text" | "json" }) => {
      const store = openExisting(opts.db);
      try {
        const stats = await store.stats();
        if (opts.format === "json") io.out(formatStatsJson(stats) + "\n");
        else for (const [k, v] of Object.entries(stats)) io.out(`${k.padEnd(13)} ${v}\n`);
      } finally {
        await store.close();
      }
    });
}
