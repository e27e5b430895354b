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
 * 2024", "May 3") before they count. In lower case, "may", "march" and "august" and every
 * abbreviation ("jan", "mar") count only with a day or a year written beside them ("march 3",
 * "2012/aug/10"); so do the weekday abbreviations that are words or names ("Sun", "Sat", "Wed",
 * "Mon": "Sun 15Sep", "Wed, Feb 13"). A number alone on its line, or a line of numbers ("2020",
 * "2019 to 2020", "2012 80 10"), is not a year: it is a table cell or a count.
 *
 * Durations count from the publication day ("three weeks ago", "five years from now", "in 5 days",
 * "within two weeks": the day the period ends), or, with "earlier", "later", "before" and "after"
 * standing alone, from the date the story named just before ("profit rose in the first quarter from
 * a year earlier": the first quarter a year before; "two days later"). "In two years" is a date only
 * where the verb does not look back ("sales doubled in two years" is a length of time). Hours and
 * minutes do not leave their day: "in 5 minutes" is the publication day, and so is "for 5 minutes"
 * where the verb does not look back ("wait for 5 minutes"; "trading was halted for 30 minutes" is a
 * length of time); "for" reads only spans shorter than a day ("for two years" is always a length).
 *
 * A clock time ("at 4:30 pm", "3:30-4:30pm", "10 a.m.") says which day only by leaving it out: alone
 * in its sentence it is the publication day; beside a date ("5 p.m. on March 15", "Tuesday at 9
 * am") it adds nothing to it, since dates have no time of day, and is dropped. Only times with
 * "am" or "pm" count: "15:30", "25:12" and "1500 GMT" may as well be scores, ratios or codes.
 *
 * Holidays ("Thanksgiving", "Christmas", "Easter", "Labour Day", "Mother's Day") are days by rule,
 * per locale where countries differ (Canadian Thanksgiving is in October; Labour Day is in
 * September in North America, October in Australia and New Zealand, May elsewhere). Without a year
 * they are placed like a bare month.
 */
import type { Doc, Tense, Token } from '../doc.js';
import { sentenceAt } from '../doc.js';
import { parseWrittenNumber } from '../normalize/number.js';
import {
  daysInMonth,
  resolveDate,
  type DateExpression,
  type DurationUnit,
  type HolidayId,
  type RelativeUnit,
  type YearRef,
} from '../normalize/resolveDate.js';
import type { DateGrain, DateMention } from '../schema/mention.js';
import type { Locale } from '../schema/options.js';
import { sentenceTense, tenseAt } from '../tokenize/tense.js';

interface Candidate {
  start: number;
  end: number;
  expr: DateExpression;
  rule: string;
  /** Only a date beside another one: dropped unless a refiner joins it ("Sun" of "Sun 15Sep"). */
  weak?: boolean;
  /** "2 weeks after", "a year from": a duration waiting for the date it counts from. */
  prefix?: { parts: Array<[number, DurationUnit]> };
  /** "in two years": a date only where the governing verb does not look back. */
  nonPast?: boolean;
  /** Looks like a date but is not one ("February 30, 2024", "32 August"): blocks what lies inside it. */
  blocker?: boolean;
  /** A clock time ("4:30 pm"): the publication day, kept only when nothing else in its sentence is a date. */
  clock?: boolean;
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
  for (const [needs, parse] of PARSERS) if (needs === null || needs.test(ctx.text)) for (const c of parse(ctx)) candidates.push(c);
  candidates = keepLoneClockTimes(candidates, doc);
  for (const refine of REFINERS) candidates = refine(candidates, ctx);
  const out: DateMention[] = [];
  let previous: { start: string; end: string; grain: DateGrain } | null = null;
  for (const c of candidates) {
    let known: Tense | undefined;
    const tense = () => (known ??= tenseOf(doc, c)); // found once, and only if asked for
    if (c.nonPast && looksBack(doc, c, tense)) continue;
    const m = toMention(c, doc, previous, tense);
    if (m === null) continue;
    out.push(m);
    if (m.start !== null && m.end !== null) previous = { start: m.start, end: m.end, grain: m.grain };
  }
  return out;
}

function toMention(c: Candidate, doc: Doc, previous: { start: string; end: string; grain: DateGrain } | null, tenseHere: () => Tense): DateMention | null {
  const tense = doc.options.dates.prefer === 'tense' ? tenseHere : 'present';
  const r = resolveDate(c.expr, { publishedAt: doc.publishedAt, tense, prefer: doc.options.dates.prefer, previous });
  if (r.impossible) return null;
  const { impossible: _, ...resolved } = r;
  return { text: doc.text.slice(c.start, c.end), span: [c.start, c.end], rule: c.rule, ...resolved };
}

/**
 * A clock time stays only when nothing else in its sentence looks like a date (a blocker or a weak
 * word counts too): "Tuesday at 9 am", "5 p.m. EST on March 15" are that day, not the publication day.
 */
function keepLoneClockTimes(candidates: Candidate[], doc: Doc): Candidate[] {
  if (!candidates.some((c) => c.clock)) return candidates;
  const sentenceOf = (c: Candidate) => sentenceAt(doc, c.start)?.index ?? -1;
  const dated = new Set<number>();
  for (const c of candidates) if (!c.clock) dated.add(sentenceOf(c));
  return candidates.filter((c) => !c.clock || !dated.has(sentenceOf(c)));
}

/** The tense of the verb the mention hangs on, else its sentence's, else present (reads as past). */
function tenseOf(doc: Doc, c: Candidate): Tense {
  const sentence = sentenceAt(doc, c.start);
  if (sentence === undefined) return 'present';
  const [a, b] = sentence.tokens;
  const tokens = doc.tokens.slice(a, b);
  const from = firstTokenAtOrAfter(tokens, c.start);
  const to = firstTokenAtOrAfter(tokens, c.end);
  return tenseAt(tokens, from, to) ?? sentenceTense(tokens);
}

/** Participles that follow "has"/"have"/"had" in a perfect ("have risen 20% in five years"). */
const PERFECT_AUX = /^(?:has|have|had|'ve|’ve)$/i;
const PARTICIPLE = /^(?:[a-z]+ed|been|done|gone|seen|grown|risen|fallen|made|paid|sold|bought|lost|won|taken|given|got|gotten|kept|held|spent|built|become|come|run|shown|known|written|driven|begun|cut|set|put|hit)$/i;

/**
 * "in two years" after a past or perfect verb is a length of time ("sales doubled in two years",
 * "prices have risen 20% in five years"), not a date.
 */
function looksBack(doc: Doc, c: Candidate, tense: () => Tense): boolean {
  if (tense() === 'past') return true;
  const sentence = sentenceAt(doc, c.start);
  if (sentence === undefined) return false;
  const words = doc.tokens.slice(sentence.tokens[0], firstTokenIndexAt(doc.tokens, c.start, sentence.tokens)).filter((t) => t.pos !== 'SPACE');
  for (let i = words.length - 1; i >= 0 && words.length - i <= 10; i--) {
    const w = words[i]!.text;
    if (w === ',' || w === ';' || w === ':') break;
    if (PERFECT_AUX.test(w) && PARTICIPLE.test(words[i + 1]?.text ?? '')) return true;
  }
  return false;
}

function firstTokenIndexAt(tokens: readonly Token[], at: number, [a, b]: [number, number]): number {
  let lo = a;
  let hi = b;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.span[0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
const FULL_MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const MONTH_ALTERNATION = 'january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec';
/** Months that are also common words or first names: alone, they need a cue ("in May"). */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'april', 'june', 'august']);
/** In lower case these are words ("may", "march", "august"): only with a day or year beside them. */
const WORD_MONTHS = new Set(['may', 'march', 'august']);
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  mon: 1, tue: 2, tues: 2, wed: 3, weds: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};
/** Abbreviations that are words or names ("Sun" Microsystems, "sat", "wed", "mon"): only beside a date. */
const WEAK_WEEKDAYS = new Set(['mon', 'wed', 'sat', 'sun']);
const WEEKDAY_ALTERNATION = `${WEEKDAYS.join('|')}|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun|mon`;
const ORDINAL: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
/** "first" … "thirty-first", as a regex alternation. */
const ORDINAL_WORD = `(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${Object.keys(ORDINAL_WORDS).join('|')})`;
/** Reuters writes days below ten as words after the month: "March one", "April Three". */
const CARDINAL_DAY_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const CARDINAL_DAY_WORD = `(?:${Object.keys(CARDINAL_DAY_WORDS).join('|')})`;
/** An ordinal day: "15th", "1st", "first", "twenty-first". */
const ORDINAL_DAY = `(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORD})`;

function ordinalValue(s: string): number | null {
  const lower = s.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(lower);
  if (digits) return Number(digits[1]);
  if (CARDINAL_DAY_WORDS[lower] !== undefined) return CARDINAL_DAY_WORDS[lower]!;
  const compound = /^(twenty|thirty)[- ]?(\w+)$/.exec(lower);
  if (compound) {
    const unit = ORDINAL_WORDS[compound[2]!];
    return unit === undefined || unit > 9 ? null : (compound[1] === 'twenty' ? 20 : 30) + unit;
  }
  return ORDINAL_WORDS[lower] ?? null;
}

function weekdayNumber(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  const full = WEEKDAYS.indexOf(lower);
  return full >= 0 ? full + 1 : WEEKDAY_ABBREVIATIONS[lower]!;
}

/** A four-digit year we accept inside a date phrase. */
const YEAR = '(?:1[0-9]|20)\\d\\d';

/** Words before a bare month that make it a date ("since September", "the September investment"). */
const MONTH_CUE =
  /(?:\b(?:in|since|from|until|till|by|through|thru|to|during|before|after|between|and|or|of|early|mid|late|last|next|this|end|the|its|their|his|her|our|for|around|about|each|every)|['’]s|-)\s*$/i;

/** Words after a bare month that make it a date ("March after next", "March in a year"). */
const MONTH_CUE_AFTER = /^\s+(?:after\s+next|in\s+(?:a|an|one|\d+)\s+years?|(?:a|one|\d+)\s+years?\s+(?:ago|from\s+now|hence))\b/i;

/** Words right after a day number that make it a quantity, not a day ("May 10 mln", "June 5 pct"). */
const NOT_DAY_AFTER = '(?![.,]\\d|\\s*[:%]|\\s+(?:mln|million|billion|bln|pct|percent|dlrs|shares|tonnes|points)\\b)';

// ---------------------------------------------------------------------------------------------
// Parsers: each finds one kind of date.

/** Every match of a global regex, from the start of the text (its lastIndex is reset). */
function matches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m);
  return out;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * The matches `(?<![A-Za-z])` + `re` would give, for a global `re` whose matches begin with letters:
 * V8 scans a word list about a third faster without the lookbehind in front, so it is checked here.
 * A match that follows a letter lies inside a word, where no match of the full pattern can begin:
 * the scan goes on from the next character, as the full pattern's would.
 */
function wordStartMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > 0 && isAsciiLetter(text.charCodeAt(m.index - 1))) re.lastIndex = m.index + 1;
    else out.push(m);
  }
  return out;
}

const ISO_DATE = new RegExp(`(?<![\\d.\\/-])(${YEAR})([-\\/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d\\/-]|\\.\\d)`, 'g');

/** "2024-03-27" (a time may follow: "2024-03-27T10:00"), "2015-3-3", "2012/8/10". */
const parseIsoDates: Parser = ({ text }) => {
  const out: Candidate[] = [];
  for (const m of matches(ISO_DATE, text)) {
    if (m[2] === '.' && (m[3]!.length !== 2 || m[4]!.length !== 2)) continue; // "2014.1.3" reads as a version
    const date = dateExpr(Number(m[1]), Number(m[3]), Number(m[4]));
    if (date) out.push({ start: m.index, end: m.index + m[0].length, expr: date, rule: 'date.iso' });
  }
  return out;
};

