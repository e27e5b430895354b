/**
 * Date mentions: where the text names a day, week, month, quarter, half or year, and which calendar
 * range that is. Built like chrono-node: each parser finds one kind of thing with a regular
 * expression over the text; refiners then extend, merge and clean the candidates ("the end of" +
 * "the first quarter", "early" + "2024", "2024" + "first quarter"); resolveDate does the arithmetic.
 *
 * Mention text is the date phrase without its preposition ("since September" → "September", "On
 * Wednesday" → "Wednesday"), but with the words that change its meaning: "last Wednesday", "mid-2024",
 * "fiscal 2025", and "the" when the phrase is a noun on its own ("the first quarter", "the end of the
 * first quarter", "the coming year"; but "first-quarter" as an adjective).
 *
 * Newswire is full of numbers and words that look like dates: a bare year must stand alone ("1,987
 * shares", "$2024 million", "2024 dlrs" are not years), and the months that are also words or names
 * (May, March, April, June, August) and abbreviations need a date-like neighbour ("in May", "May
 * 2024", "May 3") before they count.
 */
import type { Doc, Tense, Token } from '../doc.js';
import { sentenceAt } from '../doc.js';
import { daysInMonth, resolveDate, type DateExpression, type RelativeUnit, type YearRef } from '../normalize/resolveDate.js';
import type { DateMention } from '../schema/mention.js';
import type { Locale } from '../schema/options.js';
import { tenseAt } from '../tokenize/tense.js';

interface Candidate {
  start: number;
  end: number;
  expr: DateExpression;
  rule: string;
}

interface ParseContext {
  text: string;
  /** Publication year, to expand two-digit years ("1Q24", "FY25"); null when unknown. */
  pubYear: number | null;
  locale: Locale;
}

type Parser = (ctx: ParseContext) => Candidate[];
type Refiner = (candidates: Candidate[], ctx: ParseContext) => Candidate[];

export function recognizeDates(doc: Doc): DateMention[] {
  const ctx: ParseContext = {
    text: doc.text,
    pubYear: doc.publishedAt === null ? null : Number(doc.publishedAt.slice(0, 4)),
    locale: doc.options.locale,
  };
  let candidates: Candidate[] = [];
  for (const parse of PARSERS) for (const c of parse(ctx)) candidates.push(c);
  for (const refine of REFINERS) candidates = refine(candidates, ctx);
  return candidates.map((c) => toMention(c, doc));
}

function toMention(c: Candidate, doc: Doc): DateMention {
  const tense = doc.options.dates.prefer === 'tense' ? tenseOf(doc, c) : 'present';
  const r = resolveDate(c.expr, { publishedAt: doc.publishedAt, tense, prefer: doc.options.dates.prefer });
  return { text: doc.text.slice(c.start, c.end), span: [c.start, c.end], rule: c.rule, ...r };
}

/** The tense of the verb the mention hangs on, else its sentence's, else present (reads as past). */
function tenseOf(doc: Doc, c: Candidate): Tense {
  const sentence = sentenceAt(doc, c.start);
  if (sentence === undefined) return 'present';
  const [a, b] = sentence.tokens;
  const tokens = doc.tokens.slice(a, b);
  const from = firstTokenAtOrAfter(tokens, c.start);
  const to = firstTokenAtOrAfter(tokens, c.end);
  return tenseAt(tokens, from, to) ?? sentence.tense;
}

function firstTokenAtOrAfter(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.span[0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Words

const MONTH_NUMBER: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Months that are also common words or first names: alone, they need a cue ("in May"). */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'april', 'june', 'august']);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINAL: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/** Capitalized and upper-case forms only: "may" and "march" in lower case are the verbs. */
const MONTH_WORD = [...FULL_MONTHS, ...FULL_MONTHS.map((m) => m.toUpperCase()), ...MONTH_ABBREVIATIONS].join('|');
const WEEKDAY_WORD = [...WEEKDAYS, ...WEEKDAYS.map((d) => d.toUpperCase())].join('|');
/** A four-digit year we accept inside a date phrase. */
const YEAR = '(?:1[0-9]|20)\\d\\d';

