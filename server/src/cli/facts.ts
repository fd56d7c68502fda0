/**
 * `mineral-claims facts [--json | --bibtex]`: lists the fact base (built-in facts plus any user
 * fact files the caller merged in) and its verified references.
 *
 * `--json` prints `{ "facts": [{ "id", "title", "topic", "statement", "explanation", "references": [ids], … }],
 * "references": [CSL-JSON items] }`; `--bibtex` prints the references as a .bib file; without
 * options a readable list, grouped by topic.
 */
import { resolve } from 'node:path';
import { factsByTopic, type FactBase } from '../core/facts/factbase';
import { bibtexFile, cslItem, inText, referenceLine } from '../core/facts/format';
import { formatFactFileError, loadFactFiles } from '../core/facts/load';
import type { CslItem, FactDef } from '../core/facts/types';

/** Where the command writes. */
export interface FactsIo {
  out(s: string): void;
  err(s: string): void;
}

/** The JSON printed by `facts --json`. */
export interface FactsJson {
  facts: FactDef[];
  references: CslItem[];
}

export const FACTS_HELP = `Usage: mineral-claims facts [--json | --bibtex]

List the fact base by topic: every fact with its statement and references, then the verified references.

Options:
  --json      print {"facts": [...], "references": [CSL-JSON items]}
  --bibtex    print the verified references as a BibTeX file
  -h, --help  show this help
`;

/** The fact base as the JSON of `facts --json`. */
export function factsJson(base: FactBase): FactsJson {
  return {
    facts: base.facts.map((f) => ({ ...f, references: [...f.references] })),
    references: [...base.references.values()].map(cslItem),
  };
}

/** Run `facts` with its arguments (after the command name); returns the exit code. */
export function factsCommand(args: string[], io: FactsIo, base: FactBase): number {
  let format: 'text' | 'json' | 'bibtex' = 'text';
  for (const a of args) {
    if (a === '-h' || a === '--help') {
      io.out(FACTS_HELP);
      return 0;
    }
    if (a === '--json' && format === 'text') format = 'json';
    else if (a === '--bibtex' && format === 'text') format = 'bibtex';
    else {
      io.err(`mineral-claims facts: ${a === '--json' || a === '--bibtex' ? '--json and --bibtex cannot be combined' : `unknown option "${a}"`}\n\n${FACTS_HELP}`);
      return 2;
    }
  }
  if (format === 'json') io.out(JSON.stringify(factsJson(base), null, 2) + '\n');
  else if (format === 'bibtex') io.out(bibtexFile([...base.references.values()]));
  else io.out(factsText(base));
  return 0;
}

/** Options of the `facts` command as the argument parser delivers them. */
export interface FactsOptions {
  json?: boolean;
  bibtex?: boolean;
  /** User fact files (`--facts <file>`), merged over the built-in facts. */
  facts?: string[];
}

/**
 * The `facts` command as wired into the CLI: merge `--facts` files (relative to `cwd`) over the
 * built-in fact base and list the result. A broken fact file is reported, one line per problem,
 * and exits 2.
 */
export function factsAction(options: FactsOptions, io: FactsIo & { cwd?: string }): number {
  const cwd = io.cwd ?? process.cwd();
  const { base, errors } = loadFactFiles((options.facts ?? []).map((f) => resolve(cwd, f)));
  if (errors.length) {
    for (const e of errors) io.err(`mineral-claims: ${formatFactFileError(e)}\n`);
    return 2;
  }
  return factsCommand([...(options.json ? ['--json'] : []), ...(options.bibtex ? ['--bibtex'] : [])], io, base);
}

/** The readable listing. */
export function factsText(base: FactBase): string {
  const lines: string[] = [];
  const mixed = base.facts.filter((f) => f.mixed).length;
  lines.push(
    `${base.facts.length} facts (${mixed} mixed), ${base.references.size} verified references` +
      (base.recognised.size ? ` (${base.recognised.size} more recognised but never inserted)` : ''),
    '',
  );
  const width = Math.max(...base.facts.map((f) => f.id.length), 3);
  for (const group of factsByTopic(base.facts)) {
    lines.push(`== ${group.topic} (${group.facts.length}) ==`, '');
    for (const f of group.facts) {
      lines.push(`${f.id.padEnd(width)}  ${f.title}${f.mixed ? '  [mixed]' : ''}`);
      const pad = ' '.repeat(width + 2);
      lines.push(...wrap(f.statement, 100 - pad.length).map((l) => pad + l));
      const refs = f.references.map((id) => {
        const r = base.references.get(id);
        return r ? `${inText(r)} ${id}` : `${id} (missing)`;
      });
      lines.push(`${pad}References: ${refs.join('; ')}`, '');
    }
  }
  lines.push('References', '');
  for (const r of base.references.values()) lines.push(`${r.id}`, `  ${referenceLine(r)}`);
  return lines.join('\n') + '\n';
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/)) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}
