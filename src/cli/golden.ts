import type { Command } from 'commander';
import type { GoldenOutcome, GoldenTarget, SkippedManifest } from '../golden/run.js';

interface GoldenFlags {
  update?: boolean;
  score?: boolean;
  showKnown?: boolean;
}

/**
 * `dealwire golden <paths...>`: runs the pipeline on every article that has a golden file (beside
 * it, or through a manifest) and prints what changed, field by field. Exit 0 when all match, 1 on
 * any difference, error, or known failure that now passes; 2 for a usage error.
 */
export function goldenCommand(prog: Command): Command {
  const cmd = prog
    .command('golden')
    .description('compare the pipeline with hand-checked golden files; exit 1 on any difference')
    .argument('<paths...>', 'folders of articles with NAME.golden.json beside NAME.txt (.md, .html), article files, or a manifest.json')
    .option('--update', 'rewrite the golden files of the articles that differ (after printing the diff); never one that matches or a known failure')
    .option('--score', 'print precision, recall and F1 of the deals, and the accuracy of amounts, dates and statuses')
    .option('--show-known', 'print the differences of the known failures too')
    .addHelpText('after', `
Golden files sit beside their article (corpus/NAME.golden.json for corpus/NAME.txt), or beside a
manifest.json that lists articles kept elsewhere, with an optional "knownFailure" reason for each.
Known failures are reported apart and do not fail the run; one that now matches does, so that the
manifest is updated and the count of known failures only goes down.

  dealwire golden corpus/ tests/golden/reuters/
  dealwire golden corpus/ --update
  dealwire golden tests/golden/reuters/ --score`);

  cmd.action(async (paths: string[], o: GoldenFlags) => {
    // Loaded when the command runs, not when the CLI starts: the golden check pulls in the whole
    // pipeline, which `enqueue` or `collect` never need.
    const { collect, evaluate, GoldenUsageError, updateGolden } = await import('../golden/run.js');
    const { formatKnown, formatOutcome, shownPath, summaryLine, tally } = await import('../golden/report.js');
    const { addToScore, emptyScore, formatScore } = await import('../golden/score.js');
    const usage = (message: string): never => cmd.error(`dealwire: ${message}`, { exitCode: 2, code: 'dealwire.usage' });
    if (o.update && o.score) usage('--update and --score do not go together: score first, then update.');
    let targets: GoldenTarget[] = [];
    let skipped: SkippedManifest[] = [];
    try {
      ({ targets, skipped } = collect(paths));
    } catch (e) {
      if (e instanceof GoldenUsageError) usage(e.message);
      throw e;
    }
    if (targets.length === 0 && skipped.length === 0) usage(`no articles in ${paths.join(', ')}: golden files sit beside NAME.txt (.md, .html), or are listed in a manifest.json.`);

    const out = (text: string) => process.stdout.write(text + '\n');
    // A manifest of articles kept outside the repository (../shared) is skipped when none is there.
    for (const s of skipped) out(`${shownPath(s.manifestPath)}: skipped: none of its ${s.articles} articles is there (${s.example} ...); they are kept outside the repository`);
    const outcomes: GoldenOutcome[] = [];
    let updated = 0;

    if (o.score) {
      const score = emptyScore();
      for (const t of targets) {
        const r = await evaluate(t);
        outcomes.push(r);
        if (r.golden && r.actual) addToScore(score, r.golden, r.actual);
        else if (r.status === 'error' || r.status === 'missing-golden') out(formatOutcome(r));
      }
      out(formatScore(score));
      const t = tally(outcomes, 0);
      process.exitCode = t.errors > 0 ? 1 : 0;
      return;
    }

    for (const t of targets) {
      const r = await evaluate(t);
      outcomes.push(r);
      if (r.status === 'differ' || r.status === 'missing-golden' || r.status === 'error') {
        out(formatOutcome(r));
        if (o.update && updateGolden(r)) {
          updated++;
          out(`  updated ${shownPath(r.target.goldenPath)}`);
        }
      }
    }
    const known = formatKnown(outcomes, o.showKnown === true);
    if (known) out(known);
    const t = tally(outcomes, updated, skipped.length);
    out(summaryLine(t));
    const unresolved = t.differ + t.missing - updated;
    process.exitCode = unresolved > 0 || t.errors > 0 || t.knownPasses > 0 ? 1 : 0;
  });
  return cmd;
}
