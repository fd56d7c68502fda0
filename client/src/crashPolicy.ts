/**
 * What to do when the language server crashes: restart it, up to a cap within a time window,
 * and tell the user once when giving up.
 */
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

/** Options of {@link CappedRestartPolicy}. */
export interface CappedRestartOptions {
  /** Restarts allowed within `windowMs` before giving up. */
  maxRestarts: number;
  /** The window, in milliseconds. */
  windowMs: number;
  /** Log a line (to the output channel). */
  log: (line: string) => void;
  /** Called once when the policy gives up; returns the message shown to the user. */
  onGiveUp: () => string;
  /** Clock, for tests. */
  now?: () => number;
}

/**
 * An ErrorHandler that restarts a crashed server silently (logging each restart) until
 * `maxRestarts` crashes happened within `windowMs`, then stops and shows one message.
 * {@link reset} re-arms it (e.g. after a manual restart).
 */
export class CappedRestartPolicy implements ErrorHandler {
  private crashes: number[] = [];
  private gaveUp = false;

  constructor(private readonly options: CappedRestartOptions) {}

  /** Forget past crashes. */
  reset(): void {
    this.crashes = [];
    this.gaveUp = false;
  }

  /** True once the policy stopped restarting. */
  get stopped(): boolean {
    return this.gaveUp;
  }

  /** A read/write error on the connection: keep going unless it keeps happening. */
  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    if ((count ?? 0) <= 3) return { action: ErrorAction.Continue, handled: true };
    return { action: ErrorAction.Shutdown, handled: true };
  }

  /** The connection closed (the server exited or crashed). */
  closed(): CloseHandlerResult {
    const now = (this.options.now ?? Date.now)();
    this.crashes = this.crashes.filter((t) => now - t < this.options.windowMs);
    this.crashes.push(now);
    if (this.crashes.length <= this.options.maxRestarts) {
      this.options.log(`The language server stopped unexpectedly; restarting (${this.crashes.length}/${this.options.maxRestarts}).`);
      return { action: CloseAction.Restart, handled: true };
    }
    const first = !this.gaveUp;
    this.gaveUp = true;
    this.options.log('The language server keeps stopping; not restarting it again.');
    return first
      ? { action: CloseAction.DoNotRestart, message: this.options.onGiveUp() }
      : { action: CloseAction.DoNotRestart, handled: true };
  }
}
