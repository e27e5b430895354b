import { z } from 'zod';
import { Span } from './span.js';

/** A diagnostic with a position, in the manner of vfile messages. */
export const Message = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  stage: z.enum(['read', 'tokenize', 'mentions', 'normalize', 'deals', 'validate']),
  rule: z.string().describe('Stable id of the rule that raised the message, e.g. "date/unresolved"'),
  message: z.string(),
  source: z.string().nullable(),
  span: Span.nullable(),
});
export type Message = z.infer<typeof Message>;
