import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { extract } from '../../src/extract.js';
import { recognizeOrganizations } from '../../src/mentions/organization.js';
import { OrganizationMention } from '../../src/schema/mention.js';
import { ExtractOptions, type ExtractOptionsInput } from '../../src/schema/options.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

/** Mentions of `text`, checked against the output contract on the way. */
function orgs(text: string, options: ExtractOptionsInput = {}): OrganizationMention[] {
  const doc = tokenize(createDoc(text, ExtractOptions.parse(options)));
  const ms = recognizeOrganizations(doc);
  let end = -1;
  for (const m of ms) {
    OrganizationMention.parse(m);
    expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(m.span[0]).toBeGreaterThanOrEqual(end); // sorted, no overlaps
    end = m.span[1];
  }
  return ms;
}

const texts = (text: string, options?: ExtractOptionsInput): string[] => orgs(text, options).map((m) => m.text);

describe('recognizeOrganizations: the seed article', () => {
  const text = readFileSync(new URL('../../corpus/amazon-anthropic-2024-03.txt', import.meta.url), 'utf8');
  const ms = orgs(text);
  const found = ms.map((m) => m.text);

  it('finds every Amazon and Anthropic, possessives included', () => {
    expect(found.filter((t) => t === 'Amazon')).toHaveLength(10);
    expect(found.filter((t) => t === 'Anthropic')).toHaveLength(10);
    const possessive = ms.filter((m) => text.slice(m.span[1], m.span[1] + 2) === '’s').map((m) => m.text);
    expect(new Set(possessive)).toEqual(new Set(['Amazon', 'Anthropic', 'OpenAI', 'Google']));
  });

  it('finds the other companies and nothing else', () => {
    expect(new Set(found)).toEqual(
      new Set(['Amazon', 'Anthropic', 'Amazon Web Services', 'AWS', 'OpenAI', 'Google', 'Mistral', 'Microsoft', 'Apple']),
    );
    for (const not of ['GPT', 'Gemini', 'AI', 'Wednesday', 'September']) expect(found).not.toContain(not);
  });
});

describe('recognizeOrganizations: candidates', () => {
  it('extends names with legal suffixes', () => {
    expect(texts('Halvorsen Pumps Inc said it agreed to buy Brightwater Ltd. for 12 mln dlrs.')).toEqual([
      'Halvorsen Pumps Inc',
      'Brightwater Ltd.',
    ]);
    expect(texts('Tarn Valley Holdings Pty Ltd and Osterby AG signed, as did Vexilla, Inc. and Corvane Group Plc.')).toEqual([
      'Tarn Valley Holdings Pty Ltd',
      'Osterby AG',
      'Vexilla, Inc.',
      'Corvane Group Plc',
    ]);
  });

  it('keeps a Reuters ticker out of the name but reads it as a cue', () => {
    const ms = orgs('Kestrel Mining Ltd <KSTL.S> said talks are taking place with Dunmore <DNM>.');
    expect(ms.map((m) => m.text)).toEqual(['Kestrel Mining Ltd', 'Dunmore']);
    expect(ms[1]!.rule).toBe('organization/ticker');
  });

  it('reads a name and its suffix across a line break', () => {
    const ms = orgs('Clark Copy International\nCorp said it bought a drafting firm.');
    expect(ms.map((m) => [m.text, m.rule])).toEqual([['Clark Copy International\nCorp', 'organization/suffix']]);
  });

  it('reads a name Reuters puts in angle brackets, across a line break', () => {
    expect(texts('It sold the rights to\n<Tamsin Holdings\nN.V.> of Geneva, Switzerland.')).toEqual(['Tamsin Holdings\nN.V.']);
  });

  it('reads an exchange listing after the name', () => {
    const ms = orgs('Verdant Biologics (NASDAQ: VRDB) said it would license the compound.');
    expect(ms.map((m) => [m.text, m.rule])).toEqual([['Verdant Biologics', 'organization/exchange']]);
  });

  it('joins across &, "of" and "and" only inside one name', () => {
    expect(texts('Procter & Gamble Co, Johnson & Johnson and Bank of America were named.')).toEqual([
      'Procter & Gamble Co',
      'Johnson & Johnson',
      'Bank of America',
    ]);
    expect(texts('Metropolitan Federal Savings and Loan Association said it was acquired.')).toEqual([
      'Metropolitan Federal Savings and Loan Association',
    ]);
    expect(texts('said Tom Reyes, analyst at Kidder, Peabody and Co.')).toEqual(['Kidder, Peabody and Co.']);
    expect(texts('Chrysler Corp and Ford Motor Co both bid, and Hewlett-Packard Co did not.')).toEqual([
      'Chrysler Corp',
      'Ford Motor Co',
      'Hewlett-Packard Co',
    ]);
    expect(texts('Financial Corp of Santa Barbara agreed to buy it.')).toEqual(['Financial Corp of Santa Barbara']);
    expect(texts('Bank of Boston Corp hired Alex. Brown and Sons Inc and Industrial Equity (Pacific) Ltd for advice.')).toEqual([
      'Bank of Boston Corp',
      'Brown and Sons Inc',
      'Industrial Equity (Pacific) Ltd',
    ]);
  });

  it('ends a name at a possessive or after a closing suffix', () => {
    expect(texts("Chrysler Corp's Chrysler Motors unit said Orlen Corp. Analysts said nothing.")).toEqual([
      'Chrysler Corp',
      'Chrysler Motors',
      'Orlen Corp.',
    ]);
  });
});

