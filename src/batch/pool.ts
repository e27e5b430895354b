import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ArticleInput } from './articles.js';
import type { ArticleDefaults } from './extractRecord.js';
import { toResult, type BatchResult } from './result.js';

type Input = Extract<ArticleInput, { ok: true }>;

interface Task {
  id: number;
  input: Input;
  resolve: (r: BatchResult) => void;
  /** Was in a batch whose worker died: goes alone next time, so a second death names it. */
  suspect?: boolean;
}

/** What the pool sends a worker: a batch of articles, answered with one message of results. */
export interface PoolRequest {
  batch: Array<{ id: number; input: Input }>;
}
export interface PoolReply {
  results: Array<{ id: number; result: BatchResult }>;
  heapBytes: number;
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered, in the order sent: the first is the one it is on. */
  batches: Task[][];
  /** Being replaced on purpose: it takes no new article, and its exit is no failure. */
  retiring?: boolean;
}

/**
 * A worker whose heap has grown past this is replaced after its batch. V8 lets a busy heap grow
 * well beyond what it holds, so without this a long run's peak memory kept rising with the size of
 * the folder (1.31x for a folder ten times the Reuters one; 1.09x with this, after 8 replacements
 * in 190,430 articles); a fresh worker costs one model load.
 */
const RECYCLE_HEAP_BYTES = 140 * 1024 * 1024;

/**
 * Batches sent ahead to each worker: with a second one already in its message queue, a worker does
 * not wait for the main thread between batches.
 */
const DEPTH = 2;

/**
 * At most this many articles, or this many characters, in one batch. Every message wakes the
 * other thread, and on a machine whose cores are all busy extracting each wake-up takes a core from
 * a worker; batches cut the messages per article. Batches form only while workers are busy (an idle
 * worker gets what is waiting at once), so a lone article is never held back.
 */
const BATCH_ARTICLES = 8;
const BATCH_CHARS = 256 * 1024;

/** Articles the pool can hold sent or ready to send, per worker: for callers that bound what is in flight. */
export const ARTICLES_PER_WORKER = BATCH_ARTICLES * (DEPTH + 1);

/**
 * V8 settings for the extraction heaps, set before a worker starts (setting them again is a no-op). V8 reads them
 * whenever it collects garbage or optimizes a function, so they hold in every isolate after this
 * point, the workers' included (a worker cannot be given V8 flags of its own).
 * - `heap-growing-percent`: after each full collection V8 lets a small heap grow to up to 4x what
 *   it still holds, and a worker of a long run sat near the replacement limit with mostly garbage;
 *   growing by 30% keeps each heap near what it holds (peak RSS over the Reuters folder with two
 *   workers: 346 MB by default, 313 MB with this, the time within the run-to-run spread).
 * - `max-inlined-bytecode-size-cumulative`: every worker compiles the pipeline's hot functions
 *   for itself, on V8's background threads, which with every core extracting take time from the
 *   workers; the default inlining budget (920) made that about 3.5 s of CPU per worker. With 300,
 *   over 6,000 Reuters stories in four interleaved pairs: compile threads 1.9-2.2 s against
 *   2.5-2.8 s, the extracting thread itself as fast.
 */
function tuneHeaps(): void {
  setFlagsFromString('--heap-growing-percent=30');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
}

// Resolves to dist/batch/worker.js both from src/batch (under vitest) and from dist/batch.
const WORKER_URL = new URL('../../dist/batch/worker.js', import.meta.url);

/**
 * A fixed set of worker threads, each with its own copy of the models. `run` hands an article to a
 * worker with room, or waits for one; callers bound how many articles are in flight (p-queue), so the
 * waiting list stays short. A worker that dies takes only the article it was on with it: that article
 * becomes an error record, the others it held go to other workers, and a fresh worker takes the slot.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  /** Workers being replaced, still finishing what they were sent. */
  private readonly retiring = new Set<Slot>();
  private readonly waiting: Task[] = [];
  private nextId = 0;
  private closed = false;

  // Workers start when there is work for them: one article costs one worker's start-up (loading
  // the model), not one per core. `workerUrl` is for tests, which put a worker that misbehaves on
  // cue in the pool's place.
  constructor(readonly size: number, private readonly defaults: ArticleDefaults, private readonly workerUrl: URL = WORKER_URL) {}

  private spawn(): Slot {
    tuneHeaps();
    // A smaller young generation keeps each worker's heap near what it uses: peak RSS over the
    // Reuters folder fell from about 446 MB to 386 MB with two workers, at no measurable cost in time.
    const worker = new Worker(this.workerUrl, { workerData: this.defaults, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    const slot: Slot = { worker, batches: [] };
    worker.on('message', (msg: PoolReply) => {
      const batch = slot.batches.shift();
      if (!batch) return;
      const byId = new Map(msg.results.map((r) => [r.id, r.result]));
      for (const task of batch) task.resolve(byId.get(task.id) ?? lost(task, 'the worker returned no result for it'));
      if (msg.heapBytes > RECYCLE_HEAP_BYTES && !slot.retiring) this.retire(slot);
      if (slot.retiring && slot.batches.length === 0) {
        this.retiring.delete(slot);
        void worker.terminate();
      }
      this.dispatch();
    });
    const fail = (why: string) => {
      const [current = [], ...queued] = slot.batches;
      slot.batches = [];
      // The worker died on one article of its current batch. Alone, that article is the one; in a
      // batch, each of them is tried again on its own, and the one that kills a worker again is it.
      if (current.length === 1) current[0]!.resolve(lost(current[0]!, `the worker processing this article stopped: ${why}`));
      else for (const t of current) t.suspect = true;
      const retry = [...(current.length > 1 ? current : []), ...queued.flat()];
      this.waiting.unshift(...retry);
      this.retiring.delete(slot);
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (e) => fail(e.message));
    worker.on('exit', (code) => {
      if (!this.closed && !(slot.retiring && slot.batches.length === 0)) fail(`exit code ${code}`);
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
      this.waiting.push({ id: this.nextId++, input, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    // Give every worker one batch before any gets a second: an idle worker must not wait while
    // another has work queued.
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const slot of this.slots) {
        if (this.waiting.length === 0) return;
        if (slot.batches.length < depth) this.send(slot);
      }
      while (depth === 1 && this.waiting.length > 0 && this.slots.length < this.size && !this.closed) {
        const slot = this.spawn();
        this.slots.push(slot);
        this.send(slot);
      }
    }
  }

  private send(slot: Slot): void {
    const batch: Task[] = [this.waiting.shift()!];
    let chars = batch[0]!.input.text.length;
    while (!batch[0]!.suspect && batch.length < BATCH_ARTICLES && this.waiting.length > 0) {
      const next = this.waiting[0]!;
      if (next.suspect || chars + next.input.text.length > BATCH_CHARS) break;
      batch.push(this.waiting.shift()!);
      chars += next.input.text.length;
    }
    slot.batches.push(batch);
    const request: PoolRequest = { batch: batch.map(({ id, input }) => ({ id, input })) };
    slot.worker.postMessage(request);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots, ...this.retiring].map((s) => s.worker.terminate()));
  }
}

function lost(task: Task, message: string): BatchResult {
  return toResult({ source: task.input.source, error: { code: 'E_WORKER', message } });
}
