import { describe, expect, it } from 'vitest';
import type { Tense } from '../../src/doc.js';
import { resolveDate, type DateExpression, type ResolveContext } from '../../src/normalize/resolveDate.js';
import type { DatePreference } from '../../src/schema/options.js';

// 2024-03-28 is a Thursday, in the first quarter.
const PUB = '2024-03-28';

function at(expr: DateExpression, tense: Tense = 'past', prefer: DatePreference = 'tense', publishedAt: string | null = PUB) {
  const ctx: ResolveContext = { publishedAt, tense, prefer };
  return resolveDate(expr, ctx);
}

function range(expr: DateExpression, tense: Tense = 'past', prefer: DatePreference = 'tense', publishedAt: string | null = PUB) {
  const r = at(expr, tense, prefer, publishedAt);
  return [r.start, r.end, r.grain];
}

const weekday = (weekday: number, extra: Partial<Extract<DateExpression, { kind: 'weekday' }>> = {}): DateExpression => ({ kind: 'weekday', weekday, ...extra });
const month = (m: number, year: number | null = null): DateExpression => ({ kind: 'month', month: m, year });

describe('resolveDate: weekdays', () => {
  it.each([
    ['Wednesday, past', weekday(3), 'past', 'tense', '2024-03-27'],
    ['Wednesday, present counts as past', weekday(3), 'present', 'tense', '2024-03-27'],
    ['Wednesday, future', weekday(3), 'future', 'tense', '2024-04-03'],
    ['Thursday = publication day, past', weekday(4), 'past', 'tense', '2024-03-28'],
    ['Thursday = publication day, future', weekday(4), 'future', 'tense', '2024-03-28'],
    ['Friday, past', weekday(5), 'past', 'tense', '2024-03-22'],
    ['Friday, future', weekday(5), 'future', 'tense', '2024-03-29'],
    ['Friday, forced past in a future sentence', weekday(5), 'future', 'past', '2024-03-22'],
    ['Wednesday, forced future in a past sentence', weekday(3), 'past', 'future', '2024-04-03'],
    ['Monday, nearest (3 days back vs 4 ahead)', weekday(1), 'future', 'nearest', '2024-03-25'],
    ['Saturday, nearest (5 back vs 2 ahead)', weekday(6), 'past', 'nearest', '2024-03-30'],
  ] as const)('%s', (_name, expr, tense, prefer, day) => {
    expect(range(expr, tense, prefer)).toEqual([day, day, 'day']);
  });

  it('"last" and "next" skip the current occurrence; "this" is the publication week', () => {
    expect(range(weekday(4, { shift: 'last' }))).toEqual(['2024-03-21', '2024-03-21', 'day']);
    expect(range(weekday(4, { shift: 'next' }))).toEqual(['2024-04-04', '2024-04-04', 'day']);
    expect(range(weekday(3, { shift: 'last' }))).toEqual(['2024-03-27', '2024-03-27', 'day']);
    expect(range(weekday(5, { shift: 'this' }))).toEqual(['2024-03-29', '2024-03-29', 'day']);
    expect(range(weekday(5, { week: 1 }))).toEqual(['2024-04-05', '2024-04-05', 'day']);
  });
});

