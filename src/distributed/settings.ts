import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ArticleDefaults } from '../batch/extractRecord.js';
import { DistributedUsageError, dwKeys, redactUrl } from './names.js';

/**
 * What every article of a queue is read with besides its own text and date: the locale and the
 * extra organization names. They belong to the queue, not to each worker, so that workers started
 * on many machines with nothing but --redis read every article alike. The first `enqueue` sets
 * them; a later one with other settings is refused rather than mixing two kinds of records.
 * (--published is per article: `enqueue` gives it to the articles that carry no date of their own.)
 */
export type QueueSettings = Pick<ArticleDefaults, 'locale' | 'organizations'>;

/** What `enqueue` sets with no --locale and no --lexicon. */
export const DEFAULT_SETTINGS: QueueSettings = { locale: 'en-US' };

export interface StoredSettings {
  id: string;
  settings: QueueSettings;
}

export function settingsId(s: QueueSettings): string {
  const canonical = JSON.stringify({ locale: s.locale ?? null, organizations: s.organizations ?? [] });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 12);
}

/** Sets the queue's settings if it has none yet; refuses settings other than those it has. */
export async function claimSettings(redis: Redis, queue: string, url: string, s: QueueSettings): Promise<string> {
  const id = settingsId(s);
  const key = dwKeys(queue).settings;
  const set = await redis.set(key, JSON.stringify({ id, settings: s }), 'NX');
  if (set === 'OK') return id;
  const held = await readSettings(redis, queue);
  if (!held || held.id === id) return id;
  throw new DistributedUsageError(
    `queue ${queue} at ${redactUrl(url)} already holds articles to be read with ${describeSettings(held.settings)}, ` +
      `not ${describeSettings(s)}. Enqueue with the same --locale and --lexicon, or use another --queue.`,
  );
}

export async function readSettings(redis: Redis, queue: string): Promise<StoredSettings | null> {
  const raw = await redis.get(dwKeys(queue).settings);
  return raw === null ? null : (JSON.parse(raw) as StoredSettings);
}

export function describeSettings(s: QueueSettings): string {
  const n = s.organizations?.length ?? 0;
  // Two lexicons of the same size are told apart by a hash of their names.
  const lexicon = n ? ` and a lexicon of ${n} name${n === 1 ? '' : 's'} (${createHash('sha256').update(JSON.stringify(s.organizations)).digest('hex').slice(0, 8)})` : ' and no lexicon';
  return `--locale ${s.locale ?? 'en-US'}${lexicon}`;
}