/** Locales that write the day first in numeric dates. */
const DAY_FIRST: ReadonlySet<Locale> = new Set(['en-GB', 'en-AU', 'en-NZ', 'en-IE', 'en-IN', 'en-ZA', 'en-SG', 'en-HK', 'en-JM', 'en-TT', 'en-BZ']);

/** Denominators of the fractions newswire quotes prices in ("101-5/8", "1/4 point"): "3/4" is not March 4. */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);

const NUMERIC_DATE = /(?<![\w.\/,-])(\d{1,2})([\/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w\/-]|[.,]\d)/g;
const SPACED_DATE = new RegExp(`(?<![\\w.,\\/-]|\\d )(\\d{1,2}) (\\d{1,2}) (${YEAR})(?![\\w.,\\/-]| \\d)`, 'g');
const NUMERIC_DAY_MONTH = /(?<![\w.\/,$-]|\d[ \t])(\d{1,2})\/(\d{1,2})(?![\w\/%]|[.,-]\d|\s+(?:of|point|pct|percent|mln|billion|shares?|[A-Z])\b)/g;
const NUMERIC_MONTH_YEAR = new RegExp(`(?<![\\w.\\/,$-])(\\d{1,2})\\/(${YEAR})(?![\\w\\/%]|[.,-]\\d)`, 'g');

/**
 * "3/27/2024", "27.03.2024", "3/27/24", "31 10 1974". Month first unless the locale writes the day
 * first; when the locale's order gives no valid date but the other does ("27/3/2024" in en-US), the
 * other is meant. Two-digit years with a dash only when one number cannot be a month ("10-31-74"):
 * "3-4-24" is more often a score or a code than a date. Without a year, "2/15" and "15/2" (a slash,
 * no spaces) are days of the nearest such month, unless they read as a fraction ("3/4", "5/16").
 * Month and year: "9/2012", "09/2012".
 */
const parseNumericDates: Parser = ({ text, locale, pubYear }) => {
  const out: Candidate[] = [];
  const dayFirst = DAY_FIRST.has(locale);
  for (const m of matches(NUMERIC_DATE, text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (m[4]!.length === 2 && m[2] !== '/' && !(m[2] === '-' && (a > 12 || b > 12))) continue;
    const year = m[4]!.length === 2 ? expandYear(Number(m[4]), pubYear) : Number(m[4]);
    const [first, second] = dayFirst ? [dateExpr(year, b, a), dateExpr(year, a, b)] : [dateExpr(year, a, b), dateExpr(year, b, a)];
    const date = first ?? second;
    if (date) out.push({ start: m.index, end: m.index + m[0].length, expr: date, rule: 'date.numeric' });
  }
  // "31 10 1974": spaces, a four-digit year, a valid date; rare enough outside forms to trust.
  for (const m of matches(SPACED_DATE, text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    const date = dayFirst ? (dateExpr(year, b, a) ?? dateExpr(year, a, b)) : (dateExpr(year, a, b) ?? dateExpr(year, b, a));
    if (date) out.push({ start: m.index, end: m.index + m[0].length, expr: date, rule: 'date.numeric' });
  }
  // "2/15", "15/2" (no year): the nearest such day.
  if (!text.includes('/')) return out; // the two patterns below both need a slash
  for (const m of matches(NUMERIC_DAY_MONTH, text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (FRACTION_DENOMINATORS.has(b) && a < b && !/^[ \t]+at[ \t]+(?:\d{1,2}(?::\d\d|[ \t]*[ap]\.?m\b)|noon|midnight)/i.test(after)) continue;
    const [month, day] = dayFirst ? (validDay(a, b) ? [b, a] : [a, b]) : validDay(b, a) ? [a, b] : [b, a];
    if (!validDay(day, month)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'date', year: null, month, day }, rule: 'date.numeric' });
  }
  // "9/2012", "09/2012": a month and its year.
  for (const m of matches(NUMERIC_MONTH_YEAR, text)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) continue;
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'month', month, year: Number(m[2]) }, rule: 'date.month-year' });
  }
  return out;
};

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

// Patterns around a month name (anchored, not global: safe to share).
/** " 27", " 27th, 2024", " 30 1986", "13" glued ("Feb13"), " the 15th"; not " 1.5", " 10 mln", " 10:30". */
const DAY_AFTER = new RegExp(
  `^(?:\\s+(?:the\\s+)?|(?=\\d\\d))(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\b${NOT_DAY_AFTER}(?:,?\\s+(${YEAR})\\b(?![.,]\\d)(?!\\s*(?:b\\.?c\\.?e?\\.?)(?![A-Za-z]))(?:\\s*(?:a\\.?d\\.?)(?![A-Za-z]))?|,?\\s+(\\d{1,3})\\s*(?:a\\.?d\\.?)(?![A-Za-z]))?`,
  'i',
);
/** " first", " third 2015": a day written as a word, at the end of the phrase. */
const WORD_DAY_AFTER = new RegExp(`^\\s+(?:the\\s+)?(${ORDINAL_WORD}|${CARDINAL_DAY_WORD})(?![\\w-])(?=\\s*(?:$|[.,;:!?)]|\\s+${YEAR}\\b))(?:,?\\s+(${YEAR})\\b(?![.,]\\d))?`, 'i');
/** " - 22, 2012", " to 22": the second day of a range inside one month. */
const DAY_RANGE_AFTER = new RegExp(`^\\s*(?:-|–|—|to|through|until|till)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,:]\\d|\\s*[A-Za-z%])(?:,?\\s+(${YEAR})\\b(?![.,]\\d))?`, 'i');
/** " 2023", ", 1986", " of 2023". */
const YEAR_AFTER = new RegExp(`^(?:,?\\s+|\\s+of\\s+)(${YEAR})\\b(?![.,]\\d)`);
const HYPHEN_YEAR_AFTER = new RegExp(`^-(${YEAR})\\b(?![.,-]\\d)`);
/** After "27 March": ", 2024", "-2012", "/1974" (" 2024" is already in YEAR_AFTER). */
const YEAR_AFTER_DAY_MONTH = new RegExp(`^(?:,\\s*|\\s*[-\\/]\\s*)(${YEAR})\\b(?![.,]\\d)`);
/** After "31-Oct", "3rd Feb": a two-digit year ("-74", " 82") ending the phrase. */
const SHORT_YEAR_AFTER_DAY_MONTH = /^(?:[-\/]|,?[ \t]+'?)(\d{2})(?![\d\w])(?![.:]\d)(?=[ \t]*(?:$|[.,;:!?)\n]))/;
/** "27 ", "27th of ", "10-", "10/", "15" glued ("15Sep") before the month. */
const DAY_BEFORE = /(?<![\w.,$\/-])(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|\s*[-\/]\s*|)$/i;
/** "first of ", "the second of " before the month. */
const WORD_DAY_BEFORE = new RegExp(`(?<![\\w-])(${ORDINAL_WORD})\\s+of\\s+$`, 'i');
/** "10 - " or "10 to " before "22 August": the first day of a range inside one month. */
const DAY_RANGE_BEFORE = /(?<![\w.,$\/-])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through)\s*$/i;
/** "2012/", "2018 " before the month, with a day after it: "2012/Aug/10", "2018 March 18". */
const YEAR_BEFORE_MONTH = new RegExp(`(?<![\\w.,\\/-])(${YEAR})(?:\\s+|\\s*[\\/-]\\s*)$`);
const DAY_AFTER_YEAR_MONTH = new RegExp(`^(?:\\s+|\\s*[\\/-]\\s*)(\\d{1,2})(?!\\d)\\b${NOT_DAY_AFTER}`);
/** A month followed by a long number that is neither a day nor a year ("February 151998"). */
const NUMBER_AFTER = /^\s+\d{5,}(?![\d.,])(?!\s*[A-Za-z%])/;

type MonthStrength = 'alone' | 'cue' | 'attached';

/** How much a month word needs around it: nothing, a cue word ("in May"), or a day or year beside it. */
function monthStrength(word: string): MonthStrength {
  const lower = word.toLowerCase();
  const capitalized = /^[A-Z][a-z]+$/.test(word);
  const upper = /^[A-Z]+$/.test(word);
  if (FULL_MONTH_NAMES.has(lower)) {
    if (capitalized || upper) return AMBIGUOUS_MONTHS.has(lower) ? 'cue' : 'alone';
    if (lower === word) return WORD_MONTHS.has(lower) ? 'attached' : 'cue';
    return 'attached';
  }
  return capitalized ? 'cue' : 'attached';
}

/** A month name or abbreviation; `(?<![A-Za-z])` in front is checked by wordStartMatches. */
const MONTH_WORD = new RegExp(`(${MONTH_ALTERNATION})(?![A-Za-z])(\\.?)`, 'gi');

/**
 * Month names: "March 27, 2024", "27 March 2024", "the 27th of March", "Sept. 2023", "September",
 * "Sept 30" (the wire's abbreviation without a point), "march third 2015", "15Sep", "31/Oct/1974",
 * "21-APR-16", "2012/Aug/10", "10 - 22 August 2012", "August 10 - 22, 2012". A day that does not
 * exist ("February 30, 2024", "32 August") makes the whole phrase no date at all.
 */
