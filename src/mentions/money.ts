import type { Doc } from '../doc.js';
import type { MoneyMention, MoneyQualifier } from '../schema/mention.js';
import { bareDollarCurrency, currencyForms, localCurrency, lookupCurrency, type CurrencyForm } from '../normalize/currency.js';
import type { Locale } from '../schema/options.js';
import { NUMBER_WORDS, parseNumeral, parseWrittenNumber, scaleExponent, scaleNumber } from '../normalize/number.js';

/**
 * Money recognizer: "$2.75 billion", "US$3 million", "€500m", "10.0 mln dlrs", "1.2 billion
 * Canadian dlrs", "between $1 and $2 billion", "37 dlrs a share".
 *
 * Built like chrono-node: one parser finds amounts with a single regular-expression pass over the
 * text (fast enough for the whole Reuters corpus, no NLP needed), then small refiners add what the
 * surrounding words say (qualifier, per-share, dollars-and-cents, the story's own dollar) and
 * drop overlaps.
 *
 * Conventions (the output contract is `MoneyMention` in schema/mention.ts):
 * - `text`/`span` cover the amount only, not the qualifier or "a share": "up to $4 billion" gives
 *   text "$4 billion" with qualifier 'up_to' and max 4e9; "$40 a share" gives "$40", perShare true.
 * - A range covers both ends but not "between"/"from": "between $1 and $2 billion" gives text
 *   "$1 and $2 billion", qualifier 'range', min 1e9, max 2e9, and value = min (the amount that is
 *   certain).
 * - A currency the text did not write is listed in `implied`: a bare "$" or "dlrs" takes the
 *   locale's dollar, "francs" French francs, "crowns" the crown of the country the story names.
 * - Word forms of a bare dollar ("dlrs", "cents") take the story's own dollar when the story names
 *   exactly one ("1.2 billion Canadian dlrs ... 300 mln dlrs" → both CAD), as 1980s newswire copy
 *   does. A bare "$" symbol does not: modern copy writes "A$" every time it means it.
 */
export function recognizeMoney(doc: Pick<Doc, 'text' | 'options'>): MoneyMention[] {
  const text = doc.text;
  let found = parseAmounts(text);
  found = refineDollarsAndCents(text, found);
  found = refineQualifiers(text, found);
  found = refinePerShare(text, found);
  found = refineCurrencies(text, found, doc.options.locale);
  return removeOverlaps(found).map((f) => toMention(text, f));
}

// ---------------------------------------------------------------------------------------------
// Patterns

