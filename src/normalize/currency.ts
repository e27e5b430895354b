import type { Locale } from '../schema/options.js';

/**
 * Currency symbols, words and codes → ISO 4217.
 *
 * The table is code, not JSON, so it needs no loader and ships in dist/ as is. Each entry says
 * where the form may stand (before the number, after it, or both) and how far to trust it:
 * - `code: 'DOLLAR'` is a bare dollar ("$", "dlrs"): whose dollar depends on the locale or the story;
 *   `code: 'LOCAL'` is the locale's own money ("10 grand", "ten pennies");
 * - `minor` forms count hundredths ("15 cts" = 0.15), coins `hundredths` each ("ten dimes" = 1);
 * - `bare` marks an unqualified word of a family ("francs", "crowns") that the story may pin down
 *   with a qualified form elsewhere ("Swiss francs");
 * - `guard` marks words that are also ordinary English ("won", "marks", "pounds", "rand"): the
 *   recognizer accepts them only after digits that do not look like a year; bare "pounds" also
 *   `needsContext`: a story that names no currency of the pound family is weighing something.
 * Codes that were replaced by the euro (DEM, FRF, ITL, ...) are kept: the 1987 newswire uses them.
 */

export type CurrencyFamily = 'dollar' | 'franc' | 'crown' | 'pound' | 'peso' | 'mark' | 'rupee' | 'dinar' | 'riyal';

export interface CurrencyForm {
  /** ISO 4217 code, or 'DOLLAR' for a dollar whose country the text does not say. */
  code: string;
  where: 'prefix' | 'suffix' | 'both';
  /** Counts hundredths of the currency (cents, pence). */
  minor?: boolean;
  /** For minor forms: hundredths per unit, when not one (a nickel is 5, a dime 10). */
  hundredths?: number;
  family?: CurrencyFamily;
  /** The unqualified member of its family ("francs", not "Swiss francs"). */
  bare?: boolean;
  /** Also an ordinary English word; see the module comment. */
  guard?: boolean;
  /** Matched exactly as written (codes, symbols); otherwise in any letter case. */
  exactCase?: boolean;
  /** Only written glued to the number ("50p"), never after a space. */
  glued?: boolean;
  /** With `glued`: also after one space when only the end of the text or punctuation follows ("10 c."). */
  spacedFinal?: boolean;
  /** Money only after "a" ("a nickel"), never after a number ("2 nickel mines"). */
  afterArticle?: boolean;
  /** Money only in a story that also names a currency of the family ("stg", "Egyptian pounds"). */
  needsContext?: boolean;
}

const table = new Map<string, CurrencyForm>();

function add(forms: readonly string[], form: CurrencyForm): void {
  for (const f of forms) table.set(keyOf(f), form);
}

/** Word forms of a dollar-like unit after an adjective: "Canadian dlrs", "Canadian cents". */
function dollarsOf(adjectives: readonly string[], code: string): void {
  const units = ['dollars', 'dollar', 'dlrs', 'dlr', 'dls'];
  add(adjectives.flatMap((a) => units.map((u) => `${a} ${u}`)), { code, where: 'suffix', family: 'dollar' });
  add(adjectives.flatMap((a) => ['cents', 'cts', 'cent'].map((u) => `${a} ${u}`)), {
    code,
    where: 'suffix',
    minor: true,
    family: 'dollar',
  });
}

function unitsOf(adjectives: readonly string[], units: readonly string[], code: string, family?: CurrencyFamily): void {
  add(adjectives.flatMap((a) => units.map((u) => `${a} ${u}`)), { code, where: 'suffix', ...(family ? { family } : {}) });
}

