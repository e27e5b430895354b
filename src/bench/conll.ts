/**
 * CoNLL-2003 format: one token a line (`token POS chunk NER`), blank lines between sentences,
 * `-DOCSTART-` lines between documents. NER tags may be IOB1 (I-ORG, with B- only between two
 * adjacent names) or IOB2 (B-ORG starts every name); both are read.
 */
export interface ConllDocument {
  /** The tokens joined by single spaces, sentences by newlines: the text dealwire reads. */
  text: string;
  /** Character spans of the gold ORG names in `text`. */
  orgs: Array<[number, number]>;
}

export function parseConll(source: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let text = '';
  let orgs: Array<[number, number]> = [];
  let open: [number, number] | null = null;
  let lineHasToken = false;
  const closeName = () => {
    if (open) orgs.push(open);
    open = null;
  };
  const flush = () => {
    closeName();
    if (text.trim() !== '') docs.push({ text, orgs });
    text = '';
    orgs = [];
    lineHasToken = false;
  };
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    if (line === '') {
      closeName();
      if (lineHasToken) text += '\n';
      lineHasToken = false;
      continue;
    }
    const cols = line.split(/\s+/);
    const token = cols[0]!;
    const tag = cols[cols.length - 1]!;
    if (lineHasToken) text += ' ';
    const start = text.length;
    text += token;
    lineHasToken = true;
    const [prefix, type] = tag.includes('-') ? (tag.split('-', 2) as [string, string]) : ['O', ''];
    if (type !== 'ORG') {
      closeName();
      continue;
    }
    if (prefix === 'B' || open === null) {
      closeName();
      open = [start, start + token.length];
    } else open = [open[0], start + token.length];
  }
  flush();
  return docs;
}

export interface Score {
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Exact-span precision, recall and F1. */
export function scoreSpans(gold: Array<[number, number]>, found: Array<[number, number]>): Omit<Score, 'precision' | 'recall' | 'f1'> {
  const key = (s: [number, number]) => `${s[0]}:${s[1]}`;
  const g = new Set(gold.map(key));
  const correct = new Set(found.map(key).filter((k) => g.has(k))).size;
  return { gold: g.size, found: new Set(found.map(key)).size, correct };
}

export function finish(t: Omit<Score, 'precision' | 'recall' | 'f1'>): Score {
  const precision = t.found ? t.correct / t.found : 0;
  const recall = t.gold ? t.correct / t.gold : 0;
  return { ...t, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
