import { describe, expect, it } from 'vitest';
import { candidatesIn } from '../../src/deals/candidates.js';
import { sentenceViews } from '../../src/deals/sentenceView.js';
import { runStages } from '../../src/extract.js';
import { ExtractOptions } from '../../src/schema/options.js';

const triggersOf = (text: string) =>
  sentenceViews(runStages(text, ExtractOptions.parse({}))).map((v) => candidatesIn(v).map((c) => [c.type, c.trigger]));

describe('deal candidates', () => {
  it('finds the deal word of each sentence', () => {
    expect(triggersOf('Gamma Corp bought Beta Inc. The buyer paid 5 mln dlrs.')).toEqual([[['acquisition', 'bought']], [['acquisition', 'buyer']]]);
  });

  it('does not take words that name members of Object for deal words', () => {
    // The trigger table once inherited from Object.prototype: "constructor" opened a deal of type Object.
    expect(triggersOf('Gamma Corp bought Beta Inc. The constructor paid 5 mln dlrs, said toString and valueOf.')).toEqual([[['acquisition', 'bought']], []]);
  });
});

const candidatesOf = (text: string) => sentenceViews(runStages(text, ExtractOptions.parse({}))).flatMap((v) => candidatesIn(v));

describe('deal candidates: bids, blocks of shares and stakes', () => {
  it('counts a bid that names its bidder in its own phrase, without "for"', () => {
    const [c] = candidatesOf('Dunmore Inc rejected a bid of 2.55 dlrs a share by <Kestrel Ltd>.');
    expect([c?.type, c?.trigger]).toEqual(['acquisition', 'bid']);
    expect(c?.parties).toEqual([
      { name: 'Kestrel', role: 'acquirer' },
      { name: 'Dunmore', role: 'target' },
    ]);
    // The participle: shares offered by a company are its to sell.
    expect(candidatesOf('The five mln shares offered by Kestrel Ltd drew buyers.').map((x) => x.trigger)).not.toContain('offered');
    // A bid with no bidder named and nothing bid for is no deal word.
    expect(candidatesOf('Kestrel Ltd made a bid of 2.55 dlrs a share.')).toEqual([]);
  });

  it('keeps rival bids in one sentence apart', () => {
    const cs = candidatesOf('Kestrel Ltd will offer 4.15 dlrs a share for Dunmore Ltd, currently the subject of a 3.80 dlrs a share bid by Halvard Ltd.');
    expect(cs.map((c) => c.parties.filter((p) => p.role === 'acquirer').map((p) => p.name))).toEqual([['Kestrel'], ['Halvard']]);
  });

  it('reads the stake phrase after the deal word, not an earlier holding', () => {
    const [c] = candidatesOf('Kestrel Corp said it will keep its 15 pct stake and may acquire up to 25 pct of Dunmore Inc.');
    expect(c?.type).toBe('stake_sale');
    expect(c?.stake?.percent).toBe(25);
  });

  it('reads an offer for a counted block of shares as a stake, and for all of them or the rest as the company', () => {
    expect(candidatesOf('Kestrel Ltd offered 3.8 billion pesos for the 38 mln shares of Dunmore Corp.')[0]?.type).toBe('stake_sale');
    expect(candidatesOf('Kestrel Ltd offered 20 dlrs a share for the three mln shares of Dunmore Corp it does not already own.')[0]?.type).toBe('acquisition');
    expect(candidatesOf('Kestrel Ltd offered 20 dlrs a share for all the shares of Dunmore Corp.')[0]?.type).toBe('acquisition');
  });

  it('reads managing investments as a business, not a deal', () => {
    expect(candidatesOf('Rasko Dunn Inc manages investments for institutions and has 690 mln dlrs in assets.')).toEqual([]);
    expect(candidatesOf('Rasko Dunn Inc made investments in Veltro Corp.').map((c) => c.type)).toEqual(['investment']);
  });

  it('reads buying "the stake" as a stake purchase', () => {
    expect(candidatesOf('Kestrel Corp said it bought the stake for 11.7 mln dlrs.')[0]?.type).toBe('stake_sale');
    expect(candidatesOf('Kestrel Corp said it bought Dunmore Inc for 11.7 mln dlrs.')[0]?.type).toBe('acquisition');
  });
});