const parseMonthDates: Parser = ({ text, pubYear }) => {
  const out: Candidate[] = [];
  for (const m of wordStartMatches(MONTH_WORD, text)) {
    const word = m[1]!;
    const lower = word.toLowerCase();
    const month = MONTH_NUMBER[lower]!;
    const strength = monthStrength(word);
    const abbreviation = !FULL_MONTH_NAMES.has(lower);
    // "Sept. 30" keeps its point; "in Feb. The ..." ends a sentence with it.
    const dotEndsSentence = /^(?:\s+[A-Z"“]|\s*$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    const dot = abbreviation && !dotEndsSentence ? m[2]! : '';
    let start = m.index;
    let end = m.index + word.length + dot.length;
    let day: number | null = null;
    let year: number | null = null;
    let rangeTo: { day: number; end: number } | null = null;

    const after = text.slice(end, end + 32);
    // "August 10, 345 BC", "10 August 234 BCE": a year before Christ, which no ISO date can hold.
    const bc = /^(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{1,4}\s*b\.?c\.?e?\.?(?![A-Za-z])/i.exec(after);
    if (bc !== null) {
      const head = DAY_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
      out.push(blocker(start - (head?.[0].length ?? 0), end + bc[0].length));
      continue;
    }
    // "14th April 15": after an ordinal day, a two-digit number ending the phrase is the year.
    const ordinalFirst = /(?<![\w.,$\/-])\d{1,2}(?:st|nd|rd|th)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && SHORT_YEAR_AFTER_DAY_MONTH.test(after);
    const dm = ordinalFirst ? null : (DAY_AFTER.exec(after) ?? WORD_DAY_AFTER.exec(after));
    if (dm === null && /^\d/.test(after)) continue; // "JUL7", "MAR8": a contract month code, not a date
    const dayAfter = dm === null ? null : ordinalValue(dm[1]!);
    // "2012/Aug/10": the year first, the day after a slash or dash.
    const ymd = dm === null ? YEAR_BEFORE_MONTH.exec(text.slice(Math.max(0, start - 8), start)) : null;
    const ymdDay = ymd !== null ? DAY_AFTER_YEAR_MONTH.exec(after) : null;
    if (ymd !== null && ymdDay !== null) {
      day = Number(ymdDay[1]);
      year = Number(ymd[1]);
      start -= ymd[0].length;
      end += ymdDay[0].length;
    } else if (dm !== null && dayAfter !== null && dayAfter >= 1 && dayAfter <= 31) {
      day = dayAfter;
      year = dm[2] !== undefined ? Number(dm[2]) : dm[3] !== undefined ? Number(dm[3]) : null;
      end += dm[0].length;
      // "2018 March 18", "2012/Aug/10": the year written first.
      const yb = year === null ? YEAR_BEFORE_MONTH.exec(text.slice(Math.max(0, start - 8), start)) : null;
      if (yb !== null && DAY_AFTER_YEAR_MONTH.test(after)) {
        year = Number(yb[1]);
        start -= yb[0].length;
      }
      // "August 10 - 22, 2012".
      const range = year === null ? DAY_RANGE_AFTER.exec(text.slice(end, end + 24)) : null;
      if (range !== null) {
        rangeTo = { day: Number(range[1]), end: end + range[0].length };
        if (range[2] !== undefined) year = Number(range[2]);
      }
    } else if (dm !== null && /^\s*\d/.test(after) && Number(/\d+/.exec(after)![0]) > 31) {
      // "August 32, 2014": a day that cannot be, with whatever year follows it.
      const tail = new RegExp(`^\\s*\\d+(?:st|nd|rd|th)?(?:,?\\s+${YEAR}\\b)?`).exec(after)!;
      out.push(blocker(start, end + tail[0].length));
      continue;
    } else {
      const ym = YEAR_AFTER.exec(after) ?? (text[start - 1] === '-' ? null : HYPHEN_YEAR_AFTER.exec(after));
      if (ym !== null) {
        year = Number(ym[1]);
        end += ym[0].length;
      }
      // Day first: "27 March 2024", "the 27th of March", "10-August-2012", "15Sep", "first of march".
      const head = text.slice(Math.max(0, start - 24), start);
      const before = DAY_BEFORE.exec(head) ?? WORD_DAY_BEFORE.exec(head);
      const dayBefore = before === null ? null : ordinalValue(before[1]!);
      if (before !== null && dayBefore !== null && dayBefore > 31) {
        out.push(blocker(start - before[0].length, end + (YEAR_AFTER_DAY_MONTH.exec(after)?.[0].length ?? 0)));
        continue;
      }
      if (before !== null && dayBefore !== null && dayBefore >= 1) {
        day = dayBefore;
        start -= before[0].length;
        if (year === null) {
          const ym2 = YEAR_AFTER_DAY_MONTH.exec(after);
          const short = ym2 === null ? SHORT_YEAR_AFTER_DAY_MONTH.exec(after) : null;
          if (ym2 !== null) {
            year = Number(ym2[1]);
            end += ym2[0].length;
          } else if (short !== null) {
            year = expandYear(Number(short[1]), pubYear);
            end += short[0].length;
          }
        }
        const range = DAY_RANGE_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
        if (range !== null) {
          rangeTo = { day, end };
          day = Number(range[1]);
          start -= range[0].length;
        }
      } else if (year === null && NUMBER_AFTER.test(after)) {
        out.push(blocker(start, end + NUMBER_AFTER.exec(after)![0].length));
        continue;
      }
    }

    if (day !== null) {
      const y = year ?? 2000; // 2000: a leap year, so "February 29" passes until a year is known
      if (day > daysInMonth(y, month) || (rangeTo !== null && (rangeTo.day > daysInMonth(y, month) || rangeTo.day <= day))) {
        out.push(blocker(start, Math.max(end, rangeTo?.end ?? 0)));
        continue;
      }
      const date: DateExpression = { kind: 'date', year, month, day };
      if (rangeTo !== null) {
        const to: DateExpression = { kind: 'date', year, month, day: rangeTo.day };
        out.push({ start, end: Math.max(end, rangeTo.end), expr: { kind: 'range', from: date, to }, rule: 'date.range' });
        continue;
      }
      const rule = year === null ? 'date.month-day' : 'date.month-day-year';
      out.push({ start, end, expr: date, rule });
    } else if (year !== null) {
      out.push({ start, end, expr: { kind: 'month', year, month }, rule: 'date.month-year' });
    } else if (
      strength === 'alone' ||
      (strength === 'cue' && (MONTH_CUE.test(text.slice(Math.max(0, m.index - 12), m.index)) || MONTH_CUE_AFTER.test(after))) ||
      (strength === 'cue' && !abbreviation && isWholeText(text, start, end))
    ) {
      out.push({ start, end, expr: { kind: 'month', year: null, month }, rule: 'date.month' });
    }
  }
  return out;
};

/** The span is all the text holds but whitespace ("May" on its own: a month, as "ten pounds" alone is money). */
function isWholeText(text: string, start: number, end: number): boolean {
  return /^\s*$/.test(text.slice(0, start)) && /^\s*$/.test(text.slice(end));
}

function blocker(start: number, end: number): Candidate {
  return { start, end, expr: { kind: 'year', year: 2000 }, rule: 'date.not-a-date', blocker: true };
}

/** A weekday name or abbreviation; `(?<![A-Za-z])` in front is checked by wordStartMatches. */
const WEEKDAY_WORD = new RegExp(`(${WEEKDAY_ALTERNATION})(?![A-Za-z])(\\.?)`, 'gi');

/**
 * Weekday names, except in names: "Black Friday" (a holiday), "the Sunday Times", "Tuesday Morning
 * Corp". "Tuesday the 19th", "Thu 15th": a weekday with its day of the month.
 */
const parseWeekdays: Parser = ({ text }) => {
  const out: Candidate[] = [];
  for (const m of wordStartMatches(WEEKDAY_WORD, text)) {
    const word = m[1]!;
    const lower = word.toLowerCase();
    const abbreviation = !WEEKDAYS.includes(lower);
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const end = m.index + word.length;
    const after = text.slice(end, end + 24);
    if (/\b(?:Black|Cyber|Good|Super|Ash|Easter|Holy|Bloody|Giving|Mail\s+on|Maundy|Palm|Shrove)\s+$/i.test(before)) continue;
    if (/^\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Independent|Tribune|Morning\s+Corp|Night\s+Live)\b/.test(after)) continue;
    const weekday = weekdayNumber(lower);
    const withDay = /^\.?[ \t]*,?[ \t]*(?:the[ \t]+)?(\d{1,2})(?:st|nd|rd|th)(?![\w])(?![ \t]+(?:of\b|[A-Za-z]{3}))/i.exec(after);
    if (withDay !== null && Number(withDay[1]) >= 1 && Number(withDay[1]) <= 31) {
      out.push({ start: m.index, end: end + withDay[0].length, expr: { kind: 'weekday', weekday, day: Number(withDay[1]) }, rule: 'date.weekday-day' });
      continue;
    }
    const weak = abbreviation && WEAK_WEEKDAYS.has(lower);
    out.push({ start: m.index, end, expr: { kind: 'weekday', weekday }, rule: 'date.weekday', ...(weak ? { weak } : {}) });
  }
  return out;
};

const RELATIVE_DAY = /\b(?:the\s+day\s+(after|before)\s+(tomorrow|yesterday)|(yesterday|today|tomorrows?|tonight)|(this|last)\s+(morning|afternoon|evening|night))\b/gi;
const DAY_OFFSETS: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1, tomorrows: 1, tonight: 0, this: 0, last: -1 };

/** "yesterday", "today", "tomorrow", "tonight", "this morning", "last night", "the day after tomorrow". */
const parseRelativeDays: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const offsets = DAY_OFFSETS;
  for (const m of matches(RELATIVE_DAY, text)) {
    if (/\bUSA\s+$/.test(text.slice(Math.max(0, m.index - 5), m.index))) continue; // the newspaper
    let offset: number;
    if (m[1] !== undefined) {
      const base = m[2]!.toLowerCase() === 'tomorrow' ? 1 : -1;
      offset = base + (m[1].toLowerCase() === 'after' ? 1 : -1);
      if (Math.abs(offset) !== 2) continue; // "the day before tomorrow" is today: leave it to "today"
    } else {
      if (m[4] !== undefined && m[4].toLowerCase() === 'last' && m[5]!.toLowerCase() !== 'night') continue;
      offset = offsets[(m[3] ?? m[4])!.toLowerCase()]!;
    }
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'relative', unit: 'day', offset }, rule: 'date.relative-day' });
  }
  return out;
};

const RELATIVE_UNIT = /\b(?:(the)\s+)?(last|this|next|coming|current|past|previous|following|upcoming)\s+(?:(fiscal|financial)\s+)?(week|month|quarter|qtr|year|yr)\b(?!-|\s+of\b)/gi;

/**
 * "last year", "this quarter", "next month", "the coming year", "the current fiscal year", "past
 * week", "the following week". Skips "the last year", "the next year", "the past year": with "the"
 * those are spans of time ("over the next year"), not calendar units. "The following/previous week"
 * counts from the date the story named before, if any.
 */
const parseRelativeUnits: Parser = ({ text }) => {
  const out: Candidate[] = [];
  for (const m of matches(RELATIVE_UNIT, text)) {
    const the = m[1] !== undefined;
    const which = m[2]!.toLowerCase();
    if (the && (which === 'last' || which === 'next' || which === 'this' || which === 'past')) continue;
    const offset = which === 'last' || which === 'past' || which === 'previous' ? -1 : which === 'next' || which === 'coming' || which === 'following' || which === 'upcoming' ? 1 : 0;
    const unitWord = m[4]!.toLowerCase();
    const unit: RelativeUnit = unitWord === 'qtr' ? 'quarter' : unitWord === 'yr' ? 'year' : (unitWord as RelativeUnit);
    const narrative = which === 'previous' || which === 'following';
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'relative', unit, offset, ...(narrative ? { from: 'previous' as const } : {}) }, rule: 'date.relative' });
  }
  return out;
};

// ---- durations ----

const NUMBER_WORDS_RE = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred';
/** How many: "5", "1.5", "a", "a few", "a couple of", "half an", "twenty-one". */
const COUNT = `(?:\\d+(?:\\.\\d+)?|half\\s+an?|a\\s+few|few|a\\s+couple(?:\\s+of)?|couple\\s+of|an?|(?:${NUMBER_WORDS_RE})(?:[\\s-](?:${NUMBER_WORDS_RE}))*)`;
const DURATION_UNITS: Readonly<Record<string, [number, DurationUnit]>> = {
  day: [1, 'day'], days: [1, 'day'], d: [1, 'day'],
  week: [1, 'week'], weeks: [1, 'week'], wk: [1, 'week'], wks: [1, 'week'], fortnight: [2, 'week'], fortnights: [2, 'week'],
  month: [1, 'month'], months: [1, 'month'], mon: [1, 'month'], mons: [1, 'month'],
  quarter: [1, 'quarter'], quarters: [1, 'quarter'], qtr: [1, 'quarter'], qtrs: [1, 'quarter'],
  year: [1, 'year'], years: [1, 'year'], yr: [1, 'year'], yrs: [1, 'year'], decade: [10, 'year'], decades: [10, 'year'],
  hour: [1, 'hour'], hours: [1, 'hour'], hr: [1, 'hour'], hrs: [1, 'hour'],
  minute: [1, 'minute'], minutes: [1, 'minute'], min: [1, 'minute'], mins: [1, 'minute'],
  second: [1, 'second'], seconds: [1, 'second'], sec: [1, 'second'], secs: [1, 'second'],
};
const UNIT_ALT = 'fortnights?|decades?|quarters?|minutes?|seconds?|months?|weeks?|years?|hours?|days?|qtrs?|mins?|secs?|mons?|yrs?|wks?|hrs?|min|sec|d';
/** Abbreviations only read inside a compound ("in 1d 2hr 5min"): alone, "5hr" and "3d" are too terse to trust. */
const COMPOUND_ONLY = new Set(['d', 'hr', 'hrs']);

