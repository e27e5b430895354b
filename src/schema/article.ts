import { z } from 'zod';
import { DealRecord } from './deal.js';
import { Mentions } from './mention.js';
import { Message } from './message.js';
import { IsoDate } from './span.js';

export const ArticleExtraction = z.object({
  source: z.string().nullable().describe('Where the article came from: a path, an id, or null'),
  publishedAt: IsoDate.nullable().describe('Publication date that relative dates were resolved against'),
  title: z.string().optional(),
  textFrom: z.enum(['text', 'markdown', 'html']).optional()
    .describe('What the spans refer to: the raw text, or the text extracted from HTML'),
  deals: z.array(DealRecord),
  mentions: Mentions,
  messages: z.array(Message),
});
export type ArticleExtraction = z.infer<typeof ArticleExtraction>;

/** One line of batch output for an article that could not be processed. */
export const ArticleError = z.object({
  source: z.string(),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ArticleError = z.infer<typeof ArticleError>;
