import { availableParallelism } from 'node:os';
import { newTally, runBatch } from '../batch/run.js';

// Child process of the benchmark: one pipeline run over a folder, output counted and dropped, so
// that its peak RSS is its own. Prints one JSON line with its figures.
const [folder, jobsArg] = process.argv.slice(2);
const jobs = Number(jobsArg ?? availableParallelism());
const started = performance.now();
let firstResultMs: number | null = null;
let outBytes = 0;
const tally = newTally();
await runBatch([folder!], { jobs }, (r) => {
  firstResultMs ??= performance.now() - started;
  outBytes += r.line.length + 1;
}, tally);
const elapsedMs = performance.now() - started;
process.stdout.write(
  JSON.stringify({ jobs, elapsedMs, firstResultMs, articles: tally.articles, failures: tally.failures, deals: tally.deals, bytes: tally.bytes, outBytes, maxRssKb: process.resourceUsage().maxRSS }) + '\n',
);