describe('recognizeOrganizations: cues', () => {
  it('types a name by a deal verb, a stake, an investment or an apposition', () => {
    expect(texts('Zephyr Analytics acquired Nordwell in January.')).toEqual(['Zephyr Analytics', 'Nordwell']);
    expect(texts('The fund invested 50 mln dlrs in Corvalis last year.')).toEqual(['Corvalis']);
    expect(texts('It holds a 9.4 pct stake in Brandvold, according to the filing.')).toEqual(['Brandvold']);
    expect(texts('Tessarine, a company focused on battery chemistry, raised money.')).toEqual(['Tessarine']);
    expect(texts('The electronics group Kavanagh said profits rose.')).toEqual(['Kavanagh']);
  });

  it('types a name everywhere once the article has typed it, possessives too', () => {
    const ms = orgs('Orlen Corp said it would bid. Analysts said Orlen’s offer was low, but Orlen\'s board backed it. Orlen declined.');
    expect(ms.map((m) => m.text)).toEqual(['Orlen Corp', 'Orlen', 'Orlen', 'Orlen']);
  });

  it('types a short form used after the full name', () => {
    expect(texts('Granite Valley Systems Inc said it sold a unit. Granite Valley said the price was fair.')).toEqual([
      'Granite Valley Systems Inc',
      'Granite Valley',
    ]);
  });

  it('types an acronym defined right after a typed name', () => {
    const ms = orgs('Pacific Rim Logistics Corp (PRL) said it agreed to the merger. Later, PRL said it was done.');
    expect(ms.map((m) => [m.text, m.rule])).toEqual([
      ['Pacific Rim Logistics Corp', 'organization/suffix'],
      ['PRL', 'organization/acronym'],
      ['PRL', 'organization/repeat'],
    ]);
  });

  it("uses the lexicon and the user's own names", () => {
    const ms = orgs('Quixote Labs and nimbus data partnered with Nvidia.', { organizations: ['Quixote Labs', 'nimbus data'] });
    expect(ms.map((m) => [m.text, m.rule])).toEqual([
      ['Quixote Labs', 'organization/user'],
      ['nimbus data', 'organization/user'],
      ['Nvidia', 'organization/lexicon'],
    ]);
  });
});