/** Words before a bare month that make it a date ("since September", "the September investment"). */
const MONTH_CUE =
  /(?:\b(?:in|since|until|till|by|from|through|thru|to|during|before|after|between|and|or|of|early|mid|late|last|next|this|end|the|its|their|his|her|our|for|around|about|each|every)|['’]s|-)\s*$/i;

// ---------------------------------------------------------------------------------------------
// Parsers: each finds one kind of date.

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) yield m;
}

/** "2024-03-27" (a time may follow: "2024-03-27T10:00"). */
const parseIsoDates: Parser = ({ text }) => {
  const out: Candidate[] = [];
  for (const m of matches(new RegExp(`(?<![\\d.\\/-])(${YEAR})-(\\d\\d)-(\\d\\d)(?![\\d-])`, 'g'), text)) {
    const date = dateExpr(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) out.push({ start: m.index, end: m.index + m[0].length, expr: date, rule: 'date.iso' });
  }
  return out;
};

/** Locales that write the day first in numeric dates. */
const DAY_FIRST: ReadonlySet<Locale> = new Set(['en-GB', 'en-AU', 'en-NZ', 'en-IE', 'en-IN', 'en-ZA', 'en-SG', 'en-HK', 'en-JM', 'en-TT', 'en-BZ']);

/**
 * "3/27/2024", "27.03.2024", "3/27/24". Month first unless the locale writes the day first; when the
 * locale's order gives no valid date but the other does ("27/3/2024" in en-US), the other is meant.
 * Two-digit years only with slashes: "3-4-24" is more often a score or a code than a date.
 */
const parseNumericDates: Parser = ({ text, locale, pubYear }) => {
  const out: Candidate[] = [];
  const re = /(?<![\w.\/,-])(\d{1,2})([\/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w\/-]|[.,]\d)/g;
  for (const m of matches(re, text)) {
    if (m[4]!.length === 2 && m[2] !== '/') continue;
    const year = m[4]!.length === 2 ? expandYear(Number(m[4]), pubYear) : Number(m[4]);
    const a = Number(m[1]);
    const b = Number(m[3]);
    const [first, second] = DAY_FIRST.has(locale) ? [dateExpr(year, b, a), dateExpr(year, a, b)] : [dateExpr(year, a, b), dateExpr(year, b, a)];
    const date = first ?? second;
    if (date) out.push({ start: m.index, end: m.index + m[0].length, expr: date, rule: 'date.numeric' });
  }
  return out;
};

// Patterns around a month name (anchored, not global: safe to share).
/** " 27", " 27th, 2024", " 30 1986"; not " 1.5", " 10 mln", " 10:30". */
const DAY_AFTER = new RegExp(
  `^\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]\\d|\\s*[:%]|\\s+(?:mln|million|billion|bln|pct|percent|dlrs|shares)\\b)(?:,?\\s+(${YEAR})\\b(?![.,]\\d))?`,
);
/** " 2023", ", 1986", " of 2023". */
const YEAR_AFTER = new RegExp(`^(?:,?\\s+|\\s+of\\s+)(${YEAR})\\b(?![.,]\\d)`);
const HYPHEN_YEAR_AFTER = new RegExp(`^-(${YEAR})\\b(?![.,-]\\d)`);
/** After "27 March": ", 2024" or "-2012" (" 2024" is already in YEAR_AFTER). */
const YEAR_AFTER_DAY_MONTH = new RegExp(`^(?:,\\s+|-)(${YEAR})\\b(?![.,]\\d)`);
/** "27 ", "27th of ", "10-" before the month. */
const DAY_BEFORE = /(?<![\d.,$\/-])(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-)$/;

