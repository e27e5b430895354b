import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { loadFile } from '../batch/load.js';
import { extract } from '../extract.js';
import type { ArticleExtraction } from '../schema/article.js';
import { compareExtractions, goldenForm, toChecked, toGolden, type Difference, type Golden, type GoldenForm } from './compare.js';
import { looksLikeManifest, readManifest } from './manifest.js';
import { CheckedGoldenSchema } from './schema.js';
import { z } from 'zod';

/** Article formats a golden file may stand beside. */
const ARTICLE_EXT = /\.(txt|md|html?)$/i;

/** One article to check against its golden file. */
export interface GoldenTarget {
  /** Where the article came from, as the record says it: repo-relative, forward slashes. */
  source: string;
  articlePath: string;
  goldenPath: string;
  /** The form a new golden file is written in: full beside an article, checked beside a manifest. */
  form: GoldenForm;
  /** From the manifest: what the pipeline gets wrong on this article today. */
  knownFailure?: string;
  /** The manifest that lists the article, if any. */
  manifestPath?: string;
}

export class GoldenUsageError extends Error {}

/** The golden target for one manifest entry (hand-checked form). */
export function manifestTarget(e: ReturnType<typeof readManifest>['entries'][number], manifestPath: string): GoldenTarget {
  return {
    source: e.path,
    articlePath: e.articlePath,
    goldenPath: e.goldenPath,
    form: 'checked',
    ...(e.knownFailure !== undefined ? { knownFailure: e.knownFailure } : {}),
    manifestPath,
  };
}

function posix(p: string): string {
  return p.split(sep).join('/');
}

