import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { PREFIX } from '../distributed/names.js';
import type { JobData } from '../distributed/queue.js';
import { DistributedWorker } from '../distributed/worker.js';

/**
 * `node dist/bench/distributed.js [FOLDER] [--count N] [--noop N] [--redis URL]`: the queue's cost.
 *
 *  - `extract --jobs 2` against enqueue + 2 single-thread workers + collect on the same articles
 *    (default: the first 5,000 Reuters stories of ../shared by name, linked, never copied), and
 *    1 worker against 2;
 *  - the queue alone: no-op jobs through 1 and 2 workers, and Redis's CPU time per job, which says
 *    how many workers one Redis can feed.
 *
 * Starts a redis-server of its own (persistence off) unless given --redis. Prints figures; asserts
 * nothing but that every run wrote one line per article.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli/main.js');
const args = process.argv.slice(2);

if (args[0] === '--noop-worker') await noopWorker(args[1]!, args[2]!);
else await main();

async function main(): Promise<void> {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(flag('--count') ?? 5000);
  const noopJobs = Number(flag('--noop') ?? 20000);
  const values = new Set([flag('--count'), flag('--noop'), flag('--redis')]);
  const folder = args.find((a) => !a.startsWith('--') && !values.has(a)) ?? join(root, '../shared/reuters21578/articles');
  if (!existsSync(folder)) {
    process.stderr.write(`bench: no folder ${folder}; give one: node dist/bench/distributed.js FOLDER\n`);
    process.exit(2);
  }
  const server = flag('--redis') ? null : await startRedis();
  const url = flag('--redis') ?? server!.url;
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const work = mkdtempSync(join(tmpdir(), 'dealwire-dbench-'));
  try {
    // The first N articles by name, as links: the text stays where it is.
    const dir = join(work, 'articles');
    spawnSync('mkdir', [dir]);
    const names = readdirSync(folder).filter((n) => !n.startsWith('.')).sort().slice(0, count);
    for (const n of names) symlinkSync(join(folder, n), join(dir, n));
    const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
    const out = (s: string) => process.stdout.write(s + '\n');
    out(`dealwire distributed bench: ${names.length} articles from ${folder}  (node ${process.version}, ${availableParallelism()} cores, Redis at ${url})`);
    out(`load average before: ${load()}`);

    const ref = join(work, 'extract.jsonl');
    const tExtract = time(() => runCli(['extract', dir, '--jobs', '2', '--quiet', '--out', ref]));
    const want = sortedLines(ref);
    const rate = (ms: number) => `${(names.length / (ms / 1000)).toFixed(0).padStart(5)} articles/s`;
    out(`${'extract --jobs 2'.padEnd(46)} ${(tExtract / 1000).toFixed(2).padStart(6)} s  ${rate(tExtract)}`);
    // How far the pipeline itself gains from a second thread on this machine, queue or not.
    const tExtract1 = time(() => runCli(['extract', dir, '--jobs', '1', '--quiet', '--out', join(work, 'extract1.jsonl')]));
    out(`${'extract --jobs 1'.padEnd(46)} ${(tExtract1 / 1000).toFixed(2).padStart(6)} s  ${rate(tExtract1)}  (--jobs 2 is ${(tExtract1 / tExtract).toFixed(2)}x faster)`);

    const runs: Record<number, number> = {};
    const redisPerJob: Record<number, number> = {};
    for (const workers of [2, 1]) {
      const q = `bench-${workers}w-${process.pid}`;
      const file = join(work, `${q}.jsonl`);
      const cpu0 = await redisCpu(redis);
      const t0 = performance.now();
      // As a batch runs: enqueue starts; once it has claimed the queue, the workers start and
      // take jobs while it adds more, and collect follows the queue to its end.
      const enq = startCli(['enqueue', dir, '--redis', url, '--queue', q, '--quiet']);
      const enqDone = exitOf(enq, 'enqueue');
      while (enq.exitCode === null && (await redis.zcard(`${PREFIX}:${q}:dw:enqueuing`)) === 0) await new Promise((r) => setTimeout(r, 10));
      const ws = Array.from({ length: workers }, () => startCli(['worker', '--redis', url, '--queue', q, '--concurrency', '1', '--until-empty', '--quiet']));
      const col = startCli(['collect', '--redis', url, '--queue', q, '--out', file, '--follow', '--quiet']);
      await enqDone;
      const tEnq = performance.now() - t0;
      await Promise.all([...ws.map((w) => exitOf(w, 'worker')), exitOf(col, 'collect', [0, 1])]);
      const total = performance.now() - t0;
      runs[workers] = total;
      redisPerJob[workers] = ((await redisCpu(redis)) - cpu0) / names.length;
      const same = sortedLines(file);
      const ok = same.length === want.length && same.every((l, i) => l === want[i]);
      out(
        `${`enqueue + ${workers} worker${workers > 1 ? 's' : ' '} x 1 thread + collect`.padEnd(46)} ${(total / 1000).toFixed(2).padStart(6)} s  ${rate(total)}` +
          `  (enqueue done after ${(tEnq / 1000).toFixed(2)} s; Redis CPU ${(redisPerJob[workers]! * 1e6).toFixed(0)} µs per article; ${ok ? 'same lines as extract' : 'LINES DIFFER FROM EXTRACT'})`,
      );
    }
    out(`queue overhead, 2 single-thread workers vs extract --jobs 2: ${((runs[2]! / tExtract - 1) * 100).toFixed(1)}%   (target: under 15%)`);
    out(`speed-up 2 workers vs 1: ${(runs[1]! / runs[2]!).toFixed(2)}x`);
    const perThread = names.length / (runs[1]! / 1000);
    out(
      `one Redis core, at ${(redisPerJob[2]! * 1e6).toFixed(0)} µs per article (enqueue, work, collect), serves about ${(1 / redisPerJob[2]!).toFixed(0)} articles/s: ` +
        `about ${(1 / redisPerJob[2]! / perThread).toFixed(0)} single-thread workers at the ${perThread.toFixed(0)} articles/s of one here`,
    );

    // What a waiting job costs Redis in memory (the queue is RAM): enqueue with no worker.
    {
      const q = `bench-mem-${process.pid}`;
      const mem0 = await usedMemory(redis);
      const tEnq = time(() => runCli(['enqueue', dir, '--redis', url, '--queue', q, '--quiet']));
      const perJob = ((await usedMemory(redis)) - mem0) / names.length;
      const textBytes = names.reduce((a, n) => a + statSync(join(folder, n)).size, 0) / names.length;
      out(`enqueue alone: ${(tEnq / 1000).toFixed(2)} s (${(names.length / (tEnq / 1000)).toFixed(0)} jobs/s); Redis memory per waiting job ${(perJob / 1024).toFixed(1)} KB, for articles of ${(textBytes / 1024).toFixed(1)} KB on average`);
      const queue = new Queue<JobData>(q, { connection: redis, prefix: PREFIX });
      await queue.obliterate({ force: true });
      await queue.close();
    }

    // The queue alone: no-op jobs, added in bulk, then taken and finished by 1 and 2 workers.
    for (const workers of [1, 2]) {
      const q = `noop-${workers}w-${process.pid}`;
      const queue = new Queue<JobData>(q, { connection: redis, prefix: PREFIX });
      const tAdd = performance.now();
      for (let i = 0; i < noopJobs; i += 1000) {
        const batch = Array.from({ length: Math.min(1000, noopJobs - i) }, (_, k) => ({
          name: 'article',
          data: { a: { ok: true as const, source: `noop-${i + k}`, text: 'x', format: 'text' as const, warnings: [] }, s: 'noop' },
          opts: { jobId: `n${i + k}` },
        }));
        await queue.addBulk(batch);
      }
      const addMs = performance.now() - tAdd;
      const cpu0 = await redisCpu(redis);
      const t0 = performance.now();
      const ws = Array.from({ length: workers }, () => startNode([fileURLToPath(import.meta.url), '--noop-worker', url, q]));
      await Promise.all(ws.map((w) => exitOf(w, 'no-op worker')));
      const ms = performance.now() - t0;
      const cpuPerJob = ((await redisCpu(redis)) - cpu0) / noopJobs;
      await queue.obliterate({ force: true });
      await queue.close();
      out(
        `queue alone, ${noopJobs} no-op jobs, ${workers} worker${workers > 1 ? 's' : ' '}: ${(noopJobs / (ms / 1000)).toFixed(0).padStart(5)} jobs/s` +
          `  (added at ${(noopJobs / (addMs / 1000)).toFixed(0)} jobs/s; Redis CPU ${(cpuPerJob * 1e6).toFixed(0)} µs per job, so one Redis core serves about ${(1 / cpuPerJob).toFixed(0)} jobs/s)`,
      );
    }
    out(`load average after: ${load()}`);
  } finally {
    await redis.quit();
    if (server) await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** A worker whose jobs do nothing: what the queue costs per job, start to finish. */
