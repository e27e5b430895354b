import type { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DEFAULT_MAX_BYTES } from '../batch/load.js';
import { markEnqueuing } from './drained.js';
import { jobIdOf } from './jobId.js';
import { DEFAULT_ATTEMPTS, dwKeys } from './names.js';
import type { JobData } from './queue.js';
import { articleInputs } from '../batch/run.js';

export interface EnqueueOptions {
  queue: string;
  /** The queue's settings id (settings.ts). */
  settingsId: string;
  /** The date for articles that carry none of their own (like `extract --published`). */
  publishedAt?: string;
  /** Largest article a job may carry, and largest file read (like `extract --max-bytes`). */
  maxBytes?: number;
  /** Tries per job before it becomes an error record; retries wait 2 s, 4 s, 8 s ... */
  attempts?: number;
  /** Stops the walk; the articles read so far are still added. */
  signal?: AbortSignal;
  /** Jobs per round trip to Redis. */
  batch?: number;
}

export interface EnqueueTally {
  /** Inputs found: articles, and files that could not be read (they become error records). */
  found: number;
  /** Jobs added to the queue now. */
  added: number;
  /** Jobs already in the queue, or already collected: not added again. */
  present: number;
  /** Of the added jobs, those for inputs that could not be read (error records to be). */
  errors: number;
  /** Hidden files and unknown extensions, as `extract` counts them. */
  skipped: number;
  bytes: number;
}

export function newEnqueueTally(): EnqueueTally {
  return { found: 0, added: 0, present: 0, errors: 0, skipped: 0, bytes: 0 };
}

/**
 * One job per article under `paths`, walked and read exactly as `extract` does (the same walk,
 * the same readers, the same error records), in batches of a few hundred per round trip. A job
 * whose id is already in the queue, or already collected, is not added again.
 */
export async function enqueue(redis: Redis, queue: Queue<JobData>, paths: readonly string[], opts: EnqueueOptions, tally: EnqueueTally = newEnqueueTally()): Promise<EnqueueTally> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const batchSize = opts.batch ?? 250;
  const jobOpts: JobsOptions = {
    attempts: opts.attempts ?? DEFAULT_ATTEMPTS,
    backoff: { type: 'exponential', delay: 2000 },
    // Finished jobs stay until `collect` has written their result; it removes them.
    removeOnComplete: false,
    removeOnFail: false,
  };
  const running = await markEnqueuing(redis, opts.queue);
  let pending: Array<{ id: string; data: JobData }> = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const seen = await alreadyThere(redis, queue, opts.queue, batch.map((j) => j.id));
    const fresh = batch.filter((_, i) => !seen[i]);
    tally.present += batch.length - fresh.length;
    if (fresh.length > 0) await queue.addBulk(fresh.map((j) => ({ name: 'article', data: j.data, opts: { ...jobOpts, jobId: j.id } })));
    tally.added += fresh.length;
    for (const j of fresh) {
      if (!j.data.a.ok) tally.errors++;
      else tally.bytes += Buffer.byteLength(j.data.a.text);
    }
  };
  try {
    for await (let input of articleInputs(paths, maxBytes, tally)) {
      if (opts.signal?.aborted) break;
      if (input.ok && Buffer.byteLength(input.text) > maxBytes) {
        input = { ok: false, source: input.source, code: 'E_TOO_LARGE', message: `the article is ${Buffer.byteLength(input.text)} bytes, over the limit of ${maxBytes} for one job (raise it with --max-bytes)` };
      }
      if (input.ok && input.publishedAt === undefined && opts.publishedAt !== undefined) input = { ...input, publishedAt: opts.publishedAt };
      pending.push({ id: jobIdOf(input), data: { a: input, s: opts.settingsId } });
      if (pending.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await running.end();
  }
  return tally;
}

/** For each id: is that job in the queue now (any state), or collected already? */
async function alreadyThere(redis: Redis, queue: Queue<JobData>, name: string, ids: string[]): Promise<boolean[]> {
  const done = dwKeys(name).done;
  const p = redis.pipeline();
  for (const id of ids) p.exists(queue.toKey(id)).sismember(done, id);
  const replies = (await p.exec()) ?? [];
  for (const [err] of replies) if (err) throw err;
  return ids.map((_, i) => replies[2 * i]![1] === 1 || replies[2 * i + 1]![1] === 1);
}

