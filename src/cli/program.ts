import { Command, CommanderError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { LOCALES } from '../schema/locales.js';
import type { Locale } from '../schema/options.js';
import { newTally, runBatch, type BatchRecord, type BatchTally, type BatchOptions } from '../batch/run.js';
import { Progress } from '../batch/progress.js';
import { readDoneSources } from '../batch/resume.js';
import { fileId } from '../batch/walk.js';
import { availableParallelism } from 'node:os';
import { JsonlWriter } from '../batch/output.js';
import { summarize } from './summary.js';
import { stat } from 'node:fs/promises';
import { goldenCommand } from './golden.js';
import { distributedCommands } from './distributed.js';
import { isoDate, lexiconFile, positiveInt } from './options.js';
import { onStopSignals, setExitCodeIfStopped } from './signals.js';

const EXIT_OK = 0;
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;




class UsageError extends Error {}

async function checkPaths(paths: string[]): Promise<void> {
  for (const p of paths) {
    if (p === '-') continue;
    try {
      await stat(p);
    } catch {
      throw new UsageError(`${p}: no such file or folder. Give files or folders of articles (.txt, .md, .html, .json, .jsonl).`);
    }
  }
}

function commonOptions(cmd: Command): Command {
  return cmd
    .option('--published <date>', 'publication date for articles that do not carry one in front matter (YYYY-MM-DD)', isoDate)
    .addOption(new Option('--locale <locale>', 'what a bare "$" means and the order of numeric dates').choices(LOCALES).default('en-US'))
    .option('--lexicon <file>', 'extra organization names, one per line', lexiconFile)
    .option('--max-bytes <n>', 'skip files larger than this, with an error record', positiveInt, 10 * 1024 * 1024);
}

interface CommonFlags {
  published?: string;
  locale: Locale;
  lexicon?: string[];
  maxBytes: number;
}

function batchOptions(o: CommonFlags): BatchOptions {
  return {
    ...(o.published ? { publishedAt: o.published } : {}),
    locale: o.locale,
    ...(o.lexicon ? { organizations: o.lexicon } : {}),
    maxBytes: o.maxBytes,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summaryLine(t: BatchTally, ms: number, interrupted = false): string {
  const s = ms / 1000;
  const parts = [
    plural(t.articles, 'article'),
    plural(t.deals, 'deal'),
    `${t.failures} failed`,
    ...(t.skipped ? [`${t.skipped} skipped`] : []),
    ...(t.resumed ? [`${t.resumed} already done`] : []),
    `${s.toFixed(1)} s`,
    `${(t.bytes / 1e6 / Math.max(s, 1e-3)).toFixed(2)} MB/s`,
  ];
  return (interrupted ? 'interrupted: ' : '') + parts.join(', ');
}

export function program(): Command {
  const prog = new Command('dealwire')
    .description('Reads news articles and turns the deals in them into validated deal records.')
    .version(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string)
    .showHelpAfterError('(run "dealwire help" for the commands)')
    .exitOverride();

  commonOptions(
    prog
      .command('extract')
      .description('print one JSON object per article (JSONL): its deals and mentions, or an error record')
      .argument('<paths...>', 'files or folders of articles (.txt, .md, .html, .json, .jsonl), or - for standard input')
      .option('-o, --out <file>', 'write JSONL to this file instead of standard output')
      .option('--resume', 'keep the lines already in --out and process only the articles not in it')
      .option('-j, --jobs <n>', 'worker threads (default: one per core)', positiveInt)
      .option('-q, --quiet', 'no progress bar and no summary line on standard error'),
  ).action(async (paths: string[], o: CommonFlags & { out?: string; resume?: boolean; jobs?: number; quiet?: boolean }) => {
    if (o.resume && !o.out) throw new UsageError('--resume needs --out FILE: it reads that file to see which articles are done.');
    await checkPaths(paths);
    const started = Date.now();
    const tally = newTally();
    const done = o.resume && o.out ? (await readDoneSources(o.out)).sources : null;
    const out = new JsonlWriter(o.out ?? null, done ? 'append' : 'truncate');
    const outId = o.out ? fileId(o.out) : null;
    const ac = new AbortController();
    // A signal stops the walk; in-flight articles finish and are written.
    const release = onStopSignals((sig) => ac.abort(sig));
    const progress = !o.quiet && process.stderr.isTTY ? new Progress(tally).start() : null;
    try {
      await runBatch(
        paths,
        {
          ...batchOptions(o),
          jobs: o.jobs ?? availableParallelism(),
          signal: ac.signal,
          ...(outId ? { exclude: new Set([outId]) } : {}),
          ...(done ? { skip: (s: string) => done.has(s) } : {}),
        },
        (res) => out.writeLine(res.line),
        tally,
      );
    } finally {
      progress?.stop();
      out.close();
      release();
    }
    if (!o.quiet) process.stderr.write(summaryLine(tally, Date.now() - started, ac.signal.aborted) + '\n');
    if (!setExitCodeIfStopped(ac)) process.exitCode = tally.failures > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  });

  commonOptions(
    prog
      .command('show')
      .description('a readable summary of the deals in each article (JSONL when piped or with --json)')
      .argument('<paths...>', 'files or folders of articles')
      .option('--json', 'print JSONL even on a terminal'),
  ).action(async (paths: string[], o: CommonFlags & { json?: boolean }) => {
    await checkPaths(paths);
    const started = Date.now();
    const tally = newTally();
    const pretty = !o.json && process.stdout.isTTY === true;
    const out = pretty ? null : new JsonlWriter(null);
    await runBatch(paths, batchOptions(o), (res) => {
      if (out) out.writeLine(res.line);
      else process.stdout.write(summarize(JSON.parse(res.line) as BatchRecord) + '\n');
    }, tally);
    if (pretty) process.stdout.write(summaryLine(tally, Date.now() - started) + '\n');
    process.exitCode = tally.failures > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  });

  goldenCommand(prog);
  distributedCommands(prog);
  return prog;
}

export async function main(argv: string[]): Promise<number> {
  const prog = program();
  try {
    await prog.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are exits too, but successful ones.
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`dealwire: ${e.message}\n`);
      return EXIT_USAGE;
    }
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') return EXIT_OK;
    process.stderr.write(`dealwire: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT_SOME_FAILED;
  }
}