function countValue(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(t)) return Number(t);
  if (t === 'a' || t === 'an') return 1;
  if (t === 'a few' || t === 'few') return 3;
  if (/couple/.test(t)) return 2;
  if (/^half an?$/.test(t)) return 0.5;
  return parseWrittenNumber(t);
}

const DURATION_PART_Y = new RegExp(`(${COUNT})([ \\t]*-?[ \\t]*)(${UNIT_ALT})(?![\\w-])`, 'iy');
const DURATION_JOIN_Y = /(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and[ \t]+)?)/y;

/** Reads "5 days", "1d 2hr 5min", "1 hour, 5 minutes, and 30 seconds" at `at`; null if none. */
function readDuration(text: string, at: number): { parts: Array<[number, DurationUnit]>; end: number; compoundOnly: boolean } | null {
  const parts: Array<[number, DurationUnit]> = [];
  let end = at;
  let pos = at;
  let compoundOnly = false;
  for (;;) {
    DURATION_PART_Y.lastIndex = pos;
    const m = DURATION_PART_Y.exec(text);
    if (m === null) break;
    const unitWord = m[3]!.toLowerCase();
    if (unitWord === 'd' && (m[2] !== '' || !/^\d/.test(m[1]!))) break; // "5d" glued only
    const value = countValue(m[1]!);
    const unit = DURATION_UNITS[unitWord];
    if (value === null || unit === undefined) break;
    if (COMPOUND_ONLY.has(unitWord)) compoundOnly = true;
    parts.push([value * unit[0], unit[1]]);
    end = pos + m[0].length;
    DURATION_JOIN_Y.lastIndex = end;
    const j = DURATION_JOIN_Y.exec(text);
    if (j === null) break;
    pos = end + j[0].length;
  }
  if (parts.length === 0) return null;
  if (compoundOnly && parts.length < 2) return null;
  return { parts, end, compoundOnly };
}

const IN_WITHIN_FOR = /\b(in|within|for)[ \t]+(?=[\dahfotsenx])/gi;
/** A count in digits or number words, not "a", "an", "a few", "half an". */
const WRITTEN_COUNT_Y = new RegExp(`(?:\\d|(?:${NUMBER_WORDS_RE})(?![\\w]))`, 'iy');

function startsWithWrittenCount(text: string, at: number): boolean {
  WRITTEN_COUNT_Y.lastIndex = at;
  return WRITTEN_COUNT_Y.test(text);
}
/** "for one hour per shift", "for 30 minutes a day": a rate, not a span. */
const RATE_AFTER = /^[ \t]+(?:per|a|an|each|every)\b/i;
/** Seconds in each unit shorter than a day. */
const SECONDS: Partial<Record<DurationUnit, number>> = { hour: 3600, minute: 60, second: 1 };

/**
 * "for 5 minutes", "for 1 hour, 5 minutes and 30 seconds": hours, minutes and seconds adding up to
 * less than a day ("for 1900 hours" is a clock time, "for 48 hours" leaves the day). The count must
 * be written in digits or number words (startsWithWrittenCount): "for a second" is an ordinal ("for
 * a second term").
 */
function withinADay(parts: ReadonlyArray<[number, DurationUnit]>): boolean {
  let seconds = 0;
  for (const [amount, unit] of parts) {
    const s = SECONDS[unit];
    if (s === undefined) return false;
    seconds += amount * s;
  }
  return seconds < 86_400;
}

function negate(parts: Array<[number, DurationUnit]>): Array<[number, DurationUnit]> {
  return parts.map(([a, u]) => [-a, u]);
}

const WEEKDAY_PLURALS = 'mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays';
/**
 * A unit and the word that anchors it ("weeks ago", "days later"); the count before is read
 * separately (faster), and `(?<![A-Za-z])` in front is checked by wordStartMatches.
 */
const ANCHORED_UNIT = new RegExp(`(${UNIT_ALT})[ \\t]+(ago|back|earlier|later|hence|from[ \\t]+now|from[ \\t]+today|out|before|after|from)(?![\\w-])`, 'gi');
const WEEKDAYS_ANCHORED = new RegExp(`(?<![A-Za-z])(${WEEKDAY_PLURALS})[ \\t]+(from[ \\t]+now|hence|ago|back)(?![\\w-])`, 'gi');
/** The count just before a unit: "three ", "a few ", "5-". */
const COUNT_BEFORE = new RegExp(`(?<![\\w.,])(${COUNT})[ \\t]*-?[ \\t]*$`, 'i');
const UPCOMING_AFTER = new RegExp(`^[ \\t]+(${COUNT})[ \\t]+(day|week|month|quarter|year)s?(?![\\w-])`, 'i');

/**
 * Durations: "three weeks ago", "5 days from now", "two days later", "a year earlier", "in 5 days",
 * "within two weeks", "+15 minutes", "3 fridays from now", "upcoming two weeks", and "2 weeks
 * after" or "a year from" waiting for the date they count from ("2 weeks after yesterday").
 */
const parseDurations: Parser = ({ text }) => {
  const out: Candidate[] = [];
  // "N units ago / from now / later / before ...": find the unit and its anchor word, then the count before them.
  for (const m of wordStartMatches(ANCHORED_UNIT, text)) {
    const head = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 48), m.index));
    if (head === null) continue;
    const unitWord = m[1]!.toLowerCase();
    if (COMPOUND_ONLY.has(unitWord)) continue;
    const value = countValue(head[1]!);
    const unit = DURATION_UNITS[unitWord];
    if (value === null || unit === undefined) continue;
    const start = m.index - head[0].length;
    const parts: Array<[number, DurationUnit]> = [[value * unit[0], unit[1]]];
    const word = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const end = m.index + m[0].length;
    const back = word === 'ago' || word === 'back' || word === 'earlier' || word === 'before';
    const signed = back ? negate(parts) : parts;
    const closes = /^\s*(?:$|[.,;:!?)"”])/.test(text.slice(end, end + 3));
    if (word === 'before' || word === 'after' || word === 'from') {
      // "2 weeks after yesterday": joined with the date that follows; alone at the end of a clause
      // ("15 minutes before.") it counts from the story's previous date.
      if (word !== 'from' && closes) out.push({ start, end, expr: { kind: 'offset', parts: signed, from: 'previous' }, rule: 'date.offset' });
      else out.push({ start, end, expr: { kind: 'offset', parts: signed, from: 'publication' }, rule: 'date.offset', prefix: { parts: signed } });
      continue;
    }
    const from = word === 'earlier' || word === 'later' ? 'previous' : 'publication';
    out.push({ start, end, expr: { kind: 'offset', parts: signed, from }, rule: 'date.offset' });
  }
  // "in 5 days", "within two weeks", "in 1d, 2hr, and 5min": from publication, where the verb looks
  // ahead; "for 5 minutes", "for 1 hour, 5 minutes and 30 seconds": spans shorter than a day only.
  for (const m of matches(IN_WITHIN_FOR, text)) {
    const isFor = m[1]!.length === 3 && m[1]!.toLowerCase() === 'for';
    if (isFor && !startsWithWrittenCount(text, m.index + m[0].length)) continue; // "for the", "for a": no count, no need to read on
    const d = readDuration(text, m.index + m[0].length);
    if (d === null) continue;
    if (isFor && (!withinADay(d.parts) || RATE_AFTER.test(text.slice(d.end, d.end + 8)))) continue;
    const tail = text.slice(d.end, d.end + 12);
    if (/^\s+of\b|^['’]s?\s+(?!time)/i.test(tail)) continue; // "within two weeks of the offer"
    if (d.parts.length === 1 && d.parts[0]![1] === 'second' && /^[ \t]+[a-z]/.test(tail)) continue; // "in a second round"
    // "its lowest point in five years", "the first time in a decade": a length of time.
    if (/\b(?:[a-z]+est|first|only|most|least|last)\b(?:\s+[\w'’-]+){0,4}\s+$/i.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    const timeWord = /^['’]?s?[ \t]+time\b/i.exec(tail);
    const end = d.end + (timeWord ? timeWord[0].length : 0);
    out.push({ start: m.index, end, expr: { kind: 'offset', parts: d.parts, from: 'publication' }, rule: 'date.offset', nonPast: true });
  }
  // "+15 minutes", "+1 day 2 hour", "-5d": a signed duration from publication.
  for (const m of matches(/(?<![\w.,+\-])([+-])(?=\d)/g, text)) {
    let d = readDuration(text, m.index + 1);
    if (d === null) {
      const lone = /^(\d+)d(?![\w])/i.exec(text.slice(m.index + 1, m.index + 8)); // "-5d"
      if (lone === null) continue;
      d = { parts: [[Number(lone[1]), 'day']], end: m.index + 1 + lone[0].length, compoundOnly: true };
    }
    const parts = m[1] === '-' ? negate(d.parts) : d.parts;
    out.push({ start: m.index, end: d.end, expr: { kind: 'offset', parts, from: 'publication' }, rule: 'date.offset' });
  }
  // "3 fridays from now", "2 thursdays ago".
  for (const m of /days[ \t]+(?:from|hence|ago|back)/i.test(text) ? matches(WEEKDAYS_ANCHORED, text) : []) {
    const head = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 48), m.index));
    const count = head === null ? null : countValue(head[1]!);
    if (head === null || count === null || !Number.isInteger(count) || count < 1) continue;
    const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase().replace(/s$/, '')) + 1;
    const back = /^(?:ago|back)$/i.test(m[2]!);
    out.push({ start: m.index - head[0].length, end: m.index + m[0].length, expr: { kind: 'weekdays', weekday, count: back ? -count : count }, rule: 'date.offset' });
  }
  // "upcoming two weeks", "2 upcoming quarters": the unit that many ahead.
  for (const m of matches(/\bupcoming\b/gi, text)) {
    const ahead = UPCOMING_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 48));
    const behind = ahead === null ? COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 48), m.index)) : null;
    const unitAfter = ahead === null ? /^[ \t]+(day|week|month|quarter|year)s?(?![\w-])/i.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16)) : null;
    const count = ahead !== null ? countValue(ahead[1]!) : behind !== null && unitAfter !== null ? countValue(behind[1]!) : null;
    if (count === null || !Number.isInteger(count) || count < 1) continue;
    const unit = (ahead !== null ? ahead[2]! : unitAfter![1]!).toLowerCase() as RelativeUnit;
    const start = ahead !== null ? m.index : m.index - behind![0].length;
    const end = m.index + m[0].length + (ahead !== null ? ahead[0].length : unitAfter![0].length);
    out.push({ start, end, expr: { kind: 'relative', unit, offset: count }, rule: 'date.relative' });
  }
  return out;
};

/**
 * "the day before", "the year after", "the week before": one unit from the date the story named just
 * before ("two days later" style), at the end of a clause; "the min before" too (the same day).
 */
const parseTheUnitBefore: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const re = /\bthe\s+(day|week|month|quarter|year|min|minute|hour)\s+(before|after)(?=\s*(?:$|[.,;:!?)"”]))/gi;
  for (const m of matches(re, text)) {
    const unit = DURATION_UNITS[m[1]!.toLowerCase()]![1];
    const amount = m[2]!.toLowerCase() === 'before' ? -1 : 1;
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'offset', parts: [[amount, unit]], from: 'previous' }, rule: 'date.offset' });
  }
  return out;
};

