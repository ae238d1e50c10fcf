#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader: no build step, never stale.
import { register } from "tsx/esm/api";

register();
// A closed pipe (`parley export | head`) ends the run quietly, as other Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv);
