import type { Doc } from '../doc.js';
import { ArticleExtraction } from '../schema/article.js';

/**
 * Validate stage: the extraction as the zod schema defines it. A failure here is a bug in an
 * earlier stage, so it is thrown with the zod path rather than turned into output that lies.
 * Spans are checked against the text too: the contract is that `text.slice(...span)` is the text.
 */
export function validate(doc: Doc): ArticleExtraction {
  const out = ArticleExtraction.parse({
    source: doc.source,
    publishedAt: doc.publishedAt,
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    textFrom: doc.textFrom,
    deals: doc.deals,
    mentions: doc.mentions,
    messages: doc.messages,
  });
  for (const kind of ['money', 'organizations', 'dates'] as const) {
    for (const m of out.mentions[kind]) {
      if (doc.text.slice(m.span[0], m.span[1]) !== m.text) {
        throw new Error(`internal: ${kind} mention ${JSON.stringify(m.text)} has span [${m.span}] that does not match the text (rule ${m.rule})`);
      }
    }
  }
  for (const d of out.deals) {
    if (doc.text.slice(d.evidence.span[0], d.evidence.span[1]) !== d.evidence.text) {
      throw new Error(`internal: deal ${d.id} evidence span does not match the text`);
    }
  }
  return out;
}
