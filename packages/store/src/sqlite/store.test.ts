import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import type { ParleyRecord } from "@parley/core";
import { clusterEvents, clusterKey } from "../keys.js";
import type { ArticleInput } from "../types.js";
import { runConformance } from "../conformance.js";
import { openSqliteStore } from "./store.js";

const dir = mkdtempSync(join(tmpdir(), "parley-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));

runConformance("sqlite (file in a temp dir)", {
  open: async (name) => openSqliteStore(join(dir, `${name}.db`)),
});


/** Articles with one or two events of one dyad on scattered dates (some partial, some none). */
function scattered(n: number): { article: ArticleInput; record: ParleyRecord }[] {
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, (_, i) => {
    const text = `Article ${i}: the envoys met again.`;
    const id = createHash("sha256").update(text).digest("hex");
    const day = (k: number) => {
      const r = rand();
      if (r < 0.1) return null;
      const d = new Date(Date.UTC(2025, 0, 1) + Math.floor(rand() * 120) * 86_400_000).toISOString().slice(0, 10);
      return r < 0.15 ? d.slice(0, 7) : d;
    };
    const trigger = { start: text.indexOf("met"), end: text.indexOf("met") + 3, text: "met" };
    const events = [0, 1].slice(0, 1 + (i % 2)).map((k) => ({
      type: "CONSULT", quad: "verbal-cooperation" as const, start: 0, end: text.length, trigger,
      source: { country: "RUS", sector: "GOV" }, target: { country: "USA", sector: "GOV" }, modality: "asserted" as const,
      place: null, date: day(k), confidence: 0.5,
    }));
    return {
      article: { id, text, source: `s${i}`, url: `https://site${i % 5}.example/${i}`, language: "en", status: "extracted", extractor: { name: "parley", version: "0.1.0" } },
      record: { parley: "0.1.0", id, meta: {}, entities: [], quotes: [], events, diagnostics: [], stages: [] },
    };
  });
}

test("incremental clustering equals clustering from scratch, in any order", async () => {
  const items = scattered(80);
  const a = openSqliteStore(join(dir, "scatter-a.db"));
  const b = openSqliteStore(join(dir, "scatter-b.db"));
  for (const { article, record } of items) await a.putArticle(article, record);
  for (const { article, record } of items.slice().reverse()) await b.putArticle(article, record);
  assert.equal(await a.dump(), await b.dump());
  const key = clusterKey("CONSULT", "RUS/GOV", "USA/GOV");
  const members = items.flatMap(({ article, record }) => record.events.map((e, i) => ({
    id: `${article.id}:v${i}`, articleId: article.id, site: new URL(article.url!).hostname, date: e.date,
  })));
  const expected = clusterEvents(key, members, 3).map((c) => [c.id, c.numMentions, c.numArticles, c.numSources]).sort();
  const got = (await a.queryClusters()).map((c) => [c.id, c.numMentions, c.numArticles, c.numSources]).sort();
  assert.deepEqual(got, expected);
  assert.ok(expected.length > 5 && expected.some((c) => (c[1] as number) > 2), "the fixture makes several multi-event clusters");
  await a.close();
  await b.close();
});