// --- Dollars -----------------------------------------------------------------------------------
add(['$'], { code: 'DOLLAR', where: 'both', family: 'dollar', bare: true, exactCase: true });
add(['dollars', 'dollar', 'dlrs', 'dlr', 'dls', 'bucks', 'buck'], { code: 'DOLLAR', where: 'suffix', family: 'dollar', bare: true });
add(['cents', 'cent', 'cts', '¢'], { code: 'DOLLAR', where: 'suffix', minor: true, family: 'dollar', bare: true });
add(['c'], { code: 'DOLLAR', where: 'suffix', minor: true, family: 'dollar', bare: true, exactCase: true, glued: true, spacedFinal: true });
// Coins only in the plural after a count ("ten dimes"): "quarter" and "nickel" are far more often
// a part of a year and a metal than money, and "a dime" needs the article check in the recognizer.
add(['dimes'], { code: 'DOLLAR', where: 'suffix', minor: true, hundredths: 10, family: 'dollar', bare: true });
add(['dime'], { code: 'DOLLAR', where: 'suffix', minor: true, hundredths: 10, family: 'dollar', bare: true, afterArticle: true });
add(['nickels'], { code: 'DOLLAR', where: 'suffix', minor: true, hundredths: 5, family: 'dollar', bare: true });
add(['nickel'], { code: 'DOLLAR', where: 'suffix', minor: true, hundredths: 5, family: 'dollar', bare: true, afterArticle: true });
add(['pennies', 'penny'], { code: 'LOCAL', where: 'suffix', minor: true, bare: true });
add(['US$', 'U.S.$', 'US $', 'U.S. $', 'USD$'], { code: 'USD', where: 'both', family: 'dollar', exactCase: true });
dollarsOf(['U.S.', 'US', 'American'], 'USD');
add(['C$', 'Can$', 'CAN$', 'CA$', 'CDN$', 'Cdn$', 'Cdn.$'], { code: 'CAD', where: 'prefix', family: 'dollar', exactCase: true });
dollarsOf(['Canadian', 'Cdn', 'Can', 'Canada'], 'CAD');
add(['A$', 'AU$', 'AUD$', 'Aus$', 'Aust$', 'AUS$'], { code: 'AUD', where: 'prefix', family: 'dollar', exactCase: true });
dollarsOf(['Australian', 'Aust', 'Aust.', 'Aus', 'Australia'], 'AUD');
add(['NZ$', 'NZD$'], { code: 'NZD', where: 'prefix', family: 'dollar', exactCase: true });
dollarsOf(['New Zealand', 'N.Z.', 'NZ'], 'NZD');
add(['HK$'], { code: 'HKD', where: 'prefix', family: 'dollar', exactCase: true });
dollarsOf(['Hong Kong', 'H.K.', 'HK'], 'HKD');
add(['S$', 'SG$', 'Sing$'], { code: 'SGD', where: 'prefix', family: 'dollar', exactCase: true });
dollarsOf(['Singapore', 'Singaporean'], 'SGD');
add(['NT$'], { code: 'TWD', where: 'prefix', family: 'dollar', exactCase: true });
dollarsOf(['Taiwan', 'Taiwanese', 'New Taiwan'], 'TWD');
dollarsOf(['Malaysian'], 'MYR'); // the ringgit was still called the Malaysian dollar in 1987 copy
dollarsOf(['Jamaican', 'Jamaica'], 'JMD');
dollarsOf(['Trinidad and Tobago', 'Trinidad & Tobago', 'TT'], 'TTD');
dollarsOf(['Zimbabwe', 'Zimbabwean'], 'ZWD');
dollarsOf(['Brunei'], 'BND');
dollarsOf(['Bahamian'], 'BSD');
dollarsOf(['Barbados', 'Barbadian'], 'BBD');
dollarsOf(['Belize', 'Belizean'], 'BZD');
add(['R$'], { code: 'BRL', where: 'prefix', exactCase: true });
add(['Mex$', 'MX$'], { code: 'MXN', where: 'prefix', exactCase: true });

