/**
 * Finding and loading a document's bibliography files, with a cache that re-reads a file when its
 * modification time or size changes (so edits to a .bib file are picked up without watching).
 * File access is injected so tests and adapters decide how files are read.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { readFrontMatter, stringList } from '../frontmatter';
import { formatOf, parseBibliography } from './parse';
import type { BibFile, Bibliography } from './types';

/** Bibliographies larger than this are not read (a clear error instead). */
export const MAX_BIBLIOGRAPHY_BYTES = 20_000_000;

/** File access used by the store. */
export interface BibFileSystem {
  /** Modification stamp and size, or undefined if the file does not exist. */
  stat(path: string): { mtimeMs: number; size: number } | undefined;
  read(path: string): string;
}

/** The real file system. */
export const nodeFileSystem: BibFileSystem = {
  stat(path) {
    try {
      const s = statSync(path);
      return s.isFile() ? { mtimeMs: s.mtimeMs, size: s.size } : undefined;
    } catch {
      return undefined;
    }
  },
  read: (path) => readFileSync(path, 'utf8'),
};

/**
 * Paths of a document's bibliographies: `bibliography:` in its front matter (relative to the
 * document's folder) first, then configured files (relative to `baseDir`). Without a document path
 * (an unsaved buffer) relative front matter paths cannot be resolved and are skipped.
 */
export function bibliographyPaths(text: string, docPath: string | undefined, configured: string[], baseDir: string | undefined): string[] {
  const out: string[] = [];
  const add = (p: string, dir: string | undefined): void => {
    const abs = isAbsolute(p) ? p : dir ? resolve(dir, p) : undefined;
    if (abs && !out.includes(abs)) out.push(abs);
  };
  const fm = readFrontMatter(text);
  for (const p of stringList(fm?.data.bibliography)) add(p, docPath ? dirname(docPath) : undefined);
  for (const p of configured) add(p, baseDir ?? (docPath ? dirname(docPath) : undefined));
  return out;
}

/** A cache of parsed bibliography files. */
export class BibliographyStore {
  private readonly cache = new Map<string, { mtimeMs: number; size: number; file: BibFile }>();

  constructor(private readonly fs: BibFileSystem = nodeFileSystem) {}

  /** Load one file (from the cache when unchanged on disk). Missing files give an empty, non-existing BibFile. */
  load(path: string): BibFile {
    const st = this.fs.stat(path);
    const format = formatOf(path);
    if (!st) {
      this.cache.delete(path);
      return { path, format, text: '', exists: false, entries: new Map(), errors: [] };
    }
    const hit = this.cache.get(path);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.file;
    let file: BibFile;
    if (st.size > MAX_BIBLIOGRAPHY_BYTES) {
      file = { path, format, text: '', exists: true, entries: new Map(), errors: [`larger than ${MAX_BIBLIOGRAPHY_BYTES} bytes, not read`] };
    } else {
      let text = '';
      try {
        text = this.fs.read(path);
      } catch (e) {
        return { path, format, text: '', exists: true, entries: new Map(), errors: [`cannot read: ${(e as Error).message}`] };
      }
      file = { path, format, text, exists: true, ...parseBibliography(text, format) };
    }
    this.cache.set(path, { ...st, file });
    return file;
  }

  /** Load several files. */
  loadAll(paths: string[]): Bibliography {
    return { files: paths.map((p) => this.load(p)) };
  }

  /** Forget a file (after a change notification). */
  invalidate(path: string): void {
    this.cache.delete(path);
  }
}
