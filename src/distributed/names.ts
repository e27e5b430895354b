// Names, URLs and errors of the distributed commands: what the command line needs before it loads
// BullMQ (which only the four distributed commands do, so that `extract` starts as fast as before).

/** Every key of a dealwire queue starts with `dealwire:<queue>:`, BullMQ's and ours alike. */
export const PREFIX = 'dealwire';
export const DEFAULT_QUEUE = 'articles';
export const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
/** Tries per job before it becomes an error record. */
export const DEFAULT_ATTEMPTS = 3;
/**
 * Articles per job. Each job costs Redis some 70-240 µs of CPU and a worker a few round trips,
 * whatever it carries (extracting a Reuters story takes about 1.5 ms); fifty share that.
 */
export const DEFAULT_BATCH = 50;
/** Text per job at most: a job of large articles holds fewer of them (one over this is a job alone). */
export const JOB_BYTES = 8 * 1024 * 1024;
/** How long a job stays with a worker that stopped answering (BullMQ's default lock). */
export const DEFAULT_LOCK_MS = 30_000;

/** Redis is not there, or not answering, at the URL the user gave. */
export class RedisUnreachable extends Error {
  constructor(readonly url: string, reason: string) {
    super(`cannot reach Redis at ${redactUrl(url)}: ${reason}. Is redis-server running there, and is the URL right (--redis redis://HOST:6379)?`);
    this.name = 'RedisUnreachable';
  }
}

/** A usage error of the distributed commands: exit 2 with this message. */
export class DistributedUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DistributedUsageError';
  }
}

/** The URL as it can be printed: a password in it is replaced with ***. */
export function redactUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:@/]*:)[^@/]*@/, '$1***@');
}

export function checkRedisUrl(url: string): string {
  if (!/^rediss?:\/\/[^/]/.test(url)) throw new DistributedUsageError(`${url}: expected a Redis URL such as redis://127.0.0.1:6379 (rediss:// for TLS, redis://:PASSWORD@HOST:6379/DB).`);
  return url;
}

export function checkQueueName(name: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new DistributedUsageError(`--queue ${name}: use letters, digits, '.', '_' and '-' only.`);
  return name;
}

/**
 * dealwire's own keys beside BullMQ's. Job ids never hold ':', so `dw:...` cannot be a job's key.
 *  - settings: the locale and lexicon articles of this queue are read with (JSON), and its id;
 *  - queued: article id -> id of the job that carries it, for articles enqueued and not yet collected;
 *  - done: ids of articles whose line `collect` has written, so that no line is written twice and
 *    enqueuing again adds nothing;
 *  - writing: ids of the articles whose lines `collect` is writing now (a round not yet on disk);
 *  - collected: counts of what `collect` has written (lines, errors) and of the jobs it removed;
 *  - collectLock: held by the one `collect` that writes this queue's results;
 *  - enqueuing: the enqueue runs under way (members), each scored with the time its claim runs out.
 */
export function dwKeys(name: string) {
  const base = `${PREFIX}:${name}:dw:`;
  return {
    settings: base + 'settings',
    queued: base + 'queued',
    done: base + 'done',
    writing: base + 'writing',
    collected: base + 'collected',
    collectLock: base + 'collect-lock',
    enqueuing: base + 'enqueuing',
  };
}
