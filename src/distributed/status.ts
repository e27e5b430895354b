import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { dwKeys, redactUrl } from './names.js';
import type { JobData } from './queue.js';
import { enqueueRunning } from './drained.js';
import { describeSettings, readSettings } from './settings.js';

export interface QueueStatus {
  queue: string;
  redis: string;
  /** Worker processes connected to the queue now, by name (host:pid). */
  workers: string[];
  settings: string | null;
  /** An enqueue is adding jobs now. Job counts below are jobs, each of up to `enqueue --batch` articles. */
  enqueuing: boolean;
  waiting: number;
  active: number;
  /** Jobs that failed an attempt and wait for the next one (backoff). */
  retrying: number;
  /** Jobs finished with a result, since the queue began (collected or not). */
  done: number;
  /** Jobs the queue gave up on (their articles without a result become error records), since the queue began. */
  failed: number;
  /** Finished jobs whose results `collect` has not written yet. */
  toCollect: number;
  /** Lines `collect` has written, and how many of them are error records. */
  collected: number;
  collectedErrors: number;
  /** Articles enqueued and not yet collected (a job carries up to `enqueue --batch` articles). */
  articles: number;
  /** Jobs finished per second over the last minute or so (null before a minute of work). */
  throughput: number | null;
  /** Articles per job so far (null before any job). */
  perJob: number | null;
  /** Articles per second: jobs per second times the articles per job. */
  articleThroughput: number | null;
  /** Seconds until the jobs in the queue are done at that rate. */
  etaSeconds: number | null;
}

/**
 * Counts from BullMQ (waiting, active, retrying; finished jobs from its per-minute metrics, which
 * the workers keep) and from collect's own tally. Reads only; safe to run at any time.
 */
export async function queueStatus(redis: Redis, queue: Queue<JobData>, name: string, url: string, now = Date.now()): Promise<QueueStatus> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed', 'waiting-children');
  const [completed, failedM, workers, collected, settings, enqueuing, articles] = await Promise.all([
    queue.getMetrics('completed', 0, 0),
    queue.getMetrics('failed', 0, 0),
    queue.getWorkers(),
    redis.hgetall(dwKeys(name).collected),
    readSettings(redis, name),
    enqueueRunning(redis, name),
    redis.hlen(dwKeys(name).queued),
  ]);
  const waiting = (c.waiting ?? 0) + (c.prioritized ?? 0) + (c['waiting-children'] ?? 0);
  const active = c.active ?? 0;
  const retrying = c.delayed ?? 0;
  const rc = rate(completed, now);
  const rf = rate(failedM, now);
  const throughput = rc === null && rf === null ? null : (rc ?? 0) + (rf ?? 0);
  const left = waiting + active + retrying;
  // Articles per job: those enqueued (in the queue, or collected) over the jobs that carried them.
  const jobsEver = left + (c.completed ?? 0) + (c.failed ?? 0) + Number(collected.jobs ?? 0);
  const perJob = jobsEver > 0 ? (articles + Number(collected.lines ?? 0)) / jobsEver : null;
  return {
    queue: name,
    redis: redactUrl(url),
    // BullMQ names a worker's connection PREFIX:QUEUE:w:NAME (rawname); NAME is host:pid.
    workers: workers.map((w) => String(w.rawname ?? '').replace(/^.*?:w:/, '')).filter(Boolean).sort(),
    settings: settings ? describeSettings(settings.settings) : null,
    enqueuing,
    waiting,
    active,
    retrying,
    // Workers count finished jobs in the metrics; a queue finished before metrics existed has none.
    done: Math.max(completed.meta.count, c.completed ?? 0),
    failed: Math.max(failedM.meta.count, c.failed ?? 0),
    toCollect: (c.completed ?? 0) + (c.failed ?? 0),
    collected: Number(collected.lines ?? 0),
    collectedErrors: Number(collected.errors ?? 0),
    articles,
    perJob,
    throughput,
    articleThroughput: throughput !== null && perJob !== null ? throughput * perJob : null,
    etaSeconds: throughput && throughput > 0 && left > 0 ? left / throughput : null,
  };
}

type Metrics = Awaited<ReturnType<Queue['getMetrics']>>;

/**
 * BullMQ's metrics: `count` finished jobs in all; `data[0]` of them in the minute before the
 * current one began (at `prevTS`, when `prevCount` had finished). The rate is taken over that
 * minute and the part of the current one so far.
 */
function rate(m: Metrics, now: number): number | null {
  const { count, prevTS, prevCount } = m.meta;
  if (!prevTS) return null;
  const sinceS = Math.max((now - prevTS) / 1000, 1);
  const current = count - prevCount;
  const last = m.data[0];
  return last === undefined ? current / sinceS : (last + current) / (60 + sinceS);
}

export function formatStatus(s: QueueStatus): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const rows: Array<[string, string]> = [
    ['queue', `${s.queue} at ${s.redis}${s.settings ? ` (articles read with ${s.settings})` : ' (nothing enqueued yet)'}`],
    ['workers', s.workers.length ? `${s.workers.length}: ${s.workers.join(', ')}` : '0'],
    [
      'articles',
      `${n(s.articles)} in the queue, not yet collected${s.perJob !== null ? ` (about ${s.perJob.toFixed(0)} per job; the counts below are jobs)` : ''}` +
        `${s.enqueuing ? '  (an enqueue is adding more)' : ''}`,
    ],
    ['waiting', n(s.waiting)],
    ['active', n(s.active)],
    ['retrying', n(s.retrying)],
    ['done', `${n(s.done)}${s.toCollect ? `  (${n(s.toCollect)} not collected yet)` : ''}`],
    ['failed', `${n(s.failed)}${s.failed ? '  (the queue gave up on them; collect writes them as error records)' : ''}`],
    ['collected', `${n(s.collected)} line${s.collected === 1 ? '' : 's'}, ${n(s.collectedErrors)} of them error records`],
    [
      'throughput',
      s.throughput === null
        ? '-'
        : `${s.throughput.toFixed(1)} jobs/s${s.articleThroughput !== null ? ` (about ${s.articleThroughput.toFixed(0)} articles/s)` : ''} over the last minute` +
          `${s.etaSeconds !== null ? `, about ${fmtTime(s.etaSeconds)} to go` : ''}`,
    ],
  ];
  return rows.map(([k, v]) => `${k.padEnd(11)}${v}`).join('\n');
}

function fmtTime(sec: number): string {
  if (sec < 90) return `${Math.round(sec)} s`;
  if (sec < 5400) return `${Math.round(sec / 60)} min`;
  return `${(sec / 3600).toFixed(1)} h`;
}
