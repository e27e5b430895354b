import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { failuresDir, peerDir, rate, type SuiteName, type SuiteResult } from './common.js';
import { runChronoNegative, runChronoSimple, runDucklingDates } from './dates.js';
import { runDucklingMoney } from './duckling-money.js';

const RUNNERS: Readonly<Record<SuiteName, (dir: string) => SuiteResult>> = {
  'duckling-money-en': runDucklingMoney,
  'duckling-dates-en': runDucklingDates,
  'chrono-en-simple': runChronoSimple,
  'chrono-en-negative': runChronoNegative,
};

/** Runs every suite found in `dir`, in a fixed order. */
export function runSuites(dir = peerDir(), only?: readonly SuiteName[]): SuiteResult[] {
  const names = (only ?? (Object.keys(RUNNERS) as SuiteName[])).filter((n) => existsSync(`${dir}/${n}.jsonl`));
  return names.map((n) => RUNNERS[n](dir));
}

/** The text of `tests/peer/failures/SUITE.txt`: a header, then one failing case per line. */
export function failureFileText(r: SuiteResult): string {
  const header = [
    `# ${r.name}: ${r.passed}/${r.total} passed (${percent(rate(r))}); ${r.failures.length} failing cases below, one per line.`,
    `# Convention: ${r.convention}. Written by \`npm run peer\`; do not edit by hand.`,
    '# Each line: the case, expected vs got, and why it fails: deliberate (news convention, see README), divergence, out of scope, or missing (a rule the peer has and dealwire lacks).',
  ];
  return [...header, ...r.failures].join('\n') + '\n';
}

export function failureFilePath(name: string, dir = failuresDir()): string {
  return `${dir}${dir.endsWith('/') ? '' : '/'}${name}.txt`;
}

export function writeFailureFiles(results: readonly SuiteResult[], dir = failuresDir()): string[] {
  mkdirSync(dir, { recursive: true });
  return results.map((r) => {
    const path = failureFilePath(r.name, dir);
    writeFileSync(path, failureFileText(r));
    return path;
  });
}

/** The committed failure file, or null when there is none yet. */
export function readFailureFile(name: string, dir = failuresDir()): string | null {
  const path = failureFilePath(name, dir);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}
