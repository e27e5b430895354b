import { ZodError } from 'zod';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ArticleExtraction } from '../src/schema/article.js';

describe('extract()', () => {
  it('returns a schema-valid ArticleExtraction', () => {
    const r = extract('Acme Corp bought Foo Inc for $3 million on Wednesday.', { publishedAt: '2024-03-28', source: 's1' });
    expect(ArticleExtraction.safeParse(r).success).toBe(true);
    expect(r.source).toBe('s1');
    expect(r.publishedAt).toBe('2024-03-28');
  });

  it('accepts a Date or an ISO timestamp as publishedAt', () => {
    expect(extract('Text.', { publishedAt: new Date('2024-03-28T12:00:00Z') }).publishedAt).toBe('2024-03-28');
    expect(extract('Text.', { publishedAt: '2024-03-28T09:30:00-05:00' }).publishedAt).toBe('2024-03-28');
  });

  it.each([
    [{ publishedAt: 'last Tuesday' }, ['publishedAt']],
    [{ publishedAt: new Date('nonsense') }, ['publishedAt']],
    [{ locale: 'fr-FR' }, ['locale']],
    [{ dates: { prefer: 'sideways' } }, ['dates', 'prefer']],
    [{ organizations: [''] }, ['organizations', 0]],
    [{ publishedat: '2024-03-28' }, []],
  ])('rejects bad options %j with a ZodError at path %j', (options, path) => {
    try {
      extract('Text.', options as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ZodError);
      expect((e as ZodError).issues[0]!.path).toEqual(path);
    }
  });

  it('rejects a text that is not a string with a ZodError', () => {
    expect(() => extract(42 as unknown as string)).toThrow(ZodError);
  });

  it('handles an empty text', () => {
    const r = extract('');
    expect(r.deals).toEqual([]);
    expect(r.mentions).toEqual({ money: [], organizations: [], dates: [] });
  });
});
