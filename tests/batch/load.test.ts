import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, loadFile, LoadError } from '../../src/batch/load.js';

const dir = mkdtempSync(join(tmpdir(), 'dealwire-load-'));

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof LoadError ? e.code : `unexpected ${String(e)}`;
  }
}

describe('loadFile', () => {
  it('reads UTF-8 text', async () => {
    const p = join(dir, 'ok.txt');
    writeFileSync(p, 'Amazon’s €500m deal');
    expect(await loadFile(p)).toEqual({ text: 'Amazon’s €500m deal', invalidUtf8: false });
  });

  it('refuses an empty or whitespace-only file', async () => {
    const p = join(dir, 'empty.txt');
    writeFileSync(p, '  \n\n');
    expect(await codeOf(loadFile(p))).toBe('E_EMPTY');
  });

  it('refuses binary files: a PNG header, random bytes', async () => {
    const png = join(dir, 'x.txt');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect(await codeOf(loadFile(png))).toBe('E_BINARY');
    const noise = Buffer.alloc(4096);
    let seed = 7;
    for (let i = 0; i < noise.length; i++) noise[i] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
    const rnd = join(dir, 'noise.txt');
    writeFileSync(rnd, noise);
    expect(await codeOf(loadFile(rnd))).toBe('E_BINARY');
  });

  it('decodes invalid UTF-8 with replacement characters and flags it', () => {
    const bytes = Buffer.concat([Buffer.from('Acme paid '), Buffer.from([0xff, 0xfe]), Buffer.from(' $3 million.')]);
    const r = decode(bytes);
    expect(r.invalidUtf8).toBe(true);
    expect(r.text).toBe('Acme paid \uFFFD\uFFFD $3 million.');
  });

  it('refuses a file over the size limit, and a missing file', async () => {
    const p = join(dir, 'big.txt');
    writeFileSync(p, 'x'.repeat(2000));
    expect(await codeOf(loadFile(p, 1000))).toBe('E_TOO_LARGE');
    expect(await codeOf(loadFile(join(dir, 'nope.txt')))).toBe('ENOENT');
  });
});
