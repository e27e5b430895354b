import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { hostname } from 'node:os';
import type { ArticleInput } from '../batch/articles.js';
import { toResult, type BatchResult } from '../batch/extractRecord.js';
import { WorkerPool } from '../batch/pool.js';
import { DEFAULT_LOCK_MS, PREFIX } from './names.js';
import type { JobData } from './queue.js';
import { readSettings } from './settings.js';

export interface WorkerOptions {
  queue: string;
  /** Worker threads extracting articles (the pool of `extract --jobs`). */
  threads: number;
  /**
   * How long a job stays with a worker that stopped answering (killed, machine lost) before the
   * stalled-job check hands it to another: BullMQ's lock duration and stalled-check interval.
   */
  lockMs?: number;
  /** Replaces the pipeline (the queue bench runs no-op jobs through the same worker). */
  process?: (input: ArticleInput) => Promise<BatchResult>;
}

export interface WorkerTally {
  articles: number;
  deals: number;
  /** Jobs whose result is an error record. */
  errors: number;
  /** Attempts that failed and will be tried again. */
  retried: number;
}

/**
 * Takes jobs from the queue and runs each through the same pipeline as `extract`: the worker
 * thread pool of src/batch/pool.ts, built with the queue's settings. A job's result is the line
 * `extract` would write for it (toResult), kept as the job's return value until `collect` writes
 * it out; BullMQ stores it in the same step that marks the job done, so a job is never done
 * without its result.
 *
 * A pool thread that dies on an article (E_WORKER) is worth another try on a fresh thread: the
 * job fails and BullMQ retries it with backoff; on the last attempt the error record is the
 * result. A whole worker that dies holds its jobs only until its locks run out: another worker's
 * stalled-job check puts them back in the queue.
 */
export class DistributedWorker {
  readonly tally: WorkerTally = { articles: 0, deals: 0, errors: 0, retried: 0 };
  readonly name = `${hostname()}:${process.pid}`;
  private readonly worker: Worker<JobData, BatchResult>;
  private readonly pools: Pools;

  constructor(redis: Redis, private readonly opts: WorkerOptions) {
    this.pools = new Pools(redis, opts.queue, opts.threads);
    const lockMs = opts.lockMs ?? DEFAULT_LOCK_MS;
    this.worker = new Worker<JobData, BatchResult>(opts.queue, (job) => this.processJob(job), {
      connection: redis,
      prefix: PREFIX,
      name: this.name,
      // Two jobs in hand per thread, so that a thread never waits on a round trip to Redis.
      concurrency: Math.max(2, opts.threads * 2),
      lockDuration: lockMs,
      stalledInterval: lockMs,
      // A job whose worker died twice goes to the failed set (an error record) instead of killing a third.
      maxStalledCount: 2,
      // Per-minute counts of finished jobs, read by `status` for the throughput.
      metrics: { maxDataPoints: 24 * 60 },
    });
    this.worker.on('failed', (job, err) => {
      if (job && job.attemptsMade < (job.opts.attempts ?? 1)) {
        this.tally.retried++;
        process.stderr.write(`dealwire worker: ${job.data.a.source}: ${err.message}; trying again\n`);
      }
    });
  }

  /** Also where connection trouble is reported; BullMQ reconnects by itself. */
  on(event: 'error', listener: (e: Error) => void): this {
    this.worker.on(event, listener);
    return this;
  }

  private async processJob(job: Job<JobData, BatchResult>): Promise<BatchResult> {
    const { a: input, s } = job.data;
    let res: BatchResult;
    if (!input.ok) res = toResult({ source: input.source, error: { code: input.code, message: input.message } });
    else if (this.opts.process) res = await this.opts.process(input);
    else res = await this.pools.run(s, input);
    if (res.failed && job.attemptsMade + 1 < (job.opts.attempts ?? 1)) {
      const err = (JSON.parse(res.line) as { error: { code: string; message: string } }).error;
      if (err.code === 'E_WORKER') throw new Error(err.message);
    }
    if (res.failed) this.tally.errors++;
    else {
      this.tally.articles++;
      this.tally.deals += res.deals;
    }
    return res;
  }

  /** Takes no more jobs, lets those in hand finish and be stored, then stops the threads. */
  async close(): Promise<void> {
    await this.worker.close();
    await this.pools.close();
  }
}

/**
 * The thread pool for the queue's settings, built when the first article arrives (a worker may
 * start before anything is enqueued). Should the queue be set up again with other settings, a
 * new pool takes over and the old one closes when its last article is done.
 */
class Pools {
  private current: { id: string; pool: WorkerPool; inFlight: number } | null = null;
  private loading: Promise<{ id: string; pool: WorkerPool; inFlight: number }> | null = null;

  constructor(private readonly redis: Redis, private readonly queue: string, private readonly threads: number) {}

  async run(settingsId: string, input: Extract<ArticleInput, { ok: true }>): Promise<BatchResult> {
    let entry = this.current;
    // (A switch to other settings may be under way: wait for it, then switch again if need be.)
    while (entry?.id !== settingsId) entry = await this.switchTo(settingsId);
    entry.inFlight++;
    try {
      return await entry.pool.run(input);
    } finally {
      entry.inFlight--;
      if (entry !== this.current && entry.inFlight === 0) void entry.pool.close();
    }
  }

  private switchTo(id: string) {
    this.loading ??= (async () => {
      const stored = await readSettings(this.redis, this.queue);
      if (!stored || stored.id !== id) throw new Error(`this article was enqueued with settings ${id}, which queue ${this.queue} no longer holds (it was set up again); enqueue it again`);
      const old = this.current;
      this.current = { id, pool: new WorkerPool(this.threads, stored.settings), inFlight: 0 };
      if (old && old.inFlight === 0) void old.pool.close();
      return this.current;
    })().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  async close(): Promise<void> {
    await this.current?.pool.close();
  }
}
