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
    const a = (source: string) => ({ ok: true as const, source, text: 'Acme Corp bought Foo Inc.', format: 'text' as const, warnings: [] });
    // Both articles in one job, as enqueue puts them.
    const data: JobData = { b: ['one.txt', 'two.txt'].map(a), ids: ['jt1', 'jt2'], s: 'x' };
    await queue.add('articles', data, { jobId: 'bt', attempts: 3, backoff: { type: 'fixed', delay: 10 } });
    const worker = new DistributedWorker(redis, { queue: q, threads: 1, process });
    worker.on('error', () => {});
    await waitFor(async () => (await queue.getJobCountByTypes('completed', 'failed')) === 1, 20_000, 'the job to finish');
    await worker.close();
    const tmp = mkdtempSync(join(tmpdir(), 'dealwire-retry-'));
    const out = join(tmp, 'out.jsonl');
    const tally = await collect(redis, queue, { queue: q, out });
    await queue.close();
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    rmSync(tmp, { recursive: true, force: true });
    return { worker, tally, lines };
  }

  it('a thread that dies on an article is tried again, alone, and its error record is the result after the last attempt', async () => {
    const seen = new Map<string, number>();
    const { worker, lines } = await runJobs(freshQueue('retry'), async (input) => {
      const n = (seen.get(input.source) ?? 0) + 1;
      seen.set(input.source, n);
      // one.txt kills its thread every time; two.txt only the first time.
      if (input.source === 'one.txt' || n === 1) return toResult({ source: input.source, error: { code: 'E_WORKER', message: 'the worker processing this article stopped: exit code 1' } });
      return toResult({ source: input.source, publishedAt: null, deals: [] } as never);
    });
    // two.txt's result, got on the second attempt, is kept: the third does one.txt alone.
    expect(Object.fromEntries(seen)).toEqual({ 'one.txt': 3, 'two.txt': 2 });
    expect(worker.tally).toMatchObject({ articles: 1, errors: 1, retried: 3 });
    const bySource = Object.fromEntries(lines.map((l) => [l.source, l]));
    expect(bySource['one.txt'].error.code).toBe('E_WORKER');
    expect(bySource['two.txt'].error).toBeUndefined();
  });

  it('jobs of an earlier dealwire (one article each, a single result) are done and collected too', async () => {
    const q = freshQueue('legacy');
    // Typed loosely: these jobs are of the earlier shape.
    const queue = new Queue(q, { connection: redis, prefix: PREFIX }) as unknown as Queue<unknown>;
    const a = (source: string) => ({ ok: true as const, source, text: 'Acme Corp bought Foo Inc.', format: 'text' as const, warnings: [] });
    await queue.addBulk([
      { name: 'article', data: { a: a('old.txt'), s: 'x' }, opts: { jobId: 'jold' } },
      { name: 'article', data: { a: a('older.txt'), s: 'x' }, opts: { jobId: 'jolder' } },
    ]);
    const worker = new DistributedWorker(redis, { queue: q, threads: 1, process: async (input) => toResult({ source: input.source, publishedAt: null, deals: [] } as never) });
    worker.on('error', () => {});
    await waitFor(async () => (await queue.getJobCountByTypes('completed')) === 2, 20_000, 'both jobs to finish');
    await worker.close();
    // One of them finished by an earlier worker: its return value is the article's BatchResult.
    const older = toResult({ source: 'older.txt', error: { code: 'E_EMPTY', message: 'file is empty' } });
    await redis.hset(`${PREFIX}:${q}:jolder`, 'returnvalue', JSON.stringify(older));
    const tmp = mkdtempSync(join(tmpdir(), 'dealwire-legacy-'));
    const out = join(tmp, 'out.jsonl');
    const tally = await collect(redis, queue as Queue<JobData>, { queue: q, out });
    await queue.close();
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    rmSync(tmp, { recursive: true, force: true });
    expect(tally).toMatchObject({ articles: 1, failures: 1 });
    expect(lines.map((l) => l.source).sort()).toEqual(['old.txt', 'older.txt']);
    expect(lines.find((l) => l.source === 'older.txt').error.code).toBe('E_EMPTY');
  });

  it('a job the queue gives up on becomes error records, never a silent loss, and keeps the results it got', async () => {
    const seen = new Map<string, number>();
    const { tally, lines } = await runJobs(freshQueue('giveup'), async (input) => {
      seen.set(input.source, (seen.get(input.source) ?? 0) + 1);
      if (input.source === 'one.txt') throw new Error('Redis said no');
      return toResult({ source: input.source, publishedAt: null, deals: [] } as never);
    });
    expect(Object.fromEntries(seen)).toEqual({ 'one.txt': 3, 'two.txt': 1 });
    expect(tally).toMatchObject({ articles: 1, failures: 1 });
    expect(lines).toHaveLength(2);
    const rec = lines.find((l) => l.source === 'one.txt');
    expect(rec.error).toEqual({ code: 'E_QUEUE', message: 'the queue gave up on this article after 3 attempts: one.txt: Redis said no' });
    expect(lines.find((l) => l.source === 'two.txt').error).toBeUndefined();
  });
});
