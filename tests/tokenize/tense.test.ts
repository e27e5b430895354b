import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { ExtractOptions } from '../../src/schema/options.js';
import { sentenceTense, tenseAt } from '../../src/tokenize/tense.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

const opts = ExtractOptions.parse({ publishedAt: '2024-03-28' });

function sentence(text: string) {
  const doc = tokenize(createDoc(text, opts));
  expect(doc.sentences).toHaveLength(1);
  return doc.tokens;
}

/** Tense at the first occurrence of `word` in `text`. */
function tenseOfWord(text: string, word: string) {
  const tokens = sentence(text);
  const i = tokens.findIndex((t) => t.text === word);
  expect(i).toBeGreaterThanOrEqual(0);
  return tenseAt(tokens, i, i + 1);
}

describe('sentenceTense', () => {
  it.each([
    ['Amazon will invest a further $2.75 billion.', 'future'],
    ["The deal won't close before June.", 'future'],
    ['The deal is expected to close in September.', 'future'],
    ['Amazon plans to buy the stake.', 'future'],
    ['Amazon expects strong demand.', 'future'],
    ['Amazon announced a further investment.', 'past'],
    ['Profit rose 12% and sales fell.', 'past'],
    ['The September investment involved Amazon injecting $1.25 billion.', 'past'],
    ['Amazon had kept the option open.', 'past'],
    ["Amazon's ability to invest presents a financial advantage.", 'present'],
    ['Sales fell due to weak demand.', 'past'],
    ['Anthropic is a startup.', 'present'],
    // "-eed" words that are no past forms (issue 5: "A car need to move" read as past).
    ['The banks need more capital.', 'present'],
    ['The results exceed expectations.', 'present'],
    ['Amazon agreed to the terms.', 'past'],
  ] as const)('%s → %s', (text, tense) => {
    expect(sentenceTense(sentence(text))).toBe(tense);
  });
});

describe('tenseAt: the verb a date hangs on', () => {
  it.each([
    // The date belongs to "said", not to "will invest".
    ['Amazon said on Wednesday it will invest more.', 'Wednesday', 'past'],
    ['On Wednesday, Amazon announced a further investment.', 'Wednesday', 'past'],
    ['On Wednesday, Amazon will announce a further investment.', 'Wednesday', 'future'],
    ['Amazon, which invested in September, will now raise its stake.', 'September', 'past'],
    ['The deal will close in September.', 'September', 'future'],
    ['The company said the deal would close in September.', 'September', 'future'],
    ['The deal would have closed in September.', 'September', 'past'],
    ['Shareholders are due to vote on the deal on Thursday.', 'Thursday', 'future'],
    ['The offering is scheduled for April.', 'April', 'future'],
    ['Delta said it expects sales of about 30 million dollars for the year ending in April.', 'April', 'future'],
    ['It had intended to file a plan in February.', 'February', 'past'],
    ['Amazon had kept the option open since September.', 'September', 'past'],
    ["Amazon's ability to invest at Anthropic's September valuation presents an advantage.", 'September', 'present'],
    ['American Express Co board of directors Monday will discuss the sale.', 'Monday', 'future'],
  ] as const)('%s [%s] → %s', (text, word, tense) => {
    expect(tenseOfWord(text, word)).toBe(tense);
  });

  it('is null when the clause has no verb', () => {
    expect(tenseOfWord('September.', 'September')).toBeNull();
  });
});
