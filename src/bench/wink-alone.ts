import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WINK_PIPE } from '../tokenize/wink.js';

// Child process of the benchmark: wink-nlp's readDoc over every file of a folder on one core, with
// the full default pipeline ("default") or the components dealwire uses ("dealwire"). Files are
// read before the clock starts. A process each, since the model loads only once per process.
// With "K/N" as a third argument, only every N-th file starting at K: the benchmark runs N such
// processes at once to see how far the machine itself scales over its cores.
const [folder, which, part] = process.argv.slice(2);
const [k, n] = part ? part.split('/').map(Number) : [0, 1];
const texts: string[] = [];
const walk = (d: string) => {
  for (const name of readdirSync(d).sort()) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(txt|md)$/.test(name)) texts.push(readFileSync(p, 'utf8'));
  }
};
walk(folder!);
// Not texts.push(...mine): spreading 190,430 arguments overflowed the stack on ten copies of the folder.
const mine = texts.filter((_, i) => i % n! === k);
const nlp = which === 'dealwire' ? winkNLP(model, WINK_PIPE) : winkNLP(model);
nlp.readDoc('Warm up.');
const t = performance.now();
let bytes = 0;
for (const text of mine) {
  nlp.readDoc(text);
  bytes += Buffer.byteLength(text);
}
process.stdout.write(JSON.stringify({ ms: performance.now() - t, bytes, files: mine.length }) + '\n');