async function noopWorker(url: string, queue: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const w = new DistributedWorker(redis, { queue, threads: 1, process: async (a) => ({ source: a.source, line: '{}', deals: 0, failed: false }) });
  w.on('error', (e) => process.stderr.write(`noop worker: ${e.message}\n`));
  const q = new Queue(queue, { connection: redis, prefix: PREFIX });
  for (let empty = 0; empty < 2; ) {
    await new Promise((r) => setTimeout(r, 100));
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    empty = Object.values(c).every((x) => x === 0) ? empty + 1 : 0;
  }
  await w.close();
  await q.close();
  await redis.quit();
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function runCli(argv: string[], okCodes = [0]): void {
  const r = spawnSync(process.execPath, [cli, ...argv], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (!okCodes.includes(r.status ?? -1)) throw new Error(`dealwire ${argv.join(' ')}: exit ${r.status}\n${r.stderr}`);
}

function startCli(argv: string[]): ChildProcess {
  return startNode([cli, ...argv]);
}

function startNode(argv: string[]): ChildProcess {
  return spawn(process.execPath, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
}

function exitOf(child: ChildProcess, what: string, okCodes = [0]): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (code: number | null) => (okCodes.includes(code ?? -1) ? resolve() : reject(new Error(`${what} exited with ${code}`)));
    if (child.exitCode !== null) check(child.exitCode);
    else child.once('exit', check);
  });
}

function sortedLines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).sort();
}

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
}

/** Seconds of CPU Redis has used, user and system. */
async function redisCpu(redis: Redis): Promise<number> {
  const info = await redis.info('cpu');
  return Number(/used_cpu_user:([\d.]+)/.exec(info)![1]) + Number(/used_cpu_sys:([\d.]+)/.exec(info)![1]);
}

async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
  const dir = mkdtempSync(join(tmpdir(), 'dealwire-dbench-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  // However the bench ends, its redis-server ends with it.
  const kill = () => {
    if (child.exitCode === null) process.kill(child.pid!, 'SIGTERM');
  };
  process.once('exit', kill);
  for (let tries = 0; ; tries++) {
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, disconnectTimeout: 50 });
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.quit();
      break;
    } catch (e) {
      probe.disconnect();
      if (tries > 100) {
        kill();
        throw e;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    stop: async () => {
      process.off('exit', kill);
      kill();
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
