/**
 * Core data → LSP types, as pure functions: a finding → Diagnostic (code = rule id,
 * codeDescription = docs page, fix payload → data) and edits as data → WorkspaceEdit.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex, type Finding, type Severity } from '../core';
import type { FileEdit } from '../core/citefix';
import type { TextEditData } from '../core/types';

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
  // Memoised: every diagnostic of every check asks for it (path and URL building showed in server profiles).
  let url = docsUrls.get(ruleId);
  if (!url) docsUrls.set(ruleId, (url = pathToFileURL(join(docsDir(), `${ruleId}.md`)).toString()));
  return url;
}

const docsUrls = new Map<string, string>();

/**
 * What a diagnostic carries besides its range: nothing that depends on offsets, so that a diagnostic
 * whose finding only moved (an edit before it on the same lines) is sent again unchanged. Quick fixes
 * read the finding itself from the current analysis (codeActions.ts).
 */
export interface DiagnosticData {
  ruleId: string;
  factIds?: string[];
  referenceIds?: string[];
  citedReferenceIds?: string[];
  extra?: Record<string, unknown>;
}

/** Convert one finding to a Diagnostic. */
export function toDiagnostic(f: Finding, index: LineIndex): Diagnostic {
  const data: DiagnosticData = { ruleId: f.ruleId, factIds: f.factIds, referenceIds: f.referenceIds, citedReferenceIds: f.citedReferenceIds, extra: f.data };
  return {
    range: index.rangeOf(f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: SOURCE,
    message: f.message,
    data,
  };
}

/** Offsets edits → LSP TextEdits. */
export function toTextEdits(edits: TextEditData[], index: LineIndex): TextEdit[] {
  return edits.map((e) => ({ range: index.rangeOf(e.start, e.end), newText: e.newText }));
}

/** What the client can apply: `documentChanges` and file creation (set from its capabilities at initialize). */
export const editSupport = { documentChanges: true, createFiles: true };

/** Document and file edits → a WorkspaceEdit (documentChanges when files must be created and the client supports it). */
export function toWorkspaceEdit(uri: string, version: number | null, index: LineIndex, edits: TextEditData[], files: FileEdit[] = []): WorkspaceEdit {
  const docEdits = toTextEdits(mergeAdjacent(edits), index);
  if (!files.length) return { changes: { [uri]: docEdits } };
  if (!editSupport.documentChanges) {
    const changes: Record<string, ReturnType<typeof toTextEdits>> = docEdits.length ? { [uri]: docEdits } : {};
    for (const f of files) changes[pathToFileURL(f.path).toString()] = toTextEdits(f.edits, new LineIndex(f.text));
    return { changes };
  }
  const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = [];
  if (docEdits.length) documentChanges.push({ textDocument: { uri, version }, edits: docEdits });
  for (const f of files) {
    const fileUri = pathToFileURL(f.path).toString();
    if (f.create) documentChanges.push({ kind: 'create', uri: fileUri, options: { ignoreIfExists: true } });
    documentChanges.push({ textDocument: { uri: fileUri, version: null }, edits: toTextEdits(f.edits, new LineIndex(f.text)) });
  }
  return { documentChanges };
}

/** Insertions at the same offset become one edit, in order (LSP leaves their order undefined). */
function mergeAdjacent(edits: TextEditData[]): TextEditData[] {
  const out: TextEditData[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = out[out.length - 1];
    if (last && last.start === last.end && e.start === e.end && last.start === e.start) last.newText += e.newText;
    else out.push({ ...e });
  }
  return out;
}
