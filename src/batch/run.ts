import { ZodError, z } from 'zod';
import { extract } from '../extract.js';
import type { ArticleError, ArticleExtraction } from '../schema/article.js';
import type { Locale } from '../schema/options.js';
import { articlesOf } from './articles.js';
import { DEFAULT_MAX_BYTES } from './load.js';
import { walk } from './walk.js';

export interface BatchOptions {
  publishedAt?: string;
  locale?: Locale;
  organizations?: string[];
  maxBytes?: number;
}

export type BatchRecord = ArticleExtraction | ArticleError;

export interface BatchTally {
  articles: number;
  deals: number;
  failures: number;
  skipped: number;
  bytes: number;
}

export function isError(r: BatchRecord): r is ArticleError {
  return 'error' in r;
}

/**
 * Every article under `paths`, each turned into its extraction or an error record; one bad input
 * never stops the rest. Sequential and in input order.
 */
export async function* runBatch(paths: readonly string[], opts: BatchOptions, tally: BatchTally): AsyncGenerator<BatchRecord> {
  for await (const item of walk(paths)) {
    if (item.kind === 'skipped') {
      tally.skipped++;
      continue;
    }
    if (item.kind === 'error') {
      tally.failures++;
      yield { source: item.path, error: { code: item.code, message: item.message } };
      continue;
    }
    for await (const a of articlesOf(item, opts.maxBytes ?? DEFAULT_MAX_BYTES)) {
      if (!a.ok) {
        tally.failures++;
        yield { source: a.source, error: { code: a.code, message: a.message } };
        continue;
      }
      tally.bytes += Buffer.byteLength(a.text);
      const rec = extractOne(a.text, {
        source: a.source,
        format: a.format,
        publishedAt: a.publishedAt ?? opts.publishedAt,
        locale: opts.locale,
        organizations: opts.organizations,
      });
      if (isError(rec)) tally.failures++;
      else {
        tally.articles++;
        tally.deals += rec.deals.length;
        for (const w of a.warnings) rec.messages.push({ severity: 'warning', stage: 'read', rule: w.rule, message: w.message, source: a.source, span: null });
      }
      yield rec;
    }
  }
}

function extractOne(text: string, o: { source: string; format: 'text' | 'markdown' | 'html'; publishedAt?: string | undefined; locale?: Locale | undefined; organizations?: string[] | undefined }): BatchRecord {
  try {
    return extract(text, {
      source: o.source,
      format: o.format,
      ...(o.publishedAt !== undefined ? { publishedAt: o.publishedAt } : {}),
      ...(o.locale !== undefined ? { locale: o.locale } : {}),
      ...(o.organizations !== undefined ? { organizations: o.organizations } : {}),
    });
  } catch (e) {
    if (e instanceof ZodError) return { source: o.source, error: { code: 'E_INPUT', message: z.prettifyError(e) } };
    return { source: o.source, error: { code: 'E_INTERNAL', message: `dealwire failed on this article: ${(e as Error).message}` } };
  }
}
