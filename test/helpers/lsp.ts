/** Helpers for protocol tests: temp workspaces, applying returned edits, re-checking results. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LineIndex } from '../../server/src/core';

/** A fresh copy of test/fixtures/lsp in a temp folder. */
export function tempWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mc-lsp-'));
  cpSync(join(__dirname, '..', 'fixtures', 'lsp'), dir, { recursive: true });
  return dir;
}

/** Apply LSP text edits to a text (edits must not overlap). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const index = new LineIndex(text);
  const spans = edits.map((e) => ({ start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end), newText: e.newText }));
  spans.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.newText + out.slice(s.end);
  return out;
}

/**
 * Apply a WorkspaceEdit: the document's text is taken from `doc` (uri → text); other files are
 * read from and written to disk (bibliographies). Returns the document's new text.
 */
export function applyWorkspaceEdit(edit: WorkspaceEdit, doc: { uri: string; text: string }): string {
  let text = doc.text;
  const fileEdit = (uri: string, edits: TextEdit[]): void => {
    if (uri === doc.uri) {
      text = applyEdits(text, edits);
      return;
    }
    const path = fileURLToPath(uri);
    if (!existsSync(path)) throw new Error(`edit to a file that was not created: ${path}`);
    writeFileSync(path, applyEdits(readFileSync(path, 'utf8'), edits));
  };
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) fileEdit(uri, edits);
  for (const c of edit.documentChanges ?? []) {
    if ('kind' in c) {
      if (c.kind !== 'create') throw new Error(`unexpected resource operation ${c.kind}`);
      const path = fileURLToPath(c.uri);
      if (!existsSync(path)) writeFileSync(path, '');
    } else {
      fileEdit(c.textDocument.uri, c.edits as TextEdit[]);
    }
  }
  return text;
}

/** A finding as compared across edits: rule and flagged text (ranges move when text is inserted). */
export function findingKeys(text: string, diags: Diagnostic[]): string[] {
  const index = new LineIndex(text);
  return diags.map((d) => `${d.code}:${text.slice(index.offsetAt(d.range.start), index.offsetAt(d.range.end))}`).sort();
}

/** File URI of a path. */
export function uriOf(path: string): string {
  return pathToFileURL(path).toString();
}
