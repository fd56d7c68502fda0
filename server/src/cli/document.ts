/**
 * One document's findings as the command line reports them: the core rules plus
 * unknown-citation-key against the document's bibliographies (front matter `bibliography:` and
 * configured files), as the language server does.
 */
import { bibliographyPaths, BibliographyStore } from '../core/bibliography';
import type { ClaimChecker, Finding } from '../core';
import type { Note } from './format/report';

/** Checks documents, loading each bibliography file once per run. */
export class DocumentChecker {
  private readonly store = new BibliographyStore();
  private readonly told = new Set<string>();

  /** @param note receives problems with bibliography files, once per file */
  constructor(private readonly note: (n: Note) => void) {}

  /** Findings of `text` (at absolute `path`), sorted by position. */
  check(text: string, path: string, checker: ClaimChecker): Finding[] {
    const analysis = checker.analyze(text);
    const bibliography = this.store.loadAll(bibliographyPaths(text, path, checker.config.bibliography, undefined));
    for (const f of bibliography.files) {
      if (this.told.has(f.path)) continue;
      this.told.add(f.path);
      if (!f.exists) this.note({ message: `bibliography ${f.path} not found; citation keys are not checked against it` });
      for (const e of f.errors) this.note({ message: `bibliography ${f.path}: ${e}` });
    }
    return checker.findingsWith(analysis, { bibliography });
  }
}
