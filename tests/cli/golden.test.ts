import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// These run the built command as a user would (npm test builds first).
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist/cli/main.js');

function golden(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, 'golden', ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, last: r.stdout.trimEnd().split('\n').at(-1) };
}

const read = (p: string) => readFileSync(p, 'utf8');
const json = (p: string) => JSON.parse(read(p));
const write = (p: string, v: unknown) => writeFileSync(p, JSON.stringify(v, null, 2) + '\n');

describe('dealwire golden', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
    dir = mkdtempSync(join(tmpdir(), 'dealwire-golden-'));
    // The folder stands for a repository: sources are written relative to the package.json.
    writeFileSync(join(dir, 'package.json'), '{}\n');
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles/a.txt'), '---\npublished: 2024-03-28\n---\nHalvorsen Industries Inc acquired Pellworth Corp for $30 million on Wednesday.\n');
    writeFileSync(join(dir, 'articles/b.md'), '---\npublished: 2023-05-02\n---\nCorvane Holdings Ltd agreed to buy Tesseric Labs Inc for $45 million.\n');
  });

  it('says which articles have no golden file, and --update writes them', () => {
    const missing = golden(['articles'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('articles/a.txt: no golden file (articles/a.golden.json)');
    const r = golden(['articles', '--update'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('updated articles/a.golden.json');
    expect(json(join(dir, 'articles/a.golden.json'))).toMatchObject({ source: 'articles/a.txt', publishedAt: '2024-03-28' });
    expect(json(join(dir, 'articles/a.golden.json')).mentions).toBeDefined(); // full form beside an article
  });

  it('prints a clean pass and exits 0 when every article matches', () => {
    const r = golden(['articles/'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('golden: 2 articles, 2 match, 0 differ, 0 known failures, 0 errors\n');
    expect(r.stderr).toBe('');
  });

  it('prints a readable diff for a changed golden file and exits 1; the output is the same every time', () => {
    const file = join(dir, 'articles/a.golden.json');
    const kept = read(file);
    const g = json(file);
    g.deals[0].amount.value = 31000000;
    g.deals[0].status = 'announced';
    write(file, g);
    try {
      const r = golden(['articles'], dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('articles/a.txt: 2 differences from articles/a.golden.json');
      expect(r.stdout).toContain('  ~ deals[d1].amount.value: 31000000 -> 30000000');
      expect(r.stdout).toContain('      evidence: “Halvorsen Industries Inc acquired Pellworth Corp for $30 million on Wednesday.”');
      expect(r.stdout).toContain('  ~ deals[d1].status: "announced" -> "completed"');
      expect(r.last).toBe('golden: 2 articles, 1 match, 1 differ, 0 known failures, 0 errors');
      expect(r.stdout).not.toContain(dir); // no machine paths
      expect(golden(['articles'], dir).stdout).toBe(r.stdout);
    } finally {
      writeFileSync(file, kept);
    }
  });

  it('--update rewrites only the golden file that differs', () => {
    const a = join(dir, 'articles/a.golden.json');
    const b = join(dir, 'articles/b.golden.json');
    const right = read(a);
    const g = json(a);
    g.deals[0].parties[0].name = 'Halvorsen Group';
    write(a, g);
    const bBefore = { text: read(b), mtime: statSync(b).mtimeMs };
    const r = golden(['articles', '--update'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('~ deals[d1].parties[0].name: "Halvorsen Group" -> "Halvorsen Industries"'); // the diff comes first
    expect(r.stdout).toContain('updated articles/a.golden.json');
    expect(r.stdout).not.toContain('b.golden.json');
    expect(r.last).toBe('golden: 2 articles, 1 match, 1 differ, 0 known failures, 0 errors, 1 golden file updated');
    expect(read(a)).toBe(right);
    expect(read(b)).toBe(bBefore.text);
    expect(statSync(b).mtimeMs).toBe(bBefore.mtime);
    expect(golden(['articles'], dir).code).toBe(0);
  });

  describe('with a manifest and a known failure', () => {
    let set: string;
    const manifest = (articles: unknown[]) => write(join(set, 'manifest.json'), { root: '..', articles });
    beforeAll(() => {
      set = join(dir, 'set');
      mkdirSync(set);
      writeFileSync(join(set, 'README.md'), '# Notes on this set: not an article, since the manifest says which articles there are\n');
      // The manifest lists articles kept elsewhere; golden files live beside it, in the checked form.
      manifest([{ path: 'articles/a.txt' }, { path: 'articles/b.md' }]);
      expect(golden(['set', '--update'], dir).code).toBe(0);
      const checked = json(join(set, 'a.golden.json'));
      expect(checked.mentions).toBeUndefined();
      expect(checked.deals[0]).toMatchObject({ type: 'acquisition', amount: { value: 30000000, currency: 'USD', text: '$30 million' } });
      // The truth, as a person would write it: the pipeline misses the seller.
      checked.deals[0].parties.push({ name: 'Brightwater Capital LLC', role: 'seller' });
      write(join(set, 'a.golden.json'), checked);
      manifest([{ path: 'articles/a.txt', knownFailure: 'the seller is missed' }, { path: 'articles/b.md' }]);
    });

    it('reports the known failure apart, does not fail on it, and --update leaves its golden file alone', () => {
      const before = read(join(set, 'a.golden.json'));
      const r = golden(['set/manifest.json'], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('known failures (1, not counted as differences; reasons from the manifest):\n  articles/a.txt: 1 difference: the seller is missed');
      expect(r.stdout).not.toContain('~ deals'); // its diff only with --show-known
      expect(r.last).toBe('golden: 2 articles, 1 match, 0 differ, 1 known failure, 0 errors');
      expect(golden(['set', '--show-known'], dir).stdout).toContain('~ deals[d1].parties: "Halvorsen Industries (acquirer), Pellworth (target), Brightwater Capital LLC (seller)" -> "Halvorsen Industries (acquirer), Pellworth (target)"');
      const u = golden(['set', '--update'], dir);
      expect(u.code).toBe(0);
      expect(u.stdout).not.toContain('updated');
      expect(read(join(set, 'a.golden.json'))).toBe(before);
    });

    it('says when a known failure starts to pass, and fails so that the manifest gets updated', () => {
      manifest([{ path: 'articles/a.txt', knownFailure: 'the seller is missed' }, { path: 'articles/b.md', knownFailure: 'the amount is missed' }]);
      try {
        const r = golden(['set'], dir);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('known failures that now pass (1): remove their "knownFailure" from set/manifest.json\n  articles/b.md (was: the amount is missed)');
        expect(r.last).toBe('golden: 2 articles, 0 match, 0 differ, 1 known failure (+1 now passing), 0 errors');
      } finally {
        manifest([{ path: 'articles/a.txt', knownFailure: 'the seller is missed' }, { path: 'articles/b.md' }]);
      }
    });

    it('--score prints precision, recall and F1 of the deals and the accuracy of amounts, dates and statuses', () => {
      const r = golden(['set', '--score'], dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('score over 2 articles: 2 golden deals, 2 found by the pipeline');
      expect(r.stdout).toContain('deals (type-compatible, same parties and roles): precision 0.50 (1/2), recall 0.50 (1/2), F1 0.50');
      expect(r.stdout).toContain('deals (type-compatible, a party in common):      precision 1.00 (2/2), recall 1.00 (2/2), F1 1.00');
      expect(r.stdout).toMatch(/over the 1 matched deals: type 1\.00 \(1\/1\), amount 1\.00 \(1\/1\), date 1\.00 \(1\/1\), status 1\.00 \(1\/1\)/);
    });
  });

  it('exits 2 with a message for a path that does not exist, or --update with --score', () => {
    const r = golden(['nowhere/'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere/: no such file or folder');
    expect(golden(['articles', '--update', '--score'], dir).code).toBe(2);
  });
});