/**
 * Month names: "March 27, 2024", "27 March 2024", "the 27th of March", "Sept. 2023", "September",
 * "Sept 30" (the wire's abbreviation without a point).
 */
const parseMonthDates: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const re = new RegExp(`\\b(${MONTH_WORD})\\b(\\.?)`, 'g');
  for (const m of matches(re, text)) {
    const word = m[1]!;
    const month = MONTH_NUMBER[word.toLowerCase()]!;
    // "Sept. 30" keeps its point; "in Feb. The ..." ends a sentence with it.
    const dotEndsSentence = /^(?:\s+[A-Z"“]|\s*$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    const dot = MONTH_ABBREVIATIONS.includes(word) && !dotEndsSentence ? m[2]! : '';
    let start = m.index;
    let end = m.index + word.length + dot.length;
    let day: number | null = null;
    let year: number | null = null;

    const after = text.slice(end, end + 24);
    const dm = DAY_AFTER.exec(after);
    if (dm !== null && Number(dm[1]) >= 1 && Number(dm[1]) <= 31) {
      day = Number(dm[1]);
      year = dm[2] === undefined ? null : Number(dm[2]);
      end += dm[0].length;
    } else {
      const ym = YEAR_AFTER.exec(after) ?? (text[start - 1] === '-' ? null : HYPHEN_YEAR_AFTER.exec(after));
      if (ym !== null) {
        year = Number(ym[1]);
        end += ym[0].length;
      }
      // Day first: "27 March 2024", "the 27th of March", "10-August-2012".
      const before = DAY_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
      if (before !== null && Number(before[1]) > 31) continue; // "32 August 2014": not a date at all
      if (before !== null && Number(before[1]) >= 1) {
        day = Number(before[1]);
        start -= before[0].length;
        if (year === null) {
          const ym2 = YEAR_AFTER_DAY_MONTH.exec(after);
          if (ym2 !== null) {
            year = Number(ym2[1]);
            end += ym2[0].length;
          }
        }
      }
    }

    if (day !== null) {
      if (day > daysInMonth(year ?? 2000, month)) continue; // 2000: a leap year, so "February 29" passes
      const rule = year === null ? 'date.month-day' : 'date.month-day-year';
      out.push({ start, end, expr: { kind: 'date', year, month, day }, rule });
    } else if (year !== null) {
      out.push({ start, end, expr: { kind: 'month', year, month }, rule: 'date.month-year' });
    } else if (standaloneMonthIsDate(text, m.index, word)) {
      out.push({ start, end, expr: { kind: 'month', year: null, month }, rule: 'date.month' });
    }
  }
  return out;
};

function standaloneMonthIsDate(text: string, at: number, word: string): boolean {
  const lower = word.toLowerCase();
  const needsCue = AMBIGUOUS_MONTHS.has(lower) || MONTH_ABBREVIATIONS.includes(word);
  if (!needsCue) return true;
  return MONTH_CUE.test(text.slice(Math.max(0, at - 12), at));
}

/** Weekday names, except in names: "Black Friday", "the Sunday Times", "Tuesday Morning Corp". */
const parseWeekdays: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const re = new RegExp(`\\b(${WEEKDAY_WORD})\\b`, 'g');
  for (const m of matches(re, text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
    if (/\b(?:Black|Cyber|Good|Super|Ash|Easter|Holy|Bloody|Giving|Mail\s+on|Maundy|Palm|Shrove)\s+$/.test(before)) continue;
    if (/^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Independent|Tribune|Morning\s+Corp|Night\s+Live)\b/.test(after)) continue;
    const weekday = WEEKDAYS.findIndex((d) => d.toLowerCase() === m[1]!.toLowerCase()) + 1;
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'weekday', weekday }, rule: 'date.weekday' });
  }
  return out;
};