describe('resolveDate: months and days without a year', () => {
  it.each([
    ['September, past', month(9), 'past', 'tense', '2023-09-01', '2023-09-30'],
    ['September, present (counts as past)', month(9), 'present', 'tense', '2023-09-01', '2023-09-30'],
    ['September, future', month(9), 'future', 'tense', '2024-09-01', '2024-09-30'],
    ['March = publication month, past', month(3), 'past', 'tense', '2024-03-01', '2024-03-31'],
    ['March = publication month, future', month(3), 'future', 'tense', '2024-03-01', '2024-03-31'],
    ['February, future', month(2), 'future', 'tense', '2025-02-01', '2025-02-28'],
    ['September, nearest (Sept 2024 starts 157 days ahead; Sept 2023 ended 180 back)', month(9), 'past', 'nearest', '2024-09-01', '2024-09-30'],
    ['December, nearest', month(12), 'future', 'nearest', '2023-12-01', '2023-12-31'],
    ['September 2023, written', month(9, 2023), 'future', 'tense', '2023-09-01', '2023-09-30'],
  ] as const)('%s', (_name, expr, tense, prefer, start, end) => {
    expect(range(expr, tense, prefer)).toEqual([start, end, 'month']);
  });

  it('"last"/"next"/"this" month, and a month of a counted year', () => {
    expect(range({ kind: 'month', month: 3, year: null, shift: 'last' })).toEqual(['2023-03-01', '2023-03-31', 'month']);
    expect(range({ kind: 'month', month: 4, year: null, shift: 'last' }, 'future')).toEqual(['2023-04-01', '2023-04-30', 'month']);
    expect(range({ kind: 'month', month: 9, year: null, shift: 'next' })).toEqual(['2024-09-01', '2024-09-30', 'month']);
    expect(range({ kind: 'month', month: 2, year: null, shift: 'next' })).toEqual(['2025-02-01', '2025-02-28', 'month']);
    expect(range({ kind: 'month', month: 9, year: null, shift: 'this' })).toEqual(['2024-09-01', '2024-09-30', 'month']);
    expect(range({ kind: 'month', month: 4, year: { offset: -1 } })).toEqual(['2023-04-01', '2023-04-30', 'month']);
  });

  it('a day of a month without a year is the nearest one under "tense", whatever the verb', () => {
    const april10: DateExpression = { kind: 'date', year: null, month: 4, day: 10 };
    expect(range(april10, 'past')).toEqual(['2024-04-10', '2024-04-10', 'day']);
    expect(range({ kind: 'date', year: null, month: 12, day: 14 }, 'future')).toEqual(['2023-12-14', '2023-12-14', 'day']);
    // Forced directions still force.
    expect(range(april10, 'future', 'past')).toEqual(['2023-04-10', '2023-04-10', 'day']);
    expect(at(april10).implied).toEqual(['year']);
  });

  it('February 29 without a year lands on a leap year', () => {
    const feb29: DateExpression = { kind: 'date', year: null, month: 2, day: 29 };
    expect(range(feb29, 'past', 'past', '2023-03-28')).toEqual(['2020-02-29', '2020-02-29', 'day']);
    expect(range(feb29, 'past', 'future', '2023-03-28')).toEqual(['2024-02-29', '2024-02-29', 'day']);
    expect(range(feb29, 'past', 'tense', '2024-03-28')).toEqual(['2024-02-29', '2024-02-29', 'day']);
  });
});

describe('resolveDate: quarters and halves', () => {
  const q = (quarter: number, year: number | { offset: number } | null = null): DateExpression => ({ kind: 'quarter', quarter, year });

  it('a quarter without a year is in the publication year, unless a past-tense sentence names one not yet started', () => {
    expect(range(q(1), 'past')).toEqual(['2024-01-01', '2024-03-31', 'quarter']);
    expect(range(q(1), 'present')).toEqual(['2024-01-01', '2024-03-31', 'quarter']);
    expect(range(q(4), 'present')).toEqual(['2024-10-01', '2024-12-31', 'quarter']);
    expect(range(q(4), 'future')).toEqual(['2024-10-01', '2024-12-31', 'quarter']);
    expect(range(q(4), 'past')).toEqual(['2023-10-01', '2023-12-31', 'quarter']);
    expect(range(q(2), 'past', 'future')).toEqual(['2024-04-01', '2024-06-30', 'quarter']);
    expect(at(q(1)).implied).toEqual(['year']);
  });

  it('a written or counted year wins', () => {
    expect(range(q(1, 2025))).toEqual(['2025-01-01', '2025-03-31', 'quarter']);
    expect(range(q(3, 2023), 'future')).toEqual(['2023-07-01', '2023-09-30', 'quarter']);
    expect(range(q(4, { offset: -1 }))).toEqual(['2023-10-01', '2023-12-31', 'quarter']);
    expect(at(q(1, 2025)).implied).toEqual([]);
  });

  it('a half year is a 6-month range with grain month', () => {
    expect(range({ kind: 'half', half: 1, year: 2024 })).toEqual(['2024-01-01', '2024-06-30', 'month']);
    expect(range({ kind: 'half', half: 2, year: null }, 'future')).toEqual(['2024-07-01', '2024-12-31', 'month']);
  });
});

