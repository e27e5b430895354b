import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bySource, exited, freshQueue, redisAt, run, startWorker, waitFor } from './helpers.js';
import { jobIdOf } from '../../src/distributed/jobId.js';
import { redactUrl } from '../../src/distributed/names.js';

const url = inject('redisUrl');
const missing = inject('redisMissing');

describe.runIf(missing)('distributed commands', () => {
  it.skip(`skipped: ${missing}`, () => {});
});

describe('job ids', () => {
  it('come from the source and the content, and never look like integers or hold ":"', () => {
    const a = { ok: true as const, source: 'a.txt', text: 'Acme bought Foo.', format: 'text' as const, warnings: [] };
    expect(jobIdOf(a)).toBe(jobIdOf({ ...a }));
    expect(jobIdOf(a)).not.toBe(jobIdOf({ ...a, text: 'Acme bought Bar.' }));
    expect(jobIdOf(a)).not.toBe(jobIdOf({ ...a, source: 'b.txt' }));
    expect(jobIdOf(a)).toMatch(/^j[0-9a-f]{40}$/);
    expect(jobIdOf({ ok: false, source: 'c.txt', code: 'E_EMPTY', message: 'file is empty' })).toMatch(/^j[0-9a-f]{40}$/);
  });

  it('hide a password in a Redis URL that is printed', () => {
    expect(redactUrl('redis://:s3cret@db:6379/2')).toBe('redis://:***@db:6379/2');
    expect(redactUrl('rediss://user:s3cret@db:6380')).toBe('rediss://user:***@db:6380');
    expect(redactUrl('redis://db:6379')).toBe('redis://db:6379');
  });
});

