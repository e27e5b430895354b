import { describe, expect, it } from 'vitest';
import { read } from '../../src/read/read.js';
import { ExtractOptions } from '../../src/schema/options.js';

describe('read stage', () => {
  it('takes the publication date from front matter and keeps offsets into the file', () => {
    const file = '---\npublished: 2024-03-28\ntitle: T\n---\nAmazon invested.';
    const doc = read(file, ExtractOptions.parse({ publishedAt: '2020-01-01' }));
    expect(doc.publishedAt).toBe('2024-03-28');
    expect(doc.title).toBe('T');
    expect(doc.text.length).toBe(file.length);
    const at = file.indexOf('Amazon');
    expect(doc.text.slice(at, at + 6)).toBe('Amazon');
  });

  it('falls back to options.publishedAt, and to null without any date', () => {
    expect(read('Text.', ExtractOptions.parse({ publishedAt: '2024-03-28' })).publishedAt).toBe('2024-03-28');
    expect(read('Text.', ExtractOptions.parse({})).publishedAt).toBeNull();
  });

  it('warns about a front matter date that is not a date, and about malformed front matter', () => {
    const bad = read('---\npublished: last Tuesday\n---\nText.', ExtractOptions.parse({}));
    expect(bad.publishedAt).toBeNull();
    expect(bad.messages.map((m) => m.rule)).toContain('read/published');
    const open = read('---\npublished: 2024-03-28\nText.', ExtractOptions.parse({ source: 'a.txt' }));
    expect(open.messages[0]).toMatchObject({ rule: 'read/front-matter', severity: 'warning', source: 'a.txt' });
  });

  it('reads HTML into text and says so', () => {
    const doc = read('<p>Acme Corp bought Foo Inc.</p>', ExtractOptions.parse({ format: 'html' }));
    expect(doc.text).toBe('Acme Corp bought Foo Inc.');
    expect(doc.textFrom).toBe('html');
  });
});
