/**
 * The peer harness: dealwire's money and date recognizers measured against the English test suites
 * of two parsers people trust for these jobs, Duckling (facebook/duckling, BSD licence) and
 * chrono-node (wanasit/chrono, MIT licence). Their cases (phrase, reference time, expected value)
 * were recorded as JSON lines in `../shared/peer/` (see its README); nothing of their code is used.
 *
 * Each suite runs under its own convention, stated in its runner:
 * - duckling-money-en: the row's locale; the amount read from the phrase (runners/duckling-money.ts).
 * - duckling-dates-en: prefer 'future' (Duckling resolves forward from its reference time).
 * - chrono-en-simple: prefer 'nearest' (chrono places a bare weekday or month at the nearest one),
 *   'future' for rows run with chrono's forwardDate option.
 * - chrono-en-negative: the phrase must give no date at all.
 * A row's `ref` (reference time) stands in for the publication date: its calendar day, as written
 * in the row's own UTC offset, is `publishedAt`.
 *
 * Results are plain data so that `npm run peer` (peer/main.ts) prints and writes them and the
 * vitest guard (tests/peer/peer.test.ts) asserts floors on the very same numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../doc.js';
import { createDoc } from '../doc.js';
import { ExtractOptions, Locale, type ExtractOptionsInput } from '../schema/options.js';
import { tokenize } from '../tokenize/tokenize.js';

/** One suite's outcome. `failures` holds one line per failing case, sorted, stable between runs. */
export interface SuiteResult {
  /** Suite name, the JSONL file without its extension ("duckling-money-en"). */
  name: string;
  passed: number;
  total: number;
  /** The convention the suite runs under, for the printed summary. */
  convention: string;
  failures: string[];
}

export function rate(r: Pick<SuiteResult, 'passed' | 'total'>): number {
  return r.total === 0 ? 0 : r.passed / r.total;
}

/**
 * Where the suites live: `$DEALWIRE_PEER_DIR`, else `../shared/peer` beside the project folder.
 * Resolved from this file, so it is the same for `dist/peer/*.js` and `src/peer/*.ts`.
 */
export function peerDir(): string {
  return process.env['DEALWIRE_PEER_DIR'] ?? fileURLToPath(new URL('../../../shared/peer/', import.meta.url));
}

/** Where the failure files go: `tests/peer/failures/` in the project. */
export function failuresDir(): string {
  return fileURLToPath(new URL('../../tests/peer/failures/', import.meta.url));
}

export function suitesPresent(dir = peerDir()): boolean {
  return existsSync(dir) && SUITE_NAMES.every((n) => existsSync(`${dir}/${n}.jsonl`));
}

export const SUITE_NAMES = ['duckling-money-en', 'duckling-dates-en', 'chrono-en-simple', 'chrono-en-negative'] as const;
export type SuiteName = (typeof SUITE_NAMES)[number];

export function readRows<T>(dir: string, name: SuiteName): T[] {
  return readFileSync(`${dir}/${name}.jsonl`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** A tokenized Doc for one phrase, as the mentions stage sees an article. */
export function analyze(text: string, options: ExtractOptionsInput): Doc {
  return tokenize(createDoc(text, ExtractOptions.parse(options)));
}

/** Duckling's locale tag ("EN_AU"; "EN" alone is its default English) as a dealwire locale. */
export function localeOf(tag: string | null | undefined): Locale {
  if (!tag || tag === 'EN') return 'en-US';
  const parsed = Locale.safeParse(tag.replace('_', '-').replace(/^EN/, 'en'));
  return parsed.success ? parsed.data : 'en-US';
}

/** The calendar day of an ISO timestamp as written in its own offset: "2013-02-12T04:30-02:00" → 2013-02-12. */
export function calendarDay(iso: string): string | null {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}

/** A phrase quoted on one line, so a failure file stays one case per line. */
export function quote(text: string): string {
  return JSON.stringify(text);
}

/** Sorted lines (duplicates kept: a suite may hold the same case twice): the same failures always give the same file. */
export function stableLines(lines: string[]): string[] {
  return [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
