import { describe, expect, it } from 'vitest';
import { candidatesIn } from '../../src/deals/candidates.js';
import { sentenceViews } from '../../src/deals/sentenceView.js';
import { runStages } from '../../src/extract.js';
import { ExtractOptions } from '../../src/schema/options.js';

const triggersOf = (text: string) =>
  sentenceViews(runStages(text, ExtractOptions.parse({}))).map((v) => candidatesIn(v).map((c) => [c.type, c.trigger]));

describe('deal candidates', () => {
  it('finds the deal word of each sentence', () => {
    expect(triggersOf('Gamma Corp bought Beta Inc. The buyer paid 5 mln dlrs.')).toEqual([[['acquisition', 'bought']], [['acquisition', 'buyer']]]);
  });

  it('does not take words that name members of Object for deal words', () => {
    // The trigger table once inherited from Object.prototype: "constructor" opened a deal of type Object.
    expect(triggersOf('Gamma Corp bought Beta Inc. The constructor paid 5 mln dlrs, said toString and valueOf.')).toEqual([[['acquisition', 'bought']], []]);
  });
});
