/** Types of loaded bibliographies (BibTeX, BibLaTeX, CSL-JSON, CSL-YAML), all as CSL items. */
import type { CslItem } from '../facts/types';

/** Bibliography file formats. */
export type BibFormat = 'bibtex' | 'csl-json' | 'csl-yaml';

/** One entry with where its key is in the file (for go to definition). */
export interface BibEntry {
  /** The entry as a CSL item; `id` is the citation key. */
  item: CslItem;
  /** Source span of the key in the file text. */
  keyStart: number;
  keyEnd: number;
}

/** One parsed bibliography file. */
export interface BibFile {
  /** Absolute path. */
  path: string;
  format: BibFormat;
  /** The file text (for offset → position conversion and appending). */
  text: string;
  /** False when the file does not exist (yet); entries are then empty. */
  exists: boolean;
  entries: Map<string, BibEntry>;
  /** Parse problems, short and human-readable. */
  errors: string[];
}

/** All bibliography files of a document, first file first. */
export interface Bibliography {
  files: BibFile[];
}

/** Look a key up across files; the first file that has it wins. */
export function findEntry(bib: Bibliography | undefined, key: string): { file: BibFile; entry: BibEntry } | undefined {
  for (const file of bib?.files ?? []) {
    const entry = file.entries.get(key);
    if (entry) return { file, entry };
  }
  return undefined;
}

/** Every key of a bibliography. */
export function allKeys(bib: Bibliography | undefined): Set<string> {
  const out = new Set<string>();
  for (const f of bib?.files ?? []) for (const k of f.entries.keys()) out.add(k);
  return out;
}