/** "yesterday", "today", "tomorrow", "tonight", "this morning", "last night". */
const parseRelativeDays: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const re = /\b(?:(yesterday|today|tomorrow|tonight)|(this|last)\s+(morning|afternoon|evening|night))\b/gi;
  const offsets: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0, this: 0, last: -1 };
  for (const m of matches(re, text)) {
    if (/\bUSA\s+$/.test(text.slice(Math.max(0, m.index - 5), m.index))) continue; // the newspaper
    if (m[2] !== undefined && m[2].toLowerCase() === 'last' && m[3]!.toLowerCase() !== 'night') continue;
    const offset = offsets[(m[1] ?? m[2])!.toLowerCase()]!;
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'relative', unit: 'day', offset }, rule: 'date.relative-day' });
  }
  return out;
};

/**
 * "last year", "this quarter", "next month", "the coming year", "the current fiscal year". Skips
 * "the last year", "the next year", "the past year": with "the" those are spans of time ("over the
 * next year"), not calendar units.
 */
const parseRelativeUnits: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const re = /\b(?:(the)\s+)?(last|this|next|coming|current)\s+(?:(fiscal|financial)\s+)?(week|month|quarter|qtr|year)\b(?!-|\s+of\b)/gi;
  for (const m of matches(re, text)) {
    const the = m[1] !== undefined;
    const which = m[2]!.toLowerCase();
    if (the && (which === 'last' || which === 'next' || which === 'this')) continue;
    const offset = which === 'last' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
    const unitWord = m[4]!.toLowerCase();
    const unit: RelativeUnit = unitWord === 'qtr' ? 'quarter' : (unitWord as RelativeUnit);
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'relative', unit, offset }, rule: 'date.relative' });
  }
  return out;
};

/** "the first quarter", "fourth-quarter", "first fiscal quarter", "1st qtr", "Q1 2025", "Q1'25", "1Q24". */
const parseQuarters: Parser = ({ text, pubYear }) => {
  const out: Candidate[] = [];
  const words = /\b(?:(the)\s+)?(?:(fiscal|calendar)\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)(\s+|-)(?:(fiscal|calendar)\s+)?(?:quarter|qtr)\b(?!s)/gi;
  for (const m of matches(words, text)) {
    // "the first-quarter results": "the" belongs to "results".
    const start = m[1] !== undefined && m[4] === '-' ? withoutThe(m) : m.index;
    const fiscal = m[2] !== undefined || m[5] !== undefined;
    out.push({ start, end: m.index + m[0].length, expr: { kind: 'quarter', quarter: ORDINAL[m[3]!.toLowerCase()]!, year: null, ...(fiscal ? { fiscal } : {}) }, rule: 'date.quarter' });
  }
  const qFirst = /\bQ([1-4])(?:(\s*FY\s*'?|\s*'\s?)(\d{2}|\d{4})|\s+(\d{4})|-(\d{4}))?(?![\w-])/g;
  for (const m of matches(qFirst, text)) {
    const fiscal = m[2] !== undefined && /FY/.test(m[2]);
    const written = m[3] ?? m[4] ?? m[5];
    const year = written === undefined ? null : written.length === 2 ? expandYear(Number(written), pubYear) : Number(written);
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'quarter', quarter: Number(m[1]), year, ...(fiscal ? { fiscal } : {}) }, rule: 'date.quarter' });
  }
  const nFirst = /(?<![\w.,$-])([1-4])Q(?:\s?'?(\d{4}|\d{2}))?(?![\w-])/g;
  for (const m of matches(nFirst, text)) {
    const written = m[2];
    const year = written === undefined ? null : written.length === 2 ? expandYear(Number(written), pubYear) : Number(written);
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'quarter', quarter: Number(m[1]), year }, rule: 'date.quarter' });
  }
  return out;
};

