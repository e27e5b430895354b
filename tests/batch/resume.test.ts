import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const COUNT = 1500;

/** A folder of short synthetic newswire articles, enough for a run that takes a few seconds. */
function makeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dealwire-resume-'));
  const verbs = ['acquired', 'agreed to buy', 'sold its 20% stake in', 'invested $5 million in'];
  for (let i = 0; i < COUNT; i++) {
    const sub = join(dir, `batch-${String(i % 7)}`);
    if (!existsSync(sub)) mkdirSync(sub);
    const body = `---\npublished: 2024-03-${String((i % 27) + 1).padStart(2, '0')}\n---\n` +
      `Halvorsen Industries Inc ${verbs[i % verbs.length]} Pellworth Corp ${i % 2 ? 'for $' + (i + 1) + ' million' : ''} on Wednesday.\n\n` +
      'The companies said the deal would close in the third quarter, subject to regulatory approval. '.repeat(4);
    writeFileSync(join(sub, `story-${String(i).padStart(5, '0')}.txt`), body);
  }
  return dir;
}

function lineCount(path: string): number {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').length - 1 : 0;
}

async function waitFor(cond: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('interrupted runs', () => {
  let dir: string;
  let outDir: string;
  beforeAll(() => {
    dir = makeFolder();
    outDir = mkdtempSync(join(tmpdir(), 'dealwire-out-'));
  });

  it('killed with SIGKILL midway, then --resume, yields exactly one line per article', async () => {
    const out = join(outDir, 'out.jsonl');
    const child = spawn(process.execPath, [bin, 'extract', dir, '--out', out, '--quiet', '--jobs', '2'], { stdio: 'ignore' });
    await waitFor(() => lineCount(out) > 200, 30_000);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const before = lineCount(out);
    expect(before).toBeGreaterThan(200);
    expect(before).toBeLessThan(COUNT);

    const r = spawnSync(process.execPath, [bin, 'extract', dir, '--out', out, '--resume'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/already done/);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    const sources = lines.map((l) => JSON.parse(l).source as string);
    expect(sources).toHaveLength(COUNT);
    expect(new Set(sources).size).toBe(COUNT);
  });

  it('cuts a half-written last line before resuming', () => {
    const sub = mkdtempSync(join(tmpdir(), 'dealwire-partial-'));
    writeFileSync(join(sub, 'a.txt'), 'Acme Corp bought Foo Inc.');
    writeFileSync(join(sub, 'b.txt'), 'Bar Ltd bought Baz Plc.');
    const out = join(sub, 'out.jsonl');
    spawnSync(process.execPath, [bin, 'extract', join(sub, 'a.txt'), '--out', out, '--quiet']);
    const whole = readFileSync(out, 'utf8');
    writeFileSync(out, whole + '{"source":"' + join(sub, 'b.txt') + '","deals":[{"id"');
    const r = spawnSync(process.execPath, [bin, 'extract', sub, '--out', out, '--resume', '--quiet']);
    expect(r.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.replace(/^.*\//, '')).sort()).toEqual(['a.txt', 'b.txt']);
    expect(statSync(out).size).toBeGreaterThan(whole.length);
  });

  it('SIGINT stops cleanly: whole lines, a summary that says so, and --resume completes the set', async () => {
    const out = join(outDir, 'int.jsonl');
    const child = spawn(process.execPath, [bin, 'extract', dir, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    await waitFor(() => lineCount(out) > 100, 30_000);
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(130);
    expect(stderr).toMatch(/^interrupted: \d+ articles/m);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    for (const l of text.trim().split('\n')) JSON.parse(l);
    const r = spawnSync(process.execPath, [bin, 'extract', dir, '--out', out, '--resume', '--quiet']);
    expect(r.status).toBe(0);
    expect(lineCount(out)).toBe(COUNT);
  });

  it('a file removed while the run is going becomes an error record', async () => {
    const sub = mkdtempSync(join(tmpdir(), 'dealwire-removed-'));
    for (let i = 0; i < 400; i++) writeFileSync(join(sub, `s-${String(i).padStart(4, '0')}.txt`), 'Halvorsen Industries Inc acquired Pellworth Corp for $30 million. '.repeat(20));
    const out = join(sub, 'out.jsonl');
    const child = spawn(process.execPath, [bin, 'extract', sub, '--out', out, '--quiet', '--jobs', '1'], { stdio: 'ignore' });
    await waitFor(() => lineCount(out) > 20, 30_000);
    unlinkSync(join(sub, 's-0399.txt'));
    const code = await new Promise((r) => child.on('exit', r));
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(400);
    expect(lines.find((l) => l.source.endsWith('s-0399.txt'))).toMatchObject({ error: { code: 'ENOENT' } });
    expect(code).toBe(1);
  });
});

describe('the output file inside the folder being read', () => {
  it('is not read back as input', () => {
    const sub = mkdtempSync(join(tmpdir(), 'dealwire-self-'));
    writeFileSync(join(sub, 'a.txt'), 'Acme Corp bought Foo Inc.');
    const out = join(sub, 'out.jsonl');
    for (let i = 0; i < 2; i++) {
      const r = spawnSync(process.execPath, [bin, 'extract', sub, '--out', out, ...(i ? ['--resume'] : [])], { encoding: 'utf8' });
      expect(r.status).toBe(0);
    }
    expect(lineCount(out)).toBe(1);
  });
});
