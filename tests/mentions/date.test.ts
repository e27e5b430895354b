import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { recognizeDates } from '../../src/mentions/date.js';
import { DateMention } from '../../src/schema/mention.js';
import { ExtractOptions, type ExtractOptionsInput } from '../../src/schema/options.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

// 2024-03-28 is a Thursday.
const PUB = '2024-03-28';

/** Recognizes dates, and checks what must hold for every mention: exact span, schema, order, no overlap. */
function dates(text: string, options: ExtractOptionsInput = { publishedAt: PUB }) {
  const doc = tokenize(createDoc(text, ExtractOptions.parse(options)));
  const mentions = recognizeDates(doc);
  let lastEnd = 0;
  for (const m of mentions) {
    expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    expect(() => DateMention.parse(m)).not.toThrow();
    expect(m.span[0]).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = m.span[1];
  }
  return mentions;
}

/** text → [start, end, grain] of each mention, for compact tables. */
function brief(text: string, options?: ExtractOptionsInput) {
  return dates(text, options).map((m) => [m.text, m.start, m.end, m.grain]);
}

describe('recognizeDates: the seed article', () => {
  const raw = readFileSync(new URL('../../corpus/amazon-anthropic-2024-03.txt', import.meta.url), 'utf8');
  const text = raw.replace(/^---\n[\s\S]*?\n---\n/, ''); // front matter, if the corpus file carries it
  const mentions = dates(text, { publishedAt: PUB });

  it('places Wednesday, every September, the end of the first quarter and the coming year', () => {
    const wednesday = mentions.find((m) => m.text === 'Wednesday')!;
    expect(wednesday).toMatchObject({ start: '2024-03-27', end: '2024-03-27', grain: 'day', resolved: true, implied: ['year'] });

    const septembers = mentions.filter((m) => m.text === 'September');
    expect(septembers).toHaveLength(3);
    for (const m of septembers) expect(m).toMatchObject({ start: '2023-09-01', end: '2023-09-30', grain: 'month', implied: ['year'] });

    expect(mentions.find((m) => m.text === 'the end of the first quarter')).toMatchObject({ start: '2024-03-31', end: '2024-03-31', grain: 'day' });
    expect(mentions.find((m) => m.text === 'the coming year')).toMatchObject({ start: '2025-01-01', end: '2025-12-31', grain: 'year' });
  });

  it('finds nothing else ("first", "AI", "since then" are not dates)', () => {
    expect(mentions.map((m) => m.text)).toEqual(['Wednesday', 'September', 'September', 'the end of the first quarter', 'September', 'the coming year']);
  });
});

describe('recognizeDates: weekdays and bare months follow the tense', () => {
  it.each([
    ['On Wednesday, Amazon announced a further investment in Anthropic.', 'Wednesday', '2024-03-27'],
    ['Amazon said on Wednesday it will invest a further $2.75 billion.', 'Wednesday', '2024-03-27'],
    ['Shareholders will vote on the merger on Friday.', 'Friday', '2024-03-29'],
    ['The company reported quarterly results on Thursday.', 'Thursday', '2024-03-28'],
    ['Shares of the company fell sharply last Thursday.', 'last Thursday', '2024-03-21'],
    ['The board meets again next Wednesday.', 'next Wednesday', '2024-04-03'],
    ['Results on Wednesday, March 27, 2024 beat forecasts.', 'Wednesday, March 27, 2024', '2024-03-27'],
    ['The tender offer expires on Friday of next week.', 'Friday of next week', '2024-04-05'],
  ])('%s', (sentence, text, day) => {
    expect(brief(sentence)).toEqual([[text, day, day, 'day']]);
  });

  it.each([
    ['Amazon had kept the option open since September.', 'September', '2023-09-01'],
    ["Amazon's ability to invest at Anthropic's September valuation presents a financial advantage.", 'September', '2023-09-01'],
    ['The deal will close in September, the companies said.', 'September', '2024-09-01'],
    ['The company said the acquisition would be completed in September.', 'September', '2024-09-01'],
    ['The deal is expected to close in October.', 'October', '2024-10-01'],
    ['In September, Amazon invested $1.25 billion in the startup.', 'September', '2023-09-01'],
    ['Profit rose 12% in March, the month the merger closed.', 'March', '2024-03-01'],
    ['Exports fell in February last year.', 'February last year', '2023-02-01'],
    ['The stake was bought in April of last year.', 'April of last year', '2023-04-01'],
  ])('%s', (sentence, text, first) => {
    const [m] = dates(sentence);
    expect(m).toMatchObject({ text, start: first, grain: 'month' });
  });

  it('"prefer" forces the direction', () => {
    const s = 'The deal will close in September, after a vote on Monday.';
    expect(brief(s, { publishedAt: PUB, dates: { prefer: 'past' } })).toEqual([
      ['September', '2023-09-01', '2023-09-30', 'month'],
      ['Monday', '2024-03-25', '2024-03-25', 'day'],
    ]);
    expect(brief('Amazon invested in September and said so on Monday.', { publishedAt: PUB, dates: { prefer: 'future' } })).toEqual([
      ['September', '2024-09-01', '2024-09-30', 'month'],
      ['Monday', '2024-04-01', '2024-04-01', 'day'],
    ]);
    expect(brief('Amazon invested in October and December.', { publishedAt: PUB, dates: { prefer: 'nearest' } })).toEqual([
      ['October', '2023-10-01', '2023-10-31', 'month'],
      ['December', '2023-12-01', '2023-12-31', 'month'],
    ]);
  });
});

