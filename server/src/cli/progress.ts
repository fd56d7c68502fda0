/** A one-line progress indicator on standard error, only on a terminal and only for many files. */
import type { CliIo } from './io';

/** Fewer files than this check without a progress line. */
export const PROGRESS_MIN_FILES = 20;
const INTERVAL_MS = 100;

/** Progress of a run over `total` files. */
export class Progress {
  private readonly on: boolean;
  private last = 0;
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
  ) {
    this.on = io.stderrIsTTY === true && total >= PROGRESS_MIN_FILES;
  }

  /** Show that file number `i` (0-based) is being checked; redrawn at most every 100 ms. */
  update(i: number, name: string): void {
    if (!this.on) return;
    const now = Date.now();
    if (this.shown && now - this.last < INTERVAL_MS) return;
    this.last = now;
    this.shown = true;
    const line = `Checking ${i + 1}/${this.total} ${name}`;
    this.io.err(`\r\u001b[2K${line.length > 100 ? `${line.slice(0, 99)}…` : line}`);
  }

  /** Erase the progress line (before other output on standard error). */
  clear(): void {
    if (!this.shown) return;
    this.io.err('\r\u001b[2K');
    this.shown = false;
  }
}
