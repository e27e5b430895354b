/**
 * duckling-money-en: Duckling's English AmountOfMoney corpus (facebook/duckling, BSD licence).
 *
 * Convention, per row:
 * - The row's locale ("EN_AU" → en-AU; plain "EN" → en-US) is the `locale` option.
 * - The first money mention dealwire finds in the phrase is compared with the row.
 * - `kind` simple: the value and the currency must agree; interval: `min` and `max`; above: `min`;
 *   under: `max`.
 * - Currency: an ISO code must be that code. Duckling's bare dollar (`$`) is the dollar dealwire
 *   gives a bare "$" under the row's locale (USD unless the locale has its own: en-AU AUD, en-JM
 *   JMD ...). `cent` is a count of hundredths of that dollar (or of the locale's own money, for
 *   "pennies"). `£` is sterling. Duckling's unnamed `riyal`, `rial` and `dinar` are the code dealwire
 *   gives the bare word. `unknown` ("42 bucks") accepts any currency: only the value is checked.
 * - Sections `negative` ("exactly dollars", "grand") and `latent` ("five", "7.2": a bare number
 *   Duckling returns as money only when asked for latent results) must give no money: dealwire,
 *   like Duckling by default, never reads a bare number as an amount.
 */
import { recognizeMoney } from '../mentions/money.js';
import { bareDollarCurrency, localCurrency, normalizeCurrency } from '../normalize/currency.js';
import type { MoneyMention } from '../schema/mention.js';
import type { Locale } from '../schema/options.js';
import { analyze, localeOf, quote, readRows, stableLines, type SuiteResult } from './common.js';
import { reasonFor } from './reasons.js';

export interface DucklingMoneyRow {
  text: string;
  value: number | null;
  min: number | null;
  max: number | null;
  currency: string | null;
  kind: 'simple' | 'interval' | 'above' | 'under' | 'negative';
  section: 'corpus' | 'latent' | 'negative';
  locale: string;
}

export const MONEY_CONVENTION = "row's locale; first money mention; value+currency (min/max for interval/above/under); negative and latent rows give none";

export function runDucklingMoney(dir: string): SuiteResult {
  const rows = readRows<DucklingMoneyRow>(dir, 'duckling-money-en');
  const failures: string[] = [];
  let passed = 0;
  for (const row of rows) {
    const verdict = checkMoneyRow(row);
    if (verdict.pass) passed++;
    else failures.push(verdict.line);
  }
  return { name: 'duckling-money-en', passed, total: rows.length, convention: MONEY_CONVENTION, failures: stableLines(failures) };
}

export function checkMoneyRow(row: DucklingMoneyRow): { pass: boolean; line: string } {
  const locale = localeOf(row.locale);
  const found = recognizeMoney(analyze(row.text, { locale }));
  const got = found[0];
  const head = `[${row.locale}] ${quote(row.text)} — expected ${describeExpected(row)} | got ${got ? describeGot(got) : 'no money'} — ${reasonFor('duckling-money-en', row.text.trim())}`;
  if (row.section === 'negative' || row.section === 'latent' || row.kind === 'negative') return { pass: got === undefined, line: head };
  if (got === undefined) return { pass: false, line: head };
  const currencyOk = currencyAgrees(row, got, locale);
  const scale = row.currency === 'cent' ? 100 : 1;
  let valueOk: boolean;
  switch (row.kind) {
    case 'simple':
      valueOk = same(got.value * scale, row.value);
      break;
    case 'interval':
      valueOk = same(got.min, row.min) && same(got.max, row.max);
      break;
    case 'above':
      valueOk = same(got.min, row.min);
      break;
    case 'under':
      valueOk = same(got.max, row.max);
      break;
  }
  return { pass: currencyOk && valueOk, line: head };
}

function currencyAgrees(row: DucklingMoneyRow, got: MoneyMention, locale: Locale): boolean {
  const c = row.currency;
  if (c === null || c === 'unknown') return true;
  if (c === '$') return got.currency === bareDollarCurrency(locale);
  if (c === 'cent') return got.currency === bareDollarCurrency(locale) || got.currency === localCurrency(locale);
  if (c === '£') return got.currency === 'GBP';
  if (/^[a-z]+$/.test(c)) return got.currency === normalizeCurrency(c, locale)?.code;
  return got.currency === c;
}

function same(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function describeExpected(row: DucklingMoneyRow): string {
  if (row.section === 'negative' || row.kind === 'negative') return 'no money';
  if (row.section === 'latent') return `no money (latent ${row.value})`;
  const c = row.currency ?? '?';
  switch (row.kind) {
    case 'interval':
      return `${c} ${row.min}..${row.max}`;
    case 'above':
      return `${c} min ${row.min}`;
    case 'under':
      return `${c} max ${row.max}`;
    default:
      return `${c} ${row.value}`;
  }
}

function describeGot(m: MoneyMention): string {
  const bounds = m.min !== undefined || m.max !== undefined ? ` [${m.min ?? ''}..${m.max ?? ''}]` : '';
  return `${m.currency} ${m.value}${bounds} ${m.qualifier} (${quote(m.text)})`;
}
