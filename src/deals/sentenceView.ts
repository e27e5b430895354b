import type { Doc, Sentence, Token } from '../doc.js';
import type { DateMention, MoneyMention, OrganizationMention } from '../schema/mention.js';

/** A mention placed on the sentence's token sequence: tokens [first, last) of `words`. */
export interface Placed<M> {
  mention: M;
  first: number;
  last: number;
}

/**
 * One sentence seen as the deal stage needs it: its words (no whitespace tokens) and the mentions
 * that fall inside it, each placed on word positions so rules can say "the org right after `in`".
 */
export interface SentenceView {
  sentence: Sentence;
  words: Token[];
  lower: string[];
  orgs: Placed<OrganizationMention>[];
  money: Placed<MoneyMention>[];
  dates: Placed<DateMention>[];
}

export function sentenceViews(doc: Doc): SentenceView[] {
  return doc.sentences.map((sentence) => {
    const words = doc.tokens.slice(sentence.tokens[0], sentence.tokens[1]).filter((t) => t.pos !== 'SPACE');
    const place = <M extends { span: [number, number] }>(list: M[]): Placed<M>[] =>
      list
        .filter((m) => m.span[0] >= sentence.span[0] && m.span[1] <= sentence.span[1])
        .map((mention) => {
          let first = words.findIndex((w) => w.span[1] > mention.span[0]);
          if (first < 0) first = words.length;
          let last = first;
          while (last < words.length && words[last]!.span[0] < mention.span[1]) last++;
          return { mention, first, last: Math.max(last, first + 1) };
        });
    return {
      sentence,
      words,
      lower: words.map((w) => w.text.toLowerCase()),
      orgs: place(doc.mentions.organizations),
      money: place(doc.mentions.money),
      dates: place(doc.mentions.dates),
    };
  });
}
