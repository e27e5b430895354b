import { readFileSync } from 'node:fs';
import { extract } from '../extract.js';
import { finish, parseConll, scoreSpans } from './conll.js';

/**
 * `npm run bench:orgs -- FILE`: organization mentions scored on a CoNLL-format file (for example the
 * CoNLL-2003 English test set, eng.testb, which is not shipped here): exact-span precision, recall
 * and F1 for ORG. Prints figures; asserts nothing.
 */
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run bench:orgs -- FILE   (a CoNLL-2003 format file: token POS chunk NER)\n');
  process.exit(2);
}
const docs = parseConll(readFileSync(file, 'utf8'));
const total = { gold: 0, found: 0, correct: 0 };
const started = performance.now();
for (const doc of docs) {
  const found = extract(doc.text).mentions.organizations.map((o) => o.span);
  const s = scoreSpans(doc.orgs, found);
  total.gold += s.gold;
  total.found += s.found;
  total.correct += s.correct;
}
const r = finish(total);
process.stdout.write(
  `${file}: ${docs.length} documents, ${r.gold} gold ORG names, ${r.found} found, ${r.correct} exact\n` +
    `ORG exact span: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, F1 ${r.f1.toFixed(3)}  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
