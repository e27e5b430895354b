import type { Doc, Sentence, Token } from '../doc.js';
import type { DateMention, MoneyMention, OrganizationMention } from '../schema/mention.js';

/** A mention placed on the sentence's token sequence: tokens [first, last) of `words`. */
export interface Placed<M> {
  mention: M;
  first: number;
  last: number;
  /** A stand-in named by its role in the deal told last ("the target"): it may stand anywhere a name does. */
  byRole?: boolean;
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
  /**
   * "it", "its", "the company": stand-ins for organizations named earlier, each carrying the
   * name it refers to (references.ts); filled in by the deal stage, which follows the story.
   */
  refs: Placed<OrganizationMention>[];
}

export function sentenceViews(doc: Doc): SentenceView[] {
  // Mentions are sorted by start, so one cursor per kind walks them alongside the sentences: linear
  // in the article's length, which matters for a 10 MB file with a hundred thousand sentences.
  const money = cursor(doc.mentions.money);
  const orgs = cursor(doc.mentions.organizations);
  const dates = cursor(doc.mentions.dates);
  return doc.sentences.map((sentence) => {
    const words = doc.tokens.slice(sentence.tokens[0], sentence.tokens[1]).filter((t) => t.pos !== 'SPACE');
    const place = <M extends { span: [number, number] }>(list: M[]): Placed<M>[] =>
      list.map((mention) => {
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
      orgs: place(orgs(sentence.span)),
      money: place(money(sentence.span)),
      dates: place(dates(sentence.span)),
      refs: [],
    };
  });
}

/** For sentences in order: the mentions that lie wholly inside each one. */
function cursor<M extends { span: [number, number] }>(sorted: M[]): (span: [number, number]) => M[] {
  let at = 0;
  return ([start, end]) => {
    while (at < sorted.length && sorted[at]!.span[0] < start) at++;
    const out: M[] = [];
    for (let k = at; k < sorted.length && sorted[k]!.span[0] < end; k++) if (sorted[k]!.span[1] <= end) out.push(sorted[k]!);
    return out;
  };
}
