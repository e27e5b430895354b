import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { ioError, type Format } from './walk.js';

export interface LoadedText {
  text: string;
  /** Set when bytes were not valid UTF-8 and were replaced with U+FFFD. */
  invalidUtf8: boolean;
}

export class LoadError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'LoadError';
  }
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Bytes from disk to text, refusing what is not an article: too large, empty, or binary. Invalid
 * UTF-8 is decoded with replacement characters (the rest of the article is still worth reading)
 * and flagged so the caller can warn.
 */
export async function loadFile(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<LoadedText> {
  if (path === '-') return decode(await readStdin(maxBytes));
  let bytes: Buffer;
  try {
    // Synchronous for speed on many small files (see walk.ts); the size is checked on the open file
    // so that a file swapped between stat and read cannot slip past the limit.
    const fd = openSync(path, 'r');
    try {
      const { size } = fstatSync(fd);
      if (size > maxBytes) throw new LoadError('E_TOO_LARGE', `file is ${size} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`);
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    if (e instanceof LoadError) throw e;
    const { code, message } = ioError(e);
    throw new LoadError(code, message);
  }
  if (bytes.length > maxBytes) throw new LoadError('E_TOO_LARGE', `file is over the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
  return decode(bytes);
}

export function decode(bytes: Uint8Array): LoadedText {
  if (looksBinary(bytes)) throw new LoadError('E_BINARY', 'file looks binary (NUL or control bytes), not an article');
  let text: string;
  let invalidUtf8 = false;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    invalidUtf8 = true;
  }
  if (text.trim() === '') throw new LoadError('E_EMPTY', 'file is empty');
  return { text, invalidUtf8 };
}

/** NUL bytes, or many control characters in the first 8 KB: text never has them. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** The format to give extract() for a file format; JSON formats carry their own text. */
export function textFormat(format: Format): 'text' | 'markdown' | 'html' {
  return format === 'html' ? 'html' : format === 'markdown' ? 'markdown' : 'text';
}

async function readStdin(maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new LoadError('E_TOO_LARGE', `standard input is over the limit of ${maxBytes} bytes (raise it with --max-bytes)`);
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts);
}
