import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import type { Io } from "../io.js";
import { registerKbCommands } from "./kb.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

async function run(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const io = { stdout: "", stderr: "", out(s: string) { io.stdout += s; }, err(s: string) { io.stderr += s; }, readStdin: () => new Uint8Array() };
  const program = new Command("parley").exitOverride();
  registerKbCommands(program, io as Io);
  await program.parseAsync(["node", "parley", ...args]);
  return io;
}

test("kb import-petrarch writes people JSONL to stdout", async () => {
  const { stdout, stderr } = await run(["kb", "import-petrarch", join(root, "fixtures/kb/petrarch-sample.txt")]);
  const people = stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(people.map((p) => p.name), ["John Quincy Sample", "Mary McExample", "Old Timer"]);
  assert.match(stderr, /warning: line 17: bad date restriction/);
  assert.match(stderr, /3 people, 5 roles/);
});

test("kb import-wikidata --out maps positions to offices with the titles lexicon", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "parley-kb-")), "people.jsonl");
  const { stdout } = await run(["kb", "import-wikidata", join(root, "fixtures/kb/wikidata-sample.json"), "--out", out]);
  assert.equal(stdout, "");
  const people = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(people.length, 2);
  assert.equal(people[0].roles[1].office, "foreign-minister");
});

test("kb lookup finds a misspelt name and its roles on a date", async () => {
  const { stdout } = await run(["kb", "lookup", "Keir", "Starrer", "--date", "2025-02-18"]);
  assert.match(stdout, /parley:keir-starmer\tperson\tKeir Starmer GBR\tvia name "Keir Starmer" \(edit, 0\.\d\d\)/);
  assert.match(stdout, /Prime Minister \(GBR head-of-government, 2024-07-05 – now\)/);
});
