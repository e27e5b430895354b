import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, serializeSchema } from '../../src/schema/jsonSchema.js';

const dir = new URL('../../schemas/', import.meta.url);

describe('schemas/', () => {
  const generated = jsonSchemas();

  it.each(Object.keys(generated))('%s is what `npm run schemas` generates from the zod schemas', (name) => {
    const committed = readFileSync(new URL(name, dir), 'utf8');
    // On a difference, run `npm run schemas` and commit the result.
    expect(committed).toBe(serializeSchema(generated[name]));
  });

  it('holds no stale schema files', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(generated).sort());
  });

  it('describes the output contract fields', () => {
    const s = generated['article-extraction.schema.json'] as { required: string[] };
    expect(s.required).toEqual(expect.arrayContaining(['source', 'publishedAt', 'deals', 'mentions']));
  });
});