/** "the first half", "second-half", "H1 2024", "1H24". A half year is a 6-month range, grain 'month'. */
const parseHalves: Parser = ({ text, pubYear }) => {
  const out: Candidate[] = [];
  const words = /\b(?:(the)\s+)?(first|second|1st|2nd)(\s+|-)(?:(fiscal)\s+)?half\b(?!\s+(?:hour|point|percent|pct|of\s+the\s+(?:game|match|season|century|decade|day)))/gi;
  for (const m of matches(words, text)) {
    const start = m[1] !== undefined && m[3] === '-' ? withoutThe(m) : m.index;
    out.push({ start, end: m.index + m[0].length, expr: { kind: 'half', half: ORDINAL[m[2]!.toLowerCase()]!, year: null, ...(m[4] ? { fiscal: true } : {}) }, rule: 'date.half' });
  }
  const hFirst = /\bH([12])(?:(\s*FY\s*'?|\s*'\s?)(\d{2}|\d{4})|\s+(\d{4}))?(?![\w-])/g;
  for (const m of matches(hFirst, text)) {
    const written = m[3] ?? m[4];
    const year = written === undefined ? null : written.length === 2 ? expandYear(Number(written), pubYear) : Number(written);
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'half', half: Number(m[1]), year }, rule: 'date.half' });
  }
  const nFirst = /(?<![\w.,$-])([12])H(?:\s?'?(\d{4}|\d{2}))?(?![\w-])/g;
  for (const m of matches(nFirst, text)) {
    const written = m[2];
    const year = written === undefined ? null : written.length === 2 ? expandYear(Number(written), pubYear) : Number(written);
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'half', half: Number(m[1]), year }, rule: 'date.half' });
  }
  return out;
};

/**
 * "fiscal 2025", "fiscal year 1987", "FY25", "FY2025", "calendar 1986", "the 1987 fiscal year",
 * "fiscal 1987/88". Read as calendar years (see resolveDate.ts).
 */
const parseFiscalYears: Parser = ({ text, pubYear }) => {
  const out: Candidate[] = [];
  const prefixed = new RegExp(`\\b(?:([Ff]iscal|[Ff]inancial|[Cc]alendar|FISCAL)(?:\\s+[Yy]ear)?\\s+(${YEAR})|FY\\s?'?(${YEAR}|\\d{2}))(\\s*[\\/-]\\s*(\\d{4}|\\d{2}))?(?![\\w%]|[.,]\\d)`, 'g');
  for (const m of matches(prefixed, text)) {
    const from = m[2] !== undefined ? Number(m[2]) : m[3]!.length === 2 ? expandYear(Number(m[3]), pubYear) : Number(m[3]);
    const to = m[5] === undefined ? null : followingYear(from, m[5]);
    const rule = /^calendar/i.test(m[1] ?? '') ? 'date.calendar-year' : 'date.fiscal-year';
    // "fiscal 1987/88" spans two years; "FY2025-03" is not a span: stop before the suffix.
    const end = m.index + m[0].length - (to === null ? (m[4]?.length ?? 0) : 0);
    const expr: DateExpression = to === null ? { kind: 'year', year: from, fiscal: rule === 'date.fiscal-year' } : { kind: 'years', from, to };
    out.push({ start: m.index, end, expr, rule });
  }
  const suffixed = new RegExp(`\\b(${YEAR})\\s+(fiscal|financial|calendar)\\s+year\\b`, 'gi');
  for (const m of matches(suffixed, text)) {
    const rule = /^calendar/i.test(m[2]!) ? 'date.calendar-year' : 'date.fiscal-year';
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'year', year: Number(m[1]), fiscal: rule === 'date.fiscal-year' }, rule });
  }
  return out;
};

/** "1986/87", "1986-87", "1999/2000": a season or split year, both calendar years. */
const parseYearSpans: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const re = /(?<![\w$€£¥.,\/-])((?:1[89]|20)\d\d)\s?[\/-]\s?(\d{4}|\d{2})(?![\w%\/-]|[.,]\d)/g;
  for (const m of matches(re, text)) {
    const from = Number(m[1]);
    const to = followingYear(from, m[2]!);
    if (to === null) continue;
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'years', from, to }, rule: 'date.year-span' });
  }
  return out;
};

