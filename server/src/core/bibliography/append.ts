/**
 * Edits that add a reference to a bibliography file (BibTeX, CSL-JSON or CSL-YAML), creating the
 * file and linking it from the document's front matter when the document has none. Edits are
 * data (offsets into each file), applied by the adapters.
 */
import { basename, dirname, join, relative } from 'node:path';
import type { CslItem } from '../facts/types';
import { lineBreakOf, readFrontMatter } from '../frontmatter';
import type { TextEditData } from '../types';
import { bibtexEntry, cslYamlItem, publicCsl } from './format';
import type { BibFile, Bibliography } from './types';

/** Edits to one file other than the document. */
export interface FileEdit {
  /** Absolute path. */
  path: string;
  /** True when the file must be created first. */
  create?: boolean;
  /** The file's current text (the edits' offsets refer to it; empty when created). */
  text: string;
  edits: TextEditData[];
}

/** Where a reference goes: the key to cite plus the edits that make the key resolve. */
export interface BibliographyAddition {
  key: string;
  /** Bibliography file name for titles ("refs.bib"). */
  fileName?: string;
  /** Edits to the document itself (front matter link). */
  documentEdits: TextEditData[];
  files: FileEdit[];
}

/** The name of the bibliography created for a document that has none. */
export const DEFAULT_BIBLIOGRAPHY = 'references.bib';

/** An existing entry for the same work (same key, DOI or PMID), if any. */
export function sameWork(bib: Bibliography | undefined, item: CslItem): string | undefined {
  for (const f of bib?.files ?? []) {
    if (f.entries.has(item.id)) return item.id;
    for (const [key, e] of f.entries) {
      if (item.DOI && e.item.DOI && String(e.item.DOI).toLowerCase() === item.DOI.toLowerCase()) return key;
      if (item.PMID && e.item.PMID && String(e.item.PMID) === item.PMID) return key;
    }
  }
  return undefined;
}

/**
 * Make `item` citable by pandoc key in a document: reuse an existing entry, else append it to the
 * first bibliography file, else create `references.bib` beside the document and link it in the
 * front matter. Undefined when the document has no path (an unsaved buffer) and needs a new file.
 */
export function addToBibliography(text: string, docPath: string | undefined, bib: Bibliography | undefined, item: CslItem): BibliographyAddition | undefined {
  const existing = sameWork(bib, item);
  if (existing) return { key: existing, documentEdits: [], files: [] };
  const target = bib?.files[0];
  if (target) return { key: item.id, fileName: basename(target.path), documentEdits: [], files: [appendEntry(target, item)] };
  if (!docPath) return undefined;
  const path = join(dirname(docPath), DEFAULT_BIBLIOGRAPHY);
  const file: BibFile = { path, format: 'bibtex', text: '', exists: false, entries: new Map(), errors: [] };
  return { key: item.id, fileName: DEFAULT_BIBLIOGRAPHY, documentEdits: [linkBibliography(text, relative(dirname(docPath), path))], files: [appendEntry(file, item)] };
}

/** The edit that appends `item` to a bibliography file in its own format. */
export function appendEntry(file: BibFile, item: CslItem): FileEdit {
  const text = file.text;
  const eol = text ? lineBreakOf(text) : '\n';
  const end = text.length;
  const create = !file.exists;
  if (file.format === 'csl-json') {
    const json = JSON.stringify([publicCsl(item)], null, 2).split('\n').slice(1, -1).join(eol);
    const close = text.lastIndexOf(']');
    if (close < 0) return { path: file.path, create, text, edits: [{ start: 0, end, newText: `[${eol}${json}${eol}]${eol}` }] };
    let k = close;
    while (k > 0 && /\s/.test(text[k - 1])) k--;
    const empty = text[k - 1] === '[';
    return { path: file.path, create, text, edits: [{ start: k, end: k, newText: `${empty ? '' : ','}${eol}${json}${empty ? eol : ''}` }] };
  }
  const sep = !text ? '' : text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
  if (file.format === 'csl-yaml') {
    const indent = /^([ \t]*)- /m.exec(text)?.[1] ?? '';
    const head = text.trim() ? '' : `references:${eol}`;
    const sepY = !text || text.endsWith(eol) ? '' : eol;
    return { path: file.path, create, text, edits: [{ start: end, end, newText: sepY + head + cslYamlItem(item, text.trim() ? indent : '', eol) }] };
  }
  return { path: file.path, create, text, edits: [{ start: end, end, newText: sep + bibtexEntry(item, eol) }] };
}

/** The edit that names a bibliography in the document's front matter (adding front matter if needed). */
export function linkBibliography(text: string, relPath: string): TextEditData {
  const fm = readFrontMatter(text);
  const eol = lineBreakOf(text);
  const value = relPath.split('\\').join('/');
  if (fm) return { start: fm.closeStart, end: fm.closeStart, newText: `bibliography: ${value}${fm.eol}` };
  return { start: 0, end: 0, newText: `---${eol}bibliography: ${value}${eol}---${eol}${eol}` };
}