describe('recognizeDates: written dates', () => {
  it.each([
    ['The deal was signed on March 27, 2024.', 'March 27, 2024', '2024-03-27'],
    ['The deal was signed on 27 March 2024.', '27 March 2024', '2024-03-27'],
    ['The deal was signed on the 27th of March, 2024.', 'the 27th of March, 2024'.slice(4), '2024-03-27'],
    ['Filing date: 2024-03-27.', '2024-03-27', '2024-03-27'],
    ['The agreement dated 3/27/2024 was filed with regulators.', '3/27/2024', '2024-03-27'],
    ['The agreement dated 3/27/24 was filed with regulators.', '3/27/24', '2024-03-27'],
    ['Holders of record on Sept. 30, 2023 will receive the dividend.', 'Sept. 30, 2023', '2023-09-30'],
    ['The year to Dec 31 1986 showed a profit.', 'Dec 31 1986', '1986-12-31'],
  ])('%s', (sentence, text, day) => {
    expect(brief(sentence)).toEqual([[text, day, day, 'day']]);
  });

  it('a day and month without a year take the nearest year (schedules go both ways)', () => {
    expect(brief('The dividend is payable April 15 to holders of record March 31.')).toEqual([
      ['April 15', '2024-04-15', '2024-04-15', 'day'],
      ['March 31', '2024-03-31', '2024-03-31', 'day'],
    ]);
    expect(dates('The strike began on December 14.')[0]).toMatchObject({ start: '2023-12-14', implied: ['year'] });
  });

  it('numeric dates follow the locale: day first for en-GB, en-AU, en-NZ, en-IE, en-IN, en-ZA', () => {
    expect(brief('The offer closed on 4/3/2024.')).toEqual([['4/3/2024', '2024-04-03', '2024-04-03', 'day']]);
    for (const locale of ['en-GB', 'en-AU', 'en-NZ', 'en-IE', 'en-IN', 'en-ZA'] as const) {
      expect(brief('The offer closed on 4/3/2024.', { publishedAt: PUB, locale })).toEqual([['4/3/2024', '2024-03-04', '2024-03-04', 'day']]);
    }
    expect(brief('The offer closed on 4/3/2024.', { publishedAt: PUB, locale: 'en-CA' })).toEqual([['4/3/2024', '2024-04-03', '2024-04-03', 'day']]);
    // Only one order gives a date: that one.
    expect(brief('The offer closed on 27/3/2024.')).toEqual([['27/3/2024', '2024-03-27', '2024-03-27', 'day']]);
  });

  it.each([
    ['Profit rose in September 2023.', 'September 2023'],
    ['Profit rose in Sept. 2023.', 'Sept. 2023'],
    ['Profit rose in Sept 2023.', 'Sept 2023'],
    ['Profit rose in September of 2023.', 'September of 2023'],
  ])('month and year: %s', (sentence, text) => {
    expect(brief(sentence)).toEqual([[text, '2023-09-01', '2023-09-30', 'month']]);
  });
});

