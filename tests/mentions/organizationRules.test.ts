import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { recognizeOrganizations } from '../../src/mentions/organization.js';
import { OrganizationMention } from '../../src/schema/mention.js';
import { ExtractOptions } from '../../src/schema/options.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

// The rules added while measuring on the hand-annotated Reuters stories
// (tests/golden/reuters/organizations/). Every text here is made up in the Reuters manner; no story
// is copied.

function texts(text: string): string[] {
  const ms = recognizeOrganizations(tokenize(createDoc(text, ExtractOptions.parse({}))));
  let end = -1;
  for (const m of ms) {
    OrganizationMention.parse(m);
    expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(m.span[0]).toBeGreaterThanOrEqual(end);
    end = m.span[1];
  }
  return ms.map((m) => m.text);
}

describe('short forms of a name the article typed', () => {
  it('types a one-word short form opening a sentence when a verb, possessive or comma follows', () => {
    const text =
      'Kestrel Mining Inc said it would sell its Dunmore Corp unit.\n' +
      '    Kestrel said the price was fair. Kestrel, in a statement, gave no terms.\n' +
      "    Kestrel's shares rose. Kestrel shares fell later.";
    expect(texts(text)).toEqual(['Kestrel Mining Inc', 'Dunmore Corp', 'Kestrel', 'Kestrel', 'Kestrel', 'Kestrel']);
  });

  it('counts a name and its longer forms as one name', () => {
    expect(texts('Tavistock Furniture Ltd said its Tavistock Furniture Industries N.V. unit bought shares. Tavistock said so.')).toEqual([
      'Tavistock Furniture Ltd',
      'Tavistock Furniture Industries N.V.',
      'Tavistock',
    ]);
  });

  it('leaves a short form alone when a pronoun shows it is a person', () => {
    expect(texts('Marlowe and Co Inc bought shares. Marlowe said he would buy more.')).toEqual(['Marlowe and Co Inc']);
    // The pronoun is the spokesman's here.
    expect(texts('Marlowe and Co Inc bought shares. A spokesman for Marlowe said he knew nothing.')).toEqual([
      'Marlowe and Co Inc',
      'Marlowe',
    ]);
  });

  it('reads the name before "and Co" as the core: "Pesch and Co", then "Pesch"', () => {
    expect(texts('An offer came from <Pellam and Co> today.\n    Pellam, through its unit, offered cash.')).toEqual([
      'Pellam and Co',
      'Pellam',
    ]);
  });
});

describe('names made of place and stop words', () => {
  it('types a place word that starts a typed name only where it is used as a name', () => {
    const text =
      'Corvane Holdings Inc agreed to buy American Pellworth Airlines Inc for cash.\n' +
      "    American said the deal was fair. American's share of the market will rise. It returns the line to American hands.";
    expect(texts(text)).toEqual(['Corvane Holdings Inc', 'American Pellworth Airlines Inc', 'American', 'American']);
    // An adjective before a unit word stays an adjective.
    expect(texts('Canadian Pellworth Ltd said its Canadian subsidiary was sold.')).toEqual(['Canadian Pellworth Ltd']);
  });

  it('types a stop-word name the article wrote with its legal form', () => {
    expect(texts('It agreed to merge with First Delaware Holdings Inc for cash. Later, First Delaware has said it would pay.')).toEqual([
      'First Delaware Holdings Inc',
      'First Delaware',
    ]);
  });

  it('lets the lexicon outweigh the stop list, except for names listed as no company', () => {
    expect(texts('The company said First Boston has committed to provide the financing.')).toEqual(['First Boston']);
    expect(texts('The Dow fell 20 points on Friday.')).toEqual([]);
  });
});

