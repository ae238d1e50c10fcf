/** An extraction worker: builds the extractor, says it is ready, then runs posted tasks. */
import { parentPort } from "node:worker_threads";
import { createExtractor } from "@parley/runtime";
import { runTask, type Task } from "./tasks.js";

// Build the extractor up front (the cost belongs to startup); if it cannot be built, each
// extract task reports the error as that document's failure.
try {
  createExtractor();
} catch {
  /* reported per task */
}
parentPort!.on("message", (msg: { id: number; task: Task }) => {
  runTask(msg.task, () => parentPort!.postMessage({ id: msg.id, freed: true })).then(
    // As one JSON string: cloning a record's many small objects costs several times more.
    (value) => parentPort!.postMessage({ id: msg.id, ok: true, json: JSON.stringify(value) }),
    (err) => parentPort!.postMessage({ id: msg.id, ok: false, error: (err as Error)?.message ?? String(err) }),
  );
});
parentPort!.postMessage({ ready: true });
