import { createReadStream, existsSync, openSync, closeSync, fstatSync, readSync, ftruncateSync } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * The sources already in an earlier run's output, so that a rerun with --resume writes each
 * remaining article once. A last line without its newline (the earlier run was killed mid-write)
 * is cut off first: it is the only line that can be incomplete, and its article is done again.
 */
export async function readDoneSources(path: string): Promise<{ sources: Set<string>; truncatedBytes: number }> {
  const sources = new Set<string>();
  if (!existsSync(path)) return { sources, truncatedBytes: 0 };
  const truncatedBytes = cutPartialLastLine(path);
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    try {
      const rec = JSON.parse(line) as { source?: unknown };
      if (typeof rec.source === 'string') sources.add(rec.source);
    } catch {
      // A line we did not write whole cannot name its source; leave it for the user to see.
    }
  }
  return { sources, truncatedBytes };
}

function cutPartialLastLine(path: string): number {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return 0;
    const chunk = Buffer.alloc(Math.min(size, 1 << 16));
    let end = size;
    // Walk back to the last newline; lines are short, but read in chunks in case one is not.
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const n = readSync(fd, chunk, 0, end - start, start);
      const nl = chunk.subarray(0, n).lastIndexOf(10);
      if (nl >= 0) {
        const keep = start + nl + 1;
        if (keep < size) ftruncateSync(fd, keep);
        return size - keep;
      }
      end = start;
    }
    ftruncateSync(fd, 0);
    return size;
  } finally {
    closeSync(fd);
  }
}
