/**
 * Numbers as news writes them: numerals ("1,250.5", ".125"), written numbers ("two point five",
 * "one hundred and twenty"), and scale words ("2.75 billion", "2.75bn", "10 mln", "5 lakh").
 *
 * Scaling is done in decimal, not by float multiplication: 2.7 * 1e9 is 2700000000.0000005 in
 * binary floating point, while Number('2.7e9') is exactly 2700000000. Deal values are compared and
 * summed downstream, so a stray fraction of a dollar would show up as a false difference.
 */

/** Power-of-ten exponent of each scale word or abbreviation (lower case). */
const SCALES: Readonly<Record<string, number>> = {
  k: 3,
  thousand: 3,
  thousands: 3,
  grand: 3,
  m: 6,
  mn: 6,
  mln: 6,
  mil: 6,
  mio: 6,
  million: 6,
  millions: 6,
  b: 9,
  bn: 9,
  bln: 9,
  billion: 9,
  billions: 9,
  tn: 12,
  trn: 12,
  trillion: 12,
  trillions: 12,
  lakh: 5,
  lakhs: 5,
  lac: 5,
  lacs: 5,
  crore: 7,
  crores: 7,
};

/** The power-of-ten exponent of a scale word ("bn" → 9, "thousand" → 3), or null if it is not one. */
export function scaleExponent(word: string): number | null {
  const key = word.trim().toLowerCase().replace(/\.$/, '');
  // "M" alone is ambiguous in general text, but callers only pass it when it is glued to a number.
  return Object.hasOwn(SCALES, key) ? SCALES[key]! : null;
}

/** Words the scale table knows, for building patterns. */
export const SCALE_WORDS: readonly string[] = Object.keys(SCALES);

/**
 * `value × 10^exponent`, computed in decimal so that 2.75 × 10^9 is exactly 2750000000.
 * `value` may be a numeral string without grouping commas ("2.75") or a number.
 */
export function scaleNumber(value: number | string, exponent: number): number {
  if (exponent === 0) return Number(value);
  const s = typeof value === 'number' ? String(value) : value;
  // String(n) uses exponent notation for very large or small numbers; fall back to floats there.
  if (/e/i.test(s)) return Number(s) * 10 ** exponent;
  return Number(`${s}e${exponent}`);
}

const NUMERAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/;

/**
 * A numeral with optional thousands separators and decimals: "1,250.5" → 1250.5, ".125" → 0.125,
 * "007" → 7. Returns null for anything else, including badly grouped commas ("1,25").
 */
