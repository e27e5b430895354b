import { describe, expect, it } from 'vitest';
import { parseNumber, parseNumeral, parseWrittenNumber, scaleExponent, scaleNumber } from '../../src/normalize/number.js';

describe('parseNumeral', () => {
  it.each([
    ['5', 5],
    ['1,250.5', 1250.5],
    ['1,250,000', 1250000],
    ['.125', 0.125],
    ['7.20000', 7.2],
    ['007', 7],
  ])('%s → %d', (text, value) => {
    expect(parseNumeral(text)).toBe(value);
  });

  it.each(['1,25', '1,2345', 'abc', '', '1.2.3', '12,'])('%j is not a numeral', (text) => {
    expect(parseNumeral(text)).toBeNull();
  });
});

describe('parseWrittenNumber', () => {
  it.each([
    ['five', 5],
    ['twenty-one', 21],
    ['twenty one', 21],
    ['one hundred and five', 105],
    ['two hundred thousand', 200000],
    ['two point five', 2.5],
    ['seven billion', 7e9],
    ['a billion', 1e9],
    ['a hundred', 100],
    ['half a million', 500000],
    ['one and a half billion', 1.5e9],
    ['two point seven billion', 2.7e9],
    ['one hundred twenty million three hundred thousand', 120300000],
    ['Seven', 7],
    ['a dozen', 12],
  ])('%s → %d', (text, value) => {
    expect(parseWrittenNumber(text)).toBe(value);
  });

  it.each(['five five', 'point', 'and two', 'one and two', 'a', 'million', 'twenty thirty', 'two point', 'half'])(
    '%j is not a number',
    (text) => {
      expect(parseWrittenNumber(text)).toBeNull();
    },
  );
});

describe('scales', () => {
  it.each([
    ['k', 3],
    ['thousand', 3],
    ['m', 6],
    ['mln', 6],
    ['mn', 6],
    ['million', 6],
    ['b', 9],
    ['bn', 9],
    ['bln', 9],
    ['billion', 9],
    ['tn', 12],
    ['trillion', 12],
    ['lakh', 5],
    ['crore', 7],
    ['MLN', 6],
    ['Bn', 9],
  ])('%s is 10^%d', (word, exp) => {
    expect(scaleExponent(word)).toBe(exp);
  });

  it('knows no other words', () => {
    expect(scaleExponent('pct')).toBeNull();
    expect(scaleExponent('shares')).toBeNull();
  });

  // Float multiplication would give 2700000000.0000005 for 2.7 * 1e9.
  it.each([
    ['2.75', 9, 2750000000],
    ['2.7', 9, 2700000000],
    ['1.15', 6, 1150000],
    ['0.1', 3, 100],
    ['4.35', 9, 4350000000],
    ['19.99', 6, 19990000],
    ['15', -2, 0.15],
    ['1.2', 12, 1.2e12],
  ])('scaleNumber(%s, %d) is exactly %d', (digits, exp, value) => {
    expect(scaleNumber(digits, exp)).toBe(value);
  });

  it.each([
    ['2.75 billion', 2750000000],
    ['2.75bn', 2750000000],
    ['2.75B', 2750000000],
    ['10.0 mln', 10000000],
    ['1,250.5', 1250.5],
    ['500m', 500000000],
    ['10K', 10000],
    ['two point five million', 2500000],
    ['five', 5],
  ])('parseNumber(%s) = %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('parseNumber rejects unknown scale words', () => {
    expect(parseNumber('5 pct')).toBeNull();
  });
});
