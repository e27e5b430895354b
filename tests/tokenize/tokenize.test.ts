import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.js';
import { read } from '../../src/read/read.js';
import { ExtractOptions } from '../../src/schema/options.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

const opts = ExtractOptions.parse({});

describe('tokenize', () => {
  it('gives every token and sentence a span that is exactly its text', () => {
    const text = readFileSync(new URL('../../corpus/amazon-anthropic-2024-03.txt', import.meta.url), 'utf8');
    const doc = tokenize(read(text, opts));
    expect(doc.tokens.length).toBeGreaterThan(400);
    for (const t of doc.tokens) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
    for (const s of doc.sentences) expect(text.slice(s.span[0], s.span[1])).toBe(s.text);
    expect(doc.sentences[0]!.text).toBe(
      'On Wednesday, Amazon announced a further investment of $2.75 billion in Anthropic, a company focused on advancing artificial intelligence (AI) capabilities.',
    );
  });

  it('keeps offsets right across tabs, CRLF, curly quotes and non-BMP characters', () => {
    const text = 'Acme\u2019s\tdeal 😀 closed.\r\n\r\n  Foo Inc  paid €5m.';
    const doc = tokenize(createDoc(text, opts));
    for (const t of doc.tokens) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Acme\u2019s\tdeal 😀 closed.', 'Foo Inc  paid €5m.']);
  });

  it('drops whitespace-only sentences and copes with empty text', () => {
    expect(tokenize(createDoc('', opts)).sentences).toEqual([]);
    expect(tokenize(createDoc('  \n\n ', opts)).sentences).toEqual([]);
    const doc = tokenize(createDoc('One. Two.\n\n', opts));
    expect(doc.sentences.map((s) => s.text)).toEqual(['One.', 'Two.']);
  });

  it('assigns each token to its sentence', () => {
    const doc = tokenize(createDoc('Acme bought Foo. Bar sold Baz.', opts));
    const firstOfSecond = doc.tokens.find((t) => t.text === 'Bar')!;
    expect(firstOfSecond.sentence).toBe(1);
    expect(doc.sentences[1]!.tokens[0]).toBe(firstOfSecond.index);
  });
});

describe('sentences and Reuters ticker markup', () => {
  it('does not end a sentence at the dot inside <BP.L>', () => {
    const text = 'The British Petroleum Co Plc <BP.L> said it will offer 70 dlrs a share for Standard Oil Co. The offer expires April 1.';
    const doc = tokenize(createDoc(text, opts));
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'The British Petroleum Co Plc <BP.L> said it will offer 70 dlrs a share for Standard Oil Co.',
      'The offer expires April 1.',
    ]);
    expect(doc.sentences.map((s) => s.index)).toEqual([0, 1]);
    for (const t of doc.tokens) expect(doc.sentences[t.sentence]!.span[0]).toBeLessThanOrEqual(t.span[0]);
  });
});

describe('possessives', () => {
  const tagsOf = (text: string) => tokenize(createDoc(text, opts)).tokens.filter((t) => t.pos !== 'SPACE').map((t) => `${t.text}/${t.pos}`);

  it('splits "X\'s" into the name and "\'s", and a lowercase base is a common noun, whatever was read before', () => {
    const text = "Trading on the bank's own account declined, he said.";
    const first = tagsOf(text);
    // wink keeps vocabulary across documents and sometimes keeps "bank's" whole: read others first.
    tagsOf("Dresdner Bank's and the Bank's partners' bank's results; Deutsche Bank's own-account trading.");
    const again = tagsOf(text);
    for (const tags of [first, again]) {
      expect(tags).toContain('bank/NOUN');
      expect(tags).toContain("'s/PART");
    }
    expect(again).toEqual(first);
  });
});

describe('what was read before', () => {
  const textsOf = (text: string) => tokenize(createDoc(text, opts)).tokens.filter((t) => t.pos !== 'SPACE').map((t) => t.text);

  it('does not change how an article is split: "F.N." stays whole after a story had the ticker "<F.N>"', () => {
    const text = 'Investment firm F.N. Wolf and Co Inc said it holds a stake in Cal Fed Income Partners L.P.';
    // wink adds every new word to its vocabulary, and its tokenizer asked that vocabulary how to
    // split: after "<F.N>" and "L.P" had been read as words, "F.N." and "L.P." came apart.
    textsOf('Ford Motor Co <F.N> said its unit and <CFP.L.P> and L.P shares rose.');
    const after = textsOf(text);
    expect(after).toContain('F.N.');
    expect(after).toContain('L.P.');
    expect(after).not.toContain('F.N');
  });
});
