import { test } from "node:test";
import assert from "node:assert/strict";
import { progressReporter, summaryLine } from "./progress.js";

const at = (done: number, failed = 0) => ({ inputs: done, done, added: done - failed, duplicates: 0, notExtracted: 0, failed, seconds: 2 });

test("the summary counts documents in the singular and the plural", () => {
  assert.equal(summaryLine(at(1)), "1 document in 2.0 s (1/s): 1 added (0 not extracted: language), 0 already stored, 0 failed");
  assert.match(summaryLine(at(40, 3)), /^40 documents in 2\.0 s \(20\/s\): 37 added .*, 3 failed$/);
});

test("off a terminal, progress is a plain line every `every` documents and a summary at the end", () => {
  const lines: string[] = [];
  const r = progressReporter({ tty: false, write: (s) => lines.push(s), every: 2 });
  for (let i = 1; i <= 5; i++) r.update(at(i));
  r.stop(at(5));
  assert.equal(lines.length, 3, lines.join("|"));
  assert.deepEqual(lines.slice(0, 2).map((l) => l.split(" in ")[0]), ["ingest: 2 documents", "ingest: 4 documents"]);
  assert.match(lines.at(-1)!, /^ingest: 5 documents in .*\n$/);
});