/** Escapes a literal for a RegExp. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word in any letter case without the `i` flag, which would also fold ISO codes ("try 3"). */
function anyCase(s: string): string {
  return s.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

const SP = '[ \\t\\u00a0]';
/** Optional whitespace with at most one line break: Reuters wraps lines inside "5.93\nmln". */
const GAP0 = `${SP}*(?:\\r?\\n${SP}*)?`;
/** Required whitespace with at most one line break. */
const GAP1 = `(?:${SP}+(?:\\r?\\n${SP}*)?|\\r?\\n${SP}*)`;

const NUMERAL = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+';
const NUM_WORD = `(?:${[...NUMBER_WORDS, 'a', 'an', 'and']
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .join('|')})(?![A-Za-z])`;
/** "seven", "two point five", "one hundred and twenty", "a billion", "twenty-one". */
const WRITTEN = `${NUM_WORD}(?:(?:${GAP1}|-)${NUM_WORD})*`;

/** Scale words that may follow a number after a space. */
const SCALE_WORD = ['thousand', 'million', 'billion', 'trillion', 'mln', 'mn', 'bln', 'bn', 'tn', 'trn', 'mil', 'lakhs', 'lakh', 'lacs', 'lac', 'crores', 'crore', 'grand']
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .join('|');

/** A currency form as a pattern: spaces may be any whitespace (one line break at most). */
function formPattern(form: string, entry: CurrencyForm): string {
  const parts = form.split(' ').map((w) => (entry.exactCase ? escape(w) : anyCase(escape(w))));
  const p = parts.join(GAP1);
  // A form ending in a letter must end a word: "dlrs" but not the "p" of "50pct".
  return /[A-Za-z]$/.test(form) ? `${p}(?![A-Za-z])` : p;
}

function alternation(forms: { form: string; entry: CurrencyForm }[]): string {
  // Longest first, so "Canadian dlrs" wins over a shorter form at the same place.
  return forms
    .sort((a, b) => b.form.length - a.form.length)
    .map((f) => formPattern(f.form, f.entry))
    .join('|');
}

const isSymbol = (form: string) => !/[A-Za-z]/.test(form) || /\$$/.test(form);
const PREFIX = alternation(currencyForms('prefix'));
const SUFFIX_WORD = alternation(currencyForms('suffix').filter((f) => !isSymbol(f.form)));
const SUFFIX_SYMBOL = alternation(currencyForms('suffix').filter((f) => isSymbol(f.form)));

/**
 * One amount; `p` prefixes the group names so a range can hold two. The number is a numeral or
 * written words; the scale a word after it or a letter glued to it ("2.75B", "€500m"); the currency
 * a symbol or code before it, or a word, code or symbol after it. A hyphen may join the parts of
 * an adjective ("a 50-million-dollar deal"), but not a symbol, so "$10-$20" stays a range.
 */
function amountPattern(p: string): string {
  return (
    `(?:(?<${p}pre>${PREFIX})${GAP0})?` +
    `(?<${p}num>${NUMERAL}|${WRITTEN})` +
    `(?:${GAP0}-?${GAP0}(?<${p}scale>${SCALE_WORD})(?![A-Za-z])|(?<${p}letter>[kKmMbB])(?![A-Za-z0-9]))?` +
    `(?:(?<${p}gap>${GAP0}-?${GAP0})(?<${p}word>${SUFFIX_WORD})|(?<${p}sgap>${GAP0})(?<${p}sym>${SUFFIX_SYMBOL})(?!${SP}*[\\d.]))?`
  );
}

const SEPARATOR = `${GAP0}(?<sep>-|–|—|[tT][oO](?![A-Za-z])|[aA][nN][dD](?![A-Za-z])|[tT]hrough(?![A-Za-z]))${GAP0}`;

/**
 * An amount, optionally followed by a second one that may make it a range. Not inside a word or
 * a longer number: "Q1", "747" and the "25" of "1,25" never start one.
 */
const AMOUNT_RE = new RegExp(`(?<![\\w.,$€£¥])(?<l>${amountPattern('l')})(?:${SEPARATOR}(?<r>${amountPattern('r')}))?`, 'dg');

// ---------------------------------------------------------------------------------------------
// Parser

/** A money amount while refiners work on it; becomes a MoneyMention at the end. */
interface Found {
  start: number;
  end: number;
  value: number;
  /** ISO code, or 'DOLLAR' until refineCurrencies decides whose dollar. */
  code: string;
  form: CurrencyForm;
  /** The form was a symbol ("$"), not a word ("dlrs"). */
  symbol: boolean;
  rule: string;
  qualifier: MoneyQualifier;
  min?: number;
  max?: number;
  perShare: boolean;
  implied: string[];
  /** Written with a scale word; "dollars and cents" only joins plain amounts. */
  scaled: boolean;
}

/** One side of a match, read from the regex groups. */
interface Side {
  start: number;
  end: number;
  /** The number as written, without scale: "2.75", "seven". */
  num: string;
  numStart: number;
  written: boolean;
  /** Decimal digits of the number ("2.75"), or null if words did not parse. */
  digits: string | null;
  exp: number;
  hasScale: boolean;
  form: CurrencyForm | null;
  symbol: boolean;
  where: 'pre' | 'post' | null;
}

type Groups = Record<string, [number, number] | undefined>;

function parseAmounts(text: string): Found[] {
  const out: Found[] = [];
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(text)) !== null) {
    const idx = m.indices!.groups as Groups;
    const left = readSide(text, idx, 'l');
    if (idx['r']) {
      const right = readSide(text, idx, 'r');
      const range = left && right ? makeRange(text, left, right, m.groups!['sep']!) : null;
      if (range) {
        out.push(range);
        continue;
      }
      // Not a range: keep the left amount and read the right one again on its own.
      AMOUNT_RE.lastIndex = idx['r']![0];
    }
    const single = left && makeSingle(left);
    if (single) out.push(single);
  }
  return out;
}

