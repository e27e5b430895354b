/**
 * Calendar arithmetic for date mentions, and the news convention that places them.
 *
 * THE CONVENTION. A news article's dates are anchored to its publication date, never to the clock.
 *
 * - Direction. A date that recurs and was not pinned by the text (a bare weekday, a month without a
 *   year) is placed by `prefer`:
 *     'tense' (default): backward, unless the sentence (the verb group governing the mention, see
 *       tokenize/tense.ts) is future tense, then forward. Present tense counts as past: news mostly
 *       reports what has happened ("Anthropic's September valuation presents an advantage" → the
 *       September just gone).
 *     'past' / 'future': always backward / forward.
 *     'nearest': whichever occurrence is closer to publication; a tie goes backward.
 *   Backward is "the latest occurrence that starts on or before publication"; forward is "the
 *   earliest occurrence that ends on or after publication". Both therefore include the current
 *   one: a weekday equal to the publication day is that very day, "in March" published in March is
 *   this March, whichever the tense.
 * - A day of a month without a year ("payable April 15", "record March 31") is the nearest one under
 *   'tense': those are mostly schedules, and the verb beside them says little ("declared a dividend
 *   payable April 15"). Measured on 3,000 Reuters stories: of 1,164 such days, 636 differ between
 *   backward and nearest, and a sample of 40 of those was right under nearest every time.
 * - "last"/"next" + weekday or month force the direction and skip the current occurrence ("last
 *   Wednesday" published on a Wednesday is a week earlier); "this" + weekday is the one in the
 *   publication's Monday–Sunday week, "this" + month the one in the publication year.
 * - Quarters and halves without a year belong to the publication year ("results for the first
 *   quarter"), because companies report on the running year; only a past-tense sentence pulls a
 *   quarter that has not started yet back one year ("fourth-quarter profit rose", published in
 *   February). Forced 'past'/'future'/'nearest' place them like months.
 * - Relative units count from the publication date: "yesterday", "last week" (weeks run Monday to
 *   Sunday), "next month", "last quarter", "this year". "The coming year/quarter/month/week" is the
 *   next calendar one (published 2024-03-28, "the coming year" is 2025), not the 12 months ahead: a
 *   calendar range is what the grain enum can express.
 * - "End of X" / "start of X" is the last / first day of X with grain 'day' ("by the end of 2025" →
 *   2025-12-31; "the end of the first quarter" → 2024-03-31).
 * - "Early / mid / late X" is the first / middle / last third of X, one grain finer: a year or half
 *   splits into 4- or 2-month blocks (grain 'month': "mid-2024" → 2024-05-01..2024-08-31), a quarter
 *   into its months, a month into days 1–10, 11–20 and 21–end (grain 'day'), a week into Mon–Tue,
 *   Wed–Thu, Fri–Sun.
 * - A half year ("H1 2024", "the first half") has no grain of its own: it is the 6-month range
 *   with grain 'month' (the range is made of whole months; 'quarter' would claim it is one quarter).
 * - Fiscal years and quarters ("fiscal 2025", "FY25", "Q1 FY25") are read as calendar years and
 *   quarters: a company's fiscal calendar is not in the text (Apple's FY2025 starts in October
 *   2024, Microsoft's in July 2024). The rule id ('date.fiscal-year') tells a reader to check.
 * - A split year ("the 1986/87 season", "fiscal 1987/88", "1988-92") covers both calendar years,
 *   grain 'year'. A two-digit year ("FY25", "1Q24", "3/27/24") takes the century that puts it
 *   nearest the publication year.
 * - `implied: ['year']` marks every result whose year was taken or counted from the publication
 *   date. Without a publication date such a mention keeps its grain but comes back with start/end
 *   null and resolved false; absolute dates resolve regardless.
 */
import type { Tense } from '../doc.js';
import type { DateGrain } from '../schema/mention.js';
import type { DatePreference } from '../schema/options.js';

