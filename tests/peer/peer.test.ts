/**
 * The peer suites (Duckling money and dates, chrono-node simple and negative cases; see
 * src/peer/common.ts) as a guard: each pass rate must stay at or above its floor, and the committed
 * failure files must be the ones the current code produces, so a change shows in review which peer
 * cases it fixed or broke. Skipped when the suites are not beside the project (../shared/peer).
 */
import { describe, expect, it } from 'vitest';
import { peerDir, rate, suitesPresent, type SuiteName, type SuiteResult } from '../../src/peer/common.js';
import { FLOORS } from '../../src/peer/floors.js';
import { failureFileText, percent, readFailureFile, runSuites } from '../../src/peer/run.js';

const dir = peerDir();

if (!suitesPresent(dir)) {
  console.warn(`peer suites skipped: no suites in ${dir}`);
  describe('peer suites', () => {
    it.skip(`skipped: no peer suites in ${dir} (they live in ../shared/peer beside the project; DEALWIRE_PEER_DIR overrides)`, () => {});
  });
} else {
  let results: SuiteResult[] | undefined;
  const all = () => (results ??= runSuites(dir));
  const byName = (name: SuiteName) => all().find((r) => r.name === name)!;

  describe('peer suites: pass rates stay at or above their floors', () => {
    it.each(Object.entries(FLOORS) as Array<[SuiteName, { floor: number; target: number }]>)('%s', (name, { floor, target }) => {
      const r = byName(name);
      const x = rate(r);
      expect(x, `${name}: ${r.passed}/${r.total} = ${percent(x)}, below its floor ${percent(floor)} (issue 5 target ${percent(target)}); see tests/peer/failures/${name}.txt after npm run peer`).toBeGreaterThanOrEqual(floor);
    });
  });

  describe('peer suites: the committed failure files are current', () => {
    it.each(Object.keys(FLOORS) as SuiteName[])('tests/peer/failures/%s.txt', (name) => {
      const committed = readFailureFile(name);
      expect(committed, `tests/peer/failures/${name}.txt is missing: run npm run peer`).not.toBeNull();
      expect(committed, `tests/peer/failures/${name}.txt is out of date: run npm run peer and commit it (the diff shows which peer cases changed)`).toBe(
        failureFileText(byName(name)),
      );
    });
  });
}
