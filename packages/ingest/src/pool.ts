/**
 * A small worker-thread pool for preparation and extraction. Workers start from a tiny JS
 * entry that registers tsx's loader in the thread (`--import tsx` in execArgv does not reach
 * worker threads on Node 20), so they run the TypeScript sources like the CLI does.
 *
 * Starting a worker costs about a second (loader, engine, data). Until the first one is
 * ready, tasks run in this thread, so a small batch never waits for threads it will not
 * need; once workers are ready they take the tasks, and this thread takes one itself when
 * they have a backlog. With `size: 0` all runs in-process.
 */
import { Worker } from "node:worker_threads";
import { runTask, type Task, type TaskResult } from "./tasks.js";

interface Pending { resolve(v: TaskResult): void; reject(e: Error): void }
type Reply = { ready: true } | { id: number; ok: boolean; value?: TaskResult; error?: string };

export class TaskPool {
  readonly size: number;
  #workers: Worker[] = [];
  #idle: Worker[] = [];
  #ready = 0;
  #queue: { id: number; task: Task }[] = [];
  #pending = new Map<number, Pending>();
  #next = 0;
  #broken: Error | undefined;
  #onReady: { resolve(): void; reject(e: Error): void }[] = [];

  constructor(size: number) {
    this.size = size;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL("./worker-boot.mjs", import.meta.url));
      worker.on("message", (msg: Reply) => {
        if ("ready" in msg) {
          this.#ready++;
          for (const w of this.#onReady.splice(0)) w.resolve();
          this.#idle.push(worker);
          this.#pump();
          return;
        }
        const p = this.#pending.get(msg.id);
        this.#pending.delete(msg.id);
        this.#idle.push(worker);
        this.#pump();
        if (!p) return;
        if (msg.ok) p.resolve(msg.value!);
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

  /** Resolves when at least one worker has started (at once for `size: 0`). */
  whenReady(): Promise<void> {
    if (this.size === 0 || this.#ready > 0) return Promise.resolve();
    if (this.#broken) return Promise.reject(this.#broken);
    return new Promise((resolve, reject) => this.#onReady.push({ resolve, reject }));
  }

  run(task: Task): Promise<TaskResult> {
    // No worker ever started (or none asked for): this thread does the work.
    if (this.size === 0 || (this.#broken && this.#ready === 0)) return runTask(task);
    if (this.#broken) return Promise.reject(this.#broken);
    // Yield to the event loop first: sync work chained by microtasks would otherwise starve
    // the workers' "ready" messages forever.
    if (this.#ready === 0) return new Promise<void>((r) => setImmediate(r)).then(() => (this.#ready === 0 ? runTask(task) : this.run(task)));
    // This thread helps when the workers have a backlog: it is one of the cores too.
    if (this.#idle.length === 0 && this.#queue.length >= 2 * this.#ready) return runTask(task);
    return new Promise((resolve, reject) => {
      const id = this.#next++;
      this.#pending.set(id, { resolve, reject });
      this.#queue.push({ id, task });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#idle.length && this.#queue.length) {
      const worker = this.#idle.pop()!;
      worker.postMessage(this.#queue.shift()!);
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
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
