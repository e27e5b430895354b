import type { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ArticleInput } from '../batch/articles.js';
import { DEFAULT_MAX_BYTES } from '../batch/load.js';
import { articleInputs } from '../batch/run.js';
import { markEnqueuing } from './drained.js';
import { firstUnseen } from './firstUnseen.js';
import { batchJobId, jobIdOf } from './jobId.js';
import { DEFAULT_ATTEMPTS, DEFAULT_BATCH, dwKeys, JOB_BYTES, PREFIX } from './names.js';
import type { JobData } from './queue.js';

export interface EnqueueOptions {
  queue: string;
  /** The queue's settings id (settings.ts). */
  settingsId: string;
  /** The date for articles that carry none of their own (like `extract --published`). */
  publishedAt?: string;
  /** Largest article a job may carry, and largest file read (like `extract --max-bytes`). */
  maxBytes?: number;
  /** Tries per job before its articles become error records; retries wait 2 s, 4 s, 8 s ... */
  attempts?: number;
  /** Stops the walk; the articles read so far are still added. */
  signal?: AbortSignal;
  /** Articles per job (default 50): the queue's own cost is per job, whatever it carries. Jobs of
   * large articles hold fewer (JOB_BYTES of text at most). */
  batch?: number;
}

export interface EnqueueTally {
  /** Inputs found: articles, and files that could not be read (they become error records). */
  found: number;
  /** Articles added to the queue now. */
  added: number;
  /** Jobs they were added in. */
  jobs: number;
  /** Articles already in the queue, or already collected: not added again. */
  present: number;
  /** Of the added articles, those for inputs that could not be read (error records to be). */
  errors: number;
  /** Hidden files and unknown extensions, as `extract` counts them. */
  skipped: number;
  bytes: number;
}

export function newEnqueueTally(): EnqueueTally {
  return { found: 0, added: 0, jobs: 0, present: 0, errors: 0, skipped: 0, bytes: 0 };
}

/** Jobs per round trip to Redis. */
const JOBS_PER_ROUND = 20;

/**
 * The articles under `paths`, walked and read exactly as `extract` does (the same walk, the same
 * readers, the same error records), in jobs of `batch` articles, a few jobs per round trip.
 *
 * Whether an article is there already is decided per article, not per job: an article is skipped
 * when its id is collected, or noted (`queued`) as carried by a job that still exists. The note is
 * written before the job is added, so an enqueue killed in between leaves articles noted for a job
 * that does not exist: the next enqueue adds them again. A folder enqueued again gives the same
 * jobs (BullMQ adds a job id once); one changed article among many is a new job of its own.
 */
export async function enqueue(redis: Redis, queue: Queue<JobData>, paths: readonly string[], opts: EnqueueOptions, tally: EnqueueTally = newEnqueueTally()): Promise<EnqueueTally> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const batchSize = opts.batch ?? DEFAULT_BATCH;
  const keys = dwKeys(opts.queue);
  const jobOpts: JobsOptions = {
    attempts: opts.attempts ?? DEFAULT_ATTEMPTS,
    backoff: { type: 'exponential', delay: 2000 },
    // Finished jobs stay until `collect` has written their results; it removes them.
    removeOnComplete: false,
    removeOnFail: false,
  };
  const running = await markEnqueuing(redis, opts.queue);
  // The first round is one job, so that workers start while the walk goes on; rounds then grow.
  let roundJobs = 1;
  let pending: Array<{ id: string; input: ArticleInput }> = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const round = pending;
    pending = [];
    const there = await alreadyThere(redis, keys, `${PREFIX}:${opts.queue}:`, round.map((a) => a.id));
    // The same article twice in one walk (a JSONL file with a repeated line) is one article, as
    // its id is one line in the output.
    const fresh = firstUnseen(round, there);
    tally.present += round.length - fresh.length;
    if (fresh.length === 0) return;
    const jobs: Array<{ name: string; data: JobData; opts: JobsOptions }> = [];
    const add = (part: typeof fresh) => {
      const ids = part.map((a) => a.id);
      jobs.push({ name: 'articles', data: { b: part.map((a) => a.input), ids, s: opts.settingsId }, opts: { ...jobOpts, jobId: batchJobId(ids) } });
    };
    // Up to `batch` articles a job, and up to JOB_BYTES of text unless a single article is larger.
    let part: typeof fresh = [];
    let bytes = 0;
    for (const a of fresh) {
      const size = a.input.ok ? Buffer.byteLength(a.input.text) : 0;
      if (part.length > 0 && (part.length >= batchSize || bytes + size > JOB_BYTES)) {
        add(part);
        part = [];
        bytes = 0;
      }
      part.push(a);
      bytes += size;
    }
    if (part.length > 0) add(part);
    // The notes first, then the jobs (see above).
    const note: string[] = [];
    for (const j of jobs) for (const id of j.data.ids) note.push(id, j.opts.jobId!);
    await redis.hset(keys.queued, ...note);
    await queue.addBulk(jobs);
    tally.added += fresh.length;
    tally.jobs += jobs.length;
    for (const { input } of fresh) {
      if (!input.ok) tally.errors++;
      else tally.bytes += Buffer.byteLength(input.text);
    }
  };
  try {
    for await (let input of articleInputs(paths, maxBytes, tally)) {
      if (opts.signal?.aborted) break;
      if (input.ok && Buffer.byteLength(input.text) > maxBytes) {
        input = { ok: false, source: input.source, code: 'E_TOO_LARGE', message: `the article is ${Buffer.byteLength(input.text)} bytes, over the limit of ${maxBytes} for one article (raise it with --max-bytes)` };
      }
      if (input.ok && input.publishedAt === undefined && opts.publishedAt !== undefined) input = { ...input, publishedAt: opts.publishedAt };
      pending.push({ id: jobIdOf(input), input });
      if (pending.length >= batchSize * roundJobs) {
        await flush();
        roundJobs = Math.min(roundJobs * 2, JOBS_PER_ROUND);
      }
    }
    await flush();
  } finally {
    await running.end();
  }
  return tally;
}

/**
 * For each article id: collected already, or noted as carried by a job that exists (in any state).
 * One script per round rather than two round trips per article.
 */
const THERE = `
local out = {}
for i = 2, #ARGV do
  local id = ARGV[i]
  local there = redis.call('SISMEMBER', KEYS[2], id)
  if there == 0 then
    local job = redis.call('HGET', KEYS[1], id)
    if job and redis.call('EXISTS', ARGV[1] .. job) == 1 then there = 1 end
  end
  out[i - 1] = there
end
return out`;

async function alreadyThere(redis: Redis, keys: ReturnType<typeof dwKeys>, jobKeyPrefix: string, ids: string[]): Promise<boolean[]> {
  const replies = (await redis.eval(THERE, 2, keys.queued, keys.done, jobKeyPrefix, ...ids)) as number[];
  return replies.map((n) => n === 1);
}
