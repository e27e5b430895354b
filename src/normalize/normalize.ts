import { messageAt, type Doc } from '../doc.js';
import { canonicalizeOrganizations } from './canonicalName.js';

/**
 * Normalize stage: what needs all of an article's mentions at once. Organization names are joined
 * into one canonical name per organization; dates that could not be placed on the calendar are
 * reported with their span, so a reader knows why a deal has no date.
 */
export function normalize(doc: Doc): Doc {
  const organizations = canonicalizeOrganizations(doc.mentions.organizations, doc);
  const messages = [...doc.messages];
  const unresolved = doc.mentions.dates.filter((d) => !d.resolved);
  for (const d of unresolved) {
    messages.push(
      messageAt(doc, {
        severity: 'warning',
        stage: 'normalize',
        rule: 'date/unresolved',
        message: `"${d.text}" is relative and the article has no publication date (give one in front matter, --published or publishedAt); left unresolved`,
        span: d.span,
      }),
    );
  }
  return { ...doc, mentions: { ...doc.mentions, organizations }, messages };
}
