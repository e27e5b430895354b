/**
 * Front matter at the top of a text or Markdown article:
 *
 *     ---
 *     published: 2024-03-28
 *     id: reuters-21578/14900
 *     title: "MONIER SAYS ..."
 *     ---
 *
 * Only flat `key: value` lines are read (the fields dealwire uses are scalars); lists such as
 * `topics: [acq]` are kept as their raw string. A YAML library would accept more, but would also
 * accept far more than a news file ever carries, and a malformed block must be an error we can
 * point at, not a silent partial parse.
 */
export interface FrontMatter {
  fields: Record<string, string>;
  /** Offset in the file's text where the article body starts (after the closing `---`). */
  bodyStart: number;
}

export class FrontMatterError extends Error {
  readonly code = 'E_FRONT_MATTER';
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = 'FrontMatterError';
  }
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

export function parseFrontMatter(text: string): FrontMatter | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const fields: Record<string, string> = {};
  let at = open[0].length;
  let line = 2;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(at, end).replace(/\r$/, '');
    const next = nl < 0 ? text.length : nl + 1;
    if (/^---[ \t]*$/.test(raw)) return { fields, bodyStart: next };
    if (raw.trim() !== '' && !raw.trimStart().startsWith('#')) {
      const m = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(raw);
      if (!m) throw new FrontMatterError(`front matter line ${line} is not "key: value": ${JSON.stringify(raw.slice(0, 60))}`, line);
      fields[m[1]!.toLowerCase()] = unquote(stripComment(m[2]!.trim()));
    }
    at = next;
    line++;
  }
  throw new FrontMatterError('front matter opened with "---" is never closed', 1);
}

function stripComment(v: string): string {
  if (v.startsWith('"') || v.startsWith("'")) return v;
  const hash = v.search(/\s#/);
  return hash >= 0 ? v.slice(0, hash).trimEnd() : v;
}

function unquote(v: string): string {
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}
