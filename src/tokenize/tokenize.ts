import type { ItemSentence } from 'wink-nlp';
import type { Doc, Sentence, Token } from '../doc.js';
import { sentenceTense } from './tense.js';
import { wink } from './wink.js';

/**
 * Tokenize stage: wink-nlp tokens and sentences with character offsets into `doc.text`.
 * wink keeps every character (whitespace lives in `precedingSpaces`), so offsets are running sums;
 * we still check each token against the text, since a span that lies is worse than none.
 */
export function tokenize(doc: Doc): Doc {
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(doc.text);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const types = wdoc.tokens().out(its.type) as string[];

  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    at += spaces[i]!.length;
    let start = at;
    if (doc.text.startsWith(value, at) === false) {
      // Should not happen; fall back to searching so one odd character cannot shift every span after it.
      const found = doc.text.indexOf(value, at);
      start = found >= 0 ? found : at;
    }
    tokens.push({ index: i, text: value, span: [start, start + value.length], pos: pos[i]!, type: types[i]!, sentence: -1 });
    at = start + value.length;
  }

  const sentences: Sentence[] = [];
  wdoc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    if (last < first) return; // wink reports one empty sentence for an empty text
    // Trim whitespace tokens at either end so a sentence's span starts and ends on text.
    let a = first;
    let b = last;
    while (a < b && tokens[a]!.pos === 'SPACE') a++;
    while (b > a && tokens[b]!.pos === 'SPACE') b--;
    if (tokens[a]!.pos === 'SPACE') {
      // Only whitespace (a trailing blank line): belongs to the sentence before, if any.
      for (let k = first; k <= last; k++) tokens[k]!.sentence = Math.max(0, sentences.length - 1);
      return;
    }
    const index = sentences.length;
    for (let k = first; k <= last; k++) tokens[k]!.sentence = index;
    const span: [number, number] = [tokens[a]!.span[0], tokens[b]!.span[1]];
    const own = tokens.slice(a, b + 1);
    sentences.push({ index, text: doc.text.slice(span[0], span[1]), span, tokens: [a, b + 1], tense: sentenceTense(own) });
  });
  return { ...doc, tokens, sentences };
}
