import { z } from 'zod';
import { LOCALES } from './locales.js';

export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** How a bare weekday or month ("on Wednesday", "in September") is placed around the publication date. */
export const DatePreference = z.enum(['tense', 'past', 'future', 'nearest']);
export type DatePreference = z.infer<typeof DatePreference>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Accepts `YYYY-MM-DD`, a full ISO timestamp, or a valid Date; yields the calendar day `YYYY-MM-DD`. */
export const PublishedAt = z
  .union([
    z.date().refine((d) => !Number.isNaN(d.getTime()), 'invalid Date'),
    z.string().refine((s) => isoDay.test(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), {
      message: 'expected a date as YYYY-MM-DD (or an ISO timestamp)',
    }),
  ])
  .transform((v) => (typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10)));

export const ExtractOptions = z
  .object({
    publishedAt: PublishedAt.optional(),
    source: z.string().optional(),
    locale: Locale.default('en-US'),
    dates: z.object({ prefer: DatePreference.default('tense') }).strict().default({ prefer: 'tense' }),
    /** Extra organization names to recognize, in addition to the shipped lexicon. */
    organizations: z.array(z.string().min(1)).default([]),
    format: z.enum(['text', 'markdown', 'html']).default('text'),
  })
  .strict();
export type ExtractOptionsInput = z.input<typeof ExtractOptions>;
export type ExtractOptions = z.output<typeof ExtractOptions>;