/** Reads one side's groups into a Side, applying the checks a regex cannot express. */
function readSide(text: string, idx: Groups, p: string): Side | null {
  const numG = idx[`${p}num`]!;
  let numStart = numG[0];
  let num = text.slice(numG[0], numG[1]);
  const preG = idx[`${p}pre`];
  const scaleG = idx[`${p}scale`] ?? idx[`${p}letter`];
  let end = scaleG ? scaleG[1] : numG[1];

  // The number.
  const written = !/^[\d.]/.test(num);
  let digits: string | null;
  if (!written) {
    digits = parseNumeral(num) === null ? null : num.replace(/,/g, '');
  } else {
    // Greedy word matching may take words from the sentence before the number ("and one
    // billion"): drop leading words until the rest reads as a number.
    const words = wordsOf(num, numG[0]);
    digits = null;
    for (let i = 0; i < words.length; i++) {
      const rest = text.slice(words[i]!.start, numG[1]);
      const v = parseWrittenNumber(rest);
      if (v !== null) {
        digits = String(v);
        numStart = words[i]!.start;
        num = rest;
        break;
      }
    }
    if (digits === null && /^(?:a|an|one)$/i.test(words[words.length - 1]?.text ?? '')) {
      // "a dollar": the article alone counts as one, checked against the currency below.
      const last = words[words.length - 1]!;
      digits = '1';
      numStart = last.start;
      num = last.text;
    }
  }
  if (digits === null) return null;

  let exp = 0;
  let hasScale = false;
  if (scaleG) {
    const word = text.slice(scaleG[0], scaleG[1]);
    exp = scaleExponent(word) ?? 0;
    hasScale = true;
    if (/^grand$/i.test(word) && !grandIsMoney(text, scaleG[1])) {
      exp = 0;
      hasScale = false;
      end = numG[1];
    }
  }

  // The currency: before the number, or after it (word or symbol).
  let form: CurrencyForm | null = null;
  let symbol = false;
  let where: Side['where'] = null;
  let start = numStart;
  if (preG && numStart === numG[0]) {
    const raw = text.slice(preG[0], preG[1]);
    form = lookupCurrency(raw);
    if (form) {
      start = preG[0];
      symbol = isSymbol(raw);
      where = 'pre';
    }
  }
  const wordG = idx[`${p}word`];
  const symG = idx[`${p}sym`];
  const postG = wordG ?? symG;
  if (postG && end === (wordG ? idx[`${p}gap`]![0] : idx[`${p}sgap`]![0])) {
    const raw = text.slice(postG[0], postG[1]);
    const post = lookupCurrency(raw);
    const gap = text.slice(end, postG[0]);
    if (post && acceptsPost(text, post, raw, gap, digits, num, written, hasScale, postG[1])) {
      if (!form) {
        form = post;
        symbol = isSymbol(raw);
        where = 'post';
        end = postG[1];
      } else if (compatible(form, post)) {
        // "US$ 5 million USD", "$5 U.S. dollars": keep the more specific form.
        if (form.code === 'DOLLAR') form = post;
        end = postG[1];
      }
    }
  }
  // A scale alone does not make a currency, except "10 grand".
  if (!form && hasScale && /^grand$/i.test(text.slice(scaleG![0], scaleG![1]))) {
    form = GRAND;
    where = 'post';
  }
  const article = written && digits === '1' && /^an?$/i.test(num);
  if (article && !articleIsMoney(text, form, where, end)) return null;
  if (form?.afterArticle && !article) return null;
  return { start, end, num, numStart, written, digits, exp, hasScale, form, symbol, where };
}

