import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * A manifest lists articles whose text may not be copied into the repository (here: Reuters
 * stories kept in ../shared). Article paths are relative to `root`, itself relative to the
 * manifest's folder; the golden files live beside the manifest, one `NAME.golden.json` per article
 * `NAME.txt`. An article marked `knownFailure` is one the pipeline gets wrong today: its golden file
 * still holds the truth, and the one-line reason says what is wrong.
 */
export const ManifestArticle = z
  .object({
    path: z.string().min(1),
    knownFailure: z.string().min(1).optional().describe('One line: what the pipeline gets wrong on this article today'),
    note: z.string().optional().describe('A judgement the person who checked the golden file wants to leave'),
  })
  .strict();
export type ManifestArticle = z.infer<typeof ManifestArticle>;

export const Manifest = z
  .object({
    description: z.string().optional(),
    selection: z.string().optional().describe('How the articles were chosen'),
    root: z.string().default('.').describe('The folder article paths are relative to, relative to the manifest'),
    articles: z.array(ManifestArticle),
  })
  .passthrough();
export type Manifest = z.infer<typeof Manifest>;

export interface ManifestEntry extends ManifestArticle {
  /** The article on disk. */
  articlePath: string;
  /** Its golden file, beside the manifest. */
  goldenPath: string;
}

export function goldenNameFor(articlePath: string): string {
  return basename(articlePath, extname(articlePath)) + '.golden.json';
}

/** Reads and checks a manifest; throws an Error that says what is wrong with it. */
export function readManifest(manifestPath: string): { manifest: Manifest; entries: ManifestEntry[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (e) {
    throw new Error(`${manifestPath}: cannot read the manifest (${(e as Error).message})`);
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) throw new Error(`${manifestPath}: not a golden manifest: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  const manifest = parsed.data;
  const dir = dirname(manifestPath);
  const root = resolve(dir, manifest.root);
  const seen = new Map<string, string>();
  const entries = manifest.articles.map((a) => {
    const golden = goldenNameFor(a.path);
    const other = seen.get(golden);
    if (other !== undefined) throw new Error(`${manifestPath}: ${a.path} and ${other} would share the golden file ${golden}`);
    seen.set(golden, a.path);
    return { ...a, articlePath: resolve(root, a.path), goldenPath: join(dir, golden) };
  });
  return { manifest, entries };
}

/** A JSON file is taken for a manifest when it has an `articles` list. */
export function looksLikeManifest(path: string): boolean {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as { articles?: unknown };
    return typeof v === 'object' && v !== null && Array.isArray(v.articles);
  } catch {
    return false;
  }
}
