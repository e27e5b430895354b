import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { z } from 'zod';
import { extract } from '../extract.js';
import { readManifest } from '../golden/manifest.js';
import { finish, type Score } from './conll.js';

/**
 * Organization mentions annotated by hand on a golden set kept outside the repository (the Reuters
 * stories of tests/golden/reuters/): one `organizations/NAME.orgs.json` per article of the
 * manifest, holding character offsets into the article file as it is on disk (front matter
 * included), the way dealwire's spans index it. The rules the annotations follow are written in
 * tests/golden/reuters/README.md ("Organization mentions").
 */

const Mention = z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), text: z.string().min(1) }).strict();
export type GoldMention = z.infer<typeof Mention>;

export const OrgAnnotationFile = z
  .object({
    source: z.string().min(1),
    notes: z.array(z.string()).optional().describe('Judgement calls made on this story'),
    titleMentions: z.array(Mention).describe('Mentions in the front matter title (a Reuters headline in capitals)'),
    mentions: z.array(Mention).describe('Mentions in the story text'),
  })
  .strict();
export type OrgAnnotationFile = z.infer<typeof OrgAnnotationFile>;

export interface GoldenOrgStory {
  /** The article path as the manifest gives it. */
  path: string;
  articlePath: string;
  annotationPath: string;
  text: string;
  gold: GoldMention[];
  titleGold: GoldMention[];
}

export function annotationNameFor(articlePath: string): string {
  return basename(articlePath, extname(articlePath)) + '.orgs.json';
}

/**
 * The stories of `dir/manifest.json` with their annotations. `missing` lists the stories not on
 * this machine (the whole set is then skipped by callers); a story on disk without an annotation
 * file, or an annotation whose text is not at its offsets, throws.
 */
export function readGoldenOrgs(dir: string): { stories: GoldenOrgStory[]; missing: string[] } {
  const { entries } = readManifest(join(dir, 'manifest.json'));
  const stories: GoldenOrgStory[] = [];
  const missing: string[] = [];
  for (const e of entries) {
    if (!existsSync(e.articlePath)) {
      missing.push(e.path);
      continue;
    }
    const annotationPath = join(dir, 'organizations', annotationNameFor(e.articlePath));
    if (!existsSync(annotationPath)) throw new Error(`${annotationPath}: no organization annotations for ${e.path}`);
    const file = OrgAnnotationFile.parse(JSON.parse(readFileSync(annotationPath, 'utf8')));
    if (file.source !== e.path) throw new Error(`${annotationPath}: source ${file.source} is not ${e.path}`);
    const text = readFileSync(e.articlePath, 'utf8');
    for (const m of [...file.titleMentions, ...file.mentions]) {
      const at = text.slice(m.start, m.end);
      if (at !== m.text) throw new Error(`${annotationPath}: [${m.start}, ${m.end}) is ${JSON.stringify(at)}, not ${JSON.stringify(m.text)}`);
    }
    stories.push({ path: e.path, articlePath: e.articlePath, annotationPath, text, gold: file.mentions, titleGold: file.titleMentions });
  }
  return { stories, missing };
}

export interface NameCount {
  text: string;
  count: number;
}

export interface GoldenOrgScore {
  stories: number;
  /** Exact spans: a found mention is right when its start and end are a gold mention's. */
  exact: Score;
  /** Overlapping spans, one to one: "Monier" found for gold "Monier Ltd" counts. */
  lenient: Score;
  /** Gold mentions with no exact match, by text (whitespace squashed), most frequent first. */
  missed: NameCount[];
  /** Found mentions with no exact match, by text, most frequent first. */
  spurious: NameCount[];
}

type Span = readonly [number, number];

/** Scores dealwire's organization mentions against the annotations. */
export function scoreGoldenOrgs(stories: readonly GoldenOrgStory[], options: { withTitles?: boolean } = {}): GoldenOrgScore {
  const exact = { gold: 0, found: 0, correct: 0 };
  const lenient = { gold: 0, found: 0, correct: 0 };
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  const bump = (m: Map<string, number>, s: string) => m.set(s, (m.get(s) ?? 0) + 1);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  for (const story of stories) {
    const goldMentions = options.withTitles ? [...story.titleGold, ...story.gold] : story.gold;
    const gold: Span[] = goldMentions.map((m) => [m.start, m.end]);
    const found: Span[] = extract(story.text).mentions.organizations.map((o) => o.span);
    const key = (s: Span) => `${s[0]}:${s[1]}`;
    const goldKeys = new Set(gold.map(key));
    const foundKeys = new Set(found.map(key));
    exact.gold += goldKeys.size;
    exact.found += foundKeys.size;
    for (const f of found) {
      if (goldKeys.has(key(f))) exact.correct++;
      else bump(spurious, squash(story.text.slice(f[0], f[1])));
    }
    for (const g of gold) if (!foundKeys.has(key(g))) bump(missed, squash(story.text.slice(g[0], g[1])));
    lenient.gold += gold.length;
    lenient.found += found.length;
    lenient.correct += overlapMatches(gold, found);
  }
  const top = (m: Map<string, number>): NameCount[] =>
    [...m].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  return { stories: stories.length, exact: finish(exact), lenient: finish(lenient), missed: top(missed), spurious: top(spurious) };
}

/** Pairs of overlapping gold and found spans, each span used once (both lists sorted by start). */
function overlapMatches(gold: readonly Span[], found: readonly Span[]): number {
  const g = [...gold].sort((a, b) => a[0] - b[0]);
  const f = [...found].sort((a, b) => a[0] - b[0]);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < g.length && j < f.length) {
    if (g[i]![1] <= f[j]![0]) i++;
    else if (f[j]![1] <= g[i]![0]) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}
