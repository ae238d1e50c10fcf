#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx's loader: no build step, never stale.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv);
