import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walk, type WalkItem } from '../../src/batch/walk.js';

async function all(paths: string[]): Promise<WalkItem[]> {
  const out: WalkItem[] = [];
  for await (const item of walk(paths)) out.push(item);
  return out;
}

describe('walk', () => {
  const root = mkdtempSync(join(tmpdir(), 'dealwire-walk-'));
  mkdirSync(join(root, 'b'));
  writeFileSync(join(root, 'b', 'two.md'), 'x');
  writeFileSync(join(root, 'a.txt'), 'x');
  writeFileSync(join(root, 'a.golden.json'), '{}');
  writeFileSync(join(root, '.hidden.txt'), 'x');
  writeFileSync(join(root, 'photo.png'), 'x');
  writeFileSync(join(root, 'c.html'), 'x');
  symlinkSync(join(root, 'gone.txt'), join(root, 'broken.txt'));
  symlinkSync(root, join(root, 'b', 'loop'));

  it('walks folders in name order, typing files by extension and skipping the rest', async () => {
    const items = await all([root]);
    const files = items.filter((i) => i.kind === 'file').map((i) => [i.path.slice(root.length + 1), (i as { format: string }).format]);
    expect(files).toEqual([['a.txt', 'text'], ['b/two.md', 'markdown'], ['c.html', 'html']]);
    const skipped = items.filter((i) => i.kind === 'skipped').map((i) => i.path.slice(root.length + 1)).sort();
    expect(skipped).toEqual(['.hidden.txt', 'a.golden.json', 'photo.png']);
  });

  it('reports a broken symlink and a symlink loop as errors for those entries only', async () => {
    const errors = (await all([root])).filter((i) => i.kind === 'error');
    expect(errors.map((e) => [e.path.slice(root.length + 1), (e as { code: string }).code]).sort()).toEqual([
      ['b/loop', 'E_LOOP'],
      ['broken.txt', 'ENOENT'],
    ]);
  });

  it('takes a file named on the command line whatever its extension', async () => {
    const items = await all([join(root, 'photo.png')]);
    expect(items).toEqual([{ kind: 'file', path: join(root, 'photo.png'), format: 'text' }]);
  });
});
