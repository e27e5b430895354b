import { Queue } from 'bullmq';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toResult } from '../../src/batch/result.js';
import { collect } from '../../src/distributed/collect.js';
import { PREFIX } from '../../src/distributed/names.js';
import { connect, type JobData } from '../../src/distributed/queue.js';
import { DistributedWorker } from '../../src/distributed/worker.js';
import { freshQueue, waitFor } from './helpers.js';

const url = inject('redisUrl');

describe.skipIf(!url)('collect --follow', () => {
  let redis: Awaited<ReturnType<typeof connect>>;
  beforeAll(async () => {
    redis = await connect(url!, { blocking: true });
  });
  afterAll(async () => {
    await redis?.quit();
  });

  it('does not end before writing a job that finishes while it asks whether the queue is done', async () => {
    const q = freshQueue('race');
    const queue = new Queue<JobData>(q, { connection: redis, prefix: PREFIX });
    const input = { ok: true as const, source: 'last.txt', text: 'Acme Corp bought Foo Inc.', format: 'text' as const, warnings: [] };
    await queue.add('articles', { b: [input], ids: ['jlast'], s: 'x' }, { jobId: 'blast' });
    // The worker holds the job until told to finish it.
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    const worker = new DistributedWorker(redis, {
      queue: q,
      threads: 1,
      process: async (a) => {
        await held;
        return toResult({ source: a.source, publishedAt: null, deals: [] } as never);
      },
    });
    worker.on('error', () => {});
    const completed = () => redis.zcard(`${PREFIX}:${q}:completed`);
    await waitFor(async () => (await queue.getActiveCount()) === 1, 10_000, 'the job to be taken');

    // collect finds no finished job; as it then counts what is left, the job finishes: nothing is
    // left, yet the job's line is still in Redis.
    let raced = false;
    const racing = new Proxy(queue, {
      get(target, prop) {
        const v = Reflect.get(target, prop);
        if (prop === 'getJobCounts' && !raced) {
          return async (...types: Parameters<typeof target.getJobCounts>) => {
            raced = true;
            finish();
            await waitFor(async () => (await completed()) === 1, 10_000, 'the job to finish');
            return target.getJobCounts(...types);
          };
        }
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const tmp = mkdtempSync(join(tmpdir(), 'dealwire-follow-'));
    const out = join(tmp, 'out.jsonl');
    const tally = await collect(redis, racing, { queue: q, out, follow: true, pollMs: 10 });
    await worker.close();
    await queue.close();
    const lines = readFileSync(out, 'utf8').trim().split('\n').filter(Boolean);
    rmSync(tmp, { recursive: true, force: true });
    expect(raced).toBe(true);
    expect(tally).toMatchObject({ articles: 1, pending: 0 });
    expect(lines.map((l) => JSON.parse(l).source)).toEqual(['last.txt']);
    expect(await completed()).toBe(0);
  });
});
