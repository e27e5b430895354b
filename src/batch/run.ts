import PQueue from 'p-queue';
import { articlesOf, type ArticleInput } from './articles.js';
import type { ArticleDefaults } from './extractRecord.js';
import { toResult, type BatchResult } from './result.js';
import { DEFAULT_MAX_BYTES } from './load.js';
import { ARTICLES_PER_WORKER, WorkerPool } from './pool.js';
import { walk } from './walk.js';

export { isError, type BatchRecord, type BatchResult } from './result.js';

/** Characters of article text read and not yet extracted, at most (one larger article still goes alone). */
const MAX_CHARS_IN_FLIGHT = 32 * 1024 * 1024;

export interface BatchOptions extends ArticleDefaults {
  maxBytes?: number;
  /** Worker threads; 0 runs in this thread (no start-up cost, for a handful of articles). */
  jobs?: number;
  /** Sources to leave out (already in the output of an earlier run). */
  skip?: (source: string) => boolean;
  /** Files never to read, by `fileId` (the run's own output file). */
  exclude?: ReadonlySet<string>;
  /** Stops taking new articles; those in flight still finish and are written. */
  signal?: AbortSignal;
}

export interface BatchTally {
  articles: number;
  deals: number;
  failures: number;
  skipped: number;
  /** Sources left out because an earlier run's output already had them. */
  resumed: number;
  bytes: number;
  /** Inputs found so far, and whether the walk is over (then it is the total). */
  found: number;
  walkDone: boolean;
}

export function newTally(): BatchTally {
  return { articles: 0, deals: 0, failures: 0, skipped: 0, resumed: 0, bytes: 0, found: 0, walkDone: false };
}

/**
 * Every article under `paths` to one output record each, in a pool of worker threads. Files are
 * read here (I/O) and extracted there (CPU). At most a few articles per worker are in flight at any
 * time, whatever the size of the folder, so memory stays flat. Records are handed to `emit` as they
 * arrive, so their order follows completion, not the walk.
 */
export async function runBatch(paths: readonly string[], opts: BatchOptions, emit: (r: BatchResult) => void, tally: BatchTally = newTally()): Promise<BatchTally> {
  const jobs = opts.jobs ?? 0;
  const defaults: ArticleDefaults = {
    ...(opts.publishedAt !== undefined ? { publishedAt: opts.publishedAt } : {}),
    ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
    ...(opts.organizations !== undefined ? { organizations: opts.organizations } : {}),
  };
  const pool = jobs > 0 ? new WorkerPool(jobs, defaults) : null;
  // The pipeline loads here only to extract in this thread: with workers, they load it, and this
  // thread only reads files and writes lines.
  const inThread = pool ? null : (await import('./extractRecord.js')).extractRecord;
  // Enough for the pool to keep every worker's batches full (pool.ts); and a bound on characters,
  // so that a folder of large articles cannot fill memory with what is waiting.
  const inFlight = Math.max(2, jobs * ARTICLES_PER_WORKER);
  const queue = new PQueue({ concurrency: inFlight });
  let charsInFlight = 0;
  const record = (r: BatchResult) => {
    if (r.failed) tally.failures++;
    else {
      tally.articles++;
      tally.deals += r.deals;
    }
    emit(r);
  };
  try {
    for await (const input of articleInputs(paths, opts.maxBytes ?? DEFAULT_MAX_BYTES, tally, opts.exclude)) {
      if (opts.signal?.aborted) break;
      if (opts.skip?.(input.source)) {
        tally.resumed++;
        continue;
      }
      if (!input.ok) {
        record(toResult({ source: input.source, error: { code: input.code, message: input.message } }));
        continue;
      }
      tally.bytes += Buffer.byteLength(input.text);
      await queue.onSizeLessThan(inFlight);
      while (charsInFlight > 0 && charsInFlight + input.text.length > MAX_CHARS_IN_FLIGHT) await new Promise((go) => queue.once('next', go));
      const chars = input.text.length;
      charsInFlight += chars;
      void queue.add(async () => {
        try {
          record(pool ? await pool.run(input) : toResult(inThread!(input, defaults)));
        } finally {
          charsInFlight -= chars;
        }
      });
    }
    if (!opts.signal?.aborted) tally.walkDone = true;
    await queue.onIdle();
  } finally {
    await pool?.close();
  }
  return tally;
}

/**
 * Articles, and error records for what could not be walked or read, in walk order; counts what it
 * found and what it skipped. Shared by `extract` and `enqueue`, so both read inputs the same way.
 */
export async function* articleInputs(paths: readonly string[], maxBytes: number, tally: { found: number; skipped: number }, exclude?: ReadonlySet<string>): AsyncGenerator<ArticleInput> {
  for await (const item of walk(paths, exclude ? { exclude } : {})) {
    if (item.kind === 'skipped') {
      // Golden files are the articles' companions, not inputs anyone expects to see counted.
      if (item.reason !== 'golden' && item.reason !== 'output') tally.skipped++;
      continue;
    }
    tally.found++;
    if (item.kind === 'error') {
      yield { ok: false, source: item.path, code: item.code, message: item.message };
      continue;
    }
    let n = 0;
    for await (const a of articlesOf(item, maxBytes)) {
      if (n++ > 0) tally.found++; // a JSONL file holds more than one article
      yield a;
    }
  }
}
