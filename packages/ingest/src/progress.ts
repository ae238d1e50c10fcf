/**
 * Progress for `parley ingest`: a cli-progress bar with rate and ETA on a terminal, a plain
 * line every `every` documents otherwise. Writes only to the stream it is given.
 */
import cliProgress from "cli-progress";
import type { IngestProgress } from "./ingest.js";

export interface ProgressReporter {
  update(p: IngestProgress): void;
  stop(p: IngestProgress): void;
}

export function summaryLine(p: IngestProgress): string {
  const rate = p.seconds > 0 ? (p.done / p.seconds).toFixed(0) : "-";
  return `${p.done} ${p.done === 1 ? "document" : "documents"} in ${p.seconds.toFixed(1)} s (${rate}/s): ${p.added} added (${p.notExtracted} not extracted: language), ${p.duplicates} already stored, ${p.failed} failed`;
}

export function progressReporter(opts: { tty: boolean; write: (s: string) => void; stream?: NodeJS.WritableStream; every?: number }): ProgressReporter {
  if (opts.tty && opts.stream) {
    const bar = new cliProgress.SingleBar({
      stream: opts.stream,
      format: "ingest [{bar}] {percentage}% | {value}/{total} inputs | {rate}/s | ETA {eta_formatted} | +{added} ={duplicates} !{failed}",
      hideCursor: true,
      etaBuffer: 50,
    }, cliProgress.Presets.shades_classic);
    let started = false;
    return {
      update(p) {
        const payload = { added: p.added, duplicates: p.duplicates, failed: p.failed, rate: p.seconds > 0 ? (p.done / p.seconds).toFixed(0) : "-" };
        if (!started) { bar.start(Math.max(p.inputs, p.done), 0, payload); started = true; }
        if (p.done > bar.getTotal()) bar.setTotal(p.done);
        bar.update(p.done, payload);
      },
      stop(p) {
        if (started) bar.stop();
        opts.write(summaryLine(p) + "\n");
      },
    };
  }
  const every = opts.every ?? 250;
  let last = 0;
  return {
    update(p) {
      if (p.done - last >= every) {
        last = p.done;
        opts.write(`ingest: ${summaryLine(p)}\n`);
      }
    },
    stop(p) {
      opts.write(`ingest: ${summaryLine(p)}\n`);
    },
  };
}
