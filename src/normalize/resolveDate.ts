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
 *   Wednesday" published on a Wednesday is a week earlier); "next" + weekday is the one in the
 *   following Monday–Sunday week (said on a Tuesday, "next Wednesday" is eight days ahead: both
 *   peer suites read it so); "this" + weekday is the one in the publication's week ('past' and
 *   'future' take the nearest on their side), "this" + month the one in the publication year.
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
 * - A weekday written beside a day without a year ("Fri, Jul 18") picks, of the year placed by the
 *   convention and the years either side, the one where they agree; under 'nearest' (chrono's
 *   convention) the nearest date wins and the weekday is not consulted.
 * - Holidays ("Thanksgiving", "Easter", "Eid al-Fitr") are days by rule (see HOLIDAYS) and, without
 *   a year, are placed like a day of a month: the nearest one under 'tense'.
 * - Durations from publication ("three weeks ago", "in 5 days", "within two weeks": the day the
 *   period ends) are days; hours and minutes stay on the publication day. Narrative ones ("a year
 *   earlier", "two days later", "the previous year", "the week before") count from the date the
 *   story named just before (`previous`), keeping its grain, when it is at least as fine as the step;
 *   otherwise from publication.
 * - "The first Tuesday of October", "the last week of September" (weeks wholly inside the month),
 *   "the closest Monday to Oct 5th", "the week of March 23" are computed inside the named range.
 * - A day that does not exist where it lands ("February 30, 2024", "the 31st of next month" in a
 *   30-day month) gives `impossible`, and the recognizer drops the mention.
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

/** Units a duration may count in; hours, minutes and seconds only move the publication day itself. */
export type DurationUnit = RelativeUnit | 'hour' | 'minute' | 'second';

/** What the text said, before any calendar arithmetic. Months 1–12; weekdays 1 (Monday) – 7 (Sunday). */
/** Something that comes round again: a weekday or a holiday. */
export type Recurring = { kind: 'weekday'; weekday: number } | { kind: 'holiday'; holiday: HolidayId };

export type DateExpression =
  | { kind: 'date'; year: number | null; month: number; day: number; /** "Fri, Jul 18": the weekday written beside it */ weekday?: number }
  | { kind: 'month'; year: YearRef | null; month: number; shift?: DateShift }
  | {
      kind: 'weekday';
      weekday: number;
      shift?: DateShift;
      /** "Friday of next week" → 1 */
      week?: number;
      /** "Tuesday the 19th": the day of the month written beside it */
      day?: number;
    }
  /** "the 15th" (of: null, the month around publication), "20th of next month". */
  | { kind: 'dayOfMonth'; day: number; of: DateExpression | null }
  /**
   * "three weeks ago", "in 5 days", "2 weeks after yesterday", "a year earlier": a duration (its
   * parts added in turn, negative going back) from the publication day, from another date, or
   * ('previous') from the date the story named just before, which keeps that date's grain ("profit
   * rose in the first quarter from a year earlier": the first quarter of the year before).
   */
  | { kind: 'offset'; parts: ReadonlyArray<readonly [amount: number, unit: DurationUnit]>; from: DateExpression | 'publication' | 'previous' }
  /** "3 fridays from now" (count 3), "2 thursdays ago" (count -2). */
  | { kind: 'weekdays'; weekday: number; count: number }
  | { kind: 'holiday'; holiday: HolidayId; year: YearRef | null; shift?: DateShift }
  /** "first Tuesday of October", "last day of May", "second last week of October 2018"; n < 0 counts from the end. */
  | { kind: 'nth'; n: number; what: 'day' | 'week' | number; of: DateExpression }
  /** "third Tuesday after Christmas 2014", "the first Super Tuesday after 2019": the n-th occurrence of a weekday or holiday after a date. */
  | { kind: 'nthAfter'; n: number; of: Recurring; after: DateExpression }
  /** "the closest Monday to Oct 5th", "the second closest Christmas to today": occurrences by distance from a date. */
  | { kind: 'closest'; n: number; of: Recurring; to: DateExpression }
  /** "10 - 22 August 2012", "Aug 10 to Nov 12": from the start of one to the end of the other. */
  | { kind: 'range'; from: DateExpression; to: DateExpression }
  | { kind: 'weekend'; shift?: DateShift }
  /** "last weekday" (-1), "next weekday" (1): the nearest Monday–Friday before or after publication. */
  | { kind: 'businessDay'; offset: number }
  /** "Thanksgiving in 9 months", "March in a year": the one in the calendar year of `at`. */
  | { kind: 'inYearOf'; of: DateExpression; at: DateExpression }
  /** "Friday after next", "March after next": the occurrence after the next one. */
  | { kind: 'afterNext'; of: DateExpression }
  /** "the week of October 7th": the Monday–Sunday week holding that day. */
  | { kind: 'weekOf'; of: DateExpression }
  | { kind: 'year'; year: number; fiscal?: boolean }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'quarter'; quarter: number; year: YearRef | null; fiscal?: boolean }
  | { kind: 'half'; half: number; year: YearRef | null; fiscal?: boolean }
  | { kind: 'relative'; unit: RelativeUnit; offset: number; /** "the following week": counted from the date named before */ from?: 'previous' }
  | { kind: 'edge'; edge: 'start' | 'end'; of: DateExpression }
  | { kind: 'part'; part: 'early' | 'mid' | 'late'; of: DateExpression };

export interface ResolveContext {
  /** YYYY-MM-DD, or null when the article has no publication date. */
  publishedAt: string | null;
  /**
   * The date the story named just before this one, for narrative offsets ("two days later", "a
   * year earlier", "the following week"); absent or null: they count from the publication date.
   */
  previous?: { start: string; end: string; grain: DateGrain } | null;
  /**
   * Tense governing the mention; only read when prefer is 'tense', and only for dates the tense can
   * move (a bare weekday, month or quarter). A function is called at most once, when needed: most
   * dates ("1987", "March 3", "last year") never ask, and finding the tense is not free.
   */
  tense: Tense | (() => Tense);
  prefer: DatePreference;
}

