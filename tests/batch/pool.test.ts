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

  it('sends articles in batches while the workers are busy, and answers each once', async () => {
    pool = new WorkerPool(1, {}, CUE_WORKER);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => pool!.run(article(`a${i}`))));
    expect(results.map((r) => r.source)).toEqual(Array.from({ length: 30 }, (_, i) => `a${i}`));
    const sizes = results.map((r) => JSON.parse(r.line).batch as number);
    // The first two go at once, alone; the rest wait for the busy worker and go in batches.
    expect(sizes.slice(0, 2)).toEqual([1, 1]);
    expect(Math.max(...sizes)).toBeGreaterThan(1);
  });

  it('when a worker dies in a batch, tries each of its articles alone: only the one that kills again is an error', async () => {
    pool = new WorkerPool(1, {}, CUE_WORKER);
    // a0 and a1 go alone at once; the next three wait, then go together as one batch.
    const runs = ['a0', 'a1', 'b1', 'killer', 'b2'].map((s) => pool!.run(article(s, s === 'killer' ? 'crash' : 'plain')));
    const results = await Promise.all(runs);
    expect(results.map((r) => [r.source, r.failed])).toEqual([['a0', false], ['a1', false], ['b1', false], ['killer', true], ['b2', false]]);
    expect(JSON.parse(results[3]!.line).error).toMatchObject({ code: 'E_WORKER' });
    // b1 and b2 were done alone, by workers started after the crash.
    for (const r of [results[2]!, results[4]!]) {
      expect(JSON.parse(r.line).batch).toBe(1);
      expect(JSON.parse(r.line).thread).not.toBe(JSON.parse(results[0]!.line).thread);
    }
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