describe('where a name ends', () => {
  it('leaves the full stop of a sentence out of "Corp." in an article that writes "Corp"', () => {
    expect(texts('Halvorsen Pumps Inc and Brightwater Corp said AirCorvane is a unit of Tessaro Corp. The sale closed.')).toEqual([
      'Halvorsen Pumps Inc',
      'Brightwater Corp',
      'Tessaro Corp',
    ]);
    // With one dotless form there is no style to go by; "Vexilla, Inc." is the formal style.
    expect(texts('Dunmore Inc agreed to buy Orlen Corp. Analysts said nothing.')).toEqual(['Dunmore Inc', 'Orlen Corp.']);
    expect(texts('Corvane Holdings Ltd and Dixons Group Plc hired Morgan Stanley & Co Inc and Vexilla, Inc.')).toContain('Vexilla, Inc.');
  });

  it('stops a full name before "of" a town and its state, but keeps "Bank of" a place', () => {
    expect(texts('Marlow Savings and Loan Association of Warrenton, Va., agreed to the merger.')).toEqual([
      'Marlow Savings and Loan Association',
    ]);
    expect(texts('It agreed to acquire Bank of Norwich, Conn., for 20 mln dlrs.')).toEqual(['Bank of Norwich']);
  });

  it('does not type a town named after "of", by a deal word or as a short form', () => {
    expect(texts('It approved the acquisition of Coastal Bancorp of Portland, Maine, on Friday.')).toEqual(['Coastal Bancorp']);
    expect(texts('The board of Harwick State Bank of Harwick, Ga., approved the merger.')).toEqual(['Harwick State Bank']);
  });

  it('splits names joined by a hyphen when each is known and the pair is not', () => {
    expect(texts('Shares rose after the Renault-Chrysler announcement.')).toEqual(['Renault', 'Chrysler']);
    expect(texts('Hewlett-Packard Co said it would bid.')).toEqual(['Hewlett-Packard Co']);
    expect(texts('Corvane Corp agreed to buy Pellworth Inc for cash. The DOT approved a merged Corvane-Pellworth.')).toEqual([
      'Corvane Corp',
      'Pellworth Inc',
      'Corvane',
      'Pellworth',
    ]);
  });

  it('types a listed name with business words after it as one name', () => {
    expect(texts('Both offerings will be through Merrill Lynch Capital Markets.')).toEqual(['Merrill Lynch Capital Markets']);
  });
});

describe('more cues', () => {
  it('reads associations and publications by their last word or an apposition', () => {
    expect(texts('It reached an agreement with the Southwest Crew Dispatchers Association today.')).toEqual([
      'Southwest Crew Dispatchers Association',
    ]);
    expect(texts('The Tasman Economic Journal quoted a spokesman.')).toEqual(['Tasman Economic Journal']);
    expect(texts('That is according to data compiled by Freight Weekly, a leading trade magazine.')).toEqual(['Freight Weekly']);
  });

  it('reads a firm after "brokers" and a unit named in apposition', () => {
    expect(texts('Analyst Rosa Marling of brokers Kelmscott Grieve noted the risk.')).toEqual(['Kelmscott Grieve']);
    expect(texts('Integrated Corvane Inc said its subsidiary, Pharmabond, is negotiating a sale.')).toEqual([
      'Integrated Corvane Inc',
      'Pharmabond',
    ]);
  });

  it('does not read "X group" as a company: investor groups are named after people ("the Bass group")', () => {
    expect(texts('Construction group <Spieler Batignon> said it bought a stake.')).toEqual(['Spieler Batignon']);
    expect(texts('It sold stakes to the Harlow group of Belgium.')).toEqual([]);
  });

  it('keeps a listed name after "told", which marks persons only for unknown names', () => {
    expect(texts('The analyst told Reuters the price was low.')).toEqual(['Reuters']);
    expect(texts('The chairman told Halloran the price was low.')).toEqual([]);
  });
});