const ORDINAL_ALONE_END = `(${ORDINAL_DAY})(?=\\s*(?:$|[.,;:!?)]))`;
const ORDINAL_ALONE = new RegExp(`\\b(?:(on)\\s+)?(?:(the)\\s+)?${ORDINAL_ALONE_END}`, 'giy');
/** Its last part alone, which scans the text about twice as fast: every match of ORDINAL_ALONE ends with one. */
const ORDINAL_ALONE_CORE = new RegExp(`\\b${ORDINAL_ALONE_END}`, 'gi');
const ORDINAL_OF_MONTH = new RegExp(
  `\\b(?:(the)\\s+)?(\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD})(?:\\s+day)?\\s+of\\s+(?:the\\s+)?(next|this|current|previous|last|following|coming)\\s+month\\b`,
  'gi',
);

/**
 * The matches of ORDINAL_ALONE, found from those of its core: each is tried, sticky, from the
 * furthest place its optional "on" and "the" could begin (whitespace, two or three letters,
 * whitespace, two or three letters back) up to the core, so the first that holds is the one a scan
 * from the start would have found. Matches never overlap, as in a global scan.
 */
function ordinalAloneMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = 0;
  for (const core of matches(ORDINAL_ALONE_CORE, text)) {
    if (core.index < done) continue;
    let from = core.index;
    for (let word = 0; word < 2; word++) {
      while (from > 0 && /\s/.test(text[from - 1]!)) from--;
      let letters = 0;
      while (letters < 3 && from > 0 && isAsciiLetter(text.charCodeAt(from - 1))) {
        from--;
        letters++;
      }
    }
    for (let at = Math.max(from, done); at <= core.index; at++) {
      ORDINAL_ALONE.lastIndex = at;
      const m = ORDINAL_ALONE.exec(text);
      if (m !== null) {
        out.push(m);
        done = at + m[0].length;
        break;
      }
    }
  }
  return out;
}

/**
 * A day of the month on its own: "the 15th", "on the first", "On 24th" (of the month around
 * publication); "20th of next month", "the 20th day of the previous month".
 */
const parseOrdinalDays: Parser = ({ text }) => {
  const out: Candidate[] = [];
  for (const m of ordinalAloneMatches(text)) {
    const on = m[1] !== undefined;
    const the = m[2] !== undefined;
    const word = !/^\d/.test(m[3]!);
    if (word ? !(on && the) : !(on || the)) continue;
    const day = ordinalValue(m[3]!);
    if (day === null || day < 1 || day > 31) continue;
    const start = on ? m.index + m[0].indexOf(m[2] ?? m[3]!, 2) : m.index;
    out.push({ start, end: m.index + m[0].length, expr: { kind: 'dayOfMonth', day, of: null }, rule: 'date.day-of-month' });
  }
  if (!/month/i.test(text)) return out; // the pattern below ends with "month"
  for (const m of matches(ORDINAL_OF_MONTH, text)) {
    const day = ordinalValue(m[2]!);
    if (day === null || day < 1 || day > 31) continue;
    const which = m[3]!.toLowerCase();
    const offset = which === 'next' || which === 'following' || which === 'coming' ? 1 : which === 'previous' || which === 'last' ? -1 : 0;
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'dayOfMonth', day, of: { kind: 'relative', unit: 'month', offset } }, rule: 'date.day-of-month' });
  }
  return out;
};

/** "this weekend", "over the weekend", "last weekend"; "last weekday", "next weekday" (a working day). */
const parseWeekends: Parser = ({ text }) => {
  const out: Candidate[] = [];
  for (const m of matches(/\b(this|last|next|past|coming|the)\s+weekend\b(?!s)/gi, text)) {
    const which = m[1]!.toLowerCase();
    const shift = which === 'the' ? undefined : which === 'past' ? 'last' : which === 'coming' ? 'next' : (which as 'this' | 'last' | 'next');
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'weekend', ...(shift ? { shift } : {}) }, rule: 'date.weekend' });
  }
  for (const m of matches(/\b(last|next|previous|following)\s+weekday\b(?!s)/gi, text)) {
    const offset = /^(?:last|previous)$/i.test(m[1]!) ? -1 : 1;
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'businessDay', offset }, rule: 'date.business-day' });
  }
  return out;
};

// ---- holidays ----

type HolidayByLocale = HolidayId | Partial<Record<Locale | 'default', HolidayId>>;

/**
 * Holiday names (regex sources, matched in any letter case) and the holiday each means, by locale
 * where countries differ. A name with no entry for the locale and no default is not read there
 * ("Family Day" is a holiday only in Canada). The rules themselves are in resolveDate.ts.
 */
const HOLIDAY_NAMES: ReadonlyArray<readonly [string, HolidayByLocale]> = [
  ["christmas\\s+eve", 'christmas-eve'],
  ["(?:christmas|x-?mas)(?:\\s+day)?", 'christmas'],
  ['boxing\\s+day', 'boxing-day'],
  ["new\\s+years?['’]?s?\\s+eve", 'new-years-eve'],
  ["new\\s+years?['’]?s?\\s+day", 'new-years-day'],
  ["(?:st\\.?\\s+)?valentine['’]?s?\\s+day", 'valentines'],
  ["hallowe['’]?en", 'halloween'],
  ["(?:st\\.?|saint)\\s+(?:patrick|paddy)['’]?s?\\s+day", 'st-patricks'],
  ['the\\s+ides\\s+of\\s+march', 'ides-of-march'],
  ["groundhog['’]?s?\\s+day", 'groundhog'],
  ["(?:abraham\\s+)?lincoln['’]?s?['’]?\\s+birthday", 'lincolns-birthday'],
  ["(?:national\\s+)?siblings?['’]?\\s+day", 'siblings'],
  ['world\\s+vegan\\s+day', 'world-vegan'],
  ["veterans?['’]?\\s+day", 'veterans'],
  ['thanksgiving(?:\\s+day)?', { default: 'thanksgiving-us', 'en-CA': 'thanksgiving-ca' }],
  ['black\\s+friday', 'black-friday'],
  ['cyber\\s+monday', 'cyber-monday'],
  ["(?:martin\\s+luther\\s+king['’]?s?(?:\\s+jr\\.?)?|mlk(?:\\s+jr\\.?)?)\\s+day|civil\\s+rights\\s+day", 'mlk'],
  ["presidents?['’]?\\s+day|george\\s+washington\\s+day|washington['’]s\\s+birthday|daisy\\s+gatson\\s+bates\\s+day", 'presidents'],
  ['memorial\\s+day|decoration\\s+day', { default: 'memorial-us', 'en-CA': 'canada-day' }],
  ['canada\\s+day|dominion\\s+day', 'canada-day'],
  ['independence\\s+day', { 'en-US': 'independence-us', 'en-IN': 'independence-in', 'en-PH': 'independence-ph' }],
  [
    'labou?r\\s+day',
    {
      default: 'may-day',
      'en-US': 'labor-us',
      'en-CA': 'labor-us',
      'en-AU': 'labour-au',
      'en-NZ': 'labour-nz',
      'en-IE': 'labour-ie',
      'en-JM': 'labour-jm',
      'en-TT': 'labour-tt',
    },
  ],
  ['law\\s+day|lei\\s+day|loyalty\\s+day', { 'en-US': 'may-day' }],
  ["mother['’]?s['’]?\\s+day", { default: 'mothers', 'en-GB': 'mothering-sunday' }],
  ['mothering\\s+sunday', 'mothering-sunday'],
  ["father['’]?s['’]?\\s+day", { default: 'fathers', 'en-AU': 'fathers-au', 'en-NZ': 'fathers-au' }],
  ["(?:national\\s+)?grandparents['’]?\\s+day", { 'en-US': 'grandparents' }],
  ["military\\s+spouse['’]?s?\\s+day", { 'en-US': 'military-spouse' }],
  ['emsc\\s+day', { 'en-US': 'emsc' }],
  ['daylight\\s+savings?(?:\\s+time)?\\s+starts?(?:\\s+day)?', { 'en-US': 'dst-start-us' }],
  ['daylight\\s+savings?(?:\\s+time)?\\s+ends?(?:\\s+day)?', { 'en-US': 'dst-end-us' }],
  ['civic\\s+holiday|british\\s+columbia\\s+day|natal\\s+day|new\\s+brunswick\\s+day|saskatchewan\\s+day|terry\\s+fox\\s+day', { 'en-CA': 'civic-ca' }],
  ['family\\s+day|islander\\s+day|louis\\s+riel\\s+day|nova\\s+scotia\\s+heritage\\s+day', { 'en-CA': 'family-ca' }],
  ["victoria\\s+day|sovereign['’]s\\s+birthday|national\\s+patriots['’]?\\s+day", { 'en-CA': 'victoria' }],
  ['discovery\\s+day', { 'en-CA': 'discovery-nl' }],
  ['vimy\\s+ridge\\s+day', { 'en-CA': 'vimy-ridge' }],
  ["orangemen['’]?s\\s+day|the\\s+glorious\\s+twelfth|the\\s+twelfth(?=\\s*(?:$|[.,;!?]))", { 'en-CA': 'orangemen' }],
  ["guy\\s+fawkes['’]?\\s+(?:day|night)|bonfire\\s+night", 'guy-fawkes'],
  ['(?:late\\s+)?(?:august|summer)\\s+bank\\s+holiday', { default: 'aug-bank-gb', 'en-IE': 'aug-bank-ie' }],
  ['anzac\\s+day', 'anzac'],
  ['reconciliation\\s+day', { 'en-AU': 'reconciliation-au' }],
  ['day\\s+of\\s+(?:reconciliation|the\\s+vow|the\\s+covenant)', { 'en-ZA': 'reconciliation-za' }],
  ['ekka\\s+day|rna\\s+show\\s+day|royal\\s+queensland\\s+show\\s+day', { 'en-AU': 'ekka' }],
  [
    "admin(?:istrative\\s+professionals?)?['’]?s?['’]?\\s+day|secretaries['’]?\\s+day",
    { default: 'admin-us', 'en-AU': 'admin-au', 'en-NZ': 'admin-nz', 'en-ZA': 'admin-za' },
  ],
  ["boss['’]?s?['’]?\\s+day", 'boss'],
  ['tax\\s+day', { 'en-US': 'tax-day-us' }],
  ['emancipation\\s+day', { 'en-US': 'emancipation-dc' }],
  ['super\\s+tue(?:s|sday)?\\.?', 'super-tuesday'],
  ['(?:mega\\s+)?giga\\s+tuesday|tsunami\\s+tuesday|super\\s+duper\\s+tuesday', 'super-tuesday-2008'],
  ['mini\\s*-?\\s*tuesday', 'mini-tuesday'],
  ['garifuna\\s+settlement\\s+day', { 'en-BZ': 'garifuna' }],
  ['rizal\\s+day', { 'en-PH': 'rizal' }],
  ["national\\s+heroes['’]?\\s+day", { 'en-PH': 'heroes-ph' }],
  ["heroes['’]?\\s+day|kruger\\s+day", { 'en-ZA': 'heroes-za', 'en-JM': 'heroes-jm' }],
  ['indian\\s+arrival\\s+day', { 'en-TT': 'indian-arrival-tt' }],
  ['shivaji\\s+jayanti', 'shivaji-jayanti'],
  ["koningsdag|king['’]?s\\s+day", 'kings-day-nl'],
  ['easter\\s+mon(?:day)?\\.?', 'easter-monday'],
  ['easter(?:\\s+sunday)?(?!\\s+(?:island|islands|egg|eggs|bunny)\\b)', 'easter'],
  ['good\\s+friday', 'good-friday'],
  ['(?:maundy|holy)\\s+thursday|covenant\\s+thu(?:rsday)?|thu(?:rsday)?\\s+of\\s+mysteries', 'maundy-thursday'],
  ['(?:palm|branch)\\s+sunday', 'palm-sunday'],
  ['ash\\s+wednesday', 'ash-wednesday'],
  ['shrove\\s+tuesday|mardi\\s+gras|pancake\\s+(?:day|tuesday)', 'shrove-tuesday'],
  ['pentecost(?:\\s+sunday)?|whit\\s*sunday|white\\s+sunday', 'pentecost'],
  ['whit\\s+monday|monday\\s+of\\s+the\\s+holy\\s+spirit', 'whit-monday'],
  ['trinity\\s+sunday', 'trinity-sunday'],
  ["(?:chinese\\s+)?lunar\\s+new\\s+years?['’]?s?(?:\\s+day)?|chinese\\s+new\\s+years?['’]?s?(?:\\s+day)?|spring\\s+festival", 'chinese-new-year'],
  ["e[ie]d[- ]?(?:al|ul|el)[- ]?fitr|id[- ]?ul[- ]?fitr", 'eid-al-fitr'],
  ["e[ie]d[- ]?(?:al|ul|el)[- ]?adha|id[- ]?ul[- ]?adha|bakr[ai]?[- ]?id|sacrifice\\s+feast|feast\\s+of\\s+(?:the\\s+)?sacrifice|kurban\\s+bayram[iı]?", 'eid-al-adha'],
  ["islamic\\s+new\\s+year|hijri\\s+new\\s+year|amun\\s+jadid", 'islamic-new-year'],
  ["(?:the\\s+)?day\\s+of\\s+ashura|ashura", 'ashura'],
  ['hosay', { 'en-TT': 'ashura' }],
  ["mawlid(?:\\s+(?:al|an)[- ]?nab(?:awi|i))?|milad[- ]?un[- ]?nabi", 'mawlid'],
  ["hazarat\\s+ali['’]?s\\s+birthday", 'ali-birthday'],
  ["isra\\s+(?:and|&)\\s+mi['’]?raj|the\\s+night\\s+journey|the\\s+prophet['’]?s\\s+ascension|ascension\\s+to\\s+heaven|lailat\\s+al[- ]miraj", 'isra-miraj'],
  ["laylat\\s+al[- ]?(?:qadr|kadr)|night\\s+of\\s+(?:power|measures|decree)", 'laylat-al-qadr'],
  ["jumu['’]?atul[- ]wida|jamat\\s+ul[- ]vida", 'jumuatul-wida'],
  ["kaanum\\s+pongal|kanni\\s+pongal", 'kaanum-pongal'],
  ["maattu\\s+pongal|mattu\\s+pongal", 'mattu-pongal'],
  ["bh?ogi(?:\\s+pandigai)?|boghi", 'bhogi'],
  ["(?:thai\\s+)?pongal|makara?\\s+sankranth?i|maghi", 'makar-sankranti'],
  ["vaisakhi|baisakhi|vasakhi|vaishakhi|mesha\\s+sankranti", 'vaisakhi'],
  ["rabindra(?:nath)?\\s+jayanti", 'rabindra-jayanti'],
  ["parsi\\s+new\\s+year|jamshedi\\s+navroz", 'parsi-new-year'],
  ['orthodox\\s+easter(?:\\s+sunday)?', 'orthodox-easter'],
  ['orthodox\\s+(?:good|great)\\s+friday', 'orthodox-good-friday'],
  ['clean\\s+monday|orthodox\\s+shrove\\s+monday', 'clean-monday'],
  ['lazarus\\s+saturday', 'lazarus-saturday'],
];

