import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { openSqliteStore, openStore, type ArticleInput } from "@parley/store";
import { BatchWriter, WriteLock } from "./writer.js";

const dir = mkdtempSync(join(tmpdir(), "parley-writer-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function article(i: number): ArticleInput {
  const text = `Note ${i}: the committee met.`;
  return { id: createHash("sha256").update(text).digest("hex"), text, source: `n${i}`, language: "en", status: "language", extractor: { name: "parley", version: "0.1.0" } };
}

test("writers sharing a lock, with puts interleaved by awaits in one thread, store everything once and never wait on themselves", async () => {
  const owner = openSqliteStore(join(dir, "lock.db"));
  const lock = new WriteLock();
  const writers = [0, 1].map(() => new BatchWriter(openStore(owner.location!), 3, 5, new WriteLock(lock.buffer)));
  // Tasks that await before and between their puts, as a worker's tasks do (prepare, has).
  const outcomes = await Promise.all(Array.from({ length: 60 }, async (_, i) => {
    // Microtask-only awaits (async functions without I/O): every put lands while earlier
    // batches' continuations are still queued.
    for (let k = 0; k < i % 3; k++) await null;
    return writers[i % 2].put(article(i % 40), null);
  }));
  assert.equal(outcomes.filter((o) => o === "added").length, 40);
  assert.equal(outcomes.filter((o) => o !== "added").length, 20);
  assert.equal((await owner.stats()).articles, 40);
  // Released after every batch: another writer can take it at once.
  assert.ok(lock.tryAcquire());
  lock.release();
  for (const w of writers) await w.store.close();
  await owner.close();
});

test("a batch the store refuses fails each of its articles and releases the lock", async () => {
  const owner = openSqliteStore(join(dir, "refuse.db"));
  const lock = new WriteLock();
  const w = new BatchWriter(openStore(owner.location!), 2, 5, lock);
  const bad = { ...article(1), language: undefined as unknown as string };
  const results = await Promise.allSettled([w.put(article(0), null), w.put(bad, null)]);
  assert.deepEqual(results.map((r) => r.status), ["rejected", "rejected"]);
  assert.equal((await owner.stats()).articles, 0, "rolled back whole");
  assert.ok(lock.tryAcquire());
  await w.store.close();
  await owner.close();
});
