import { Worker } from 'node:worker_threads';
import type { ArticleInput } from './articles.js';
import { toResult, type ArticleDefaults, type BatchResult } from './extractRecord.js';

type Input = Extract<ArticleInput, { ok: true }>;

interface Slot {
  worker: Worker;
  /** Being replaced on purpose: its exit is no failure. */
  retiring?: boolean;
  task: { id: number; input: Input; resolve: (r: BatchResult) => void } | null;
}

/**
 * A worker whose heap has grown past this is replaced after its article. V8 lets a busy heap grow
 * well beyond what it holds, so without this a long run's peak memory kept rising with the size of
 * the folder (1.31x for a folder ten times the Reuters one; 1.09x with this, after 8 replacements in 190,430 articles); a fresh worker costs one model load.
 */
const RECYCLE_HEAP_BYTES = 140 * 1024 * 1024;

// Resolves to dist/batch/worker.js both from src/batch (under vitest) and from dist/batch.
const WORKER_URL = new URL('../../dist/batch/worker.js', import.meta.url);

/**
 * A fixed set of worker threads, each with its own copy of the models. `run` hands an article to
 * an idle worker, or waits for one; callers bound how many articles are in flight (p-queue), so
 * the waiting list stays short. A worker that dies takes only its current article with it: that
 * article becomes an error record and a fresh worker takes the slot.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<{ input: Input; resolve: (r: BatchResult) => void }> = [];
  private nextId = 0;
  private closed = false;

  // Workers start when there is work for them: one article costs one worker's start-up (loading
  // the model), not one per core.
  constructor(readonly size: number, private readonly defaults: ArticleDefaults) {}

  private spawn(): Slot {
    // A smaller young generation keeps each worker's heap near what it uses: peak RSS over the
    // Reuters folder fell from about 446 MB to 386 MB with two workers, at no measurable cost in time.
    const worker = new Worker(WORKER_URL, { workerData: this.defaults, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const slot: Slot = { worker, task: null };
    slot.worker.on('message', (msg: { id: number; result: BatchResult; heapBytes: number }) => {
      const task = slot.task;
      if (!task || task.id !== msg.id) return;
      slot.task = null;
      task.resolve(msg.result);
      if (msg.heapBytes > RECYCLE_HEAP_BYTES) this.retire(slot);
      this.dispatch();
    });
    const fail = (why: string) => {
      const task = slot.task;
      slot.task = null;
      if (task) task.resolve(toResult({ source: task.input.source, error: { code: 'E_WORKER', message: `the worker processing this article stopped: ${why}` } }));
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
      this.dispatch();
    };
    slot.worker.on('error', (e) => fail(e.message));
    slot.worker.on('exit', (code) => {
      if (!this.closed && !slot.retiring) fail(`exit code ${code}`);
    });
    return slot;
  }

  /** Takes an idle worker out of the pool; dispatch() starts a fresh one when there is work. */
  private retire(slot: Slot): void {
    slot.retiring = true;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
  }

  run(input: Input): Promise<BatchResult> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise((resolve) => {
      this.waiting.push({ input, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.waiting.length === 0) return;
      if (!slot.task) this.assign(slot);
    }
    while (this.waiting.length > 0 && this.slots.length < this.size && !this.closed) {
      const slot = this.spawn();
      this.slots.push(slot);
      this.assign(slot);
    }
  }

  private assign(slot: Slot): void {
    const next = this.waiting.shift()!;
    slot.task = { id: this.nextId++, ...next };
    slot.worker.postMessage({ id: slot.task.id, input: next.input });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
