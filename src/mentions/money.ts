import type { Doc } from '../doc.js';
import type { MoneyMention, MoneyQualifier } from '../schema/mention.js';
import { bareDollarCurrency, localCurrency, lookupCurrency, startsCurrencyForm, type CurrencyForm } from '../normalize/currency.js';
import type { Locale } from '../schema/options.js';
import { NUMBER_WORDS, parseWrittenNumber, scaleExponent, scaleNumber } from '../normalize/number.js';

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
 * - Words that are money only now and then ("quarter", "dime", "nickel", "pounds" of weight) need
 *   evidence. In running text a story must give it ("ten dimes"; "pounds" beside "stg" or an
 *   Egyptian pound); a text that is nothing but the amount ("a quarter", "dime", "ten pounds": a
 *   table cell, a form field, a query) is evidence enough, since nothing else is there to count.
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
  found = refineWholeText(text, found);
  found = refineCurrencies(text, found, doc.options.locale);
  return removeOverlaps(found).map((f) => toMention(text, f));
}

// ---------------------------------------------------------------------------------------------
// Patterns
//
// Each pattern reads one part of an amount at a known place (sticky `y` flag); the parser below
// strings them together. One big pattern with every currency form in it was fifty times slower:
// the regex engine tried hundreds of alternatives, at every character and again on backtracking.

const SP = '[ \\t\\u00a0]';
/** Optional whitespace with at most one line break: Reuters wraps lines inside "5.93\nmln". */
const GAP0 = `${SP}*(?:\\r?\\n${SP}*)?`;
/** Required whitespace with at most one line break. */
const GAP1 = `(?:${SP}+(?:\\r?\\n${SP}*)?|\\r?\\n${SP}*)`;

/** Where a number may start: a digit, or a number word ("seven", "a billion", "half a"). */
const CANDIDATE_RE = new RegExp(
  `(?<![\\d.,])(?:\\d|\\.\\d)|\\b(?:${NUMBER_WORDS.filter((w) => !/^(?:point|hundred|dozen|thousand|million|billion|trillion|lakhs?|crores?)$/.test(w)).join('|')}|an?)\\b`,
  'gi',
);

const NUMERAL_Y = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/y;
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** " point 1", " point five": a spoken decimal point after digits. */
const POINT_Y = new RegExp(`[ \\t]+point[ \\t]+(\\d+(?![\\d.,])|(?:${DIGIT_WORDS.join('|')})(?:[ \\t]+(?:${DIGIT_WORDS.join('|')}))*(?![A-Za-z]))`, 'iy');
/** The fraction of a mixed number, as in dividends: "12-1/2 cts", "1 1/4 dlrs". */
const FRACTION_Y = /[- ](\d{1,2})\/(2|3|4|8|16|32|64)(?![\d/])/y;
const NUM_WORD = `(?:${[...NUMBER_WORDS, 'a', 'an', 'and'].sort((x, y) => y.length - x.length).join('|')})(?![A-Za-z])`;
/** "seven", "two point five", "one hundred and twenty", "a billion", "twenty-one". */
const WRITTEN_Y = new RegExp(`${NUM_WORD}(?:(?:${GAP1}|-)${NUM_WORD})*`, 'iy');

/** A scale word after the number ("2.75 billion", "50-million") or a letter glued to it ("2.75B", "€500m"). */
const SCALE_Y = new RegExp(
  `${GAP0}-?${GAP0}(thousand|million|billion|trillion|mln|mn|bln|bn|tn|trn|mil|lakhs|lakh|lacs|lac|crores|crore|grand)(?![A-Za-z])|([kmb])(?![A-Za-z0-9])`,
  'iy',
);

/** One word of a currency name: "dlrs", "U.S.", "L.E.", "Deutsche". */
const TOKEN = '[A-Za-z]+(?:\\.[A-Za-z]+)*\\.?';
/**
 * Up to five words after the number; the longest run of them the currency table knows is the
 * currency ("1.2 billion Canadian dlrs"). A hyphen may join them to the number in an adjective
 * ("a 50-million-dollar deal").
 */
