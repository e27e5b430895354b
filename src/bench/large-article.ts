import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../extract.js';

// Child process of the benchmark: one article of about N MB made by joining the folder's stories
// (front matter dropped), to show that time and memory grow with the article's length, not faster.
const [folder, mbArg] = process.argv.slice(2);
const target = Number(mbArg ?? 10) * 1e6;
let text = '';
for (const name of readdirSync(folder!).sort()) {
  if (text.length >= target) break;
  if (!/\.(txt|md)$/.test(name)) continue;
  text += readFileSync(join(folder!, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, '') + '\n\n';
}
text = text.slice(0, target);
const t = performance.now();
const r = extract(text, { publishedAt: '1987-03-01' });
process.stdout.write(JSON.stringify({ mb: text.length / 1e6, ms: performance.now() - t, deals: r.deals.length, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
