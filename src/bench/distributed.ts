import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DEFAULT_BATCH, PREFIX } from '../distributed/names.js';
import type { JobData } from '../distributed/queue.js';
import { DistributedWorker } from '../distributed/worker.js';

/**
 * `node dist/bench/distributed.js [FOLDER] [--count N] [--reps R] [--batch K[,K...]] [--noop N] [--redis URL]`:
 * what the queue costs.
 *
 *  - `extract --jobs 2` against enqueue + 2 single-thread workers + collect on the same articles
 *    (default: the first 5,000 Reuters stories of ../shared by name, linked, never copied), and
 *    against 1 worker of 2 threads (one machine's usual set-up); `extract --jobs 1` against 1
 *    single-thread worker; jobs of K articles (default: enqueue's default);
 *  - R rounds (default 3) of those runs, one after the other, in turn extract first and queue
 *    first, so that a load that comes and goes on a shared machine weighs on both sides alike;
 *    per run its time and the CPU time of all its processes (Redis's included); then the medians
 *    and the spread (lowest to highest);
 *  - the queue alone (unless --noop 0): N no-op articles (default 20,000) through 1 and 2 workers,
 *    one job per article and K per job, and Redis's CPU time per article, which says how many
 *    workers one Redis can feed.
 *
 * A queue run starts enqueue and the workers at once, and `collect --follow` once enqueue has
 * claimed the queue, as a user runs a batch; it ends when collect has written (and fsynced) the
 * last line. The workers are then stopped with SIGTERM (the time until they have exited is printed
 * too). Every process runs from a copy of dist/ taken when the bench starts, so that a rebuild
 * meanwhile does not change what is measured halfway. Starts a redis-server of its own
 * (persistence off) unless given --redis. Prints figures; asserts nothing but that every run wrote
 * the lines `extract` writes.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
/** The copy of dist/ every process of the bench runs from (main() sets it). */
let snapshot = root;
const cliPath = () => join(snapshot, 'dist/cli/main.js');

/**
 * Loaded first in every process the bench starts: adds the process's command (extract, enqueue, ...)
 * and CPU time (all its threads, in µs) to a file, at exit.
 */
const CPU_HOOK =
  'data:text/javascript,import{appendFileSync}from"node:fs";process.on("exit",()=>{const f=process.env.DEALWIRE_BENCH_CPU;' +
  'if(f){const u=process.cpuUsage();appendFileSync(f,`${process.argv[2]} ${u.user+u.system}\\n`)}})';

if (args[0] === '--noop-worker') await noopWorker(args[1]!, args[2]!);
else await main();

interface Run {
  ms: number;
  /** CPU seconds of all the run's processes, Redis's included. */
  cpu: number;
}

