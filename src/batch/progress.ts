import type { BatchTally } from './run.js';

/**
 * A one-line progress display on a terminal's standard error: done / total (when the walk is over),
 * articles per second, time left, failures. Redrawn a few times a second, never on a pipe.
 */
export class Progress {
  private timer: NodeJS.Timeout | undefined;
  private readonly started = Date.now();

  constructor(private readonly tally: BatchTally, private readonly out: NodeJS.WriteStream = process.stderr) {}

  start(): this {
    this.timer = setInterval(() => this.draw(), 250);
    this.timer.unref();
    return this;
  }

  private line(): string {
    const t = this.tally;
    const done = t.articles + t.failures;
    const s = (Date.now() - this.started) / 1000;
    const rate = done / Math.max(s, 1e-3);
    const total = t.walkDone ? t.found : null;
    const width = 24;
    const bar = total ? '█'.repeat(Math.round((done / Math.max(total, 1)) * width)).padEnd(width, '░') : '';
    const eta = total && rate > 0 ? `ETA ${fmtTime((total - done) / rate)}` : '';
    return [bar, `${done}/${total ?? `${t.found}+`} articles`, `${rate.toFixed(1)}/s`, eta, `${t.failures} failed`].filter(Boolean).join('  ');
  }

  private draw(): void {
    const cols = this.out.columns ?? 100;
    this.out.write(`\r${this.line().slice(0, cols - 1)}\x1b[K`);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.out.write('\r\x1b[K');
  }
}

function fmtTime(sec: number): string {
  if (!Number.isFinite(sec)) return '?';
  const m = Math.floor(sec / 60);
  const s = Math.round(sec % 60);
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}
