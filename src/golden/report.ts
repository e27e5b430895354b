import { relative, sep } from 'node:path';
import { formatDifferences } from './compare.js';
import type { GoldenOutcome } from './run.js';

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** A path as the report prints it: relative to the working folder, forward slashes. */
export function shownPath(p: string, cwd = process.cwd()): string {
  return relative(cwd, p).split(sep).join('/') || '.';
}

function indent(text: string, by: string): string {
  return text.split('\n').map((l) => by + l).join('\n');
}

/** What one article that does not match prints: a header and its differences. */
export function formatOutcome(o: GoldenOutcome, cwd = process.cwd()): string {
  const golden = shownPath(o.target.goldenPath, cwd);
  switch (o.status) {
    case 'error':
      return `${o.target.source}: error: ${o.error}`;
    case 'missing-golden':
      return `${o.target.source}: no golden file (${golden}); --update writes a draft from the pipeline's output, to be checked by hand against the article before it is committed`;
    case 'match':
      return `${o.target.source}: matches`;
    case 'known-passes':
      return `${o.target.source}: matches, but is listed as a known failure (${o.target.knownFailure})`;
    default:
      return `${o.target.source}: ${plural(o.diffs.length, 'difference')} from ${golden}\n${indent(formatDifferences(o.diffs), '  ')}`;
  }
}

export interface Tally {
  articles: number;
  match: number;
  differ: number;
  missing: number;
  known: number;
  knownPasses: number;
  errors: number;
  updated: number;
  /** Manifests none of whose articles is on this machine. */
  skippedManifests: number;
}

export function tally(outcomes: GoldenOutcome[], updated: number, skippedManifests = 0): Tally {
  const n = (s: GoldenOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return {
    articles: outcomes.length,
    match: n('match'),
    differ: n('differ'),
    missing: n('missing-golden'),
    known: n('known-failure'),
    knownPasses: n('known-passes'),
    errors: n('error'),
    updated,
    skippedManifests,
  };
}

/** The one line that closes a run. */
export function summaryLine(t: Tally): string {
  const parts = [
    plural(t.articles, 'article'),
    `${t.match} match`,
    `${t.differ} differ`,
    ...(t.missing ? [`${t.missing} without golden file`] : []),
    `${plural(t.known, 'known failure')}${t.knownPasses ? ` (+${t.knownPasses} now passing)` : ''}`,
    plural(t.errors, 'error'),
    ...(t.updated ? [`${plural(t.updated, 'golden file')} updated`] : []),
    ...(t.skippedManifests ? [`${plural(t.skippedManifests, 'manifest')} skipped`] : []),
  ];
  return `golden: ${parts.join(', ')}`;
}

/** The known failures, apart from the rest: one line each with the manifest's reason. */
export function formatKnown(outcomes: GoldenOutcome[], showDiffs: boolean, cwd = process.cwd()): string {
  const lines: string[] = [];
  const known = outcomes.filter((o) => o.status === 'known-failure');
  if (known.length > 0) {
    lines.push(`known failures (${known.length}, not counted as differences; reasons from the manifest):`);
    for (const o of known) {
      lines.push(`  ${o.target.source}: ${plural(o.diffs.length, 'difference')}: ${o.target.knownFailure}`);
      if (showDiffs) lines.push(indent(formatDifferences(o.diffs), '      '));
    }
  }
  const passing = outcomes.filter((o) => o.status === 'known-passes');
  if (passing.length > 0) {
    const manifests = [...new Set(passing.map((o) => shownPath(o.target.manifestPath ?? '', cwd)))].join(', ');
    lines.push(`known failures that now pass (${passing.length}): remove their "knownFailure" from ${manifests}`);
    for (const o of passing) lines.push(`  ${o.target.source} (was: ${o.target.knownFailure})`);
  }
  return lines.join('\n');
}
