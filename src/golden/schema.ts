import { z } from 'zod';
import { DealStatus, DealType, PartyRole } from '../schema/deal.js';
import { DateGrain } from '../schema/mention.js';
import { CurrencyCode, IsoDate } from '../schema/span.js';

/**
 * The checked golden form (see compare.ts): what a person writes after reading the story. Every
 * deal field but type, parties and status may be left out, and is then not compared; `null` says
 * "the story gives none". Strict, so that a misspelt key or role is an error, not a silent pass.
 */
export const CheckedDealSchema = z
  .object({
    id: z.string().optional(),
    type: DealType,
    parties: z.array(z.object({ name: z.string().min(1), role: PartyRole }).strict()),
    amount: z.object({ value: z.number(), currency: CurrencyCode, text: z.string().min(1) }).partial().strict().nullable().optional(),
    stake: z.object({ percent: z.number().nullable() }).partial().strict().nullable().optional(),
    status: DealStatus,
    date: z
      .object({ start: IsoDate.nullable(), end: IsoDate.nullable(), grain: DateGrain, text: z.string().min(1) })
      .partial()
      .strict()
      .nullable()
      .optional(),
    evidence: z.object({ text: z.string().min(1) }).strict().optional(),
  })
  .strict();

export const CheckedGoldenSchema = z
  .object({
    source: z.string().nullable().optional(),
    publishedAt: IsoDate.nullable().optional(),
    deals: z.array(CheckedDealSchema),
  })
  .strict();
export type CheckedGoldenFile = z.infer<typeof CheckedGoldenSchema>;
