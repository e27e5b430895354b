import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bin, bySource, exited, freshQueue, redisAt, run, startWorker, waitFor } from './helpers.js';

const url = inject('redisUrl');
const COUNT = 1000;

const BUYERS = ['Halvorsen Industries Inc', 'Corvane Holdings Ltd', 'Tesseric Labs Inc', 'Brightwater Capital LLC', 'Okonkwo Mining Plc', 'Larsen & Dahl AS'];
const TARGETS = ['Pellworth Corp', 'Marlow Ventures LLC', 'Quillon Systems Inc', 'Vantry Foods Ltd', 'Esterline Bank', 'Nordvik Shipping ASA'];
const DAYS = ['on Monday', 'on Wednesday', 'last week', 'in the third quarter', 'yesterday', ''];

/** Short synthetic newswire stories of a few kinds, some with their own date, in ten folders. */
function makeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dealwire-kill-'));
  for (let i = 0; i < COUNT; i++) {
    const a = BUYERS[i % BUYERS.length]!;
    const b = TARGETS[(i * 7) % TARGETS.length]!;
    const day = DAYS[i % DAYS.length]!;
    const n = (i % 97) + 3;
    const lead = [
      `${a} acquired ${b} for $${n} million ${day}.`,
      `${a} agreed to buy a ${(i % 40) + 5}% stake in ${b} ${day}, the companies said.`,
      `${b} raised $${n} million in a Series ${'ABC'[i % 3]} round led by ${a} ${day}.`,
      `${a} and ${b} agreed to merge in an all-stock deal valued at ${n} billion euros.`,
      `${a} said it had sold its ${b} unit to a group of investors for ${n} million pounds ${day}.`,
    ][i % 5]!;
    const front = i % 3 === 0 ? '' : `---\npublished: 2024-0${(i % 9) + 1}-${String((i % 27) + 1).padStart(2, '0')}\n---\n`;
    const body = `${front}${lead}\n\nThe deal is subject to regulatory approval and is expected to close next year. ` +
      `Shares of ${a.split(' ')[0]} rose ${(i % 9) + 1} pct in early trading.\n`;
    const sub = join(dir, `wire-${i % 10}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `story-${String(i).padStart(4, '0')}.txt`), body);
  }
  return dir;
}

describe.skipIf(!url)('a worker killed midway', () => {
  const redisUrl = url!;
  let dir: string;
  let redis: ReturnType<typeof redisAt>;
  beforeAll(() => {
    dir = makeFolder();
    redis = redisAt(redisUrl);
  });
  let outDir: string;
  afterAll(async () => {
    await redis?.quit();
    for (const d of [dir, outDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it(`loses nothing: collect yields each of ${COUNT} articles once, with the records extract gives`, async () => {
    const q = freshQueue('kill');
    // Jobs of 10 articles: a hundred of them, so that the kill comes with most still to do.
    const enq = run(['enqueue', dir, '--redis', redisUrl, '--queue', q, '--batch', '10']);
    expect(enq.code).toBe(0);
    expect(enq.stderr).toContain(`enqueued ${COUNT} articles in ${COUNT / 10} jobs`);

    // Two workers, each a process of its own as on two machines; short locks so that the killed
    // one's jobs come back within seconds rather than BullMQ's default 30 s.
    const a = startWorker(redisUrl, q, ['--concurrency', '1', '--lock-ms', '1500', '-q']);
    const b = startWorker(redisUrl, q, ['--concurrency', '1', '--lock-ms', '1500', '--until-empty', '-q']);
    const completed = () => redis.zcard(`dealwire:${q}:completed`);
    await waitFor(async () => (await completed()) >= COUNT / 10 / 4, 40_000, 'a quarter of the jobs to finish');

    // Kill A while it holds jobs: they stay "active" under its name until its locks run out.
    const aName = `${hostname()}:${a.pid}`;
    a.kill('SIGKILL');
    await exited(a);
    const queue = new Queue(q, { connection: redis, prefix: 'dealwire' });
    const heldByA = (await queue.getJobs(['active'])).filter((j) => j.processedBy === aName);
    expect(heldByA.length).toBeGreaterThan(0);

    // A first collect while B works, then one that follows the queue to its end.
    outDir = mkdtempSync(join(tmpdir(), 'dealwire-kill-out-'));
    const out = join(outDir, 'out.jsonl');
    expect(run(['collect', '--redis', redisUrl, '--queue', q, '--out', out, '-q']).code).toBe(0);
    const follow = spawnSync(process.execPath, [bin, 'collect', '--redis', redisUrl, '--queue', q, '--out', out, '--follow'], { encoding: 'utf8', timeout: 40_000 });
    expect(follow.status).toBe(0);
    expect(await exited(b)).toBe(0);

    // Reference: extract on the same files. Lines are compared whole, by source.
    const ref = spawnSync(process.execPath, [bin, 'extract', dir, '--quiet', '--jobs', '2'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(ref.status).toBe(0);
    const want = bySource(ref.stdout);
    const got = bySource(readFileSync(out, 'utf8')); // throws on any source written twice
    expect(got.size).toBe(COUNT);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [source, line] of want) expect(got.get(source), source).toBe(line);
    expect([...want.values()].some((l) => (JSON.parse(l) as { deals: unknown[] }).deals.length > 0)).toBe(true);

    const s = JSON.parse(run(['status', '--redis', redisUrl, '--queue', q, '--json']).stdout);
    expect(s).toMatchObject({ waiting: 0, active: 0, retrying: 0, done: COUNT / 10, failed: 0, toCollect: 0, collected: COUNT, collectedErrors: 0, articles: 0 });
  }, 60_000);
});
