/**
 * Core finding → LSP Diagnostic, in one pure function (code = rule id, codeDescription = docs page,
 * fix payload → data).
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { LineIndex, type Finding, type Severity } from '../core';

/** Diagnostic source shown in editors. */
export const SOURCE = 'mineral-claims';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Folder of the shipped rule docs (dist/ → ../docs/rules). */
export function docsDir(): string {
  return join(__dirname, '..', 'docs', 'rules');
}

/** URL of a rule's documentation page shipped with the extension. */
export function ruleDocsUrl(ruleId: string): string {
  return pathToFileURL(join(docsDir(), `${ruleId}.md`)).toString();
}

/** Convert one finding to a Diagnostic. */
export function toDiagnostic(f: Finding, index: LineIndex): Diagnostic {
  return {
    range: index.rangeOf(f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: SOURCE,
    message: f.message,
    data: { ruleId: f.ruleId, factIds: f.factIds, referenceIds: f.referenceIds, fixes: f.fixes, sentence: f.sentence, extra: f.data },
  };
}