/** Words right after a number that make it a quantity, a time or an amount rather than a year. */
const NOT_YEAR_AFTER =
  /^\s*(?:shares?|stock|dlrs?|dollars?|mln|million|billion|bln|pct|percent|per\s+cent|cents?|cts|tonnes?|tons?|barrels?|bpd|bbl|ounces?|oz|kgs?|km|miles?|acres?|units?|employees|workers|people|points?|feet|ft|meters?|metres?|cars?|vehicles?|yen|stg|marks?|francs?|lire|lira|rupees?|hectares?|bags?|bales?|lots?|contracts?|gmt|est|edt|cst|cdt|pst|pdt|bst|local|hrs|hours?|[ap]\.?m\b|sq|square|cubic|mw|megawatts?|kw|kwh|gallons?|bushels?|copies|seats|rooms|beds|homes|houses|jobs|times|men|women|troops|members|customers|stores|outlets|branches|aircraft|planes|ships|vessels|pounds|lbs?|grams?|litres?|liters?|bottles|cases|sets|pieces|series|model)\b/i;
/** Words right before a number that make it a label ("Flight 2024", "Suite 1900", "No. 1987"). */
const NOT_YEAR_BEFORE =
  /\b(?:no|nos|number|model|flight|route|box|suite|room|section|article|rule|form|item|page|pages|chapter|unit|lot|exhibit|windows|office|code|zip|grade|type|class|level|phase|gate|highway|interstate|street|boeing|airbus|tel|telephone|fax|ext|account|vol|volume|issue|channel|pier|platform|terminal|bus|train|at)\.?\s+$/i;
/** Words before an old year (before 1900) that make it a year ("founded in 1886"). */
const YEAR_CUE = /\b(?:in|since|from|until|by|of|founded|established|circa|c\.)\s+$/i;

/** A year on its own: "in 1987", "its 1986 results", "notes due 1992". */
const parseYears: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const re = /(?<![\w$€£¥#.,\/]|\d-)((?:1[89]|20)\d\d)(?![\w%]|[.,]\d|\s?[\/-]\s?\d)/g;
  for (const m of matches(re, text)) {
    const year = Number(m[1]);
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + 4, m.index + 30);
    if (NOT_YEAR_AFTER.test(after) || NOT_YEAR_BEFORE.test(before)) continue;
    if (/[$€£¥]\s?$|\b(?:US|C|A|NZ|HK|S)\$\s?$/.test(before)) continue;
    if (year < 1900 && !YEAR_CUE.test(before)) continue;
    // A street address: "2000 Pennsylvania Avenue".
    if (/^\s+[A-Z][a-z]+\s+(?:Ave|Avenue|Street|St|Road|Rd|Blvd|Boulevard|Drive|Dr|Lane|Way|Place|Plaza)\b/.test(after)) continue;
    out.push({ start: m.index, end: m.index + 4, expr: { kind: 'year', year }, rule: 'date.year' });
  }
  return out;
};

/** "the end of the year", "the start of the quarter", "year-end": an edge of the current unit. */
const parseEdgesOfCurrent: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const re = /\b(?:(?:the\s+)?(end|beginning|start|middle)\s+of\s+the\s+(?:current\s+)?(?:(?:fiscal|financial)\s+)?(year|quarter|qtr|month|week)|(year|quarter|month)-end)\b/gi;
  for (const m of matches(re, text)) {
    const edgeWord = (m[1] ?? 'end').toLowerCase();
    const unitWord = (m[2] ?? m[3]!).toLowerCase();
    const unit: RelativeUnit = unitWord === 'qtr' ? 'quarter' : (unitWord as RelativeUnit);
    const of: DateExpression = { kind: 'relative', unit, offset: 0 };
    const expr: DateExpression = edgeWord === 'middle' ? { kind: 'part', part: 'mid', of } : { kind: 'edge', edge: edgeWord === 'end' ? 'end' : 'start', of };
    out.push({ start: m.index, end: m.index + m[0].length, expr, rule: edgeWord === 'middle' ? 'date.part' : 'date.edge' });
  }
  return out;
};

