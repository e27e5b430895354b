import type { Tense, Token } from '../doc.js';

const FUTURE_MARKERS = new Set(['will', "'ll", 'shall', 'going', 'expects', 'expected', 'plans', 'planned', 'intends', 'aims', 'would']);
const PAST_AUX = new Set(['had', 'was', 'were', 'did']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);

/**
 * A rough tense for a sentence: wink's lite model has no morphology tags, so we read modal
 * auxiliaries and verb endings. Good enough to place "in September" before or after publication;
 * not meant as grammar.
 */
export function sentenceTense(tokens: readonly Token[]): Tense {
  let past = 0;
  let present = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.text.toLowerCase();
    if (w === 'will' || w === 'shall' || w === "'ll") return 'future';
    if (w === 'to' && i > 0 && /^(expects?|expected|plans?|planned|intends?|aims?|going|due|set|agreed|agrees)$/i.test(tokens[i - 1]!.text)) {
      // "is expected to close", "plans to buy": the event itself lies ahead.
      return 'future';
    }
    if (FUTURE_MARKERS.has(w) && w === 'would') continue;
    if (PAST_AUX.has(w)) past++;
    else if (PRESENT_AUX.has(w)) present++;
    else if (t.pos === 'VERB' && /ed$/.test(w) && !(i > 0 && /^(is|are|be|been|being|has|have)$/i.test(tokens[i - 1]!.text))) past++;
    else if (t.pos === 'VERB' && /^(said|bought|sold|paid|took|made|won|led|raised|agreed)$/.test(w)) past++;
  }
  if (past === 0 && present === 0) return 'present';
  return past >= present ? 'past' : 'present';
}
