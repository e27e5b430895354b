import { readFileSync } from 'node:fs';
import { extract } from '../extract.js';
import { finish, parseConll, scoreSpans, type Score } from './conll.js';
import { readGoldenOrgs, scoreGoldenOrgs, type NameCount } from './goldenOrgs.js';

/**
 * Organization mentions, scored. Prints figures; asserts nothing.
 *
 *   npm run bench:orgs -- FILE                          a CoNLL-format file (for example the
 *                                                       CoNLL-2003 English test set, eng.testb, not
 *                                                       shipped here): exact-span ORG figures
 *   npm run bench:orgs -- --golden tests/golden/reuters  the hand-annotated golden Reuters stories
 *       [--with-titles] [--top N]                       (tests/golden/reuters/organizations/)
 */
const USAGE =
  'usage: npm run bench:orgs -- FILE                      (a CoNLL-2003 format file: token POS chunk NER)\n' +
  '       npm run bench:orgs -- --golden DIR [--with-titles] [--top N]   (a golden manifest folder with organizations/NAME.orgs.json)\n';

const args = process.argv.slice(2);
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const line = (label: string, r: Score) =>
  `${label}: precision ${r.precision.toFixed(3)} (${r.correct}/${r.found}), recall ${r.recall.toFixed(3)} (${r.correct}/${r.gold}), F1 ${r.f1.toFixed(3)}\n`;

const goldenAt = args.indexOf('--golden');
if (goldenAt >= 0) {
  const dir = args[goldenAt + 1];
  if (!dir || dir.startsWith('--')) usage('--golden needs a folder');
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 15;
  if (!Number.isInteger(top) || top < 0) usage('--top needs a whole number');
  const withTitles = args.includes('--with-titles');
  let read;
  try {
    read = readGoldenOrgs(dir);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  const { stories, missing } = read;
  if (stories.length === 0) {
    process.stdout.write(`${dir}: skipped, none of its ${missing.length} stories is on this machine (${missing[0] ?? ''}; kept outside the repository, in ../shared)\n`);
    process.exit(0);
  }
  const s = scoreGoldenOrgs(stories, { withTitles });
  const names = (list: NameCount[]) => list.slice(0, top).map((n) => `${n.count} ${JSON.stringify(n.text)}`).join(', ') || '(none)';
  process.stdout.write(
    `${dir}: ${s.stories} stories${missing.length ? ` (${missing.length} not on this machine)` : ''}, ` +
      `${withTitles ? 'story text and titles' : 'story text (titles left out: --with-titles counts them)'}\n` +
      line('ORG exact span  ', s.exact) +
      line('ORG overlapping ', s.lenient) +
      (top > 0 ? `top missed:   ${names(s.missed)}\n` + `top spurious: ${names(s.spurious)}\n` : '') +
      `(${seconds()})\n`,
  );
} else {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file || args.length !== 1) usage(file ? `unknown arguments: ${args.join(' ')}` : 'give a file or --golden DIR');
  const docs = parseConll(readFileSync(file, 'utf8'));
  const total = { gold: 0, found: 0, correct: 0 };
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
      `ORG exact span: precision ${r.precision.toFixed(3)}, recall ${r.recall.toFixed(3)}, F1 ${r.f1.toFixed(3)}  (${seconds()})\n`,
  );
}

function usage(why: string): never {
  process.stderr.write(`${why}\n${USAGE}`);
  process.exit(2);
}
