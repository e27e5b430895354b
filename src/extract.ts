import { z } from 'zod';
import type { Doc } from './doc.js';
import { findDeals } from './deals/deals.js';
import { findMentions } from './mentions/mentions.js';
import { normalize } from './normalize/normalize.js';
import { read } from './read/read.js';
import { ExtractOptions, type ExtractOptionsInput } from './schema/options.js';
import type { ArticleExtraction } from './schema/article.js';
import { tokenize } from './tokenize/tokenize.js';
import { validate } from './validate/validate.js';

/** The stages in order; each takes the Doc and returns the next one. */
export const stages: ReadonlyArray<{ name: string; run: (doc: Doc) => Doc }> = [
  { name: 'tokenize', run: tokenize },
  { name: 'mentions', run: findMentions },
  { name: 'normalize', run: normalize },
  { name: 'deals', run: findDeals },
];

const Text = z.string({ error: 'extract(text): text must be a string' });

/**
 * Extracts the deals of one article. Throws a ZodError (with the path of the bad field) when the
 * text or the options are invalid, before any stage runs.
 */
export function extract(text: string, options: ExtractOptionsInput = {}): ArticleExtraction {
  const input = Text.parse(text);
  const opts = ExtractOptions.parse(options);
  return validate(runStages(input, opts));
}

/** The pipeline up to (not including) validation, for tools that want the Doc with its tokens. */
export function runStages(text: string, options: ExtractOptions): Doc {
  let doc = read(text, options);
  for (const stage of stages) doc = stage.run(doc);
  return doc;
}
