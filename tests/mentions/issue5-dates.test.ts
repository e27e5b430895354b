/**
 * Issue 5, "What to build" 2 and 3: dates resolved against the publication date, with grain and
 * range, and the options other tools call (`publishedAt`, `locale`, `dates.prefer`), as tables.
 * Published 2024-03-28, a Thursday, unless a row says otherwise.
 */
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { extract } from '../../src/extract.js';
import { recognizeDates } from '../../src/mentions/date.js';
import { ExtractOptions, type ExtractOptionsInput } from '../../src/schema/options.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

const PUB = '2024-03-28';

function dates(text: string, options: ExtractOptionsInput = {}) {
  return recognizeDates(tokenize(createDoc(text, ExtractOptions.parse({ publishedAt: PUB, ...options }))));
}

/** The mentions as [text, start, end, grain]. */
function brief(text: string, options?: ExtractOptionsInput) {
  return dates(text, options).map((m) => [m.text, m.start, m.end, m.grain]);
}

type Row = [sentence: string, text: string, start: string, end: string, grain: string];

describe('the news convention: bare weekdays and months follow the tense', () => {
  it.each<Row>([
    ['On Wednesday, Amazon announced a further investment.', 'Wednesday', '2024-03-27', '2024-03-27', 'day'],
    ['Amazon said on Monday it had sold the unit.', 'Monday', '2024-03-25', '2024-03-25', 'day'],
    ['Shareholders will vote on Monday.', 'Monday', '2024-04-01', '2024-04-01', 'day'],
    ['The deal will close in September.', 'September', '2024-09-01', '2024-09-30', 'month'],
    ['The company bought the stake in September.', 'September', '2023-09-01', '2023-09-30', 'month'],
    ['The deal is expected to close in October.', 'October', '2024-10-01', '2024-10-31', 'month'],
  ])('%s', (sentence, text, start, end, grain) => {
    expect(brief(sentence)).toEqual([[text, start, end, grain]]);
  });
});

describe('periods of the publication year, relative units, fiscal years, halves, parts', () => {
  it.each<Row>([
    ['Revenue fell last year.', 'last year', '2023-01-01', '2023-12-31', 'year'],
    ['The company expects to close the deal next quarter.', 'next quarter', '2024-04-01', '2024-06-30', 'quarter'],
    ['Sales rose in the first quarter.', 'the first quarter', '2024-01-01', '2024-03-31', 'quarter'],
    ['Amazon had until the end of the first quarter to decide.', 'the end of the first quarter', '2024-03-31', '2024-03-31', 'day'],
    ['Revenue for fiscal 2025 will top $10 billion.', 'fiscal 2025', '2025-01-01', '2025-12-31', 'year'],
    ['Sales in H1 2024 rose.', 'H1 2024', '2024-01-01', '2024-06-30', 'month'],
    ['Growth slowed in mid-2024.', 'mid-2024', '2024-05-01', '2024-08-31', 'month'],
    ['Talks stalled last week.', 'last week', '2024-03-18', '2024-03-24', 'week'],
  ])('%s', (sentence, text, start, end, grain) => {
    expect(brief(sentence)).toEqual([[text, start, end, grain]]);
  });
});

describe('explicit dates: month first or day first by locale', () => {
  it.each<[string, ExtractOptionsInput['locale'], string]>([
    ['The offer closed on 4/3/2024.', 'en-US', '2024-04-03'],
    ['The offer closed on 4/3/2024.', 'en-CA', '2024-04-03'],
    ['The offer closed on 4/3/2024.', 'en-GB', '2024-03-04'],
    ['The offer closed on 4/3/2024.', 'en-AU', '2024-03-04'],
    ['The offer closed on 27/3/2024.', 'en-US', '2024-03-27'],
    ['The offer closed on March 27, 2024.', 'en-GB', '2024-03-27'],
    ['The offer closed on 27 March 2024.', 'en-US', '2024-03-27'],
    ['The offer closed on 2024-03-27.', 'en-GB', '2024-03-27'],
  ])('%s (%s)', (sentence, locale, day) => {
    const [m] = dates(sentence, { locale });
    expect([m!.start, m!.end, m!.grain]).toEqual([day, day, 'day']);
  });
});

describe('every date has a grain and a range', () => {
  it('start is on or before end, for each kind of date', () => {
    const text =
      'On Wednesday, in September, on March 27, 2024, last year, in the first quarter, at the end of 2025, in mid-2024, in 1987, ' +
      'at Easter, three weeks ago, from March 12 to March 16, in the last week of September, over the weekend.';
    const ms = dates(text);
    expect(ms.length).toBeGreaterThanOrEqual(13);
    for (const m of ms) {
      expect(m.resolved, m.text).toBe(true);
      expect(m.start! <= m.end!, m.text).toBe(true);
      expect(['day', 'week', 'month', 'quarter', 'year']).toContain(m.grain);
    }
  });
});

