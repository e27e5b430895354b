/**
 * Lenient organization-name matching for hand-checked golden files. A person writes the name as the
 * story does ("Monier Ltd", "The Boeing Co"); the pipeline gives its canonical name, which drops the
 * legal form ("Monier", "Boeing"). Both are the same party, so names are compared without case,
 * punctuation, a leading "The", and legal or descriptive suffixes at the end.
 */

/** Lower-case words dropped from the end of a name (repeatedly: "Holdings Co Ltd"). */
const SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'cos', 'company', 'companies', 'ltd', 'limited', 'plc',
  'ag', 'sa', 'nv', 'bv', 'gmbh', 'llc', 'lp', 'llp', 'pty', 'nl', 'spa', 'ab', 'asa', 'as', 'oy', 'oyj', 'kk',
  'se', 'sas', 'srl', 'berhad', 'bhd', 'group', 'holdings', 'holding', 'trust',
]);

/** The comparable form of a name: "The Boeing Co." -> "boeing", "Sedio N.V." -> "sedio". */
export function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/&/g, ' and ')
    // "N.V.", "S.A.", "L.P." become one word before punctuation goes.
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  // "Pesch and Co", "Morgan Stanley & Co Inc": the "and" before a dropped legal form goes with it.
  let dropped = false;
  while (words.length > 1) {
    const last = words[words.length - 1]!;
    if (SUFFIXES.has(last) || (dropped && last === 'and')) {
      words.pop();
      dropped = true;
    } else break;
  }
  return words.join(' ');
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