// --- Euro, sterling and other pounds -----------------------------------------------------------
add(['€'], { code: 'EUR', where: 'both', exactCase: true });
add(['euros', 'euro', 'eur'], { code: 'EUR', where: 'suffix' });
add(['£'], { code: 'GBP', where: 'both', family: 'pound', exactCase: true });
add(['stg', 'sterling', 'pounds sterling', 'pound sterling', 'stlg'], { code: 'GBP', where: 'suffix', family: 'pound' });
unitsOf(['British', 'U.K.', 'UK'], ['pounds', 'pound'], 'GBP', 'pound');
add(['pounds', 'pound'], { code: 'GBP', where: 'suffix', family: 'pound', bare: true, guard: true, needsContext: true });
add(['pence'], { code: 'GBP', where: 'suffix', minor: true, family: 'pound' });
add(['p'], { code: 'GBP', where: 'suffix', minor: true, family: 'pound', exactCase: true, glued: true });
unitsOf(['Irish'], ['pounds', 'pound'], 'IEP', 'pound');
add(['punts', 'punt'], { code: 'IEP', where: 'suffix', family: 'pound', guard: true });
unitsOf(['Egyptian', 'egyptian'], ['pounds', 'pound'], 'EGP', 'pound');
add(['egyptianpound', 'egyptianpounds', 'L.E.', 'L.E', 'l.e.', 'LE', 'le'], { code: 'EGP', where: 'suffix', family: 'pound', exactCase: true });
// The Egyptian Arabic names, as English copy transliterates them: geneh (pound), genihat masriya (Egyptian pounds).
add(['geneh', 'genih', 'ginih', 'geneih', 'genihat', 'geneh masri', 'genih masri', 'genihat masriya', 'geneihat masriya'], { code: 'EGP', where: 'suffix', family: 'pound' });
unitsOf(['Lebanese'], ['pounds', 'pound'], 'LBP', 'pound');
unitsOf(['Syrian'], ['pounds', 'pound'], 'SYP', 'pound');
unitsOf(['Cyprus', 'Cypriot'], ['pounds', 'pound'], 'CYP', 'pound');
unitsOf(['Sudanese'], ['pounds', 'pound'], 'SDG', 'pound');

// --- Yen, yuan, won, rupees and other Asian currencies -----------------------------------------
add(['¥'], { code: 'JPY', where: 'both', exactCase: true });
add(['yen', 'Japanese yen'], { code: 'JPY', where: 'suffix' });
add(['yuan', 'renminbi', 'Chinese yuan'], { code: 'CNY', where: 'suffix' });
add(['won'], { code: 'KRW', where: 'suffix', guard: true });
unitsOf(['South Korean', 'Korean'], ['won'], 'KRW');
add(['₩'], { code: 'KRW', where: 'prefix', exactCase: true });
add(['₹', 'Rs', 'Rs.', 'INR'], { code: 'INR', where: 'both', family: 'rupee', exactCase: true });
add(['rupees', 'rupee'], { code: 'INR', where: 'suffix', family: 'rupee', bare: true });
unitsOf(['Indian'], ['rupees', 'rupee'], 'INR', 'rupee');
unitsOf(['Pakistani', 'Pakistan'], ['rupees', 'rupee'], 'PKR', 'rupee');
unitsOf(['Sri Lankan', 'Sri Lanka'], ['rupees', 'rupee'], 'LKR', 'rupee');
unitsOf(['Nepalese', 'Nepali'], ['rupees', 'rupee'], 'NPR', 'rupee');
add(['rupiah', 'Indonesian rupiah'], { code: 'IDR', where: 'suffix' });
add(['ringgit', 'ringgits', 'Malaysian ringgit', 'Malaysian ringgits', 'Malaysia ringgit', 'Malaysia ringgits'], {
  code: 'MYR',
  where: 'both',
});
add(['RM'], { code: 'MYR', where: 'both', exactCase: true });
add(['sen', 'sens'], { code: 'MYR', where: 'suffix', minor: true, guard: true });
add(['baht'], { code: 'THB', where: 'suffix' });
add(['tugriks', 'tugrik', 'tugrugs', 'tugrug'], { code: 'MNT', where: 'suffix' });
add(['dong'], { code: 'VND', where: 'suffix', guard: true });

