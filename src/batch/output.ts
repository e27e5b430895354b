import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

/**
 * JSONL output where every line is written whole: one `write` per line, to a file descriptor
 * opened for appending or to standard output. A crash between two writes leaves whole lines only.
 */
export class JsonlWriter {
  private fd: number;
  private readonly owned: boolean;
  lines = 0;

  constructor(path: string | null, mode: 'truncate' | 'append' = 'truncate') {
    if (path === null) {
      this.fd = 1;
      this.owned = false;
    } else {
      this.fd = openSync(path, mode === 'append' ? 'a' : 'w');
      this.owned = true;
    }
  }

  write(record: unknown): void {
    this.writeLine(JSON.stringify(record));
  }

  /** `line` is one JSON value without its newline. */
  writeLine(line: string): void {
    const buf = Buffer.from(line + '\n', 'utf8');
    let off = 0;
    while (off < buf.length) {
      try {
        off += writeSync(this.fd, buf, off);
      } catch (e) {
        // Standard output may be a non-blocking pipe: wait for the reader rather than drop the line.
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw e;
      }
    }
    this.lines++;
  }

  close(): void {
    if (!this.owned) return;
    try {
      fsyncSync(this.fd);
    } finally {
      closeSync(this.fd);
      this.fd = -1;
    }
  }
}
