import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { ArticleInput } from '../batch/articles.js';
import type { BatchResult } from '../batch/result.js';
import { checkRedisUrl, PREFIX, redactUrl, RedisUnreachable } from './names.js';

/**
 * What a job carries: a few dozen articles (`enqueue --batch`), each the article itself (text and
 * metadata, so that workers need no shared disk) or the reason its input could not give one (the
 * worker turns that into the same error record `extract` writes). `s` names the queue's settings
 * (locale, lexicon) the articles are to be read with.
 */
export interface JobData {
  /** The articles, in walk order. */
  b: ArticleInput[];
  /** Their ids (jobId.ts), in the same order: `collect` writes each id's line once. */
  ids: string[];
  s: string;
  /**
   * Results of the articles an earlier attempt finished, by position, kept when the attempt failed
   * on others: a retry does only the rest, and a job the queue gives up on still yields them.
   */
  r?: Array<BatchResult | null>;
}

/**
 * What a finished job keeps in Redis until `collect` writes it: one output line per article, in
 * the order of `JobData.ids`, and per line its count of deals, or -1 for an error record.
 */
export interface JobResult {
  ids: string[];
  lines: string[];
  deals: number[];
}

/**
 * A job's data as this version reads it. Jobs added by an earlier dealwire carried one article
 * (`{ a, s }`, the job's id being the article's id) and finished with that article's BatchResult;
 * a queue may still hold some.
 */
export function jobArticles(data: unknown, jobId: string): JobData | null {
  const d = data as (Partial<JobData> & { a?: ArticleInput }) | null;
  if (!d || typeof d.s !== 'string') return null;
  if (Array.isArray(d.b) && Array.isArray(d.ids) && d.b.length === d.ids.length) return d as JobData;
  if (d.a) return { b: [d.a], ids: [jobId], s: d.s, ...(d.r ? { r: d.r } : {}) };
  return null;
}

/** A finished job's return value: this version's, or an earlier one's single result; null if neither. */
export function jobResult(raw: unknown, jobId: string): JobResult | null {
  let rv: unknown;
  try {
    rv = typeof raw === 'string' ? JSON.parse(raw) : raw;
  } catch {
    return null;
  }
  const r = rv as Partial<JobResult> & Partial<BatchResult>;
  if (!r || typeof r !== 'object') return null;
  if (Array.isArray(r.ids) && Array.isArray(r.lines) && Array.isArray(r.deals) && r.lines.length === r.ids.length && r.deals.length === r.ids.length) return r as JobResult;
  if (typeof r.line === 'string') return { ids: [jobId], lines: [r.line], deals: [r.failed ? -1 : (r.deals ?? 0)] };
  return null;
}

/**
 * A connection to Redis, checked before it is handed out: a URL where nothing answers fails here,
 * within `timeoutMs`, with the URL in the message, before any command has written anything.
 *
 * `blocking` connections (a BullMQ worker's) retry every command for ever while Redis is away, as
 * BullMQ requires; the others give up after a few tries so that a command line run ends with a
 * message rather than hangs.
 */
export async function connect(url: string, opts: { blocking?: boolean; timeoutMs?: number } = {}): Promise<Redis> {
  checkRedisUrl(url);
  await probe(url, opts.timeoutMs ?? 5000);
  const redis = new Redis(url, {
    maxRetriesPerRequest: opts.blocking ? null : 3,
    // Reconnect with a short backoff while Redis restarts; a worker rides through it.
    retryStrategy: (times) => Math.min(200 * times, 2000),
    lazyConnect: true,
  });
  let lastError = '';
  redis.on('error', (e: Error) => {
    // ioredis reports every failed reconnect; one line per new reason is enough.
    if (e.message !== lastError) process.stderr.write(`dealwire: Redis at ${redactUrl(url)}: ${e.message}\n`);
    lastError = e.message;
  });
  redis.on('ready', () => {
    lastError = '';
  });
  await redis.connect();
  return redis;
}

async function probe(url: string, timeoutMs: number): Promise<void> {
  const r = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0, connectTimeout: timeoutMs, enableOfflineQueue: false, disconnectTimeout: 50 });
  let reason = 'no answer';
  r.on('error', (e: Error) => {
    reason = e.message;
  });
  try {
    const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref());
    await Promise.race([r.connect().then(() => r.ping()), timer]);
  } catch (e) {
    const msg = (e as Error).message;
    throw new RedisUnreachable(url, msg === 'Connection is closed.' ? reason : msg);
  } finally {
    r.disconnect();
  }
}

/** The BullMQ queue of that name, on a connection from `connect`. */
export function openQueue(redis: Redis, name: string): Queue<JobData> {
  const queue = new Queue<JobData>(name, { connection: redis, prefix: PREFIX });
  // Connection trouble is reported once by the connection itself (above); BullMQ would print
  // every failed reconnect with its stack.
  queue.on('error', () => {});
  return queue;
}
