/**
 * `npm run bench`: throughput of each pipeline stage and of the whole pipeline over the
 * PolNeAR train texts, in one process, after a warm-up, median of several runs; peak RSS;
 * and wink-nlp's tokens+sentences over the same texts in the same run as the reference.
 * Peak RSS is given twice: of this process (wink's ~250 MB included) and of Parley's
 * pipeline alone, the same runs in a child process of its own (`--pipeline-only`).
 * Speed is reported here, never asserted in tests.
 *   npm run bench [-- --runs N] [--files N]
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Doc } from "@parley/core";
import { createExtractor } from "@parley/runtime";
import { hasShared, sharedData, sharedDir } from "../eval/shared.js";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s[s.length >> 1];
}

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

async function main(): Promise<void> {
  if (!hasShared) {
    console.log(`bench: skipped, ../shared is absent (${sharedDir})`);
    return;
  }
  const runs = arg("--runs", 5);
  const dir = join(sharedData, "polnear", "train", "text");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().slice(0, arg("--files", 1e9));
  const texts = files.map((f) => readFileSync(join(dir, f), "utf8"));
  const words = texts.reduce((n, t) => n + countWords(t), 0);
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  if (!process.argv.includes("--pipeline-only")) console.log(`corpus: PolNeAR train, ${texts.length} texts, ${words.toLocaleString("en")} words, ${(bytes / 1e6).toFixed(2)} M chars; ${runs} runs after warm-up; node ${process.version}`);

  if (process.argv.includes("--pipeline-only")) {
    // Parley's own footprint: load, extract every text runs + 1 times, report the peak.
    const extractor = createExtractor();
    for (let r = 0; r <= runs; r++) for (const t of texts) extractor.extract(t, { published: "2016-06-01" });
    console.log(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
    return;
  }

  // reference: wink-nlp tokens + sentences
  const winkNlp = (await import("wink-nlp")).default;
  const model = (await import("wink-eng-lite-web-model")).default;
  const nlp = winkNlp(model, ["sbd"]);
  const winkRun = () => {
    let n = 0;
    for (const t of texts) {
      const d = nlp.readDoc(t);
      n += d.sentences().length() + d.tokens().length();
    }
    return n;
  };

  const extractor = createExtractor();
  const stages = extractor.pipeline.stages;
  const perStage = stages.map(() => [] as number[]);
  const totals: number[] = [];
  const pipelineRun = (record: boolean) => {
    const acc = new Float64Array(stages.length);
    const t0 = performance.now();
    for (const t of texts) {
      const doc = new Doc(t, { published: "2016-06-01" });
      for (let s = 0; s < stages.length; s++) {
        const a = performance.now();
        stages[s].run(doc, extractor.ctx);
        acc[s] += performance.now() - a;
      }
    }
    const total = performance.now() - t0;
    if (record) {
      totals.push(total);
      acc.forEach((ms, s) => perStage[s].push(ms));
    }
  };
  const winkTimes: number[] = [];
  winkRun();
  pipelineRun(false);
  for (let r = 0; r < runs; r++) {
    let a = performance.now();
    winkRun();
    winkTimes.push(performance.now() - a);
    a = performance.now();
    pipelineRun(true);
  }
  const rate = (ms: number) => words / (ms / 1000);
  const fmt = (x: number) => Math.round(x).toLocaleString("en").padStart(12);
  const winkRate = rate(median(winkTimes));
  console.log(`\n${"what".padEnd(34)}${"words/s".padStart(12)}  ${"ms".padStart(8)}  × wink`);
  console.log(`${"wink-nlp tokens+sentences (ref)".padEnd(34)}${fmt(winkRate)}  ${median(winkTimes).toFixed(0).padStart(8)}  1.00`);
  stages.forEach((stage, s) => {
    const ms = median(perStage[s]);
    console.log(`${`stage ${stage.name}`.padEnd(34)}${fmt(rate(ms))}  ${ms.toFixed(0).padStart(8)}  ${(rate(ms) / winkRate).toFixed(2)}`);
  });
  const textNames = new Set(["normalise", "tokens", "segment"]);
  const textIdx = stages.map((st, i) => (textNames.has(st.name) ? i : -1)).filter((i) => i >= 0);
  if (textIdx.length) {
    const ms = median(perStage[0].map((_, r) => textIdx.reduce((sum, i) => sum + perStage[i][r], 0)));
    console.log(`${"text layer (tokens+sentences)".padEnd(34)}${fmt(rate(ms))}  ${ms.toFixed(0).padStart(8)}  ${(rate(ms) / winkRate).toFixed(2)}`);
  }
  const totalMs = median(totals);
  console.log(`${"whole pipeline".padEnd(34)}${fmt(rate(totalMs))}  ${totalMs.toFixed(0).padStart(8)}  ${(rate(totalMs) / winkRate).toFixed(2)}`);
  // peak RSS of the pipeline work, taken before the extras (ingest runs worker threads in this process)
  console.log(`peak RSS (this process: pipeline and wink) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  const alone = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1), "--pipeline-only"], { encoding: "utf8" });
  const own = /\{"maxRSS":(\d+)\}/.exec(alone.stdout ?? "");
  console.log(own ? `peak RSS (Parley's pipeline alone, own process, same texts and runs) ${(Number(own[1]) / 1024).toFixed(0)} MB`
    : `peak RSS (pipeline alone): the child process failed (${(alone.stderr ?? "").trim().split("\n").pop()})`);
  const other = [join(sharedData, "wikinews", "2019"), join(sharedData, "polnear", "dev", "text")]
    .flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).sort().map((f) => join(d, f)));
  // Loaded here, not at the top: the ingest package and its dependencies (SQLite, HTML and
  // feed readers, language identification) would otherwise be in the pipeline-only child's
  // memory too (~90 MB of its peak), which runs the pipeline alone.
  const { benchExtras } = await import("./extras.js");
  await benchExtras({ files: files.map((f) => join(dir, f)), words, otherFiles: other });
  console.log(`peak RSS (after the extras) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
