import { ZodError, z } from 'zod';
import { extract } from '../extract.js';
import type { ArticleExtraction } from '../schema/article.js';
import type { Locale } from '../schema/options.js';
import type { ArticleInput } from './articles.js';
import type { BatchRecord } from './result.js';

/** Options that hold for every article of a batch; each article adds its own text and date. */
export interface ArticleDefaults {
  publishedAt?: string;
  locale?: Locale;
  organizations?: string[];
}

/**
 * One article to its output line. Never throws: invalid input and internal failures become error
 * records for this article, so a batch goes on.
 */
export function extractRecord(a: Extract<ArticleInput, { ok: true }>, d: ArticleDefaults): BatchRecord {
  const publishedAt = a.publishedAt ?? d.publishedAt;
  let rec: ArticleExtraction;
  try {
    rec = extract(a.text, {
      source: a.source,
      format: a.format,
      ...(publishedAt !== undefined ? { publishedAt } : {}),
      ...(d.locale !== undefined ? { locale: d.locale } : {}),
      ...(d.organizations !== undefined ? { organizations: d.organizations } : {}),
    });
  } catch (e) {
    if (e instanceof ZodError) return { source: a.source, error: { code: 'E_INPUT', message: z.prettifyError(e).replace(/\n/g, ' ') } };
    return { source: a.source, error: { code: 'E_INTERNAL', message: `dealwire failed on this article: ${(e as Error).message}` } };
  }
  for (const w of a.warnings) rec.messages.push({ severity: 'warning', stage: 'read', rule: w.rule, message: w.message, source: a.source, span: null });
  return rec;
}
