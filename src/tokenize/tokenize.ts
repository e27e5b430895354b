import type { ItemSentence } from 'wink-nlp';
import type { Doc, Sentence, Token } from '../doc.js';
import { wink } from './wink.js';

/**
 * Tokenize stage: wink-nlp tokens and sentences with character offsets into `doc.text`. Tense is
 * not worked out here but where a date needs it (mentions/date.ts), since most sentences never ask.
 * wink keeps every character (whitespace lives in `precedingSpaces`), so offsets are running sums;
 * we still check each token against the text, since a span that lies is worse than none.
 */
const POSSESSIVE = /^(.*[A-Za-z0-9.])(['’][sS])$/;

export function tokenize(doc: Doc): Doc {
  const nlp = wink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(doc.text);
  const values = wdoc.tokens().out(its.value) as string[];
  const spaces = wdoc.tokens().out(its.precedingSpaces) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const types = wdoc.tokens().out(its.type) as string[];

  const tokens: Token[] = [];
  // wink token i becomes our tokens firstOf[i]..lastOf[i] (two when a possessive is split off).
  const firstOf: number[] = [];
  const lastOf: number[] = [];
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
    firstOf.push(tokens.length);
    const possessive = POSSESSIVE.exec(value);
    if (possessive && types[i] === 'word') {
      // wink splits "X's" into "X" + "'s", but not always: it leaves "Corp's" whole before some
      // punctuation, and (before wink.ts stopped its tokenizer from consulting words learned from
      // earlier documents) kept "bank's" whole once it had read it. Splitting here makes every
      // possessive two tokens, whichever path wink took.
      const base = possessive[1]!;
      // wink tagged the whole "bank's" (often PROPN, from its unknown shape); split by wink, "bank"
      // would be a NOUN. A lowercase base is a common noun either way, so the tag no longer depends
      // on which path the word took (it did: "bank" in 11773.txt after reading 11720.txt).
      const basePos = /^[a-z]/.test(base) && pos[i] === 'PROPN' ? 'NOUN' : pos[i]!;
      tokens.push({ index: tokens.length, text: base, span: [start, start + base.length], pos: basePos, type: 'word', sentence: -1 });
      tokens.push({ index: tokens.length, text: possessive[2]!, span: [start + base.length, start + value.length], pos: 'PART', type: 'word', sentence: -1 });
    } else {
      tokens.push({ index: tokens.length, text: value, span: [start, start + value.length], pos: pos[i]!, type: types[i]!, sentence: -1 });
    }
    lastOf.push(tokens.length - 1);
    at = start + value.length;
  }

  const sentences: Sentence[] = [];
  wdoc.sentences().each((s: ItemSentence) => {
    const [winkFirst, winkLast] = s.out(its.span) as unknown as [number, number];
    if (winkLast < winkFirst) return; // wink reports one empty sentence for an empty text
    const first = firstOf[winkFirst]!;
    const last = lastOf[winkLast]!;
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
    sentences.push({ index, text: doc.text.slice(span[0], span[1]), span, tokens: [a, b + 1] });
  });
  return { ...doc, tokens, sentences: joinSplitMarkup(doc.text, tokens, sentences) };
}

/**
 * wink ends a sentence at the dot inside Reuters ticker markup ("<BP.L>", "<KFHG.F>"), cutting a
 * company from its verb. A sentence that leaves a "<" open is joined with the next one.
 */
function joinSplitMarkup(text: string, tokens: Token[], sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.text.lastIndexOf('<') > prev.text.lastIndexOf('>')) {
      const span: [number, number] = [prev.span[0], s.span[1]];
      const range: [number, number] = [prev.tokens[0], s.tokens[1]];
      for (let k = range[0]; k < range[1]; k++) tokens[k]!.sentence = prev.index;
      // Written out rather than spread: every Sentence keeps one object shape, so the stages that
      // read sentences stay monomorphic (a spread copy had another shape and deoptimized them).
      out[out.length - 1] = { index: prev.index, text: text.slice(span[0], span[1]), span, tokens: range };
      continue;
    }
    if (s.index !== out.length) {
      for (let k = s.tokens[0]; k < s.tokens[1]; k++) tokens[k]!.sentence = out.length;
      out.push({ index: out.length, text: s.text, span: s.span, tokens: s.tokens });
    } else out.push(s);
  }
  return out;
}
