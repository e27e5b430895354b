import { Command, InvalidArgumentError, Option } from 'commander';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { LOCALES } from '../schema/locales.js';
import type { Locale } from '../schema/options.js';
import { DEFAULT_MAX_BYTES } from '../batch/load.js';
import { checkQueueName, checkRedisUrl, DEFAULT_ATTEMPTS, DEFAULT_BATCH, DEFAULT_LOCK_MS, DEFAULT_QUEUE, DEFAULT_REDIS, DistributedUsageError, redactUrl, RedisUnreachable } from '../distributed/names.js';
import { isoDate, lexiconFile, positiveInt } from './options.js';
import { onStopSignals, setExitCodeIfStopped } from './signals.js';

// BullMQ and ioredis load only when a distributed command runs: `extract` starts as fast as before.
const lib = {
  queue: () => import('../distributed/queue.js'),
  settings: () => import('../distributed/settings.js'),
  enqueue: () => import('../distributed/enqueue.js'),
  worker: () => import('../distributed/worker.js'),
  collect: () => import('../distributed/collect.js'),
  status: () => import('../distributed/status.js'),
  drained: () => import('../distributed/drained.js'),
};




function redisUrl(v: string): string {
  try {
    return checkRedisUrl(v);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

function queueName(v: string): string {
  try {
    return checkQueueName(v);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

function queueOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--redis <url>', 'the Redis server that holds the queue').env('DEALWIRE_REDIS').default(DEFAULT_REDIS).argParser(redisUrl))
    .addOption(new Option('--queue <name>', 'the queue (one Redis can hold several)').default(DEFAULT_QUEUE).argParser(queueName));
}

interface QueueFlags {
  redis: string;
  queue: string;
}

/**
 * Errors that end a distributed command with exit 2 and one line: Redis not there (the message
 * names the URL), a usage error. The action checks Redis before it writes anything, so nothing is
 * half-written. Losing Redis in the middle of a run is reported the same way.
 */
function guarded<A extends unknown[]>(url: (...a: A) => string, fn: (...a: A) => Promise<void>): (...a: A) => Promise<void> {
  return async (...a: A) => {
    try {
      await fn(...a);
    } catch (e) {
      let message: string | null = null;
      if (e instanceof RedisUnreachable || e instanceof DistributedUsageError) message = e.message;
      else if ((e as Error).name === 'MaxRetriesPerRequestError' || /Connection is closed|ECONNREFUSED|ECONNRESET/.test((e as Error).message)) {
        message = `lost Redis at ${redactUrl(url(...a))}: ${(e as Error).message.replace(/\.+$/, '')}. What was written so far is whole; run the command again once Redis is back.`;
      }
      if (message === null) throw e;
      process.stderr.write(`dealwire: ${message}\n`);
      process.exitCode = 2;
    }
  };
}

/** The one summary line of `enqueue` and `collect`, marked when a signal cut the run short. */
function writeSummary(parts: string[], ac: AbortController): void {
  process.stderr.write((ac.signal.aborted ? 'interrupted: ' : '') + parts.join(', ') + '\n');
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `enqueue`, `worker`, `collect` and `status`: one batch spread over as many machines as run
 * `dealwire worker`, through a BullMQ queue in Redis (src/distributed/).
 */
export function distributedCommands(prog: Command): Command {
  queueOptions(
    prog
      .command('enqueue')
      .description('add the articles of files and folders to a queue in Redis, in jobs of --batch articles, for `dealwire worker` to process')
      .argument('<paths...>', 'files or folders of articles (.txt, .md, .html, .json, .jsonl), or - for standard input'),
  )
    .option('--published <date>', 'publication date for articles that do not carry one in front matter (YYYY-MM-DD)', isoDate)
    .addOption(new Option('--locale <locale>', 'what a bare "$" means and the order of numeric dates (one per queue)').choices(LOCALES).default('en-US'))
    .option('--lexicon <file>', 'extra organization names, one per line (one lexicon per queue)', lexiconFile)
    .option('--max-bytes <n>', 'largest article (and file) to enqueue; larger ones become error records', positiveInt, DEFAULT_MAX_BYTES)
    .option('--attempts <n>', 'tries per article before it becomes an error record', positiveInt, DEFAULT_ATTEMPTS)
    .option('--batch <n>', 'articles per job (fewer when they are large): the queue costs the same per job whatever it carries', positiveInt, DEFAULT_BATCH)
    .option('-q, --quiet', 'no summary line on standard error')
    .addHelpText('after', `
Jobs carry the article text, so workers need no shared disk. An article's id comes from its source
and a hash of its text: enqueuing the same folder again adds only the articles that are new or
changed. The first enqueue sets the queue's --locale and --lexicon; workers read every article
with them.

  dealwire enqueue articles/ --redis redis://10.0.0.5:6379
  dealwire enqueue archive-2023/ --published 2023-12-31 --queue archive`)
    .action(
      guarded(
        (_p: string[], o: QueueFlags) => o.redis,
        async (paths: string[], o: QueueFlags & { published?: string; locale: Locale; lexicon?: string[]; maxBytes: number; attempts: number; batch: number; quiet?: boolean }) => {
          for (const p of paths) {
            if (p === '-') continue;
            await stat(p).catch(() => {
              throw new DistributedUsageError(`${p}: no such file or folder. Give files or folders of articles (.txt, .md, .html, .json, .jsonl).`);
            });
          }
          const started = Date.now();
          const [{ connect, openQueue }, { claimSettings }, { enqueue, newEnqueueTally }] = await Promise.all([lib.queue(), lib.settings(), lib.enqueue()]);
          const redis = await connect(o.redis);
          const queue = openQueue(redis, o.queue);
          const ac = new AbortController();
          const release = onStopSignals((sig) => ac.abort(sig));
          const tally = newEnqueueTally();
          try {
            const settingsId = await claimSettings(redis, o.queue, o.redis, { locale: o.locale, ...(o.lexicon ? { organizations: o.lexicon } : {}) });
            await enqueue(redis, queue, paths, {
              queue: o.queue,
              settingsId,
              ...(o.published ? { publishedAt: o.published } : {}),
              maxBytes: o.maxBytes,
              attempts: o.attempts,
              batch: o.batch,
              signal: ac.signal,
            }, tally);
          } finally {
            release();
            await queue.close();
            redis.disconnect();
          }
          if (!o.quiet) {
            const parts = [
              `enqueued ${plural(tally.added, 'article')} in ${plural(tally.jobs, 'job')} (${(tally.bytes / 1e6).toFixed(1)} MB) on queue ${o.queue} at ${redactUrl(o.redis)}`,
              `${tally.present} already there`,
              ...(tally.errors ? [`${tally.errors} unreadable, queued as error records`] : []),
              ...(tally.skipped ? [`${tally.skipped} skipped`] : []),
              seconds(Date.now() - started),
            ];
            writeSummary(parts, ac);
          }
          setExitCodeIfStopped(ac);
        },
      ),
    );

  queueOptions(
    prog
      .command('worker')
      .description('take articles from a queue in Redis and extract them, on as many machines as you like, until stopped'),
  )
    .option('-c, --concurrency <n>', 'worker threads (default: one per core)', positiveInt)
    .option('--lock-ms <n>', 'how long the jobs of a worker that stopped answering wait before another worker takes them', positiveInt, DEFAULT_LOCK_MS)
    .option('--until-empty', 'stop once the queue has nothing waiting, active or retrying, and no enqueue is running')
    .option('-q, --quiet', 'no start and stop lines on standard error')
    .addHelpText('after', `
Each result is kept in Redis until \`dealwire collect\` writes it out. SIGTERM or Ctrl-C lets the
jobs in hand finish and be stored, then exits; a second signal exits at once. A worker killed
outright loses nothing: after --lock-ms its jobs go back to the queue for another worker.
Articles are read with the queue's settings (set by the first enqueue), not with flags here.

  dealwire worker --redis redis://10.0.0.5:6379
  dealwire worker --redis redis://10.0.0.5:6379 --concurrency 8`)
    .action(
      guarded(
        (o: QueueFlags) => o.redis,
        async (o: QueueFlags & { concurrency?: number; lockMs: number; untilEmpty?: boolean; quiet?: boolean }) => {
          const [{ connect, openQueue }, { DistributedWorker }, { workLeft }] = await Promise.all([lib.queue(), lib.worker(), lib.drained()]);
          const redis = await connect(o.redis, { blocking: true });
          const threads = o.concurrency ?? availableParallelism();
          const worker = new DistributedWorker(redis, { queue: o.queue, threads, lockMs: o.lockMs });
          let lastError = '';
          worker.on('error', (e) => {
            // Connection trouble is reported once by the connection itself (queue.ts).
            if (e.message === lastError || /ECONNREFUSED|ECONNRESET|Connection is closed/.test(e.message)) return;
            lastError = e.message;
            process.stderr.write(`dealwire worker: ${e.message}\n`);
          });
          if (!o.quiet) process.stderr.write(`dealwire worker ${worker.name}: ${threads} thread${threads === 1 ? '' : 's'} on queue ${o.queue} at ${redactUrl(o.redis)}\n`);
          const started = Date.now();
          // Runs until a signal, or with --until-empty until the queue has nothing left to do.
          let emptyCheck: NodeJS.Timeout | undefined;
          const countQueue = o.untilEmpty ? openQueue(redis, o.queue) : null;
          await new Promise<void>((resolve) => {
            // The handlers stay while the worker drains: a second signal exits at once.
            onStopSignals(() => resolve());
            if (countQueue) {
              let emptyRounds = 0;
              emptyCheck = setInterval(() => {
                workLeft(redis, countQueue, o.queue)
                  .then((left) => {
                    emptyRounds = left.jobs === 0 && !left.enqueuing ? emptyRounds + 1 : 0;
                    if (emptyRounds >= 2) resolve();
                  })
                  .catch(() => {});
              }, 100);
            }
          });
          clearInterval(emptyCheck);
          await countQueue?.close();
          await worker.close();
          await redis.quit().catch(() => redis.disconnect());
          const t = worker.tally;
          if (!o.quiet) process.stderr.write(`dealwire worker ${worker.name} stopped: ${plural(t.articles, 'article')}, ${plural(t.deals, 'deal')}, ${plural(t.errors, 'error record')}, ${t.retried} retried, ${seconds(Date.now() - started)}\n`);
        },
      ),
    );

  queueOptions(
    prog
      .command('collect')
      .description("write the results the workers have finished as JSONL, one line per article, exactly once; they leave Redis"),
  )
    .requiredOption('-o, --out <file>', 'the JSONL file to append to (created if need be)')
    .option('--follow', 'go on writing results as they finish, until the queue is empty and no enqueue is running')
    .option('-q, --quiet', 'no summary line on standard error')
    .addHelpText('after', `
Lines are the ones \`dealwire extract\` writes, error records included, in the order the articles
finished. FILE is appended to and never truncated: a result moves from Redis to FILE, and is
removed from Redis only once FILE is on disk. A collect stopped at any point (Ctrl-C, kill) leaves
whole lines; run it again to go on, as with \`extract --resume\`: no article is written twice.
Exit codes: 0, 1 when some lines are error records, 2 when Redis is not there.

  dealwire collect --redis redis://10.0.0.5:6379 --out deals.jsonl --follow`)
    .action(
      guarded(
        (o: QueueFlags) => o.redis,
        async (o: QueueFlags & { out: string; follow?: boolean; quiet?: boolean }) => {
          const started = Date.now();
          const [{ connect, openQueue }, { collect, newCollectTally }] = await Promise.all([lib.queue(), lib.collect()]);
          const redis = await connect(o.redis);
          const queue = openQueue(redis, o.queue);
          const ac = new AbortController();
          const release = onStopSignals((sig) => ac.abort(sig));
          const tally = newCollectTally();
          try {
            await collect(redis, queue, { queue: o.queue, out: o.out, follow: o.follow ?? false, signal: ac.signal }, tally);
          } finally {
            release();
            await queue.close();
            redis.disconnect();
          }
          if (!o.quiet) {
            const parts = [
              `collected ${plural(tally.articles, 'article')}, ${plural(tally.deals, 'deal')}, ${tally.failures} failed into ${o.out}`,
              ...(tally.already ? [`${tally.already} already in it`] : []),
              ...(tally.pending ? [`${tally.pending} still in the queue`] : []),
              seconds(Date.now() - started),
            ];
            writeSummary(parts, ac);
          }
          if (!setExitCodeIfStopped(ac)) process.exitCode = tally.failures > 0 ? 1 : 0;
        },
      ),
    );

  queueOptions(prog.command('status').description('how far a queue has got: waiting, active, done and failed jobs, workers, throughput'))
    .option('--json', 'print the figures as one JSON object')
    .addHelpText('after', `
Done and failed count every job finished since the queue began, collected or not; throughput is
jobs finished per second over the last minute or so.

  dealwire status --redis redis://10.0.0.5:6379`)
    .action(
      guarded(
        (o: QueueFlags) => o.redis,
        async (o: QueueFlags & { json?: boolean }) => {
          const [{ connect, openQueue }, { formatStatus, queueStatus }] = await Promise.all([lib.queue(), lib.status()]);
          const redis = await connect(o.redis);
          const queue = openQueue(redis, o.queue);
          try {
            const s = await queueStatus(redis, queue, o.queue, o.redis);
            process.stdout.write((o.json ? JSON.stringify(s) : formatStatus(s)) + '\n');
          } finally {
            await queue.close();
            redis.disconnect();
          }
        },
      ),
    );

  return prog;
}