describe('recognizeDates: relative units', () => {
  it.each([
    ['Revenue fell last year.', 'last year', '2023-01-01', '2023-12-31', 'year'],
    ['Revenue will rise this year.', 'this year', '2024-01-01', '2024-12-31', 'year'],
    ['The company plans to list its shares next year.', 'next year', '2025-01-01', '2025-12-31', 'year'],
    ['The coming year will test the partnership.', 'The coming year', '2025-01-01', '2025-12-31', 'year'],
    ['Sales slowed last month.', 'last month', '2024-02-01', '2024-02-29', 'month'],
    ['The company expects to close the deal next quarter.', 'next quarter', '2024-04-01', '2024-06-30', 'quarter'],
    ['Shares fell yesterday.', 'yesterday', '2024-03-27', '2024-03-27', 'day'],
    ['The board meets today.', 'today', '2024-03-28', '2024-03-28', 'day'],
    ['Talks resumed this week.', 'this week', '2024-03-25', '2024-03-31', 'week'],
    ['Talks stalled last week.', 'last week', '2024-03-18', '2024-03-24', 'week'],
  ])('%s', (sentence, text, start, end, grain) => {
    const [m] = dates(sentence);
    expect([m!.text, m!.start, m!.end, m!.grain]).toEqual([text, start, end, grain]);
    expect(m!.implied).toEqual(['year']);
  });

  it('"the last year" and "the next year" are spans of time, not calendar years; "last week of" is not last week', () => {
    expect(dates('Prices have doubled over the last year and may rise over the next year.')).toEqual([]);
    // Convention change (peer harness, issue 5): "the last week of September" is now read as that
    // week (the last Monday–Sunday week inside the month), no longer as just "September".
    expect(brief('Shipments arrive in the last week of September.')).toEqual([['the last week of September', '2023-09-18', '2023-09-24', 'week']]);
  });
});

describe('recognizeDates: quarters, halves, fiscal years', () => {
  it.each([
    ['Sales rose in the first quarter.', 'the first quarter', '2024-01-01', '2024-03-31'],
    ['First-quarter revenue beat forecasts.', 'First-quarter', '2024-01-01', '2024-03-31'],
    ['The company expects growth in the first quarter of 2025.', 'the first quarter of 2025', '2025-01-01', '2025-03-31'],
    ['Revenue guidance for Q1 2025 was raised.', 'Q1 2025', '2025-01-01', '2025-03-31'],
    ["Revenue guidance for Q1'25 was raised.", "Q1'25", '2025-01-01', '2025-03-31'],
    ['Revenue rose 4% in 1Q24.', '1Q24', '2024-01-01', '2024-03-31'],
    ['Profit fell in the fourth quarter of last year.', 'the fourth quarter of last year', '2023-10-01', '2023-12-31'],
    ['Its 1986 fourth quarter was the strongest on record.', '1986 fourth quarter', '1986-10-01', '1986-12-31'],
    ['Net profit in the 4th qtr rose.', 'the 4th qtr', '2023-10-01', '2023-12-31'],
  ])('%s', (sentence, text, start, end) => {
    expect(brief(sentence)).toEqual([[text, start, end, 'quarter']]);
  });

  it('a past-tense sentence pulls a quarter that has not started back a year', () => {
    expect(brief('Fourth-quarter profit rose 8%.')).toEqual([['Fourth-quarter', '2023-10-01', '2023-12-31', 'quarter']]);
    expect(brief('Fourth-quarter profit is expected to rise.')).toEqual([['Fourth-quarter', '2024-10-01', '2024-12-31', 'quarter']]);
  });

  it('the end of a quarter or a year is its last day', () => {
    expect(brief('Amazon had until the end of the first quarter to decide.')).toEqual([['the end of the first quarter', '2024-03-31', '2024-03-31', 'day']]);
    // "by" is a preposition and stays out of the mention.
    expect(brief('The deal is expected to close by the end of 2025.')).toEqual([['the end of 2025', '2025-12-31', '2025-12-31', 'day']]);
    expect(brief('Reserves stood at 3.1 billion at end-1986.')).toEqual([['end-1986', '1986-12-31', '1986-12-31', 'day']]);
    expect(brief('The plant should open by the end of the year.')).toEqual([['the end of the year', '2024-12-31', '2024-12-31', 'day']]);
  });

  it('a half year is a 6-month range with grain month', () => {
    expect(brief('Sales in H1 2024 rose.')).toEqual([['H1 2024', '2024-01-01', '2024-06-30', 'month']]);
    expect(brief('Sales in the first half rose.')).toEqual([['the first half', '2024-01-01', '2024-06-30', 'month']]);
    expect(brief('Second-half margins will improve.')).toEqual([['Second-half', '2024-07-01', '2024-12-31', 'month']]);
    expect(brief('Sales in the second half of 2023 fell.')).toEqual([['the second half of 2023', '2023-07-01', '2023-12-31', 'month']]);
  });

  it('fiscal and calendar years are read as calendar years', () => {
    expect(dates('Revenue for fiscal 2025 will top $10 billion.')[0]).toMatchObject({ text: 'fiscal 2025', start: '2025-01-01', end: '2025-12-31', grain: 'year', rule: 'date.fiscal-year' });
    expect(brief('The FY25 outlook was cut.')).toEqual([['FY25', '2025-01-01', '2025-12-31', 'year']]);
    expect(brief('Earnings in calendar 1986 rose.')).toEqual([['calendar 1986', '1986-01-01', '1986-12-31', 'year']]);
    expect(brief('Output in the 1986/87 season fell.')).toEqual([['1986/87', '1986-01-01', '1987-12-31', 'year']]);
  });
});

