import { describe, expect, it } from 'vitest';
import { compareExtractions, formatDifferences } from '../../src/golden/compare.js';
import type { ArticleExtraction } from '../../src/schema/article.js';

const base: ArticleExtraction = {
  source: 'a.txt',
  publishedAt: '2024-03-28',
  deals: [
    {
      id: 'd1', type: 'investment', status: 'announced',
      parties: [{ name: 'Amazon', role: 'investor' }, { name: 'Anthropic', role: 'investee' }],
      amount: { value: 2.75e9, currency: 'USD', text: '$2.75 billion', span: [10, 23], qualifier: 'exact' },
      date: null, evidence: { text: 'Amazon invests $2.75 billion in Anthropic.', span: [0, 42] },
    },
  ],
  mentions: { money: [{ text: '$2.75 billion', span: [10, 23], value: 2.75e9, currency: 'USD', qualifier: 'exact', perShare: false, implied: [], rule: 'm' }], organizations: [], dates: [] },
  messages: [],
};

describe('compareExtractions', () => {
  it('finds no difference between equal extractions', () => {
    expect(compareExtractions(base, structuredClone(base))).toEqual([]);
  });

  it('reports a changed amount as path: old -> new with the evidence sentence', () => {
    const changed = structuredClone(base);
    changed.deals[0]!.amount!.value = 2.75e6;
    changed.mentions.money[0]!.value = 2.75e6;
    const text = formatDifferences(compareExtractions(base, changed));
    expect(text).toContain('~ deals[d1].amount.value: 2750000000 -> 2750000');
    expect(text).toContain('evidence: “Amazon invests $2.75 billion in Anthropic.”');
    expect(text).toContain('~ mentions.money[10-23 "$2.75 billion"].value: 2750000000 -> 2750000');
  });

  it('reports added and removed deals and mentions', () => {
    const changed = structuredClone(base);
    changed.deals = [];
    changed.mentions.money = [];
    changed.mentions.dates = [{ text: 'Wednesday', span: [0, 9], start: '2024-03-27', end: '2024-03-27', grain: 'day', resolved: true, implied: [], rule: 'd' }];
    const kinds = compareExtractions(base, changed).map((d) => d.kind).sort();
    expect(kinds).toEqual(['deal-removed', 'mention-added', 'mention-removed']);
  });
});