/** "10 grand": the locale's own money, implied. */
const GRAND: CurrencyForm = { code: 'LOCAL', where: 'suffix', bare: true };

function wordsOf(s: string, offset: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[A-Za-z]+/g;
  let w: RegExpExecArray | null;
  while ((w = re.exec(s)) !== null) out.push({ text: w[0], start: offset + w.index });
  return out;
}

/** Checks on a currency word after the number that the regex cannot make. */
function acceptsPost(
  text: string,
  form: CurrencyForm,
  raw: string,
  gap: string,
  digits: string,
  num: string,
  written: boolean,
  hasScale: boolean,
  after: number,
): boolean {
  if (form.glued && gap !== '') return false;
  if (form.guard) {
    // "won", "marks", "pounds", "rand" are also English words: "no one won", "1987 marks the",
    // "200 pounds per tonne". Take them only after digits that are not a bare year.
    if (written) return false;
    if (!hasScale && /^(?:1[5-9]|20)\d\d$/.test(num)) return false;
    if (/^pounds?$/i.test(raw) && /^\s+(?:of|per|an?\s+(?:year|day|week|month|head|acre|hour))\b/i.test(text.slice(after, after + 16)))
      return false;
  }
  // A hyphen only joins words ("50-million-dollar"), never a bare number to a code ("747-USD").
  if (gap.includes('-') && form.exactCase) return false;
  void digits;
  return true;
}

/** Two currency forms on one amount agree: the same code, or a bare dollar with a qualified one. */
function compatible(a: CurrencyForm, b: CurrencyForm): boolean {
  if (a.code === b.code && a.minor === b.minor) return true;
  return a.code === 'DOLLAR' && b.family === 'dollar' && a.minor === b.minor;
}

/** "10 grand" is money; "a grand jury", "Grand Union" are not. */
function grandIsMoney(text: string, after: number): boolean {
  const next = /^\s*([A-Za-z]+)/.exec(text.slice(after, after + 20));
  return !next || /^(?:and|or|to|in|for|a|per|each|from|on|at|this|last|by|worth|of|is|was|a)$/.test(next[1]!);
}

/**
 * "a dollar", "a buck": the article counts as one only with a singular currency word and not as
 * an adjective ("a dollar rate", "a dollar fall").
 */
function articleIsMoney(text: string, form: CurrencyForm | null, where: Side['where'], end: number): boolean {
  if (!form || where !== 'post') return false;
  const unit = text.slice(0, end).match(/([A-Za-z]+)$/)?.[1]?.toLowerCase() ?? '';
  if (!/^(?:dollar|buck|euro|pound|cent|penny|dime|nickel|grand)$/.test(unit)) return false;
  const next = /^\s*([A-Za-z]+)/.exec(text.slice(end, end + 20));
  return !next || /^(?:and|or|a|per|each|for|more|less|higher|lower|to|from|in|on|at|than|apiece)$/i.test(next[1]!);
}

/** The value of a side; `exp` may be overridden by a scale shared with the other side of a range. */
function valueOf(side: Side, exp = side.exp): number {
  if (side.form?.minor !== true) return scaleNumber(side.digits!, exp);
  const h = side.form.hundredths ?? 1;
  return h === 1 ? scaleNumber(side.digits!, exp - 2) : (scaleNumber(side.digits!, exp) * h) / 100;
}

function makeSingle(side: Side): Found | null {
  if (!side.form) return null;
  return {
    start: side.start,
    end: side.end,
    value: valueOf(side),
    code: side.form.code,
    form: side.form,
    symbol: side.symbol,
    rule: ruleOf(side),
    qualifier: 'exact',
    perShare: false,
    implied: [],
    scaled: side.hasScale,
  };
}