describe('what stays out', () => {
  it('skips families', () => {
    expect(texts('Halvorsen Broadcasting Co has 9 mln shares, 12 pct owned by the Halvorsen and Ingle families. Halvorsen shares rose.')).toEqual([
      'Halvorsen Broadcasting Co',
      'Halvorsen',
    ]);
  });

  it('reads a listed name used as a person\'s surname as the person, unless the article writes the company', () => {
    const person = 'Delta Air Lines Inc said Richard D. Pearson will run the unit. Delta said Pearson succeeds William Lyon.';
    expect(texts(person)).not.toContain('Pearson');
    expect(texts('Richard D. Pearson said Pearson Plc would bid. Pearson declined to comment.')).toEqual(['Pearson Plc', 'Pearson']);
  });

  it('reads a person after a title inside a capitalized run', () => {
    const text = 'Tamsin and Co Inc plans a proposal, according to Corvane Chairman Ulric Tamsin. Tamsin also said the offer was low.';
    expect(texts(text)).not.toContain('Tamsin');
  });

  it('does not split a listed everyday word out of a longer place name', () => {
    expect(texts('Entry may not be possible at the Orange County Airport soon.')).toEqual([]);
    expect(texts('Amazon Completes Investment In Anthropic As Rivals Race')).toEqual(['Amazon', 'Anthropic']);
  });
});

describe('public bodies: regulators, courts, legislatures, ministries', () => {
  /** [text, kind] of each mention; kind 'company' when the mention is not a public body. */
  function kinds(text: string): Array<[string, string]> {
    const ms = recognizeOrganizations(tokenize(createDoc(text, ExtractOptions.parse({}))));
    for (const m of ms) {
      OrganizationMention.parse(m);
      expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    }
    return ms.map((m) => [m.text.replace(/\s+/g, ' '), m.kind ?? 'company']);
  }

  it('reads the head word at the end of the name, or before "of"', () => {
    expect(kinds('The sale was approved by the Marlow Public Service Commission and the Delaware Insurance Department.')).toEqual([
      ['Marlow Public Service Commission', 'public_body'],
      ['Delaware Insurance Department', 'public_body'],
    ]);
    expect(kinds('It received approval from the Maine Bureau of Banking and the Ministry of Health and Welfare.')).toEqual([
      ['Maine Bureau of Banking', 'public_body'],
      ['Ministry of Health and Welfare', 'public_body'],
    ]);
    expect(kinds('Meese told the House Ways and Means Committee that Parliament and Congress had agreed.')).toEqual([
      ['House Ways and Means Committee', 'public_body'],
      ['Parliament', 'public_body'],
      ['Congress', 'public_body'],
    ]);
  });

  it('leaves out a country before a national body, and a title after it', () => {
    expect(kinds('The U.S. Department of Transportation said the U.S. Supreme Court Justice Sandra Day O\'Connor ruled.')).toEqual([
      ['Department of Transportation', 'public_body'],
      ['Supreme Court', 'public_body'],
    ]);
    expect(kinds('The U.S. Court of Appeals for the Ninth Circuit ruled. Federal Reserve Board Chairman Paul Volcker spoke.')).toEqual([
      ['Court of Appeals for the Ninth Circuit', 'public_body'],
      ['Federal Reserve Board', 'public_body'],
    ]);
  });

  it('types acronyms: defined in parentheses, the initials of a body the article named, and the listed ones', () => {
    const text =
      'The Department of Transportation (DOT) said it cleared the deal. The DOT said so again.\n' +
      '    Tamsin Ltd told the Marlow Gaming Control Board it would sell. The MGCB agreed, and the SEC did too.';
    expect(kinds(text)).toEqual([
      ['Department of Transportation', 'public_body'],
      ['DOT', 'public_body'],
      ['DOT', 'public_body'],
      ['Tamsin Ltd', 'company'],
      ['Marlow Gaming Control Board', 'public_body'],
      ['MGCB', 'public_body'],
      ['SEC', 'public_body'],
    ]);
  });

  it('leaves companies and their units alone', () => {
    // A legal suffix, an investor's name, a company's own board or unit, an association's members.
    expect(kinds('Marlow Trade Commission Inc said the Kuwait Investment Office bought 10 pct of Brightwater Plc.')).toEqual([
      ['Marlow Trade Commission Inc', 'company'],
      ['Kuwait Investment Office', 'company'],
      ['Brightwater Plc', 'company'],
    ]);
    expect(kinds('Allegheny Industries Inc said the Allegheny Industries Board approved it.')).toEqual([['Allegheny Industries Inc', 'company']]);
    expect(kinds('Dow Chemical Co said its Engineering Plastics Department will raise prices.')).toEqual([['Dow Chemical Co', 'company']]);
    expect(kinds('The National Pork Producers Council met. The Reagan Administration and the House and Senate agreed.')).toEqual([
      ['Senate', 'public_body'],
    ]);
  });
});

