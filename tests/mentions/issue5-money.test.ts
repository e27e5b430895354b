/**
 * Issue 5, "What to build" 1: money normalization, item by item, as tables. Each row is a sentence
 * and the one money mention it must give (or none).
 */
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { recognizeMoney } from '../../src/mentions/money.js';
import type { MoneyMention } from '../../src/schema/mention.js';
import { ExtractOptions, type Locale } from '../../src/schema/options.js';

function money(text: string, locale: Locale = 'en-US'): MoneyMention[] {
  return recognizeMoney(createDoc(text, ExtractOptions.parse({ locale })));
}

function one(text: string, locale?: Locale): MoneyMention {
  const all = money(text, locale);
  expect(all.map((m) => m.text), text).toHaveLength(1);
  return all[0]!;
}

type Row = [sentence: string, text: string, value: number, currency: string];

describe('symbols and codes before or after the number', () => {
  it.each<Row>([
    ['It paid $3 million.', '$3 million', 3e6, 'USD'],
    ['It paid US$3 million.', 'US$3 million', 3e6, 'USD'],
    ['It paid C$3 million.', 'C$3 million', 3e6, 'CAD'],
    ['It paid A$3 million.', 'A$3 million', 3e6, 'AUD'],
    ['It paid €3 million.', '€3 million', 3e6, 'EUR'],
    ['It paid £3 million.', '£3 million', 3e6, 'GBP'],
    ['It paid ¥3 million.', '¥3 million', 3e6, 'JPY'],
    ['It paid USD 3 million.', 'USD 3 million', 3e6, 'USD'],
    ['It paid 3 million USD.', '3 million USD', 3e6, 'USD'],
    ['It paid 20€ a unit.', '20€', 20, 'EUR'],
  ])('%s', (sentence, text, value, currency) => {
    expect(one(sentence)).toMatchObject({ text, value, currency });
  });
});

describe('scale words and abbreviations', () => {
  it.each<Row>([
    ['It paid $5 thousand.', '$5 thousand', 5e3, 'USD'],
    ['It paid $5 million.', '$5 million', 5e6, 'USD'],
    ['It paid 5 mln dlrs.', '5 mln dlrs', 5e6, 'USD'],
    ['It paid $5m.', '$5m', 5e6, 'USD'],
    ['It paid $5 billion.', '$5 billion', 5e9, 'USD'],
    ['It paid $5bn.', '$5bn', 5e9, 'USD'],
    ['It paid $5b.', '$5b', 5e9, 'USD'],
    ['It paid $5 trillion.', '$5 trillion', 5e12, 'USD'],
    ['It paid $5tn.', '$5tn', 5e12, 'USD'],
    ['It paid $2.75 billion.', '$2.75 billion', 2.75e9, 'USD'],
  ])('%s', (sentence, text, value, currency) => {
    expect(one(sentence)).toMatchObject({ text, value, currency });
  });
});

describe('written numbers', () => {
  it.each<Row>([
    ['It could cost two point five billion dollars.', 'two point five billion dollars', 2.5e9, 'USD'],
    ['It cost ten dollars.', 'ten dollars', 10, 'USD'],
    ['It cost a billion dollars.', 'a billion dollars', 1e9, 'USD'],
    ['It cost 1 point 5 million dollars.', '1 point 5 million dollars', 1.5e6, 'USD'],
  ])('%s', (sentence, text, value, currency) => {
    expect(one(sentence)).toMatchObject({ text, value, currency });
  });
});

