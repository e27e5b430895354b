import { z } from 'zod';
import { CurrencyCode, IsoDate, Span } from './span.js';

const base = {
  text: z.string(),
  span: Span,
  rule: z.string().describe('Id of the recognizer or refiner that produced the mention'),
};

/**
 * Which parts of a value were read from the text and which were implied (a currency taken from the
 * locale, a year taken from the publication date). Lets a reader see how much to trust a field.
 */
export const Implied = z.array(z.string()).describe('Names of fields that were implied, not written');

export const MoneyQualifier = z.enum(['exact', 'approximate', 'up_to', 'at_least', 'more_than', 'less_than', 'range']);
export type MoneyQualifier = z.infer<typeof MoneyQualifier>;

export const MoneyMention = z.object({
  ...base,
  value: z.number().describe('The amount in units of the currency (2.75 billion = 2750000000)'),
  currency: CurrencyCode,
  qualifier: MoneyQualifier,
  min: z.number().optional().describe('Lower bound, for ranges and "more than"/"at least"'),
  max: z.number().optional().describe('Upper bound, for ranges and "up to"/"less than"'),
  perShare: z.boolean().describe('A price per share ("$40 a share"), not a deal value'),
  implied: Implied,
});
export type MoneyMention = z.infer<typeof MoneyMention>;

export const OrganizationMention = z.object({
  ...base,
  canonical: z.string().describe('One name per organization within the article; aliases share it'),
  parent: z.string().optional().describe('Canonical name of the parent, when the text says it owns this one'),
  kind: z
    .enum(['public_body'])
    .optional()
    .describe(
      'public_body: a regulator, court, legislature, ministry or other government body ("Securities and Exchange Commission", "Justice Department", "Parliament"); a mention only, never a deal party',
    ),
});
export type OrganizationMention = z.infer<typeof OrganizationMention>;

export const DateGrain = z.enum(['day', 'week', 'month', 'quarter', 'year']);
export type DateGrain = z.infer<typeof DateGrain>;

export const DateMention = z.object({
  ...base,
  start: IsoDate.nullable().describe('First day of the range; null when it could not be resolved'),
  end: IsoDate.nullable().describe('Last day of the range (inclusive); null when unresolved'),
  grain: DateGrain,
  resolved: z.boolean().describe('False when the date is relative and no publication date was given'),
  implied: Implied,
});
export type DateMention = z.infer<typeof DateMention>;

export const Mentions = z.object({
  money: z.array(MoneyMention),
  organizations: z.array(OrganizationMention),
  dates: z.array(DateMention),
});
export type Mentions = z.infer<typeof Mentions>;
