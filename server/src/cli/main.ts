#!/usr/bin/env node
/**
 * mineral-claims command line: `mineral-claims check <files|folders|-> [--format stylish|json]`.
 * Exit codes: 0 no error-severity findings, 1 error findings, 2 usage error or unreadable input.
 */
import { readFileSync, statSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClaimChecker, LineIndex, type Finding } from '../core';

const MARKDOWN_EXT = /\.(?:md|markdown|qmd|rmd)$/i;

/** A finding as printed in JSON output. */
export interface JsonFinding {
  file: string;
  rule: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  factIds?: string[];
  referenceIds?: string[];
}

class UsageError extends Error {}

const HELP = `Usage: mineral-claims <command> [options]

Commands:
  check <files|folders|-> ...   Check Markdown files (folders are searched for .md, .markdown, .qmd, .Rmd)

Options for check:
  --format <stylish|json>       Output format (default: stylish)
  -h, --help                    Show this help
`;

/** Where the CLI writes and reads; replaceable in tests. */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  stdin(): string;
}

const processIo: CliIo = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  stdin: () => readFileSync(0, 'utf8'),
};

/** Run the CLI; returns the exit code. */
export function run(argv: string[], io: CliIo = processIo): number {
  try {
    const [command, ...rest] = argv;
    if (!command || command === '-h' || command === '--help') {
      io.out(HELP);
      return command ? 0 : 2;
    }
    if (command !== 'check') throw new UsageError(`unknown command "${command}"`);
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'stylish' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
    if (values.help) {
      io.out(HELP);
      return 0;
    }
    if (values.format !== 'stylish' && values.format !== 'json') throw new UsageError(`unknown format "${values.format}"`);
    if (!positionals.length) throw new UsageError('no files given');
    const files = expand(positionals);
    const checker = createClaimChecker();
    const all: JsonFinding[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = file === '-' ? io.stdin() : readFileSync(file, 'utf8');
      } catch (e) {
        io.err(`mineral-claims: cannot read ${file}: ${(e as Error).message}\n`);
        return 2;
      }
      const name = file === '-' ? '<stdin>' : relative(process.cwd(), file) || file;
      all.push(...toJson(name, text, checker.check(text)));
    }
    io.out(values.format === 'json' ? JSON.stringify(all, null, 2) + '\n' : stylish(all));
    return all.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`mineral-claims: ${(e as Error).message}\n\n${HELP}`);
      return 2;
    }
    throw e;
  }
}

function expand(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch {
      out.push(p); // reported as unreadable when read
      continue;
    }
    if (st.isDirectory()) out.push(...walk(resolve(p)));
    else out.push(p);
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (MARKDOWN_EXT.test(e.name)) out.push(p);
  }
  return out;
}

/** Convert core findings to the JSON output shape. */
export function toJson(file: string, text: string, findings: Finding[]): JsonFinding[] {
  const index = new LineIndex(text);
  return findings.map((f) => ({
    file,
    rule: f.ruleId,
    severity: f.severity,
    message: f.message,
    range: index.rangeOf(f.start, f.end),
    ...(f.factIds ? { factIds: f.factIds } : {}),
    ...(f.referenceIds ? { referenceIds: f.referenceIds } : {}),
  }));
}

function stylish(findings: JsonFinding[]): string {
  if (!findings.length) return '';
  const byFile = new Map<string, JsonFinding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  let out = '';
  for (const [file, fs] of byFile) {
    out += `\n${file}\n`;
    for (const f of fs) {
      out += `  ${f.range.start.line + 1}:${f.range.start.character + 1}  ${f.severity.padEnd(7)}  ${f.message}  ${f.rule}\n`;
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  out += `\n✖ ${findings.length} problem${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'})\n`;
  return out;
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2));
}