describe('holidays, durations, ranges and narrative anchors', () => {
  it.each<Row & { 5?: ExtractOptionsInput }>([
    ['Sales rose over Thanksgiving last year.', 'Thanksgiving last year', '2023-11-23', '2023-11-23', 'day'],
    ['The plant closed for Christmas.', 'Christmas', '2023-12-25', '2023-12-25', 'day'],
    ['Trading resumes after Easter.', 'Easter', '2024-03-31', '2024-03-31', 'day'],
    ['The shops stayed shut for Chinese New Year.', 'Chinese New Year', '2024-02-10', '2024-02-10', 'day'],
    ['Markets were closed for Eid al-Fitr 2024.', 'Eid al-Fitr 2024', '2024-04-10', '2024-04-10', 'day'],
    ['Congress aims to finish by Labor Day.', 'Labor Day', '2024-09-02', '2024-09-02', 'day'],
    ['The merger closed three weeks ago.', 'three weeks ago', '2024-03-07', '2024-03-07', 'day'],
    ['The deal will close within two weeks.', 'within two weeks', '2024-04-11', '2024-04-11', 'day'],
    ['The plant will open in two years.', 'in two years', '2026-03-28', '2026-03-28', 'day'],
    ['Delivery runs from March 12 to March 16.', 'March 12 to March 16', '2024-03-12', '2024-03-16', 'day'],
    ['Shipments run August 10 - 22, 2023.', 'August 10 - 22, 2023', '2023-08-10', '2023-08-22', 'day'],
    ['Shipments arrive in the first week of October.', 'the first week of October', '2023-10-02', '2023-10-08', 'week'],
    ['Options expire on the third Friday of the month.', 'the third Friday of the month', '2024-03-15', '2024-03-15', 'day'],
    ['Talks broke down over the weekend.', 'the weekend', '2024-03-23', '2024-03-24', 'day'],
  ])('%s', (sentence, text, start, end, grain) => {
    expect(brief(sentence)).toEqual([[text, start, end, grain]]);
  });

  it('"in two years" after a verb that looks back is a length of time, not a date', () => {
    expect(dates('Sales doubled in two years.')).toEqual([]);
    expect(dates('Prices have risen 20 pct in five years.')).toEqual([]);
    expect(dates('Debt is at its lowest point in five years.')).toEqual([]);
  });

  it('"a year earlier" and "the previous year" count from the date named before, keeping its grain', () => {
    expect(brief('Profit rose in the fourth quarter of 2023 from a year earlier.')).toEqual([
      ['the fourth quarter of 2023', '2023-10-01', '2023-12-31', 'quarter'],
      ['a year earlier', '2022-10-01', '2022-12-31', 'quarter'],
    ]);
    expect(brief('Losses in 1986 were smaller than the previous year.')).toEqual([
      ['1986', '1986-01-01', '1986-12-31', 'year'],
      ['the previous year', '1985-01-01', '1985-12-31', 'year'],
    ]);
  });

  it('an impossible day is no date at all, and neither is its year', () => {
    expect(dates('The notes are due February 30, 2024.')).toEqual([]);
    expect(dates('It happened on 32 August 2014.')).toEqual([]);
  });

  it('a number alone, or a row of numbers, is not a year', () => {
    expect(dates('2020')).toEqual([]);
    expect(dates('2019 to 2020')).toEqual([]);
    expect(brief('It was founded in\n1987.')).toEqual([['1987', '1987-01-01', '1987-12-31', 'year']]);
  });
});

describe('options: extract(text, { publishedAt, locale, dates: { prefer } })', () => {
  const text = 'The deal will close in September, after a vote on Monday. It is worth up to $4 billion, or between A$5 and A$6 billion.';

  it.each([
    ['tense', '2024-09-01', '2024-04-01'],
    ['past', '2023-09-01', '2024-03-25'],
    ['future', '2024-09-01', '2024-04-01'],
    ['nearest', '2024-09-01', '2024-03-25'],
  ] as const)('prefer %s', (prefer, september, monday) => {
    const r = extract(text, { publishedAt: PUB, dates: { prefer } });
    expect(r.mentions.dates.map((m) => m.start)).toEqual([september, monday]);
  });

  it("the default is prefer 'tense', locale en-US", () => {
    const r = extract(text, { publishedAt: PUB });
    expect(r.mentions.dates.map((m) => m.start)).toEqual(['2024-09-01', '2024-04-01']);
    expect(r.mentions.money[0]).toMatchObject({ currency: 'USD', implied: ['currency'] });
  });

  it('locale decides the bare dollar', () => {
    expect(extract(text, { publishedAt: PUB, locale: 'en-AU' }).mentions.money[0]!.currency).toBe('AUD');
    expect(extract(text, { publishedAt: PUB, locale: 'en-CA' }).mentions.money[0]!.currency).toBe('CAD');
  });

  it('money with a bound or a range carries min and/or max beside value', () => {
    const [upTo, range] = extract(text, { publishedAt: PUB }).mentions.money;
    expect(upTo).toMatchObject({ value: 4e9, qualifier: 'up_to', max: 4e9 });
    expect(upTo!.min).toBeUndefined();
    expect(range).toMatchObject({ value: 5e9, currency: 'AUD', qualifier: 'range', min: 5e9, max: 6e9 });
  });

  it('rejects an unknown preference or locale by name', () => {
    expect(() => extract(text, { dates: { prefer: 'backward' as never } })).toThrow(/prefer/);
    expect(() => extract(text, { locale: 'fr-FR' as never })).toThrow(/locale/);
  });
});
