import { describe, expect, it } from 'vitest';
import { bareDollarCurrency, localCurrency, lookupCurrency, normalizeCurrency } from '../../src/normalize/currency.js';
import { Locale } from '../../src/schema/options.js';

describe('normalizeCurrency', () => {
  it.each([
    // symbols and codes
    ['US$', 'USD'],
    ['U.S.$', 'USD'],
    ['C$', 'CAD'],
    ['A$', 'AUD'],
    ['HK$', 'HKD'],
    ['S$', 'SGD'],
    ['NZ$', 'NZD'],
    ['NT$', 'TWD'],
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['¥', 'JPY'],
    ['Rs', 'INR'],
    ['Rs.', 'INR'],
    ['₹', 'INR'],
    ['CHF', 'CHF'],
    ['SFr', 'CHF'],
    ['DM', 'DEM'],
    ['USD', 'USD'],
    ['EUR', 'EUR'],
    ['GBP', 'GBP'],
    ['RMB', 'CNY'],
    // words, in any letter case
    ['euros', 'EUR'],
    ['stg', 'GBP'],
    ['pounds sterling', 'GBP'],
    ['sterling', 'GBP'],
    ['yen', 'JPY'],
    ['YEN', 'JPY'],
    ['francs', 'FRF'],
    ['French francs', 'FRF'],
    ['Swiss francs', 'CHF'],
    ['Belgian francs', 'BEF'],
    ['marks', 'DEM'],
    ['Deutsche marks', 'DEM'],
    ['D-marks', 'DEM'],
    ['West German marks', 'DEM'],
    ['lire', 'ITL'],
    ['guilders', 'NLG'],
    ['pesetas', 'ESP'],
    ['rupees', 'INR'],
    ['yuan', 'CNY'],
    ['won', 'KRW'],
    ['Canadian dlrs', 'CAD'],
    ['CANADIAN DLRS', 'CAD'],
    ['Australian dollars', 'AUD'],
    ['U.S. dlrs', 'USD'],
    ['U.S. dollars', 'USD'],
    ['Hong Kong dlrs', 'HKD'],
    ['New Zealand dlrs', 'NZD'],
    ['Swedish crowns', 'SEK'],
    ['Danish crowns', 'DKK'],
    ['Saudi riyals', 'SAR'],
    ['ECUs', 'XEU'],
  ])('%s → %s, written', (raw, code) => {
    expect(normalizeCurrency(raw)).toMatchObject({ code, implied: false });
  });

  it.each([
    ['$', 'en-US', 'USD'],
    ['dlrs', 'en-US', 'USD'],
    ['Dlrs', 'en-AU', 'AUD'],
    ['dollars', 'en-CA', 'CAD'],
    ['$', 'en-NZ', 'NZD'],
    ['$', 'en-SG', 'SGD'],
    ['$', 'en-HK', 'HKD'],
    ['$', 'en-GB', 'USD'],
    ['$', 'en-IN', 'USD'],
  ] as const)('a bare %s under %s is %s, implied', (raw, locale, code) => {
    expect(normalizeCurrency(raw, locale)).toMatchObject({ code, implied: true });
  });

  it('counts cents in hundredths', () => {
    expect(normalizeCurrency('cts')).toMatchObject({ code: 'USD', minor: true, implied: true });
    expect(normalizeCurrency('pence')).toMatchObject({ code: 'GBP', minor: true });
  });

  it('takes codes only in capitals', () => {
    expect(lookupCurrency('usd')).toBeNull();
    expect(lookupCurrency('chf')).toBeNull();
    expect(lookupCurrency('Usd')).toBeNull();
  });

  it('knows nothing of other words', () => {
    for (const raw of ['pct', 'shares', 'barrels', 'tonnes', 'points', 'TRY', 'ALL']) expect(normalizeCurrency(raw)).toBeNull();
  });

  it('gives every locale a dollar and a currency of its own', () => {
    for (const locale of Locale.options) {
      expect(bareDollarCurrency(locale)).toMatch(/^[A-Z]{3}$/);
      expect(localCurrency(locale)).toMatch(/^[A-Z]{3}$/);
    }
    expect(localCurrency('en-GB')).toBe('GBP');
    expect(localCurrency('en-IE')).toBe('EUR');
    expect(localCurrency('en-AU')).toBe('AUD');
  });
});
