/**
 * Core data → LSP types: a finding → Diagnostic (code = rule id, codeDescription = docs page,
 * data = the finding's key) and edits as data → WorkspaceEdit.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex, type Finding, type Severity } from '../core';
import type { FileEdit } from '../core/citefix';
import { findingOrigin } from '../core/incremental';
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
 * A diagnostic's `data` is a short key of its finding: a hash of its rule, message and flagged text, the same
 * wherever edits move the finding and when its block is analysed again, so that a quick fix asked for with a
 * diagnostic sent before such edits still finds the finding in the current analysis (codeActions.ts
 * `findingOf`). The finding itself (facts, references, the claim as read) stays in the server: every
 * diagnostic is sent again on every keystroke, and the client parses all of them, so each carries only
 * what it must. Kept per finding as first made (moved copies have the same text, incremental.ts `findingOrigin`).
 */
const keys = new WeakMap<Finding, string>();

/** The key of a finding of `text`. */
export function findingKey(f: Finding, text: string): string {
  const origin = findingOrigin(f);
  let key = keys.get(origin);
  if (key === undefined) keys.set(origin, (key = fnv1a(fnv1a(fnv1a(FNV_BASIS, f.ruleId), f.message), text.slice(f.start, f.end)).toString(36)));
  return key;
}

const FNV_BASIS = 0x811c9dc5;

/** 32-bit FNV-1a over the UTF-16 code units of `s`, continuing from `h`, with a separator after it. */
function fnv1a(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xffff, 0x01000193) >>> 0;
}

/** Convert one finding to a Diagnostic. */
export function toDiagnostic(f: Finding, index: LineIndex, text: string): Diagnostic {
  return {
    range: index.rangeOf(f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    codeDescription: { href: ruleDocsUrl(f.ruleId) },
    source: SOURCE,
    message: f.message,
    data: findingKey(f, text),
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
