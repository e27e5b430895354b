import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { hostname } from 'node:os';
import type { ArticleInput } from '../batch/articles.js';
import { toResult, type BatchResult } from '../batch/result.js';
import { WorkerPool } from '../batch/pool.js';
import { DEFAULT_LOCK_MS, PREFIX } from './names.js';
import { jobArticles, type JobData, type JobResult } from './queue.js';
import { DEFAULT_SETTINGS, readSettings, settingsId } from './settings.js';

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
  /** Articles whose result is an error record. */
  errors: number;
  /** Articles that failed an attempt and will be tried again. */
  retried: number;
}

/**
 * Takes jobs from the queue and runs each article through the same pipeline as `extract`: the
 * worker thread pool of src/batch/pool.ts, built with the queue's settings. A job's result is the
 * lines `extract` would write for its articles (toResult), kept as the job's return value until
 * `collect` writes them out; BullMQ stores it in the same step that marks the job done, so a job
 * is never done without its results.
 *
 * A job in hand per thread and one more: while one job's results go to Redis, the threads are
 * already on the next one's articles.
 *
 * A pool thread that dies on an article (E_WORKER) is worth another try on a fresh thread: the job
 * fails and BullMQ retries it with backoff, keeping the results of its other articles so that the
 * retry does only those that failed; on the last attempt the error record is the article's result.
 * A whole worker that dies holds its jobs only until its locks run out: another worker's
 * stalled-job check puts them back in the queue.
 */
export class DistributedWorker {
  readonly tally: WorkerTally = { articles: 0, deals: 0, errors: 0, retried: 0 };
  readonly name = `${hostname()}:${process.pid}`;
  private readonly worker: Worker<JobData, JobResult>;
  private readonly pools: Pools;

  constructor(redis: Redis, private readonly opts: WorkerOptions) {
    this.pools = new Pools(redis, opts.queue, opts.threads);
    const lockMs = opts.lockMs ?? DEFAULT_LOCK_MS;
    this.worker = new Worker<JobData, JobResult>(opts.queue, (job) => this.processJob(job), {
      connection: redis,
      prefix: PREFIX,
      name: this.name,
      concurrency: opts.threads + 1,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      // A job whose worker died twice goes to the failed set (error records) instead of killing a third.
      maxStalledCount: 2,
      // Per-minute counts of finished jobs, read by `status` for the throughput.
      metrics: { maxDataPoints: 24 * 60 },
    });
    // The threads load the models while the worker waits for its first job.
    if (!opts.process) void this.pools.warmUp().catch(() => {});
    this.worker.on('failed', (job, err) => {
      if (job && job.attemptsMade < (job.opts.attempts ?? 1)) process.stderr.write(`dealwire worker: ${err.message}; trying again\n`);
    });
  }

  /** Also where connection trouble is reported; BullMQ reconnects by itself. */
  on(event: 'error', listener: (e: Error) => void): this {
    this.worker.on(event, listener);
    return this;
  }

  private async processJob(job: Job<JobData, JobResult>): Promise<JobResult> {
    const data = jobArticles(job.data, job.id ?? '');
    if (!data) throw new Error(`job ${job.id} carries no articles dealwire can read`);
    const { b: inputs, ids, s, r: earlier } = data;
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const settled = await Promise.allSettled(inputs.map((input, i) => earlier?.[i] ?? this.runOne(s, input)));
    const results: Array<BatchResult | null> = [];
    const problems: Array<{ source: string; message: string }> = [];
    settled.forEach((o, i) => {
      const source = inputs[i]!.source;
      if (o.status === 'rejected') {
        results.push(null);
        problems.push({ source, message: (o.reason as Error)?.message ?? String(o.reason) });
      } else if (o.value.failed && !lastAttempt && errorOf(o.value).code === 'E_WORKER') {
        results.push(null);
        problems.push({ source, message: errorOf(o.value).message });
      } else results.push(o.value);
    });
    if (problems.length > 0) {
      if (!lastAttempt) this.tally.retried += problems.length;
      else {
        // The queue gives up on the job: collect writes the results it has, and error records.
        this.count(results.filter((r): r is BatchResult => r !== null));
        this.tally.errors += problems.length;
      }
      // The others' results stay with the job: the next attempt, or collect if there is none.
      await job.updateData({ ...data, r: results });
      throw new Error(describeProblems(problems));
    }
    const done = results as BatchResult[];
    this.count(done);
    return { ids, lines: done.map((r) => r.line), deals: done.map((r) => (r.failed ? -1 : r.deals)) };
  }

  private count(results: BatchResult[]): void {
    for (const r of results) {
      if (r.failed) this.tally.errors++;
      else {
        this.tally.articles++;
        this.tally.deals += r.deals;
      }
    }
  }

  private async runOne(settingsId: string, input: ArticleInput): Promise<BatchResult> {
    if (!input.ok) return toResult({ source: input.source, error: { code: input.code, message: input.message } });
    if (this.opts.process) return this.opts.process(input);
    return this.pools.run(settingsId, input);
  }

  /** Takes no more jobs, lets those in hand finish and be stored, then stops the threads. */
  async close(): Promise<void> {
    await this.worker.close();
    await this.pools.close();
  }
}

/** The reason a job failed, short even when all its articles failed alike. */
function describeProblems(problems: Array<{ source: string; message: string }>): string {
  const messages = [...new Set(problems.map((p) => p.message))];
  if (problems.length === 1) return `${problems[0]!.source}: ${problems[0]!.message}`;
  if (messages.length === 1) return `${messages[0]} (${problems.length} articles, ${problems[0]!.source} first)`;
  const shown = problems.slice(0, 3).map((p) => `${p.source}: ${p.message}`);
  return `${problems.length} articles failed: ${shown.join('; ')}${problems.length > 3 ? '; ...' : ''}`;
}

function errorOf(res: BatchResult): { code: string; message: string } {
  return (JSON.parse(res.line) as { error: { code: string; message: string } }).error;
}

/**
 * The thread pool for the queue's settings, built when the first article arrives (a worker may
 * start before anything is enqueued). Should the queue be set up again with other settings, a
 * new pool takes over and the old one closes when its last article is done.
 */
class Pools {
  private current: { id: string; pool: WorkerPool; inFlight: number } | null = null;
  private loading: Promise<{ id: string; pool: WorkerPool; inFlight: number }> | null = null;
  private closed = false;

  constructor(private readonly redis: Redis, private readonly queue: string, private readonly threads: number) {}

  /**
   * Starts the threads (each loads the models on its first article) before the first job comes, so
   * that loading them overlaps with waiting for work: with the queue's settings or, before any
   * enqueue has set them, the defaults. A queue set up otherwise gets its own pool with its first job.
   */
  async warmUp(): Promise<void> {
    const stored = await readSettings(this.redis, this.queue);
    if (this.current || this.loading || this.closed) return;
    const settings = stored?.settings ?? DEFAULT_SETTINGS;
    const entry = { id: stored?.id ?? settingsId(settings), pool: new WorkerPool(this.threads, settings), inFlight: this.threads };
    this.current = entry;
    const warm = (n: number) =>
      entry.pool.run({ ok: true, source: `(warm-up ${n})`, text: 'Acme Corp agreed to buy Foo Inc for $10 million on Monday.', format: 'text', warnings: [] }).finally(() => {
        entry.inFlight--;
      });
    await Promise.all(Array.from({ length: this.threads }, (_, n) => warm(n)));
    if (entry !== this.current && entry.inFlight === 0) void entry.pool.close();
  }

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
    this.closed = true;
    await this.current?.pool.close();
  }
}
