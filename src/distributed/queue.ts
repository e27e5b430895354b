import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { ArticleInput } from '../batch/articles.js';
import { checkRedisUrl, PREFIX, redactUrl, RedisUnreachable } from './names.js';

/**
 * What a job carries: the article itself (text and metadata, so that workers need no shared disk),
 * or the reason its input could not give one (the worker turns that into the same error record
 * `extract` writes). `s` names the queue's settings (locale, lexicon) the article is to be read with.
 */
export interface JobData {
  a: ArticleInput;
  s: string;
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