export interface ResolvedDate {
  start: string | null;
  end: string | null;
  grain: DateGrain;
  resolved: boolean;
  implied: string[];
  /** Set when the text names a day that does not exist where it lands ("February 29" of a common year). */
  impossible?: true;
}

/** A range of whole days, as day numbers since 1970-01-01 (UTC), end inclusive. */
interface Range {
  start: number;
  end: number;
  grain: DateGrain;
}

/** Thrown inside resolution when the publication date is needed but missing. */
const NEEDS_ANCHOR = Symbol('needs publication date');
/** Thrown inside resolution when the named day does not exist ("the 31st" of a 30-day month). */
const IMPOSSIBLE = Symbol('impossible date');

interface Anchor {
  /** Publication day number, or null. Reading `day` when null throws NEEDS_ANCHOR. */
  pub: number | null;
  /** The date named just before, for 'previous' offsets; null: the publication day. */
  previous: Range | null;
  used: boolean;
  /** The tense (ResolveContext.tense), asked for only where it matters. */
  tense: () => Tense;
  prefer: DatePreference;
}

function once(tense: Tense | (() => Tense)): () => Tense {
  if (typeof tense !== 'function') return () => tense;
  let known: Tense | undefined;
  return () => (known ??= tense());
}

export function resolveDate(expr: DateExpression, context: ResolveContext): ResolvedDate {
  const pub = context.publishedAt === null ? null : parseIsoDay(context.publishedAt);
  const p = context.previous;
  const previous: Range | null = p ? { start: parseIsoDay(p.start), end: parseIsoDay(p.end), grain: p.grain } : null;
  const tense = once(context.tense);
  const anchor: Anchor = { pub, previous, used: false, tense, prefer: context.prefer };
  try {
    const range = resolveRange(expr, anchor);
    return { start: isoDay(range.start), end: isoDay(range.end), grain: range.grain, resolved: true, implied: anchor.used ? ['year'] : [] };
  } catch (e) {
    if (e === IMPOSSIBLE) return { start: null, end: null, grain: 'day', resolved: false, implied: [], impossible: true };
    if (e !== NEEDS_ANCHOR) throw e;
    // The grain does not depend on the anchor: resolve against any day just to learn it.
    let grain: DateGrain = 'day';
    try {
      grain = resolveRange(expr, { pub: 0, previous: null, used: false, tense, prefer: context.prefer }).grain;
    } catch (inner) {
      if (inner !== IMPOSSIBLE) throw inner;
    }
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
    case 'date': {
      if (expr.year !== null) {
        if (expr.day > daysInMonth(expr.year, expr.month)) throw IMPOSSIBLE;
        return dayRange(dayNumber(expr.year, expr.month, expr.day));
      }
      const valid = (y: number) => expr.day <= daysInMonth(y, expr.month);
      const make = (y: number) => dayRange(dayNumber(y, expr.month, expr.day));
      if (expr.weekday !== undefined && anchor.prefer !== 'nearest') {
        const matching = yearWithWeekday(expr.month, expr.day, expr.weekday, yearOf(publication(anchor)));
        if (matching !== null) return make(matching);
      }
      return placeYearly(make, anchor, dayDirection(anchor), valid);
    }
    case 'month':
      if (typeof expr.year === 'number') return monthRange(expr.year, expr.month);
      if (expr.year !== null) return monthRange(yearOf(publication(anchor)) + expr.year.offset, expr.month);
      return placeMonth(expr.month, expr.shift, anchor);
    case 'weekday':
      if (expr.day !== undefined) return weekdayAndDay(expr.weekday, expr.day, anchor);
      if (expr.week !== undefined) return relativeWeekday(expr.weekday, expr.week, publication(anchor));
      return placeWeekday(expr.weekday, expr.shift, anchor);
    case 'dayOfMonth':
      return dayOfMonth(expr.day, expr.of, anchor);
    case 'offset':
      return offsetRange(expr, anchor);
    case 'weekdays': {
      const pub = publication(anchor);
      const today = weekdayOf(pub);
      if (expr.count > 0) return dayRange(pub + (((expr.weekday - today + 6) % 7) + 1) + 7 * (expr.count - 1));
      return dayRange(pub - (((today - expr.weekday + 6) % 7) + 1) - 7 * (-expr.count - 1));
    }
    case 'holiday':
      return placeHoliday(expr, anchor);
    case 'nth':
      return nthOf(expr.n, expr.what, resolveRange(expr.of, anchor));
    case 'nthAfter': {
      const after = resolveRange(expr.after, anchor).end;
      const found = occurrences(expr.of, after + 1, after + 1 + 366 * (4 * expr.n + 4));
      return found[expr.n - 1] ?? impossible();
    }
    case 'closest': {
      const to = resolveRange(expr.to, anchor);
      const reach = expr.of.kind === 'weekday' ? 7 * (expr.n + 1) : 366 * (4 * expr.n + 4);
      const found = occurrences(expr.of, to.start - reach, to.end + reach);
      found.sort((a, b) => distanceBetween(a, to) - distanceBetween(b, to) || a.start - b.start);
      return found[expr.n - 1] ?? impossible();
    }
    case 'range': {
      const from = resolveRange(expr.from, anchor);
      let to = resolveRange(expr.to, anchor);
      if (to.end < from.start) {
        // "November to April", "Friday to Monday": the second side comes round again after the first.
        const again = expr.to.kind === 'weekday' ? 7 : (expr.to.kind === 'date' || expr.to.kind === 'month') && expr.to.year === null ? 'year' : null;
        if (again === null) return from;
        to = again === 'year' ? resolveRange(withWrittenYear(expr.to, yearOf(to.start) + 1), anchor) : { ...to, start: to.start + 7, end: to.end + 7 };
        if (to.end < from.start) return from;
      }
      return { start: from.start, end: to.end, grain: GRAIN_ORDER.indexOf(from.grain) <= GRAIN_ORDER.indexOf(to.grain) ? from.grain : to.grain };
    }
    case 'weekend':
      return placeWeekend(expr.shift, anchor);
    case 'businessDay': {
      let d = publication(anchor);
      do d += expr.offset;
      while (weekdayOf(d) > 5);
      return dayRange(d);
    }
    case 'inYearOf': {
      const year = yearOf(resolveRange(expr.at, anchor).start);
      return resolveRange(withWrittenYear(expr.of, year), anchor);
    }
    case 'afterNext': {
      const next = resolveRange(expr.of, { ...anchor, prefer: 'future', tense: () => 'future' });
      // The occurrence after that one: resolve again from the day after it ends.
      const again: Anchor = { ...anchor, pub: next.end + 1, prefer: 'future', tense: () => 'future' };
      const r = resolveRange(expr.of, again);
      anchor.used = true;
      return r;
    }
    case 'weekOf': {
      const day = resolveRange(expr.of, anchor).start;
      const monday = day - (weekdayOf(day) - 1);
      return { start: monday, end: monday + 6, grain: 'week' };
    }
    case 'year':
      return yearRange(expr.year);
    case 'years':
      return { start: yearRange(expr.from).start, end: yearRange(expr.to).end, grain: 'year' };
    case 'quarter':
      return placePeriod(expr.year, anchor, (y) => monthsRange(y, 3 * expr.quarter - 2, 3, 'quarter'));
    case 'half':
      return placePeriod(expr.year, anchor, (y) => monthsRange(y, 6 * expr.half - 5, 6, 'month'));
    case 'relative':
      return relativeRange(
        expr.unit,
        expr.offset,
        expr.from === 'previous' && anchor.previous !== null && GRAIN_ORDER.indexOf(anchor.previous.grain) <= GRAIN_ORDER.indexOf(expr.unit) ? anchor.previous.start : publication(anchor),
      );
    case 'edge': {
      const of = resolveRange(expr.of, anchor);
      return dayRange(expr.edge === 'end' ? of.end : of.start);
    }
    case 'part':
      return partOf(resolveRange(expr.of, anchor), expr.part);
  }
}

