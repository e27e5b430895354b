/**
 * resolveDate does its day arithmetic without a Date per call (civil_from_days and a table of month
 * lengths): it must agree with Date on every day, across leap years and century years.
 */
import { describe, expect, it } from 'vitest';
import { daysInMonth, resolveDate, type DateExpression } from '../../src/normalize/resolveDate.js';

const DAY_MS = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('day arithmetic agrees with Date', () => {
  it.each([1896, 1996, 2096])('every day of the nine years from %i comes back as written (1900, 2000, 2100 inside)', (from) => {
    const wrong: string[] = [];
    for (let t = Date.UTC(from, 0, 1); t <= Date.UTC(from + 8, 11, 31); t += DAY_MS) {
      const d = new Date(t);
      const expr: DateExpression = { kind: 'date', year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
      const r = resolveDate(expr, { publishedAt: null, tense: 'past', prefer: 'tense' });
      if (r.start !== iso(t) || r.end !== iso(t)) wrong.push(iso(t));
    }
    expect(wrong).toEqual([]);
  });

  it('"this week" starts on the Monday, and "next month" on the 1st, from every publication day of 1999–2001', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2001, 11, 31); t += DAY_MS) {
      const d = new Date(t);
      const monday = t - ((d.getUTCDay() + 6) % 7) * DAY_MS;
      const nextMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      const ctx = { publishedAt: iso(t), tense: 'past' as const, prefer: 'tense' as const };
      if (resolveDate({ kind: 'relative', unit: 'week', offset: 0 }, ctx).start !== iso(monday)) wrong.push(`week ${iso(t)}`);
      if (resolveDate({ kind: 'relative', unit: 'month', offset: 1 }, ctx).start !== iso(nextMonth)) wrong.push(`month ${iso(t)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('month lengths, February in leap and century years, and years before 100 (Date.UTC would read them as 19xx)', () => {
    expect([1900, 2000, 2023, 2024, 2100].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29, 28]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2023, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(4, 2)).toBe(29); // 4 AD, a leap year (1904 would be too, 1900 not: 0 AD is)
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(100, 2)).toBe(28);
  });

  it('a tense given as a function is asked for only when the date depends on it', () => {
    let asked = 0;
    const tense = () => {
      asked++;
      return 'future' as const;
    };
    const ctx = { publishedAt: '2024-03-28', tense, prefer: 'tense' as const };
    expect(resolveDate({ kind: 'date', year: 2024, month: 3, day: 3 }, ctx).start).toBe('2024-03-03');
    expect(resolveDate({ kind: 'year', year: 1987 }, ctx).start).toBe('1987-01-01');
    expect(asked).toBe(0);
    expect(resolveDate({ kind: 'month', year: null, month: 9 }, ctx).start).toBe('2024-09-01'); // future: the next September
    expect(asked).toBe(1);
  });
});
