/** Bibliographies: parsing BibTeX/BibLaTeX/CSL-JSON/CSL-YAML, locating and caching a document's files. */
export * from './types';
export { formatOf, parseBibliography, type ParsedBibliography } from './parse';
export { BibliographyStore, bibliographyPaths, nodeFileSystem, MAX_BIBLIOGRAPHY_BYTES, type BibFileSystem } from './store';