const GRAIN_ORDER: readonly DateGrain[] = ['day', 'week', 'month', 'quarter', 'year'];

type Direction = 'past' | 'future' | 'nearest';

// ---- holidays ----

/**
 * Holidays by rule, each a function from a year to its day (month, day), or null in years it does
 * not fall. Locale-specific variants have their own id ("thanksgiving-ca"); the recognizer picks
 * the id from the name and the locale, so resolution needs no locale.
 */
const HOLIDAYS = {
  'new-years-day': () => md(1, 1),
  'new-years-eve': () => md(12, 31),
  christmas: () => md(12, 25),
  'christmas-eve': () => md(12, 24),
  'boxing-day': () => md(12, 26),
  valentines: () => md(2, 14),
  halloween: () => md(10, 31),
  'st-patricks': () => md(3, 17),
  'ides-of-march': () => md(3, 15),
  groundhog: () => md(2, 2),
  'lincolns-birthday': () => md(2, 12),
  siblings: () => md(4, 10),
  'may-day': () => md(5, 1),
  'world-vegan': () => md(11, 1),
  veterans: () => md(11, 11),
  'independence-us': () => md(7, 4),
  'independence-in': () => md(8, 15),
  'independence-ph': () => md(6, 12),
  'guy-fawkes': () => md(11, 5),
  anzac: () => md(4, 25),
  'canada-day': () => md(7, 1),
  'vimy-ridge': () => md(4, 9),
  orangemen: () => md(7, 12),
  garifuna: () => md(11, 19),
  rizal: () => md(12, 30),
  'heroes-za': () => md(10, 10),
  'reconciliation-za': () => md(12, 16),
  'indian-arrival-tt': () => md(5, 30),
  'labour-jm': () => md(5, 23),
  'labour-tt': () => md(6, 19),
  'shivaji-jayanti': () => md(2, 19),
  'thanksgiving-us': (y: number) => nthWeekdayMd(y, 11, 4, 4),
  'thanksgiving-ca': (y: number) => nthWeekdayMd(y, 10, 1, 2),
  'black-friday': (y: number) => shiftMd(y, nthWeekdayMd(y, 11, 4, 4), 1),
  'cyber-monday': (y: number) => shiftMd(y, nthWeekdayMd(y, 11, 4, 4), 4),
  mlk: (y: number) => nthWeekdayMd(y, 1, 1, 3),
  presidents: (y: number) => nthWeekdayMd(y, 2, 1, 3),
  'memorial-us': (y: number) => nthWeekdayMd(y, 5, 1, -1),
  'labor-us': (y: number) => nthWeekdayMd(y, 9, 1, 1),
  'labour-au': (y: number) => nthWeekdayMd(y, 10, 1, 1),
  'labour-nz': (y: number) => nthWeekdayMd(y, 10, 1, 4),
  'labour-ie': (y: number) => nthWeekdayMd(y, 5, 1, 1),
  'heroes-jm': (y: number) => nthWeekdayMd(y, 10, 1, 3),
  'heroes-ph': (y: number) => nthWeekdayMd(y, 8, 1, -1),
  mothers: (y: number) => nthWeekdayMd(y, 5, 7, 2),
  fathers: (y: number) => nthWeekdayMd(y, 6, 7, 3),
  'fathers-au': (y: number) => nthWeekdayMd(y, 9, 7, 1),
  grandparents: (y: number) => shiftMd(y, nthWeekdayMd(y, 9, 1, 1), 6),
  'military-spouse': (y: number) => shiftMd(y, nthWeekdayMd(y, 5, 7, 2), -2),
  emsc: (y: number) => emscDay(y),
  'dst-start-us': (y: number) => nthWeekdayMd(y, 3, 7, 2),
  'dst-end-us': (y: number) => nthWeekdayMd(y, 11, 7, 1),
  'civic-ca': (y: number) => nthWeekdayMd(y, 8, 1, 1),
  'family-ca': (y: number) => nthWeekdayMd(y, 2, 1, 3),
  victoria: (y: number) => lastWeekdayOnOrBefore(y, 5, 24, 1),
  'discovery-nl': (y: number) => nearestWeekday(y, 6, 24, 1),
  'aug-bank-gb': (y: number) => nthWeekdayMd(y, 8, 1, -1),
  'aug-bank-ie': (y: number) => nthWeekdayMd(y, 8, 1, 1),
  'admin-us': (y: number) => adminProfessionalsDay(y),
  'admin-au': (y: number) => nthWeekdayMd(y, 5, 5, 1),
  'admin-nz': (y: number) => nthWeekdayMd(y, 4, 3, 3),
  'admin-za': (y: number) => nthWeekdayMd(y, 9, 3, 1),
  boss: (y: number) => nearestWorkday(y, 10, 16),
  'reconciliation-au': (y: number) => firstWeekdayOnOrAfter(y, 5, 27, 1),
  'kings-day-nl': (y: number) => (weekdayOf(dayNumber(y, 4, 27)) === 7 ? md(4, 26) : md(4, 27)),
  ekka: (y: number) => ekkaDay(y),
  'tax-day-us': (y: number) => taxDay(y),
  'emancipation-dc': (y: number) => emancipationDay(y),
  'super-tuesday': (y: number) => superTuesday(y),
  /** The names the 2008 primaries gave their Super Tuesday ("Tsunami Tuesday", "Super Duper Tuesday"). */
  'super-tuesday-2008': (y: number) => (y === 2008 ? md(2, 5) : null),
  'mini-tuesday': (y: number) => (y === 2004 ? md(2, 3) : null),
  easter: (y: number) => easterMd(y, 0),
  'easter-monday': (y: number) => easterMd(y, 1),
  'good-friday': (y: number) => easterMd(y, -2),
  'maundy-thursday': (y: number) => easterMd(y, -3),
  'palm-sunday': (y: number) => easterMd(y, -7),
  'ash-wednesday': (y: number) => easterMd(y, -46),
  'shrove-tuesday': (y: number) => easterMd(y, -47),
  'mothering-sunday': (y: number) => easterMd(y, -21),
  ascension: (y: number) => easterMd(y, 39),
  pentecost: (y: number) => easterMd(y, 49),
  'whit-monday': (y: number) => easterMd(y, 50),
  'trinity-sunday': (y: number) => easterMd(y, 56),
  'chinese-new-year': (y: number) => chineseNewYear(y),
  'eid-al-fitr': (y: number) => islamicMd(y, 10, 1),
  'eid-al-adha': (y: number) => islamicMd(y, 12, 10),
  'islamic-new-year': (y: number) => islamicMd(y, 1, 1),
  ashura: (y: number) => islamicMd(y, 1, 10),
  mawlid: (y: number) => islamicMd(y, 3, 12),
  'ali-birthday': (y: number) => islamicMd(y, 7, 13),
  'isra-miraj': (y: number) => islamicMd(y, 7, 27),
  'laylat-al-qadr': (y: number) => islamicMd(y, 9, 27),
  'jumuatul-wida': (y: number) => lastFridayOfRamadan(y),
  'makar-sankranti': (y: number) => sankranti(y, 270, 1),
  bhogi: (y: number) => shiftMaybe(y, sankranti(y, 270, 1), -1),
  'mattu-pongal': (y: number) => shiftMaybe(y, sankranti(y, 270, 1), 1),
  'kaanum-pongal': (y: number) => shiftMaybe(y, sankranti(y, 270, 1), 2),
  vaisakhi: (y: number) => sankranti(y, 0, 4, false),
  'rabindra-jayanti': (y: number) => shiftMaybe(y, sankranti(y, 0, 4, false), 25),
  'parsi-new-year': (y: number) => toMd(dayNumber(2018, 8, 17) + 365 * (y - 2018)),
  'orthodox-easter': (y: number) => orthodoxEasterMd(y, 0),
  'orthodox-good-friday': (y: number) => orthodoxEasterMd(y, -2),
  'clean-monday': (y: number) => orthodoxEasterMd(y, -48),
  'lazarus-saturday': (y: number) => orthodoxEasterMd(y, -8),
} satisfies Record<string, (year: number) => MonthDay | null>;

