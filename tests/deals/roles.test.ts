import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { DealRecord } from '../../src/schema/deal.js';

/** The deals of a short newswire-style text. */
function deals(text: string, publishedAt = '2024-03-28'): DealRecord[] {
  return extract(text, { publishedAt }).deals;
}

/** Parties as sorted "name:role" strings: the order a sentence names them in does not matter. */
function parties(d: DealRecord | undefined): string[] {
  return (d?.parties ?? []).map((p) => `${p.name}:${p.role}`).sort();
}

function allParties(list: DealRecord[]): string[] {
  return list.flatMap((d) => d.parties.map((p) => `${p.name}:${p.role}`));
}

describe('coordinated names', () => {
  it('"from X <TICKER> and Y": both sell', () => {
    const [d] = deals('Halvorsen Industries Inc bought a 12 pct stake in Pellworth Corp from Corvane Holdings Ltd <CVH> and Marlow Ventures LLC.');
    expect(parties(d)).toEqual(['Corvane Holdings:seller', 'Halvorsen Industries:acquirer', 'Marlow Ventures:seller', 'Pellworth:target']);
  });

  it('"<X> together with <Y> and <Z> have acquired": all three buy', () => {
    const [d] = deals('Pellworth Corp said <Corvane Holdings Ltd> together with <Marlow Ventures LLC> and <Tesseric Labs Inc> have acquired five pct of Pellworth stock.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Marlow Ventures:acquirer', 'Pellworth:target', 'Tesseric Labs:acquirer']);
  });

  it('"X and Y (YY), in which A and B own stakes, are set to merge": X and Y merge, and it is agreed', () => {
    const [d, ...rest] = deals('Pellworth Corp and Tesseric Labs Inc (TLI), in which Corvane Holdings Ltd and Marlow Ventures LLC own stakes, are set to merge.');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'merger', status: 'announced' });
    expect(parties(d)).toEqual(['Pellworth:partner', 'Tesseric Labs:partner']);
  });

  it('"controlled by X, and Y, which sold": X is no subject of the sale', () => {
    const found = deals('Pellworth Corp, which is controlled by Corvane Holdings Ltd, and Halvorsen Industries Inc, which sold its stake in Tesseric Labs Inc in 1985, are rivals.');
    expect(allParties(found)).toEqual(expect.arrayContaining(['Halvorsen Industries:seller', 'Tesseric Labs:target']));
    expect(allParties(found).filter((p) => p.startsWith('Corvane') || p.startsWith('Pellworth'))).toEqual([]);
  });

  it('"X\'s acquisition of Y and Z\'s business ... a series of acquisitions": Z is an object, not a buyer', () => {
    const found = deals("Halvorsen Industries Inc's acquisition of Pellworth Corp and Tesseric Labs Inc's sensor business is expected to be one of a series of acquisitions.");
    expect(allParties(found)).not.toContain('Tesseric Labs:acquirer');
    expect(parties(found[0])).toContain('Halvorsen Industries:acquirer');
  });
});