/**
 * Every name begins with a letter, so `\b(?<!['’])` in front means `(?<![\w'’])`, and V8 scans the
 * long list faster with it.
 */
const HOLIDAY_RE = new RegExp(`\\b(?<!['’])(?:${HOLIDAY_NAMES.map(([p]) => `(${p})`).join('|')})(?![\\w])`, 'gi');

/** A year written in words after a holiday: "Easter Sunday two thousand ten". */
const WORDS_YEAR_AFTER = /^\s+two\s+thousand(?:\s+and)?(?:\s+([a-z]+(?:[\s-][a-z]+)?))?(?![\w-])/i;

/** "Thanksgiving", "christmas day", "Labour Day" (by locale), "Easter Sunday two thousand ten". */
const parseHolidays: Parser = ({ text, locale }) => {
  const out: Candidate[] = [];
  for (const m of matches(HOLIDAY_RE, text)) {
    const index = m.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const entry = HOLIDAY_NAMES[index]![1];
    const holiday = typeof entry === 'string' ? entry : (entry[locale] ?? entry.default);
    if (holiday === undefined) continue;
    // "India's Independence Day" is not the locale's own.
    if (/['’]s\s+$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && /^independence/i.test(m[0])) continue;
    let end = m.index + m[0].length;
    let year: number | null = null;
    const words = WORDS_YEAR_AFTER.exec(text.slice(end, end + 40));
    if (words !== null) {
      const rest = words[1] === undefined ? 0 : parseWrittenNumber(words[1]);
      if (rest !== null && rest < 100) {
        year = 2000 + rest;
        end += words[0].length;
      }
    }
    out.push({ start: m.index, end, expr: { kind: 'holiday', holiday, year }, rule: 'date.holiday' });
  }
  return out;
};

// ---- periods and years ----

const YEAR_FIRST_QUARTER = new RegExp(`(?<![\\w.,$-])(${YEAR}|\\d{2})[Qq]([1-4])(?![\\w-])`, 'g');

/** "the first quarter", "fourth-quarter", "first fiscal quarter", "1st qtr", "Q1 2025", "Q1'25", "1Q24", "2018Q4", "18q4". */
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
  for (const m of matches(YEAR_FIRST_QUARTER, text)) {
    const year = m[1]!.length === 2 ? expandYear(Number(m[1]), pubYear) : Number(m[1]);
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'quarter', quarter: Number(m[2]), year }, rule: 'date.quarter' });
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

const FISCAL_PREFIXED = new RegExp(`\\b(?:([Ff]iscal|[Ff]inancial|[Cc]alendar|FISCAL)(?:\\s+[Yy]ear)?\\s+(${YEAR})|FY\\s?'?(${YEAR}|\\d{2}))(\\s*[\\/-]\\s*(\\d{4}|\\d{2}))?(?![\\w%]|[.,]\\d)`, 'g');
const FISCAL_SUFFIXED = new RegExp(`\\b(${YEAR})\\s+(fiscal|financial|calendar)\\s+year\\b`, 'gi');

/**
 * "fiscal 2025", "fiscal year 1987", "FY25", "FY2025", "calendar 1986", "the 1987 fiscal year",
 * "fiscal 1987/88". Read as calendar years (see resolveDate.ts).
 */
const parseFiscalYears: Parser = ({ text, pubYear }) => {
  const out: Candidate[] = [];
  for (const m of matches(FISCAL_PREFIXED, text)) {
    const from = m[2] !== undefined ? Number(m[2]) : m[3]!.length === 2 ? expandYear(Number(m[3]), pubYear) : Number(m[3]);
    const to = m[5] === undefined ? null : followingYear(from, m[5]);
    const rule = /^calendar/i.test(m[1] ?? '') ? 'date.calendar-year' : 'date.fiscal-year';
    // "fiscal 1987/88" spans two years; "FY2025-03" is not a span: stop before the suffix.
    const end = m.index + m[0].length - (to === null ? (m[4]?.length ?? 0) : 0);
    const expr: DateExpression = to === null ? { kind: 'year', year: from, fiscal: rule === 'date.fiscal-year' } : { kind: 'years', from, to };
    out.push({ start: m.index, end, expr, rule });
  }
  for (const m of matches(FISCAL_SUFFIXED, text)) {
    const rule = /^calendar/i.test(m[2]!) ? 'date.calendar-year' : 'date.fiscal-year';
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'year', year: Number(m[1]), fiscal: rule === 'date.fiscal-year' }, rule });
  }
  return out;
};

/**
 * Numbers with no word around them but range words ("2020", "2019 to 2020", "2012 80 10") are a
 * table cell or a count, not prose: they are not years. "Around" is the paragraph up to 60
 * characters either side; wire copy wraps lines anywhere, so only a blank line or an indented
 * line (a new paragraph, a table row) ends it.
 */
function numbersOnlyAround(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 60);
  const window = text.slice(from, Math.min(text.length, end + 60));
  let a = 0;
  let b = window.length;
  for (const br of window.matchAll(/\n(?:[ \t]*\n|[ \t]+)/g)) {
    const at = from + br.index;
    if (at < start) a = br.index + br[0].length;
    else if (at >= end && br.index < b) b = br.index;
  }
  return !/[A-Za-z]{2,}/.test(window.slice(a, b).replace(/\b(?:to|and|or|through|till|until|from|vs|versus)\b/gi, ''));
}

/**
 * "1986/87", "1986-87", "1999/2000": a season or split year, both calendar years. "2014-10",
 * "2014/10", which cannot be a span (2010 is before 2014), are a year and its month.
 */
const parseYearSpans: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const re = /(?<![\w$€£¥.,\/-])((?:1[89]|20)\d\d)\s?([\/-])\s?(\d{4}|\d{2})(?![\w%\/-]|[.,]\d)/g;
  for (const m of matches(re, text)) {
    const from = Number(m[1]);
    const to = followingYear(from, m[3]!);
    if (to === null) {
      const month = Number(m[3]);
      if (m[3]!.length === 2 && !/\s/.test(m[0]) && month >= 1 && month <= 12) {
        out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'month', year: from, month }, rule: 'date.month-year' });
      }
      continue;
    }
    if (numbersOnlyAround(text, m.index, m.index + m[0].length)) continue;
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
/** An era after the year: "2014 AD", "14 a.d.", "345 BC". */
const ERA_AFTER = /^\s*(?:(a\.?d\.?|c\.?e\.?)|(b\.?c\.?e?\.?))(?![A-Za-z])/i;

/**
 * A year on its own: "in 1987", "its 1986 results", "notes due 1992", "in 2014 AD"; "in 14 a.d." (an
 * early year needs its era). A year before Christ is no date dealwire can write: the phrase is dropped.
 */