describe('currency words', () => {
  it.each<Row>([
    ['It paid 5 mln dollars.', '5 mln dollars', 5e6, 'USD'],
    ['It paid 5 mln dlrs.', '5 mln dlrs', 5e6, 'USD'],
    ['It paid 5 mln euros.', '5 mln euros', 5e6, 'EUR'],
    ['It paid 5 mln pounds sterling.', '5 mln pounds sterling', 5e6, 'GBP'],
    ['It paid 5 mln stg.', '5 mln stg', 5e6, 'GBP'],
    ['It paid 5 billion yen.', '5 billion yen', 5e9, 'JPY'],
    ['It paid 5 mln francs.', '5 mln francs', 5e6, 'FRF'],
    ['It paid 5 mln marks.', '5 mln marks', 5e6, 'DEM'],
    ['It paid 5 mln Canadian dlrs.', '5 mln Canadian dlrs', 5e6, 'CAD'],
    ['It paid 5 mln Australian dollars.', '5 mln Australian dollars', 5e6, 'AUD'],
    ['It paid 42 Egyptian pounds.', '42 Egyptian pounds', 42, 'EGP'],
  ])('%s', (sentence, text, value, currency) => {
    expect(one(sentence)).toMatchObject({ text, value, currency });
  });

  it('"pounds" alone is a weight unless the story names the pound elsewhere, or is nothing but the amount', () => {
    expect(money('The parcel weighed 5 pounds.')).toEqual([]);
    expect(money('Sales were 5 mln stg, against 4 mln pounds in 1986.').map((m) => m.currency)).toEqual(['GBP', 'GBP']);
    expect(one('ten pounds')).toMatchObject({ value: 10, currency: 'GBP' });
  });
});

describe('ranges and bounds keep a qualifier and min/max', () => {
  it.each([
    ['It will pay between $1 and $2 billion.', '$1 and $2 billion', 'range', 1e9, 2e9],
    ['It will pay $1-2 billion.', '$1-2 billion', 'range', 1e9, 2e9],
    ['It will pay from 10 to 20 dollars.', '10 to 20 dollars', 'range', 10, 20],
    ['It will pay up to $4 billion.', '$4 billion', 'up_to', undefined, 4e9],
    ['It will pay more than $4 billion.', '$4 billion', 'more_than', 4e9, undefined],
    ['It will pay at least $4 billion.', '$4 billion', 'at_least', 4e9, undefined],
    ['It will pay less than $4 billion.', '$4 billion', 'less_than', undefined, 4e9],
    ['It will pay about $4 billion.', '$4 billion', 'approximate', undefined, undefined],
  ] as const)('%s', (sentence, text, qualifier, min, max) => {
    const m = one(sentence);
    expect(m).toMatchObject({ text, qualifier });
    expect(m.min).toBe(min);
    expect(m.max).toBe(max);
  });
});

describe('not money', () => {
  it.each(['Rates rose 6.4 pct.', 'The company was founded in 1987.', 'It ordered a Boeing 747.', 'It sold 3 million shares.', 'five', 'exactly dollars', 'The fourth quarter was strong.', 'Nickel prices rose.'])(
    '%s',
    (sentence) => {
      expect(money(sentence)).toEqual([]);
    },
  );
});

describe('per-share prices are marked', () => {
  it.each([
    ['It offered 37 dlrs a share.', '37 dlrs'],
    ['It offered $40 per share.', '$40'],
    ['It offered a $40-a-share price.', '$40'],
  ])('%s', (sentence, text) => {
    expect(one(sentence)).toMatchObject({ text, perShare: true });
  });

  it('a deal value is not', () => {
    expect(one('It agreed to buy the company for $4 billion.').perShare).toBe(false);
  });
});

describe('the bare dollar follows the locale, and the story where that is reliable', () => {
  it.each<[Locale, string]>([
    ['en-US', 'USD'],
    ['en-AU', 'AUD'],
    ['en-CA', 'CAD'],
    ['en-NZ', 'NZD'],
    ['en-HK', 'HKD'],
    ['en-SG', 'SGD'],
    ['en-JM', 'JMD'],
    ['en-TT', 'TTD'],
    ['en-BZ', 'BZD'],
    ['en-GB', 'USD'],
  ])('%s: $ is %s, and implied', (locale, currency) => {
    expect(one('It paid $5 million.', locale)).toMatchObject({ currency, implied: ['currency'] });
  });

  it('"Australian dlrs" earlier in the story decides the bare "dlrs" after it', () => {
    expect(money('It sold the unit for 10 mln Australian dlrs. It also paid 5 mln dlrs.').map((m) => m.currency)).toEqual(['AUD', 'AUD']);
  });

  it('the "$" symbol keeps the locale: copy that means another dollar writes A$, C$, NZ$', () => {
    expect(money('It sold the unit for 10 mln Australian dlrs and paid $5 million.').map((m) => m.currency)).toEqual(['AUD', 'USD']);
  });
});
