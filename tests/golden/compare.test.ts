import { describe, expect, it } from 'vitest';
import { compareExtractions, dealsMatch, dealsOverlap, formatDifferences, pairDeals } from '../../src/golden/compare.js';
import type { ArticleExtraction } from '../../src/schema/article.js';
import type { DealType, PartyRole } from '../../src/schema/deal.js';

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

describe('compareExtractions on a checked golden file (no mentions)', () => {
  const checked = {
    source: 'a.txt',
    publishedAt: '2024-03-28',
    deals: [
      {
        id: 'd1', type: 'investment' as const, status: 'announced' as const,
        parties: [{ name: 'Amazon Inc', role: 'investor' as const }, { name: 'The Anthropic Co', role: 'investee' as const }],
        amount: { value: 2.75e9, currency: 'USD', text: '$2.75  billion' },
        stake: null,
        date: null,
        evidence: { text: 'Amazon invests $2.75 billion\nin Anthropic.' },
      },
    ],
  };

  it('matches party names without legal suffix, "The" or case, and texts with whitespace collapsed', () => {
    const actual = structuredClone(base);
    actual.deals[0]!.parties = [{ name: 'AMAZON', role: 'investor' }, { name: 'Anthropic', role: 'investee' }];
    expect(compareExtractions(checked, actual)).toEqual([]);
  });

  it('compares only the fields the golden file has: no spans, no mentions, no maxAmount', () => {
    const actual = structuredClone(base);
    actual.deals[0]!.amount!.span = [99, 112];
    actual.deals[0]!.maxAmount = { value: 4e9, currency: 'USD', text: '$4 billion', span: [0, 1], qualifier: 'up_to' };
    actual.mentions.money = [];
    const golden = structuredClone(checked) as typeof checked & { deals: Array<Partial<(typeof checked)['deals'][0]>> };
    delete golden.deals[0]!.date;
    actual.deals[0]!.date = { start: '2024-03-27', end: '2024-03-27', grain: 'day', text: 'Wednesday', span: [0, 9] };
    expect(compareExtractions(golden as typeof checked, actual)).toEqual([]);
  });

  it('accepts an evidence sentence that the pipeline joined with the next one', () => {
    const actual = structuredClone(base);
    actual.deals[0]!.evidence.text = 'Amazon invests $2.75 billion in Anthropic. It is its largest deal.';
    expect(compareExtractions(checked, actual)).toEqual([]);
  });

  it('reports changed fields as path: golden -> now, with parties as one readable line', () => {
    const actual = structuredClone(base);
    actual.deals[0]!.status = 'completed';
    actual.deals[0]!.parties[1]!.role = 'target';
    actual.deals[0]!.type = 'stake_sale';
    actual.deals[0]!.stake = { percent: 10, text: '10 pct stake', span: [0, 1] };
    const text = formatDifferences(compareExtractions(checked, actual));
    expect(text).toContain('~ deals[d1].type: "investment" -> "stake_sale"');
    expect(text).toContain('~ deals[d1].parties: "Amazon Inc (investor), The Anthropic Co (investee)" -> "Amazon (investor), Anthropic (target)"');
    expect(text).toContain('~ deals[d1].stake: null -> {"percent":10}');
    expect(text).toContain('~ deals[d1].status: "announced" -> "completed"');
    expect(text).toContain('evidence: “Amazon invests $2.75 billion in Anthropic.”');
  });

  it('pairs deals by parties, not by position, and reports what is missing or extra', () => {
    const actual = structuredClone(base);
    actual.deals = [
      { ...structuredClone(base.deals[0]!), id: 'd1', type: 'acquisition', parties: [{ name: 'Pellworth', role: 'acquirer' }, { name: 'Corvane', role: 'target' }], amount: null, evidence: { text: 'Pellworth bought Corvane.', span: [50, 75] } },
      { ...structuredClone(base.deals[0]!), id: 'd2' },
    ];
    const diffs = compareExtractions(checked, actual);
    expect(diffs.map((d) => `${d.kind} ${d.path}`)).toEqual(['deal-added deals[d1]']);
    expect(formatDifferences(diffs)).toContain('+ deals[d1]: "acquisition: Pellworth (acquirer), Corvane (target), announced"');
    const none = structuredClone(base);
    none.deals = [];
    expect(formatDifferences(compareExtractions(checked, none))).toContain('- deals[d1]: "investment: Amazon Inc (investor), The Anthropic Co (investee) USD 2750000000, announced"');
  });
});

describe('deal matching', () => {
  const deal = (type: DealType, ...parties: Array<[string, PartyRole]>) => ({ type, parties: parties.map(([name, role]) => ({ name, role })) });

  it('treats compatible types with the same parties in corresponding roles as one deal', () => {
    expect(dealsMatch(deal('stake_sale', ['Sedio N.V.', 'acquirer'], ['Computer Terminal Systems Inc', 'target']), deal('investment', ['Sedio', 'investor'], ['Computer Terminal Systems', 'investee']))).toBe(true);
    expect(dealsMatch(deal('acquisition', ['Pesch and Co', 'acquirer'], ['Republic Health Corp', 'target']), deal('merger', ['Pesch', 'partner'], ['Republic Health', 'partner']))).toBe(true);
    expect(dealsMatch(deal('acquisition', ['A', 'acquirer'], ['B', 'target']), deal('joint_venture', ['A', 'partner'], ['B', 'partner']))).toBe(false);
  });

  it('needs every party: a missing seller or a swapped role is no match', () => {
    expect(dealsMatch(deal('acquisition', ['A', 'acquirer'], ['B', 'target'], ['C', 'seller']), deal('acquisition', ['A', 'acquirer'], ['B', 'target']))).toBe(false);
    expect(dealsMatch(deal('acquisition', ['A', 'acquirer'], ['B', 'target']), deal('acquisition', ['A', 'target'], ['B', 'acquirer']))).toBe(false);
    expect(dealsOverlap(deal('acquisition', ['A', 'acquirer'], ['B', 'target'], ['C', 'seller']), deal('acquisition', ['A', 'acquirer'], ['B', 'target']))).toBe(true);
  });

  it('pairs an exact match before a loose one', () => {
    const g = [deal('acquisition', ['A', 'acquirer'], ['B', 'target'])];
    const a = [deal('acquisition', ['A', 'acquirer']), deal('acquisition', ['A Inc', 'acquirer'], ['B', 'target'])];
    const p = pairDeals(g, a);
    expect(p.matched).toEqual([[g[0], a[1]]]);
    expect(p.added).toEqual([a[0]]);
  });
});
