import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { compareExtractions, formatDifferences } from '../../src/golden/compare.js';
import type { ArticleExtraction } from '../../src/schema/article.js';

const corpus = new URL('../../corpus/', import.meta.url);
const articles = readdirSync(corpus).filter((f) => /\.(txt|md|html?)$/.test(f)).sort();

describe('golden corpus', () => {
  it('has a golden file for every article', () => {
    const missing = articles.filter((f) => !existsSync(new URL(f.replace(/\.[^.]+$/, '.golden.json'), corpus)));
    expect(missing).toEqual([]);
  });

  it.each(articles)('%s matches its hand-checked golden file', (name) => {
    const goldenUrl = new URL(name.replace(/\.[^.]+$/, '.golden.json'), corpus);
    const golden = JSON.parse(readFileSync(goldenUrl, 'utf8')) as ArticleExtraction;
    const text = readFileSync(new URL(name, corpus), 'utf8');
    const format = /\.html?$/.test(name) ? 'html' : /\.md$/.test(name) ? 'markdown' : 'text';
    const actual = extract(text, { source: `corpus/${name}`, format });
    const diffs = compareExtractions(golden, actual);
    // The message is the readable diff: path: golden -> now, with the evidence sentence.
    expect(diffs, `\n${formatDifferences(diffs)}\n`).toEqual([]);
  });
});
