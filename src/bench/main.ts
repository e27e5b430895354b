import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { wink } from '../tokenize/wink.js';

/**
 * `npm run bench [-- FOLDER] [--scale N]`: the batch pipeline over a folder (default: the Reuters
 * stories in ../shared), measured against wink-nlp alone tokenizing the same files on one core, in
 * the same run. Prints figures; asserts nothing.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const scaleAt = args.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(args[scaleAt + 1]) : 0;
const folder = args.filter((a, i) => !a.startsWith('--') && i !== scaleAt + 1)[0] ?? join(root, '../shared/reuters21578/articles');
if (!existsSync(folder)) {
  process.stderr.write(`bench: no folder ${folder}; give one: npm run bench -- FOLDER\n`);
  process.exit(2);
}
const cores = availableParallelism();

interface RunFigures { jobs: number; elapsedMs: number; firstResultMs: number | null; articles: number; failures: number; deals: number; bytes: number; maxRssKb: number }

function pipeline(dir: string, jobs: number): RunFigures {
  const out = execFileSync(process.execPath, [join(root, 'dist/bench/run-pipeline.js'), dir, String(jobs)], { encoding: 'utf8', maxBuffer: 1 << 20 });
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

/** wink-nlp alone: readDoc over every file, one core, files read before the clock starts. */
function winkAlone(dir: string): { ms: number; bytes: number; files: number } {
  const texts: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(name)) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  const nlp = wink();
  nlp.readDoc('Warm up.');
  const t = performance.now();
  let bytes = 0;
  for (const text of texts) {
    nlp.readDoc(text);
    bytes += Buffer.byteLength(text);
  }
  return { ms: performance.now() - t, bytes, files: texts.length };
}

const mb = (b: number) => b / 1e6;
const line = (label: string, r: RunFigures) =>
  `${label.padEnd(22)} ${(r.elapsedMs / 1000).toFixed(2).padStart(7)} s  ${(r.articles / (r.elapsedMs / 1000)).toFixed(0).padStart(6)} articles/s  ${(mb(r.bytes) / (r.elapsedMs / 1000)).toFixed(2).padStart(6)} MB/s  peak RSS ${(r.maxRssKb / 1024).toFixed(0).padStart(4)} MB  first result ${r.firstResultMs?.toFixed(0)} ms`;

process.stdout.write(`dealwire bench: ${folder}  (node ${process.version}, ${cores} cores)\n`);
const start = startupMs();
process.stdout.write(`start-up to first result (one article, CLI): ${start.toFixed(0)} ms\n`);
const one = pipeline(folder, 1);
process.stdout.write(line('pipeline, 1 worker', one) + '\n');
const all = cores > 1 ? pipeline(folder, cores) : one;
if (cores > 1) process.stdout.write(line(`pipeline, ${cores} workers`, all) + '\n');
const w = winkAlone(folder);
process.stdout.write(`${'wink-nlp readDoc alone'.padEnd(22)} ${(w.ms / 1000).toFixed(2).padStart(7)} s  ${(w.files / (w.ms / 1000)).toFixed(0).padStart(6)} articles/s  ${(mb(w.bytes) / (w.ms / 1000)).toFixed(2).padStart(6)} MB/s  (one core, in this process)\n`);
process.stdout.write(`\n${one.articles} articles, ${mb(one.bytes).toFixed(1)} MB, ${one.deals} deals, ${one.failures} failed\n`);
process.stdout.write(`pipeline (${cores} workers) / wink alone (1 core): ${(all.elapsedMs / w.ms).toFixed(2)}x   (target: at most 1.5x)\n`);
process.stdout.write(`speed-up ${cores} workers vs 1: ${(one.elapsedMs / all.elapsedMs).toFixed(2)}x   (target: at least 1.7x on 2 cores)\n`);

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
