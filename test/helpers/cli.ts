/** Helpers of the command-line tests: run the CLI in-process or as a process, and make file trees. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, type CliIo } from '../../server/src/cli/main';
import { CLI } from './paths';

/** Sentences of known findings (written for these tests). */
export const TEXT = {
  /** reversed-role (error), with a safe fix Magnesium → Calcium. */
  reversed: 'Magnesium influx triggers neurotransmitter release.',
  /** contradicted-claim (error). */
  contradicted: 'Hypercalcaemia causes tetany and cramps.',
  /** uncited-claim (warning). */
  uncited: 'Calcium entry through voltage-gated channels triggers transmitter release.',
  /** No findings. */
  clean: 'Hypocalcaemia causes tetany and cramps [@cooper2008].',
};

/** Result of a run. */
export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Run the CLI in-process with captured output. */
export function runCli(args: string[], io: Partial<CliIo> & { stdinText?: string } = {}): CliResult {
  let out = '';
  let err = '';
  const { stdinText = '', ...rest } = io;
  const code = run(args, { out: (s) => (out += s), err: (s) => (err += s), stdin: () => stdinText, env: {}, ...rest });
  return { code, out, err };
}

/** Run dist/cli.js as a child process. */
export function spawnCli(args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: opts.input ?? '', cwd: opts.cwd, env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...opts.env }, encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** Write a tree of files into a new temporary folder; returns the folder. */
export function tempTree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-cli-'));
  for (const [path, content] of Object.entries(files)) {
    const p = join(dir, path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}
