import { Queue } from 'bullmq';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toResult } from '../../src/batch/extractRecord.js';
import { collect } from '../../src/distributed/collect.js';
import { PREFIX } from '../../src/distributed/names.js';
import { connect, type JobData } from '../../src/distributed/queue.js';
import { DistributedWorker } from '../../src/distributed/worker.js';
import { freshQueue, waitFor } from './helpers.js';

const url = inject('redisUrl');

// The worker in this process, with the pipeline replaced: failures on demand.
describe.skipIf(!url)('failing jobs', () => {
  let redis: Awaited<ReturnType<typeof connect>>;
  beforeAll(async () => {
    redis = await connect(url!, { blocking: true });
  });
  afterAll(async () => {
    await redis?.quit();
  });

  async function runJobs(q: string, process: ConstructorParameters<typeof DistributedWorker>[1]['process']) {
    const queue = new Queue<JobData>(q, { connection: redis, prefix: PREFIX });
    const a = (source: string) => ({ a: { ok: true as const, source, text: 'Acme Corp bought Foo Inc.', format: 'text' as const, warnings: [] }, s: 'x' });
    await queue.addBulk(['one.txt', 'two.txt'].map((source, i) => ({ name: 'article', data: a(source), opts: { jobId: `jt${i}`, attempts: 3, backoff: { type: 'fixed', delay: 10 } } })));
    const worker = new DistributedWorker(redis, { queue: q, threads: 1, process });
    worker.on('error', () => {});
    await waitFor(async () => (await queue.getJobCountByTypes('completed', 'failed')) === 2, 20_000, 'both jobs to finish');
    await worker.close();
    const tmp = mkdtempSync(join(tmpdir(), 'dealwire-retry-'));
    const out = join(tmp, 'out.jsonl');
    const tally = await collect(redis, queue, { queue: q, out });
    await queue.close();
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    rmSync(tmp, { recursive: true, force: true });
    return { worker, tally, lines };
  }

  it('a thread that dies on an article is tried again, and its error record is the result after the last attempt', async () => {
    const seen = new Map<string, number>();
    const { worker, lines } = await runJobs(freshQueue('retry'), async (input) => {
      const n = (seen.get(input.source) ?? 0) + 1;
      seen.set(input.source, n);
      // one.txt kills its thread every time; two.txt only the first time.
      if (input.source === 'one.txt' || n === 1) return toResult({ source: input.source, error: { code: 'E_WORKER', message: 'the worker processing this article stopped: exit code 1' } });
      return toResult({ source: input.source, publishedAt: null, deals: [] } as never);
    });
    expect(Object.fromEntries(seen)).toEqual({ 'one.txt': 3, 'two.txt': 2 });
    expect(worker.tally).toMatchObject({ articles: 1, errors: 1, retried: 3 });
    const bySource = Object.fromEntries(lines.map((l) => [l.source, l]));
    expect(bySource['one.txt'].error.code).toBe('E_WORKER');
    expect(bySource['two.txt'].error).toBeUndefined();
  });

  it('a job the queue gives up on becomes an error record, never a silent loss', async () => {
    const { tally, lines } = await runJobs(freshQueue('giveup'), async (input) => {
      if (input.source === 'one.txt') throw new Error('Redis said no');
      return toResult({ source: input.source, publishedAt: null, deals: [] } as never);
    });
    expect(tally).toMatchObject({ articles: 1, failures: 1 });
    const rec = lines.find((l) => l.source === 'one.txt');
    expect(rec.error).toEqual({ code: 'E_QUEUE', message: 'the queue gave up on this article after 3 attempts: Redis said no' });
  });
});