export type HolidayId = keyof typeof HOLIDAYS;
type MonthDay = readonly [month: number, day: number];

/** The day of a holiday in a year, or null when it does not fall that year. */
export function holidayDay(id: HolidayId, year: number): number | null {
  const rule = HOLIDAYS[id] as (year: number) => MonthDay | null;
  const r = rule(year);
  return r === null ? null : dayNumber(year, r[0], r[1]);
}

export function isHolidayId(id: string): id is HolidayId {
  return Object.hasOwn(HOLIDAYS, id);
}

function md(month: number, day: number): MonthDay {
  return [month, day];
}

function toMd(n: number): MonthDay {
  return [monthOf(n), dayOfMonth0(n)];
}

/** The n-th `weekday` of a month (n = -1: the last). */
function nthWeekdayMd(year: number, month: number, weekday: number, n: number): MonthDay {
  return toMd(nthOf(n, weekday, monthRange(year, month)).start);
}

function shiftMd(year: number, base: MonthDay, days: number): MonthDay {
  return toMd(dayNumber(year, base[0], base[1]) + days);
}

function firstWeekdayOnOrAfter(year: number, month: number, day: number, weekday: number): MonthDay {
  const n = dayNumber(year, month, day);
  return toMd(n + ((weekday - weekdayOf(n) + 7) % 7));
}

