import type { Doc } from '../doc.js';
import { recognizeDates } from './date.js';
import { recognizeMoney } from './money.js';
import { recognizeOrganizations } from './organization.js';

/**
 * Mentions stage: each recognizer finds one kind of thing, with its exact span. Money and dates
 * come out with their values already read; organization names are joined into canonical names in
 * the normalize stage, which needs all of an article's names at once.
 */
export function findMentions(doc: Doc): Doc {
  return {
    ...doc,
    mentions: {
      money: recognizeMoney(doc),
      organizations: recognizeOrganizations(doc),
      dates: recognizeDates(doc),
    },
  };
}
