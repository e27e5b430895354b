import { Worker } from 'node:worker_threads';
import type { ArticleInput } from './articles.js';
import { toResult, type ArticleDefaults, type BatchResult } from './extractRecord.js';

type Input = Extract<ArticleInput, { ok: true }>;

interface Task {
  id: number;
  input: Input;
  resolve: (r: BatchResult) => void;
}

interface Slot {
  worker: Worker;
  /** Sent to the worker and not yet answered, in the order sent: the first is the one it is on. */
  tasks: Task[];
  /** Being replaced on purpose: it takes no new article, and its exit is no failure. */
  retiring?: boolean;
}

/**
 * A worker whose heap has grown past this is replaced after its article. V8 lets a busy heap grow
 * well beyond what it holds, so without this a long run's peak memory kept rising with the size of
 * the folder (1.31x for a folder ten times the Reuters one; 1.09x with this, after 8 replacements in 190,430 articles); a fresh worker costs one model load.
 */
const RECYCLE_HEAP_BYTES = 140 * 1024 * 1024;

/**
 * Articles sent ahead to each worker. With one, a worker sat idle from posting its result until
 * the main thread, busy reading files and writing lines on the same cores, sent the next; with a
 * second one already in its message queue it goes straight on.
 */
const DEPTH = 2;

// Resolves to dist/batch/worker.js both from src/batch (under vitest) and from dist/batch.
const WORKER_URL = new URL('../../dist/batch/worker.js', import.meta.url);

/**
 * A fixed set of worker threads, each with its own copy of the models. `run` hands an article to
 * a worker with room, or waits for one; callers bound how many articles are in flight (p-queue), so
 * the waiting list stays short. A worker that dies takes only the article it was on with it: that
 * article becomes an error record, the ones queued behind it go to other workers, and a fresh
 * worker takes the slot.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  /** Workers being replaced, still finishing what they were sent. */
  private readonly retiring = new Set<Slot>();
  private readonly waiting: Array<{ input: Input; resolve: (r: BatchResult) => void }> = [];
  private nextId = 0;
  private closed = false;

  // Workers start when there is work for them: one article costs one worker's start-up (loading
  // the model), not one per core.
  // `workerUrl` is for tests, which put a worker that misbehaves on cue in the pool's place.
  constructor(readonly size: number, private readonly defaults: ArticleDefaults, private readonly workerUrl: URL = WORKER_URL) {}

  private spawn(): Slot {
    // A smaller young generation keeps each worker's heap near what it uses: peak RSS over the
    // Reuters folder fell from about 446 MB to 386 MB with two workers, at no measurable cost in time.
    const worker = new Worker(this.workerUrl, { workerData: this.defaults, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const slot: Slot = { worker, tasks: [] };
    worker.on('message', (msg: { id: number; result: BatchResult; heapBytes: number }) => {
      if (slot.tasks[0]?.id !== msg.id) return;
      slot.tasks.shift()!.resolve(msg.result);
      if (msg.heapBytes > RECYCLE_HEAP_BYTES && !slot.retiring) this.retire(slot);
      if (slot.retiring && slot.tasks.length === 0) {
        this.retiring.delete(slot);
        void worker.terminate();
      }
      this.dispatch();
    });
    const fail = (why: string) => {
      const [current, ...queued] = slot.tasks;
      slot.tasks = [];
      if (current) current.resolve(toResult({ source: current.input.source, error: { code: 'E_WORKER', message: `the worker processing this article stopped: ${why}` } }));
      // Articles sent behind the one that killed it were never started: they go to another worker.
      this.waiting.unshift(...queued.map(({ input, resolve }) => ({ input, resolve })));
      this.retiring.delete(slot);
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => {
      if (!this.closed && !(slot.retiring && slot.tasks.length === 0)) fail(`exit code ${code}`);
    });
    return slot;
  }

  /** Takes a worker out of the pool; it finishes what it was sent, and a fresh one takes its place. */
  private retire(slot: Slot): void {
    slot.retiring = true;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    this.retiring.add(slot);
  }

  run(input: Input): Promise<BatchResult> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise((resolve) => {
      this.waiting.push({ input, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    // Fill every worker to one article before sending any a second: a lone article should not wait
    // behind another while a worker is idle.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.waiting.length === 0) return;
        if (slot.tasks.length < depth) this.send(slot);
      }
      while (depth === 1 && this.waiting.length > 0 && this.slots.length < this.size && !this.closed) {
        const slot = this.spawn();
        this.slots.push(slot);
        this.send(slot);
      }
    }
  }

  private send(slot: Slot): void {
    const { input, resolve } = this.waiting.shift()!;
    const task = { id: this.nextId++, input, resolve };
    slot.tasks.push(task);
    slot.worker.postMessage({ id: task.id, input });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots, ...this.retiring].map((s) => s.worker.terminate()));
  }
}
