/**
 * A small worker-thread pool for preparation and extraction. Workers start from the worker
 * entry bundled into one plain JS file (see worker-bundle.ts), or, when it cannot be built,
 * from a tiny JS entry that registers tsx's loader in the thread (`--import tsx` in execArgv
 * does not reach worker threads on Node 20) and runs the TypeScript sources like the CLI does.
 *
 * Starting a worker costs about a second (engine, data). Until the first one is ready, tasks
 * run in this thread (unless `local: false`), so a small batch never waits for threads it
 * will not need; once workers are ready they take all the tasks (this thread writes the
 * store). A long run is better off waiting: the tasks this thread would do meanwhile cost it
 * its own engine's load and JIT warm-up, CPU the starting workers want. Each
 * worker holds up to `depth` tasks (default 16), so it keeps working while this thread is
 * busy instead of waiting for its next message. A worker that stores what it extracts gives a
 * task's slot back once it is extracted (a `freed` message) and answers when its batch
 * commits, so its batches can be larger than its queue, and at the end of a run no worker
 * sits idle while the other still holds a batch's worth of queued tasks. With `size: 0` all runs
 * in-process.
 */
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { runTask, type Task, type TaskResult } from "./tasks.js";
import { workerBundle } from "./worker-bundle.js";

/**
 * V8's optimising compiler, tuned for fresh extraction threads (process-wide; set before the
 * workers start). A fresh thread spends much of its first few hundred articles compiling the
 * engine's large functions, several times over as their type feedback grows (a deopt throws
 * away a whole compiled function), and those compilations run on the same two cores as the
 * workers.
 * - Less inlining (cumulative budget in bytecode bytes; V8's default is 920): smaller
 *   compilations, no measured loss once warm (PolNeAR train, 2 workers: ~170 → ~210
 *   articles/s cold, ~400/s warm either way).
 * - A 4× interrupt budget (V8's default is 132 KB of bytecode executed): functions are
 *   optimised later, with fuller feedback, so they deopt and recompile far less. One cold
 *   thread over PolNeAR train: TurboFan compilations 415 → 182 and deopts 118 → 44; cold
 *   ingest, 2 workers, process CPU per article 11.2/11.7/12.8 → 9.1/9.4/9.8 ms in alternating
 *   runs (wall-clock too noisy to read on the shared machine); warm unchanged (7.0–9.6 ms
 *   against 6.3–8.1).
 */
function tuneJit(): void {
  setFlagsFromString("--max-inlined-bytecode-size-cumulative=200");
  setFlagsFromString("--interrupt-budget=540672");
}

interface Pending { resolve(v: TaskResult): void; reject(e: Error): void }
/**
 * A worker's messages: ready; a task's answer; or, before the answer, that the task no longer
 * needs its queue slot (`freed`: a `store` task extracted and waiting for its batch to commit).
 */
type Reply = { ready: true } | { id: number; freed: true } | { id: number; ok: boolean; json?: string; error?: string };

export class TaskPool {
  readonly size: number;
  readonly depth: number;
  #workers: Worker[] = [];
  /** Tasks posted to each ready worker and not answered yet. */
  #load = new Map<Worker, number>();
  #ready = 0;
  #queue: { id: number; task: Task }[] = [];
  #pending = new Map<number, Pending>();
  #next = 0;
  /** Tasks whose queue slot their worker gave back before answering. */
  #freed = new Set<number>();
  #broken: Error | undefined;
  #onReady: { resolve(): void; reject(e: Error): void }[] = [];
  #closed = false;

  /** Whether tasks run in this thread while no worker has started (else they wait for one). */
  readonly local: boolean;

  constructor(size: number, opts: { depth?: number; local?: boolean } = {}) {
    this.size = size;
    this.depth = Math.max(1, opts.depth ?? 16);
    this.local = opts.local ?? true;
    if (size > 0) void this.#start();
  }