const WORDS_AFTER_Y = new RegExp(`${GAP0}-?${GAP0}((${TOKEN})(?:(?:${GAP1}|-|${GAP0}&${GAP0})${TOKEN}){0,4})`, 'y');
/** Just the first of those words, for the quick test. */
const WORD_AFTER_Y = new RegExp(`${GAP0}-?${GAP0}(${TOKEN})`, 'y');
const TOKEN_G = new RegExp(TOKEN, 'g');
/** A symbol after the number ("20€", "10$", "3.14US$"), unless a number follows ("10 $20"). */
const SYMBOL_AFTER_Y = new RegExp(`${GAP0}((?:[A-Z]{1,3}|U\\.S\\.)?\\$|[€£¥¢₹])(?!${SP}*[\\d.])`, 'y');
/** A symbol or code before a number, read forwards: the right-hand side of "$10-$20", "$1 and $2". */
const PREFIX_AT_Y = new RegExp(`((?:${TOKEN}${SP}?)?\\$|[€£¥₹₩₪₽]|${TOKEN})${SP}*(?=[\\d.])`, 'y');

const SEPARATOR_Y = new RegExp(`${GAP0}(-|–|—|to(?![A-Za-z])|and(?![A-Za-z])|through(?![A-Za-z]))${GAP0}`, 'iy');

/** A symbol ("$", "US$", "€") as opposed to a word or code, for rule ids. */
const isSymbol = (form: string) => !/[A-Za-z]/.test(form) || /\$$/.test(form);

// ---------------------------------------------------------------------------------------------
// Parser

