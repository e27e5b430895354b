/**
 * Why a peer case fails, in a word or two, written at the end of its line in the failure file:
 * "deliberate" (dealwire's news convention differs on purpose; the README says why), "out of scope"
 * (beyond what a deal record needs), or "missing" (a rule the peer has and dealwire lacks yet).
 * Rows no entry matches are "missing: not yet handled". Matched on the row's phrase (and holiday name).
 */
import type { SuiteName } from './common.js';

type Reason = readonly [suite: SuiteName, pattern: RegExp, why: string];

const REASONS: readonly Reason[] = [
  // duckling-money-en
  ['duckling-money-en', /\bgrand\b/i, "deliberate: 'grand' is a thousand of the locale's own money (EUR in Ireland, INR, ZAR); Duckling's is a dollar"],
  ['duckling-money-en', /^\d+-\d+ lakh/i, 'deliberate: both ends of "7-9 lakh" share the scale (700,000..900,000); Duckling reads the low end as 7'],

  // duckling-dates-en
  ['duckling-dates-en', /^(?:on )?\d{1,2} ?[-\/] ?\d{1,2}$/, 'deliberate: "2 - 15", "15-2", "2 / 15" are ranges, scores and fractions in news copy; "2/15" (a slash, no spaces) is read'],
  ['duckling-dates-en', /^(?:sat|sun|mon)\.?$/i, "deliberate: 'sat', 'sun', 'mon' are words or names; read only beside a date ('Sun 15Sep')"],
  ['duckling-dates-en', /^(?:the 24|1974)$/, 'deliberate: a bare number is not a date (Duckling returns it only as a latent result)'],
  ['duckling-dates-en', /\bB\.?C\.?E?\.?$/i, 'out of scope: years before Christ (an ISO calendar date cannot hold them)'],
  ['duckling-dates-en', /^tuesday$/, "deliberate: under 'future' a weekday that is the reference day is that day (Duckling skips to next week)"],
  ['duckling-dates-en', /^groundhogs? day$/i, "divergence: under 'future' a holiday already past this year is next year's (Duckling keeps this year's here)"],
  ['duckling-dates-en', /christmas$/i, 'divergence: the holiday is placed first, then moved by the duration (Duckling counts from the previous Christmas)'],
  ['duckling-dates-en', /^the week of /i, 'divergence: the week of a Sunday is the Monday–Sunday week ending that day'],
  ['duckling-dates-en', /^at this time$/i, "out of scope: times of day (dealwire's finest grain is the day)"],
  ['duckling-dates-en', /^boss's$/i, "deliberate: a bare possessive (\"boss's\") is not a holiday name"],
  ['duckling-dates-en', /\{Eid al-|\{Laylat|\{Isra|\{Islamic|\{Mawlid|\{Ashura|\{Hazarat|\{Jumu|\{Hosay/, 'divergence: Islamic months begin the day after the first sunset in Mecca after the new moon (Umm al-Qura); observed dates differ by a day'],
  ['duckling-dates-en', /\{(?:Yom|Shemini|Simchat|Tisha|Lag BaOmer|Tu BiShvat|Purim|Shushan|Rosh|Hanukkah|Passover)/, 'missing: the Hebrew calendar (Duckling gives the eve, when the holiday begins at sunset)'],
  [
    'duckling-dates-en',
    /\{(?:Diwali|Holi|Holika|Ugadi|Guru|Pargat|Chhath|Vijaya|Vasant|Naraka|Mahavir|Krishna|Karva|Dhanteras|Vesak|Raksha|Ratha|Rama|Ganesh|Maha|Bhai|Dayananda|Thiru Onam|Navaratri|Dussehra)/,
    'missing: the Hindu lunisolar calendar (lunar days at sunrise)',
  ],

  // chrono-en-simple
  ['chrono-en-simple', /\b12 hours from now/i, 'harness: the reference time of day is not given (publishedAt is a calendar day)'],
  ['chrono-en-simple', /\bmorning\b/i, "out of scope: times of day (dealwire's finest grain is the day)"],
  ['chrono-en-simple', /\bB\.?C\.?E?\b/i, 'out of scope: years before Christ (an ISO calendar date cannot hold them)'],
  ['chrono-en-simple', /^[+-]\d+[a-z]$/, 'deliberate: terse one-letter units ("+1m" is a million in money copy)'],
  ['chrono-en-simple', /^1 hour$/, 'deliberate: a duration with no word placing it ("ago", "in", "from now", "for") is a length of time'],
  ['chrono-en-simple', /weekend/i, 'divergence: a weekend is Saturday and Sunday, starting Saturday (chrono gives the Sunday of the last one)'],
  ['chrono-en-simple', /,\s*(?:\d{1,2} )?January|Tue(?:sday)?, \d/i, "divergence: under 'nearest' the date wins over a weekday that does not agree"],

  // chrono-en-negative
  ['chrono-en-negative', /^Tuesday$/, 'deliberate: a bare weekday is a date in news ("on Tuesday"); chrono\'s strict mode does not read it'],
  ['chrono-en-negative', /second half/i, 'deliberate: "the second half (of 2025)" is a half year in company news'],
  ['chrono-en-negative', /February 29|29 February/, 'deliberate: a February 29 without a year lands on the nearest leap year'],
];

export function reasonFor(suite: SuiteName, phrase: string, holiday?: string): string {
  const subject = holiday ? `${phrase} {${holiday}}` : phrase;
  for (const [s, re, why] of REASONS) if (s === suite && (re.test(phrase) || re.test(subject))) return why;
  return 'missing: not yet handled';
}