/** The nearest folder at or above `from` with a package.json: the repository sources are relative to. */
function packageRoot(from: string): string | null {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

function formatOf(path: string): 'text' | 'markdown' | 'html' {
  return /\.html?$/i.test(path) ? 'html' : /\.md$/i.test(path) ? 'markdown' : 'text';
}

function goldenBeside(articlePath: string): string {
  return articlePath.replace(/\.[^./\\]+$/, '.golden.json');
}

function articleBeside(goldenPath: string): string | null {
  const stem = goldenPath.replace(/\.golden\.json$/, '');
  for (const ext of ['.txt', '.md', '.html', '.htm']) if (existsSync(stem + ext)) return stem + ext;
  return null;
}

/**
 * The articles the given files and folders hold: `NAME.txt` (`.md`, `.html`) with or without a
 * `NAME.golden.json` beside it, and the articles of every manifest (`manifest.json` in a folder,
 * or a JSON file given by name; in a folder with a manifest, only the manifest's articles count).
 * Folders are walked in name order, hidden entries and node_modules skipped. Throws GoldenUsageError for a path that does not exist or is no article.
 */
export function collectTargets(paths: string[]): GoldenTarget[] {
  return collect(paths).targets;
}

/** A manifest none of whose articles is on this machine (../shared not checked out): skipped, not failed. */
export interface SkippedManifest {
  manifestPath: string;
  articles: number;
  /** The first article path, as the manifest writes it. */
  example: string;
}

/** Like collectTargets, and also the manifests skipped because none of their articles is there. */
export function collect(paths: string[]): { targets: GoldenTarget[]; skipped: SkippedManifest[] } {
  const out: GoldenTarget[] = [];
  const skipped: SkippedManifest[] = [];
  const seen = new Set<string>();
  const push = (t: GoldenTarget) => {
    const key = `${resolve(t.articlePath)}\0${resolve(t.goldenPath)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(t);
  };
  const fromArticle = (articlePath: string, base: string) => {
    const root = packageRoot(dirname(articlePath)) ?? base;
    push({ source: posix(relative(root, resolve(articlePath))), articlePath, goldenPath: goldenBeside(articlePath), form: 'full' });
  };
  const fromManifest = (manifestPath: string) => {
    let entries;
    try {
      entries = readManifest(manifestPath).entries;
    } catch (e) {
      throw new GoldenUsageError((e as Error).message);
    }
    if (entries.length > 0 && entries.every((e) => !existsSync(e.articlePath))) {
      skipped.push({ manifestPath, articles: entries.length, example: entries[0]!.path });
      return;
    }
    for (const e of entries) push(manifestTarget(e, manifestPath));
  };
  const walk = (dir: string, base: string) => {
    const names = readdirSync(dir).sort();
    // A folder with a manifest holds golden files (and perhaps a README) for articles kept
    // elsewhere: only the manifest says which articles there are.
    const hasManifest = names.includes('manifest.json');
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue; // a broken link is no article
      }
      if (st.isDirectory()) walk(p, base);
      else if (name === 'manifest.json') fromManifest(p);
      else if (ARTICLE_EXT.test(name) && !hasManifest) fromArticle(p, base);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new GoldenUsageError(`${p}: no such file or folder. Give folders of articles with NAME.golden.json beside NAME.txt, article files, or a manifest.json.`);
    }
    if (st.isDirectory()) walk(p, resolve(p));
    else if (p.endsWith('.golden.json')) {
      const article = articleBeside(p);
      if (!article) throw new GoldenUsageError(`${p}: no article beside this golden file (NAME.txt, .md or .html).`);
      fromArticle(article, dirname(resolve(p)));
    } else if (extname(p).toLowerCase() === '.json') {
      if (!looksLikeManifest(p)) throw new GoldenUsageError(`${p}: not a golden manifest (a JSON object with an "articles" list).`);
      fromManifest(p);
    } else if (ARTICLE_EXT.test(p)) fromArticle(p, dirname(resolve(p)));
    else throw new GoldenUsageError(`${p}: not an article (.txt, .md, .html), a golden file or a manifest.`);
  }
  return { targets: out, skipped };
}

export type OutcomeStatus = 'match' | 'differ' | 'missing-golden' | 'known-failure' | 'known-passes' | 'error';

export interface GoldenOutcome {
  target: GoldenTarget;
  status: OutcomeStatus;
  diffs: Difference[];
  golden?: Golden;
  actual?: ArticleExtraction;
  error?: string;
}

/** Runs the pipeline on one article and compares its output with the golden file. */
export async function evaluate(target: GoldenTarget): Promise<GoldenOutcome> {
  let actual: ArticleExtraction;
  try {
    const { text } = await loadFile(target.articlePath);
    actual = extract(text, { source: target.source, format: formatOf(target.articlePath) });
  } catch (e) {
    const code = (e as { code?: string }).code;
    return { target, status: 'error', diffs: [], error: `cannot read the article${code ? ` (${code})` : ''}: ${(e as Error).message}` };
  }
  if (!existsSync(target.goldenPath)) return { target, status: 'missing-golden', diffs: [], actual };
  let golden: Golden;
  try {
    golden = JSON.parse(readFileSync(target.goldenPath, 'utf8')) as Golden;
    if (typeof golden !== 'object' || golden === null || !Array.isArray(golden.deals)) throw new Error('expected an object with a "deals" list');
    if (goldenForm(golden) === 'checked') {
      const checked = CheckedGoldenSchema.safeParse(golden);
      if (!checked.success) throw new Error(z.prettifyError(checked.error).replace(/\n/g, ' '));
    }
  } catch (e) {
    return { target, status: 'error', diffs: [], actual, error: `cannot read the golden file: ${(e as Error).message}` };
  }
  const diffs = compareExtractions(golden, actual);
  const status: OutcomeStatus = target.knownFailure !== undefined
    ? (diffs.length > 0 ? 'known-failure' : 'known-passes')
    : (diffs.length > 0 ? 'differ' : 'match');
  return { target, status, diffs, golden, actual };
}

/** The golden file's text for the pipeline's output, in the form the golden file has (or the target's). */
export function goldenText(o: GoldenOutcome): string {
  if (!o.actual) throw new Error('no pipeline output to write');
  const form = o.golden ? goldenForm(o.golden) : o.target.form;
  const value = form === 'full' ? toGolden(o.actual) : toChecked(o.actual);
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * `--update`: rewrites the golden file of an article that differs (or writes a missing one).
 * Never touches one that matches, a known failure's, or one whose article could not be read.
 * Returns whether it wrote.
 */
export function updateGolden(o: GoldenOutcome): boolean {
  if (o.status !== 'differ' && o.status !== 'missing-golden') return false;
  writeFileSync(o.target.goldenPath, goldenText(o));
  return true;
}