const PARSERS: readonly Parser[] = [
  parseIsoDates,
  parseNumericDates,
  parseMonthDates,
  parseWeekdays,
  parseRelativeDays,
  parseRelativeUnits,
  parseQuarters,
  parseHalves,
  parseFiscalYears,
  parseYearSpans,
  parseYears,
  parseEdgesOfCurrent,
];

// ---------------------------------------------------------------------------------------------
// Refiners: each fixes one kind of problem, in order.

/** Overlapping candidates: the longer wins ("March 27, 2024" over "2024"); on a tie, the earlier parser. */
const dropOverlaps: Refiner = (candidates) => {
  const ranked = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
};

/**
 * A quarter, half or month and its year written apart: "the first quarter of 2025", "fourth
 * quarter of last year", "first half 2024", "the 1986 fourth quarter", "fiscal 2025 first quarter",
 * "February last year", "April of last year".
 */
const joinPeriodAndYear: Refiner = (candidates, { text }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const next = candidates[i + 1];
    if (next !== undefined && (isPeriodWithoutYear(c) || isBareMonth(c))) {
      const year = yearRefOf(next);
      if (year !== null && /^\s+(?:of\s+(?:the\s+)?)?$/.test(text.slice(c.end, next.start))) {
        out.push({ start: c.start, end: next.end, expr: withYear(c.expr, year), rule: c.rule === 'date.month' ? 'date.month-year' : c.rule });
        i++;
        continue;
      }
    }
    if (next !== undefined && isPeriodWithoutYear(next)) {
      const year = yearRefOf(c);
      if (year !== null && /^\s+$/.test(text.slice(c.end, next.start))) {
        out.push({ start: c.start, end: next.end, expr: withYear(next.expr, year), rule: next.rule });
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
};

function isPeriodWithoutYear(c: Candidate): c is Candidate & { expr: { kind: 'quarter' | 'half'; year: null } } {
  return (c.expr.kind === 'quarter' || c.expr.kind === 'half') && c.expr.year === null;
}

function withYear(e: DateExpression, year: YearRef): DateExpression {
  return e.kind === 'quarter' || e.kind === 'half' || e.kind === 'month' ? { ...e, year } : e;
}

function isBareMonth(c: Candidate): boolean {
  return c.expr.kind === 'month' && c.expr.year === null && c.expr.shift === undefined;
}

function yearRefOf(c: Candidate): YearRef | null {
  if (c.expr.kind === 'year') return c.expr.year;
  if (c.expr.kind === 'relative' && c.expr.unit === 'year') return { offset: c.expr.offset };
  return null;
}

/** "last Wednesday", "next September", "this Friday": the word changes which one is meant. */
const attachShift: Refiner = (candidates, { text }) =>
  candidates.map((c) => {
    if (!(c.expr.kind === 'weekday' || (c.expr.kind === 'month' && c.expr.year === null))) return c;
    const m = /\b(last|next|this)\s+$/i.exec(text.slice(Math.max(0, c.start - 6), c.start));
    if (m === null) return c;
    return { ...c, start: c.start - m[0].length, expr: { ...c.expr, shift: m[1]!.toLowerCase() as 'last' | 'next' | 'this' } };
  });

/** "early 2024", "mid-2024", "late last year", "mid-September", "early in the first quarter". */
const attachPart: Refiner = (candidates, { text }) =>
  candidates.map((c) => {
    if (!takesPart(c.expr)) return c;
    const m = /\b(?:(early|mid|late)(?:\s*-\s*|\s+in\s+|\s+)|(?:the\s+)?middle\s+of\s+)$/i.exec(text.slice(Math.max(0, c.start - 18), c.start));
    if (m === null) return c;
    const part = (m[1] ?? 'mid').toLowerCase() as 'early' | 'mid' | 'late';
    return { start: c.start - m[0].length, end: c.end, expr: { kind: 'part', part, of: c.expr }, rule: 'date.part' };
  });

/** "the end of the first quarter", "by the end of 2025" ("by" stays out), "end-1986", "start of next year". */
const attachEdge: Refiner = (candidates, { text }) =>
  candidates.map((c) => {
    if (!takesPart(c.expr) && c.expr.kind !== 'part') return c;
    const m = /\b(?:(?:the\s+)?(end|beginning|start)\s+of\s+|(end)-)$/i.exec(text.slice(Math.max(0, c.start - 20), c.start));
    if (m === null) return c;
    const edge = (m[1] ?? m[2]!).toLowerCase() === 'end' ? 'end' : 'start';
    return { start: c.start - m[0].length, end: c.end, expr: { kind: 'edge', edge, of: c.expr }, rule: 'date.edge' };
  });

/** Units longer than a day can be split and have edges; days and weekdays cannot. */
function takesPart(e: DateExpression): boolean {
  if (e.kind === 'date' || e.kind === 'weekday' || e.kind === 'edge' || e.kind === 'part') return false;
  return !(e.kind === 'relative' && e.unit === 'day');
}

/** "Wednesday, March 27, 2024": one day, one mention. */
const joinWeekdayAndDate: Refiner = (candidates, { text }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const next = candidates[i + 1];
    if (c.expr.kind === 'weekday' && c.expr.shift === undefined && next?.expr.kind === 'date' && /^,?\s+(?:the\s+)?$/.test(text.slice(c.end, next.start))) {
      out.push({ start: c.start, end: next.end, expr: next.expr, rule: next.rule });
      i++;
    } else out.push(c);
  }
  return out;
};

/** "Friday of next week", "Tuesday of this week": the weekday inside that week. */
const joinWeekdayAndWeek: Refiner = (candidates, { text }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    const next = candidates[i + 1];
    if (
      c.expr.kind === 'weekday' &&
      c.expr.shift === undefined &&
      next?.expr.kind === 'relative' &&
      next.expr.unit === 'week' &&
      /^\s+of\s+$/.test(text.slice(c.end, next.start))
    ) {
      out.push({ start: c.start, end: next.end, expr: { ...c.expr, week: next.expr.offset }, rule: c.rule });
      i++;
    } else out.push(c);
  }
  return out;
};