function ruleOf(side: Side): string {
  const num = side.written ? 'words' : 'number';
  const scale = side.hasScale ? '-scale' : '';
  if (side.where === 'pre') return `money/${side.symbol ? 'symbol' : 'code'}-${num}${scale}`;
  return `money/${num}${scale}-${side.symbol ? 'symbol' : 'word'}`;
}

// ---------------------------------------------------------------------------------------------
// Ranges

const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$/i;

/** Words that make "X to Y" a change ("rose 5 dlrs to 18 dlrs") rather than a range. */
const CHANGE =
  /^(?:by|up|down|rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|increased?|increases|increasing|raised?|raises|raising|cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowers?|lowering|boost|boosted|boosts|lifted|lifts?|dropped|drops?|dropping|declined?|declines|declining|decreased?|decreases|climbed|climbs?|jumped|jumps?|gained|gains?|grew|grow|grows|growing|slipped|slips?|eased|eases?|plunged|soared|surged|slumped|narrowed|narrows?|widened|widens?|revised|revises?|trimmed|shrank|shrunk|tumbled|advanced|improved|changed|moved|went|edged|expanded|doubled|tripled|halved|adjusted|amended|restated|swung)$/i;

function makeRange(text: string, left: Side, right: Side, sep: string): Found | null {
  const before = text.slice(Math.max(0, left.start - 60), left.start);
  const kind = sep.toLowerCase();
  if (kind === 'and' && !/\bbetween\s*$/i.test(before)) return null;
  if (kind === 'to' || kind === 'through') {
    // "rose 356 mln dlrs to 66.19 billion", "increased from 25 mln dlrs to 44 mln dlrs".
    const words = before.match(/[A-Za-z]+/g) ?? [];
    if (words.slice(-4).some((w) => CHANGE.test(w))) return null;
    if (MONTH.test(before)) return null; // "March 3 to 5 mln dlrs"
  }
  if (left.form && left.where === 'post' && !right.form) return null; // "10 dlrs to 20 shareholders"
  if (!right.form) {
    // "$1-2 billion" and "$1 to 2 billion" read as one range; "gave $5 to 10 charities" does not.
    if (!left.form || left.where !== 'pre') return null;
    if (kind !== '-' && kind !== '–' && kind !== '—' && !(right.hasScale && !left.hasScale)) return null;
  }
  const form = right.form ?? left.form;
  if (!form) return null;
  if (left.form && right.form && !compatible(left.form, right.form) && !compatible(right.form, left.form)) return null;
  // "15-20 mln dlrs", "$1-2 billion": the left number shares the right one's scale and unit.
  const shares = !left.hasScale && !(left.form && left.where === 'post');
  const leftExp = shares ? right.exp : left.exp;
  const leftSide: Side = left.form ? left : { ...left, form };
  const lo = valueOf(leftSide, leftExp);
  const hi = valueOf(right.form ? right : { ...right, form });
  if (!(lo < hi)) return null;
  const code = right.form && right.form.code !== 'DOLLAR' ? right.form.code : form.code;
  return {
    start: left.start,
    end: right.end,
    value: lo,
    code,
    form: right.form && right.form.code !== 'DOLLAR' ? right.form : form,
    symbol: right.form ? right.symbol : left.symbol,
    rule: `money/range-${kind === 'and' ? 'between' : kind === 'to' || kind === 'through' ? 'to' : 'dash'}`,
    qualifier: 'range',
    min: lo,
    max: hi,
    perShare: false,
    implied: [],
    scaled: true,
  };
}

// ---------------------------------------------------------------------------------------------
// Refiners

/**
 * "20 dollars 43 cents", "a dollar and 42 cents", "3 CHF 4 cents", "$20 and 43c" → one amount.
 * Bare cents take the currency of the amount before them.
 */
