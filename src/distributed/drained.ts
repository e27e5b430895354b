import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { dwKeys } from './names.js';
import type { JobData } from './queue.js';

/**
 * Whether a queue has work left: jobs waiting, active or retrying, or an enqueue still adding
 * some. `collect --follow` and `worker --until-empty` stop when it has none.
 */
export async function workLeft(redis: Redis, queue: Queue<JobData>, name: string): Promise<{ jobs: number; enqueuing: boolean }> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'waiting-children');
  const jobs = Object.values(c).reduce((a, b) => a + b, 0);
  return { jobs, enqueuing: await enqueueRunning(redis, name) };
}

const ENQUEUING_MS = 15_000;

/**
 * Tells `collect --follow` and `worker --until-empty` that more jobs may come, even when the queue
 * is empty for a moment (workers faster than the disk being read). A claim in a sorted set, scored
 * with the time it runs out and renewed while the enqueue runs, so that a killed enqueue holds
 * nobody up for more than 15 s.
 */
export async function markEnqueuing(redis: Redis, queue: string): Promise<{ end: () => Promise<void> }> {
  const key = dwKeys(queue).enqueuing;
  const me = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const renew = () => redis.zadd(key, Date.now() + ENQUEUING_MS, me);
  await renew();
  const timer = setInterval(() => void renew().catch(() => {}), ENQUEUING_MS / 3);
  timer.unref();
  return {
    end: async () => {
      clearInterval(timer);
      await redis.zrem(key, me);
    },
  };
}

/** Whether an enqueue is running on this queue now (a claim that has not run out). */
export async function enqueueRunning(redis: Redis, queue: string): Promise<boolean> {
  const key = dwKeys(queue).enqueuing;
  await redis.zremrangebyscore(key, '-inf', Date.now());
  return (await redis.zcard(key)) > 0;
}
