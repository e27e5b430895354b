/**
 * Holidays by rule (resolveDate.ts): fixed days, n-th weekdays, Easter and Orthodox Easter, and the
 * lunar and sidereal calendars (Chinese New Year, the Islamic months, Makar Sankranti, Vaisakhi),
 * checked against the days the holidays actually fell on.
 */
import { describe, expect, it } from 'vitest';
import { holidayDay, resolveDate, type DateExpression, type HolidayId } from '../../src/normalize/resolveDate.js';

const iso = (n: number | null) => (n === null ? null : new Date(n * 86_400_000).toISOString().slice(0, 10));

describe('holidayDay', () => {
  it.each<[HolidayId, number, string]>([
    ['christmas', 2024, '2024-12-25'],
    ['thanksgiving-us', 2024, '2024-11-28'],
    ['thanksgiving-ca', 2024, '2024-10-14'],
    ['black-friday', 2023, '2023-11-24'],
    ['mlk', 2024, '2024-01-15'],
    ['memorial-us', 2024, '2024-05-27'],
    ['labor-us', 2024, '2024-09-02'],
    ['labour-nz', 2024, '2024-10-28'],
    ['mothers', 2024, '2024-05-12'],
    ['mothering-sunday', 2024, '2024-03-10'],
    ['fathers-au', 2024, '2024-09-01'],
    ['tax-day-us', 2012, '2012-04-17'],
    ['super-tuesday', 2024, '2024-03-05'],
    ['easter', 2024, '2024-03-31'],
    ['easter', 2025, '2025-04-20'],
    ['good-friday', 1987, '1987-04-17'],
    ['orthodox-easter', 2024, '2024-05-05'],
    ['chinese-new-year', 1987, '1987-01-29'],
    ['chinese-new-year', 2024, '2024-02-10'],
    ['chinese-new-year', 2025, '2025-01-29'],
    ['eid-al-fitr', 2024, '2024-04-10'],
    ['eid-al-adha', 2024, '2024-06-16'],
    ['makar-sankranti', 2019, '2019-01-15'],
    ['vaisakhi', 2018, '2018-04-14'],
    ['parsi-new-year', 2024, '2024-08-15'],
  ])('%s %i is %s', (id, year, day) => {
    expect(iso(holidayDay(id, year))).toBe(day);
  });

  it('is null in a year the holiday does not fall', () => {
    expect(holidayDay('super-tuesday', 2023)).toBeNull();
  });
});

describe('resolveDate: holidays without a year', () => {
  const ctx = (prefer: 'tense' | 'future' | 'past') => ({ publishedAt: '2024-03-28', tense: 'past' as const, prefer });
  const easter: DateExpression = { kind: 'holiday', holiday: 'easter', year: null };
  it('are placed like a day of the year: the nearest under "tense", else by the preference', () => {
    expect(resolveDate(easter, ctx('tense')).start).toBe('2024-03-31');
    expect(resolveDate(easter, ctx('past')).start).toBe('2023-04-09');
    expect(resolveDate({ kind: 'holiday', holiday: 'christmas', year: null }, ctx('future')).start).toBe('2024-12-25');
  });

  it('"last" and "next" skip to the one before or after publication', () => {
    expect(resolveDate({ ...easter, shift: 'last' } as DateExpression, ctx('tense')).start).toBe('2023-04-09');
    expect(resolveDate({ kind: 'holiday', holiday: 'christmas', year: null, shift: 'next' }, ctx('tense')).start).toBe('2024-12-25');
  });
});