const parseYears: Parser = ({ text }) => {
  const out: Candidate[] = [];
  const re = /(?<![\w$€£¥#.,\/]|\d-)((?:1[89]|20)\d\d)(?![\w%]|[.,]\d|\s?[\/-]\s?\d)/g;
  for (const m of matches(re, text)) {
    const year = Number(m[1]);
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const after = text.slice(m.index + 4, m.index + 30);
    const era = ERA_AFTER.exec(after);
    if (era !== null) {
      out.push(era[2] !== undefined ? blocker(m.index, m.index + 4 + era[0].length) : { start: m.index, end: m.index + 4 + era[0].length, expr: { kind: 'year', year }, rule: 'date.year' });
      continue;
    }
    if (NOT_YEAR_AFTER.test(after) || NOT_YEAR_BEFORE.test(before)) continue;
    if (/[$€£¥]\s?$|\b(?:US|C|A|NZ|HK|S)\$\s?$/.test(before)) continue;
    if (year < 1900 && !YEAR_CUE.test(before)) continue;
    // A street address: "2000 Pennsylvania Avenue".
    if (/^\s+[A-Z][a-z]+\s+(?:Ave|Avenue|Street|St|Road|Rd|Blvd|Boulevard|Drive|Dr|Lane|Way|Place|Plaza)\b/.test(after)) continue;
    if (numbersOnlyAround(text, m.index, m.index + 4)) continue;
    out.push({ start: m.index, end: m.index + 4, expr: { kind: 'year', year }, rule: 'date.year' });
  }
  // "14 a.d.", "in 345 BC": years of one to three digits with their era.
  for (const m of matches(/(?<![\w$€£¥#.,\/])(\d{1,3})\s*(?:(a\.?d\.?)|(b\.?c\.?e?\.?))(?![A-Za-z])/gi, text)) {
    const year = Number(m[1]);
    if (year < 1) continue;
    if (m[3] !== undefined) out.push(blocker(m.index, m.index + m[0].length));
    else out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'year', year }, rule: 'date.year' });
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

const NTH_OF_THE_MONTH = new RegExp(`\\b(?:the\\s+)?(?:(${ORDINAL_DAY})(?:\\s+(last))?|(last))\\s+(${WEEKDAY_ALTERNATION}|day|week)\\s+(?:of|in)\\s+the\\s+month\\b`, 'gi');

/** "the first Monday of the month", "last day in the month": the month of publication. */
const parseNthOfTheMonth: Parser = ({ text }) => {
  const out: Candidate[] = [];
  for (const m of matches(NTH_OF_THE_MONTH, text)) {
    const n = nthValue(m[1], m[2] ?? m[3]);
    if (n === null) continue;
    const what = whatOf(m[4]!);
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'nth', n, what, of: { kind: 'relative', unit: 'month', offset: 0 } }, rule: 'date.nth' });
  }
  return out;
};

/** "pm", "p.m.", "PM", "a. m.": the half of the day after a clock time. */
const AM_PM = '[AaPp](?:\\.[ \\t]?[Mm]\\.?|[Mm])(?![A-Za-z0-9])';
/** An hour of a twelve-hour clock, with its minutes: "4", "4:30", "10.30", "04:30". */
const CLOCK_HOUR = '(?:1[0-2]|0?[1-9])(?:[:.][0-5]\\d)?';
/** What a clock time that says when something happens follows: "at 10 a.m.", "around 3 pm", "between '3:30-4:30pm'". */
const CLOCK_CUE = /\b(?:at|around|about|by|from|until|till|before|after|between|since|approximately)\s+['"‘“]?$/i;
const CLOCK_TIME = new RegExp(`(?<![\\w.:,$€£¥\\/+-])${CLOCK_HOUR}(?:[ \\t]*${AM_PM})?(?:[ \\t]*(?:-|–|—|to|until|till)[ \\t]*${CLOCK_HOUR})?[ \\t]*${AM_PM}`, 'g');

/**
 * Clock times with "am" or "pm" after a word that places an event at them: "at 4:30 pm", "around
 * 10 a.m.", "between 3:30-4:30pm", "from 9am to 5pm". The publication day, if nothing else in the
 * sentence is a date (see keepLoneClockTimes). "14PM" is no time; "a starting time of 7:20 a.m." is
 * a schedule, not a day.
 */
const parseClockTimes: Parser = ({ text }) => {
  const out: Candidate[] = [];
  for (const m of matches(CLOCK_TIME, text)) {
    if (!CLOCK_CUE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, expr: { kind: 'relative', unit: 'day', offset: 0 }, rule: 'date.time', clock: true });
  }
  return out;
};

function nthValue(ordinal: string | undefined, last: string | undefined): number | null {
  const n = ordinal === undefined ? 1 : ordinalValue(ordinal);
  if (n === null || n < 1) return null;
  return last !== undefined ? -n : n;
}

function whatOf(word: string): 'day' | 'week' | number {
  const lower = word.toLowerCase();
  return lower === 'day' || lower === 'week' ? lower : weekdayNumber(lower);
}

/**
 * The parsers in order (the order breaks ties between overlapping candidates), each with a cheap
 * test for a word that every one of its matches contains, or null. Most stories have no "weekend",
 * no "half", no quarter: the test, a plain word search, spares the parser's own patterns a scan of
 * the whole text. A test must hold wherever the parser could find something (a superset is fine).
 */
const PARSERS: ReadonlyArray<readonly [needs: RegExp | null, parse: Parser]> = [
  [null, parseIsoDates],
  [null, parseNumericDates],
  [null, parseMonthDates],
  [null, parseWeekdays],
  [null, parseRelativeDays],
  [null, parseRelativeUnits],
  [null, parseDurations],
  [null, parseTheUnitBefore],
  [null, parseOrdinalDays],
  [/week(?:end|day)/i, parseWeekends],
  [null, parseHolidays],
  [/quarter|qtr|q[1-4]|[1-4]q/i, parseQuarters], // "quarter", "qtr", "Q1", "1Q", "2018Q4"
  [/half|H[12]|[12]H/i, parseHalves], // "half", "H1", "1H"
  [/fiscal|financial|calendar|FY/i, parseFiscalYears],
  [null, parseYearSpans],
  [null, parseYears],
  [/of\s+the|-end/i, parseEdgesOfCurrent], // "the end of the year", "year-end"
  [/the\s+month/i, parseNthOfTheMonth],
  [null, parseClockTimes],
];

// ---------------------------------------------------------------------------------------------
// Refiners: each fixes one kind of problem, in order.

/** Overlapping candidates: the longer wins ("March 27, 2024" over "2024"); on a tie, the earlier parser. */
const dropOverlaps: Refiner = (candidates) => {
  const ranked = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  // Kept spans stay sorted by start, so each check is a binary search: a 10 MB file has tens of
  // thousands of candidates, and comparing each with every kept one was quadratic.
  const kept: Candidate[] = [];
  for (const { c } of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    const after = kept[lo];
    if ((before === undefined || before.end <= c.start) && (after === undefined || c.end <= after.start)) kept.splice(lo, 0, c);
  }
  return kept;
};

/**
 * Refiners that make one mention of two neighbours share this walk: where `join` returns a
 * candidate for a candidate and the one after it, that candidate replaces both.
 */
function joinNeighbours(candidates: readonly Candidate[], join: (c: Candidate, next: Candidate | undefined) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const joined = join(candidates[i]!, candidates[i + 1]);
    if (joined === null) out.push(candidates[i]!);
    else {
      out.push(joined);
      i++;
    }
  }
  return out;
}

/** A weekday with nothing attached yet: no "last", no week, no day of the month. */
function isPlainWeekday(x: Candidate | undefined): x is Candidate & { expr: { kind: 'weekday'; weekday: number } } {
  return x !== undefined && x.expr.kind === 'weekday' && x.expr.shift === undefined && x.expr.week === undefined && x.expr.day === undefined;
}

/**
 * A quarter, half, month or holiday and its year written apart: "the first quarter of 2025",
 * "fourth quarter of last year", "first half 2024", "the 1986 fourth quarter", "fiscal 2025 first
 * quarter", "February last year", "April of last year", "Thanksgiving of next year", "Easter in 2010".
 */
const joinPeriodAndYear: Refiner = (candidates, { text }) =>
  joinNeighbours(candidates, (c, next) => {
    if (next === undefined) return null;
    if (!c.blocker && (isPeriodWithoutYear(c) || isBareMonth(c) || isBareHoliday(c))) {
      const year = yearRefOf(next);
      const gap = isBareHoliday(c) ? /^\s+(?:(?:of|in)\s+(?:the\s+)?)?$/ : /^\s+(?:of\s+(?:the\s+)?)?$/;
      if (year !== null && !next.blocker && gap.test(text.slice(c.end, next.start))) {
        return { start: c.start, end: next.end, expr: withYear(c.expr, year), rule: c.rule === 'date.month' ? 'date.month-year' : c.rule };
      }
    }
    if (isPeriodWithoutYear(next)) {
      const year = yearRefOf(c);
      if (year !== null && !c.blocker && /^\s+$/.test(text.slice(c.end, next.start))) {
        return { start: c.start, end: next.end, expr: withYear(next.expr, year), rule: next.rule };
      }
    }
    return null;
  });

function isPeriodWithoutYear(c: Candidate): c is Candidate & { expr: { kind: 'quarter' | 'half'; year: null } } {
  return (c.expr.kind === 'quarter' || c.expr.kind === 'half') && c.expr.year === null;
}

function withYear(e: DateExpression, year: YearRef): DateExpression {
  return e.kind === 'quarter' || e.kind === 'half' || e.kind === 'month' || e.kind === 'holiday' ? { ...e, year } : e;
}

function isBareMonth(c: Candidate): boolean {
  return c.expr.kind === 'month' && c.expr.year === null && c.expr.shift === undefined;
}

function isBareHoliday(c: Candidate): boolean {
  return c.expr.kind === 'holiday' && c.expr.year === null && c.expr.shift === undefined;
}

function yearRefOf(c: Candidate): YearRef | null {
  if (c.expr.kind === 'year') return c.expr.year;
  if (c.expr.kind === 'relative' && c.expr.unit === 'year' && c.expr.from === undefined) return { offset: c.expr.offset };
  return null;
}

/** "last Wednesday", "next September", "this Friday", "past Friday", "last Thanksgiving": the word changes which one is meant. */
const attachShift: Refiner = (candidates, { text }) =>
  candidates.map((c) => {
    const e = c.expr;
    const shiftable = (e.kind === 'weekday' && e.week === undefined && e.day === undefined) || (e.kind === 'month' && e.year === null) || (e.kind === 'holiday' && e.year === null);
    if (!shiftable || c.blocker) return c;
    const m = /\b(last|next|this|past)\s+$/i.exec(text.slice(Math.max(0, c.start - 6), c.start));
    if (m === null) return c;
    const word = m[1]!.toLowerCase();
    const shift = word === 'past' ? 'last' : (word as 'last' | 'next' | 'this');
    const { weak: _, ...rest } = c;
    return { ...rest, start: c.start - m[0].length, expr: { ...e, shift } as DateExpression };
  });

/** "first Tuesday of October", "the last day of May 2015", "third last week of 2018", "the week of October 7th", "third Tuesday after Christmas". */
const NTH_BEFORE = new RegExp(`(?:\\bthe\\s+)?\\b(?:(${ORDINAL_DAY})(?:\\s+(last))?|(last))\\s+(${WEEKDAY_ALTERNATION}|day|week)\\s+(?:of|in)\\s+$`, 'i');
const NTH_AFTER_BEFORE = new RegExp(`\\b(${ORDINAL_DAY})\\s+(${WEEKDAY_ALTERNATION})\\.?\\s+after\\s+$`, 'i');
const WEEK_OF_BEFORE = /(?:\bthe\s+)?\bweek\s+of\s+$/i;

const joinNth: Refiner = (candidates, { text }) =>
  candidates.map((c) => {
    if (c.blocker || c.weak || c.prefix) return c;
    const head = text.slice(Math.max(0, c.start - 48), c.start);
    const e = c.expr;
    const period = e.kind === 'month' || e.kind === 'year' || e.kind === 'quarter' || e.kind === 'half' || (e.kind === 'relative' && e.unit !== 'day' && e.unit !== 'week');
    if (period) {
      const m = NTH_BEFORE.exec(head);
      const n = m === null ? null : nthValue(m[1], m[2] ?? m[3]);
      if (m !== null && n !== null) {
        return { start: c.start - m[0].length, end: c.end, expr: { kind: 'nth', n, what: whatOf(m[4]!), of: e }, rule: 'date.nth' };
      }
    }
    const day = e.kind === 'date' || e.kind === 'holiday' || e.kind === 'dayOfMonth';
    if (day) {
      const after = NTH_AFTER_BEFORE.exec(head);
      const n = after === null ? null : ordinalValue(after[1]!);
      if (after !== null && n !== null && n >= 1) {
        return { start: c.start - after[0].length, end: c.end, expr: { kind: 'nthAfter', n, of: { kind: 'weekday', weekday: weekdayNumber(after[2]!) }, after: e }, rule: 'date.nth' };
      }
      const week = WEEK_OF_BEFORE.exec(head);
      if (week !== null) return { start: c.start - week[0].length, end: c.end, expr: { kind: 'weekOf', of: e }, rule: 'date.week-of' };
    }
    return c;
  });

