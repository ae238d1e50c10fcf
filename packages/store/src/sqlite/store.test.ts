import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import { runConformance } from "../conformance.js";
import { openSqliteStore } from "./store.js";

const dir = mkdtempSync(join(tmpdir(), "parley-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));

runConformance("sqlite (file in a temp dir)", {
  open: async (name) => openSqliteStore(join(dir, `${name}.db`)),
});