  /** Start the workers from the bundled entry (plain JS), or through tsx when it cannot be built. */
  async #start(): Promise<void> {
    const bundle = await workerBundle();
    if (this.#closed) return;
    tuneJit();
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(bundle ?? new URL("./worker-boot.mjs", import.meta.url));
      worker.on("message", (msg: Reply) => {
        if ("ready" in msg) {
          this.#ready++;
          for (const w of this.#onReady.splice(0)) w.resolve();
          this.#load.set(worker, 0);
          this.#pump();
          return;
        }
        if ("freed" in msg) {
          this.#freed.add(msg.id);
          this.#load.set(worker, (this.#load.get(worker) ?? 1) - 1);
          this.#pump();
          return;
        }
        const p = this.#pending.get(msg.id);
        this.#pending.delete(msg.id);
        if (!this.#freed.delete(msg.id)) this.#load.set(worker, (this.#load.get(worker) ?? 1) - 1);
        this.#pump();
        if (!p) return;
        if (msg.ok) p.resolve(JSON.parse(msg.json!) as TaskResult);
        else p.reject(new Error(msg.error));
      });
      worker.on("error", (err) => this.#fail(err));
      worker.on("exit", (code) => {
        if (code !== 0 && this.#workers.includes(worker)) this.#fail(new Error(`extraction worker exited with code ${code}`));
      });
      this.#workers.push(worker);
    }
  }

  /** Workers that have started and taken tasks. */
  get readyWorkers(): number {
    return this.#ready;
  }

  /** Resolves when at least one worker (`all`: every worker) has started (at once for `size: 0`). */
  async whenReady(all = false): Promise<void> {
    const enough = () => this.size === 0 || this.#ready >= (all ? this.size : 1);
    while (!enough()) {
      if (this.#broken) throw this.#broken;
      await new Promise<void>((resolve, reject) => this.#onReady.push({ resolve, reject }));
    }
  }

  run(task: Task): Promise<TaskResult> {
    // No worker ever started (or none asked for): this thread does the work.
    if (this.size === 0 || (this.#broken && this.#ready === 0)) return runTask(task);
    if (this.#broken) return Promise.reject(this.#broken);
    // Yield to the event loop first: sync work chained by microtasks would otherwise starve
    // the workers' "ready" messages forever.
    // A long run waits for its workers (or, should none start, does the work here after all).
    if (this.#ready === 0 && !this.local) return this.whenReady().then(() => this.run(task), () => this.run(task));
    if (this.#ready === 0) return new Promise<void>((r) => setImmediate(r)).then(() => (this.#ready === 0 ? runTask(task) : this.run(task)));
    return new Promise((resolve, reject) => {
      const id = this.#next++;
      this.#pending.set(id, { resolve, reject });
      this.#queue.push({ id, task });
      this.#pump();
    });
  }

  /**
   * Run a task once on every started worker (beside their queued tasks, after those already
   * posted to them); resolves when all have answered.
   */
  async broadcast(task: Task): Promise<void> {
    if (this.#broken) throw this.#broken;
    await Promise.all([...this.#load.keys()].map((worker) => new Promise<TaskResult>((resolve, reject) => {
      const id = this.#next++;
      this.#pending.set(id, { resolve, reject });
      this.#load.set(worker, (this.#load.get(worker) ?? 0) + 1);
      worker.postMessage({ id, task });
    })));
  }

  /** Post queued tasks to the least loaded workers, up to `depth` each. */
  #pump(): void {
    while (this.#queue.length) {
      let best: Worker | undefined;
      let least = this.depth;
      for (const [worker, load] of this.#load) if (load < least) { best = worker; least = load; }
      if (!best) return;
      this.#load.set(best, least + 1);
      best.postMessage(this.#queue.shift()!);
    }
  }

  /** A broken worker fails everything waiting: a crash, not a document problem. */
  #fail(err: Error): void {
    this.#broken = err;
    for (const w of this.#onReady.splice(0)) w.reject(err);
    for (const p of this.#pending.values()) p.reject(err);
    this.#pending.clear();
    this.#queue = [];
  }

  async close(): Promise<void> {
    this.#closed = true;
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