/** A money amount while refiners work on it; becomes a MoneyMention at the end. */
interface Found {
  start: number;
  end: number;
  value: number;
  /** ISO code, or 'DOLLAR'/'LOCAL' until refineCurrencies decides. */
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

/** One amount as read: the number, its scale, and the currency form next to it (if any). */
interface Side {
  start: number;
  end: number;
  /** The number as written, without scale: "2.75", "seven". */
  num: string;
  written: boolean;
  /** Decimal digits of the number ("2.75"). */
  digits: string;
  exp: number;
  hasScale: boolean;
  form: CurrencyForm | null;
  symbol: boolean;
  where: 'pre' | 'post' | null;
}

/** A currency form found before a number. */
interface Prefix {
  start: number;
  raw: string;
  form: CurrencyForm;
}

function parseAmounts(text: string): Found[] {
  const out: Found[] = [];
  CANDIDATE_RE.lastIndex = 0;
  let c: RegExpExecArray | null;
  let consumed = 0; // end of the last amount: "3 GBP 1 pence" must not read "GBP" twice
  while ((c = CANDIDATE_RE.exec(text)) !== null) {
    if (c[0].length <= 2 && /^an?$/i.test(c[0]) && !articleStartsAmount(text, c.index)) continue;
    const left = readSide(text, c.index, prefixBefore(text, c.index, consumed));
    if (!left || !startsClean(text, left.start)) continue;
    CANDIDATE_RE.lastIndex = consumed = left.end;
    const right = rangeEnd(text, left.end);
    if (right) {
      const range = makeRange(text, left, right.side, right.sep);
      if (range) {
        out.push(range);
        CANDIDATE_RE.lastIndex = consumed = range.end;
        continue;
      }
    }
    const single = makeSingle(left);
    if (single) out.push(single);
  }
  return out;
}

/** "a" and "an" are the commonest words of all; most are not "a billion" or "a dollar". */
const ARTICLE_AMOUNT_Y = /an?\s+(?:hundred|thousand|million|billion|trillion|dozen|half|dollar|buck|euro|pound|cent|penny|dime|nickel|grand)/iy;

function articleStartsAmount(text: string, at: number): boolean {
  ARTICLE_AMOUNT_Y.lastIndex = at;
  return ARTICLE_AMOUNT_Y.test(text);
}

/**
 * An amount does not start inside a word or a longer number: not the "1" of "Q1", the "25" of
 * "1,25" or the "38" of the quote "1.7733/38 marks".
 */
function startsClean(text: string, start: number): boolean {
  return start === 0 || !/[\w.,$€£¥/]/.test(text[start - 1]!);
}

/** The second amount of a possible range after `at` ("-2 billion", " to $2 billion"). */
function rangeEnd(text: string, at: number): { side: Side; sep: string } | null {
  SEPARATOR_Y.lastIndex = at;
  const sep = SEPARATOR_Y.exec(text);
  if (!sep) return null;
  const after = at + sep[0].length;
  PREFIX_AT_Y.lastIndex = after;
  const p = PREFIX_AT_Y.exec(text);
  const form = p ? lookupCurrency(p[1]!) : null;
  const pre: Prefix | null = p && form && form.where !== 'suffix' ? { start: after, raw: p[1]!, form } : null;
  const side = readSide(text, pre ? after + p![0].length : after, pre);
  return side ? { side, sep: sep[1]! } : null;
}

/**
 * The currency form just before a number ("US$3", "USD 3", "Rs20", "worth $5"), found by
 * stepping back over spaces and one word; no further back than `from`, the end of the last amount.
 */
function prefixBefore(text: string, at: number, from: number): Prefix | null {
  let end = at;
  while (end > from && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\u00a0')) end--;
  if (end === from) return null;
  const ch = text[end - 1]!;
  let candidates: number[]; // possible starts of the form, longest first
  if (PREFIX_SYMBOLS.includes(ch)) candidates = [end - 1];
  else if (ch === '$') {
    // "$", "US$", "HK$", "U.S.$", and "US $" with a space.
    let k = end - 1;
    while (k > from && isWordChar(text[k - 1]!)) k--;
    candidates = [k, end - 1];
    if (k === end - 1 && k - 1 > from && text[k - 1] === ' ') {
      let j = k - 1;
      while (j > from && isWordChar(text[j - 1]!)) j--;
      if (j < k - 1) candidates.unshift(j);
    }
  } else if (isWordChar(ch)) {
    let k = end - 1;
    while (k > from && isWordChar(text[k - 1]!)) k--;
    candidates = [k];
  } else return null;
  for (const start of candidates) {
    if (start > from && /[A-Za-z]/.test(text[start - 1]!)) continue;
    const raw = text.slice(start, end);
    const form = lookupCurrency(raw);
    if (form && form.where !== 'suffix') return { start, raw, form };
  }
  return null;
}

const PREFIX_SYMBOLS = '€£¥₹₩₪₽';

function isWordChar(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '.';
}

/** The number at `at`: digits, or the longest run of number words that reads as a number. */
function readNumber(text: string, at: number): { end: number; num: string; digits: string; written: boolean } | null {
  NUMERAL_Y.lastIndex = at;
  const n = NUMERAL_Y.exec(text);
  if (n) {
    // NUMERAL_Y only matches well-formed numerals, so no second check: "1,25" matched just "1".
    const num = n[0];
    const digits = num.includes(',') ? num.replace(/,/g, '') : num;
    FRACTION_Y.lastIndex = at + num.length;
    const f = /^\d+$/.test(digits) ? FRACTION_Y.exec(text) : null;
    if (f && Number(f[1]) < Number(f[2])) {
      const end = at + num.length + f[0].length;
      return { end, num: text.slice(at, end), digits: String(Number(digits) + Number(f[1]) / Number(f[2])), written: false };
    }
    // "1 point 1": digits read out with a spoken decimal point.
    POINT_Y.lastIndex = at + num.length;
    const p = /^\d+$/.test(digits) ? POINT_Y.exec(text) : null;
    if (p) {
      const decimals = /^\d+$/.test(p[1]!) ? p[1]! : p[1]!.split(/[ \t]+/).map((w) => DIGIT_WORDS.indexOf(w.toLowerCase())).join('');
      const end = at + num.length + p[0].length;
      return { end, num: text.slice(at, end), digits: `${digits}.${decimals}`, written: false };
    }
    return { end: at + num.length, num, digits, written: false };
  }
  WRITTEN_Y.lastIndex = at;
  const w = WRITTEN_Y.exec(text);
  if (!w) return null;
  // The run may go on past the number ("one and two dollars" in a range): try shorter runs.
  const ends = [...w[0].matchAll(/[A-Za-z]+/g)].map((x) => at + x.index + x[0].length);
  for (let k = ends.length; k >= 1; k--) {
    const num = text.slice(at, ends[k - 1]);
    const v = parseWrittenNumber(num);
    if (v !== null) return { end: ends[k - 1]!, num, digits: String(v), written: true };
  }
  // "a dollar": the article alone counts as one; readSide checks the word after it.
  if (/^an?$/i.test(text.slice(at, ends[0]))) return { end: ends[0]!, num: text.slice(at, ends[0]), digits: '1', written: true };
  return null;
}

/** The currency form after `at` and where it ends: the longest known run of words, or a symbol. */
function currencyAfter(text: string, at: number): { start: number; end: number; raw: string; form: CurrencyForm } | null {
  // Most numbers are followed by "pct", "tonnes", "vs": one set look-up rules them out.
  WORD_AFTER_Y.lastIndex = at;
  const first = WORD_AFTER_Y.exec(text)?.[1];
  WORDS_AFTER_Y.lastIndex = at;
  const w = first && (startsCurrencyForm(first) || startsCurrencyForm(first.replace(/\.$/, ''))) ? WORDS_AFTER_Y.exec(text) : null;
  if (w) {
    const start = at + w[0].length - w[1]!.length;
    const ends = [...w[1]!.matchAll(TOKEN_G)].map((x) => start + x.index + x[0].length);
    for (let k = ends.length; k >= 1; k--) {
      // "dlrs." at the end of a sentence: the full stop belongs to the sentence, unless the form
      // needs it ("U.S.", "L.E.").
      const end = ends[k - 1]!;
      for (const e of text[end - 1] === '.' ? [end - 1, end] : [end]) {
        const raw = text.slice(start, e);
        const form = lookupCurrency(raw);
        if (form && form.where !== 'prefix') return { start, end: e, raw, form };
      }
    }
  }
  SYMBOL_AFTER_Y.lastIndex = at;
  const s = SYMBOL_AFTER_Y.exec(text);
  if (s) {
    const form = lookupCurrency(s[1]!);
    if (form && form.where !== 'prefix') return { start: at + s[0].length - s[1]!.length, end: at + s[0].length, raw: s[1]!, form };
  }
  return null;
}

/** Reads the amount whose number starts at `at`, with the currency form before it if any. */
function readSide(text: string, at: number, pre: Prefix | null): Side | null {
  const n = readNumber(text, at);
  if (!n) return null;
  let end = n.end;

  let exp = 0;
  let hasScale = false;
  let grand = false;
  SCALE_Y.lastIndex = end;
  const sc = SCALE_Y.exec(text);
  if (sc) {
    const word = sc[1] ?? sc[2]!;
    grand = /^grand$/i.test(word);
    if (!grand || grandIsMoney(text, end + sc[0].length)) {
      exp = scaleExponent(word) ?? 0;
      hasScale = true;
      end += sc[0].length;
    } else grand = false;
  }

  let form: CurrencyForm | null = pre?.form ?? null;
  let symbol = pre ? isSymbol(pre.raw) : false;
  let where: Side['where'] = pre ? 'pre' : null;
  const post = currencyAfter(text, end);
  const whole = text.length <= 60 && spansWholeText(text, pre ? pre.start : at, post?.end ?? end);
  if (post && acceptsPost(text, post.form, post.raw, text.slice(end, post.start), n.num, n.written, hasScale, post.end, whole)) {
    if (!form) {
      form = post.form;
      symbol = isSymbol(post.raw);
      where = 'post';
      end = post.end;
    } else if (compatible(form, post.form)) {
      // "US$ 5 million USD", "$5 U.S. dollars": keep the more specific form.
      if (form.code === 'DOLLAR') form = post.form;
      end = post.end;
    }
  }
  // A scale alone does not make a currency, except "10 grand".
  if (!form && grand) {
    form = GRAND;
    where = 'post';
  }
  const article = n.written && n.digits === '1' && /^an?$/i.test(n.num);
  if (article && !articleIsMoney(text, form, where, end)) return null;
  if (form?.afterArticle && !article) return null;
  const start = pre ? pre.start : at;
  return { start, end, num: n.num, written: n.written, digits: n.digits, exp, hasScale, form, symbol, where };
}

/** "10 grand": the locale's own money, implied. */
const GRAND: CurrencyForm = { code: 'LOCAL', where: 'suffix', bare: true };

/** Checks on a currency word after the number that the regex cannot make. */
function acceptsPost(
  text: string,
  form: CurrencyForm,
  raw: string,
  gap: string,
  num: string,
  written: boolean,
  hasScale: boolean,
  after: number,
  whole = false,
): boolean {
  if (form.guard && whole) return true; // "ten pounds" and nothing else: see the module comment
  if (form.glued && gap !== '' && !(form.spacedFinal && gap === ' ' && /^(?:[.,;!?]?\s|[.,;!?]?$)/.test(text.slice(after, after + 2)))) return false;
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
  return !next || /^(?:and|or|to|in|for|a|per|each|from|on|at|this|last|by|worth|of|is|was)$/.test(next[1]!);
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
  if (side.form?.minor !== true) return scaleNumber(side.digits, exp);
  const h = side.form.hundredths ?? 1;
  return h === 1 ? scaleNumber(side.digits, exp - 2) : (scaleNumber(side.digits, exp) * h) / 100;
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
  if (kind === 'and' && !/\b(?:between|from)\s*$/i.test(before)) return null;
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
  [/^\s*(?:or more|or higher|or above)\b|^-plus\b/i, 'at_least'],
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
  /^[ \t]*(?:(?:oper|primary|diluted|fully diluted|avg|basic|net|interim|final|special|extra|initial|year|annual)[ \t]+)?(?:shr|qtly div|quarterly div|annual div|semi-annual div|semiannual div|div|dividend)\b/i;

/** "500,000 shares at five dlrs each": "each" after a price, with shares just before it. */
const EACH_AFTER = /^[ \t]*each\b/i;
const SHARES_BEFORE = /\bshares\b[^.;]{0,40}$/i;

function refinePerShare(text: string, found: Found[]): Found[] {
  return found.map((f) => {
    const after = text.slice(f.end, f.end + 40);
    if (PER_SHARE_AFTER.test(after)) return { ...f, perShare: true };
    if (EACH_AFTER.test(after) && SHARES_BEFORE.test(text.slice(Math.max(0, f.start - 60), f.start))) return { ...f, perShare: true };
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    if (f.start - lineStart < 80 && PER_SHARE_LINE.test(text.slice(lineStart, f.start))) return { ...f, perShare: true };
    return f;
  });
}

/**
 * Countries whose currency a bare "crowns" or "pounds" may be, found by name in the story; a story
 * naming exactly one of them decides. Britain is left out of the pounds on purpose: British stories
 * write "stg" or "£", and "pounds" in them is mostly weight.
 */
const COUNTRY_CURRENCIES: Partial<Record<string, [RegExp, string][]>> = {
  crown: [
    [/\bSwed(?:en|ish)\b/, 'SEK'],
    [/\bDan(?:ish|es)\b|\bDenmark\b/, 'DKK'],
    [/\bNorw(?:ay|egian)\b/, 'NOK'],
    [/\bIceland(?:ic)?\b/, 'ISK'],
    [/\bCzech/, 'CZK'],
  ],
  pound: [
    [/\bEgypt(?:ian)?\b/, 'EGP'],
    [/\bSudan(?:ese)?\b/, 'SDG'],
    [/\bLeban(?:on|ese)\b/, 'LBP'],
    [/\bSyria(?:n)?\b/, 'SYP'],
    [/\bCyprus\b|\bCypriot\b/, 'CYP'],
    [/\bIreland\b|\bIrish\b/, 'IEP'],
  ],
};

/**
 * Decides whose currency a bare word is. A word the story qualifies elsewhere before ("Canadian
 * dlrs", "Swiss francs") decides its bare relatives after it, as long as the story names only one
 * member of the family; otherwise the locale's dollar and the table's defaults hold.
 */
function refineCurrencies(text: string, found: Found[], locale: Locale): Found[] {
  const localeDollar = bareDollarCurrency(locale);
  const seen = new Map<string, Set<string>>();
  const byCountry = new Map<string, string | null>();
  const countryCode = (family: string) => {
    if (!byCountry.has(family)) byCountry.set(family, currencyFromCountry(text, family));
    return byCountry.get(family) ?? null;
  };
  const out: Found[] = [];
  for (const f of found) {
    const family = f.form.family;
    if (!f.form.bare) {
      if (family) {
        const set = seen.get(family) ?? new Set<string>();
        set.add(f.code);
        seen.set(family, set);
      }
      out.push(f);
      continue;
    }
    let code = f.code === 'DOLLAR' ? localeDollar : f.code === 'LOCAL' ? localCurrency(locale) : f.code;
    const named = family ? seen.get(family) : undefined;
    if (named && named.size === 1 && !f.symbol) code = [...named][0]!;
    else if (family && COUNTRY_CURRENCIES[family]) code = countryCode(family) ?? code;
    // "870,000 pounds" is a weight unless the story talks about sterling or an Egyptian pound.
    const money =
      !f.form.needsContext ||
      found.some((g) => !g.form.bare && g.form.family === family) ||
      (family !== undefined && countryCode(family) !== null) ||
      isWholeText(text, f);
    if (money) out.push({ ...f, code, implied: [...f.implied, 'currency'] });
  }
  return out;
}

/** The amount is the whole text, give or take surrounding whitespace ("ten pounds"). */
function isWholeText(text: string, f: Found): boolean {
  return text.length <= 60 && spansWholeText(text, f.start, f.end);
}

function spansWholeText(text: string, start: number, end: number): boolean {
  const [a, b] = wholeSpan(text);
  return start === a && end === b;
}

function currencyFromCountry(text: string, family: string): string | null {
  const hits = (COUNTRY_CURRENCIES[family] ?? []).filter(([re]) => re.test(text)).map(([, code]) => code);
  return hits.length === 1 ? hits[0]! : null;
}

/** Coins that are money in a text of their own, not in running text ("the fourth quarter", "nickel prices"). */
const COINS_ALONE: Readonly<Record<string, number>> = { quarter: 25, quarters: 25, dime: 10, dimes: 10, nickel: 5, nickels: 5 };
const WHOLE_COIN = /^(?:(.+?)[ \t]+)?(quarters?|dimes?|nickels?)$/i;

/** The span of the text without surrounding whitespace. */
function wholeSpan(text: string): [number, number] {
  const start = text.length - text.trimStart().length;
  return [start, start + text.trim().length];
}

/**
 * A text that is nothing but a coin amount ("quarter", "a dime", "four quarters"): see the module
 * comment. A coin with a count the parser already read ("ten dimes") is left as it is.
 */
function refineWholeText(text: string, found: Found[]): Found[] {
  if (text.length > 60) return found;
  const [start, end] = wholeSpan(text);
  if (found.some((f) => f.start === start && f.end === end)) return found;
  const m = WHOLE_COIN.exec(text.slice(start, end));
  if (m === null) return found;
  const count = m[1] === undefined ? 1 : /^an?$/i.test(m[1]) ? 1 : /^\d+$/.test(m[1]) ? Number(m[1]) : parseWrittenNumber(m[1]);
  const singular = !/s$/i.test(m[2]!);
  if (count === null || count <= 0 || (singular && count !== 1)) return found;
  const hundredths = COINS_ALONE[m[2]!.toLowerCase()]!;
  const form: CurrencyForm = { code: 'DOLLAR', where: 'suffix', minor: true, hundredths, family: 'dollar', bare: true };
  const value = Math.round(count * hundredths) / 100;
  return [{ start, end, value, code: 'DOLLAR', form, symbol: false, rule: 'money/coin-alone', qualifier: 'exact', perShare: false, implied: [], scaled: false }];
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
