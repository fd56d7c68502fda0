#!/usr/bin/env node
/**
 * mineral-claims command line: `check`, `rules`; `--help` for each.
 * Exit codes: 0 clean (or only warnings within --max-warnings), 1 error findings or too many
 * warnings, 2 usage error, unreadable input or bad configuration.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { checkCommand, type CheckOptions } from './check';
import { FORMATTERS } from './format';
import { EXIT, processIo, UsageError, type CliIo } from './io';
import { factsAction, type FactsOptions } from './facts';
import { rulesCommand } from './rules';
import { VERSION } from './version';

export type { CliIo } from './io';
export type { JsonFinding } from './format/json';

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function nonNegativeInt(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more.');
  return Number(value);
}

const CHECK_HELP = `
Examples:
  $ mineral-claims check article.md
  $ mineral-claims check docs/ "notes/**/*.qmd" --format sarif > mineral-claims.sarif
  $ cat draft.md | mineral-claims check - --stdin-filename drafts/draft.md
  $ mineral-claims check docs/ --fix-dry-run
  $ mineral-claims check docs/ --rule uncited-claim=off --max-warnings 0

Folders are searched for .md, .markdown, .qmd and .Rmd files, less those that .gitignore or the
"ignore" list of .mineral-claims.json exclude. Each file uses the nearest .mineral-claims.json in
its folder or above (same keys as the VS Code settings mineralClaims.*), unless --config is given.

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage error, unreadable input or bad configuration.
`;

function program(io: CliIo, setExit: (code: number) => void): Command {
  const p = new Command('mineral-claims')
    .description('Checks Markdown drafts about calcium and magnesium physiology like a careful science editor.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: (s, write) => write(`mineral-claims: ${s.replace(/^error: /, '')}`) })
    .showHelpAfterError('(run "mineral-claims --help" for usage)')
    .showSuggestionAfterError()
    .helpCommand('help [command]', 'show help for a command');

  p.command('check')
    .description('check Markdown files, folders, globs or standard input (-)')
    .argument('[paths...]', 'files, folders, glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('--stdin-filename <path>', 'name of the standard input document (for output and config lookup)')
    .option('--fix', 'apply all safe fixes in place')
    .option('--fix-dry-run', 'print the safe fixes as a unified diff instead of findings; change nothing')
    .option('-c, --config <file>', 'use this configuration file for every document instead of .mineral-claims.json lookup')
    .option('--rule <id=severity>', 'set a rule severity: off, hint, info, warning or error (repeatable)', collect)
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', nonNegativeInt)
    .option('--facts <file>', 'add a fact file to the built-in fact base (repeatable)', collect)
    .option('--bibliography <file>', 'bibliography file (BibTeX or CSL JSON/YAML) for citation keys (repeatable)', collect)
    .option('-q, --quiet', 'report errors only')
    .option('--no-color', 'no colour in stylish output (NO_COLOR is honoured too)')
    .addHelpText('after', CHECK_HELP)
    .action((paths: string[], opts: Partial<CheckOptions>) =>
      setExit(checkCommand(paths, { format: 'stylish', color: true, ...opts, rule: opts.rule ?? [], facts: opts.facts ?? [], bibliography: opts.bibliography ?? [] }, io)),
    );

  p.command('rules')
    .description('list the rules with their default severity and docs, or show one rule\'s docs')
    .argument('[id]', 'a rule id')
    .option('--json', 'print JSON')
    .action((id: string | undefined, opts: { json?: boolean }) => setExit(rulesCommand(id, opts, io)));

  p.command('facts')
    .description('list the fact base: every fact with its references, then the verified references')
    .option('--json', 'print {"facts": [...], "references": [CSL-JSON items]}')
    .option('--bibtex', 'print the verified references as a BibTeX file')
    .option('--facts <file>', 'merge a fact file over the built-in facts first (repeatable)', collect)
    .action((opts: FactsOptions) => setExit(factsAction(opts, io)));

  return p;
}

/** Run the command line with `argv` (without node and script); returns the exit code. */
export function run(argv: string[], io: CliIo = processIo): number {
  let exit: number = EXIT.clean;
  try {
    program(io, (code) => (exit = code)).parse(argv, { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.clean;
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      io.err(`mineral-claims: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}

if (require.main === module) {
  process.exitCode = run(process.argv.slice(2));
}
