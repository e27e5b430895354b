import { Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { toResult, type BatchResult } from '../batch/result.js';
import { JsonlWriter } from '../batch/output.js';
import { readDoneSources } from '../batch/resume.js';
import { workLeft } from './drained.js';
import { firstUnseen } from './firstUnseen.js';
import { DistributedUsageError, dwKeys } from './names.js';
import { jobArticles, jobResult, type JobData, type JobResult } from './queue.js';

export interface CollectOptions {
  queue: string;
  out: string;
  /** Go on writing results as workers finish them, until the queue is empty and no enqueue runs. */
  follow?: boolean;
  pollMs?: number;
  /** Lines per round (about): read, written and fsynced, then removed from Redis. */
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
/** Jobs whose results are read in one round trip, and at most in one round. */
const JOBS_PER_READ = 20;
const MAX_JOBS_PER_ROUND = 1000;

/** One line to write: the article's id, the line, and its deals (-1: an error record). */
interface Line {
  id: string;
  line: string;
  deals: number;
}

/**
 * Moves finished results out of Redis into a JSONL file, each article's line exactly once.
 *
 * A round reads finished jobs (oldest first) until it holds a few thousand lines, and notes their
 * articles' ids in Redis as being written; appends their lines; fsyncs FILE; then notes the ids as
 * written, and only then removes the jobs. Killed at any point, the next collect finds each result
 * in FILE or in Redis or both, and knows which: an article noted as written is not written again
 * (even when some other job carries it too); an article of a round cut short is written unless
 * FILE already has its source (read as `extract --resume` reads its output, which also cuts a
 * half-written last line). Jobs the queue gave up on (BullMQ's failed set) become error records
 * the same way, so nothing is lost silently. Two articles that share a source (two JSONL files
 * with the same "id") are both written, as `extract` writes them.
 *
 * Only a finished job's return value is read, not the articles it carried (the texts are most of
 * a job's size), except for jobs that failed.
 *
 * FILE is always appended to, never truncated: the results in it are no longer in Redis. One
 * collect at a time writes a queue's results (a lock in Redis), so two files never split them.
 */
export async function collect(redis: Redis, queue: Queue<JobData>, opts: CollectOptions, tally: CollectTally = newCollectTally()): Promise<CollectTally> {
  const keys = dwKeys(opts.queue);
  const lock = await CollectLock.take(redis, keys.collectLock, opts);
  try {
    // A round that an earlier collect did not finish: its articles may or may not be in FILE.
    const unsure = new Set(await redis.smembers(keys.writing));
    const inFile = unsure.size > 0 ? (await readDoneSources(opts.out)).sources : new Set<string>();
    new JsonlWriter(opts.out, 'append').close(); // creates FILE if it is not there
    const maxLines = opts.batch ?? 5000;
    const stuck = new Set<string>();
    let seenDone = false;
    for (;;) {
      if (opts.signal?.aborted) break;
      lock.check();
      const { jobIds, lines } = await readRound(redis, queue, maxLines, stuck);
      if (jobIds.length === 0) {
        const left = await workLeft(redis, queue, opts.queue);
        if (!opts.follow || (left.jobs === 0 && !left.enqueuing)) {
          // A job that was still active when this round read the finished ones may have finished
          // since: stop only when a read after the queue was seen done finds nothing either.
          if (seenDone) {
            tally.pending = left.jobs;
            break;
          }
          seenDone = true;
          continue;
        }
        seenDone = false;
        await sleep(opts.pollMs ?? 100, opts.signal);
        continue;
      }
      seenDone = false;
      // Written in a round whose jobs were not all removed, or carried by another job too.
      const written = await isMember(redis, keys.done, lines.map((l) => l.id));
      const toWrite = firstUnseen(lines, written);
      tally.already += lines.length - toWrite.length;
      const ids = toWrite.map((l) => l.id);
      if (toWrite.length > 0) {
        await redis.sadd(keys.writing, ...ids);
        const out = new JsonlWriter(opts.out, 'append');
        let count = 0;
        let errors = 0;
        try {
          for (const l of toWrite) {
            if (unsure.has(l.id) && inFile.has(sourceOf(l.line))) {
              tally.already++;
              continue;
            }
            out.writeLine(l.line);
            count++;
            if (l.deals < 0) {
              tally.failures++;
              errors++;
            } else {
              tally.articles++;
              tally.deals += l.deals;
            }
          }
        } finally {
          out.close(); // fsync: the lines are on disk before their articles are noted as written
        }
        await redis
          .multi()
          .sadd(keys.done, ...ids)
          .srem(keys.writing, ...ids)
          .hdel(keys.queued, ...ids)
          .hincrby(keys.collected, 'lines', count)
          .hincrby(keys.collected, 'errors', errors)
          .exec();
      }
      const removed = await Promise.all(jobIds.map((id) => queue.remove(id)));
      let jobs = 0;
      removed.forEach((n, i) => {
        if (n === 1) jobs++;
        else stuck.add(jobIds[i]!);
      });
      if (jobs > 0) await redis.hincrby(keys.collected, 'jobs', jobs);
      opts.onRound?.(tally);
    }
  } finally {
    await lock.release();
  }
  return tally;
}

/**
 * Finished jobs, oldest first, until about `maxLines` lines: completed jobs by their return value
 * alone, failed ones (and any completed one without a usable result) read whole.
 */
async function readRound(redis: Redis, queue: Queue<JobData>, maxLines: number, stuck: ReadonlySet<string>): Promise<{ jobIds: string[]; lines: Line[] }> {
  const jobIds: string[] = [];
  const lines: Line[] = [];
  const whole: Array<{ id: string; completed: boolean }> = [];
  const completed = (await redis.zrange(queue.toKey('completed'), 0, String(MAX_JOBS_PER_ROUND - 1))).filter((id) => !stuck.has(id));
  for (let i = 0; i < completed.length && lines.length < maxLines; i += JOBS_PER_READ) {
    const part = completed.slice(i, i + JOBS_PER_READ);
    const p = redis.pipeline();
    for (const id of part) p.hget(queue.toKey(id), 'returnvalue');
    const replies = (await p.exec()) ?? [];
    part.forEach((id, k) => {
      const [err, raw] = replies[k]!;
      if (err) throw err;
      const rv = jobResult(raw, id);
      jobIds.push(id);
      if (rv) rv.ids.forEach((aid, n) => lines.push({ id: aid, line: rv.lines[n]!, deals: rv.deals[n]! }));
      else whole.push({ id, completed: true });
    });
  }
  if (lines.length < maxLines) {
    const failed = (await redis.zrange(queue.toKey('failed'), 0, String(JOBS_PER_READ - 1))).filter((id) => !stuck.has(id));
    for (const id of failed) whole.push({ id, completed: false });
    jobIds.push(...failed);
  }
  for (const { id, completed } of whole) {
    const job = await Job.fromId<JobData, JobResult>(queue, id);
    if (job) lines.push(...resultsOf(job, completed));
  }
  return { jobIds, lines };
}

/** SMISMEMBER, which Redis before 6.2 lacks: one command for a round's thousands of ids. */
const MEMBERS = "local out = {} for i = 1, #ARGV do out[i] = redis.call('SISMEMBER', KEYS[1], ARGV[i]) end return out";

async function isMember(redis: Redis, key: string, ids: string[]): Promise<boolean[]> {
  if (ids.length === 0) return [];
  const replies = (await redis.eval(MEMBERS, 1, key, ...ids)) as number[];
  return replies.map((n) => n === 1);
}

function sourceOf(line: string): string {
  return (JSON.parse(line) as { source?: string }).source ?? '';
}

/**
 * The lines of a job the queue gave up on (or that finished without a result): the results its
 * attempts did get, and an error record for each of the other articles, never a silent gap.
 */
function resultsOf(job: Job<JobData, JobResult>, completed: boolean): Line[] {
  const data = jobArticles(job.data, job.id ?? '');
  if (!data) return [];
  const why = completed ? 'the job finished without a result' : job.failedReason || 'no reason given';
  const attempts = job.attemptsMade;
  return data.b.map((a, i) => {
    const r: BatchResult =
      data.r?.[i] ??
      toResult({ source: a.source, error: { code: 'E_QUEUE', message: `the queue gave up on this article after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${why}` } });
    return { id: data.ids[i]!, line: r.line, deals: r.failed ? -1 : r.deals };
  });
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
