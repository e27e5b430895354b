/**
 * The three date suites. Conventions (see also peer/common.ts):
 *
 * duckling-dates-en (Duckling's `Time/EN/**` corpora, rows whose grain is day, week, month, quarter
 * or year): prefer 'future', since Duckling resolves a bare weekday, month or holiday forward from
 * its reference time; the row's locale (plain "EN" → en-US, so month-first numeric dates). The first
 * date mention must start on the expected day at the row's grain: same year for a year row, same
 * quarter, month or Monday-to-Sunday week for those, same day for a day row; and its own grain must
 * be no coarser than the row's ("two years ago" is a month in Duckling: a day in that month passes,
 * the whole year does not).
 *
 * chrono-en-simple (chrono-node's `test/en` cases that expect a result): prefer 'nearest', as chrono
 * places a bare weekday or month at the nearest one; 'future' for the rows chrono runs with its
 * `forwardDate` option; en-GB for its en.GB rows. chrono returns an instant; the first date mention's
 * start must be that instant's calendar day (a month starts on its first day, as chrono fills it).
 *
 * chrono-en-negative (chrono-node's `testUnexpectedResult` cases): no date mention at all.
 */
import { recognizeDates } from '../mentions/date.js';
import type { DateGrain, DateMention } from '../schema/mention.js';
import type { DatePreference } from '../schema/options.js';
import { analyze, calendarDay, localeOf, quote, readRows, stableLines, type SuiteResult } from './common.js';
import { reasonFor } from './reasons.js';

export interface DucklingDateRow {
  text: string;
  ref: string;
  expected: string;
  grain: DateGrain;
  section: string;
  locale: string;
  holiday?: string;
}

export interface ChronoSimpleRow {
  text: string;
  ref: string;
  expected: string;
  matched: string | null;
  chrono: string;
  option: { forwardDate?: boolean } | null;
}

export interface ChronoNegativeRow {
  text: string;
  ref: string | null;
  chrono: string;
}

export const DUCKLING_DATES_CONVENTION = "prefer 'future'; row's locale; first mention's start at the row's grain, its grain no coarser";
export const CHRONO_SIMPLE_CONVENTION = "prefer 'nearest' ('future' for forwardDate rows); first mention's start = expected calendar day";
export const CHRONO_NEGATIVE_CONVENTION = 'no date mention at all';

function datesIn(text: string, ref: string | null, prefer: DatePreference, locale = localeOf('EN')): DateMention[] {
  const publishedAt = ref === null ? undefined : (calendarDay(ref) ?? undefined);
  return recognizeDates(analyze(text, { ...(publishedAt ? { publishedAt } : {}), locale, dates: { prefer } }));
}

function describe(m: DateMention | undefined): string {
  return m === undefined ? 'no date' : `${m.start ?? 'unresolved'} ${m.grain} (${quote(m.text)})`;
}

// ---- duckling-dates-en -------------------------------------------------------------------------

const GRAIN_RANK: Readonly<Record<DateGrain, number>> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };

/** A calendar day cut to a grain, for comparing two starts at that grain. */
export function truncate(day: string, grain: DateGrain): string {
  switch (grain) {
    case 'day':
      return day;
    case 'week': {
      const t = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
      const weekday = (new Date(t).getUTCDay() + 6) % 7; // 0 = Monday
      return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
    }
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return day.slice(0, 4);
  }
}

export function checkDucklingDateRow(row: DucklingDateRow): { pass: boolean; line: string } {
  const got = datesIn(row.text, row.ref, 'future', localeOf(row.locale))[0];
  const expected = calendarDay(row.expected);
  const tag = row.holiday ? ` {${row.holiday}}` : '';
  const line = `[${row.locale}] ${quote(row.text)}${tag} — expected ${row.expected.slice(0, 10)} ${row.grain} | got ${describe(got)} — ${reasonFor('duckling-dates-en', row.text.trim(), row.holiday)}`;
  const pass =
    got !== undefined &&
    got.start !== null &&
    expected !== null &&
    GRAIN_RANK[got.grain] <= GRAIN_RANK[row.grain] &&
    truncate(got.start, row.grain) === truncate(expected, row.grain);
  return { pass, line };
}

export function runDucklingDates(dir: string): SuiteResult {
  const rows = readRows<DucklingDateRow>(dir, 'duckling-dates-en');
  return collect('duckling-dates-en', DUCKLING_DATES_CONVENTION, rows, checkDucklingDateRow);
}

// ---- chrono-en-simple --------------------------------------------------------------------------

export function checkChronoSimpleRow(row: ChronoSimpleRow): { pass: boolean; line: string } {
  const prefer: DatePreference = row.option?.forwardDate === true ? 'future' : 'nearest';
  const locale = row.chrono === 'en.GB' ? localeOf('EN_GB') : localeOf('EN');
  const got = datesIn(row.text, row.ref, prefer, locale)[0];
  const expected = calendarDay(row.expected);
  const mode = row.chrono === 'casual' ? '' : ` (${row.chrono})`;
  const forward = prefer === 'future' ? ' (forwardDate)' : '';
  const line = `${quote(row.text)}${mode}${forward} ref ${row.ref.slice(0, 16)} — expected ${row.expected.slice(0, 10)} | got ${describe(got)} — ${reasonFor('chrono-en-simple', row.text.trim())}`;
  return { pass: got !== undefined && expected !== null && got.start === expected, line };
}

export function runChronoSimple(dir: string): SuiteResult {
  const rows = readRows<ChronoSimpleRow>(dir, 'chrono-en-simple');
  return collect('chrono-en-simple', CHRONO_SIMPLE_CONVENTION, rows, checkChronoSimpleRow);
}

// ---- chrono-en-negative ------------------------------------------------------------------------

export function checkChronoNegativeRow(row: ChronoNegativeRow): { pass: boolean; line: string } {
  const found = datesIn(row.text, row.ref, 'nearest');
  const line = `${quote(row.text)} — expected no date | got ${found.map((m) => describe(m)).join(', ')} — ${reasonFor('chrono-en-negative', row.text.trim())}`;
  return { pass: found.length === 0, line };
}

export function runChronoNegative(dir: string): SuiteResult {
  const rows = readRows<ChronoNegativeRow>(dir, 'chrono-en-negative');
  return collect('chrono-en-negative', CHRONO_NEGATIVE_CONVENTION, rows, checkChronoNegativeRow);
}

function collect<T>(name: string, convention: string, rows: T[], check: (row: T) => { pass: boolean; line: string }): SuiteResult {
  let passed = 0;
  const failures: string[] = [];
  for (const row of rows) {
    const v = check(row);
    if (v.pass) passed++;
    else failures.push(v.line);
  }
  return { name, passed, total: rows.length, convention, failures: stableLines(failures) };
}
