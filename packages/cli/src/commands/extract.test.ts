import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { main } from "../main.js";
import type { Io } from "../io.js";

function memoryIo(stdin = ""): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: "",
    stderr: "",
    out(s: string) { io.stdout += s; },
    err(s: string) { io.stderr += s; },
    readStdin: () => new TextEncoder().encode(stdin),
  };
  return io;
}

const run = (args: string[], io: Io) => main(["node", "parley", ...args], io);

function badInputs(): { dir: string; good: string[]; bad: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), "parley-extract-"));
  const good1 = join(dir, "good-one.txt");
  const good2 = join(dir, "good-two.txt");
  writeFileSync(good1, "Sergei Lavrov met Marco Rubio in Riyadh on Tuesday.\n");
  writeFileSync(good2, "“Peace cannot be achieved without Ukraine,” he said.\n");
  const binary = join(dir, "image.bin");
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  const latin1 = join(dir, "latin1.txt");
  writeFileSync(latin1, Buffer.from("Erdo\xf0an in \xc5\xc1d\xba", "latin1"));
  const empty = join(dir, "empty.txt");
  writeFileSync(empty, "");
  const folder = join(dir, "folder");
  mkdirSync(folder);
  const big = join(dir, "big.txt");
  writeFileSync(big, "word ".repeat(400));
  return {
    dir,
    good: [good1, good2],
    bad: { [binary]: "binary", [latin1]: "invalid UTF-8", [empty]: "empty", [folder]: "directory", [big]: "too large", [join(dir, "missing.txt")]: "no such file" },
  };
}

test("a batch goes past bad inputs: one clear line each, records for the good, exit 1", async () => {
  const { good, bad, dir } = badInputs();
  const io = memoryIo();
  const inputs = [good[0], ...Object.keys(bad), good[1]];
  const code = await run(["extract", "--format", "jsonl", "--max-bytes", "1000", ...inputs], io);
  assert.equal(code, 1);
  const records = io.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(records.map((r) => r.meta.source), good);
  for (const r of records) {
    assert.deepEqual([Array.isArray(r.entities), Array.isArray(r.quotes), Array.isArray(r.events)], [true, true, true]);
    assert.match(r.id, /^[0-9a-f]{64}$/);
  }
  const lines = io.stderr.trim().split("\n");
  for (const [file, problem] of Object.entries(bad)) {
    const line = lines.find((l) => l.includes(file));
    assert.ok(line, `no message for ${file}`);
    assert.ok(line.includes(problem), `"${line}" should say ${problem}`);
  }
  assert.ok(!/\n\s+at /.test(io.stderr), "no stack trace");
  assert.match(lines.at(-1)!, /6 of 8 inputs failed/);
  void dir;
});

test("all good inputs exit 0; --out writes one <name>.json per input", async () => {
  const { good, dir } = badInputs();
  const out = join(dir, "out");
  const io = memoryIo();
  assert.equal(await run(["extract", "--out", out, "--date", "2025-02-18", ...good], io), 0);
  assert.deepEqual(readdirSync(out).sort(), ["good-one.json", "good-two.json"]);
  const record = JSON.parse(readFileSync(join(out, "good-one.json"), "utf8"));
  assert.equal(record.meta.published, "2025-02-18");
  assert.equal(io.stdout, "");
});

test("--encoding reads inputs that are not UTF-8 (offsets index the decoded text); an unknown label is a usage error", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-encoding-"));
  const file = join(dir, "cp1252.txt");
  const text = "Le pr\u00e9sident Emmanuel Macron a rencontr\u00e9 Olaf Scholz \u00e0 Berlin.";
  writeFileSync(file, Buffer.from(text, "latin1"));
  const io = memoryIo();
  assert.equal(await run(["extract", "--format", "jsonl", "--encoding", "windows-1252", file], io), 0, io.stderr);
  const record = JSON.parse(io.stdout);
  const berlin = record.entities.flatMap((e: { mentions: { start: number; end: number; text: string }[] }) => e.mentions).find((m: { text: string }) => m.text === "Berlin");
  assert.ok(berlin, JSON.stringify(record.entities));
  assert.equal(text.slice(berlin.start, berlin.end), "Berlin");
  const bad = memoryIo();
  assert.equal(await run(["extract", "--encoding", "klingon-8", file], bad), 2);
  assert.match(bad.stderr, /unknown text encoding "klingon-8"/);
});

test("usage errors exit 2 with a message", async () => {
  const io = memoryIo();
  assert.equal(await run(["extract", "--format", "xml", "a.txt"], io), 2);
  assert.match(io.stderr, /xml/);
  const io2 = memoryIo();
  assert.equal(await run(["extract", "--date", "2025-13-45", "a.txt"], io2), 2);
  assert.match(io2.stderr, /YYYY-MM-DD/);
  assert.equal(await run(["frobnicate"], memoryIo()), 2);
  assert.equal(await run(["extract"], memoryIo()), 2);
});

test("stdin with - and --format text prints a readable summary", async () => {
  const io = memoryIo("Angela Merkel spoke in Berlin.\n");
  assert.equal(await run(["extract", "-", "--format", "text"], io), 0);
  assert.match(io.stdout, /Entities \(\d+\)/);
  assert.match(io.stdout, /Quotes \(\d+\)/);
  assert.match(io.stdout, /Events \(\d+\)/);
});

test("the installed bin runs: --version and --help", () => {
  const bin = fileURLToPath(new URL("../../bin/parley.js", import.meta.url));
  const v = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
  assert.equal(v.status, 0);
  assert.match(v.stdout, /^\d+\.\d+\.\d+/);
  const h = spawnSync(process.execPath, [bin, "extract", "--help"], { encoding: "utf8" });
  assert.equal(h.status, 0);
  assert.match(h.stdout, /--format/);
});

test("a reader that closes the pipe early ends the run quietly (parley extract | head)", async () => {
  const { spawn } = await import("node:child_process");
  const bin = fileURLToPath(new URL("../../bin/parley.js", import.meta.url));
  const fixture = fileURLToPath(new URL("../../../../fixtures/articles/geneva-ceasefire-talks.txt", import.meta.url));
  const child = spawn(process.execPath, [bin, "extract", "--format", "jsonl", ...Array(200).fill(fixture)], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => { stderr += d; });
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  assert.equal(code, 0);
  assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
});