describe('resolveDate: relative units count from publication', () => {
  const rel = (unit: 'day' | 'week' | 'month' | 'quarter' | 'year', offset: number): DateExpression => ({ kind: 'relative', unit, offset });
  it.each([
    ['yesterday', rel('day', -1), '2024-03-27', '2024-03-27', 'day'],
    ['today', rel('day', 0), '2024-03-28', '2024-03-28', 'day'],
    ['this week (Monday–Sunday)', rel('week', 0), '2024-03-25', '2024-03-31', 'week'],
    ['last week', rel('week', -1), '2024-03-18', '2024-03-24', 'week'],
    ['last month', rel('month', -1), '2024-02-01', '2024-02-29', 'month'],
    ['next quarter', rel('quarter', 1), '2024-04-01', '2024-06-30', 'quarter'],
    ['last quarter', rel('quarter', -1), '2023-10-01', '2023-12-31', 'quarter'],
    ['last year', rel('year', -1), '2023-01-01', '2023-12-31', 'year'],
    ['the coming year', rel('year', 1), '2025-01-01', '2025-12-31', 'year'],
  ] as const)('%s', (_name, expr, start, end, grain) => {
    expect(range(expr)).toEqual([start, end, grain]);
    expect(at(expr).implied).toEqual(['year']);
  });

  it('crosses year boundaries', () => {
    expect(range(rel('month', -1), 'past', 'tense', '2024-01-15')).toEqual(['2023-12-01', '2023-12-31', 'month']);
    expect(range(rel('quarter', 1), 'past', 'tense', '2024-11-15')).toEqual(['2025-01-01', '2025-03-31', 'quarter']);
    expect(range(rel('week', 0), 'past', 'tense', '2024-12-31')).toEqual(['2024-12-30', '2025-01-05', 'week']);
    // A Sunday belongs to the week that began the Monday before.
    expect(range(rel('week', 0), 'past', 'tense', '2024-03-31')).toEqual(['2024-03-25', '2024-03-31', 'week']);
  });
});

describe('resolveDate: edges and parts', () => {
  it('"end of X" is the last day of X, grain day', () => {
    expect(range({ kind: 'edge', edge: 'end', of: { kind: 'quarter', quarter: 1, year: null } })).toEqual(['2024-03-31', '2024-03-31', 'day']);
    expect(range({ kind: 'edge', edge: 'end', of: { kind: 'year', year: 2025 } })).toEqual(['2025-12-31', '2025-12-31', 'day']);
    expect(range({ kind: 'edge', edge: 'start', of: { kind: 'relative', unit: 'year', offset: 1 } })).toEqual(['2025-01-01', '2025-01-01', 'day']);
  });

  it.each([
    ['early 2024', 'early', { kind: 'year', year: 2024 }, '2024-01-01', '2024-04-30', 'month'],
    ['mid-2024', 'mid', { kind: 'year', year: 2024 }, '2024-05-01', '2024-08-31', 'month'],
    ['late 2024', 'late', { kind: 'year', year: 2024 }, '2024-09-01', '2024-12-31', 'month'],
    ['late in the first half', 'late', { kind: 'half', half: 1, year: 2024 }, '2024-05-01', '2024-06-30', 'month'],
    ['early in the second quarter', 'early', { kind: 'quarter', quarter: 2, year: 2024 }, '2024-04-01', '2024-04-30', 'month'],
    ['mid-September 2023', 'mid', { kind: 'month', month: 9, year: 2023 }, '2023-09-11', '2023-09-20', 'day'],
    ['late February 2024', 'late', { kind: 'month', month: 2, year: 2024 }, '2024-02-21', '2024-02-29', 'day'],
    ['late next week', 'late', { kind: 'relative', unit: 'week', offset: 1 }, '2024-04-05', '2024-04-07', 'day'],
  ] as const)('%s', (_name, part, of, start, end, grain) => {
    expect(range({ kind: 'part', part, of: of as DateExpression })).toEqual([start, end, grain]);
  });

  it('split years cover both calendar years', () => {
    expect(range({ kind: 'years', from: 1986, to: 1987 })).toEqual(['1986-01-01', '1987-12-31', 'year']);
  });
});

describe('resolveDate: without a publication date', () => {
  it('relative dates keep their grain but stay unresolved; the clock is never read', () => {
    for (const [expr, grain] of [
      [weekday(3), 'day'],
      [month(9), 'month'],
      [{ kind: 'relative', unit: 'year', offset: -1 }, 'year'],
      [{ kind: 'quarter', quarter: 1, year: null }, 'quarter'],
      [{ kind: 'edge', edge: 'end', of: { kind: 'quarter', quarter: 1, year: null } }, 'day'],
      [{ kind: 'date', year: null, month: 3, day: 27 }, 'day'],
    ] as const) {
      expect(at(expr as DateExpression, 'past', 'tense', null)).toEqual({ start: null, end: null, grain, resolved: false, implied: [] });
    }
  });

  it('absolute dates still resolve', () => {
    expect(at({ kind: 'date', year: 2024, month: 3, day: 27 }, 'past', 'tense', null)).toEqual({
      start: '2024-03-27',
      end: '2024-03-27',
      grain: 'day',
      resolved: true,
      implied: [],
    });
    expect(range({ kind: 'edge', edge: 'end', of: { kind: 'year', year: 2025 } }, 'past', 'tense', null)).toEqual(['2025-12-31', '2025-12-31', 'day']);
  });
});
