import { InvalidArgumentError } from 'commander';
import { readFileSync } from 'node:fs';

// Flag parsers shared by every command, so that a flag means the same everywhere.

export function isoDate(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2024-03-28');
  return v;
}

export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number above 0');
  return n;
}

/** One organization name per line; blank lines and `#` comments are skipped. */
export function lexiconFile(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  } catch (e) {
    throw new InvalidArgumentError(`cannot read lexicon ${path}: ${(e as Error).message}`);
  }
}
