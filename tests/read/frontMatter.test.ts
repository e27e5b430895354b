import { describe, expect, it } from 'vitest';
import { FrontMatterError, parseFrontMatter } from '../../src/read/frontMatter.js';

describe('parseFrontMatter', () => {
  it('reads flat fields and where the body starts', () => {
    const text = '---\npublished: 2024-03-28\ntitle: "AMAZON: MORE FOR ANTHROPIC"\nid: a-1 # a comment\n---\nBody.';
    const fm = parseFrontMatter(text)!;
    expect(fm.fields).toEqual({ published: '2024-03-28', title: 'AMAZON: MORE FOR ANTHROPIC', id: 'a-1' });
    expect(text.slice(fm.bodyStart)).toBe('Body.');
  });

  it('keeps list values as their raw text and accepts CRLF', () => {
    const fm = parseFrontMatter('---\r\ntopics: [acq]\r\n---\r\nX')!;
    expect(fm.fields.topics).toBe('[acq]');
  });

  it('returns null when there is no front matter', () => {
    expect(parseFrontMatter('Amazon said on Wednesday ---')).toBeNull();
  });

  it('rejects an unclosed block and a line that is not key: value, with the line number', () => {
    expect(() => parseFrontMatter('---\npublished: 2024-03-28\nBody')).toThrow(FrontMatterError);
    try {
      parseFrontMatter('---\npublished: 2024-03-28\nthis is not a field\n---\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FrontMatterError);
      expect((e as FrontMatterError).line).toBe(3);
    }
  });
});