async function main(): Promise<void> {
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(flag('--count') ?? 5000);
  const reps = Number(flag('--reps') ?? 3);
  const batches = (flag('--batch') ?? String(DEFAULT_BATCH)).split(',').map(Number);
  const noopArticles = Number(flag('--noop') ?? 20000);
  const values = new Set(['--count', '--reps', '--batch', '--noop', '--redis'].map(flag));
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
    snapshot = join(work, 'dealwire');
    mkdirSync(snapshot);
    cpSync(join(root, 'dist'), join(snapshot, 'dist'), { recursive: true });
    copyFileSync(join(root, 'package.json'), join(snapshot, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(snapshot, 'node_modules'));
    // The first N articles by name, as links: the text stays where it is.
    const dir = join(work, 'articles');
    mkdirSync(dir);
    const names = readdirSync(folder).filter((n) => !n.startsWith('.')).sort().slice(0, count);
    for (const n of names) symlinkSync(join(folder, n), join(dir, n));
    const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
    const out = (s: string) => process.stdout.write(s + '\n');
    out(`dealwire distributed bench: ${names.length} articles from ${folder}  (node ${process.version}, ${availableParallelism()} cores, Redis at ${url})`);
    out(`${reps} round${reps === 1 ? '' : 's'}, jobs of ${batches.join(' / ')} articles; load average before: ${load()}`);

    let want: string[] | null = null;
    const runs = new Map<string, Run[]>();
    const rate = (ms: number) => `${(names.length / (ms / 1000)).toFixed(0).padStart(5)} articles/s`;
    const show = (rep: number, label: string, r: Run, more = '') =>
      out(`  round ${rep}  ${label.padEnd(56)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${rate(r.ms)}  CPU ${r.cpu.toFixed(2).padStart(5)} s${more}`);
    let n = 0;
    for (let rep = 1; rep <= reps; rep++) {
      // Each extract beside the queue runs with as many extraction threads in all.
      for (const [threads, shapes] of [[2, [[2, 1], [1, 2]]], [1, [[1, 1]]]] as Array<[number, Array<[number, number]>]>) {
        const extractRun = async () => {
          const label = `extract --jobs ${threads}`;
          const file = join(work, `extract-${++n}.jsonl`);
          const cpuFile = join(work, `cpu-${n}.txt`);
          const t0 = performance.now();
          await exitOf(startCli(['extract', dir, '--jobs', String(threads), '--quiet', '--out', file], cpuFile), label);
          const r = { ms: performance.now() - t0, cpu: cpuOf(cpuFile) };
          runs.set(label, [...(runs.get(label) ?? []), r]);
          want ??= sortedLines(file);
          const differ = linesDiffer(file, want);
          show(rep, label, r, differ === null ? '' : `  LINES DIFFER FROM THE FIRST EXTRACT: ${differ}`);
          rmSync(file);
        };
        const queueRuns = async () => {
          for (const [workers, perWorker] of shapes) {
            for (const batch of batches) {
              const label = queueLabel(workers, perWorker, batch);
              const r = await queueRun(redis, url, dir, work, `bench-${++n}-${process.pid}`, workers, perWorker, batch);
              runs.set(label, [...(runs.get(label) ?? []), r]);
              show(
                rep,
                label,
                r,
                ` (${r.by})  (Redis ${((r.redisCpu * 1e6) / names.length).toFixed(0)} µs per article; enqueue ended at ${(r.enqMs / 1000).toFixed(2)} s, the workers at ${(r.allMs / 1000).toFixed(2)} s; ` +
                  `${want ? ((d) => (d === null ? 'same lines as extract' : `LINES DIFFER FROM EXTRACT: ${d}`))(linesDiffer(r.file, want)) : 'no extract to compare with'})`,
              );
              rmSync(r.file);
            }
          }
        };
        // Extract first in odd rounds, the queue first in even ones.
        if (rep % 2 === 1 || want === null) {
          await extractRun();
          await queueRuns();
        } else {
          await queueRuns();
          await extractRun();
        }
      }
    }
    out(`median of ${reps} (lowest - highest):`);
    for (const [label, rs] of runs) {
      const ms = rs.map((r) => r.ms);
      const cpu = rs.map((r) => r.cpu);
      out(
        `  ${label.padEnd(56)} ${(median(ms) / 1000).toFixed(2).padStart(6)} s  ${rate(median(ms))}  (${(Math.min(...ms) / 1000).toFixed(2)} - ${(Math.max(...ms) / 1000).toFixed(2)} s)` +
          `  CPU ${median(cpu).toFixed(2)} s (${Math.min(...cpu).toFixed(2)} - ${Math.max(...cpu).toFixed(2)})`,
      );
    }
    for (const batch of batches) {
      for (const [workers, perWorker] of [[2, 1], [1, 2], [1, 1]] as Array<[number, number]>) {
        const threads = workers * perWorker;
        const q = runs.get(queueLabel(workers, perWorker, batch))!;
        const e = runs.get(`extract --jobs ${threads}`)!;
        // Per round too: the runs of a round ran under much the same load.
        const perRound = q.map((r, i) => r.ms / e[i]!.ms - 1);
        out(
          `queue overhead, jobs of ${batch}, ${workers} worker${workers > 1 ? 's' : ''} x ${perWorker} thread${perWorker > 1 ? 's' : ''} vs extract --jobs ${threads}: ` +
            `time ${pct(median(q.map((r) => r.ms)) / median(e.map((r) => r.ms)) - 1)} (medians; per round ${perRound.map(pct).join(', ')}; their median ${pct(median(perRound))}), ` +
            `CPU ${pct(median(q.map((r) => r.cpu)) / median(e.map((r) => r.cpu)) - 1)}${workers === 2 ? '   (target: time under +15%)' : ''}`,
        );
      }
      const med = (label: string) => median(runs.get(label)!.map((r) => r.ms));
      out(
        `speed-up, jobs of ${batch}, 2 single-thread workers vs 1: ${(med(queueLabel(1, 1, batch)) / med(queueLabel(2, 1, batch))).toFixed(2)}x   ` +
          `(extract --jobs 2 vs --jobs 1: ${(med('extract --jobs 1') / med('extract --jobs 2')).toFixed(2)}x)`,
      );
    }

    // What a waiting article costs Redis in memory (the queue is RAM): enqueue with no worker.
    for (const batch of batches) {
      const q = `bench-mem-${batch}-${process.pid}`;
      const mem0 = await usedMemory(redis);
      const t0 = performance.now();
      await exitOf(startCli(['enqueue', dir, '--redis', url, '--queue', q, '--batch', String(batch), '--quiet']), 'enqueue');
      const tEnq = performance.now() - t0;
      const perArticle = ((await usedMemory(redis)) - mem0) / names.length;
      const textBytes = names.reduce((a, n) => a + statSync(join(folder, n)).size, 0) / names.length;
      out(
        `enqueue alone, jobs of ${batch}: ${(tEnq / 1000).toFixed(2)} s (${(names.length / (tEnq / 1000)).toFixed(0)} articles/s); ` +
          `Redis memory per waiting article ${(perArticle / 1024).toFixed(1)} KB, for articles of ${(textBytes / 1024).toFixed(1)} KB on average`,
      );
      const queue = new Queue<JobData>(q, { connection: redis, prefix: PREFIX });
      await queue.obliterate({ force: true });
      await queue.close();
    }

    // The queue alone: no-op articles, added in bulk, then taken and finished by 1 and 2 workers.
    for (const batch of noopArticles > 0 ? [...new Set([1, ...batches])] : []) {
      for (const workers of [1, 2]) {
        const q = `noop-${batch}-${workers}w-${process.pid}`;
        const queue = new Queue<JobData>(q, { connection: redis, prefix: PREFIX });
        const tAdd = performance.now();
        const jobs = Array.from({ length: Math.ceil(noopArticles / batch) }, (_, j) => {
          const ids = Array.from({ length: Math.min(batch, noopArticles - j * batch) }, (_, k) => `a${j * batch + k}`);
          return {
            name: 'articles',
            data: { b: ids.map((id) => ({ ok: true as const, source: `noop-${id}`, text: 'x', format: 'text' as const, warnings: [] })), ids, s: 'noop' },
            opts: { jobId: `n${j}` },
          };
        });
        for (let i = 0; i < jobs.length; i += 1000) await queue.addBulk(jobs.slice(i, i + 1000));
        const addMs = performance.now() - tAdd;
        const cpu0 = await redisCpu(redis);
        const t0 = performance.now();
        const ws = Array.from({ length: workers }, () => startNode([join(snapshot, 'dist/bench/distributed.js'), '--noop-worker', url, q]));
        await Promise.all(ws.map((w) => exitOf(w, 'no-op worker')));
        const ms = performance.now() - t0;
        const cpuPerArticle = ((await redisCpu(redis)) - cpu0) / noopArticles;
        await queue.obliterate({ force: true });
        await queue.close();
        out(
          `queue alone, ${noopArticles} no-op articles in jobs of ${batch}, ${workers} worker${workers > 1 ? 's' : ' '}: ${(noopArticles / (ms / 1000)).toFixed(0).padStart(6)} articles/s` +
            `  (added at ${(noopArticles / (addMs / 1000)).toFixed(0)} articles/s; Redis CPU ${(cpuPerArticle * 1e6).toFixed(1)} µs per article, so one Redis core serves about ${(1 / cpuPerArticle).toFixed(0)} articles/s)`,
        );
      }
    }
    out(`load average after: ${load()}`);
  } finally {
    await redis.quit();
    if (server) await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function queueLabel(workers: number, threads: number, batch: number): string {
  return `enqueue + ${workers} worker${workers > 1 ? 's' : ''} x ${threads} thread${threads > 1 ? 's' : ''} + collect, jobs of ${batch}`;
}

function pct(x: number): string {
  return `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
}

/**
 * One batch through the queue: enqueue and `workers` workers of `threads` threads started at once, and
 * `collect --follow`. Times until collect has ended (every line written and fsynced), until enqueue
 * ended, and until the workers, stopped with SIGTERM then, have exited.
 */
async function queueRun(redis: Redis, url: string, dir: string, work: string, q: string, workers: number, threads: number, batch: number) {
  const file = join(work, `${q}.jsonl`);
  const cpuFile = join(work, `${q}.cpu`);
  const cpu0 = await redisCpu(redis);
  const t0 = performance.now();
  const enq = startCli(['enqueue', dir, '--redis', url, '--queue', q, '--batch', String(batch), '--quiet'], cpuFile);
  const ws = Array.from({ length: workers }, () => startCli(['worker', '--redis', url, '--queue', q, '--concurrency', String(threads), '--quiet'], cpuFile));
  let enqMs = 0;
  const enqDone = exitOf(enq, 'enqueue').then(() => {
    enqMs = performance.now() - t0;
  });
  // collect --follow ends when nothing is waiting and no enqueue runs: it starts, as a user starts
  // it, once enqueue has claimed the queue.
  while (enq.exitCode === null && (await redis.zcard(`${PREFIX}:${q}:dw:enqueuing`)) === 0) await new Promise((r) => setTimeout(r, 10));
  const col = startCli(['collect', '--redis', url, '--queue', q, '--out', file, '--follow', '--quiet'], cpuFile);
  await Promise.all([enqDone, exitOf(col, 'collect', [0, 1])]);
  const ms = performance.now() - t0;
  for (const w of ws) w.kill('SIGTERM');
  await Promise.all(ws.map((w) => exitOf(w, 'worker')));
  const allMs = performance.now() - t0;
  const redisCpuUsed = (await redisCpu(redis)) - cpu0;
  const queue = new Queue<JobData>(q, { connection: redis, prefix: PREFIX });
  await queue.obliterate({ force: true });
  await queue.close();
  const by = Object.entries({ ...cpuBy(cpuFile), redis: redisCpuUsed }).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
  return { file, ms, enqMs, allMs, redisCpu: redisCpuUsed, cpu: cpuOf(cpuFile) + redisCpuUsed, by };
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

/** The CPU seconds the processes that wrote to `file` (CPU_HOOK) used, in all and by command. */
function cpuOf(file: string): number {
  return Object.values(cpuBy(file)).reduce((a, b) => a + b, 0);
}

function cpuBy(file: string): Record<string, number> {
  const by: Record<string, number> = {};
  if (!existsSync(file)) return by;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [cmd, us] = line.split(' ');
    if (cmd && us) by[cmd] = (by[cmd] ?? 0) + Number(us) / 1e6;
  }
  return by;
}

/** `dealwire ARGS` from the snapshot; with `cpuFile`, its CPU time is added to that file at exit. */
function startCli(argv: string[], cpuFile?: string): ChildProcess {
  return startNode([cliPath(), ...argv], cpuFile);
}

function startNode(argv: string[], cpuFile?: string): ChildProcess {
  const pre = cpuFile ? ['--import', CPU_HOOK] : [];
  return spawn(process.execPath, [...pre, ...argv], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEALWIRE_BENCH_CPU: cpuFile ?? '' } });
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

/** null when FILE holds exactly the lines `want` (in any order); else what differs, by source. */
function linesDiffer(path: string, want: string[]): string | null {
  const got = sortedLines(path);
  if (got.length === want.length && got.every((l, i) => l === want[i])) return null;
  const bySource = (lines: string[]) => {
    const m = new Map<string, string[]>();
    for (const l of lines) {
      const s = (JSON.parse(l) as { source: string }).source;
      m.set(s, [...(m.get(s) ?? []), l]);
    }
    return m;
  };
  const g = bySource(got);
  const w = bySource(want);
  const missing = [...w.keys()].filter((s) => !g.has(s));
  const extra = [...g.keys()].filter((s) => !w.has(s));
  const twice = [...g].filter(([s, ls]) => ls.length > (w.get(s)?.length ?? 0)).map(([s]) => s);
  const changed = [...w].filter(([s, ls]) => g.has(s) && g.get(s)!.length === ls.length && g.get(s)!.some((l, i) => l !== ls[i])).map(([s]) => s);
  const few = (xs: string[]) => `${xs.length}${xs.length ? ` (${xs.slice(0, 3).join(', ')}${xs.length > 3 ? ', ...' : ''})` : ''}`;
  return `${got.length} lines for ${want.length}; missing ${few(missing)}, extra ${few(extra)}, more than once ${few(twice)}, different ${few(changed)}`;
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