const REFINERS: readonly Refiner[] = [
  dropOverlaps,
  joinPeriodAndYear,
  attachShift,
  attachPart,
  attachEdge,
  joinWeekdayAndDate,
  joinWeekdayAndWeek,
  dropOverlaps,
];

// ---------------------------------------------------------------------------------------------
// Helpers

/** Start of a match that began with "the", past the "the" and its space. */
function withoutThe(m: RegExpExecArray): number {
  const rest = m[0].slice(3);
  return m.index + 3 + (rest.length - rest.trimStart().length);
}

function dateExpr(year: number, month: number, day: number): DateExpression | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { kind: 'date', year, month, day };
}

/** A two-digit year, in the century that puts it nearest the publication year (else 1950–2049). */
function expandYear(yy: number, pubYear: number | null): number {
  const pivot = pubYear ?? 2000;
  const base = pivot - (pivot % 100) + yy;
  if (base - pivot > 50) return base - 100;
  if (pivot - base > 50) return base + 100;
  return base;
}

/** The second year of "1986/87" or "1999/2000", if it follows the first within ten years. */
function followingYear(from: number, written: string): number | null {
  let to = Number(written);
  if (written.length === 2) {
    to = from - (from % 100) + to;
    if (to <= from) to += 100;
  }
  return to > from && to - from <= 10 ? to : null;
}