/**
 * "the closest Monday to Oct 5th", "the second closest xmas to today", "the first Super Tuesday
 * after 2019", "the 2nd Super Tuesday after next year": a weekday or holiday counted from a date.
 */
const CLOSEST_BEFORE = new RegExp(`\\bthe\\s+(?:(${ORDINAL_DAY})\\s+)?(closest|nearest)\\s+$|\\bthe\\s+(?:(${ORDINAL_DAY})\\s+)?$`, 'i');

const joinClosest: Refiner = (candidates, { text }) =>
  joinNeighbours(candidates, (c, next) => {
    const e = c.expr;
    const of = isPlainWeekday(c) ? { kind: 'weekday' as const, weekday: c.expr.weekday } : e.kind === 'holiday' && e.year === null && e.shift === undefined ? { kind: 'holiday' as const, holiday: e.holiday } : null;
    if (of === null || next === undefined || next.blocker || next.prefix) return null;
    const m = CLOSEST_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
    if (m === null) return null;
    const gap = text.slice(c.end, next.start);
    const closest = m[2] !== undefined;
    const n = ordinalValue((closest ? m[1] : m[3]) ?? 'first');
    if (n === null || n < 1 || !(closest ? /^\.?\s+to\s+$/i : /^\.?\s+after\s+$/i).test(gap) || !(closest || m[3] !== undefined || of.kind === 'holiday')) return null;
    const expr: DateExpression = closest ? { kind: 'closest', n, of, to: next.expr } : { kind: 'nthAfter', n, of, after: next.expr };
    return { start: c.start - m[0].length, end: next.end, expr, rule: 'date.nth' };
  });

/** "Wednesday, March 27, 2024", "Sun 15Sep", "Jul 18, Fri": one day, one mention; the weekday picks the year when none is written. */
const joinWeekdayAndDate: Refiner = (candidates, { text }) =>
  joinNeighbours(candidates, (c, next) => {
    if (isPlainWeekday(c) && next?.expr.kind === 'date' && !next.blocker && /^\.?,?\s+(?:the\s+)?$|^\.?,?$/.test(text.slice(c.end, next.start))) {
      return { start: c.start, end: next.end, expr: withWeekday(next.expr, c.expr.weekday), rule: next.rule };
    }
    if (c.expr.kind === 'date' && !c.blocker && isPlainWeekday(next) && /^,\s*$/.test(text.slice(c.end, next.start))) {
      return { start: c.start, end: next.end, expr: withWeekday(c.expr, next.expr.weekday), rule: c.rule };
    }
    return null;
  });

function withWeekday(e: DateExpression & { kind: 'date' }, weekday: number): DateExpression {
  return e.year === null ? { ...e, weekday } : e;
}

/** "Friday of next week", "Tuesday, next week", "Sunday from last week", "last week's Sunday": the weekday inside that week. */
const joinWeekdayAndWeek: Refiner = (candidates, { text }) => {
  const isWeek = (x: Candidate | undefined): x is Candidate & { expr: { kind: 'relative'; offset: number } } =>
    x !== undefined && x.expr.kind === 'relative' && x.expr.unit === 'week' && x.expr.from === undefined;
  return joinNeighbours(candidates, (c, next) => {
    if (isPlainWeekday(c) && isWeek(next) && /^,?\s+(?:of\s+|from\s+)?$/.test(text.slice(c.end, next.start))) {
      return { start: c.start, end: next.end, expr: { ...c.expr, week: next.expr.offset }, rule: 'date.weekday' };
    }
    if (isWeek(c) && isPlainWeekday(next) && /^['’]s\s+$/.test(text.slice(c.end, next.start))) {
      return { start: c.start, end: next.end, expr: { ...next.expr, week: c.expr.offset }, rule: 'date.weekday' };
    }
    return null;
  });
};

/** "2 weeks after yesterday", "three days after Easter", "a year from Christmas": the duration counts from that date. */
const joinOffsets: Refiner = (candidates, { text }) =>
  joinNeighbours(candidates, (c, next) => {
    const span = /\b(?:for|the|over|during)\s+$/i.test(text.slice(Math.max(0, c.start - 12), c.start)); // "for the six months from April 1"
    if (c.prefix && !span && next !== undefined && !next.prefix && !next.blocker && !next.weak && /^\s+$/.test(text.slice(c.end, next.start))) {
      return { start: c.start, end: next.end, expr: { kind: 'offset', parts: c.prefix.parts, from: next.expr }, rule: 'date.offset' };
    }
    return null;
  });

/** "Thanksgiving in 9 months", "tax day two years ago", "March in a year": the one in the year that lands in. */
const joinYearShift: Refiner = (candidates, { text }) =>
  joinNeighbours(candidates, (c, next) => {
    const e = c.expr;
    const yearly = (e.kind === 'holiday' || e.kind === 'month' || e.kind === 'date') && e.year === null && !('shift' in e && e.shift !== undefined);
    if (yearly && !c.blocker && next?.expr.kind === 'offset' && next.expr.from === 'publication' && !next.prefix && /^\s+$/.test(text.slice(c.end, next.start))) {
      return { start: c.start, end: next.end, expr: { kind: 'inYearOf', of: e, at: next.expr }, rule: c.rule };
    }
    return null;
  });

/** "Friday after next", "March after next": the occurrence after the next one. */
const joinAfterNext: Refiner = (candidates, { text }) =>
  candidates.map((c) => {
    const e = c.expr;
    const eligible = isPlainWeekday(c) || (e.kind === 'month' && e.year === null && e.shift === undefined) || (e.kind === 'holiday' && e.year === null && e.shift === undefined);
    if (!eligible || c.blocker) return c;
    const m = /^\s+after\s+next\b/i.exec(text.slice(c.end, c.end + 16));
    if (m === null) return c;
    const { weak: _, ...rest } = c;
    return { ...rest, end: c.end + m[0].length, expr: { kind: 'afterNext', of: e } };
  });

/** "early 2024", "mid-2024", "late last year", "mid-September", "early in the first quarter". */
const attachPart: Refiner = (candidates, { text }) =>
  candidates.map((c) => {
    if (!takesPart(c.expr) || c.blocker) return c;
    const m = /\b(?:(early|mid|late)(?:\s*-\s*|\s+in\s+|\s+)|(?:the\s+)?middle\s+of\s+)$/i.exec(text.slice(Math.max(0, c.start - 18), c.start));
    if (m === null) return c;
    const part = (m[1] ?? 'mid').toLowerCase() as 'early' | 'mid' | 'late';
    return { start: c.start - m[0].length, end: c.end, expr: { kind: 'part', part, of: c.expr }, rule: 'date.part' };
  });

/** "the end of the first quarter", "by the end of 2025" ("by" stays out), "end-1986", "start of next year". */
const attachEdge: Refiner = (candidates, { text }) =>
  candidates.map((c) => {
    if ((!takesPart(c.expr) && c.expr.kind !== 'part') || c.blocker) return c;
    const m = /\b(?:(?:the\s+)?(end|beginning|start)\s+of\s+|(end)-)$/i.exec(text.slice(Math.max(0, c.start - 20), c.start));
    if (m === null) return c;
    const edge = (m[1] ?? m[2]!).toLowerCase() === 'end' ? 'end' : 'start';
    return { start: c.start - m[0].length, end: c.end, expr: { kind: 'edge', edge, of: c.expr }, rule: 'date.edge' };
  });

/** Units longer than a day can be split and have edges; days and weekdays cannot. */
function takesPart(e: DateExpression): boolean {
  switch (e.kind) {
    case 'month':
    case 'year':
    case 'years':
    case 'quarter':
    case 'half':
      return true;
    case 'relative':
      return e.unit !== 'day';
    default:
      return false;
  }
}

/**
 * "Aug 10 to Nov 12, 2013", "10 August 2013 - 12 September", "from March to May", "Monday to
 * Friday", "today - next Friday": one range from the start of the first to the end of the second.
 * A year written on one side holds for the other.
 */
const joinRanges: Refiner = (candidates, { text }) =>
  joinNeighbours(candidates, (c, next) => {
    if (
      next === undefined ||
      rangeEnd(c) === null ||
      rangeEnd(c) !== rangeEnd(next) ||
      runsBackwards(c.expr, next.expr) ||
      !/^\s*(?:-|–|—|to|through|until|till)\s*$/i.test(text.slice(c.end, next.start))
    ) {
      return null;
    }
    const [from, to] = shareYear(c.expr, next.expr);
    return { start: c.start, end: next.end, expr: { kind: 'range', from, to }, rule: 'date.range' };
  });

/**
 * "June 26 to May 8" (moving a record date) is no range; "November to April" (a season) is, across
 * the new year: yearless sides further apart than half a year are read as wrapping round.
 */
function runsBackwards(a: DateExpression, b: DateExpression): boolean {
  const month = (e: DateExpression) => (e.kind === 'date' || e.kind === 'month' ? e.month : null);
  const ma = month(a);
  const mb = month(b);
  if (ma === null || mb === null) return false;
  const written = (e: DateExpression) => (e.kind === 'date' || e.kind === 'month') && typeof e.year === 'number';
  if (written(a) || written(b)) return false;
  const da = ma * 100 + (a.kind === 'date' ? a.day : 0);
  const db = mb * 100 + (b.kind === 'date' ? b.day : 0);
  return da > db && ma - mb < 6;
}

/** Which side of a range a candidate can be: a day or a month; null for anything else. */
function rangeEnd(c: Candidate): 'day' | 'month' | null {
  if (c.blocker || c.weak || c.prefix) return null;
  const e = c.expr;
  if (e.kind === 'date' || e.kind === 'weekday' || e.kind === 'dayOfMonth' || e.kind === 'holiday') return 'day';
  if (e.kind === 'relative' && e.unit === 'day') return 'day';
  if (e.kind === 'month') return 'month';
  return null;
}

function shareYear(a: DateExpression, b: DateExpression): [DateExpression, DateExpression] {
  const md = (e: DateExpression) => (e.kind === 'date' ? e.month * 100 + e.day : e.kind === 'month' ? e.month * 100 : null);
  const yearOfExpr = (e: DateExpression) => ((e.kind === 'date' || e.kind === 'month') && typeof e.year === 'number' ? e.year : null);
  const ya = yearOfExpr(a);
  const yb = yearOfExpr(b);
  const ma = md(a);
  const mb = md(b);
  if (ma === null || mb === null) return [a, b];
  if (ya === null && yb !== null && (a.kind === 'date' || (a.kind === 'month' && a.shift === undefined))) return [{ ...a, year: ma <= mb ? yb : yb - 1 } as DateExpression, b];
  if (yb === null && ya !== null && (b.kind === 'date' || (b.kind === 'month' && b.shift === undefined))) return [a, { ...b, year: mb >= ma ? ya : ya + 1 } as DateExpression];
  return [a, b];
}

/** What only served to build other mentions goes: blockers, lone weak words, unjoined duration prefixes. */
const dropLeftovers: Refiner = (candidates) => candidates.filter((c) => !c.blocker && !c.weak && !c.prefix);

const REFINERS: readonly Refiner[] = [
  dropOverlaps,
  joinPeriodAndYear,
  attachShift,
  joinNth,
  dropOverlaps,
  joinWeekdayAndDate,
  joinWeekdayAndWeek,
  joinClosest,
  joinOffsets,
  joinYearShift,
  joinAfterNext,
  attachPart,
  attachEdge,
  joinRanges,
  dropOverlaps,
  dropLeftovers,
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