function lastWeekdayOnOrBefore(year: number, month: number, day: number, weekday: number): MonthDay {
  const n = dayNumber(year, month, day);
  return toMd(n - ((weekdayOf(n) - weekday + 7) % 7));
}

/** The `weekday` nearest to a date (Newfoundland's Discovery Day: the Monday nearest June 24). */
function nearestWeekday(year: number, month: number, day: number, weekday: number): MonthDay {
  const n = dayNumber(year, month, day);
  const back = (weekdayOf(n) - weekday + 7) % 7;
  return toMd(back <= 3 ? n - back : n + (7 - back));
}

/** A fixed date moved to the nearest working day when it falls on a weekend (Boss's Day, October 16). */
function nearestWorkday(year: number, month: number, day: number): MonthDay {
  const n = dayNumber(year, month, day);
  const w = weekdayOf(n);
  return toMd(w === 6 ? n - 1 : w === 7 ? n + 1 : n);
}

/** Administrative Professionals' Day (US, Canada): the Wednesday of the last full Sunday–Saturday week of April. */
function adminProfessionalsDay(year: number): MonthDay {
  const lastSaturday = nthOf(-1, 6, monthRange(year, 4)).start;
  return toMd(lastSaturday - 3);
}

/** Emergency Medical Services for Children Day: the Wednesday of EMS week, the third full Sunday–Saturday week of May. */
function emscDay(year: number): MonthDay {
  const may1 = dayNumber(year, 5, 1);
  const firstSunday = may1 + ((7 - weekdayOf(may1)) % 7);
  return toMd(firstSunday + 14 + 3);
}

/** The Royal Queensland Show's public holiday: the Wednesday after the first Friday of August that is not before the 5th. */
function ekkaDay(year: number): MonthDay {
  const aug5 = dayNumber(year, 8, 5);
  const friday = aug5 + ((5 - weekdayOf(aug5) + 7) % 7);
  return toMd(friday + 5);
}

/** Washington DC's Emancipation Day (April 16), observed on the nearest weekday. */
function emancipationDay(year: number): MonthDay {
  return nearestWorkday(year, 4, 16);
}

/** US Tax Day: April 15, or the next working day that is not a weekend or DC Emancipation Day. */
function taxDay(year: number): MonthDay {
  const emancipation = dayNumber(year, ...emancipationDay(year));
  let n = dayNumber(year, 4, 15);
  while (weekdayOf(n) > 5 || n === emancipation) n++;
  return toMd(n);
}

/**
 * Super Tuesday, the US presidential primaries' big day: in presidential election years since
 * 2000, the first Tuesday of March, except 2008, when it was moved to February 5.
 */
function superTuesday(year: number): MonthDay | null {
  if (year % 4 !== 0 || year < 2000) return null;
  if (year === 2008) return md(2, 5);
  return nthWeekdayMd(year, 3, 2, 1);
}

/** Western Easter (Gregorian computus, the anonymous algorithm) plus `days`. */
function easterMd(year: number, days: number): MonthDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return shiftMd(year, md(month, day), days);
}

/** Orthodox Easter (Julian computus, moved to the Gregorian calendar) plus `days`. */
function orthodoxEasterMd(year: number, days: number): MonthDay {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  // Julian to Gregorian: 13 days in 1900–2099 (the difference grows by a day each century not divisible by 400).
  const gap = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return shiftMd(year, md(month, day), days + gap);
}

function shiftMaybe(year: number, base: MonthDay | null, days: number): MonthDay | null {
  return base === null ? null : shiftMd(year, base, days);
}

// ---- lunar and sidereal calendars ----
//
// Holidays of the Chinese, Islamic and Indian calendars, from the Moon and the Sun themselves:
// new moons by the periodic terms of Meeus, "Astronomical Algorithms" ch. 49 (accurate to a few
// minutes), the Sun's longitude by his ch. 25 (about 0.01°, a quarter of an hour). Day numbers
// here are Julian Days (days since noon UT, 4713 BC); JD 2440587.5 is 1970-01-01 00:00 UT.

const JD_UNIX = 2440587.5;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Julian Day of the k-th new moon after January 6, 2000. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T * T - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4;
  const E = 1 - 0.002516 * T - 0.0000074 * T * T;
  const M = rad(2.5534 + 29.1053567 * k - 0.0000014 * T * T - 0.00000011 * T ** 3);
  const Mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * T * T + 0.00001238 * T ** 3 - 0.000000058 * T ** 4);
  const F = rad(160.7108 + 390.67050284 * k - 0.0016118 * T * T - 0.00000227 * T ** 3 + 0.000000011 * T ** 4);
  const Om = rad(124.7746 - 1.56375588 * k + 0.0020672 * T * T + 0.00000215 * T ** 3);
  const sin = Math.sin;
  const c =
    -0.4072 * sin(Mp) + 0.17241 * E * sin(M) + 0.01608 * sin(2 * Mp) + 0.01039 * sin(2 * F) + 0.00739 * E * sin(Mp - M) -
    0.00514 * E * sin(Mp + M) + 0.00208 * E * E * sin(2 * M) - 0.00111 * sin(Mp - 2 * F) - 0.00057 * sin(Mp + 2 * F) +
    0.00056 * E * sin(2 * Mp + M) - 0.00042 * sin(3 * Mp) + 0.00042 * E * sin(M + 2 * F) + 0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mp - M) - 0.00017 * sin(Om) - 0.00007 * sin(Mp + 2 * M) + 0.00004 * sin(2 * Mp - 2 * F) +
    0.00004 * sin(3 * M) + 0.00003 * sin(Mp + M - 2 * F) + 0.00003 * sin(2 * Mp + 2 * F) - 0.00003 * sin(Mp + M + 2 * F) +
    0.00003 * sin(Mp - M + 2 * F) - 0.00002 * sin(Mp - M - 2 * F) - 0.00002 * sin(3 * Mp + M) + 0.00002 * sin(4 * Mp);
  return jde + c;
}