describe('recognizeDates: parts of a period', () => {
  it.each([
    ['Growth slowed in mid-2024.', 'mid-2024', '2024-05-01', '2024-08-31', 'month'],
    ['The merger closed in early 2024.', 'early 2024', '2024-01-01', '2024-04-30', 'month'],
    ['The plant opens in late 2024.', 'late 2024', '2024-09-01', '2024-12-31', 'month'],
    ['The bid was made in late last year.'.replace('in late', 'late'), 'late last year', '2023-09-01', '2023-12-31', 'month'],
    ['Talks began in mid-September.', 'mid-September', '2023-09-11', '2023-09-20', 'day'],
  ])('%s', (sentence, text, start, end, grain) => {
    expect(brief(sentence)).toEqual([[text, start, end, grain]]);
  });
});

describe('recognizeDates: years, and numbers that are not', () => {
  it('a bare year has grain year', () => {
    expect(brief('The company was founded in 1987.')).toEqual([['1987', '1987-01-01', '1987-12-31', 'year']]);
    expect(brief('Its 1986 net profit rose on notes due 1992.')).toEqual([
      ['1986', '1986-01-01', '1986-12-31', 'year'],
      ['1992', '1992-01-01', '1992-12-31', 'year'],
    ]);
  });

  it.each([
    'The fund bought 1,987 shares of the company.',
    'The deal is worth $2024 million.',
    'The airline ordered a Boeing 747.',
    'The company sold 2000 tonnes of sugar at 1930 GMT.',
    'Its headquarters are at 1999 Broadway Street, Suite 2000.',
    'The index rose 1.5 pct to 1987.50 points.',
    'Shares may fall, analysts warned, as traders march on.',
    'Theresa May said the talks went well.',
    'Cyber sales were reported by the Sunday Times.',
    'The AI company made its first investment.',
    'Cocoa for 3/4 of the crop was sold.',
  ])('no date in: %s', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });

  it('"Black Friday" is a holiday (the day after US Thanksgiving), not a Friday; the Sunday Times is no Sunday', () => {
    // Convention change (issue 5): holidays are dates now; this sentence used to give none.
    expect(brief('Black Friday sales were reported by the Sunday Times.', { publishedAt: '2023-12-01' })).toEqual([['Black Friday', '2023-11-24', '2023-11-24', 'day']]);
  });

  it('May, March and abbreviations need a date-like neighbour', () => {
    expect(brief('The plant closed in May.').map((m) => m[0])).toEqual(['May']);
    expect(brief('May sales rose, the company said in March.').map((m) => m[0])).toEqual(['March']);
    expect(brief('Prices rose in Jan and fell in Feb.').map((m) => m[0])).toEqual(['Jan', 'Feb']);
  });
});

describe('recognizeDates: without a publication date', () => {
  it('resolves absolute dates and leaves relative ones unresolved, never guessing from the clock', () => {
    const ms = dates('On Wednesday, Amazon said it had invested since September and would finish by the end of 2025, as it did in 1987 and on March 27, 2024. Last year was hard.', {});
    const byText = Object.fromEntries(ms.map((m) => [m.text, m]));
    expect(byText['Wednesday']).toMatchObject({ start: null, end: null, resolved: false, grain: 'day', implied: [] });
    expect(byText['September']).toMatchObject({ start: null, end: null, resolved: false, grain: 'month' });
    expect(byText['Last year']).toMatchObject({ start: null, end: null, resolved: false, grain: 'year' });
    expect(byText['the end of 2025']).toMatchObject({ start: '2025-12-31', end: '2025-12-31', resolved: true });
    expect(byText['1987']).toMatchObject({ start: '1987-01-01', resolved: true });
    expect(byText['March 27, 2024']).toMatchObject({ start: '2024-03-27', resolved: true, implied: [] });
  });
});

describe('recognizeDates: rule ids', () => {
  it('name the parser or refiner that produced each mention', () => {
    const rules = dates('On Wednesday, in September, on March 27, 2024, last year, in the first quarter, at the end of 2025, in mid-2024, in 1987.').map((m) => m.rule);
    expect(rules).toEqual(['date.weekday', 'date.month', 'date.month-day-year', 'date.relative', 'date.quarter', 'date.edge', 'date.part', 'date.year']);
  });
});
