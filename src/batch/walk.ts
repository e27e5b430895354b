import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl';

const FORMATS: Record<string, Format> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown',
  '.html': 'html', '.htm': 'html', '.json': 'json', '.jsonl': 'jsonl',
};

export function formatOf(path: string): Format | undefined {
  return FORMATS[extname(path).toLowerCase()];
}

/** Golden files sit beside their articles; they are expectations, not articles. */
function isGolden(path: string): boolean {
  return /\.golden\.json$/i.test(path);
}

export type WalkItem =
  | { kind: 'file'; path: string; format: Format }
  | { kind: 'skipped'; path: string; reason: 'hidden' | 'extension' | 'golden' | 'output' }
  | { kind: 'error'; path: string; code: string; message: string };

/** The identity of a file for `exclude`: device and inode, so every path to it matches. */
export function fileId(path: string): string | null {
  try {
    const st = statSync(path);
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/**
 * Files under the given paths, depth first, in name order so that runs are repeatable. The tree is
 * never listed whole: one folder's names at a time (they are sorted, so a folder's names are held
 * while it is walked). A path named explicitly is taken whatever its extension; inside folders,
 * hidden entries and unknown extensions are skipped.
 *
 * File system calls are synchronous on purpose: the main thread does nothing else while it waits,
 * and on a folder of small files the promise API was measured twenty times slower (19,043 Reuters
 * files: 4.6 s against 0.24 s for stat + read), which would starve the workers.
 */
export async function* walk(paths: readonly string[], opts: { exclude?: ReadonlySet<string> } = {}): AsyncGenerator<WalkItem> {
  const exclude = opts.exclude ?? new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      yield { kind: 'file', path: '-', format: 'text' };
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      yield { kind: 'error', path: p, ...ioError(e) };
      continue;
    }
    if (st.isDirectory()) yield* walkDir(p, new Set([`${st.dev}:${st.ino}`]), exclude);
    else if (exclude.has(`${st.dev}:${st.ino}`)) yield { kind: 'skipped', path: p, reason: 'output' };
    else yield { kind: 'file', path: p, format: formatOf(p) ?? 'text' };
  }
}

async function* walkDir(dir: string, seen: Set<string>, exclude: ReadonlySet<string>): AsyncGenerator<WalkItem> {
  let names: string[];
  try {
    // Names only: a folder of a million names is a few tens of MB at most, and sorting them is
    // what makes two runs over the same folder read in the same order.
    names = readdirSync(dir);
  } catch (e) {
    yield { kind: 'error', path: dir, ...ioError(e) };
    return;
  }
  names.sort();
  for (const name of names) {
    const path = join(dir, name);
    if (name.startsWith('.')) {
      yield { kind: 'skipped', path, reason: 'hidden' };
      continue;
    }
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      yield { kind: 'error', path, ...ioError(e) };
      continue;
    }
    if (st.isDirectory()) {
      const id = `${st.dev}:${st.ino}`;
      if (seen.has(id)) {
        yield { kind: 'error', path, code: 'E_LOOP', message: `symlink loop: ${path} leads back to a folder already being read` };
        continue;
      }
      seen.add(id);
      yield* walkDir(path, seen, exclude);
      seen.delete(id);
      continue;
    }
    if (exclude.has(`${st.dev}:${st.ino}`)) {
      // The run's own output file, when it is written inside a folder being read.
      yield { kind: 'skipped', path, reason: 'output' };
      continue;
    }
    const format = formatOf(path);
    if (format === undefined || isGolden(path)) {
      yield { kind: 'skipped', path, reason: format === undefined ? 'extension' : 'golden' };
      continue;
    }
    yield { kind: 'file', path, format };
  }
}

export function ioError(e: unknown): { code: string; message: string } {
  const err = e as NodeJS.ErrnoException;
  const code = err?.code ?? 'E_IO';
  const what: Record<string, string> = {
    ENOENT: 'no such file or folder (or a broken symlink)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ELOOP: 'too many levels of symbolic links',
    EISDIR: 'is a folder',
  };
  return { code, message: what[code] ?? err?.message ?? String(e) };
}
