import type { ArticleError, ArticleExtraction } from '../schema/article.js';

/**
 * What a batch moves: kept apart from the pipeline, so that a process that only moves records
 * (the CLI's main thread, `enqueue`, `collect`, a queue worker's main thread) never loads it.
 */
export type BatchRecord = ArticleExtraction | ArticleError;

export function isError(r: BatchRecord): r is ArticleError {
  return 'error' in r;
}

/**
 * A record as the batch moves it: already serialized, since the JSON line is all the output needs
 * and a string crosses from a worker thread far cheaper than the object it came from.
 */
export interface BatchResult {
  source: string;
  line: string;
  deals: number;
  failed: boolean;
}

export function toResult(r: BatchRecord): BatchResult {
  return { source: r.source ?? '', line: JSON.stringify(r), deals: isError(r) ? 0 : r.deals.length, failed: isError(r) };
}
