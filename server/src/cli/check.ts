/** `mineral-claims check`: collect files, check them with the core, fix, print, and decide the exit code. */
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Finding } from '../core';
import { DocumentChecker } from './document';
import { collectFiles } from './files';
import { fixUntilStable, writeIfUnchanged } from './fix';
import { FORMATTERS } from './format';
import type { FileReport, Note } from './format/report';
import { EXIT, UsageError, type CliIo } from './io';
import { Progress } from './progress';
import { parseRuleFlags, Settings } from './settings';

/** Options of the check command (as parsed from the command line). */
export interface CheckOptions {
  format: string;
  stdinFilename?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  config?: string;
  rule: string[];
  maxWarnings?: number;
  facts: string[];
  bibliography: string[];
  quiet?: boolean;
  /** False with --no-color. */
  color: boolean;
}

/** Name shown for standard input without --stdin-filename. */
export const STDIN_NAME = '<stdin>';
/** Bytes looked at to tell a binary file (a NUL byte, as git does). */
const BINARY_PROBE = 8000;

function useColor(io: CliIo, flag: boolean): boolean {
  const env = io.env ?? {};
  if (!flag || (env.NO_COLOR ?? '') !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTTY === true;
}

interface Checked {
  report: FileReport;
  /** Unified diff of the fixes (--fix-dry-run). */
  diff?: string;
}

/** Run the check command; returns the exit code. */
export function checkCommand(inputs: string[], opts: CheckOptions, io: CliIo): number {
  const cwd = io.cwd ?? process.cwd();
  if (!inputs.length) throw new UsageError('no files given (use "-" for standard input)');
  if (opts.fix && opts.fixDryRun) throw new UsageError('use either --fix or --fix-dry-run, not both');
  if (inputs.filter((i) => i === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once');
  const formatter = FORMATTERS[opts.format];
  if (!formatter) throw new UsageError(`unknown format "${opts.format}" (formats: ${Object.keys(FORMATTERS).join(', ')})`);
  const settings = new Settings({ configFile: opts.config, rules: parseRuleFlags(opts.rule), facts: opts.facts, bibliography: opts.bibliography }, cwd);

  const { targets, missing } = collectFiles(
    inputs.filter((i) => i !== '-'),
    cwd,
    (f) => settings.isIgnored(f),
  );
  let exit: number = EXIT.clean;
  for (const m of missing) {
    io.err(`mineral-claims: ${/[*?[\]{}]/.test(m) ? `no files match "${m}"` : `cannot read ${m}: no such file or folder`}\n`);
    exit = EXIT.usage;
  }

  const notes: Note[] = [];
  const files: FileReport[] = [];
  const diffs: string[] = [];
  const display = (abs: string) => relative(cwd, abs) || abs;
  const documents = new DocumentChecker((n) => notes.push(n));

  if (inputs.includes('-')) {
    const name = opts.stdinFilename ?? STDIN_NAME;
    const abs = resolve(cwd, opts.stdinFilename ?? 'stdin.md');
    const text = io.stdin();
    const config = settings.configFor(abs);
    const skip = skipReason(Buffer.byteLength(text, 'utf8'), Buffer.from(text.slice(0, BINARY_PROBE), 'utf8'), config.maxFileSize);
    if (skip) notes.push({ file: name, message: skip });
    // Without fixing, each file is checked once: nothing needs caching between checks.
    const checker = settings.checkerFor(config, !opts.fix && !opts.fixDryRun);
    const check = (t: string) => documents.check(t, abs, checker);
    const findings = skip ? [] : check(text);
    const r = checkText(name, text, findings, check, opts);
    if (opts.fix && r.diff) notes.push({ file: name, message: 'standard input is not fixed in place; use --fix-dry-run to see the changes' });
    if (!skip) files.push(opts.fix ? { file: name, text, findings } : r.report);
    if (opts.fixDryRun && r.diff) diffs.push(r.diff);
  }

  const progress = new Progress(io, targets.length);
  for (const [i, { path }] of targets.entries()) {
    const name = display(path);
    progress.update(i, name);
    const config = settings.configFor(path);
    let buf: Buffer;
    try {
      const size = statSync(path).size;
      buf = size > config.maxFileSize ? Buffer.alloc(0) : readFileSync(path);
      const skip = skipReason(size, buf, config.maxFileSize);
      if (skip) {
        notes.push({ file: name, message: skip });
        continue;
      }
    } catch (e) {
      progress.clear();
      io.err(`mineral-claims: cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      exit = EXIT.usage;
      continue;
    }
    const text = buf.toString('utf8');
    // Without fixing, each file is checked once: nothing needs caching between checks.
    const checker = settings.checkerFor(config, !opts.fix && !opts.fixDryRun);
    const check = (t: string) => documents.check(t, path, checker);
    const findings = check(text);
    const r = checkText(name, text, findings, check, opts);
    if (opts.fixDryRun && r.diff) diffs.push(r.diff);
    if (opts.fix && r.report.text !== text) {
      if (!Buffer.from(text, 'utf8').equals(buf)) {
        notes.push({ file: name, message: 'not fixed: the file is not valid UTF-8' });
        files.push({ file: name, text, findings });
        continue;
      }
      try {
        if (writeIfUnchanged(path, buf, r.report.text) === 'changed') {
          notes.push({ file: name, message: 'not fixed: the file changed on disk while it was being checked' });
          files.push({ file: name, text, findings });
          continue;
        }
      } catch (e) {
        io.err(`mineral-claims: cannot write ${name}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
        exit = EXIT.usage;
        files.push({ file: name, text, findings });
        continue;
      }
    }
    files.push(r.report);
  }
  progress.clear();

  for (const n of notes) io.err(`mineral-claims: ${n.file ? `${n.file}: ` : ''}${n.message}\n`);
  if (!targets.length && !inputs.includes('-') && !missing.length) io.err('mineral-claims: no Markdown files found\n');

  const all = files.flatMap((f) => f.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const shown = opts.quiet ? files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) : files;
  if (opts.fixDryRun) io.out(diffs.join(''));
  else io.out(formatter({ files: shown, notes }, { color: useColor(io, opts.color), cwd }));

  if (exit === EXIT.usage) return exit;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) {
    io.err(`mineral-claims: ${warnings} warning${warnings === 1 ? '' : 's'} found; --max-warnings is ${opts.maxWarnings}\n`);
    return EXIT.findings;
  }
  return errors ? EXIT.findings : EXIT.clean;
}

/** Why a document is not checked: larger than maxFileSize, or binary (a NUL byte near the start, as git decides). */
export function skipReason(size: number, head: Buffer, maxFileSize: number): string | undefined {
  if (size > maxFileSize) return `skipped: ${size} bytes is more than maxFileSize (${maxFileSize})`;
  if (head.subarray(0, BINARY_PROBE).includes(0)) return 'skipped: binary file';
  return undefined;
}

/** Check one text; with a fix option, also fix it (the report then holds the fixed text and its findings). */
function checkText(name: string, text: string, findings: Finding[], check: (t: string) => Finding[], opts: CheckOptions): Checked {
  if (!opts.fix && !opts.fixDryRun) return { report: { file: name, text, findings } };
  const fixed = fixUntilStable(text, findings, check);
  const diff = fixed.text === text ? undefined : createTwoFilesPatch(`a/${name}`, `b/${name}`, text, fixed.text, undefined, undefined, { context: 3 });
  return { report: { file: name, text: fixed.text, findings: fixed.findings }, diff };
}