// --- European currencies of 1987 ---------------------------------------------------------------
add(['CHF', 'SFr', 'SFr.', 'SFR', 'Sfr', 'Sfr.', 'SwFr'], { code: 'CHF', where: 'both', family: 'franc', exactCase: true });
unitsOf(['Swiss'], ['francs', 'franc'], 'CHF', 'franc');
add(['francs', 'franc'], { code: 'FRF', where: 'suffix', family: 'franc', bare: true });
unitsOf(['French'], ['francs', 'franc'], 'FRF', 'franc');
add(['FFr', 'FFr.', 'FF'], { code: 'FRF', where: 'both', family: 'franc', exactCase: true });
unitsOf(['Belgian'], ['francs', 'franc'], 'BEF', 'franc');
add(['BFr', 'BFr.'], { code: 'BEF', where: 'both', family: 'franc', exactCase: true });
unitsOf(['Luxembourg'], ['francs', 'franc'], 'LUF', 'franc');
unitsOf(['CFA'], ['francs', 'franc'], 'XOF', 'franc');
unitsOf(['Malagasy'], ['francs', 'franc'], 'MGF', 'franc');
add(['marks', 'mark'], { code: 'DEM', where: 'suffix', family: 'mark', bare: true, guard: true });
add(['Deutsche marks', 'Deutsche mark', 'Deutschemarks', 'Deutschemark', 'Deutschmarks', 'Deutschmark', 'D-marks', 'D-mark'], {
  code: 'DEM',
  where: 'suffix',
  family: 'mark',
});
unitsOf(['German', 'West German', 'W. German'], ['marks', 'mark'], 'DEM', 'mark');
add(['DM'], { code: 'DEM', where: 'both', family: 'mark', exactCase: true });
unitsOf(['Finnish'], ['marks', 'mark', 'markka', 'markkaa'], 'FIM', 'mark');
add(['markka', 'markkaa'], { code: 'FIM', where: 'suffix' });
add(['lire', 'lira', 'Italian lire', 'Italian lira'], { code: 'ITL', where: 'suffix' });
add(['Turkish lira', 'Turkish liras', 'Turkish lire'], { code: 'TRY', where: 'suffix' });
add(['guilders', 'guilder', 'Dutch guilders', 'Dutch guilder'], { code: 'NLG', where: 'suffix' });
add(['Dfl', 'Dfl.', 'Hfl', 'Hfl.'], { code: 'NLG', where: 'prefix', exactCase: true });
add(['pesetas', 'peseta', 'Spanish pesetas'], { code: 'ESP', where: 'suffix' });
add(['escudos', 'escudo', 'Portuguese escudos'], { code: 'PTE', where: 'suffix' });
add(['drachmas', 'drachmae', 'drachma', 'Greek drachmas'], { code: 'GRD', where: 'suffix' });
add(['schillings', 'schilling', 'Austrian schillings'], { code: 'ATS', where: 'suffix' });
add(['crowns', 'kronor', 'kronur', 'kroner'], { code: 'SEK', where: 'suffix', family: 'crown', bare: true });
unitsOf(['Swedish'], ['crowns', 'crown', 'kronor', 'krona'], 'SEK', 'crown');
unitsOf(['Danish'], ['crowns', 'crown', 'kroner', 'krone'], 'DKK', 'crown');
unitsOf(['Norwegian'], ['crowns', 'crown', 'kroner', 'krone'], 'NOK', 'crown');
unitsOf(['Icelandic'], ['crowns', 'crown', 'kronur', 'krona'], 'ISK', 'crown');
unitsOf(['Czech', 'Czechoslovak'], ['crowns', 'crown', 'korunas', 'koruna'], 'CZK', 'crown');
add(['ECUs', 'ECU', 'Ecus', 'Ecu', 'ecus', 'European currency units', 'European Currency Units'], {
  code: 'XEU',
  where: 'both',
  exactCase: true,
});
add(['SDRs', 'SDR', 'special drawing rights', 'Special Drawing Rights'], { code: 'XDR', where: 'both', exactCase: true });
add(['roubles', 'rouble', 'rubles', 'ruble'], { code: 'RUB', where: 'suffix' });
add(['₽'], { code: 'RUB', where: 'prefix', exactCase: true });
add(['zlotys', 'zloty', 'zlotych'], { code: 'PLN', where: 'suffix' });
add(['forints', 'forint'], { code: 'HUF', where: 'suffix' });
add(['levs', 'leva', 'lev'], { code: 'BGN', where: 'suffix', guard: true });
add(['hryvnias', 'hryvnia', 'hryvnas', 'hryvna'], { code: 'UAH', where: 'suffix' });
add(['kopiykas', 'kopiyka'], { code: 'UAH', where: 'suffix', minor: true });
add(['dinars', 'dinar'], { code: 'KWD', where: 'suffix', family: 'dinar', bare: true });
unitsOf(['Kuwaiti', 'kuwaiti'], ['dinars', 'dinar'], 'KWD', 'dinar');
unitsOf(['Iraqi'], ['dinars', 'dinar'], 'IQD', 'dinar');
unitsOf(['Algerian'], ['dinars', 'dinar'], 'DZD', 'dinar');
unitsOf(['Tunisian'], ['dinars', 'dinar'], 'TND', 'dinar');
unitsOf(['Jordanian'], ['dinars', 'dinar'], 'JOD', 'dinar');
unitsOf(['Bahraini'], ['dinars', 'dinar'], 'BHD', 'dinar');
unitsOf(['Libyan'], ['dinars', 'dinar'], 'LYD', 'dinar');
unitsOf(['Yugoslav'], ['dinars', 'dinar'], 'YUN', 'dinar');