describe('every distributed command', () => {
  it('has a --help text', () => {
    for (const cmd of ['enqueue', 'worker', 'collect', 'status']) {
      const r = run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: dealwire ${cmd}`);
      expect(r.stdout).toContain('--redis <url>');
      expect(r.stdout).toMatch(/\n {2}dealwire \w+ .*--redis redis:\/\//);
    }
  });

  it('exits 2 with a message naming the URL when Redis is not there, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealwire-noredis-'));
    writeFileSync(join(dir, 'a.txt'), 'Acme Corp bought Foo Inc for $3 million.');
    const gone = 'redis://127.0.0.1:1';
    const out = join(dir, 'out.jsonl');
    for (const args of [['enqueue', dir], ['worker'], ['collect', '--out', out], ['status']]) {
      const r = run([...args, '--redis', gone]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`cannot reach Redis at ${gone}`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(out)).toBe(false);
    const bad = run(['status', '--redis', 'localhost:6379']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a Redis URL');
  });
});

describe.skipIf(!url)('enqueue, worker, collect, status on a real Redis', () => {
  const redisUrl = url!;
  let dir: string;
  let redis: ReturnType<typeof redisAt>;
  beforeAll(() => {
    redis = redisAt(redisUrl);
    dir = mkdtempSync(join(tmpdir(), 'dealwire-dist-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), '---\npublished: 2024-03-28\n---\nHalvorsen Industries Inc acquired Pellworth Corp for $30 million on Wednesday.\n');
    writeFileSync(join(dir, 'in', 'b.md'), 'Tesseric Labs Inc raised $40 million in a Series B round led by Marlow Ventures LLC last year.\n');
    writeFileSync(join(dir, 'in', 'c.txt'), '');
    writeFileSync(join(dir, 'in', 'd.bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(dir, 'in', 'e.jsonl'), '{"text": "Pellworth Corp and Tesseric Labs Inc agreed to merge.", "id": "story-9"}\nnot json\n');
  });
  afterAll(async () => {
    await redis?.quit();
  });

  it('gives the lines extract gives, error records included; enqueuing again adds nothing', async () => {
    const q = freshQueue('same');
    const first = run(['enqueue', join(dir, 'in'), '--redis', redisUrl, '--queue', q, '--published', '2020-06-30']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/enqueued 6 jobs .* 0 already there, 3 unreadable, queued as error records/);
    const again = run(['enqueue', join(dir, 'in'), '--redis', redisUrl, '--queue', q, '--published', '2020-06-30']);
    expect(again.stderr).toMatch(/enqueued 0 jobs .* 6 already there/);

    const w = startWorker(redisUrl, q, ['--concurrency', '1', '--until-empty']);
    expect(await exited(w)).toBe(0);
    expect(w.stderrText()).toMatch(/stopped: 3 articles, \d+ deals, 3 error records, 0 retried/);

    const out = join(dir, 'same.jsonl');
    const c = run(['collect', '--redis', redisUrl, '--queue', q, '--out', out]);
    expect(c.code).toBe(1); // error records, as extract
    expect(c.stderr).toMatch(/collected 3 articles, \d+ deals, 3 failed/);
    const ref = run(['extract', join(dir, 'in'), '--published', '2020-06-30', '--quiet']);
    expect(ref.code).toBe(1);
    expect(bySource(readFileSync(out, 'utf8'))).toEqual(bySource(ref.stdout));

    // Collected jobs left Redis; enqueuing the folder a third time still adds nothing.
    const third = run(['enqueue', join(dir, 'in'), '--redis', redisUrl, '--queue', q, '--published', '2020-06-30']);
    expect(third.stderr).toMatch(/enqueued 0 jobs .* 6 already there/);
    const s = JSON.parse(run(['status', '--redis', redisUrl, '--queue', q, '--json']).stdout);
    expect(s).toMatchObject({ waiting: 0, active: 0, retrying: 0, done: 6, failed: 0, toCollect: 0, collected: 6, collectedErrors: 3 });
    expect(run(['status', '--redis', redisUrl, '--queue', q]).stdout).toMatch(/^done {7}6$/m);
  });

  it('collect appends, never writes an article twice, and resumes after a cut-off line', async () => {
    const q = freshQueue('resume');
    const out = join(dir, 'resume.jsonl');
    expect(run(['enqueue', join(dir, 'in', 'a.txt'), join(dir, 'in', 'b.md'), '--redis', redisUrl, '--queue', q]).code).toBe(0);
    expect(await exited(startWorker(redisUrl, q, ['-c', '1', '--until-empty', '-q']))).toBe(0);
    // An earlier collect wrote a.txt, then was killed mid-line; b.md is still in Redis.
    const ref = bySource(run(['extract', join(dir, 'in', 'a.txt'), join(dir, 'in', 'b.md'), '--quiet']).stdout);
    writeFileSync(out, ref.get(join(dir, 'in', 'a.txt')) + '\n{"source": "half');
    const c = run(['collect', '--redis', redisUrl, '--queue', q, '--out', out]);
    expect(c.code).toBe(0);
    expect(c.stderr).toMatch(/collected 1 article, .* 1 already in it/);
    expect(bySource(readFileSync(out, 'utf8'))).toEqual(ref);
    // Nothing left: a second collect writes nothing.
    expect(run(['collect', '--redis', redisUrl, '--queue', q, '--out', out]).stderr).toMatch(/collected 0 articles/);
    expect(bySource(readFileSync(out, 'utf8')).size).toBe(2);
  });

  it('one collect at a time per queue', async () => {
    const q = freshQueue('lock');
    await redis.set(`dealwire:${q}:dw:collect-lock`, 'otherhost:123 writing x.jsonl', 'PX', 5000);
    const r = run(['collect', '--redis', redisUrl, '--queue', q, '--out', join(dir, 'lock.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('another collect (otherhost:123 writing x.jsonl)');
  });

  it('refuses to mix settings in one queue, and errs on an article over --max-bytes', () => {
    const q = freshQueue('settings');
    expect(run(['enqueue', join(dir, 'in', 'a.txt'), '--redis', redisUrl, '--queue', q]).code).toBe(0);
    const r = run(['enqueue', join(dir, 'in', 'b.md'), '--redis', redisUrl, '--queue', q, '--locale', 'en-GB']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--locale en-US');
    expect(r.stderr).toContain('another --queue');

    const big = freshQueue('big');
    expect(run(['enqueue', join(dir, 'in', 'a.txt'), '--redis', redisUrl, '--queue', big, '--max-bytes', '20']).code).toBe(0);
    const w = startWorker(redisUrl, big, ['-c', '1', '--until-empty', '-q']);
    return exited(w).then(() => {
      const out = join(dir, 'big.jsonl');
      run(['collect', '--redis', redisUrl, '--queue', big, '--out', out]);
      const rec = JSON.parse(readFileSync(out, 'utf8'));
      expect(rec.error.code).toBe('E_TOO_LARGE');
      expect(rec.error.message).toContain('--max-bytes');
    });
  });

  it('SIGTERM lets a worker finish the jobs in hand and exit 0', async () => {
    const q = freshQueue('term');
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `s${i}.txt`), `Halvorsen Industries Inc acquired Pellworth Corp ${i} for $${i + 1} million.\n`);
    expect(run(['enqueue', many, '--redis', redisUrl, '--queue', q]).code).toBe(0);
    const w = startWorker(redisUrl, q, ['-c', '1']);
    await waitFor(async () => (await redis.zcard(`dealwire:${q}:completed`)) >= 20, 20_000, 'the worker to finish 20 jobs');
    w.kill('SIGTERM');
    expect(await exited(w)).toBe(0);
    expect(w.stderrText()).toMatch(/stopped: \d+ articles/);
    // Nothing is left half-done: no job active, every finished one has its result.
    expect(await redis.llen(`dealwire:${q}:active`)).toBe(0);
    const done = await redis.zcard(`dealwire:${q}:completed`);
    expect(done).toBeLessThan(300);
    expect(done + (await redis.llen(`dealwire:${q}:wait`))).toBe(300);
  });
});
