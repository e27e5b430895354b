import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const dates = (text: string) => extract(text, { publishedAt: '1987-03-20' }).mentions.dates.map((d) => [d.text, d.start, d.grain]);

describe('Reuters day words', () => {
  it.each([
    ['The deal is expected to close April One.', [['April One', '1987-04-01', 'day']]],
    ['The merger agreement was signed February two, the company said.', [['February two', '1987-02-02', 'day']]],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it('a number word after a month that starts a phrase is no day', () => {
    expect(dates('In March one analyst said the price was low.')).toEqual([['March', '1987-03-01', 'month']]);
  });
});
