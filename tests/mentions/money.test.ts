import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { recognizeMoney } from '../../src/mentions/money.js';
import { MoneyMention } from '../../src/schema/mention.js';
import { ExtractOptions, type Locale } from '../../src/schema/options.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

/** Recognizes money, and checks what must hold for every mention: exact span, schema, order, no overlap. */
function money(text: string, locale: Locale = 'en-US'): MoneyMention[] {
  const doc = tokenize(createDoc(text, ExtractOptions.parse({ locale })));
  const mentions = recognizeMoney(doc);
  let lastEnd = 0;
  for (const m of mentions) {
    expect(doc.text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(() => MoneyMention.parse(m)).not.toThrow();
    expect(m.span[0]).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = m.span[1];
  }
  return mentions;
}

/** The one mention in `text`. */
function one(text: string, locale?: Locale): MoneyMention {
  const all = money(text, locale);
  expect(all.map((m) => m.text)).toHaveLength(1);
  return all[0]!;
}

type Row = [sentence: string, text: string, value: number, currency: string];

describe('amounts', () => {
  it.each<Row>([
    ['Amazon will invest $2.75 billion in Anthropic.', '$2.75 billion', 2750000000, 'USD'],
    ['Amazon will invest $2.75bn in Anthropic.', '$2.75bn', 2750000000, 'USD'],
    ['Amazon will invest $2.75B in Anthropic.', '$2.75B', 2750000000, 'USD'],
    ['The unit was sold for US$3 million.', 'US$3 million', 3000000, 'USD'],
    ['The unit was sold for USD 3 million.', 'USD 3 million', 3000000, 'USD'],
    ['The unit was sold for 3 million USD.', '3 million USD', 3000000, 'USD'],
    ['The unit was sold for 3 million dollars.', '3 million dollars', 3000000, 'USD'],
    ['Siemens paid €500m for the business.', '€500m', 500000000, 'EUR'],
    ['Barclays raised £1.2bn in new capital.', '£1.2bn', 1200000000, 'GBP'],
    ['SoftBank committed ¥10 billion to the fund.', '¥10 billion', 10000000000, 'JPY'],
    ['The ministry will spend 1.5 trillion yen next year.', '1.5 trillion yen', 1500000000000, 'JPY'],
    ['Shopify bought the startup for C$40 million.', 'C$40 million', 40000000, 'CAD'],
    ['BHP booked a charge of A$1.1 billion.', 'A$1.1 billion', 1100000000, 'AUD'],
    ['The group paid HK$200 million for the site.', 'HK$200 million', 200000000, 'HKD'],
    ['Grab raised S$50 million from investors.', 'S$50 million', 50000000, 'SGD'],
    ['Fletcher sold the mill for NZ$75 million.', 'NZ$75 million', 75000000, 'NZD'],
    ['Reliance will invest Rs 500 crore in the plant.', 'Rs 500 crore', 5000000000, 'INR'],
    ['Nestle set aside CHF 2.5 billion for buybacks.', 'CHF 2.5 billion', 2500000000, 'CHF'],
    ['The seed round raised $250k.', '$250k', 250000, 'USD'],
    ['The seed round raised $500 thousand.', '$500 thousand', 500000, 'USD'],
    ['The agency fined the bank $5m.', '$5m', 5000000, 'USD'],
    ['The plan would cost $1.2 trillion over a decade.', '$1.2 trillion', 1200000000000, 'USD'],
    ['The bond is worth €3tn in total.', '€3tn', 3000000000000, 'EUR'],
    ['It could cost two point five billion dollars.', 'two point five billion dollars', 2500000000, 'USD'],
    ['The fund holds 1,250.5 dollars per unit holder.', '1,250.5 dollars', 1250.5, 'USD'],
  ])('%s', (sentence, text, value, currency) => {
    expect(one(sentence)).toMatchObject({ text, value, currency, qualifier: 'exact', perShare: false });
  });

  it('reads 2.7 billion without float noise', () => {
    expect(one('It paid $2.7 billion.').value).toBe(2700000000);
    expect(one('It paid 4.35 billion dlrs.').value).toBe(4350000000);
    expect(one('It paid 1.15 mln dlrs.').value).toBe(1150000);
  });

  it('names its rule', () => {
    expect(one('It paid $2.75 billion.').rule).toBe('money/symbol-number-scale');
    expect(one('It paid USD 3 million.').rule).toBe('money/code-number-scale');
    expect(one('It paid 10 mln dlrs.').rule).toBe('money/number-scale-word');
    expect(one('It paid five dlrs.').rule).toBe('money/words-word');
  });
});

describe('1987 newswire style', () => {
  it.each<Row>([
    ['The company said net profit rose to 10.0 mln dlrs.', '10.0 mln dlrs', 10000000, 'USD'],
    ['It sold the unit for 50 mln stg.', '50 mln stg', 50000000, 'GBP'],
    ['The bank lent 2.5 billion yen to the group.', '2.5 billion yen', 2500000000, 'JPY'],
    ['Dome sold the assets for 1.2 billion Canadian dlrs.', '1.2 billion Canadian dlrs', 1200000000, 'CAD'],
    ['The issue raised 100 mln Australian dollars.', '100 mln Australian dollars', 100000000, 'AUD'],
    ['Sales reached 300 mln U.S. dlrs.', '300 mln U.S. dlrs', 300000000, 'USD'],
    ['The loan totals 500 mln dollars.', '500 mln dollars', 500000000, 'USD'],
    ['Profit was 120 mln euros.', '120 mln euros', 120000000, 'EUR'],
    ['It made a profit of 80 mln pounds sterling.', '80 mln pounds sterling', 80000000, 'GBP'],
    ['Turnover was about 100 mln French francs.', '100 mln French francs', 100000000, 'FRF'],
    ['Nestle earned 1.79 billion Swiss francs.', '1.79 billion Swiss francs', 1790000000, 'CHF'],
    ['Bayer earned 1.4 billion marks last year.', '1.4 billion marks', 1400000000, 'DEM'],
    ['Assets rose to 17.9 billion Deutsche marks.', '17.9 billion Deutsche marks', 17900000000, 'DEM'],
    ['Fiat earned 2,000 billion lire in 1986.', '2,000 billion lire', 2000000000000, 'ITL'],
    ['Philips earned 1.1 billion guilders.', '1.1 billion guilders', 1100000000, 'NLG'],
    ['Telefonica raised 40 billion pesetas.', '40 billion pesetas', 40000000000, 'ESP'],
    ['India will spend 15 billion rupees on the dam.', '15 billion rupees', 15000000000, 'INR'],
    ['China will lend 300 mln yuan to the province.', '300 mln yuan', 300000000, 'CNY'],
    ['Net profit 35.4 billion won vs 30.1 billion.', '35.4 billion won', 35400000000, 'KRW'],
    ['Volvo earned 2.1 billion Swedish crowns.', '2.1 billion Swedish crowns', 2100000000, 'SEK'],
    ['Sales were 4.8 mln dlrs, or 15 cts a share.', '4.8 mln dlrs', 4800000, 'USD'],
    ['The board raised the price to 4,450 dlrs a tonne.', '4,450 dlrs', 4450, 'USD'],
    ['About seven billion dlrs of debt is affected.', 'seven billion dlrs', 7000000000, 'USD'],
    ['Banks were invited to join at four mln stg.', 'four mln stg', 4000000, 'GBP'],
    ['It opened a new 170 mln dlr paper machine.', '170 mln dlr', 170000000, 'USD'],
    ['Revenues rose to 102.1 mln dlrs\nfrom a year ago.', '102.1 mln dlrs', 102100000, 'USD'],
    ['Arrivals were worth 5.93\nmln dlrs this week.', '5.93\nmln dlrs', 5930000, 'USD'],
    ['CURRENT ACCOUNT DEFICIT 1.5 BILLION DLRS IN JANUARY', '1.5 BILLION DLRS', 1500000000, 'USD'],
  ])('%s', (sentence, text, value, currency) => {
    expect(money(sentence)[0]).toMatchObject({ text, value, currency });
  });

  it('reads cents and fractions of cents', () => {
    expect(money('Sales were 4.8 mln dlrs, or 15 cts a share.')[1]).toMatchObject({ text: '15 cts', value: 0.15, perShare: true });
    expect(one('Qtly div 12-1/2 cts vs nil')).toMatchObject({ text: '12-1/2 cts', value: 0.125, perShare: true });
  });

  it('marks every amount on an earnings-table line as per share', () => {
    const [a, b] = money('Shr 1.53 dlrs vs 1.21 dlrs\nNet 4,104,000 vs 3,000,000');
    expect(a).toMatchObject({ text: '1.53 dlrs', value: 1.53, perShare: true });
    expect(b).toMatchObject({ text: '1.21 dlrs', value: 1.21, perShare: true });
  });
});

describe('qualifiers', () => {
  it.each<[string, string, MoneyMention['qualifier'], number, { min?: number; max?: number }]>([
    ['It may invest up to $4 billion.', '$4 billion', 'up_to', 4e9, { max: 4e9 }],
    ['It could raise its stake to a maximum of $4 billion.', '$4 billion', 'up_to', 4e9, { max: 4e9 }],
    ['The fund will spend no more than $2 billion.', '$2 billion', 'up_to', 2e9, { max: 2e9 }],
    ['The deal is worth more than $1 billion.', '$1 billion', 'more_than', 1e9, { min: 1e9 }],
    ['The deal is worth over 13 mln dlrs.', '13 mln dlrs', 'more_than', 13e6, { min: 13e6 }],
    ['It will pay at least $500 million.', '$500 million', 'at_least', 5e8, { min: 5e8 }],
    ['It will pay not less than 32.5 cents per share.', '32.5 cents', 'at_least', 0.325, { min: 0.325 }],
    ['Reserves are below four billion dlrs.', 'four billion dlrs', 'less_than', 4e9, { max: 4e9 }],
    ['The stake costs less than $50 million.', '$50 million', 'less_than', 5e7, { max: 5e7 }],
    ['The group paid about 69 mln dlrs for the shares.', '69 mln dlrs', 'approximate', 69e6, {}],
    ['The unit is valued at around $3 billion.', '$3 billion', 'approximate', 3e9, {}],
    ['The bill costs approximately $1.1 billion.', '$1.1 billion', 'approximate', 1.1e9, {}],
    ['The plan costs roughly $200 million.', '$200 million', 'approximate', 2e8, {}],
    ['It raised nearly one billion dlrs.', 'one billion dlrs', 'approximate', 1e9, {}],
    ['It raised almost $2 billion.', '$2 billion', 'approximate', 2e9, {}],
    ['It has some 200 mln dlrs under management.', '200 mln dlrs', 'approximate', 2e8, {}],
    ['Losses may reach five billion yen or more.', 'five billion yen', 'at_least', 5e9, { min: 5e9 }],
  ])('%s', (sentence, text, qualifier, value, bounds) => {
    const m = one(sentence);
    expect(m).toMatchObject({ text, qualifier, value });
    expect(m.min).toBe(bounds.min);
    expect(m.max).toBe(bounds.max);
  });

  it('keeps the qualifier words out of the text, as in the seed article', () => {
    const text =
      'Amazon announced a further investment of $2.75 billion in Anthropic. It initially invested $1.25 billion. ' +
      'The September investment involved Amazon injecting $1.25 billion into Anthropic. ' +
      'Amazon could increase its investment to a maximum of $4 billion.';
    expect(money(text).map((m) => [m.text, m.qualifier])).toEqual([
      ['$2.75 billion', 'exact'],
      ['$1.25 billion', 'exact'],
      ['$1.25 billion', 'exact'],
      ['$4 billion', 'up_to'],
    ]);
  });
});

describe('ranges', () => {
  it.each<[string, string, number, number, string]>([
    ['The stake is worth between $1 and $2 billion.', '$1 and $2 billion', 1e9, 2e9, 'USD'],
    ['The stake is worth $1 billion to $2 billion.', '$1 billion to $2 billion', 1e9, 2e9, 'USD'],
    ['The stake is worth $1-2 billion.', '$1-2 billion', 1e9, 2e9, 'USD'],
    ['The stake is worth $10-$20.', '$10-$20', 10, 20, 'USD'],
    ['The bank stands to lose 15-20 mln dlrs.', '15-20 mln dlrs', 15e6, 20e6, 'USD'],
    ['Sales were registered at 4,351 to 4,450 dlrs.', '4,351 to 4,450 dlrs', 4351, 4450, 'USD'],
    ['It is priced from 2,898 dlrs to 3,698 dlrs.', '2,898 dlrs to 3,698 dlrs', 2898, 3698, 'USD'],
    ['The Treasury will issue between eight and 12 billion francs.', 'eight and 12 billion francs', 8e9, 12e9, 'FRF'],
    ['Costs will be 1.4 to 1.5\nbillion dlrs.', '1.4 to 1.5\nbillion dlrs', 1.4e9, 1.5e9, 'USD'],
  ])('%s', (sentence, text, min, max, currency) => {
    expect(one(sentence)).toMatchObject({ text, qualifier: 'range', value: min, min, max, currency });
  });

  it('does not read a change as a range', () => {
    expect(money('Loans rose 356 mln dlrs to 66.19 billion dlrs.').map((m) => m.text)).toEqual(['356 mln dlrs', '66.19 billion dlrs']);
    expect(money('It was increased from 25 mln dlrs to 44 mln dlrs.').map((m) => m.qualifier)).toEqual(['exact', 'exact']);
    expect(money('Arab Heavy dropped 10 cts to 16.63 dlrs a barrel.').map((m) => m.text)).toEqual(['10 cts', '16.63 dlrs']);
    expect(money('The payout went from 27 cts to 26 cts.').map((m) => m.qualifier)).toEqual(['exact', 'exact']);
    expect(money('It gave $5 to 10 charities.').map((m) => m.text)).toEqual(['$5']);
  });
});

describe('per-share prices', () => {
  it.each<[string, string, number]>([
    ['The offer is $40 a share in cash.', '$40', 40],
    ['Bass offered 37 dlrs per share.', '37 dlrs', 37],
    ['The bid is $40 per share.', '$40', 40],
    ['It made a $40-a-share offer.', '$40', 40],
    ['It earned 1.19 dlrs per common share.', '1.19 dlrs', 1.19],
    ['The firm sold 500,000 shares at five dlrs each.', 'five dlrs', 5],
  ])('%s', (sentence, text, value) => {
    expect(one(sentence)).toMatchObject({ text, value, perShare: true });
  });

  it('is not a price per unit or per barrel', () => {
    expect(one('Priced at 20 dlrs per unit.').perShare).toBe(false);
    expect(one('Prices fell to 18 dlrs a barrel.').perShare).toBe(false);
  });
});

describe('not money', () => {
  it.each([
    'Inflation rose 6.4 pct in January.',
    'Sales rose in 1987 and 1988.',
    'The airline ordered a Boeing 747 and two 767s.',
    'It bought 3 million shares of the company.',
    'Output was 10 mln barrels a day.',
    'There were 42 bidders.',
    'Results for Q1 were weak.',
    'Call 555-1234 or (212) 555-0100 for details.',
    'Prices are quoted in $ and in euros.',
    'The dollar rose against the yen.',
    'The year 1987 marks the 50th anniversary.',
    'No one won the race.',
    'The 747-400 has a take-off weight of 870,000 pounds.',
    'It processed 2.3 mln pounds of peanut products.',
    'A grand jury indicted him.',
    'It sold a nickel mine and the first quarter was weak.',
    'Traders bet on a dollar rally.',
  ])('%s', (sentence) => {
    expect(money(sentence)).toEqual([]);
  });
});

describe('currency of a bare dollar', () => {
  it.each<[Locale, string]>([
    ['en-US', 'USD'],
    ['en-AU', 'AUD'],
    ['en-CA', 'CAD'],
    ['en-NZ', 'NZD'],
    ['en-SG', 'SGD'],
    ['en-HK', 'HKD'],
    ['en-GB', 'USD'],
    ['en-IN', 'USD'],
  ])('under %s is %s, implied', (locale, currency) => {
    expect(one('It paid $5 million.', locale)).toMatchObject({ currency, implied: ['currency'] });
  });

  it('is not implied when written', () => {
    expect(one('It paid US$5 million.', 'en-AU')).toMatchObject({ currency: 'USD', implied: [] });
  });

  it("follows the story's own dollar in newswire word forms", () => {
    const ms = money('Dome sold it for 1.2 billion Canadian dlrs. It also repaid 300 mln dlrs of debt, or 50 cts a share.');
    expect(ms.map((m) => [m.text, m.currency, m.implied])).toEqual([
      ['1.2 billion Canadian dlrs', 'CAD', []],
      ['300 mln dlrs', 'CAD', ['currency']],
      ['50 cts', 'CAD', ['currency']],
    ]);
  });

  it('keeps the locale when the story names two dollars, and for the $ symbol', () => {
    expect(money('It paid 1.2 billion Canadian dlrs, or 800 mln U.S. dlrs, and 5 mln dlrs in fees.')[2]).toMatchObject({ currency: 'USD' });
    expect(money('BHP paid A$1 billion, or $700 million.')[1]).toMatchObject({ currency: 'USD', implied: ['currency'] });
  });

  it('reads bare francs as French francs, unless the story named Swiss ones', () => {
    expect(one('Profit was 200 mln francs.')).toMatchObject({ currency: 'FRF', implied: ['currency'] });
    expect(money('Nestle earned 1.79 billion Swiss francs, up from 1.6 billion francs.')[1]).toMatchObject({ currency: 'CHF' });
  });

  it('reads bare crowns from the country the story names', () => {
    expect(one('Norway said the deficit was 3.2 billion crowns.')).toMatchObject({ currency: 'NOK', implied: ['currency'] });
  });
});

describe('written amounts and coins', () => {
  it.each<Row>([
    ['It cost ten dollars.', 'ten dollars', 10, 'USD'],
    ['It cost a billion dollars.', 'a billion dollars', 1e9, 'USD'],
    ['It cost half a billion dollars.', 'half a billion dollars', 5e8, 'USD'],
    ['It cost 20 dollars 43 cents.', '20 dollars 43 cents', 20.43, 'USD'],
    ['It costs a dollar and 42 cents.', 'a dollar and 42 cents', 1.42, 'USD'],
    ['He made 10 grand.', '10 grand', 10000, 'USD'],
    ['He had ten dimes.', 'ten dimes', 1, 'USD'],
  ])('%s', (sentence, text, value, currency) => {
    expect(one(sentence)).toMatchObject({ text, value, currency });
  });
});

describe('mentions of a long story', () => {
  it('are sorted and do not overlap', () => {
    const story =
      'Texaco said it would sell assets worth 1.2 billion dlrs to 1.5 billion dlrs. ' +
      'It paid 37 dlrs a share, or about 2.5 billion dlrs, up from 2.1 billion dlrs. '.repeat(20);
    const ms = money(story);
    expect(ms.length).toBe(61);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.span[0]).toBeGreaterThanOrEqual(ms[i - 1]!.span[1]);
  });
});
