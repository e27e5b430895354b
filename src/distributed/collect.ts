import type { Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { toResult, type BatchResult } from '../batch/extractRecord.js';
import { JsonlWriter } from '../batch/output.js';
import { readDoneSources } from '../batch/resume.js';
import { workLeft } from './drained.js';
import { DistributedUsageError, dwKeys } from './names.js';
import type { JobData } from './queue.js';

export interface CollectOptions {
  queue: string;
  out: string;
  /** Go on writing results as workers finish them, until the queue is empty and no enqueue runs. */
  follow?: boolean;
  pollMs?: number;
  /** Results per round: read, written and fsynced, then removed from Redis. */
  batch?: number;
  /** Stops after the round in hand (its lines are written and its jobs removed). */
  signal?: AbortSignal;
  onRound?: (t: CollectTally) => void;
}

export interface CollectTally {
  articles: number;
  deals: number;
  /** Error records written: from the pipeline (E_EMPTY, ...) or from the queue giving up (E_QUEUE). */
  failures: number;
  /** Results an earlier collect had written already (it was stopped before removing them from Redis). */
  already: number;
  /** Jobs still in the queue (waiting, active, retrying) when collect stopped. */
  pending: number;
}

export function newCollectTally(): CollectTally {
  return { articles: 0, deals: 0, failures: 0, already: 0, pending: 0 };
}

const LOCK_MS = 30_000;

/**
 * Moves finished results out of Redis into a JSONL file, each job's line exactly once.
 *
 * A round reads up to a few hundred finished jobs (oldest first) and notes their ids in Redis as
 * being written; appends their lines; fsyncs FILE; then notes the ids as written, and only then
 * removes the jobs. Killed at any point, the next collect finds each result in FILE or in Redis or
 * both, and knows which: a job noted as written is not written again; a job of a round cut short
 * is written unless FILE already has its source (read as `extract --resume` reads its output, which
 * also cuts a half-written last line). Jobs the queue gave up on (BullMQ's failed set) become
 * error records the same way, so nothing is lost silently. Two articles that share a source (two
 * JSONL files with the same "id") are both written, as `extract` writes them.
 *
 * FILE is always appended to, never truncated: the results in it are no longer in Redis. One
 * collect at a time writes a queue's results (a lock in Redis), so two files never split them.
 */
export async function collect(redis: Redis, queue: Queue<JobData>, opts: CollectOptions, tally: CollectTally = newCollectTally()): Promise<CollectTally> {
  const keys = dwKeys(opts.queue);
  const lock = await CollectLock.take(redis, keys.collectLock, opts);
  try {
    // A round that an earlier collect did not finish: its jobs may or may not be in FILE.
    const unsure = new Set(await redis.smembers(keys.writing));
    const inFile = unsure.size > 0 ? (await readDoneSources(opts.out)).sources : new Set<string>();
    new JsonlWriter(opts.out, 'append').close(); // creates FILE if it is not there
    const batch = opts.batch ?? 500;
    const stuck = new Set<string>();
    for (;;) {
      if (opts.signal?.aborted) break;
      lock.check();
      const completed = await queue.getJobs(['completed'], 0, batch - 1, true);
      const failed = await queue.getJobs(['failed'], 0, batch - 1, true);
      const jobs = [...completed.map((job) => ({ job, ok: true })), ...failed.map((job) => ({ job, ok: false }))].filter(
        (j): j is { job: Job<JobData, BatchResult> & { id: string }; ok: boolean } => j.job.id !== undefined && !stuck.has(j.job.id),
      );
      if (jobs.length === 0) {
        const left = await workLeft(redis, queue, opts.queue);
        if (!opts.follow || (left.jobs === 0 && !left.enqueuing)) {
          tally.pending = left.jobs;
          break;
        }
        await sleep(opts.pollMs ?? 200, opts.signal);
        continue;
      }
      const ids = jobs.map((j) => j.job.id);
      // Written in a round whose jobs were not all removed: only the removal is left to do.
      const written = await isMember(redis, keys.done, ids);
      const toWrite = jobs.filter((_, i) => !written[i]);
      tally.already += jobs.length - toWrite.length;
      if (toWrite.length > 0) {
        await redis.sadd(keys.writing, ...toWrite.map((j) => j.job.id));
        const out = new JsonlWriter(opts.out, 'append');
        let lines = 0;
        let errors = 0;
        try {
          for (const { job, ok } of toWrite) {
            const r = resultOf(job, ok);
            if (unsure.has(job.id) && inFile.has(r.source)) {
              tally.already++;
              continue;
            }
            out.writeLine(r.line);
            lines++;
            if (r.failed) {
              tally.failures++;
              errors++;
            } else {
              tally.articles++;
              tally.deals += r.deals;
            }
          }
        } finally {
          out.close(); // fsync: the lines are on disk before their jobs are noted as written
        }
        const writtenIds = toWrite.map((j) => j.job.id);
        await redis
          .multi()
          .sadd(keys.done, ...writtenIds)
          .srem(keys.writing, ...writtenIds)
          .hincrby(keys.collected, 'lines', lines)
          .hincrby(keys.collected, 'errors', errors)
          .exec();
      }
      const removed = await Promise.all(ids.map((id) => queue.remove(id)));
      removed.forEach((n, i) => {
        if (n !== 1) stuck.add(ids[i]!);
      });
      opts.onRound?.(tally);
    }
  } finally {
    await lock.release();
  }
  return tally;
}

async function isMember(redis: Redis, key: string, ids: string[]): Promise<boolean[]> {
  const p = redis.pipeline();
  for (const id of ids) p.sismember(key, id);
  const replies = (await p.exec()) ?? [];
  return replies.map(([err, n]) => {
    if (err) throw err;
    return n === 1;
  });
}

/** The output line of a finished job: its result, or an error record when the queue gave up on it. */
function resultOf(job: Job<JobData, BatchResult>, completed: boolean): BatchResult {
  const source = job.data?.a?.source ?? job.id ?? '';
  const rv = job.returnvalue as BatchResult | null;
  if (completed && rv && typeof rv.line === 'string') return rv;
  const why = completed ? 'the job finished without a result' : job.failedReason || 'no reason given';
  const attempts = job.attemptsMade;
  return toResult({ source, error: { code: 'E_QUEUE', message: `the queue gave up on this article after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${why}` } });
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The one collect of a queue: a key with a token and an expiry, renewed while collect runs. */
class CollectLock {
  private lost = false;
  private timer: NodeJS.Timeout;

  private constructor(private readonly redis: Redis, private readonly key: string, private readonly token: string) {
    this.timer = setInterval(() => {
      redis
        .eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end", 1, key, token, LOCK_MS)
        .then((r) => {
          if (r !== 1) this.lost = true;
        })
        .catch(() => {});
    }, LOCK_MS / 3);
    this.timer.unref();
  }

  static async take(redis: Redis, key: string, opts: CollectOptions): Promise<CollectLock> {
    const token = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)} writing ${opts.out}`;
    if ((await redis.set(key, token, 'PX', LOCK_MS, 'NX')) === 'OK') return new CollectLock(redis, key, token);
    const holder = await redis.get(key);
    throw new DistributedUsageError(
      `another collect (${holder ?? 'just ended'}) is writing the results of queue ${opts.queue}; one collect at a time, so that ` +
        `no result is split between two files. If that one was killed, its claim runs out within ${LOCK_MS / 1000} s.`,
    );
  }

  check(): void {
    if (this.lost) throw new Error('this collect lost its claim on the queue (Redis was away longer than 30 s?); run collect again to go on');
  }

  async release(): Promise<void> {
    clearInterval(this.timer);
    await this.redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end", 1, this.key, this.token).catch(() => {});
  }
}