/** The new moon nearest a Julian Day. */
function newMoonNear(jd: number): number {
  const k = Math.round((jd - 2451550.09766) / 29.530588861);
  let best = newMoon(k);
  for (const kk of [k - 1, k + 1]) {
    const nm = newMoon(kk);
    if (Math.abs(nm - jd) < Math.abs(best - jd)) best = nm;
  }
  return best;
}

/** The calendar day (a day number) of a Julian Day, in a time zone `hours` ahead of UT. */
function localDay(jd: number, hours: number): number {
  return Math.floor(jd - JD_UNIX + hours / 24);
}

/** Chinese New Year: the new moon, by the day in China (UT+8), that falls on or after January 21. */
function chineseNewYear(year: number): MonthDay {
  const jan21 = dayNumber(year, 1, 21);
  let nm = newMoonNear(jan21 + JD_UNIX + 15);
  if (localDay(nm, 8) < jan21) nm = newMoonNear(nm + 29.5);
  else if (localDay(nm - 29.53, 8) >= jan21) nm = newMoonNear(nm - 29.5);
  return toMd(localDay(nm, 8));
}

/**
 * The first day of an Islamic month: the day after the first sunset in Mecca (about 15:30 UT) that
 * follows the new moon, as the Umm al-Qura calendar counts. Observed dates elsewhere may fall a day
 * later. `ah` is the Hijri year, `month` 1–12.
 */
function islamicMonthStart(ah: number, month: number): number {
  // The arithmetical (tabular) calendar puts the month within a day or two: look for the new moon there.
  const tabular = Math.ceil(29.5 * (month - 1)) + (ah - 1) * 354 + Math.floor((3 + 11 * ah) / 30) + 1948439.5 - 1;
  const nm = newMoonNear(tabular - 1);
  const conjunctionDay = Math.floor(nm - JD_UNIX);
  const sunset = conjunctionDay + 15.5 / 24;
  return (nm - JD_UNIX <= sunset ? conjunctionDay : conjunctionDay + 1) + 1;
}

/** The first day, in a Gregorian year, that is day `day` of Islamic month `month`; null if none. */
function islamicDay(year: number, month: number, day: number): number | null {
  const start = dayNumber(year, 1, 1);
  const end = dayNumber(year, 12, 31);
  const ah = Math.floor(((year - 622) * 33) / 32);
  for (const h of [ah - 1, ah, ah + 1, ah + 2]) {
    const d = islamicMonthStart(h, month) + day - 1;
    if (d >= start && d <= end) return d;
  }
  return null;
}

function islamicMd(year: number, month: number, day: number): MonthDay | null {
  const d = islamicDay(year, month, day);
  return d === null ? null : toMd(d);
}

/** Jumu'atul-Wida: the last Friday of Ramadan. */
function lastFridayOfRamadan(year: number): MonthDay | null {
  const start = islamicDay(year, 9, 1);
  if (start === null) return null;
  const ah = Math.floor(((year - 622) * 33) / 32);
  const shawwal = [ah - 1, ah, ah + 1, ah + 2].map((h) => islamicMonthStart(h, 10)).find((d) => d > start && d - start < 40)!;
  let d = shawwal - 1;
  while (weekdayOf(d) !== 5) d--;
  return toMd(d);
}

/** The Sun's apparent tropical longitude in degrees at a Julian Day. */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = rad(357.52911 + 35999.05029 * T - 0.0001537 * T * T);
  const C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * Math.sin(M) + (0.019993 - 0.000101 * T) * Math.sin(2 * M) + 0.000289 * Math.sin(3 * M);
  const L = L0 + C - 0.00569 - 0.00478 * Math.sin(rad(125.04 - 1934.136 * T));
  return ((L % 360) + 360) % 360;
}

/** The Sun's sidereal longitude (Lahiri ayanamsa), as Indian calendars count it. */
function siderealSun(jd: number): number {
  const ayanamsa = 23.85306 + 0.0139667 * ((jd - 2451545) / 365.25);
  return (((sunLongitude(jd) - ayanamsa) % 360) + 360) % 360;
}

/**
 * A sankranti: the day the Sun enters a sidereal sign (270°: Capricorn, Makar Sankranti and Pongal,
 * mid-January; 0°: Aries, Vaisakhi, mid-April), by the day in India (UT+5:30). For Makar Sankranti
 * an entry after sunset (taken as 17:45) counts for the next day; Vaisakhi keeps the day of entry,
 * and the Bengali year begins the day after it (Rabindra Jayanti, 25 Boishakh, is 25 days on).
 */
function sankranti(year: number, longitude: number, month: number, sunsetRule = true): MonthDay {
  let lo = dayNumber(year, month, 1) + JD_UNIX;
  let hi = lo + 30;
  const behind = (jd: number) => ((siderealSun(jd) - longitude + 540) % 360) - 180 < 0;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (behind(mid)) lo = mid;
    else hi = mid;
  }
  const local = lo - JD_UNIX + 5.5 / 24;
  const day = Math.floor(local);
  return toMd(sunsetRule && local - day > 17.75 / 24 ? day + 1 : day);
}

/** A holiday placed like a month: by its written or counted year, "this/next/last", or the convention. */
function placeHoliday(expr: Extract<DateExpression, { kind: 'holiday' }>, anchor: Anchor): Range {
  const on = (year: number): Range | null => {
    const n = holidayDay(expr.holiday, year);
    return n === null ? null : dayRange(n);
  };
  if (typeof expr.year === 'number') return on(expr.year) ?? impossible();
  const pub = publication(anchor);
  const y = yearOf(pub);
  if (expr.year !== null) return on(y + expr.year.offset) ?? impossible();
  const occurrences: Range[] = [];
  for (let year = y - 12; year <= y + 12; year++) {
    const r = on(year);
    if (r !== null) occurrences.push(r);
  }
  if (occurrences.length === 0) throw IMPOSSIBLE;
  switch (expr.shift) {
    case 'last':
      return occurrences.filter((r) => r.start < pub).at(-1) ?? impossible();
    case 'next':
      return occurrences.find((r) => r.start > pub) ?? impossible();
    case 'this':
      if (anchor.prefer === 'future' || anchor.prefer === 'past') return pick(occurrences, pub, anchor.prefer);
      return on(y) ?? pick(occurrences, pub, 'nearest');
    default:
      // A holiday is a day: placed like "April 15" (the nearest one under 'tense'), not like a month.
      return pick(occurrences, pub, dayDirection(anchor));
  }
}