describe('recognizeOrganizations: what is not an organization', () => {
  it('skips places, nationalities and dates', () => {
    expect(texts("On Wednesday, Britain's Castlemere Plc said it may bid in September.")).toEqual(['Castlemere Plc']);
    expect(texts('Sunnyvale, Calif.-based Quillon Systems Inc and a U.S. company agreed.')).toEqual(['Quillon Systems Inc']);
    expect(texts('The West German firm sold its stake in Texas to New York investors.')).toEqual([]);
  });

  it('marks regulators as public bodies, which take no role in a deal', () => {
    // A mention (CoNLL counts it), without the country before it, and marked as a public body.
    const ms = orgs('The U.S. Securities and Exchange Commission and a Central Bank official objected.');
    expect(ms.map((m) => [m.text, m.kind])).toEqual([['Securities and Exchange Commission', 'public_body']]);
    // In a deal sentence it is mentioned, never a party.
    const r = extract('Halvorsen Pumps Inc told the Securities and Exchange Commission it bought 5.1 pct of Dunmore Corp.');
    expect(r.mentions.organizations.map((m) => [m.text, m.kind ?? null])).toEqual([
      ['Halvorsen Pumps Inc', null],
      ['Securities and Exchange Commission', 'public_body'],
      ['Dunmore Corp.', null],
    ]);
    expect(r.deals).toHaveLength(1);
    expect(r.deals[0]!.parties).toEqual([
      { name: 'Halvorsen Pumps', role: 'acquirer' },
      { name: 'Dunmore', role: 'target' },
    ]);
  });

  it('skips products after a company possessive and the word AI', () => {
    expect(texts('Microsoft’s Copilot and Google’s Gemini compete in AI, unlike OpenAI’s GPT series.')).toEqual([
      'Microsoft',
      'Google',
      'OpenAI',
    ]);
  });

  it('skips people, with a title or a given name', () => {
    expect(texts('Mr. Harlan said chairman Peter Vance bought a stake in Hollis Casinos.')).toEqual(['Hollis Casinos']);
    expect(texts('Donald Trump bought 9 pct of Resorts Hotels Inc. Trump said he may buy more.')).toEqual(['Resorts Hotels Inc.']);
    expect(texts('Analyst Rosa Marling of Brandt Securities said the bid was low.')).toEqual(['Brandt Securities']);
  });

  it('skips capitalized ordinary words at a sentence start', () => {
    expect(texts('Shares of Orlen Corp rose. Remaining shares will be bought later. Consequently, it grew.')).toEqual(['Orlen Corp']);
    expect(texts('Target prices were cut. Later, Target said sales rose.')).toEqual(['Target']);
  });

  it('reads capitals headlines only for names the article or lexicon knows', () => {
    const text = "KESTREL MINING SAYS BRITAIN'S CASTLEMERE MAY BID FOR IT\nKestrel Mining Ltd <KSTL.S> said Castlemere Plc may bid.";
    expect(texts(text)).toEqual(['KESTREL MINING', 'CASTLEMERE', 'Kestrel Mining Ltd', 'Castlemere Plc']);
    expect(texts('SHR 1.20 DLRS VS 1.10 DLRS NET PROFIT RISES SHARPLY\nProfit rose.')).toEqual([]);
    expect(texts('NORDWELL <NDW> COMPLETES SALE OF UNIT\nThe sale closed.')).toEqual(['NORDWELL']);
    expect(texts('TOTAL PROFIT RISES AT MICROSOFT AND ORLEN\nOrlen Corp said profit rose.')).toEqual([
      'MICROSOFT',
      'ORLEN',
      'Orlen Corp',
    ]);
  });

  it('keeps a listed name out of a title-case headline run', () => {
    expect(texts('Amazon Completes Investment In Anthropic As Rivals Race')).toEqual(['Amazon', 'Anthropic']);
  });

  it('copes with empty text and text without names', () => {
    expect(orgs('')).toEqual([]);
    expect(orgs('the deal closed on time.')).toEqual([]);
  });
});