function refineDollarsAndCents(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    if (!isWholeMajor(a)) {
      out.push(a);
      continue;
    }
    if (
      b &&
      b.qualifier === 'exact' &&
      b.form.minor === true &&
      (b.form.hundredths ?? 1) === 1 &&
      !b.scaled &&
      b.value < 1 &&
      (b.form.code === 'DOLLAR' || b.code === a.code) &&
      /^\s*(?:and\s+)?$/i.test(text.slice(a.end, b.start))
    ) {
      out.push({ ...a, end: b.end, value: addCents(a.value, Math.round(b.value * 100)), rule: 'money/major-and-minor' });
      i++;
      continue;
    }
    // "$20 43", "twenty dollar and 43": a two-digit count of cents, and nothing after it that could
    // make the number something else ("$20 and 43 pct").
    const tail = TRAILING_CENTS.exec(text.slice(a.end, a.end + 40));
    const cents = tail ? centsOf(tail[1]!) : null;
    if (tail && cents !== null && (!b || b.start >= a.end + tail[0].length)) {
      out.push({ ...a, end: a.end + tail[0].length, value: addCents(a.value, cents), rule: 'money/major-and-minor' });
      continue;
    }
    out.push(a);
  }
  return out;
}

const TRAILING_CENTS = /^[ \t]+(?:and[ \t]+)?(\d{1,2}|[a-z]+(?:-[a-z]+)?)(?=[ \t]*(?:[.,;!?)]\s|[.!?]?$))/i;

function isWholeMajor(f: Found): boolean {
  return f.qualifier === 'exact' && !f.form.minor && !f.scaled && Number.isInteger(f.value);
}

function centsOf(s: string): number | null {
  const n = /^\d/.test(s) ? Number(s) : parseWrittenNumber(s);
  return n !== null && Number.isInteger(n) && n > 0 && n < 100 ? n : null;
}

function addCents(major: number, cents: number): number {
  return Math.round(major * 100 + cents) / 100;
}

const QUALIFIER_BEFORE: [RegExp, MoneyQualifier][] = [
  [/\b(?:up to|as much as|as high as|a maximum of|maximum of|no more than|not more than|no higher than|not exceeding|at most|capped at)$/i, 'up_to'],
  [/\b(?:at least|no less than|not less than|no lower than|a minimum of|minimum of|upwards of)$/i, 'at_least'],
  [/\b(?:more than|over|above|in excess of|greater than|higher than|exceeding|just over|well over|well above)$/i, 'more_than'],
  [/\b(?:less than|under|below|lower than|fewer than|just under|short of)$/i, 'less_than'],
  [/\b(?:about|around|approximately|approx\.|approx|roughly|nearly|almost|some|an estimated|estimated at|estimated|an approximate|circa|close to|or so)$/i, 'approximate'],
  [/\b(?:exactly|precisely)$/i, 'exact'],
];

const QUALIFIER_AFTER: [RegExp, MoneyQualifier][] = [
  [/^\s*(?:or more|or higher|or above|-plus|plus)\b/i, 'at_least'],
  [/^\s*(?:or less|or lower|or below)\b/i, 'up_to'],
  [/^\s*or so\b/i, 'approximate'],
];

/** "up to $4 billion" → up_to, max 4e9. The words stay out of the mention's text. */
function refineQualifiers(text: string, found: Found[]): Found[] {
  return found.map((f) => {
    if (f.qualifier === 'range') return f;
    const before = text.slice(Math.max(0, f.start - 30), f.start).replace(/\s+$/, '');
    const after = text.slice(f.end, f.end + 16);
    // First match wins: "no more than" is up_to before "more than" can make it more_than.
    const q = QUALIFIER_AFTER.find(([re]) => re.test(after))?.[1] ?? QUALIFIER_BEFORE.find(([re]) => re.test(before))?.[1] ?? null;
    if (q === null || q === 'exact') return f;
    const g = { ...f, qualifier: q };
    if (q === 'up_to' || q === 'less_than') g.max = f.value;
    if (q === 'at_least' || q === 'more_than') g.min = f.value;
    return g;
  });
}