/** "last", "next", "this" written before a weekday or month. */
export type DateShift = 'last' | 'next' | 'this';
/** A year written as a number, or counted from publication ("of last year" → offset -1). */
export type YearRef = number | { offset: number };
export type RelativeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** What the text said, before any calendar arithmetic. Months 1–12; weekdays 1 (Monday) – 7 (Sunday). */
export type DateExpression =
  | { kind: 'date'; year: number | null; month: number; day: number }
  | { kind: 'month'; year: YearRef | null; month: number; shift?: DateShift }
  | { kind: 'weekday'; weekday: number; shift?: DateShift; /** "Friday of next week" → 1 */ week?: number }
  | { kind: 'year'; year: number; fiscal?: boolean }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'quarter'; quarter: number; year: YearRef | null; fiscal?: boolean }
  | { kind: 'half'; half: number; year: YearRef | null; fiscal?: boolean }
  | { kind: 'relative'; unit: RelativeUnit; offset: number }
  | { kind: 'edge'; edge: 'start' | 'end'; of: DateExpression }
  | { kind: 'part'; part: 'early' | 'mid' | 'late'; of: DateExpression };

export interface ResolveContext {
  /** YYYY-MM-DD, or null when the article has no publication date. */
  publishedAt: string | null;
  /** Tense governing the mention; only read when prefer is 'tense'. */
  tense: Tense;
  prefer: DatePreference;
}

export interface ResolvedDate {
  start: string | null;
  end: string | null;
  grain: DateGrain;
  resolved: boolean;
  implied: string[];
}

/** A range of whole days, as day numbers since 1970-01-01 (UTC), end inclusive. */
interface Range {
  start: number;
  end: number;
  grain: DateGrain;
}

/** Thrown inside resolution when the publication date is needed but missing. */
const NEEDS_ANCHOR = Symbol('needs publication date');

interface Anchor {
  /** Publication day number, or null. Reading `day` when null throws NEEDS_ANCHOR. */
  pub: number | null;
  used: boolean;
  tense: Tense;
  prefer: DatePreference;
}

export function resolveDate(expr: DateExpression, context: ResolveContext): ResolvedDate {
  const pub = context.publishedAt === null ? null : parseIsoDay(context.publishedAt);
  const anchor: Anchor = { pub, used: false, tense: context.tense, prefer: context.prefer };
  try {
    const range = resolveRange(expr, anchor);
    return { start: isoDay(range.start), end: isoDay(range.end), grain: range.grain, resolved: true, implied: anchor.used ? ['year'] : [] };
  } catch (e) {
    if (e !== NEEDS_ANCHOR) throw e;
    // The grain does not depend on the anchor: resolve against any day just to learn it.
    const grain = resolveRange(expr, { pub: 0, used: false, tense: context.tense, prefer: context.prefer }).grain;
    return { start: null, end: null, grain, resolved: false, implied: [] };
  }
}

function publication(anchor: Anchor): number {
  if (anchor.pub === null) throw NEEDS_ANCHOR;
  anchor.used = true;
  return anchor.pub;
}

function resolveRange(expr: DateExpression, anchor: Anchor): Range {
  switch (expr.kind) {
    case 'date':
      if (expr.year !== null) return dayRange(dayNumber(expr.year, expr.month, expr.day));
      return placeYearly((y) => dayRange(dayNumber(y, expr.month, expr.day)), anchor, dayDirection(anchor), (y) => expr.day <= daysInMonth(y, expr.month));
    case 'month':
      if (typeof expr.year === 'number') return monthRange(expr.year, expr.month);
      if (expr.year !== null) return monthRange(yearOf(publication(anchor)) + expr.year.offset, expr.month);
      return placeMonth(expr.month, expr.shift, anchor);
    case 'weekday':
      if (expr.week !== undefined) return relativeWeekday(expr.weekday, expr.week, publication(anchor));
      return placeWeekday(expr.weekday, expr.shift, anchor);
    case 'year':
      return yearRange(expr.year);
    case 'years':
      return { start: yearRange(expr.from).start, end: yearRange(expr.to).end, grain: 'year' };
    case 'quarter':
      return placePeriod(expr.year, anchor, (y) => monthsRange(y, 3 * expr.quarter - 2, 3, 'quarter'));
    case 'half':
      return placePeriod(expr.year, anchor, (y) => monthsRange(y, 6 * expr.half - 5, 6, 'month'));
    case 'relative':
      return relativeRange(expr.unit, expr.offset, publication(anchor));
    case 'edge': {
      const of = resolveRange(expr.of, anchor);
      return dayRange(expr.edge === 'end' ? of.end : of.start);
    }
    case 'part':
      return partOf(resolveRange(expr.of, anchor), expr.part);
  }
}

