import { z } from 'zod';
import { ArticleError, ArticleExtraction } from './article.js';
import { DealRecord } from './deal.js';
import { ExtractOptions } from './options.js';

/**
 * The JSON Schemas that `schemas/` holds, generated from the zod schemas so that there is one
 * source of truth. Keys are file names.
 */
export function jsonSchemas(): Record<string, unknown> {
  const out = (schema: z.ZodType, title: string, io: 'input' | 'output' = 'output') => ({
    $id: `https://dealwire.dev/schemas/${title}.schema.json`,
    title,
    ...z.toJSONSchema(schema, { io, unrepresentable: 'any' }),
  });
  return {
    'article-extraction.schema.json': out(ArticleExtraction, 'ArticleExtraction'),
    'deal-record.schema.json': out(DealRecord, 'DealRecord'),
    'article-error.schema.json': out(ArticleError, 'ArticleError'),
    'extract-options.schema.json': out(ExtractOptions, 'ExtractOptions', 'input'),
  };
}

export function serializeSchema(schema: unknown): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
