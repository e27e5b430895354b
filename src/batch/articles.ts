import type { Message } from '../schema/message.js';
import { FrontMatterError, parseFrontMatter } from '../read/frontMatter.js';
import { loadFile, LoadError, textFormat } from './load.js';
import type { WalkItem } from './walk.js';

/** One article ready for extract(), or the reason an input could not give one. */
export type ArticleInput =
  | { ok: true; source: string; text: string; format: 'text' | 'markdown' | 'html'; publishedAt?: string; warnings: Array<Pick<Message, 'rule' | 'message'>> }
  | { ok: false; source: string; code: string; message: string };

/**
 * The articles in one file. Text, Markdown and HTML files are one article each; a `.json` file is
 * one `{ text, published?, id? }` object; a `.jsonl` file is one such object per line, and a bad
 * line is an error for that line only.
 */
export async function* articlesOf(item: Extract<WalkItem, { kind: 'file' }>, maxBytes: number): AsyncGenerator<ArticleInput> {
  let loaded;
  try {
    loaded = await loadFile(item.path, maxBytes);
  } catch (e) {
    const err = e instanceof LoadError ? e : new LoadError('E_IO', String(e));
    yield { ok: false, source: item.path, code: err.code, message: err.message };
    return;
  }
  const warnings: Array<Pick<Message, 'rule' | 'message'>> = loaded.invalidUtf8
    ? [{ rule: 'read/invalid-utf8', message: 'the file is not valid UTF-8; invalid bytes were replaced with U+FFFD' }]
    : [];
  if (item.format === 'json') {
    yield fromJson(loaded.text, item.path, item.path, warnings);
    return;
  }
  if (item.format === 'jsonl') {
    const lines = loaded.text.split('\n');
    for (let n = 0; n < lines.length; n++) {
      if (lines[n]!.trim() === '') continue;
      yield fromJson(lines[n]!, `${item.path}:${n + 1}`, `${item.path} line ${n + 1}`, warnings);
    }
    return;
  }
  if (item.format !== 'html') {
    // In a batch, a file whose front matter is broken is reported, not read with its metadata
    // mistaken for article text; extract() on a string only warns, as the caller holds the text.
    try {
      parseFrontMatter(loaded.text);
    } catch (e) {
      if (!(e instanceof FrontMatterError)) throw e;
      yield { ok: false, source: item.path, code: e.code, message: e.message };
      return;
    }
  }
  yield { ok: true, source: item.path, text: loaded.text, format: textFormat(item.format), warnings };
}

function fromJson(raw: string, source: string, where: string, warnings: Array<Pick<Message, 'rule' | 'message'>>): ArticleInput {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { ok: false, source, code: 'E_JSON', message: `${where}: not valid JSON (${(e as Error).message})` };
  }
  const obj = value as { text?: unknown; published?: unknown; id?: unknown; format?: unknown };
  if (typeof value !== 'object' || value === null || typeof obj.text !== 'string') {
    return { ok: false, source, code: 'E_JSON', message: `${where}: expected an object with a string "text" field` };
  }
  if (obj.text.trim() === '') return { ok: false, source, code: 'E_EMPTY', message: `${where}: "text" is empty` };
  const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : undefined;
  const format = obj.format === 'html' || obj.format === 'markdown' ? obj.format : 'text';
  return {
    ok: true,
    source: id ?? source,
    text: obj.text,
    format,
    ...(typeof obj.published === 'string' ? { publishedAt: obj.published } : {}),
    warnings,
  };
}
