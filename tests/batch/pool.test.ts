import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/batch/pool.js';

const CUE_WORKER = new URL('./fixtures/cueWorker.mjs', import.meta.url);
const article = (source: string, text = 'plain') => ({ ok: true as const, source, text, format: 'text' as const, warnings: [] });

let pool: WorkerPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('worker pool', () => {
  it('answers every article once, with more articles than workers', async () => {
    pool = new WorkerPool(2, {}, CUE_WORKER);
    const results = await Promise.all(Array.from({ length: 25 }, (_, i) => pool!.run(article(`a${i}`))));
    expect(results.map((r) => r.source)).toEqual(Array.from({ length: 25 }, (_, i) => `a${i}`));
    expect(results.every((r) => !r.failed)).toBe(true);
    // Both workers took a share.
    expect(new Set(results.map((r) => JSON.parse(r.line).thread)).size).toBe(2);
  });

  it('turns only the article a worker died on into an error record; the articles sent behind it are done elsewhere', async () => {
    pool = new WorkerPool(1, {}, CUE_WORKER);
    const results = await Promise.all([pool.run(article('before')), pool.run(article('killer', 'crash')), pool.run(article('behind-1')), pool.run(article('behind-2'))]);
    expect(results.map((r) => [r.source, r.failed])).toEqual([['before', false], ['killer', true], ['behind-1', false], ['behind-2', false]]);
    expect(JSON.parse(results[1]!.line).error).toMatchObject({ code: 'E_WORKER', message: expect.stringContaining('exit code 3') });
    // The worker after the crash is a new thread.
    expect(JSON.parse(results[2]!.line).thread).not.toBe(JSON.parse(results[0]!.line).thread);
  });

  it('replaces a worker whose heap grew too large, after it finished what it was sent', async () => {
    pool = new WorkerPool(1, {}, CUE_WORKER);
    const results = await Promise.all([pool.run(article('big', 'grow')), pool.run(article('next-1')), pool.run(article('next-2'))]);
    expect(results.every((r) => !r.failed)).toBe(true);
    const threads = results.map((r) => JSON.parse(r.line).thread as number);
    // "next-1" was already sent to the old worker (two articles go ahead), so it finishes there.
    expect(threads[1]).toBe(threads[0]);
    expect(threads[2]).not.toBe(threads[0]);
  });
});
