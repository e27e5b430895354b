import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { annotationNameFor, readGoldenOrgs, scoreGoldenOrgs } from '../../src/bench/goldenOrgs.js';

// A tiny golden set written on the fly: a manifest, an article kept "elsewhere" (a sibling folder,
// as ../shared is for the Reuters set), and its organization annotations.
const root = mkdtempSync(join(tmpdir(), 'dealwire-goldenorgs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const article =
  '---\npublished: 1987-03-02\ntitle: "HALVORSEN <HLV> BUYS PELLWORTH"\n---\n' +
  'Halvorsen Industries Inc said it agreed to buy Pellworth Corp for 30 mln dlrs.\n' +
  '    The Securities and Exchange Commission must approve. Halvorsen said the deal closes in May.\n';

const at = (text: string, from = 0) => {
  const start = article.indexOf(text, from);
  return { start, end: start + text.length, text };
};

function makeSet(name: string, mentions: Array<{ start: number; end: number; text: string }>): string {
  const dir = join(root, name, 'golden');
  mkdirSync(join(dir, 'organizations'), { recursive: true });
  mkdirSync(join(root, name, 'stories'), { recursive: true });
  writeFileSync(join(root, name, 'stories', 'a1.txt'), article);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ root: '..', articles: [{ path: 'stories/a1.txt' }] }));
  const title = [at('HALVORSEN')];
  writeFileSync(join(dir, 'organizations', annotationNameFor('a1.txt')), JSON.stringify({ source: 'stories/a1.txt', titleMentions: title, mentions }));
  return dir;
}

describe('golden organization annotations: reading', () => {
  it('reads the stories of a manifest with their annotations', () => {
    const dir = makeSet('ok', [at('Halvorsen Industries Inc')]);
    const { stories, missing } = readGoldenOrgs(dir);
    expect(missing).toEqual([]);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.gold.map((m) => m.text)).toEqual(['Halvorsen Industries Inc']);
    expect(stories[0]!.titleGold.map((m) => m.text)).toEqual(['HALVORSEN']);
  });

  it('refuses an annotation whose text is not at its offsets', () => {
    const bad = at('Pellworth Corp');
    const dir = makeSet('bad', [{ ...bad, start: bad.start + 1, end: bad.end + 1 }]);
    expect(() => readGoldenOrgs(dir)).toThrow(/not "Pellworth Corp"/);
  });

  it('lists stories that are not on the machine instead of failing', () => {
    const dir = makeSet('gone', []);
    rmSync(join(root, 'gone', 'stories'), { recursive: true });
    expect(readGoldenOrgs(dir)).toEqual({ stories: [], missing: ['stories/a1.txt'] });
  });
});

describe('golden organization annotations: scoring', () => {
  const gold = [at('Halvorsen Industries Inc'), at('Pellworth Corp'), at('Securities and Exchange Commission'), at('Halvorsen', 200)];
  const dir = makeSet('score', gold);
  const { stories } = readGoldenOrgs(dir);

  it('scores exact spans, overlaps, misses and spurious names', () => {
    const s = scoreGoldenOrgs(stories.map((st) => ({ ...st, gold: st.gold.filter((m) => m.text !== 'Pellworth Corp') })));
    // dealwire finds the two companies, the regulator (a public body) and the short form; the gold
    // here leaves Pellworth Corp out, so it is spurious and nothing is missed.
    expect(s.exact).toMatchObject({ gold: 3, found: 4, correct: 3 });
    expect(s.exact.recall).toBeCloseTo(1);
    expect(s.exact.precision).toBeCloseTo(0.75);
    expect(s.missed).toEqual([]);
    expect(s.spurious).toEqual([{ text: 'Pellworth Corp', count: 1 }]);
    expect(s.lenient.correct).toBe(3);
  });

  it('counts the title only when asked', () => {
    const s = scoreGoldenOrgs(stories, { withTitles: true });
    expect(s.exact.gold).toBe(5);
    expect(s.missed.map((m) => m.text)).toContain('HALVORSEN');
  });

  it('counts a found span that only overlaps a gold one as lenient, not exact', () => {
    const short = makeSet('overlap', [{ ...at('Pellworth Corp for'), text: 'Pellworth Corp for' }]);
    const s = scoreGoldenOrgs(readGoldenOrgs(short).stories);
    expect(s.exact.correct).toBe(0);
    expect(s.lenient.correct).toBe(1);
    expect(s.spurious.map((n) => n.text)).toEqual(['Halvorsen', 'Halvorsen Industries Inc', 'Pellworth Corp', 'Securities and Exchange Commission']);
  });
});