// --- Middle East, Africa, Americas -------------------------------------------------------------
add(['riyals', 'riyal', 'Saudiriyal', 'Saudiriyals'], { code: 'SAR', where: 'suffix', family: 'riyal', bare: true });
unitsOf(['Saudi', 'saudi'], ['riyals', 'riyal', 'rials', 'rial'], 'SAR', 'riyal');
unitsOf(['Qatari', 'qatari'], ['riyals', 'riyal', 'rials', 'rial'], 'QAR', 'riyal');
unitsOf(['Omani'], ['riyals', 'riyal', 'rials', 'rial'], 'OMR', 'riyal');
add(['rials', 'rial'], { code: 'IRR', where: 'suffix', family: 'riyal', bare: true });
unitsOf(['Iranian'], ['rials', 'rial'], 'IRR', 'riyal');
unitsOf(['Yemeni'], ['riyals', 'riyal', 'rials', 'rial'], 'YER', 'riyal');
add(['dirhams', 'dirham'], { code: 'AED', where: 'suffix' });
unitsOf(['Moroccan'], ['dirhams', 'dirham'], 'MAD');
add(['shekels', 'shekel', 'new shekels', 'sheqels'], { code: 'ILS', where: 'suffix' });
add(['₪'], { code: 'ILS', where: 'prefix', exactCase: true });
add(['rand'], { code: 'ZAR', where: 'suffix', guard: true });
unitsOf(['South African'], ['rand'], 'ZAR');
add(['naira'], { code: 'NGN', where: 'suffix' });
unitsOf(['Kenyan', 'Kenya'], ['shillings', 'shilling'], 'KES');
unitsOf(['Tanzanian'], ['shillings', 'shilling'], 'TZS');
unitsOf(['Ugandan'], ['shillings', 'shilling'], 'UGX');
add(['cruzados', 'cruzado'], { code: 'BRC', where: 'suffix' });
add(['cruzeiros', 'cruzeiro'], { code: 'BRB', where: 'suffix' });
add(['reais'], { code: 'BRL', where: 'suffix' });
add(['australs', 'austral'], { code: 'ARA', where: 'suffix', guard: true });
add(['pesos', 'peso'], { code: 'MXN', where: 'suffix', family: 'peso', bare: true });
unitsOf(['Mexican'], ['pesos', 'peso'], 'MXN', 'peso');
unitsOf(['Philippine'], ['pesos', 'peso'], 'PHP', 'peso');
unitsOf(['Argentine', 'Argentinian'], ['pesos', 'peso'], 'ARS', 'peso');
unitsOf(['Chilean'], ['pesos', 'peso'], 'CLP', 'peso');
unitsOf(['Colombian'], ['pesos', 'peso'], 'COP', 'peso');
unitsOf(['Uruguayan'], ['pesos', 'peso'], 'UYU', 'peso');
add(['bolivars', 'bolivares', 'bolivar'], { code: 'VEB', where: 'suffix', guard: true });
add(['soles', 'intis'], { code: 'PEN', where: 'suffix', guard: true });
add(['sucres'], { code: 'ECS', where: 'suffix' });

/**
 * ISO codes accepted before or after a number, written in capitals. Codes that are also common
 * capitalised words or abbreviations (ALL, TRY, TOP, PEN, CUP, MAD, PHP, GEL, ...) are left out.
 */