type Direction = 'past' | 'future' | 'nearest';

function direction(anchor: Anchor): Direction {
  if (anchor.prefer !== 'tense') return anchor.prefer;
  return anchor.tense === 'future' ? 'future' : 'past';
}

/**
 * Picks one of the occurrences around publication (sorted by start) by the convention: backward =
 * latest starting on or before publication, forward = earliest ending on or after it.
 */
function pick(occurrences: Range[], pub: number, dir: Direction): Range {
  const back = occurrences.filter((r) => r.start <= pub).at(-1);
  const ahead = occurrences.find((r) => r.end >= pub);
  if (dir === 'past') return back ?? occurrences[0]!;
  if (dir === 'future') return ahead ?? occurrences.at(-1)!;
  if (back === undefined) return ahead!;
  if (ahead === undefined) return back;
  return distance(ahead, pub) < distance(back, pub) ? ahead : back;
}

function distance(r: Range, day: number): number {
  if (day < r.start) return r.start - day;
  if (day > r.end) return day - r.end;
  return 0;
}

/** Something that recurs every year (a month, "March 27"): try the years around publication. */
function placeYearly(make: (year: number) => Range, anchor: Anchor, dir: Direction = direction(anchor), valid = (_year: number) => true): Range {
  const pub = publication(anchor);
  const y = yearOf(pub);
  // February 29 recurs every four years; everything else every year.
  const years = [-4, -3, -2, -1, 0, 1, 2, 3, 4].map((d) => y + d).filter(valid);
  const near = years.filter((year) => Math.abs(year - y) <= 1);
  return pick((near.length >= 2 ? near : years).map(make), pub, dir);
}

/**
 * A day of a month without a year ("payable April 15", "record March 31") in 'tense' mode is the
 * nearest one: such days are mostly schedules, and the verb beside them ("declared a dividend
 * payable April 15") says nothing about which side of publication they fall on.
 */
function dayDirection(anchor: Anchor): Direction {
  return anchor.prefer === 'tense' ? 'nearest' : anchor.prefer;
}

function placeMonth(month: number, shift: DateShift | undefined, anchor: Anchor): Range {
  const make = (y: number) => monthRange(y, month);
  if (shift === undefined) return placeYearly(make, anchor);
  const pub = publication(anchor);
  const y = yearOf(pub);
  const current = monthOf(pub);
  if (shift === 'this') return make(y);
  if (shift === 'last') return make(month < current ? y : y - 1);
  return make(month > current ? y : y + 1);
}

function placeWeekday(weekday: number, shift: DateShift | undefined, anchor: Anchor): Range {
  const pub = publication(anchor);
  const today = weekdayOf(pub);
  const back = pub - ((today - weekday + 7) % 7); // on or before publication
  const ahead = pub + ((weekday - today + 7) % 7); // on or after publication
  if (shift === 'last') return dayRange(back === pub ? pub - 7 : back);
  if (shift === 'next') return dayRange(ahead === pub ? pub + 7 : ahead);
  if (shift === 'this') return dayRange(pub - (today - 1) + (weekday - 1));
  return pick([dayRange(back - 7), dayRange(back), dayRange(ahead), dayRange(ahead + 7)], pub, direction(anchor));
}

/** "Tuesday of next week": the weekday in the Monday–Sunday week `week` weeks from publication. */
function relativeWeekday(weekday: number, week: number, pub: number): Range {
  return dayRange(pub - (weekdayOf(pub) - 1) + 7 * week + (weekday - 1));
}

