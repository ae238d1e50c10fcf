import { test } from "node:test";
import assert from "node:assert/strict";
import { threadId } from "node:worker_threads";
import { TaskPool } from "./pool.js";
import type { PreparedArticle } from "./prepare.js";
import { workerBundle } from "./worker-bundle.js";

const html = `<!doctype html><html><head><title>T</title><meta property="og:title" content="Envoys return"><meta name="date" content="2025-02-20"></head>
<body><nav>Menu Subscribe</nav><article><p>The envoys returned home on Thursday after three days of talks in the capital, officials said, and a new round is planned.</p>
<p>Both delegations described the atmosphere as businesslike and said the technical teams would keep working on the details next week.</p></article></body></html>`;

test("a worker thread (bundled entry) prepares an HTML page", { timeout: 60_000 }, async () => {
  const pool = new TaskPool(1);
  try {
    await pool.whenReady();
    assert.equal(pool.readyWorkers, 1);
    const article = (await pool.run({ op: "prepare", raw: { source: "x", url: "https://x.example/p", html, fetchedAt: "2025-03-01T00:00:00Z" } })) as PreparedArticle;
    assert.equal(article.title, "Envoys return");
    assert.deepEqual([article.published, article.publishedFrom], ["2025-02-20", "meta"]);
    assert.match(article.text, /^The envoys returned home/);
    assert.doesNotMatch(article.text, /Subscribe/);
    await assert.rejects(pool.run({ op: "prepare", raw: { source: "y", html: "<html><body></body></html>", fetchedAt: "2025-03-01T00:00:00Z" } }), /no article text/);
    assert.equal(threadId, 0);
  } finally {
    await pool.close();
  }
});

test("the worker entry is bundled once into node_modules/.cache/parley and reused", { timeout: 60_000 }, async () => {
  const url = await workerBundle();
  assert.ok(url, "bundle built");
  assert.match(url.pathname, /node_modules\/\.cache\/parley\/worker-[0-9a-f]+-[0-9]+-[0-9]+\/worker\.mjs$/);
  assert.equal((await workerBundle())?.href, url.href);
});

test("without the bundle (PARLEY_WORKER_TSX), workers load the TypeScript sources through tsx", { timeout: 60_000 }, async () => {
  process.env.PARLEY_WORKER_TSX = "1";
  const pool = new TaskPool(1);
  try {
    await pool.whenReady();
    const article = (await pool.run({ op: "prepare", raw: { source: "x", url: "https://x.example/p", html, fetchedAt: "2025-03-01T00:00:00Z" } })) as PreparedArticle;
    assert.equal(article.title, "Envoys return");
  } finally {
    delete process.env.PARLEY_WORKER_TSX;
    await pool.close();
  }
});

test("local: false, a task posted before any worker started waits for one", { timeout: 60_000 }, async () => {
  const pool = new TaskPool(1, { local: false });
  try {
    assert.equal(pool.readyWorkers, 0);
    const article = (await pool.run({ op: "prepare", raw: { source: "x", url: "https://x.example/p", html, fetchedAt: "2025-03-01T00:00:00Z" } })) as PreparedArticle;
    assert.equal(article.title, "Envoys return");
    assert.equal(pool.readyWorkers, 1);
  } finally {
    await pool.close();
  }
});

test("a worker gives a stored task's queue slot back once extracted, so batches can outgrow its queue", { timeout: 30_000 }, async () => {
  const { mkdtempSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { openSqliteStore } = await import("@parley/store");
  const { WriteLock } = await import("./writer.js");
  const dir = mkdtempSync(join(tmpdir(), "parley-pool-"));
  const store = openSqliteStore(join(dir, "p.db"));
  // One queue slot, batches of three that only a full batch (or a minute) commits: each task
  // is answered when its batch commits, so without the slot given back the second task would
  // wait for the first's answer and the batch would never fill.
  const pool = new TaskPool(1, { depth: 1 });
  try {
    await pool.whenReady();
    const writer = { size: 3, ms: 60_000, lock: new WriteLock().buffer };
    const texts = ["The envoys met in Geneva on Monday.", "Talks resumed in Vienna on Tuesday.", "The ministers spoke by phone on Friday."];
    const answers = await Promise.all(texts.map((text, i) => pool.run({
      op: "store", raw: { source: `doc${i}.txt`, text, fetchedAt: "2025-03-01T00:00:00Z" }, location: store.location!, writer,
    })));
    assert.deepEqual(answers.map((a) => (a as { outcome: string }).outcome), ["added", "added", "added"]);
    assert.equal((await store.stats()).articles, 3);
  } finally {
    await pool.broadcast({ op: "close" }).catch(() => undefined);
    await pool.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
