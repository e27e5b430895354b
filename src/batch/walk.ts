import { opendir, stat } from 'node:fs/promises';
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
  | { kind: 'skipped'; path: string; reason: 'hidden' | 'extension' | 'golden' }
  | { kind: 'error'; path: string; code: string; message: string };

/**
 * Files under the given paths, depth first, in name order so that runs are repeatable. A folder is
 * read entry by entry (opendir), never listed whole into memory. A path named explicitly is taken
 * whatever its extension; inside folders, hidden entries and unknown extensions are skipped.
 */
export async function* walk(paths: readonly string[]): AsyncGenerator<WalkItem> {
  for (const p of paths) {
    if (p === '-') {
      yield { kind: 'file', path: '-', format: 'text' };
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      yield { kind: 'error', path: p, ...ioError(e) };
      continue;
    }
    if (st.isDirectory()) yield* walkDir(p, new Set([`${st.dev}:${st.ino}`]));
    else yield { kind: 'file', path: p, format: formatOf(p) ?? 'text' };
  }
}

async function* walkDir(dir: string, seen: Set<string>): AsyncGenerator<WalkItem> {
  let names: string[] = [];
  try {
    // Names only, sorted: a folder of a million names is a few tens of MB at most, while sorting is
    // what makes two runs over the same folder write the same order.
    const handle = await opendir(dir);
    for await (const entry of handle) names.push(entry.name);
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
      st = await stat(path);
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
      yield* walkDir(path, seen);
      seen.delete(id);
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
