#!/usr/bin/env node
/**
 * `npm run peer`: runs the peer suites (Duckling money and dates, chrono-node simple and negative
 * cases; see peer/common.ts for where they come from and the convention each runs under), prints
 * passed / total per suite, and writes the failing cases to tests/peer/failures/SUITE.txt.
 *
 *   node dist/peer/main.js [--no-write] [--dir <suites folder>] [suite ...]
 */
import { peerDir, rate, SUITE_NAMES, suitesPresent, type SuiteName } from './common.js';
import { FLOORS } from './floors.js';
import { percent, runSuites, writeFailureFiles } from './run.js';

function main(argv: string[]): number {
  let write = true;
  let dir = peerDir();
  const only: SuiteName[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--no-write') write = false;
    else if (a === '--dir') dir = argv[++i] ?? dir;
    else if ((SUITE_NAMES as readonly string[]).includes(a)) only.push(a as SuiteName);
    else {
      console.error(`unknown argument ${a}; suites: ${SUITE_NAMES.join(', ')}`);
      return 2;
    }
  }
  if (!suitesPresent(dir)) {
    console.error(`peer suites not found in ${dir} (set DEALWIRE_PEER_DIR or pass --dir)`);
    return 2;
  }
  const started = performance.now();
  const results = runSuites(dir, only.length > 0 ? only : undefined);
  let below = 0;
  for (const r of results) {
    const { floor, target } = FLOORS[r.name as SuiteName];
    const x = rate(r);
    const mark = x < floor ? '  BELOW FLOOR' : x >= target ? '  (target met)' : '';
    if (x < floor) below++;
    console.log(
      `${r.name.padEnd(20)} ${String(r.passed).padStart(4)} / ${String(r.total).padEnd(4)} ${percent(x).padStart(6)}   floor ${percent(floor)}, target ${percent(target)}${mark}`,
    );
    console.log(`${''.padEnd(20)} ${r.convention}`);
  }
  if (write) {
    const paths = writeFailureFiles(results);
    console.log(`failing cases written to ${paths.map((p) => p.replace(/^.*\/tests\//, 'tests/')).join(', ')}`);
  }
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return below > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
