import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** One bad input beside one good article; the run must report the bad one and keep the good one. */
function runWith(make: (dir: string) => void, extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'dealwire-bad-'));
  writeFileSync(join(dir, 'good.txt'), 'Acme Corp bought Foo Inc for $3 million.');
  make(dir);
  const r = spawnSync(process.execPath, [bin, 'extract', dir, '--quiet', ...extra], { encoding: 'utf8' });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const bySource = new Map(lines.map((l) => [String(l.source).slice(dir.length + 1), l]));
  return { code: r.status, lines, bySource, stderr: r.stderr };
}

describe('bad input: one error line for the item, the rest goes on', () => {
  it.each([
    ['an empty file', 'empty.txt', (p: string) => writeFileSync(p, ''), 'E_EMPTY'],
    ['a PNG', 'picture.txt', (p: string) => writeFileSync(p, Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex')), 'E_BINARY'],
    ['random bytes', 'noise.md', (p: string) => writeFileSync(p, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256))), 'E_BINARY'],
    ['malformed front matter', 'fm.txt', (p: string) => writeFileSync(p, '---\npublished: 2024-03-28\nnot a field\n---\nAcme Corp bought Foo Inc.'), 'E_FRONT_MATTER'],
    ['front matter never closed', 'open.md', (p: string) => writeFileSync(p, '---\npublished: 2024-03-28\nAcme Corp bought Foo Inc.'), 'E_FRONT_MATTER'],
    ['malformed JSON', 'bad.json', (p: string) => writeFileSync(p, '{"text": "Acme Corp bought'), 'E_JSON'],
    ['JSON without text', 'notext.json', (p: string) => writeFileSync(p, '{"title": "x"}'), 'E_JSON'],
    ['a broken symlink', 'dangling.txt', (p: string) => symlinkSync(p + '.gone', p), 'ENOENT'],
  ])('%s', (_what, name, make, code) => {
    const r = runWith((dir) => make(join(dir, name)));
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(2);
    expect(r.bySource.get(name)).toMatchObject({ error: { code } });
    expect(r.bySource.get(name).error.message.length).toBeGreaterThan(5);
    expect(r.bySource.get('good.txt').deals).toHaveLength(1);
  });

  it('a file over --max-bytes is skipped with an error record', () => {
    const r = runWith((dir) => writeFileSync(join(dir, 'big.txt'), 'Acme Corp bought Foo Inc. '.repeat(100)), ['--max-bytes', '1000']);
    expect(r.bySource.get('big.txt')).toMatchObject({ error: { code: 'E_TOO_LARGE' } });
    expect(r.code).toBe(1);
  });

  it('invalid UTF-8 is read with replacement characters and a warning, not dropped', () => {
    const r = runWith((dir) => writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Soci'), Buffer.from([0xe9]), Buffer.from('t\u00e9 Acme SA bought Foo Inc for $3 million.', 'latin1')])));
    expect(r.code).toBe(0);
    const rec = r.bySource.get('latin1.txt');
    expect(rec.error).toBeUndefined();
    expect(rec.messages).toContainEqual(expect.objectContaining({ severity: 'warning', rule: 'read/invalid-utf8' }));
    expect(rec.mentions.money[0]).toMatchObject({ value: 3_000_000 });
  });

  it('a symlink loop is reported once and the walk goes on', () => {
    const r = runWith((dir) => {
      mkdirSync(join(dir, 'sub'));
      symlinkSync(dir, join(dir, 'sub', 'back'));
    });
    expect(r.bySource.get('sub/back')).toMatchObject({ error: { code: 'E_LOOP' } });
    expect(r.lines).toHaveLength(2);
  });

  it('a JSONL file with a bad line keeps its good lines', () => {
    const r = runWith((dir) => writeFileSync(join(dir, 'many.jsonl'), '{"text":"Acme Corp bought Foo Inc.","id":"a1"}\n{oops\n\n{"text":"Bar Ltd sold Baz Plc to Qux AG.","id":"a3"}\n'));
    const sources = r.lines.map((l) => String(l.source).replace(/^.*\//, '')).sort();
    expect(sources).toEqual(['a1', 'a3', 'good.txt', 'many.jsonl:2']);
  });
});

describe('a file with no read permission', () => {
  it('is an EACCES error record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dealwire-perm-'));
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'good.txt'), 'Acme Corp bought Foo Inc for $3 million.');
    writeFileSync(join(dir, 'secret.txt'), 'Acme Corp bought Foo Inc for $3 million.');
    chmodSync(join(dir, 'good.txt'), 0o644);
    chmodSync(join(dir, 'secret.txt'), 0o000);
    // root reads every file whatever its mode, so run the command as an unprivileged user then.
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync(process.execPath, [bin, 'extract', dir, '--quiet'], { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(lines.find((l) => l.source.endsWith('secret.txt'))).toMatchObject({ error: { code: 'EACCES' } });
    expect(lines.find((l) => l.source.endsWith('good.txt')).deals).toHaveLength(1);
    expect(r.status).toBe(1);
  });
});
