import { z } from 'zod';

/**
 * A half-open pair of character offsets `[start, end)` into the article text as dealwire read it
 * (for HTML: the extracted text). `text.slice(start, end)` is exactly the quoted text.
 */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([start, end]) => start <= end, { message: 'span start must not be after its end' })
  .describe('Character offsets [start, end) into the article text');
export type Span = z.infer<typeof Span>;

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a calendar date YYYY-MM-DD')
  .describe('A calendar date, YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as USD')
  .describe('ISO 4217 currency code');
export type CurrencyCode = z.infer<typeof CurrencyCode>;
