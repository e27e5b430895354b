import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDifferences, squash } from '../../src/golden/compare.js';
import { readManifest } from '../../src/golden/manifest.js';
import { evaluate, manifestTarget, type GoldenTarget } from '../../src/golden/run.js';
import { CheckedGoldenSchema } from '../../src/golden/schema.js';

// The hand-checked Reuters golden set. The stories stay in ../shared (they may not be copied into
// the repository); the golden files and the manifest live beside this file in reuters/.
const manifestPath = fileURLToPath(new URL('./reuters/manifest.json', import.meta.url));
const { entries } = readManifest(manifestPath);
const present = entries.filter((e) => existsSync(e.articlePath));
const available = present.length > 0;

const target = (e: (typeof entries)[number]): GoldenTarget => manifestTarget(e, manifestPath);

if (!available) {
  const why = `golden Reuters set skipped: the Reuters stories are not there (${entries[0]?.path ?? '../shared/reuters21578'}, relative to the repository); they are kept outside it, in ../shared`;
  console.warn(why);
  describe('golden Reuters set', () => {
    it.skip(why, () => {});
  });
} else {
  const passing = entries.filter((e) => e.knownFailure === undefined);
  const known = entries.filter((e) => e.knownFailure !== undefined);

  describe('golden Reuters set: the golden files', () => {
    it('has every story of the manifest, and a golden file for each', () => {
      expect(entries.filter((e) => !existsSync(e.articlePath)).map((e) => e.path), 'stories missing from ../shared').toEqual([]);
      expect(entries.filter((e) => !existsSync(e.goldenPath)).map((e) => e.path), 'golden files missing').toEqual([]);
    });

    it('lists every golden file beside the manifest', () => {
      const listed = new Set(entries.map((e) => e.goldenPath));
      const files = readdirSync(dirname(manifestPath)).filter((f) => f.endsWith('.golden.json')).map((f) => join(dirname(manifestPath), f));
      expect(files.filter((f) => !listed.has(f))).toEqual([]);
    });

    it.each(entries.map((e) => [e.path, e] as const))('%s: golden file is well-formed and quotes the story', (_, e) => {
      const golden = CheckedGoldenSchema.parse(JSON.parse(readFileSync(e.goldenPath, 'utf8')));
      expect(golden.source).toBe(e.path);
      const story = squash(readFileSync(e.articlePath, 'utf8'));
      const published = /\npublished: (\d{4}-\d{2}-\d{2})/.exec(readFileSync(e.articlePath, 'utf8'))?.[1];
      expect(golden.publishedAt).toBe(published);
      for (const d of golden.deals) {
        // Evidence, amount and date texts are copied from the story, so that they can be found in it.
        if (d.evidence) expect(story, `evidence of ${d.id}`).toContain(squash(d.evidence.text));
        if (d.amount?.text) expect(story.toLowerCase(), `amount of ${d.id}`).toContain(squash(d.amount.text).toLowerCase());
        if (d.date?.text) expect(story.toLowerCase(), `date of ${d.id}`).toContain(squash(d.date.text).toLowerCase());
        expect(d.parties.length, `parties of ${d.id}`).toBeGreaterThan(0);
      }
    });
  });

  describe('golden Reuters set', () => {
    if (passing.length === 0) it.skip('no story passes yet: every one is a known failure', () => {});
    it.each(passing.map((e) => [e.path, e] as const))('%s matches its hand-checked golden file', async (_, e) => {
      const r = await evaluate(target(e));
      expect(r.error).toBeUndefined();
      // The message is the readable diff: path: golden -> now, with the evidence sentence.
      expect(r.diffs, `\n${formatDifferences(r.diffs)}\n`).toEqual([]);
    });
  });

  describe(`golden Reuters set: known failures (${known.length}; the count only goes down)`, () => {
    const stillFailing: string[] = [];
    afterAll(() => {
      if (stillFailing.length > 0) {
        console.info(`golden Reuters set: ${stillFailing.length} known failure(s) of ${entries.length} stories, listed with their reasons in tests/golden/reuters/manifest.json`);
      }
    });
    it.each(known.map((e) => [e.path, e] as const))('known failure: %s', async (_, e) => {
      const r = await evaluate(target(e));
      expect(r.error).toBeUndefined();
      // A known failure that starts to pass fails here, so that the manifest gets updated.
      expect(r.diffs.length, `${e.path} now matches its golden file: remove its "knownFailure" from tests/golden/reuters/manifest.json (was: ${e.knownFailure})`).toBeGreaterThan(0);
      stillFailing.push(e.path);
    });
  });
}