function impossible(): never {
  throw IMPOSSIBLE;
}

function direction(anchor: Anchor): Direction {
  if (anchor.prefer !== 'tense') return anchor.prefer;
  return anchor.tense() === 'future' ? 'future' : 'past';
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

/** Every day of a weekday or holiday from day `from` to day `to`, in order. */
function occurrences(of: Recurring, from: number, to: number): Range[] {
  const out: Range[] = [];
  if (of.kind === 'weekday') {
    for (let d = from + ((of.weekday - weekdayOf(from) + 7) % 7); d <= to; d += 7) out.push(dayRange(d));
    return out;
  }
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    const d = holidayDay(of.holiday, year);
    if (d !== null && d >= from && d <= to) out.push(dayRange(d));
  }
  return out;
}

function distanceBetween(a: Range, b: Range): number {
  if (a.end < b.start) return b.start - a.end;
  if (a.start > b.end) return a.start - b.end;
  return 0;
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

/**
 * "last Friday" is the latest Friday before publication; "next Friday" the Friday of the next
 * Monday–Sunday week (both peers read it so: said on a Tuesday, "next Wednesday" is eight days
 * ahead, not tomorrow); "this Friday" the one of the publication week, or, when a direction is
 * forced, the nearest one on that side.
 */
function placeWeekday(weekday: number, shift: DateShift | undefined, anchor: Anchor): Range {
  const pub = publication(anchor);
  const today = weekdayOf(pub);
  const back = pub - ((today - weekday + 7) % 7); // on or before publication
  const ahead = pub + ((weekday - today + 7) % 7); // on or after publication
  if (shift === 'last') return dayRange(back === pub ? pub - 7 : back);
  if (shift === 'next') return dayRange(pub - (today - 1) + 7 + (weekday - 1));
  if (shift === 'this') {
    if (anchor.prefer === 'future') return dayRange(ahead);
    if (anchor.prefer === 'past') return dayRange(back);
    return dayRange(pub - (today - 1) + (weekday - 1));
  }
  return pick([dayRange(back - 7), dayRange(back), dayRange(ahead), dayRange(ahead + 7)], pub, direction(anchor));
}

/** "Tuesday the 19th": a 19th that is a Tuesday, in the direction of the convention. */
function weekdayAndDay(weekday: number, day: number, anchor: Anchor): Range {
  const pub = publication(anchor);
  const y = yearOf(pub);
  const m = monthOf(pub);
  const found: Range[] = [];
  for (let k = -14; k <= 14; k++) {
    const index = y * 12 + (m - 1) + k;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (day > daysInMonth(year, month)) continue;
    const n = dayNumber(year, month, day);
    if (weekdayOf(n) === weekday) found.push(dayRange(n));
  }
  if (found.length === 0) throw IMPOSSIBLE;
  return pick(found, pub, dayDirection(anchor));
}

/** The year nearest `around` (within one) in which month/day falls on the weekday, or null. */
function yearWithWeekday(month: number, day: number, weekday: number, around: number): number | null {
  for (let d = 0; d <= 1; d++) {
    for (const year of d === 0 ? [around] : [around - d, around + d]) {
      if (day <= daysInMonth(year, month) && weekdayOf(dayNumber(year, month, day)) === weekday) return year;
    }
  }
  return null;
}

/** "the 15th": that day of the month around publication; "20th of next month": of that month. */
function dayOfMonth(day: number, of: DateExpression | null, anchor: Anchor): Range {
  if (of !== null) {
    const month = resolveRange(of, anchor);
    const n = month.start + day - 1;
    if (day < 1 || n > month.end) throw IMPOSSIBLE;
    return dayRange(n);
  }
  const pub = publication(anchor);
  const y = yearOf(pub);
  const m = monthOf(pub);
  const found: Range[] = [];
  for (let k = -2; k <= 2; k++) {
    const index = y * 12 + (m - 1) + k;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    if (day <= daysInMonth(year, month)) found.push(dayRange(dayNumber(year, month, day)));
  }
  return pick(found, pub, dayDirection(anchor));
}

/**
 * A duration from an anchor, as a day: "three weeks ago", "in 5 days", "two days later". Months and
 * years keep the day of the month (clamped: a month after January 31 is February 28 or 29); hours,
 * minutes and seconds do not leave the anchor day, whose time of day the text does not give.
 */
function offsetRange(expr: Extract<DateExpression, { kind: 'offset' }>, anchor: Anchor): Range {
  const add = (day: number) => expr.parts.reduce((d, [amount, unit]) => addUnits(d, amount, unit), day);
  // A narrative anchor only counts when it is at least as fine as the step ("a week earlier" than 1986 means nothing).
  const finest = Math.min(...expr.parts.map(([, u]) => UNIT_RANK[u]));
  if (expr.from === 'previous' && anchor.previous !== null && GRAIN_ORDER.indexOf(anchor.previous.grain) <= finest) {
    const r = anchor.previous;
    // A whole month, quarter or year moved by whole months stays a whole one of the same size.
    const months = expr.parts.every(([a, u]) => (u === 'month' || u === 'quarter' || u === 'year') && Number.isInteger(a));
    if (months && r.grain !== 'day' && r.grain !== 'week') {
      const start = add(r.start);
      return { start, end: add(r.end + 1) - 1, grain: r.grain };
    }
    return { start: add(r.start), end: add(r.end), grain: r.grain };
  }
  const from = expr.from === 'publication' || expr.from === 'previous' ? publication(anchor) : resolveRange(expr.from, anchor).start;
  return dayRange(add(from));
}

/** A duration unit's place among the grains (hours and minutes count as days). */
const UNIT_RANK: Readonly<Record<DurationUnit, number>> = { second: 0, minute: 0, hour: 0, day: 0, week: 1, month: 2, quarter: 3, year: 4 };

function addUnits(day: number, amount: number, unit: DurationUnit): number {
  switch (unit) {
    case 'hour':
    case 'minute':
    case 'second':
      return day;
    case 'day':
      return day + Math.round(amount);
    case 'week':
      return day + Math.round(7 * amount);
    case 'month':
    case 'quarter':
    case 'year': {
      const months = Math.round(amount * (unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12));
      const index = yearOf(day) * 12 + (monthOf(day) - 1) + months;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      return dayNumber(year, month, Math.min(dayOfMonth0(day), daysInMonth(year, month)));
    }
  }
}

/** The n-th day, week or weekday of a range; n < 0 counts from its end. Weeks are the Monday–Sunday weeks inside it. */
function nthOf(n: number, what: 'day' | 'week' | number, r: Range): Range {
  if (what === 'day') {
    const d = n > 0 ? r.start + n - 1 : r.end + n + 1;
    if (d < r.start || d > r.end) throw IMPOSSIBLE;
    return dayRange(d);
  }
  if (what === 'week') {
    const firstMonday = r.start + ((8 - weekdayOf(r.start)) % 7);
    const lastMonday = r.end - 6 - ((weekdayOf(r.end - 6) + 6) % 7);
    const monday = n > 0 ? firstMonday + 7 * (n - 1) : lastMonday + 7 * (n + 1);
    if (monday < firstMonday || monday > lastMonday) throw IMPOSSIBLE;
    return { start: monday, end: monday + 6, grain: 'week' };
  }
  const d = n > 0 ? r.start + ((what - weekdayOf(r.start) + 7) % 7) + 7 * (n - 1) : r.end - ((weekdayOf(r.end) - what + 7) % 7) + 7 * (n + 1);
  if (d < r.start || d > r.end) throw IMPOSSIBLE;
  return dayRange(d);
}

/** Saturday and Sunday: "this weekend" (of the publication week), "last"/"next weekend", "the weekend" by direction. */
function placeWeekend(shift: DateShift | undefined, anchor: Anchor): Range {
  const pub = publication(anchor);
  const saturday = pub - (weekdayOf(pub) - 1) + 5; // of the publication week
  const weekend = (sat: number): Range => ({ start: sat, end: sat + 1, grain: 'day' });
  if (shift === 'this') return weekend(saturday);
  if (shift === 'last') return weekend(saturday - 7);
  if (shift === 'next') return weekend(saturday + 7);
  return pick([weekend(saturday - 14), weekend(saturday - 7), weekend(saturday), weekend(saturday + 7)], pub, direction(anchor));
}

/** The same expression with its year written out, for "Thanksgiving in 9 months" and the like. */
function withWrittenYear(e: DateExpression, year: number): DateExpression {
  switch (e.kind) {
    case 'holiday':
    case 'month':
    case 'quarter':
    case 'half':
      return { ...e, year, ...('shift' in e ? { shift: undefined } : {}) } as DateExpression;
    case 'date':
      return { ...e, year };
    default:
      return e;
  }
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
  if (anchor.prefer === 'tense' && anchor.tense() !== 'past') return make(yearOf(pub));
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
  const wholeMonths = dayOfMonth0(r.start) === 1 && r.end === lastDayOfMonth(r.end);
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
  // Date.UTC reads years 0–99 as 1900–1999; years of the first century ("8 AD") need setUTCFullYear.
  if (year >= 100) return Date.UTC(year, month - 1, day) / DAY_MS;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / DAY_MS);
}

