import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';

export const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export function run(args: string[], opts: { input?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', ...(opts.input !== undefined ? { input: opts.input } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** As `run`, several at once. */
export function runAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `dealwire worker` as a process of its own, as it runs on another machine. */
export function startWorker(url: string, queue: string, extra: string[] = []): ChildProcess & { stderrText: () => string } {
  const child = spawn(process.execPath, [bin, 'worker', '--redis', url, '--queue', queue, ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return Object.assign(child, { stderrText: () => err });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((r) => child.once('exit', (code) => r(code)));
}

export async function waitFor(cond: () => Promise<boolean> | boolean, ms: number, what = 'a condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A direct connection for the tests to look at the queue (BullMQ's keys: dealwire:QUEUE:...). */
export function redisAt(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 3 });
}

let n = 0;
/** A queue name of its own for each test, so that tests share the server and nothing else. */
export function freshQueue(label: string): string {
  return `${label}-${process.pid}-${++n}`;
}

export function bySource(jsonl: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of jsonl.split('\n')) {
    if (line === '') continue;
    const source = (JSON.parse(line) as { source: string }).source;
    if (m.has(source)) throw new Error(`${source} is in the output twice`);
    m.set(source, line);
  }
  return m;
}
