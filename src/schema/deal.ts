import { z } from 'zod';
import { DateGrain } from './mention.js';
import { CurrencyCode, IsoDate, Span } from './span.js';

export const DealType = z.enum(['investment', 'acquisition', 'merger', 'stake_sale', 'funding_round', 'joint_venture']);
export type DealType = z.infer<typeof DealType>;

export const PartyRole = z.enum(['investor', 'investee', 'acquirer', 'target', 'seller', 'partner']);
export type PartyRole = z.infer<typeof PartyRole>;

export const DealStatus = z.enum(['announced', 'completed', 'planned', 'rumored', 'cancelled', 'unknown']);
export type DealStatus = z.infer<typeof DealStatus>;

export const Party = z.object({
  name: z.string().describe('Canonical organization name'),
  role: PartyRole,
});
export type Party = z.infer<typeof Party>;

export const DealAmount = z.object({
  value: z.number(),
  currency: CurrencyCode,
  text: z.string(),
  span: Span,
  min: z.number().optional(),
  max: z.number().optional(),
  qualifier: z.string(),
});
export type DealAmount = z.infer<typeof DealAmount>;

export const DealDate = z.object({
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  grain: DateGrain,
  text: z.string(),
  span: Span,
});
export type DealDate = z.infer<typeof DealDate>;

export const Evidence = z.object({
  text: z.string().describe('The sentence(s) the record was read from'),
  span: Span,
});

export const DealRecord = z.object({
  id: z.string().describe('Stable within the article: d1, d2, ... in order of first evidence'),
  type: DealType,
  parties: z.array(Party),
  amount: DealAmount.nullable(),
  /** The upper commitment a deal may grow to ("up to a maximum of $4 billion"), kept on the deal. */
  maxAmount: DealAmount.nullable().optional(),
  stake: z.object({ percent: z.number().nullable(), text: z.string(), span: Span }).nullable().optional(),
  date: DealDate.nullable(),
  status: DealStatus,
  evidence: Evidence,
  mentions: z.array(Evidence).optional().describe('Further sentences that speak of the same deal'),
});
export type DealRecord = z.infer<typeof DealRecord>;