export function parseNumeral(text: string): number | null {
  const t = text.trim();
  if (!NUMERAL.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Every word a written number may contain, for building patterns (lower case). */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  'hundred', 'dozen', 'point', 'half',
  'thousand', 'million', 'billion', 'trillion', 'lakh', 'lakhs', 'crore', 'crores',
];

/**
 * A written number: "five", "twenty-one", "one hundred and five", "two point five",
 * "seven billion", "a billion", "half a million", "one and a half billion".
 * Returns null when the words do not form a number ("five five", "point", "and two").
 *
 * Reads left to right keeping a `group` below a thousand and a running `total`, the usual way;
 * a "point" switches to reading single digits after the decimal point.
 */
export function parseWrittenNumber(text: string): number | null {
  const words = text
    .toLowerCase()
    .trim()
    .split(/[\s-]+/)
    .filter((w) => w !== '');
  if (words.length === 0) return null;

  // "half a million" and "one and a half billion": rewrite to a decimal and read that.
  const half = rewriteHalves(words);
  if (half === null) return null;

  let total = 0; // finished part, in whole units
  let group: string | null = null; // current group below the next scale word, as a decimal string
  let last: 'start' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' | 'decimal' | 'digit' = 'start';
  let decimals: string | null = null; // digits read after "point"

  const groupValue = (): string => {
    const g = group ?? '0';
    return decimals === null ? g : `${g}.${decimals || '0'}`;
  };

  for (let i = 0; i < half.length; i++) {
    const w = half[i]!;
    if (w === 'a' || w === 'an') {
      // Only as the first word and before a scale or "hundred": "a billion", "a hundred".
      if (i !== 0 || half.length === 1) return null;
      group = '1';
      last = 'unit';
      continue;
    }
    if (/^\d+(?:\.\d+)?$/.test(w)) {
      // Digits produced by rewriteHalves ("1.5").
      if (last !== 'start') return null;
      group = w;
      last = 'unit';
      continue;
    }
    if (w === 'and') {
      if (last !== 'hundred' && last !== 'scale') return null;
      last = 'and';
      continue;
    }
    if (w === 'point') {
      if (decimals !== null || last === 'start' || last === 'and') return null;
      decimals = '';
      last = 'decimal';
      continue;
    }
    if (decimals !== null && Object.hasOwn(UNITS, w) && UNITS[w]! <= 9) {
      decimals += String(UNITS[w]!);
      last = 'digit';
      continue;
    }
    if (Object.hasOwn(UNITS, w)) {
      const v = UNITS[w]!;
      if (decimals !== null) return null;
      if (last === 'unit' || last === 'teen') return null;
      if (last === 'tens' && v >= 10) return null;
      group = String(Number(group ?? '0') + v);
      last = v >= 10 ? 'teen' : 'unit';
      continue;
    }
    if (Object.hasOwn(TENS, w)) {
      if (decimals !== null) return null;
      if (last === 'unit' || last === 'teen' || last === 'tens') return null;
      group = String(Number(group ?? '0') + TENS[w]!);
      last = 'tens';
      continue;
    }
    if (w === 'hundred') {
      if (decimals !== null || last === 'hundred') return null;
      group = String(Number(group ?? '1') * 100);
      last = 'hundred';
      continue;
    }
    if (w === 'dozen') {
      if (decimals !== null) return null;
      group = String(Number(group ?? '1') * 12);
      last = 'unit';
      continue;
    }
    const exp = scaleExponent(w);
    if (exp !== null && w !== 'k' && w !== 'm' && w !== 'b' && w !== 'grand') {
      if (last === 'start' || last === 'and') return null;
      total += scaleNumber(groupValue(), exp);
      group = null;
      decimals = null;
      last = 'scale';
      continue;
    }
    return null;
  }
  if (last === 'and' || last === 'decimal') return null;
  if (group !== null || decimals !== null) total += Number(groupValue());
  return total;
}

/**
 * Turns "half a billion" into "0.5 billion" and "one and a half billion" / "a billion and a half"
 * into "1.5 billion", so the main reader only has to know decimals. Null if "half" is misplaced.
 */
function rewriteHalves(words: string[]): string[] | null {
  if (!words.includes('half')) return words;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'half' && i === 0 && (words[1] === 'a' || words[1] === 'an')) {
      out.push('0.5');
      i++; // skip "a"
      continue;
    }
    if (w === 'and' && (words[i + 1] === 'a' || words[i + 1] === 'an') && words[i + 2] === 'half') {
      // "one and a half" → 1.5; only directly after a small number.
      const prev = out.pop();
      const n = prev === undefined ? null : parseWrittenNumber(prev);
      if (n === null || n >= 100 || out.length > 0) return null;
      out.push(`${n}.5`);
      i += 2;
      continue;
    }
    if (w === 'half') return null;
    out.push(w);
  }
  return out;
}

/**
 * A numeral or written number with an optional scale word after it:
 * "2.75 billion" → 2750000000, "2.75bn", "10 mln", "two point five million", "five".
 */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  const m = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*-?\s*([A-Za-z]+)?\.?$/.exec(t);
  if (m) {
    const digits = m[1]!.replace(/,/g, '');
    if (m[2] === undefined) return Number(digits);
    const exp = scaleExponent(m[2]);
    return exp === null ? null : scaleNumber(digits, exp);
  }
  return parseWrittenNumber(t);
}
