import { safe } from './terminal.js';

/** A one-line progress bar on a terminal's stderr; silent when stderr is not a terminal. */
export class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private done = 0;
  private readonly start = Date.now();

  constructor(
    private readonly total: number,
    private readonly label: string,
  ) {}

  tick(current: string, done = this.done + 1): void {
    this.done = done;
    if (!this.tty) return;
    const width = 28;
    const filled = this.total ? Math.round((this.done / this.total) * width) : width;
    const secs = (Date.now() - this.start) / 1000;
    const rate = secs > 0 ? (this.done / secs).toFixed(1) : '-';
    const shown = safe(current);
    const name = shown.length > 30 ? `…${shown.slice(-29)}` : shown;
    process.stderr.write(`\r\x1b[K${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${rate}/s ${name}`);
  }

  end(): void {
    if (this.tty) process.stderr.write('\r\x1b[K');
  }
}