/** "$40 a share", "37 dlrs per share", "$40-a-share", "15 cts a shr". */
const PER_SHARE_AFTER =
  /^[ \t]*(?:\r?\n[ \t]*)?-?[ \t]*(?:a|per|each|for each|\/)[ \t\r\n-]*(?:(?:common|ordinary|preferred|preference|class [a-z]|new|old|diluted)[ \t\r\n]+)?(?:share|shr)(?![A-Za-z])/i;
/** Earnings-table lines: "Shr 1.53 dlrs vs 1.21 dlrs", "Qtly div 35 cts vs 35 cts". */
const PER_SHARE_LINE =
  /^[ \t]*(?:(?:oper|primary|diluted|fully diluted|avg|basic|net)[ \t]+)?(?:shr|qtly div|quarterly div|annual div|semi-annual div|semiannual div|div|dividend)\b/i;

function refinePerShare(text: string, found: Found[]): Found[] {
  return found.map((f) => {
    if (PER_SHARE_AFTER.test(text.slice(f.end, f.end + 40))) return { ...f, perShare: true };
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    if (f.start - lineStart < 80 && PER_SHARE_LINE.test(text.slice(lineStart, f.start))) return { ...f, perShare: true };
    return f;
  });
}

const CROWN_COUNTRIES: [RegExp, string][] = [
  [/\bSwed(?:en|ish)\b/, 'SEK'],
  [/\bDan(?:ish|es)\b|\bDenmark\b/, 'DKK'],
  [/\bNorw(?:ay|egian)\b/, 'NOK'],
  [/\bIceland(?:ic)?\b/, 'ISK'],
  [/\bCzech/, 'CZK'],
];

/**
 * Decides whose currency a bare word is. A word the story qualifies elsewhere before ("Canadian
 * dlrs", "Swiss francs") decides its bare relatives after it, as long as the story names only one
 * member of the family; otherwise the locale's dollar and the table's defaults hold.
 */
function refineCurrencies(text: string, found: Found[], locale: Locale): Found[] {
  const localeDollar = bareDollarCurrency(locale);
  const seen = new Map<string, Set<string>>();
  let crownByCountry: string | null | undefined;
  return found.map((f) => {
    const family = f.form.family;
    if (!f.form.bare) {
      if (family) {
        const set = seen.get(family) ?? new Set<string>();
        set.add(f.code);
        seen.set(family, set);
      }
      return f;
    }
    let code = f.code === 'DOLLAR' ? localeDollar : f.code === 'LOCAL' ? localCurrency(locale) : f.code;
    const named = family ? seen.get(family) : undefined;
    if (named && named.size === 1 && !f.symbol) code = [...named][0]!;
    else if (family === 'crown') {
      crownByCountry ??= crownFromCountry(text);
      if (crownByCountry) code = crownByCountry;
    }
    return { ...f, code, implied: [...f.implied, 'currency'] };
  });
}

function crownFromCountry(text: string): string | null {
  const hits = CROWN_COUNTRIES.filter(([re]) => re.test(text)).map(([, code]) => code);
  return hits.length === 1 ? hits[0]! : null;
}

/** Sorted by start; of two overlapping mentions the longer stays. */
function removeOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Found[] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

function toMention(text: string, f: Found): MoneyMention {
  return {
    text: text.slice(f.start, f.end),
    span: [f.start, f.end],
    rule: f.rule,
    value: f.value,
    currency: f.code,
    qualifier: f.qualifier,
    ...(f.min !== undefined ? { min: f.min } : {}),
    ...(f.max !== undefined ? { max: f.max } : {}),
    perShare: f.perShare,
    implied: f.implied,
  };
}
export const __debugPatterns = { AMOUNT_RE };
