/** Where the command line writes and reads: the real process, or a fake in tests. */
import { readFileSync } from 'node:fs';

/** Input and output of one run. Only `out`, `err` and `stdin` are required. */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  /** The whole of standard input (read only for `-`). */
  stdin(): string;
  /** Standard output is a terminal (colour in stylish output). */
  stdoutIsTTY?: boolean;
  /** Standard error is a terminal (progress line). */
  stderrIsTTY?: boolean;
  /** Environment (NO_COLOR, FORCE_COLOR); defaults to none. */
  env?: Record<string, string | undefined>;
  /** Working directory; defaults to process.cwd(). */
  cwd?: string;
}

/** The real process. */
export const processIo: CliIo = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  stdin: () => readFileSync(0, 'utf8'),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
};

/** A usage error or unreadable input: the run stops with exit code 2 and this message. */
export class UsageError extends Error {}

/** Exit codes. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
