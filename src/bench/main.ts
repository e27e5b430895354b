import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench [-- FOLDER] [--scale N] [--reps N]`: the batch pipeline over a folder (default: the Reuters
 * stories in ../shared), measured against wink-nlp alone tokenizing the same files on one core, in
 * the same run. Prints figures; asserts nothing.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 0;
// --reps N: each timed run N times, interleaved, keeping the fastest. On a shared machine a run is
// only ever slowed down by others, so the fastest is the closest to what the code costs.
const repsAt = args.indexOf('--reps');
const reps = repsAt >= 0 ? Math.max(1, Number(args[repsAt + 1])) : 1;
const folder = args.filter((a, i) => !a.startsWith('--') && i !== scaleAt + 1 && i !== repsAt + 1)[0] ?? join(root, '../shared/reuters21578/articles');
if (!existsSync(folder)) {
  process.stderr.write(`bench: no folder ${folder}; give one: npm run bench -- FOLDER\n`);
  process.exit(2);
}
const cores = availableParallelism();

interface RunFigures { jobs: number; elapsedMs: number; firstResultMs: number | null; articles: number; failures: number; deals: number; bytes: number; maxRssKb: number }

// The environment the `dealwire` command gives itself (its first line: src/cli/main.ts).
const CLI_ENV = { ...process.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' };

function pipeline(dir: string, jobs: number): RunFigures {
  const out = execFileSync(process.execPath, [join(root, 'dist/bench/run-pipeline.js'), dir, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 20, env: CLI_ENV });
  return JSON.parse(out.trim().split('\n').pop()!) as RunFigures;
}

/** Time from starting the command to its first line of output, on one small article. */
function startupMs(): number {
  const file = join(root, 'corpus/amazon-anthropic-2024-03.txt');
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'extract', file, '--quiet'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return performance.now() - t;
}

/**
 * How far the machine itself scales: wink-nlp alone over the same files split between `cores`
 * processes run at once, against one process doing all of them. Nothing is shared between the
 * processes, so this is the best speed-up any program can get here; on a virtual machine whose
 * cores share a physical one, or a busy host, it can be far below the number of cores.
 */
async function machineScaling(dir: string, oneMs: number): Promise<number> {
  const runs = Array.from({ length: cores }, (_, k) => {
    const child = spawn(process.execPath, [join(root, 'dist/bench/wink-alone.js'), dir, 'default', `${k}/${cores}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    return new Promise<number>((done, fail) => child.on('close', (code) => (code === 0 ? done((JSON.parse(out.trim()) as { ms: number }).ms) : fail(new Error(`wink-alone exited with ${code}`)))));
  });
  // Each process times only its own reading of documents, so start-up is left out, as for one.
  return oneMs / Math.max(...(await Promise.all(runs)));
}

/** wink-nlp alone on one core, in a child process of its own. */
function winkAlone(dir: string, which: 'default' | 'dealwire'): { ms: number; bytes: number; files: number } {
  const out = execFileSync(process.execPath, [join(root, 'dist/bench/wink-alone.js'), dir, which], { encoding: 'utf8' });
  return JSON.parse(out.trim()) as { ms: number; bytes: number; files: number };
}

const mb = (b: number) => b / 1e6;
const line = (label: string, r: RunFigures) =>
  `${label.padEnd(22)} ${(r.elapsedMs / 1000).toFixed(2).padStart(7)} s  ${(r.articles / (r.elapsedMs / 1000)).toFixed(0).padStart(6)} articles/s  ${(mb(r.bytes) / (r.elapsedMs / 1000)).toFixed(2).padStart(6)} MB/s  peak RSS ${(r.maxRssKb / 1024).toFixed(0).padStart(4)} MB  first result ${r.firstResultMs?.toFixed(0)} ms`;

process.stdout.write(`dealwire bench: ${folder}  (node ${process.version}, ${cores} cores)\n`);
const start = startupMs();
process.stdout.write(`start-up to first result (one article, CLI): ${start.toFixed(0)} ms\n`);
const fastest = <T>(list: T[], ms: (x: T) => number): T => list.reduce((a, b) => (ms(b) < ms(a) ? b : a));
const rounds = Array.from({ length: reps }, () => ({
  one: pipeline(folder, 1),
  all: cores > 1 ? pipeline(folder, cores) : null,
  w: winkAlone(folder, 'default'),
  wLite: winkAlone(folder, 'dealwire'),
}));
if (reps > 1) process.stdout.write(`fastest of ${reps} interleaved runs each\n`);
const one = fastest(rounds.map((r) => r.one), (r) => r.elapsedMs);
process.stdout.write(line('pipeline, 1 worker', one) + '\n');
const all = cores > 1 ? fastest(rounds.map((r) => r.all!), (r) => r.elapsedMs) : one;
if (cores > 1) process.stdout.write(line(`pipeline, ${cores} workers`, all) + '\n');
const w = fastest(rounds.map((r) => r.w), (r) => r.ms);
const wLite = fastest(rounds.map((r) => r.wLite), (r) => r.ms);
const winkLine = (label: string, x: { ms: number; bytes: number; files: number }) =>
  `${label.padEnd(22)} ${(x.ms / 1000).toFixed(2).padStart(7)} s  ${(x.files / (x.ms / 1000)).toFixed(0).padStart(6)} articles/s  ${(mb(x.bytes) / (x.ms / 1000)).toFixed(2).padStart(6)} MB/s`;
process.stdout.write(winkLine('wink readDoc alone', w) + '  (default pipeline, one core)\n');
process.stdout.write(winkLine('wink sbd+pos alone', wLite) + '  (the components dealwire uses, one core)\n');
process.stdout.write(`\n${one.articles} articles, ${mb(one.bytes).toFixed(1)} MB, ${one.deals} deals, ${one.failures} failed\n`);
process.stdout.write(`pipeline (${cores} workers) / wink alone (1 core): ${(all.elapsedMs / w.ms).toFixed(2)}x   (target: at most 1.5x)\n`);
process.stdout.write(`speed-up ${cores} workers vs 1: ${(one.elapsedMs / all.elapsedMs).toFixed(2)}x   (target: at least 1.7x on 2 cores)\n`);
if (cores > 1) {
  const machine = await machineScaling(folder, w.ms);
  process.stdout.write(`the machine itself: ${cores} wink-only processes at once vs 1 on the same files: ${machine.toFixed(2)}x   (no program scales better here)\n`);
}

for (const size of [1, 10]) {
  const out = execFileSync(process.execPath, [join(root, 'dist/bench/large-article.js'), folder, String(size)], { encoding: 'utf8' });
  const r = JSON.parse(out.trim()) as { mb: number; ms: number; deals: number; maxRssKb: number };
  process.stdout.write(`one ${r.mb.toFixed(0)} MB article: ${(r.ms / 1000).toFixed(1)} s, peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB, ${r.deals} deals\n`);
}

if (scale > 1) {
  // The same folder copied N times under new names: memory should stay flat as the folder grows.
  const big = mkdtempSync(join(tmpdir(), 'dealwire-bench-'));
  try {
    for (let i = 0; i < scale; i++) cpSync(folder, join(big, `copy-${i}`), { recursive: true });
    const r = pipeline(big, cores);
    process.stdout.write(line(`${scale}x folder, ${cores} workers`, r) + '\n');
    process.stdout.write(`peak RSS ${scale}x folder / 1x folder: ${(r.maxRssKb / all.maxRssKb).toFixed(2)}   (target: within 1.10)\n`);
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
}
