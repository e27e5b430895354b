import { createHash } from 'node:crypto';
import type { ArticleInput } from '../batch/articles.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * A job's id: from the article's source and a hash of its content, so that enqueuing the same
 * folder twice adds nothing twice, while an article whose text changed under the same name is a
 * new job. An input that could not be read is identified by its error instead of its text.
 *
 * BullMQ refuses ids that look like integers or hold ':'; the leading letter and hex digits keep
 * clear of both. 160 bits leave no practical chance of two articles sharing an id.
 */
export function jobIdOf(input: ArticleInput): string {
  const content = input.ok ? `text\0${sha256(input.text)}` : `error\0${input.code}\0${input.message}`;
  return 'j' + sha256(`${input.source}\0${content}`).slice(0, 40);
}