/** Quarters and halves: the year written, counted, or (the convention) the publication year. */
function placePeriod(year: YearRef | null, anchor: Anchor, make: (year: number) => Range): Range {
  if (typeof year === 'number') return make(year);
  const pub = publication(anchor);
  if (year !== null) return make(yearOf(pub) + year.offset);
  if (anchor.prefer === 'tense' && anchor.tense !== 'past') return make(yearOf(pub));
  return placeYearly(make, anchor);
}

function relativeRange(unit: RelativeUnit, offset: number, pub: number): Range {
  const y = yearOf(pub);
  const m = monthOf(pub);
  switch (unit) {
    case 'day':
      return dayRange(pub + offset);
    case 'week': {
      const monday = pub - (weekdayOf(pub) - 1) + 7 * offset;
      return { start: monday, end: monday + 6, grain: 'week' };
    }
    case 'month': {
      const index = y * 12 + (m - 1) + offset;
      return monthRange(Math.floor(index / 12), (index % 12) + 1);
    }
    case 'quarter': {
      const index = y * 4 + Math.floor((m - 1) / 3) + offset;
      return monthsRange(Math.floor(index / 4), (index % 4) * 3 + 1, 3, 'quarter');
    }
    case 'year':
      return yearRange(y + offset);
  }
}

/** Early / mid / late: the thirds of a range, one grain finer (see the convention above). */
function partOf(r: Range, part: 'early' | 'mid' | 'late'): Range {
  const third = part === 'early' ? 0 : part === 'mid' ? 1 : 2;
  const startMonth = monthOf(r.start);
  const startYear = yearOf(r.start);
  const months = (yearOf(r.end) - startYear) * 12 + monthOf(r.end) - startMonth + 1;
  const wholeMonths = dayOfMonth(r.start) === 1 && r.end === lastDayOfMonth(r.end);
  if (wholeMonths && months >= 3 && months % 3 === 0) {
    const size = months / 3;
    const first = startYear * 12 + startMonth - 1 + third * size;
    return monthsRange(Math.floor(first / 12), (first % 12) + 1, size, 'month');
  }
  if (wholeMonths && months === 1) {
    const y = startYear;
    if (third === 0) return { start: r.start, end: dayNumber(y, startMonth, 10), grain: 'day' };
    if (third === 1) return { start: dayNumber(y, startMonth, 11), end: dayNumber(y, startMonth, 20), grain: 'day' };
    return { start: dayNumber(y, startMonth, 21), end: r.end, grain: 'day' };
  }
  // Weeks and odd ranges: split the days, the last third taking the remainder (Fri–Sun).
  const days = r.end - r.start + 1;
  if (days < 3) return { ...r, grain: 'day' };
  const size = Math.floor(days / 3);
  const start = r.start + third * size;
  return { start, end: third === 2 ? r.end : start + size - 1, grain: 'day' };
}

// ---- calendar primitives (UTC day numbers; pure, no clock) ----

const DAY_MS = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function parseIsoDay(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

function yearOf(n: number): number {
  return new Date(n * DAY_MS).getUTCFullYear();
}

function monthOf(n: number): number {
  return new Date(n * DAY_MS).getUTCMonth() + 1;
}

function dayOfMonth(n: number): number {
  return new Date(n * DAY_MS).getUTCDate();
}

/** 1 = Monday … 7 = Sunday. */
function weekdayOf(n: number): number {
  return ((new Date(n * DAY_MS).getUTCDay() + 6) % 7) + 1;
}

function lastDayOfMonth(n: number): number {
  return dayNumber(yearOf(n), monthOf(n) + 1, 1) - 1;
}

/** Days in a month; used by recognizers to reject "February 30". */
export function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

function dayRange(n: number): Range {
  return { start: n, end: n, grain: 'day' };
}

function monthRange(year: number, month: number): Range {
  return monthsRange(year, month, 1, 'month');
}

function monthsRange(year: number, month: number, count: number, grain: DateGrain): Range {
  return { start: dayNumber(year, month, 1), end: dayNumber(year, month + count, 1) - 1, grain };
}

function yearRange(year: number): Range {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), grain: 'year' };
}
