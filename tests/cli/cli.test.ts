import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// These run the built command as a user would (npm test builds first).
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/cli/main.js');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

describe('dealwire extract', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
    dir = mkdtempSync(join(tmpdir(), 'dealwire-cli-'));
    writeFileSync(join(dir, 'a.txt'), '---\npublished: 2024-03-28\n---\nHalvorsen Industries Inc acquired Pellworth Corp for $30 million on Wednesday.\n');
    writeFileSync(join(dir, 'b.md'), 'Tesseric Labs Inc raised $40 million in a Series B round led by Marlow Ventures LLC last year.\n');
    writeFileSync(join(dir, 'c.txt'), '');
    writeFileSync(join(dir, 'd.json'), '{"text": "Corvane Holdings Ltd bought Pellworth Corp.", "published": "2023-05-02", "id": "story-9"}');
    writeFileSync(join(dir, 'e.jsonl'), '{"text": "Pellworth Corp and Tesseric Labs Inc agreed to merge."}\nnot json\n');
    writeFileSync(join(dir, 'notes.csv'), 'ignored');
  });

  it('prints one JSON object per article, with error records for bad items, and exits 1', () => {
    const r = run(['extract', dir, '--quiet']);
    expect(r.code).toBe(1);
    const bySource = Object.fromEntries(r.lines.map((l) => [String(l.source).replace(dir + '/', ''), l]));
    expect(Object.keys(bySource).sort()).toEqual(['a.txt', 'b.md', 'c.txt', 'e.jsonl:1', 'e.jsonl:2', 'story-9'].sort());
    expect(bySource['a.txt'].publishedAt).toBe('2024-03-28');
    expect(bySource['a.txt'].deals[0].date).toMatchObject({ start: '2024-03-27', grain: 'day' });
    expect(bySource['c.txt'].error.code).toBe('E_EMPTY');
    expect(bySource['e.jsonl:2'].error.code).toBe('E_JSON');
    expect(bySource['story-9'].publishedAt).toBe('2023-05-02');
    expect(r.stderr).toBe('');
  });

  it('uses --published as the fallback, never over front matter', () => {
    const r = run(['extract', join(dir, 'a.txt'), join(dir, 'b.md'), '--published', '2020-06-30', '--quiet']);
    expect(r.code).toBe(0);
    // Lines arrive in completion order (worker threads), so find each article by its source.
    const a = r.lines.find((l) => l.source.endsWith('a.txt'));
    const b = r.lines.find((l) => l.source.endsWith('b.md'));
    expect([a.publishedAt, b.publishedAt]).toEqual(['2024-03-28', '2020-06-30']);
    const lastYear = b.mentions.dates.find((d: { text: string }) => d.text === 'last year');
    expect(lastYear).toMatchObject({ start: '2019-01-01', end: '2019-12-31', grain: 'year' });
  });

  it('leaves relative dates unresolved, with a warning, when there is no date at all', () => {
    const r = run(['extract', join(dir, 'b.md'), '--quiet']);
    const rec = r.lines[0];
    expect(rec.publishedAt).toBeNull();
    expect(rec.mentions.dates[0]).toMatchObject({ text: 'last year', start: null, resolved: false });
    expect(rec.messages.some((m: { severity: string; span: unknown }) => m.severity === 'warning' && Array.isArray(m.span))).toBe(true);
  });

  it('writes --out and prints a summary line on standard error', () => {
    const out = join(dir, 'out.jsonl');
    const r = run(['extract', join(dir, 'a.txt'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^1 article, 1 deal, 0 failed/);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 with a message for a missing path and for an unknown flag', () => {
    const missing = run(['extract', join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder');
    const flag = run(['extract', dir, '--frobnicate']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--frobnicate'");
    const date = run(['extract', dir, '--published', '28/03/2024']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('YYYY-MM-DD');
  });

  it('reports a broken symlink inside a folder as an error record', () => {
    const d = join(dir, 'links');
    mkdirSync(d);
    symlinkSync(join(d, 'gone.txt'), join(d, 'broken.txt'));
    writeFileSync(join(d, 'ok.txt'), 'Acme Corp bought Foo Inc for $3 million.');
    const r = run(['extract', d, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.error?.code ?? 'ok')).toEqual(['ENOENT', 'ok']);
  });
});

describe('the package', () => {
  it("is importable as 'dealwire' from another package", () => {
    const other = mkdtempSync(join(tmpdir(), 'dealwire-consumer-'));
    mkdirSync(join(other, 'node_modules'));
    symlinkSync(root, join(other, 'node_modules', 'dealwire'));
    writeFileSync(join(other, 'package.json'), '{"type":"module"}');
    writeFileSync(join(other, 'use.js'), "import { extract } from 'dealwire';\nconst r = extract('Acme Corp bought Foo Inc for $3 million.', { publishedAt: '2024-01-02' });\nconsole.log(JSON.stringify(r.deals.map((d) => d.type)));\n");
    const r = spawnSync(process.execPath, ['use.js'], { cwd: other, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['acquisition']);
  });

  it('runs as `npx dealwire` in a fresh clone: the built command is executable', () => {
    // npx runs dist/cli/main.js through its #! line; tsc writes it without the executable bit.
    const r = spawnSync('npx', ['--no-install', 'dealwire', '--help'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('extract');
  });

  it("is importable as 'dealwire' from inside the repository (self-reference)", () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "import('dealwire').then((m) => console.log(typeof m.extract))"], { cwd: root, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('function');
  });
});
