/**
 * Crash safety: an ingest killed with SIGKILL midway, then run again, leaves exactly the
 * store an uninterrupted run makes (canonical dump compared).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { openSqliteStore } from "@parley/store";

const BIN = fileURLToPath(new URL("../../cli/bin/parley.js", import.meta.url));
const N = 400;

function writeTexts(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const cities = ["Riyadh", "Geneva", "Vienna", "Doha", "Oslo", "Ankara", "Cairo", "Nairobi"];
  for (let i = 0; i < N; i++) {
    const city = cities[i % cities.length];
    writeFileSync(join(dir, `text-${String(i).padStart(4, "0")}.txt`),
      `Report ${i}. The foreign minister met the ambassador in ${city} on Tuesday to discuss trade number ${i}. ` +
      `"We will continue the talks," the minister said after meeting ${i}. Officials in ${city} said a new round was planned.\n`);
  }
}

function committedArticles(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare("SELECT count(*) FROM articles").pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

function runIngest(texts: string, db: string): void {
  const r = spawnSync(process.execPath, [BIN, "ingest", texts, "--db", db, "--quiet"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
}

async function dump(db: string): Promise<string> {
  const store = openSqliteStore(db);
  try {
    return await store.dump();
  } finally {
    await store.close();
  }
}

test("SIGKILL midway, re-run: same store as an uninterrupted run", { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-crash-"));
  try {
    const texts = join(dir, "texts");
    writeTexts(texts);
    const clean = join(dir, "clean.db");
    runIngest(texts, clean);
    const expected = await dump(clean);
    assert.equal(expected.split("\n").filter((l) => l.startsWith('{"table":"articles"')).length, N);

    const killed = join(dir, "killed.db");
    const child = spawn(process.execPath, [BIN, "ingest", texts, "--db", killed, "--quiet"], { stdio: "ignore" });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    let atKill = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 20));
      atKill = committedArticles(killed);
      if (atKill >= 5 || child.exitCode !== null) break;
    }
    child.kill("SIGKILL");
    await exited;
    assert.ok(atKill > 0 && atKill < N, `killed midway (${atKill} of ${N} committed when killed)`);
    const partial = committedArticles(killed);
    assert.ok(partial < N, `the kill left the ingest incomplete (${partial})`);

    runIngest(texts, killed);
    assert.equal(await dump(killed), expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
