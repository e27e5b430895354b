import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { finish, parseConll, scoreSpans } from '../../src/bench/conll.js';
import { extract } from '../../src/extract.js';

const sample = readFileSync(new URL('./sample.conll', import.meta.url), 'utf8');

describe('CoNLL reading and ORG scoring', () => {
  const docs = parseConll(sample);

  it('reads documents, joins tokens with spaces and finds gold ORG spans in IOB1 and IOB2', () => {
    expect(docs).toHaveLength(2);
    const names = (d: (typeof docs)[number]) => d.orgs.map(([a, b]) => d.text.slice(a, b));
    expect(names(docs[0]!)).toEqual(['Halvorsen Industries Inc', 'Pellworth Corp', 'Pellworth']);
    expect(names(docs[1]!)).toEqual(['Corvane Holdings Ltd', 'Tesseric Labs Inc']);
    expect(docs[0]!.text.split('\n')[0]).toBe('Halvorsen Industries Inc said on Tuesday it agreed to buy Pellworth Corp for 30 mln dlrs .');
  });

  it('scores exact spans', () => {
    const s = finish(scoreSpans([[0, 5], [10, 15]], [[0, 5], [10, 14], [20, 25]]));
    expect(s).toMatchObject({ gold: 2, found: 3, correct: 1 });
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('dealwire finds the sample organizations and not the person or the place', () => {
    const total = { gold: 0, found: 0, correct: 0 };
    for (const d of docs) {
      const s = scoreSpans(d.orgs, extract(d.text).mentions.organizations.map((o) => o.span));
      total.gold += s.gold;
      total.found += s.found;
      total.correct += s.correct;
    }
    expect(finish(total)).toMatchObject({ gold: 5, found: 5, correct: 5 });
  });
});