describe('who stands behind "by"', () => {
  it('"responding to the offer made by a partnership of X and Y": X and Y bid, the one responding is the target', () => {
    const [d] = deals('Pellworth Corp said it was responding to the takeover offer made by a partnership of Corvane Holdings Ltd and Marlow Ventures LLC.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Marlow Ventures:acquirer', 'Pellworth:target']);
  });

  it('"a maker of sensors developed by X": X made the sensors, it does not buy', () => {
    const [d] = deals('Halvorsen Industries Inc acquired Pellworth Corp, a maker of sensors developed by Corvane Holdings Ltd.');
    expect(parties(d)).toEqual(['Halvorsen Industries:acquirer', 'Pellworth:target']);
  });

  it('"the 45 pct of Y not owned by X": X owns the rest and is the bidder', () => {
    const [d] = deals('The offer for the 45 pct of Pellworth Corp shares not owned by Corvane Holdings Ltd expires on Friday.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });

  it('"a group led by X agreed to buy": X is the buyer', () => {
    const [d] = deals('Pellworth Corp said a group led by privately held Corvane Holdings Ltd agreed to buy a 7.6 pct interest in Pellworth.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });

  it('"its stock be acquired by a new not-for-profit company to be controlled by X": X buys through the new company', () => {
    const [d] = deals('Pellworth Corp said all of its stock would be acquired by a new not-for-profit company to be controlled by Corvane Holdings Ltd.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });

  it('"an offer for <X> to acquire": X is the buyer, the one who received the offer its target', () => {
    const [d] = deals('Pellworth Corp said it received an offer for <Corvane Holdings Ltd> to acquire a controlling interest.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });
});

describe('answers to offers', () => {
  it('"Y, which received a takeover offer from X": Y is the target', () => {
    const [d] = deals('Pellworth Corp, which earlier received a 96 mln dlr takeover offer from Corvane Holdings Ltd, said it amended its rights plan.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });

  it('"reject X\'s bid pending advice from Z": the adviser is no bidder', () => {
    const [d] = deals("Pellworth Corp told shareholders to reject Corvane Holdings Ltd's takeover bid pending advice from Marlow Ventures LLC.");
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });
});

describe('the people of a company are not the company', () => {
  it('"X shareholders agreed to buy Y": X does not buy', () => {
    const found = deals('Corvane Holdings Ltd shareholders agreed to buy Pellworth Corp for 5 mln dlrs.');
    expect(allParties(found)).not.toContain('Corvane Holdings:acquirer');
  });

  it('"bought shares from Y shareholders": the shareholders sell, not Y', () => {
    const found = deals('Halvorsen Industries Inc agreed to buy Tesseric Labs Inc shares from Pellworth Corp shareholders.');
    expect(allParties(found)).not.toContain('Pellworth:seller');
    expect(parties(found[0])).toContain('Halvorsen Industries:acquirer');
  });

  it('"named former X chief executive as head of the unit acquiring Y": X does not buy', () => {
    const found = deals('Halvorsen Industries Inc said it named former Corvane Holdings Ltd chief executive John Berg as head of the unit acquiring Pellworth Corp.');
    expect(allParties(found).filter((p) => p.startsWith('Corvane'))).toEqual([]);
  });
});

describe('the words around a name', () => {
  it('"acquire privately held Y": Y is the target', () => {
    const [d] = deals('Halvorsen Industries Inc agreed to acquire privately held Pellworth Corp.');
    expect(parties(d)).toEqual(['Halvorsen Industries:acquirer', 'Pellworth:target']);
  });

  it('"from privately-held Z": a hyphenated participle keeps Z the seller', () => {
    const [d] = deals('Halvorsen Industries Inc said it acquired Pellworth Corp from privately-held Corvane Holdings Ltd for undisclosed terms.');
    expect(parties(d)).toEqual(['Corvane Holdings:seller', 'Halvorsen Industries:acquirer', 'Pellworth:target']);
  });

  it('"acquired (Y)": a name in brackets is still the object', () => {
    const [d] = deals('Halvorsen Industries Inc said it acquired (Pellworth Corp) for 25 mln dlrs.');
    expect(parties(d)).toEqual(['Halvorsen Industries:acquirer', 'Pellworth:target']);
  });

  it('"buy Y from its French parent Z": Z sells', () => {
    const [d] = deals('Halvorsen Industries Inc made a bid to buy Pellworth Corp from its French parent Corvane SA.');
    expect(parties(d)).toEqual(['Corvane:seller', 'Halvorsen Industries:acquirer', 'Pellworth:target']);
  });
});

describe('the other side of an agreement', () => {
  it('"a letter of intent with Y, a unit of Z, for the sale of its business": Y buys, Z is only named', () => {
    const [d] = deals('Halvorsen Industries Inc said it signed a letter of intent with Corvane Holdings Ltd, a unit of Marlow Ventures LLC, for the sale of its sensor business.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'announced' });
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Halvorsen Industries:seller']);
  });

  it('"agreed with Y to buy its unit": Y sells', () => {
    const [d] = deals('Halvorsen Industries Inc said it agreed with Corvane Holdings Ltd to buy its Pellworth Corp unit.');
    expect(parties(d)).toEqual(['Corvane Holdings:seller', 'Halvorsen Industries:acquirer', 'Pellworth:target']);
  });

  it('"a standstill agreement with Y that bars it from acquiring": Y is not a seller', () => {
    const found = deals('Pellworth Corp said it reached a standstill agreement with Corvane Holdings Ltd that bars it from acquiring more than 30 pct of Pellworth.');
    expect(allParties(found)).not.toContain('Corvane Holdings:seller');
  });
});

describe('offers told by the verb', () => {
  it('"X offered $N for Y" is a planned acquisition', () => {
    const [d] = deals('Corvane Holdings Ltd offered 240 mln dlrs for Pellworth Corp.');
    expect(d).toMatchObject({ type: 'acquisition', status: 'planned', amount: { value: 240_000_000 } });
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });
});

describe('status words', () => {
  it('"is negotiating to buy" is talks: rumored', () => {
    const [d] = deals('Halvorsen Industries Inc said it is negotiating to buy Pellworth Corp.');
    expect(d).toMatchObject({ status: 'rumored' });
  });

  it('"withdrew its N dlr offer for Y" cancels; "withdrew from consideration proposals for a stock split so that it could respond to the offer" neither cancels nor makes it a rumor', () => {
    const [d] = deals('Corvane Holdings Ltd withdrew its 44 dlr per share, or two billion dlr offer for Pellworth Corp.');
    expect(d).toMatchObject({ status: 'cancelled' });
    const [e] = deals('Pellworth Corp said it withdrew from consideration at its annual meeting proposals for a stock split so that it could respond to the tender offer by Corvane Holdings Ltd.');
    expect(parties(e)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
    expect(e).toMatchObject({ status: 'planned' });
  });

  it('"ended negotiations to sell" is cancelled', () => {
    const [d] = deals('Halvorsen Industries Inc said it ended negotiations to sell Pellworth Corp to Corvane Holdings Ltd.');
    expect(d).toMatchObject({ status: 'cancelled' });
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Halvorsen Industries:seller', 'Pellworth:target']);
  });
});

describe('deals told over several sentences', () => {
  it('a deal with an unnamed other side, completed by a later sentence, is told from its first sentence', () => {
    const text =
      'Halvorsen Industries Inc said it agreed in principle to acquire a privately held sensor maker. ' +
      'It did not name the company. ' +
      'Halvorsen said it will pay 2.6 mln dlrs in stock for the company it is acquiring.';
    const [d, ...rest] = deals(text);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ type: 'acquisition', status: 'announced', amount: { value: 2_600_000 } });
    expect(parties(d)).toEqual(['Halvorsen Industries:acquirer']);
    expect(d!.evidence.text).toBe('Halvorsen Industries Inc said it agreed in principle to acquire a privately held sensor maker.');
  });

  it('a one-sided mention with nothing more said makes no record', () => {
    expect(deals('Halvorsen Industries Inc said it agreed in principle to acquire a privately held sensor maker.')).toEqual([]);
  });

  it('"the transaction" keeps the deal within reach of a later price', () => {
    const text =
      'Halvorsen Industries Inc said it has agreed to acquire Pellworth Corp. ' +
      'Under terms of the transaction, holders of Pellworth will get 30 dlrs a share. ' +
      'The combined company will be based in Oslo. ' +
      'The transaction is valued at about 16.3 mln dlrs, a Pellworth spokesman said.';
    const [d, ...rest] = deals(text);
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ amount: { value: 16_300_000 } });
    expect(parties(d)).toEqual(['Halvorsen Industries:acquirer', 'Pellworth:target']);
  });
});

describe('names that only describe something else', () => {
  it('"Y shares rose after the bid for Z": Y does not bid', () => {
    const [d] = deals('Pellworth Corp shares rose 2 dlrs after the bid for Tesseric Labs Inc was announced.');
    expect(parties(d)).toEqual(['Tesseric Labs:target']);
  });

  it('"derail Y\'s restructuring plan and invite takeover bids": Y, the object of a verb, does not bid', () => {
    const found = deals("Analysts said the news may derail Pellworth Corp's restructuring plan and invite takeover bids of up to 30 mln dlrs.");
    expect(allParties(found)).not.toContain('Pellworth:acquirer');
  });

  it('"approved X\'s application to purchase Y": X still buys', () => {
    const [d] = deals("The Federal Reserve Board said it approved Corvane Holdings Ltd's application to purchase Pellworth Corp.");
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });

  it('"the X proposal could open the bidding since other buyers for Z": X is no seller', () => {
    const found = deals('The Pellworth Corp proposal could open the bidding since other potential buyers for Tesseric Labs Inc were waiting.');
    expect(allParties(found)).not.toContain('Pellworth:seller');
  });

  it('"through investment bankers X seeking a buyer for Y": the bankers do not sell', () => {
    const [d] = deals('Halvorsen Industries Inc has issued a prospectus through investment bankers Corvane Holdings Ltd seeking a buyer for Pellworth Corp.');
    expect(parties(d)).toEqual(['Halvorsen Industries:seller', 'Pellworth:target']);
  });

  it('"the pilots union proposal to buy its Z unit": the company named before the proposal sells its unit', () => {
    const [d] = deals('Pellworth Corp may have a response today to the pilots union proposal to buy its Tesseric Labs Inc unit.');
    expect(parties(d)).toEqual(['Pellworth:seller', 'Tesseric Labs:target']);
  });
});

describe('parents and owners', () => {
  it('"sell shares to a U.S. subsidiary of X": X buys through its unit', () => {
    const [d] = deals('Halvorsen Industries Inc agreed to sell 330,000 shares to a U.S. subsidiary of Corvane Holdings Ltd.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Halvorsen Industries:seller']);
  });

  it('"acquired Y, the sensor arm of X": X owns what is bought', () => {
    const [d] = deals('Halvorsen Industries Inc said it acquired Pellworth Corp, the sensor arm of Corvane Holdings Ltd.');
    expect(parties(d)).toEqual(['Corvane Holdings:seller', 'Halvorsen Industries:acquirer', 'Pellworth:target']);
  });

  it('"buy Corvane\' stake in Y": a possessive written with the apostrophe alone still owns the stake', () => {
    const [d] = deals("Halvorsen Industries Inc said it would buy Corvane' stake in Pellworth Corp.");
    expect(parties(d)).toContain('Corvane:seller');
    expect(parties(d)).not.toContain('Corvane:target');
  });
});

describe('who "it" is', () => {
  it('"Y shares rose, while X said it would buy Z": "it" is X, who says so', () => {
    const [d] = deals('Pellworth Corp shares rose 2 dlrs, while Corvane Holdings Ltd said it would buy Tesseric Labs Inc.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Tesseric Labs:target']);
  });

  it('"X\'s parent, Y, gained control when it purchased Z": "it" is the parent Y, not X', () => {
    const found = deals("Corvane Canada Ltd said it would keep its staff. Corvane Canada's U.S. parent, Halvorsen Industries Inc, gained control of the firms when it purchased Tesseric Labs Inc from Marlow Ventures LLC last year.");
    expect(found).toHaveLength(1);
    expect(parties(found[0])).toEqual(['Halvorsen Industries:acquirer', 'Marlow Ventures:seller', 'Tesseric Labs:target']);
  });
});

describe('clauses set off by commas', () => {
  it('"Y, a group consisting of A and B, said it had arranged financing for its acquisition": Y buys, and "its" is Y', () => {
    const [d] = deals('Tesseric Labs Inc, a group consisting of Corvane Holdings Ltd and Marlow Ventures LLC, said it had arranged financing to complete its proposed acquisition of Pellworth Corp.');
    expect(parties(d)).toEqual(['Pellworth:target', 'Tesseric Labs:acquirer']);
  });

  it('"The firms, Boston-based X and Oslo-based Y, said they bought": both buy', () => {
    const [d] = deals('The firms, Boston-based Corvane Holdings Ltd and Oslo-based Marlow Ventures LLC, said they bought 103,000 Pellworth Corp shares.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Marlow Ventures:acquirer', 'Pellworth:target']);
  });

  it('"to Y, a wholly-owned subsidiary of X": the parent, written with a hyphen, is still only named', () => {
    const [d] = deals('Halvorsen Industries Inc said it completed the sale of its sensor unit to Pellworth Corp, a wholly-owned subsidiary of Corvane Holdings Ltd.');
    expect(parties(d)).toEqual(['Halvorsen Industries:seller', 'Pellworth:acquirer']);
  });
});

describe('more answers and oppositions', () => {
  it('"acted in response to a tender offer by X": the one responding is the target', () => {
    const [d] = deals('Pellworth Corp said it adopted the plan in response to a tender offer by Corvane Holdings Ltd.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });

  it('"offer its shares in response to a tender offer by X": a holder answers, it is no target', () => {
    const found = deals('Halvorsen Industries Inc said it may offer its shares in response to a tender offer by Corvane Holdings Ltd.');
    expect(allParties(found)).not.toContain('Halvorsen Industries:target');
  });

  it('"in response to X\'s offer for Y": a rival answering is no target', () => {
    const found = deals("Halvorsen Industries Inc said it is studying its options in response to Corvane Holdings Ltd's offer for Pellworth Corp.");
    expect(allParties(found)).not.toContain('Halvorsen Industries:target');
    expect(allParties(found)).toContain('Pellworth:target');
  });

  it('"X has opposed plans to merge with Z": X is not a partner', () => {
    const found = deals('Corvane Holdings Ltd, which holds a 20 pct share in Pellworth Corp, has opposed plans to merge with Tesseric Labs Inc.');
    expect(allParties(found)).not.toContain('Corvane Holdings:partner');
  });

  it('"in response to X Partners\' offer for Y": the possessive written with the apostrophe alone names the bidder', () => {
    const [d] = deals("Halvorsen Industries Inc said it is exploring its options in response to Corvane Holdings Partners' 4.2 billion dlr offer for Pellworth Corp.");
    expect(parties(d)).toEqual(['Corvane Holdings Partners:acquirer', 'Pellworth:target']);
  });

  it('"rejected a tender offer for the company\'s stock from X, which holds 18.8 pct": X bids for a stake, Y is its target', () => {
    const [d] = deals("Pellworth Corp said its board rejected a 32 dlrs per share tender offer for the company's stock from Corvane Holdings Ltd, which already holds 18.8 pct of the stock.");
    expect(d).toMatchObject({ status: 'cancelled' });
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });
});

describe('passives with a common noun as subject', () => {
  it('"the other three companies being acquired": the company named before is not what is bought', () => {
    expect(allParties(deals('Halvorsen Industries Inc said the other three companies being acquired for 50 mln dlrs are based in Ohio.'))).toEqual([]);
  });

  it('"Y, another X subsidiary being purchased by the management-led group of Z": Z buys Y from X', () => {
    const [d] = deals('Halvorsen Industries Inc said it would receive 25 mln dlrs from Tesseric Labs Inc, another Corvane Holdings Ltd subsidiary being purchased by the management-led group of Pellworth Corp.');
    expect(parties(d)).toEqual(['Corvane Holdings:seller', 'Pellworth:acquirer', 'Tesseric Labs:target']);
  });

  it('"all of its common stock be acquired by X": the owner of the stock is the target', () => {
    const [d] = deals('Pellworth Corp said it signed a letter of intent providing that all of its common stock be acquired by Corvane Holdings Ltd.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });
});

describe('"by" of another deal or of no deal', () => {
  it('"offer for Y, currently the subject of a bid by Z": Z bids in another deal, the one offering is X', () => {
    const [d] = deals('Halvorsen Industries Inc said it will offer 4.15 dlrs a share for all the capital of Pellworth Corp, currently the subject of a 3.80 dlrs a share bid by Corvane Holdings Ltd.');
    expect(parties(d)).toEqual(['Halvorsen Industries:acquirer', 'Pellworth:target']);
  });

  it('"was sold to a syndicate managed by X": the manager does not sell', () => {
    const found = deals('The stock was sold to an underwriting syndicate managed by Corvane Holdings Ltd for 38 mln dlrs.');
    expect(allParties(found)).not.toContain('Corvane Holdings:seller');
  });

  it('"Y requested an injunction to stop a takeover effort by X": Y is the target', () => {
    const [d] = deals('Pellworth Corp requested an injunction to stop a takeover effort by Corvane Holdings Ltd.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });
});

describe('"the acquisition" told again', () => {
  it('"X said it and Y requested approval for the acquisition": the acquisition told before, not a second deal', () => {
    const list = deals('Halvorsen Industries Inc agreed to acquire Pellworth Corp for 40 mln dlrs. Halvorsen said it and Pellworth requested expedited approval for the acquisition.');
    expect(list).toHaveLength(1);
    expect(parties(list[0])).toEqual(['Halvorsen Industries:acquirer', 'Pellworth:target']);
    expect(list[0]!.mentions).toHaveLength(1);
  });

  it('"the sale" of the same seller for another amount is not the sale told before', () => {
    const list = deals("Halvorsen Industries Inc agreed to sell Pellworth Corp's radio station to Corvane Holdings Ltd for 217 mln dlrs. Halvorsen said the sale of Pellworth's TV station would bring it 257 mln dlrs.");
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ amount: { value: 217_000_000 } });
    expect(list[0]!.mentions).toHaveLength(0);
    expect(list[1]).toMatchObject({ amount: { value: 257_000_000 } });
  });
});

describe('owners named in passing', () => {
  it('"an offer for X\'s 72 pct interest in Y": X sells, Y is the company', () => {
    const [d] = deals("Halvorsen Industries Inc said Corvane Holdings Ltd failed to make an offer for Halvorsen's 72 pct interest in Pellworth Corp.");
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Halvorsen Industries:seller', 'Pellworth:target']);
  });

  it('"<Y>, 52 pct owned by A subsidiary <B> is to buy": Y buys, though the comma that closes the owners is missing', () => {
    const [d] = deals('<Tesseric Labs Inc>, 52 pct owned by Marlow Ventures LLC subsidiary <Corvane Holdings Ltd> is to buy the sensor business of Pellworth Corp for 45 mln dlrs.');
    expect(parties(d)).toEqual(['Pellworth:seller', 'Tesseric Labs:acquirer']);
  });

  it('"Y rebuffed a takeover proposal from X": the proposal is turned down', () => {
    const [d] = deals('Yesterday, Pellworth Corp rebuffed a takeover proposal from Corvane Holdings Ltd.');
    expect(d).toMatchObject({ status: 'cancelled' });
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });
});

describe('guards for the rules above', () => {
  it('"the tender offer by its wholly owned unit, X, ... without the purchase of": X, named by "by" after the offer, buys', () => {
    const [d] = deals('Halvorsen Industries Inc said the tender offer by its wholly owned unit, Corvane Holdings Ltd, for Pellworth Corp expired yesterday without the purchase of any Pellworth stock.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });

  it('"the offer is to Y management": an offer to a company\'s people is for the company', () => {
    const [d] = deals('Corvane Holdings Ltd said the offer is to Pellworth Corp management, not to shareholders.');
    expect(parties(d)).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });
});

describe('one side of a deal is one company family', () => {
  it('a later bid for the same company by a new buyer is a rival bid, not the same deal', () => {
    const list = deals('Halvorsen Industries Inc offered 40 mln dlrs for Pellworth Corp on Monday. Corvane Holdings Ltd said it would make a rival bid for Pellworth Corp on Friday.');
    expect(list).toHaveLength(2);
    expect(parties(list[0])).toEqual(['Halvorsen Industries:acquirer', 'Pellworth:target']);
    expect(parties(list[1])).toEqual(['Corvane Holdings:acquirer', 'Pellworth:target']);
  });

  it('"X said its X Europe unit bought Y shares": the unit buys for X, in the same deal, with no second buyer', () => {
    const list = deals('Halvorsen Industries Inc said it had increased its stake in Pellworth Corp to 45.3 pct of the total outstanding. Halvorsen said its Halvorsen Industries Europe NV unit bought 235,750 Pellworth shares on March 4.');
    expect(list).toHaveLength(1);
    expect(parties(list[0])).toEqual(['Halvorsen Industries:acquirer', 'Pellworth:target']);
    expect(list[0]!.mentions).toHaveLength(1);
  });
});
