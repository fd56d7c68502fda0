/**
 * Which part of a document changed since its text was last handed to the analysis, from the
 * editor's incremental change events: the unchanged prefix and suffix of the current text (the
 * analysis then scans only the blocks near the change, see blockwise.ts `TextChange`).
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../core';

/** Per document: the text last analysed and what has changed since. */
export class ChangeTracker {
  private readonly docs = new Map<string, TextChange>();

  /** Before the range [start, end) of the current text (`length` characters) is replaced. */
  edit(uri: string, start: number, end: number, length: number): void {
    const t = this.docs.get(uri);
    if (!t) return;
    if (![start, end, length].every(Number.isFinite)) return this.replaceAll(uri);
    t.prefix = Math.max(0, Math.min(t.prefix, start, end));
    t.suffix = Math.max(0, Math.min(t.suffix, length - Math.max(start, end)));
  }

  /** The whole text was replaced. */
  replaceAll(uri: string): void {
    const t = this.docs.get(uri);
    if (t) t.prefix = t.suffix = 0;
  }

  /** What changed since the text of the last `take` (undefined the first time); tracking restarts from `text`. */
  take(uri: string, text: string): TextChange | undefined {
    const t = this.docs.get(uri);
    // Nothing changed yet: all of it is both prefix and suffix (the first edit cuts both down).
    this.docs.set(uri, { base: text, prefix: text.length, suffix: text.length });
    return t;
  }

  forget(uri: string): void {
    this.docs.delete(uri);
  }

  /** A `TextDocuments` configuration that reports every change event to this tracker before applying it. */
  documents(): { create: typeof TextDocument.create; update: (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) => TextDocument } {
    return {
      create: TextDocument.create,
      update: (doc, changes, version) => {
        let d = doc;
        for (const c of changes) {
          if ('range' in c) this.edit(d.uri, d.offsetAt(c.range.start), d.offsetAt(c.range.end), d.getText().length);
          else this.replaceAll(d.uri);
          d = TextDocument.update(d, [c], version);
        }
        return d;
      },
    };
  }
}
