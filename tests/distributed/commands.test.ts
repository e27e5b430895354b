import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bySource, exited, freshQueue, redisAt, run, runAsync, startWorker, waitFor } from './helpers.js';
import { program } from '../../src/cli/program.js';
import { formatStatus } from '../../src/distributed/status.js';
import { jobIdOf } from '../../src/distributed/jobId.js';
import { redactUrl } from '../../src/distributed/names.js';

const url = inject('redisUrl');
const missing = inject('redisMissing');

// Without redis-server the tests that need it are skipped, and say why in the report.
if (missing) {
  describe('on a real Redis', () => {
    it.skip(missing, () => {});
  });
}

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
    const prog = program();
    for (const name of ['enqueue', 'worker', 'collect', 'status']) {
      const cmd = prog.commands.find((c) => c.name() === name)!;
      let help = '';
      cmd.configureOutput({ writeOut: (t) => (help += t) }).outputHelp();
      expect(help).toContain(`Usage: dealwire ${name}`);
      expect(help).toContain('--redis <url>');
      expect(help).toMatch(/\n {2}dealwire \w+ .*--redis redis:\/\//);
    }
  });

  it('exits 2 with a message naming the URL when Redis is not there, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealwire-noredis-'));
    writeFileSync(join(dir, 'a.txt'), 'Acme Corp bought Foo Inc for $3 million.');
    const gone = 'redis://127.0.0.1:1';
    const out = join(dir, 'out.jsonl');
    const cmds = [['enqueue', dir], ['worker'], ['collect', '--out', out], ['status']];
    const results = await Promise.all([...cmds.map((args) => runAsync([...args, '--redis', gone])), runAsync(['status', '--redis', 'localhost:6379'])]);
    cmds.forEach((args, i) => {
      const r = results[i]!;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(`cannot reach Redis at ${gone}`);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
    expect(existsSync(out)).toBe(false);
    const bad = results[4]!;
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a Redis URL');
    rmSync(dir, { recursive: true, force: true });
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
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives the lines extract gives, error records included; enqueuing again adds nothing', async () => {
    const q = freshQueue('same');
    // The queue's settings (here a lexicon) reach the workers: no flags on the worker side.
    const lexicon = join(dir, 'lexicon.txt');
    writeFileSync(lexicon, 'Pellworth Corp\n');
    const first = run(['enqueue', join(dir, 'in'), '--redis', redisUrl, '--queue', q, '--published', '2020-06-30', '--lexicon', lexicon]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/enqueued 6 articles in 1 job .* 0 already there, 3 unreadable, queued as error records/);
    const again = run(['enqueue', join(dir, 'in'), '--redis', redisUrl, '--queue', q, '--published', '2020-06-30', '--lexicon', lexicon]);
    expect(again.stderr).toMatch(/enqueued 0 articles in 0 jobs .* 6 already there/);

    const w = startWorker(redisUrl, q, ['--concurrency', '1', '--until-empty']);
    expect(await exited(w)).toBe(0);
    expect(w.stderrText()).toMatch(/stopped: 3 articles, \d+ deals?, 3 error records, 0 retried/);

    const out = join(dir, 'same.jsonl');
    const c = run(['collect', '--redis', redisUrl, '--queue', q, '--out', out]);
    expect(c.code).toBe(1); // error records, as extract
    expect(c.stderr).toMatch(/collected 3 articles, \d+ deals?, 3 failed/);
    const ref = run(['extract', join(dir, 'in'), '--published', '2020-06-30', '--lexicon', lexicon, '--quiet']);
    expect(ref.code).toBe(1);
    expect(bySource(readFileSync(out, 'utf8'))).toEqual(bySource(ref.stdout));
    expect(readFileSync(out, 'utf8')).toContain('"rule":"organization/user"');

    // Collected jobs left Redis; enqueuing the folder a third time still adds nothing.
    const third = run(['enqueue', join(dir, 'in'), '--redis', redisUrl, '--queue', q, '--published', '2020-06-30', '--lexicon', lexicon]);
    expect(third.stderr).toMatch(/enqueued 0 articles in 0 jobs .* 6 already there/);
    const s = JSON.parse(run(['status', '--redis', redisUrl, '--queue', q, '--json']).stdout);
    // Counts of jobs (one, of six articles) and of articles.
    expect(s).toMatchObject({ waiting: 0, active: 0, retrying: 0, done: 1, failed: 0, toCollect: 0, collected: 6, collectedErrors: 3, articles: 0, perJob: 6 });
    expect(formatStatus(s)).toMatch(/^done {7}1\nfailed {5}0\ncollected {2}6 lines, 3 of them error records$/m);
    expect(formatStatus(s)).toMatch(/^articles {3}0 in the queue, not yet collected \(about 6 per job; the counts below are jobs\)$/m);
  });

  it('collect appends, and after a collect killed midway writes each article once', async () => {
    const q = freshQueue('resume');
    const out = join(dir, 'resume.jsonl');
    const [a, b, c] = [join(dir, 'in', 'a.txt'), join(dir, 'in', 'b.md'), join(dir, 'in', 'e.jsonl')];
    expect(run(['enqueue', a, b, c, '--redis', redisUrl, '--queue', q]).code).toBe(0);
    expect(await exited(startWorker(redisUrl, q, ['-c', '1', '--until-empty', '-q']))).toBe(0);
    const ref = bySource(run(['extract', a, b, c, '--quiet']).stdout);
    const idOf = (source: string, text: string) => jobIdOf({ ok: true, source, text, format: 'text', warnings: [] });
    // As a collect killed in the middle of a round leaves things: the round's jobs noted as being
    // written, a.txt's line in FILE, b.md's cut off halfway. story-9 was written and noted as
    // written in an earlier round, but not yet removed from Redis.
    const story9 = idOf('story-9', 'Pellworth Corp and Tesseric Labs Inc agreed to merge.');
    await redis.sadd(`dealwire:${q}:dw:writing`, idOf(a, readFileSync(a, 'utf8')), idOf(b, readFileSync(b, 'utf8')));
    await redis.sadd(`dealwire:${q}:dw:done`, story9);
    writeFileSync(out, ref.get('story-9') + '\n' + ref.get(a) + '\n' + ref.get(b)!.slice(0, 40));
    const r = run(['collect', '--redis', redisUrl, '--queue', q, '--out', out]);
    expect(r.code).toBe(1); // e.jsonl line 2 is an error record
    expect(r.stderr).toMatch(/collected 1 article, .* 1 failed .* 2 already in it/);
    expect(bySource(readFileSync(out, 'utf8'))).toEqual(ref);
    expect(await redis.scard(`dealwire:${q}:dw:writing`)).toBe(0);
    expect(await redis.zcard(`dealwire:${q}:completed`)).toBe(0);
  });

  it('writes both articles that share a source, as extract does', async () => {
    const q = freshQueue('twins');
    const twins = join(dir, 'twins');
    mkdirSync(twins);
    writeFileSync(join(twins, '1.json'), '{"text": "Acme Corp bought Foo Inc.", "id": "same"}');
    writeFileSync(join(twins, '2.json'), '{"text": "Foo Inc bought Bar Ltd.", "id": "same"}');
    expect(run(['enqueue', twins, '--redis', redisUrl, '--queue', q]).code).toBe(0);
    expect(await exited(startWorker(redisUrl, q, ['-c', '1', '--until-empty', '-q']))).toBe(0);
    const out = join(dir, 'twins.jsonl');
    expect(run(['collect', '--redis', redisUrl, '--queue', q, '--out', out]).code).toBe(0);
    const sort = (t: string) => t.split('\n').filter(Boolean).sort();
    expect(sort(readFileSync(out, 'utf8'))).toEqual(sort(run(['extract', twins, '--quiet']).stdout));
    expect(sort(readFileSync(out, 'utf8'))).toHaveLength(2);
  });

  it('--batch puts that many articles in a job; whether an article is there is decided per article', async () => {
    const q = freshQueue('batch');
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    for (const f of ['a.txt', 'b.md', 'c.txt', 'd.bin.txt', 'e.jsonl']) writeFileSync(join(folder, f), readFileSync(join(dir, 'in', f)));
    const enq = (batch: string) => run(['enqueue', folder, '--redis', redisUrl, '--queue', q, '--batch', batch]);
    expect(enq('2').stderr).toMatch(/enqueued 6 articles in 3 jobs .* 0 already there/);
    expect(await redis.llen(`dealwire:${q}:wait`)).toBe(3);
    // Grouped otherwise, the same articles are still there: nothing is added.
    expect(enq('4').stderr).toMatch(/enqueued 0 articles in 0 jobs .* 6 already there/);
    // A new article among them is a job of its own.
    writeFileSync(join(folder, 'f.txt'), 'Corvane Holdings Ltd agreed to buy Vantry Foods Ltd for $12 million.\n');
    expect(enq('4').stderr).toMatch(/enqueued 1 article in 1 job .* 6 already there/);
    expect(await redis.llen(`dealwire:${q}:wait`)).toBe(4);
    expect(run(['enqueue', folder, '--redis', redisUrl, '--queue', q, '--batch', '0']).code).toBe(2);

    // Notes lost (as if an enqueue had been killed between noting its articles and adding their
    // jobs, and another had then carried them): the same articles in two more jobs. collect still
    // writes each article once.
    await redis.del(`dealwire:${q}:dw:queued`);
    expect(enq('5').stderr).toMatch(/enqueued 7 articles in 2 jobs .* 0 already there/);
    expect(await exited(startWorker(redisUrl, q, ['-c', '1', '--until-empty', '-q']))).toBe(0);
    const out = join(dir, 'batch.jsonl');
    const c = run(['collect', '--redis', redisUrl, '--queue', q, '--out', out]);
    expect(c.stderr).toMatch(/collected 4 articles, .* 3 failed .* 7 already in it/);
    const ref = run(['extract', folder, '--quiet']);
    expect(bySource(readFileSync(out, 'utf8'))).toEqual(bySource(ref.stdout)); // throws on a source written twice
    expect(await redis.zcard(`dealwire:${q}:completed`)).toBe(0);
    expect(await redis.hlen(`dealwire:${q}:dw:queued`)).toBe(0);
    expect(enq('2').stderr).toMatch(/enqueued 0 articles in 0 jobs .* 7 already there/);
  });

  it('a job holds fewer articles when they are large (8 MB of text at most, unless one is larger)', () => {
    const q = freshQueue('big-jobs');
    const folder = join(dir, 'large');
    mkdirSync(folder);
    const story = 'Halvorsen Industries Inc acquired Pellworth Corp for $30 million. '.repeat(48_000); // 3.1 MB
    for (const n of ['1', '2', '3']) writeFileSync(join(folder, `${n}.txt`), story + n);
    expect(run(['enqueue', folder, '--redis', redisUrl, '--queue', q]).stderr).toMatch(/enqueued 3 articles in 2 jobs/);
  });

  it('an enqueue killed between noting its articles and adding their jobs loses none of them', async () => {
    const q = freshQueue('noted');
    const a = join(dir, 'in', 'a.txt');
    const id = jobIdOf({ ok: true, source: a, text: readFileSync(a, 'utf8'), format: 'text', warnings: [] });
    // Noted as carried by a job that was never added.
    await redis.hset(`dealwire:${q}:dw:queued`, id, 'b0000000000000000000000000000000000000000');
    expect(run(['enqueue', a, '--redis', redisUrl, '--queue', q]).stderr).toMatch(/enqueued 1 article in 1 job .* 0 already there/);
    expect(run(['enqueue', a, '--redis', redisUrl, '--queue', q]).stderr).toMatch(/enqueued 0 articles in 0 jobs .* 1 already there/);
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
    // Stories of fifteen sentences (some 6 ms each): the worker is far from done when stopped.
    const story = (i: number) => Array.from({ length: 15 }, (_, k) => `Halvorsen Industries Inc acquired Pellworth Corp ${i} for $${i + k + 1} million on Monday, the companies said.`).join(' ');
    for (let i = 0; i < 2000; i++) writeFileSync(join(many, `s${i}.txt`), story(i) + '\n');
    expect(run(['enqueue', many, '--redis', redisUrl, '--queue', q, '--batch', '10']).code).toBe(0);
    const w = startWorker(redisUrl, q, ['-c', '1']);
    await waitFor(async () => (await redis.zcard(`dealwire:${q}:completed`)) >= 20, 20_000, 'the worker to finish 20 jobs');
    const s = JSON.parse((await runAsync(['status', '--redis', redisUrl, '--queue', q, '--json'])).stdout);
    expect(s.workers).toEqual([`${hostname()}:${w.pid}`]);
    expect(s.done).toBeGreaterThanOrEqual(20);
    w.kill('SIGTERM');
    expect(await exited(w)).toBe(0);
    expect(w.stderrText()).toMatch(/stopped: \d+ articles/);
    // Nothing is left half-done: no job active, every finished one has its results.
    expect(await redis.llen(`dealwire:${q}:active`)).toBe(0);
    const done = await redis.zcard(`dealwire:${q}:completed`);
    expect(done).toBeLessThan(200);
    expect(done + (await redis.llen(`dealwire:${q}:wait`))).toBe(200);
    for (const id of await redis.zrange(`dealwire:${q}:completed`, 0, -1)) {
      expect(JSON.parse((await redis.hget(`dealwire:${q}:${id}`, 'returnvalue'))!).lines).toHaveLength(10);
    }
  });
});
