/** `--format stylish` (default): findings grouped by file, in the style of ESLint's stylish formatter. */
import type { Severity } from '../../core';
import { safeFixOf } from '../fix';
import { locate, type Formatter, type Located } from './report';

const CODES = { red: 31, yellow: 33, blue: 34, gray: 90, bold: 1, underline: 4 } as const;
type Style = keyof typeof CODES;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue', hint: 'gray' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The stylish formatter; colour only when `options.color`. */
export const stylish: Formatter = (report, options) => {
  const paint = (style: Style, s: string) => (options.color ? `\u001b[${CODES[style]}m${s}\u001b[${style === 'bold' ? 22 : style === 'underline' ? 24 : 39}m` : s);
  const all = locate(report);
  if (!all.length) return '';
  const byFile = new Map<string, Located[]>();
  for (const l of all) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  let out = '';
  for (const [file, list] of byFile) {
    out += `\n${paint('underline', file)}\n`;
    const rows = list.map(({ finding: f, range }) => [`${range.start.line + 1}:${range.start.character + 1}`, f.severity, f.message, f.ruleId] as const);
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    for (const [pos, sev, msg, rule] of rows) {
      out += `  ${paint('gray', pos.padEnd(w0))}  ${paint(SEVERITY_STYLE[sev], sev.padEnd(w1))}  ${msg}  ${paint('gray', rule)}\n`;
    }
  }
  const count = (s: Severity) => all.filter((l) => l.finding.severity === s).length;
  const [errors, warnings] = [count('error'), count('warning')];
  const others = all.length - errors - warnings;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning'), ...(others ? [`${others} info`] : [])];
  const mark = errors ? paint('red', '✖') : paint('yellow', '⚠');
  out += `\n${mark} ${paint('bold', `${plural(all.length, 'problem')} (${parts.join(', ')})`)}\n`;
  const fixable = all.filter((l) => safeFixOf(l.finding)).length;
  if (fixable) out += `  ${plural(fixable, 'problem')} fixable with the \`--fix\` option.\n`;
  return out;
};
