import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { DealRecord } from '../../src/schema/deal.js';

/** The deals of a short newswire-style text, reduced to what a reader checks. */
function deals(text: string, publishedAt = '2024-03-28'): DealRecord[] {
  return extract(text, { publishedAt }).deals;
}

function roles(d: DealRecord): Record<string, string> {
  return Object.fromEntries(d.parties.map((p) => [p.role === 'partner' ? `${p.name}` : p.role, p.role === 'partner' ? 'partner' : p.name]));
}

describe('deal patterns', () => {
  it('X acquired Y for $N', () => {
    const [d, ...rest] = deals('Halvorsen Industries Inc acquired Pellworth Corp for $30 million.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'acquisition', status: 'completed', amount: { value: 30_000_000, currency: 'USD', text: '$30 million' } });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('X agreed to buy Y in a deal valued at $N', () => {
    const [d] = deals('Halvorsen Industries Inc agreed to buy Pellworth Corp in a deal valued at $1.2 billion, the companies said on Tuesday.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'announced', amount: { value: 1_200_000_000, currency: 'USD' } });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
    expect(d!.date).toMatchObject({ start: '2024-03-26', grain: 'day' });
  });

  it('X will invest up to $N in Y', () => {
    const [d] = deals('Corvane Holdings Ltd will invest up to $500 million in Tesseric Labs Inc over three years.');
    expect(d).toMatchObject({ type: 'investment', status: 'planned', amount: { value: 500_000_000, qualifier: 'up_to' } });
    expect(roles(d!)).toEqual({ investor: 'Corvane Holdings', investee: 'Tesseric Labs' });
  });

  it('Y raised $N in a Series B led by X', () => {
    const [d] = deals('Tesseric Labs Inc raised $40 million in a Series B round led by Marlow Ventures LLC.');
    expect(d).toMatchObject({ type: 'funding_round', amount: { value: 40_000_000, currency: 'USD' } });
    expect(roles(d!)).toEqual({ investee: 'Tesseric Labs', investor: 'Marlow Ventures' });
  });

  it('X sold its 20% stake in Y to Z for €N', () => {
    const [d] = deals('Halvorsen Industries Inc sold its 20% stake in Pellworth Corp to Corvane Holdings Ltd for €150 million.');
    expect(d).toMatchObject({ type: 'stake_sale', amount: { value: 150_000_000, currency: 'EUR' }, stake: { percent: 20 } });
    expect(roles(d!)).toEqual({ seller: 'Halvorsen Industries', target: 'Pellworth', acquirer: 'Corvane Holdings' });
  });

  it('X and Y agreed to merge', () => {
    const [d, ...rest] = deals('Pellworth Corp and Tesseric Labs Inc agreed to merge, creating the largest maker of industrial sensors.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'merger', status: 'announced', amount: null });
    expect(d!.parties.map((p) => [p.name, p.role]).sort()).toEqual([['Pellworth', 'partner'], ['Tesseric Labs', 'partner']]);
  });

  it("X's $N takeover of Y", () => {
    const [d] = deals("Corvane Holdings Ltd's $2 billion takeover of Pellworth Corp won approval from shareholders on Monday.");
    expect(d).toMatchObject({ type: 'acquisition', amount: { value: 2_000_000_000 } });
    expect(roles(d!)).toEqual({ acquirer: 'Corvane Holdings', target: 'Pellworth' });
  });

  it('Y was acquired by X (passive)', () => {
    const [d] = deals('Pellworth Corp was acquired by Halvorsen Industries Inc for $75 million in 2022.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'completed', amount: { value: 75_000_000 } });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
    expect(d!.date).toMatchObject({ start: '2022-01-01', end: '2022-12-31', grain: 'year' });
  });

  it('a deal spread over two sentences', () => {
    const text = 'Halvorsen Industries Inc bought Pellworth Corp. The deal was worth $90 million, according to a filing.';
    const [d, ...rest] = deals(text);
    expect(rest).toHaveLength(0);
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
    expect(d!.amount).toMatchObject({ value: 90_000_000, text: '$90 million' });
    expect(d!.evidence.text).toBe('Halvorsen Industries Inc bought Pellworth Corp.');
  });

  it('the same deal mentioned twice is one record', () => {
    const text =
      'Halvorsen Industries Inc agreed to acquire Pellworth Corp for $90 million. ' +
      'Analysts said the price was fair. ' +
      "Halvorsen's acquisition of Pellworth for $90 million is expected to close in June.";
    const list = deals(text);
    expect(list).toHaveLength(1);
    expect(list[0]!.mentions).toHaveLength(1);
  });

  it('mentions without a deal make no record', () => {
    expect(deals('Halvorsen Industries Inc and Pellworth Corp both make industrial sensors.')).toEqual([]);
    expect(deals('Halvorsen Industries Inc said its shares rose 6.4 pct to $40 a share.')).toEqual([]);
  });

  it('keeps every evidence span true to the text', () => {
    const text = 'Halvorsen Industries Inc bought Pellworth Corp.\n\nThe deal was worth $90 million.';
    for (const d of deals(text)) expect(text.slice(d.evidence.span[0], d.evidence.span[1])).toBe(d.evidence.text);
  });
});

describe('stakes', () => {
  it('reads "N pct of Y" as a stake bought, without the word stake', () => {
    const [d] = deals("Halvorsen Industries Inc said it bought 12 pct of Pellworth Corp's common shares for 45 mln dlrs.");
    expect(d).toMatchObject({ type: 'stake_sale', stake: { percent: 12 }, amount: { value: 45_000_000, currency: 'USD' } });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('a majority stake bought is an acquisition', () => {
    const [d] = deals('Corvane Holdings Ltd acquired a 60% stake in Tesseric Labs Inc.');
    expect(d).toMatchObject({ type: 'acquisition', stake: { percent: 60 } });
  });

  it('"if the purchase would give it over N pct of Y": a threshold, no stake; a plain "bought over N pct of Y" still is one', () => {
    const [d] = deals('Halvorsen Industries Inc said it may complete the purchase of Pellworth Corp shares if it would give it over 90 pct of Pellworth.');
    expect(d).toMatchObject({ stake: null });
    expect(roles(d!)).toMatchObject({ acquirer: 'Halvorsen Industries' });
    const [e] = deals('Halvorsen Industries Inc said it bought over 12 pct of Pellworth Corp.');
    expect(e).toMatchObject({ stake: { percent: 12 } });
  });

  it('"shares of its 11.25 dlr convertible preferred stock": the dividend names the stock, the price comes later', () => {
    const [d, ...rest] = deals('Halvorsen Industries Inc said it acquired 136,300 shares of Pellworth Corp\'s 11.25 dlr convertible preferred stock, or 7.1 pct of the total. Halvorsen said it bought the stake for 11.7 mln dlrs.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'stake_sale', amount: { value: 11_700_000 }, stake: { percent: 7.1 } });
  });

  it('"a professor said he raised his stake in Y to N pct": a stake in a named company is a record without a named buyer', () => {
    const [d, ...rest] = deals('A finance professor said he raised his stake in Pellworth Corp to 45,340 shares, or 7.4 pct of the total.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'stake_sale', stake: { percent: 7.4 }, parties: [{ name: 'Pellworth', role: 'target' }] });
    expect(deals('Halvorsen Industries Inc said it expects to buy a 20 pct stake.')).toEqual([]);
    expect(deals('If a party acquired 20 pct of Pellworth Corp stock, holders could buy more shares.')).toEqual([]);
  });

  it('"raised his stake in the company to 273,100 shares, or 12.1 pct": the stand-in is the target, the percentage the stake', () => {
    const [d, ...rest] = deals('Pellworth Corp shares rose. A developer said he raised his stake in the company to 273,100 shares, or 12.1 pct, from 219,600, or 9.7 pct.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'stake_sale', stake: { percent: 12.1 }, parties: [{ name: 'Pellworth', role: 'target' }] });
  });

  it('a percentage that is no stake is left alone', () => {
    const [d] = deals('Revenue rose 12 pct in the quarter after Halvorsen Industries Inc acquired Pellworth Corp.');
    expect(d).toMatchObject({ type: 'acquisition', stake: null });
  });
});

describe('Reuters forms', () => {
  it('keeps a company with a dotted ticker in the sentence with its verb', () => {
    const [d] = deals('The British Petroleum Co Plc <BP.L> said it agreed to buy Pellworth Corp for 70 mln stg.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'announced', amount: { value: 70_000_000, currency: 'GBP' } });
    expect(roles(d!)).toEqual({ acquirer: 'British Petroleum', target: 'Pellworth' });
  });

  it('X said it has completed the sale of its unit to Z', () => {
    const [d] = deals('Halvorsen Industries Inc said it has completed the sale of its Pellworth Corp subsidiary to Corvane Holdings Ltd for 27.5 mln dlrs.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'completed', amount: { value: 27_500_000 } });
    expect(roles(d!)).toEqual({ seller: 'Halvorsen Industries', target: 'Pellworth', acquirer: 'Corvane Holdings' });
  });
});

describe('stake changes and control', () => {
  it('"raised its stake in Y" is a stake bought', () => {
    const [d] = deals('Corvane Holdings Ltd said it raised its stake in Pellworth Corp to 16.8 pct from 15.2 pct.');
    expect(d).toMatchObject({ type: 'stake_sale', stake: { percent: 16.8 } });
    expect(roles(d!)).toEqual({ acquirer: 'Corvane Holdings', target: 'Pellworth' });
  });

  it('selling 95 pct of a company is an acquisition', () => {
    const [d] = deals('Halvorsen Industries Inc said it agreed to sell 95 pct of Pellworth Corp for seven mln dlrs.');
    expect(d).toMatchObject({ type: 'acquisition', stake: { percent: 95 } });
    expect(roles(d!)).toMatchObject({ seller: 'Halvorsen Industries', target: 'Pellworth' });
  });
});

describe('mergers that are takeovers', () => {
  it('"agreed to merge with an affiliate of Y" is an acquisition by Y', () => {
    const [d] = deals('Halvorsen Industries Inc said it has entered into an agreement to merge with an affiliate of Corvane Holdings Ltd in a transaction valued at about 500 mln dlrs.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'announced', amount: { value: 500_000_000, qualifier: 'approximate' } });
    expect(roles(d!)).toEqual({ acquirer: 'Corvane Holdings', target: 'Halvorsen Industries' });
  });
});

describe('status and passives', () => {
  it('a proposed deal that regulators approved is at least announced', () => {
    const [d] = deals('Regulators gave final clearance to the proposed 225 mln dlr acquisition of Pellworth Corp by Halvorsen Industries Inc.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'announced' });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('"Y was sold for $N" makes Y the target, not the seller', () => {
    const [d] = deals('Pellworth Corp was sold for three mln stg, the company said.');
    expect(d).toMatchObject({ parties: [{ name: 'Pellworth', role: 'target' }], amount: { value: 3_000_000, currency: 'GBP' } });
  });
});

describe('sales seen from the seller', () => {
  it('"seeking a buyer for Y" is a planned sale', () => {
    const [d] = deals('Halvorsen Industries Inc said it is seeking a buyer for its Pellworth Corp unit.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'planned' });
    expect(roles(d!)).toEqual({ seller: 'Halvorsen Industries', target: 'Pellworth' });
  });
});

describe('references back to a company named earlier', () => {
  it('"The company said it agreed to buy Y": the company is the one the story is about', () => {
    const [d, ...rest] = deals('Halvorsen Industries Inc reported higher first-quarter profit on Monday. The company said it agreed to buy Pellworth Corp for $30 million.');
    expect(rest).toHaveLength(0);
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('"It said it bought ...": a pronoun opening a sentence means the company of the sentences before', () => {
    const [d, ...rest] = deals('Corvane Holdings Ltd told regulators it had raised its stake in Pellworth Corp to 8.6 pct, from 7 pct. The investment firm said it bought the Pellworth shares between March 30 and April 2.');
    // The shares bought are the stake raised: one deal, not two.
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'stake_sale', status: 'completed', stake: { percent: 8.6 } });
    expect(roles(d!)).toEqual({ acquirer: 'Corvane Holdings', target: 'Pellworth' });
  });

  it('"its" belongs to the nearest name before it', () => {
    const [d, ...rest] = deals('Analysts said Halvorsen Industries Inc would gain capacity and Corvane Holdings Ltd would see a return on its investment in Pellworth Corp.');
    expect(rest).toHaveLength(0);
    expect(roles(d!)).toEqual({ investor: 'Corvane Holdings', investee: 'Pellworth' });
  });

  it('an expletive "it" stands for no company', () => {
    expect(deals('Halvorsen Industries Inc reported higher profit. It is expected that Pellworth Corp will be bought.')).toEqual([]);
  });

  it('"the target company" and "the combined company" are not the company the story is about', () => {
    expect(deals('Halvorsen Industries Inc said profit rose. The combined company agreed to buy Pellworth Corp.')).toEqual([]);
  });
});

describe('offers and the companies that answer them', () => {
  it('"Y has accepted its offer": the one who accepts is the target, "its" the one who said so', () => {
    const [d] = deals('Halvorsen Industries Inc said Pellworth Corp has accepted its previously announced acquisition offer.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'announced' });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('"Y rejected X\'s takeover bid"', () => {
    const [d] = deals("Pellworth Corp rejected Halvorsen Industries Inc's 30 dlrs a share takeover bid.");
    expect(d).toMatchObject({ type: 'acquisition', status: 'cancelled' });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('"an offer by Y to merge with X" is a takeover proposal by Y', () => {
    const [d] = deals('Pellworth Corp said it received an offer made today by Halvorsen Industries Inc to merge with its Tesseric Labs Inc unit.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'planned' });
    expect(roles(d!)).toMatchObject({ acquirer: 'Halvorsen Industries', target: 'Tesseric Labs' });
  });

  it('"the N pct of Y it does not already own" completes control: an acquisition', () => {
    const [d] = deals('Halvorsen Industries Inc offered to acquire the 36 pct of Pellworth Corp stock that it does not already own.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'planned', stake: { percent: 36 } });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });
});

describe('more ways to tell a purchase', () => {
  it('"the attempt by X to take over Y"', () => {
    const [d] = deals('The recent attempt by Halvorsen Industries AG <HALV.Z> to take over Pellworth AG <PELL.Z> failed to win support.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'planned' });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('"Y was taken over by X" is a passive', () => {
    const [d] = deals('Pellworth Corp was taken over by Halvorsen Industries Inc last year.');
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('"X said it paid $N for 8.6 pct of Y": a stake bought, told by its price', () => {
    const [d] = deals('<Halvorsen Industries Plc> said it paid a cash consideration of around 5.4 mln dlrs for about 8.6 pct of <Pellworth Corp>.');
    expect(d).toMatchObject({ type: 'stake_sale', status: 'completed', stake: { percent: 8.6 }, amount: { value: 5_400_000 } });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('paying a dividend is no purchase', () => {
    expect(deals('Halvorsen Industries Inc said it paid a dividend of 10 cts a share for the quarter to holders of Pellworth Corp.')).toEqual([]);
  });

  it('buying a company for stock buys the company, not a stake', () => {
    const [d] = deals('Halvorsen Industries Inc agreed to buy Pellworth Corp for stock valued at 40 mln dlrs.');
    expect(d).toMatchObject({ type: 'acquisition' });
  });

  it('"X retained Y to seek a buyer for Z": the adviser takes no role', () => {
    const [d, ...rest] = deals('Halvorsen Industries Inc said it retained Marlow Securities Inc to seek a buyer for Pellworth Ltd of Toronto.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'acquisition', status: 'planned' });
    expect(roles(d!)).toEqual({ seller: 'Halvorsen Industries', target: 'Pellworth' });
  });
});

describe('what is bought and who owned it', () => {
  it('"sell its courier unit, Y, to Z": the name in apposition is the target', () => {
    const [d] = deals('Halvorsen Industries Inc said it signed a letter of intent to sell its Canadian courier unit, Pellworth Express Ltd, to Corvane Holdings Ltd for about 54 mln dlrs.');
    expect(roles(d!)).toEqual({ seller: 'Halvorsen Industries', target: 'Pellworth Express', acquirer: 'Corvane Holdings' });
  });

  it('"purchase of the assets of X": X sells, no target is named', () => {
    const [d] = deals('Halvorsen Industries Inc said it completed the purchase of the container fleet and certain related assets of Pellworth Leasing Inc for about 130 mln dlrs.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'completed', amount: { value: 130_000_000 } });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', seller: 'Pellworth Leasing' });
  });

  it('"the takeover of X\'s mining division": X sells', () => {
    const [d] = deals("Halvorsen Industries AB said the takeover of Pellworth Corp's <PELL.O> mining machinery division for 600 mln crowns made it the largest maker of such equipment.");
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', seller: 'Pellworth' });
  });

  it('"X\'s takeover offer to Y was rejected": an offer is made to its target', () => {
    const [d] = deals("Late last year, Halvorsen Industries Inc's takeover offer to the Pellworth Group Inc was rejected by Pellworth.");
    expect(d).toMatchObject({ type: 'acquisition', status: 'cancelled' });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth Group' });
  });
});

describe('one deal told twice', () => {
  it('"Y will be acquired by X ... As a result of the merger": the merger is how the acquisition is done', () => {
    const [d, ...rest] = deals('Pellworth Inc said it will be acquired by Halvorsen Industries Inc in a stock transaction approved by shareholders. As a result of the merger, the former shareholders of Pellworth will become the majority shareholders of Halvorsen Industries.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'acquisition' });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
    expect(d!.mentions).toHaveLength(1);
  });
});

describe('status and stand-ins, read with care', () => {
  it('a month name is no cue: "a May 10 accord" is not "may"', () => {
    const [d] = deals("Halvorsen Industries Inc said its directors approved a May 10 accord with Pellworth Corp under which Halvorsen Industries would acquire Pellworth.");
    expect(d).toMatchObject({ type: 'acquisition', status: 'announced' });
  });

  it('"X said it is buying Y": "it is" before a verb is the company', () => {
    const [d] = deals('Halvorsen Industries Inc said it is buying Pellworth Corp for 30 mln dlrs.');
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('"X told Y it may buy": "it" is the teller, not the one told', () => {
    const [d] = deals('Halvorsen Industries Inc raised its stake in Pellworth Corp to 9.5 pct. The investment firm told Marlow Bank Inc it may buy more Pellworth shares.');
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
    expect(JSON.stringify(d!.parties)).not.toContain('Marlow');
  });

  it('"X said an investor group has acquired a stake in it from Y": X is not the buyer', () => {
    const found = deals('Halvorsen Industries Inc said an investor group led by management has acquired a 73 pct stake in the company from Pellworth Corp.');
    expect(found.flatMap((d) => d.parties).filter((p) => p.role === 'acquirer')).toEqual([]);
  });
});

describe('owners of deal nouns', () => {
  it('"conditions of X\'s <T> proposed acquisition of Y": the owner is the buyer, whatever stands before it', () => {
    const [d] = deals("Pellworth Airlines said it reached an agreement with its pilots needed to satisfy conditions of Halvorsen Group's <HAL> proposed acquisition of Pellworth Airlines.");
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Group', target: 'Pellworth Airlines' });
  });

  it('"Y\'s acquisition by X": the owner is the one acquired', () => {
    const [d] = deals("Pellworth Corp's acquisition by Halvorsen Industries Inc was completed on Monday.");
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });
});

describe('what is not a price, a party or a deal', () => {
  it('"shareholders approved the acquisition of Y by X": the one named by "by" buys, not the one that said so', () => {
    const [d] = deals('Pellworth Inc said its shareholders approved the 525,000 dlr acquisition of Pellworth by Halvorsen Industries Inc.');
    expect(roles(d!)).toEqual({ target: 'Pellworth', acquirer: 'Halvorsen Industries' });
  });

  it('"assets of X, a wholly owned subsidiary of Y": Y is X\'s parent, no party', () => {
    const [d] = deals('Halvorsen Industries Inc said it acquired certain assets of Pellworth Heater Co Inc, a wholly owned subsidiary of the Marlow Co.');
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', seller: 'Pellworth Heater' });
  });

  it('a past deal verb says the deal is done, whatever the warrants in the sentence are "to buy"', () => {
    const [d, ...rest] = deals('Halvorsen Industries Inc said it acquired Pellworth Inc from Marlow Corp for six mln dlrs in cash and warrants to buy 200,000 Halvorsen Industries common shares.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ status: 'completed', amount: { value: 6_000_000 } });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth', seller: 'Marlow' });
  });

  it('"the purchase price was financed ...": the deal told before, and its amount is not the price', () => {
    const [d, ...rest] = deals('Halvorsen Industries Inc said it acquired Pellworth Inc for six mln dlrs. Halvorsen Industries said the purchase price was financed, along with one mln dlrs in working capital, through a bank loan.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ amount: { value: 6_000_000 } });
    expect(d!.mentions).toHaveLength(1);
  });

  it('a company\'s revenues are not the price of the deal that lifts them', () => {
    const [d] = deals('Halvorsen Industries Inc said its Halvorsen Imaging unit acquired a 50 pct stake in Pellworth Ltd. It said the acquisition would lift Halvorsen Imaging revenues to 50 mln dlrs this year.');
    expect(d!.amount).toBeNull();
  });

  it('"investment advisory firm" describes a firm; no investment is made', () => {
    expect(deals('The firms, Halvorsen Corp and Pellworth International Ltd, a Bermuda-based investment advisory firm, said they hold 7.7 pct of Marlow Airlines Inc.').filter((d) => d.type === 'investment')).toEqual([]);
  });
});

describe('offers, take-overs and prices told apart', () => {
  it('"submitted a proposal to Y for the acquisition of the company": the offer goes to its target', () => {
    const [d] = deals('Halvorsen Industries Inc confirmed that it has submitted a proposal to Pellworth Corp for the acquisition of the company at 13.50 dlrs per share in cash.');
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });

  it('"has taken over the division of Y" is done, and "The cost of the deal is N" gives its price though names are in the sentence', () => {
    const [d, ...rest] = deals('Halvorsen Group has taken over the consumer goods division of British group Pellworth EMI, its chairman said. The cost of the deal, signed late yesterday, is around 90 mln stg and Halvorsen will finance 50 mln of this.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ status: 'completed', amount: { value: 90_000_000, currency: 'GBP' } });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Group', seller: 'Pellworth EMI' });
  });

  it('a joint venture named with one party is background, not a deal', () => {
    const found = deals('Halvorsen Inn Corp said it has agreed to buy Pellworth Corp out of their equally-owned joint venture for 51.4 mln dlrs.');
    expect(found.map((d) => d.type)).toEqual(['acquisition']);
  });
});

describe('"the target", "the bidder": parties by their role in the deal told last', () => {
  it('"raised its offer for the target": the target of the offer told before', () => {
    const [d, ...rest] = deals('Halvorsen Industries Inc made a 30 dlrs a share offer for Pellworth Corp on Monday. Halvorsen Industries later raised its offer for the target to 32 dlrs a share.');
    expect(rest).toHaveLength(0);
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
    expect(d!.mentions).toHaveLength(1);
  });

  it('"The target company said it rejected the bid": the one answering is the target, not the bidder', () => {
    const [d, ...rest] = deals('Halvorsen Industries Inc offered to acquire Pellworth Corp for 40 mln dlrs. The target company said it rejected the bid.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ status: 'cancelled' });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth' });
  });
});

describe('a description of the company as the subject', () => {
  it('"The Sunnyvale, Calif., defense electronics firm said it agreed to be acquired by X"', () => {
    const [d, ...rest] = deals('Pellworth Systems Inc reported lower profit for the quarter. The Sunnyvale, Calif., defense electronics firm said it agreed to be acquired by Halvorsen Industries Inc for 275 mln dlrs.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'acquisition', status: 'announced', amount: { value: 275_000_000 } });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth Systems' });
  });
});

describe('shares, stock and subsidiaries', () => {
  it('"buy the stock of Y" buys the company', () => {
    const [d] = deals('Halvorsen Industries Inc said it agreed to buy the stock of Pellworth Technologies Inc of New York for an undisclosed amount of cash.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'announced' });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Industries', target: 'Pellworth Technologies' });
  });

  it('"the proposed merger of X with a subsidiary of Y" is a takeover of X by Y', () => {
    const [d] = deals('Pellworth International Inc said a court denied a motion to block the proposed merger of Pellworth with a subsidiary of <Halvorsen Amusements Inc>.');
    expect(d).toMatchObject({ type: 'acquisition' });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Amusements', target: 'Pellworth International' });
  });

  it('"50 pct interests in X\'s wholly-owned subsidiaries": X sells', () => {
    const [d] = deals("Halvorsen Co Inc is also purchasing 50 pct interests in Pellworth International's wholly-owned subsidiaries in Malaysia and Thailand.");
    expect(d!.parties).toContainEqual({ name: 'Pellworth International', role: 'seller' });
    expect(d!.parties).toContainEqual({ name: 'Halvorsen', role: 'acquirer' });
  });
});

describe('buy-outs, counter-bids and who is being talked about', () => {
  it('"Y rejected a buy-out offer from X": X bids, Y is the target', () => {
    const [d] = deals('Pellworth Stores Inc said the plan was announced after Pellworth rejected a buy-out offer from Halvorsen Partners.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'cancelled' });
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Partners', target: 'Pellworth Stores' });
  });

  it('"an agreement for X to buy": X buys', () => {
    const found = deals('Pellworth Corp said the sale follows an agreement for Halvorsen Co to buy 1,600,000 Pellworth shares for 32 mln dlrs.');
    expect(found.some((d) => d.parties.some((p) => p.name === 'Halvorsen' && p.role === 'acquirer'))).toBe(true);
  });

  it('"the proceeds of the sale": the sale told before, whatever role the sentence seems to give', () => {
    const [d, ...rest] = deals('Halvorsen Holdings Plc said it had agreed to sell its <Pellworth Corp> unit to <Marlow Co> for 16.25 mln dlrs. The proceeds of the sale would be used to reduce borrowings and develop Pellworth Corp activities at 0.5 pence a share.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ amount: { value: 16_250_000 } });
  });

  it('a company named only as the object of the first sentence is not who "it" is later', () => {
    const found = deals('A group led by investors Natalie and Paul Koether told regulators it has acquired 299,523 shares of Pellworth Group Inc, or 5.1 pct of the total. The Koether group said it bought the stock for 1.0 mln dlrs.');
    expect(found.flatMap((d) => d.parties).filter((p) => p.role === 'acquirer')).toEqual([]);
  });
});

describe('former names, describers of a bid, dates of other things, the target bought through its parent', () => {
  it('"Y, formerly the Z Co Ltd, said ...": the former name is not the subject', () => {
    const [d] = deals('Halvorsen Resources Ltd, formerly the Skarn Oil Co Ltd, said the valuation was made in response to a bid by <Brindle Mining Ltd>.');
    expect(roles(d!)).toEqual({ acquirer: 'Brindle Mining', target: 'Halvorsen Resources' });
    const [e] = deals('Halvorsen Resources Ltd, formerly Skarn Oil Co Ltd, agreed to buy <Brindle Mining Ltd>.');
    expect(roles(e!)).toEqual({ acquirer: 'Halvorsen Resources', target: 'Brindle Mining' });
  });

  it('"in response to an earlier and still current bid ... by X": the one who answers is the target', () => {
    const [d] = deals('Halvorsen Resources Ltd said the valuation was made in response to an earlier and still current bid of 3.10 dlrs a share by <Brindle Mining Ltd>.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'planned' });
    expect(roles(d!)).toEqual({ acquirer: 'Brindle Mining', target: 'Halvorsen Resources' });
  });

  it('"the limits of a 1971 pledge": a year that dates another thing is not the deal\'s date', () => {
    const [d] = deals('The recent attempt by Brindle Mining AG to take over Halvorsen Foods AG had shown the limits of a 1971 pledge by the banks.');
    expect(roles(d!)).toEqual({ acquirer: 'Brindle Mining', target: 'Halvorsen Foods' });
    expect(d!.date).toBeNull();
  });

  it('"pending a hearing March 23": the day of the hearing is not the deal\'s date', () => {
    const [d] = deals('Halvorsen Air Corp said it had bought 500,000 shares of <Pellworth Group> and is barred from buying more pending a hearing March 23.');
    expect(roles(d!)).toEqual({ acquirer: 'Halvorsen Air', target: 'Pellworth Group' });
    expect(d!.date).toBeNull();
  });

  it('"its December 2023 acquisition of Y": a date before the deal word still dates it', () => {
    const [d] = deals('Halvorsen Corp said it would refinance its December 2023 acquisition of <Pellworth Inc>.');
    expect(d!.date).toMatchObject({ start: '2023-12-01', grain: 'month' });
  });

  it('the same buyer paying for the target\'s parent is the same deal, dated by that sentence', () => {
    const found = deals('Halvorsen Airlines Inc agreed to acquire Pellcal Inc for 225 mln dlrs. Pellcal is a unit of Skarn Holdings Inc. Under the merger terms, announced Nov. 17, Halvorsen will pay 15 dlrs a share for the outstanding stock of Skarn Holdings.');
    expect(found).toHaveLength(1);
    expect(roles(found[0]!)).toEqual({ acquirer: 'Halvorsen Airlines', target: 'Pellcal' });
    expect(found[0]!.date).toMatchObject({ text: 'Nov. 17' });
  });

});

describe('money raised to pay is not the price', () => {
  it('"offerings for a total of N to fund its acquisition", "a N dlr bridge loan": no amount', () => {
    const found = deals('Halvorsen Corp said it had filed for two public offerings for a total of 150 mln dlrs to fund its acquisition of <Pellworth Bros Inc>. The proceeds will repay the 395 mln dlr bridge loan Brindle Bank provided for Halvorsen to buy Pellworth.');
    expect(found).toHaveLength(1);
    expect(roles(found[0]!)).toEqual({ acquirer: 'Halvorsen', target: 'Pellworth Bros' });
    expect(found[0]!.amount).toBeNull();
  });

  it('"and an 11.9 mln stg loan note ... for 33.4 mln stg": the price is what was paid', () => {
    const [d] = deals('Halvorsen Plc said it had acquired <Pellworth Motor Ltd> and an 11.9 mln stg loan note payable by Pellworth Motor for 33.4 mln stg.');
    expect(d!.amount).toMatchObject({ value: 33_400_000, currency: 'GBP' });
  });
});

describe('a company selling its own shares', () => {
  it('"completed the sale of N shares of its common stock to Y": Y invests in X', () => {
    const [d] = deals('Halvorsen Systems Inc said it has completed the sale of 200,000 shares of its common stock to <Brindle N.V.> for 50,000 dlrs.');
    expect(d).toMatchObject({ type: 'investment', status: 'completed', amount: { value: 50_000 } });
    expect(roles(d!)).toEqual({ investor: 'Brindle', investee: 'Halvorsen Systems' });
  });

  it('"has the right to buy additional shares and increase its holdings to 40 pct": a right, not the stake bought', () => {
    const [d, ...rest] = deals('Halvorsen Systems Inc said it has completed the sale of 200,000 shares of its common stock to <Brindle N.V.> for 50,000 dlrs. Halvorsen said Brindle also has the right to buy additional shares and increase its total holdings up to 40 pct of the Halvorsen outstanding common stock.');
    expect(rest).toHaveLength(0);
    expect(d!.stake).toBeNull();
  });

  it('"sold N shares of Z to Y": a holding changing hands stays a stake sale', () => {
    const [d] = deals('Halvorsen Systems Inc said it sold 500,000 shares of Pellworth Corp to Brindle Corp for 2 mln dlrs.');
    expect(d!.type).toBe('stake_sale');
  });
});