const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'CNY', 'CNH', 'INR', 'KRW',
  'SEK', 'NOK', 'DKK', 'ISK', 'ZAR', 'BRL', 'MXN', 'RUB', 'TWD', 'THB', 'MYR', 'IDR', 'PLN', 'HUF',
  'CZK', 'ILS', 'AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR', 'EGP', 'NGN', 'KES', 'PKR', 'LKR', 'BDT',
  'VND', 'ARS', 'CLP', 'COP', 'UAH', 'MNT', 'BGN', 'RON', 'HRK', 'LBP', 'JOD', 'DEM', 'FRF', 'ITL',
  'ESP', 'NLG', 'BEF', 'ATS', 'PTE', 'GRD', 'FIM', 'IEP', 'XEU', 'XDR', 'JMD', 'TTD', 'BZD',
] as const;
const DOLLAR_CODES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'JMD', 'TTD', 'BZD']);
for (const code of ISO_CODES) {
  add([code], { code, where: 'both', exactCase: true, ...(DOLLAR_CODES.has(code) ? { family: 'dollar' as const } : {}) });
}
add(['RMB'], { code: 'CNY', where: 'both', exactCase: true });

function keyOf(form: string): string {
  return /\s/.test(form) ? form.replace(/\s+/g, ' ').trim() : form;
}

/** Word forms by lower case, so "Dlrs", "DLRS" and "CANADIAN DLRS" find their entry. */
const byLowerCase = new Map<string, CurrencyForm>();
for (const [form, entry] of table) {
  if (!entry.exactCase && !byLowerCase.has(form.toLowerCase())) byLowerCase.set(form.toLowerCase(), entry);
}

/** The table entry for a form as written, or null. Codes and symbols must match exactly. */
export function lookupCurrency(raw: string): CurrencyForm | null {
  const key = keyOf(raw);
  return table.get(key) ?? byLowerCase.get(key.toLowerCase()) ?? null;
}

/**
 * The locale's own currency, for words that name no currency at all ("10 grand", "ten pennies"):
 * the pound in Britain, the euro in Ireland, the rupee in India, the rand in South Africa, and the
 * local dollar elsewhere.
 */
export function localCurrency(locale: Locale): string {
  switch (locale) {
    case 'en-GB':
      return 'GBP';
    case 'en-IE':
      return 'EUR';
    case 'en-IN':
      return 'INR';
    case 'en-ZA':
      return 'ZAR';
    default:
      return bareDollarCurrency(locale);
  }
}

/** The currency of a bare "$" or "dollars" under a locale: the locale's own dollar, else USD. */
export function bareDollarCurrency(locale: Locale): string {
  switch (locale) {
    case 'en-AU':
      return 'AUD';
    case 'en-CA':
      return 'CAD';
    case 'en-NZ':
      return 'NZD';
    case 'en-SG':
      return 'SGD';
    case 'en-HK':
      return 'HKD';
    case 'en-JM':
      return 'JMD';
    case 'en-TT':
      return 'TTD';
    case 'en-BZ':
      return 'BZD';
    default:
      return 'USD';
  }
}

export interface ResolvedCurrency {
  code: string;
  /** True when the code was not written but taken from the locale or the story. */
  implied: boolean;
  minor: boolean;
  form: CurrencyForm;
}

/**
 * ISO 4217 code for a symbol, word or code as written, e.g. "US$" → USD, "stg" → GBP,
 * "Swiss francs" → CHF, "dlrs" → the locale's dollar (implied). Null if the form is unknown.
 * This is the table's default; the recognizer may still pick the story's own dollar or franc.
 */
export function normalizeCurrency(raw: string, locale: Locale = 'en-US'): ResolvedCurrency | null {
  const form = lookupCurrency(raw);
  if (!form) return null;
  if (form.code === 'DOLLAR') return { code: bareDollarCurrency(locale), implied: true, minor: form.minor === true, form };
  if (form.code === 'LOCAL') return { code: localCurrency(locale), implied: true, minor: form.minor === true, form };
  return { code: form.code, implied: false, minor: form.minor === true, form };
}

/**
 * Whether some form in the table starts with this word ("Canadian", "dlrs", "USD"); a quick
 * test that spares the recognizer longer look-ups after the many numbers that are not money.
 */
export function startsCurrencyForm(word: string): boolean {
  return firstWords.has(word) || firstWordsLower.has(word.toLowerCase());
}

const firstWords = new Set<string>();
const firstWordsLower = new Set<string>();
for (const [form, entry] of table) {
  const first = form.split(' ')[0]!;
  if (entry.exactCase) firstWords.add(first);
  else firstWordsLower.add(first.toLowerCase());
}
