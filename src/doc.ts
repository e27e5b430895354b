import type { Message, Mentions, Span, ExtractOptions, DealRecord } from './schema/index.js';

/** One wink-nlp token, with its place in the text. */
export interface Token {
  index: number;
  text: string;
  span: Span;
  /** Universal POS tag from wink-nlp (PROPN, VERB, NUM, SPACE, ...). */
  pos: string;
  /** wink-nlp token type (word, number, currency, punctuation, tabCRLF, ...). */
  type: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export type Tense = 'past' | 'present' | 'future';

export interface Sentence {
  index: number;
  text: string;
  span: Span;
  /** Token index range [first, last) in `Doc.tokens`. */
  tokens: [number, number];
}

/**
 * The one object that travels through the stages. Each stage returns a new Doc with its part
 * filled in; none of them reads files or the clock.
 */
export interface Doc {
  text: string;
  source: string | null;
  /** Publication date, YYYY-MM-DD, or null when the article gave none and no fallback was set. */
  publishedAt: string | null;
  title?: string;
  textFrom: 'text' | 'markdown' | 'html';
  options: ExtractOptions;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mentions;
  deals: DealRecord[];
  messages: Message[];
}

export function emptyMentions(): Mentions {
  return { money: [], organizations: [], dates: [] };
}

export function createDoc(text: string, options: ExtractOptions, meta: { title?: string; textFrom?: Doc['textFrom'] } = {}): Doc {
  return {
    text,
    source: options.source ?? null,
    publishedAt: options.publishedAt ?? null,
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    textFrom: meta.textFrom ?? 'text',
    options,
    tokens: [],
    sentences: [],
    mentions: emptyMentions(),
    deals: [],
    messages: [],
  };
}

/** Builds a positioned message for `doc`; stages add it to the messages they return. */
export function messageAt(
  doc: Pick<Doc, 'source'>,
  m: Omit<Message, 'source' | 'span'> & { span?: Span | null },
): Message {
  return { ...m, source: doc.source, span: m.span ?? null };
}

/** The sentence that contains character offset `at`, or undefined between sentences. */
export function sentenceAt(doc: Pick<Doc, 'sentences'>, at: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (at < s.span[0]) hi = mid - 1;
    else if (at >= s.span[1]) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** 1-based line and column of a character offset, for human-readable reports. */
export function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}
