import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/read/html.js';

describe('htmlToText', () => {
  it('drops scripts, styles and tags, keeps paragraphs apart and reads the title', () => {
    const html = `<html><head><title>Deal &amp; more</title><style>p{color:red}</style></head>
      <body><script>var x = "Acme Corp bought Foo Inc";</script>
      <p>Acme Corp <b>bought</b> Foo&nbsp;Inc for $3&nbsp;million.</p><p>The deal closed.</p></body></html>`;
    const { text, title } = htmlToText(html);
    expect(title).toBe('Deal & more');
    expect(text).toBe('Acme Corp bought Foo Inc for $3 million.\n\nThe deal closed.');
    expect(text).not.toContain('var x');
  });

  it('decodes numeric and named entities, and leaves unknown ones alone', () => {
    expect(decodeEntities('&#8364;500m &#x00A3;1bn &rsquo; &bogus;')).toBe('€500m £1bn ’ &bogus;');
  });
});
