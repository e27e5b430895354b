import { createHash } from 'node:crypto';
import type { ArticleInput } from '../batch/articles.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * An article's id: from its source and a hash of its content, so that enqueuing the same folder
 * twice adds nothing twice, while an article whose text changed under the same name is a new one.
 * An input that could not be read is identified by its error instead of its text. `collect` writes
 * each article id's line once; `enqueue` adds an article id only when it is in no job and not
 * collected.
 *
 * BullMQ refuses ids that look like integers or hold ':'; the leading letter and hex digits keep
 * clear of both. 160 bits leave no practical chance of two articles sharing an id.
 */
export function jobIdOf(input: ArticleInput): string {
  const content = input.ok ? `text\0${sha256(input.text)}` : `error\0${input.code}\0${input.message}`;
  return 'j' + sha256(`${input.source}\0${content}`).slice(0, 40);
}

/**
 * The id of a job that carries several articles: from their ids, in order. The same articles
 * grouped the same way (the same folder enqueued again) give the same job, which BullMQ does not
 * add twice; 'b' keeps job ids apart from article ids.
 */
export function batchJobId(articleIds: readonly string[]): string {
  return 'b' + sha256(articleIds.join('\0')).slice(0, 40);
}