function parseIsoDay(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * Year, month and day of a day number, by arithmetic (H. Hinnant's civil_from_days, proleptic
 * Gregorian like Date), for whole days of years 0–9999; null otherwise, for Date to handle. A
 * Date per call cost more than the rest of resolving a date.
 */
function civil(n: number): [year: number, month: number, day: number] | null {
  if (!Number.isInteger(n) || n < -719_528 || n > 2_932_896) return null; // 0000-01-01 … 9999-12-31
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function isoDay(n: number): string {
  const c = civil(n);
  if (c === null) return new Date(n * DAY_MS).toISOString().slice(0, 10);
  return `${String(c[0]).padStart(4, '0')}-${c[1] < 10 ? '0' : ''}${c[1]}-${c[2] < 10 ? '0' : ''}${c[2]}`;
}

function yearOf(n: number): number {
  return civil(n)?.[0] ?? new Date(n * DAY_MS).getUTCFullYear();
}

function monthOf(n: number): number {
  return civil(n)?.[1] ?? new Date(n * DAY_MS).getUTCMonth() + 1;
}

function dayOfMonth0(n: number): number {
  return civil(n)?.[2] ?? new Date(n * DAY_MS).getUTCDate();
}

/** 1 = Monday … 7 = Sunday (day 0, 1970-01-01, was a Thursday). */
function weekdayOf(n: number): number {
  if (Number.isInteger(n) && Math.abs(n) <= 100_000_000) return ((((n + 3) % 7) + 7) % 7) + 1;
  return ((new Date(n * DAY_MS).getUTCDay() + 6) % 7) + 1;
}

function lastDayOfMonth(n: number): number {
  return dayNumber(yearOf(n), monthOf(n) + 1, 1) - 1;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month; used by recognizers to reject "February 30". */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(year) && year >= 100 && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]!;
  }
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