describe('names written in less usual ways', () => {
  it('reads a legal form written in lower case, with one lower-case word of the name before it', () => {
    expect(texts('Dorvane Holdings Inc said it bought Kelso time corp from Parrish corp for cash. Kelso Time sells watches.')).toEqual([
      'Dorvane Holdings Inc',
      'Kelso time corp',
      'Parrish corp',
      'Kelso Time',
    ]);
    // No name before it, no name.
    expect(texts('The finance corp was sold.')).toEqual([]);
  });

  it('reads "Air" before a place as an airline', () => {
    expect(texts('Air Canada flights to Rome resumed, Gelvane Corp said.')).toEqual(['Air Canada', 'Gelvane Corp']);
    expect(texts('Air Force officials met.')).toEqual([]);
  });

  it('reads partners\' names joined by commas as one firm only when the text treats them as one', () => {
    expect(texts('Brannock, Tulle and Kellogg, a New York brokerage partnership, said it holds 5 pct of Veltro Corp stock.')).toEqual([
      'Brannock, Tulle and Kellogg',
      'Veltro Corp',
    ]);
    expect(texts('The brokerage firm of Brannock, Tulle and Kellogg told shareholders of Veltro Corp today.')).toEqual(['Brannock, Tulle and Kellogg', 'Veltro Corp']);
    expect(texts('Veltro Corp bought Rasko, Dunn, Petrie and Associates of Denver.')).toEqual(['Veltro Corp', 'Rasko, Dunn, Petrie and Associates']);
    // A given name inside is a partner's surname; the partners' short form drops the commas.
    expect(texts('Veltro Corp bought Rasko, Dunn, James and Associates of Denver.\n    Rasko Dunn manages funds.')).toEqual([
      'Veltro Corp',
      'Rasko, Dunn, James and Associates',
      'Rasko Dunn',
    ]);
    // A list: nothing says the words are one firm.
    expect(texts('Veltro Corp said Brannock, Tulle and Kellogg had called.')).toEqual(['Veltro Corp', 'Kellogg']);
  });

  it('reads two words joined by "and" as one name after a name and "and", or as the article wrote them whole', () => {
    expect(texts('The offer came from a partnership of Halvern Industries Inc <HLV> and Rudd and Tamsin.')).toEqual([
      'Halvern Industries Inc',
      'Rudd and Tamsin',
    ]);
    // Three "and"s in a row are a list.
    expect(texts('Halvern Industries Inc and Rudd and Tamsin and Joss met.')).toEqual(['Halvern Industries Inc']);
    expect(texts('Veltro Corp sold its unit to <Marrow and Pell Inc>.\n    Marrow and Pell is a private firm.')).toEqual([
      'Veltro Corp',
      'Marrow and Pell Inc',
      'Marrow and Pell',
    ]);
  });

  it('types a stop-word short form that owns the unit named before "of"', () => {
    const text = 'Veltro Corp sold its insurance unit to <First Oregon Holdings Inc>.\n    Another unit is being bought by the investor group of First Oregon, Veltro said.';
    expect(texts(text)).toContain('First Oregon');
    const list = 'Veltro Corp sold its insurance unit to <First Oregon Holdings Inc>.\n    A group of First Oregon investors met.';
    expect(texts(list)).not.toContain('First Oregon');
  });
});
