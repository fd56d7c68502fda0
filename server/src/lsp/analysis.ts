/**
 * The one place a document is analysed for the server: settings → checker → findings (core rules
 * plus unknown-citation-key with the document's bibliography). Every feature (diagnostics, hover,
 * code actions, completion) reads the same cached result, keyed by document version. The
 * performance work can swap `runAnalysis` for an incremental one without touching the features.
 */
import { dirname } from 'node:path';
import { LineIndex, type Analysis, type ClaimChecker, type Finding, type TextChange } from '../core';
import { bibliographyPaths, BibliographyStore, type Bibliography } from '../core/bibliography';
import { detectCitationStyle, type CitationContext, type InsertStyle } from '../core/citefix';
import { NO_SUPPRESSION } from '../core/suppress';
import { editSupport } from './convert';
import { uriToPath, type DocumentSettings, type SettingsCache } from './settings';

/** Everything known about one version of a document. */
export interface DocAnalysis {
  uri: string;
  version: number;
  text: string;
  path?: string;
  settings: DocumentSettings;
  checker: ClaimChecker;
  analysis: Analysis;
  /** All findings (core + unknown-citation-key), sorted. */
  findings: Finding[];
  bibliography: Bibliography;
  index: LineIndex;
  /** The citation style insertions use (computed on first use: only code actions and completion need it). */
  readonly style: InsertStyle;
  /** Why the document was not checked (too large), if it was not. */
  skipped?: string;
  /** What changed since an earlier analysed text of the document, when the editor said so. */
  change?: TextChange;
}

/** The pure part: analyse a text with given settings, checker and bibliography. */
export function runAnalysis(text: string, checker: ClaimChecker, bibliography: Bibliography): { analysis: Analysis; findings: Finding[] } {
  const analysis = checker.analyze(text);
  return { analysis, findings: checker.findingsWith(analysis, { bibliography }) };
}

/**
 * `runAnalysis` that yields to the event loop while it works (incremental: only changed blocks are
 * analysed again) and rejects with `AnalysisCancelled` once `cancelled()` is true.
 */
export async function runAnalysisAsync(
  text: string,
  checker: ClaimChecker,
  bibliography: Bibliography,
  cancelled: () => boolean,
  change?: TextChange,
  onPartial?: (findings: Finding[]) => void,
): Promise<{ analysis: Analysis; findings: Finding[] }> {
  const analysis = await checker.analyzeAsync(text, cancelled, change, onPartial);
  return { analysis, findings: checker.findingsWith(analysis, { bibliography }) };
}

/** A check that took less than this many milliseconds is not debounced. */
const QUICK_CHECK_MS = 250;

/** Analyses documents and caches the result per version. */
export class Analyzer {
  private readonly cache = new Map<string, DocAnalysis>();
  readonly store = new BibliographyStore();
  /** Newest version asked for per document: work on older versions is cancelled. */
  private readonly latest = new Map<string, number>();
  /** Analyses under way, shared by requests for the same version. */
  private readonly running = new Map<string, { version: number; text: string; promise: Promise<DocAnalysis> }>();
  /** Wall time of the last analysis per document, in ms (for the change debounce). */
  private readonly took = new Map<string, number>();

  constructor(private readonly settings: SettingsCache) {}

  /** Is there an analysis of the document (of any version) in the cache? */
  analysed(uri: string): boolean {
    return this.cache.has(uri);
  }

  /** Drop cached results (settings or bibliographies changed). */
  clear(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }

  /**
   * How long to wait after a change before checking again: nothing when the last check was quick
   * (incremental checks of a small edit usually are; a newer version cancels older work anyway) or
   * there was none yet, else `max`, so that slow checks do not run for every keystroke.
   */
  debounce(uri: string, max: number): number {
    // A document not checked yet (just opened: the change event follows the open event) is checked at once.
    const took = this.took.get(uri);
    return took === undefined || took < QUICK_CHECK_MS ? 0 : max;
  }

  /** The bibliography of a document (files re-read when they changed on disk). */
  bibliographyOf(text: string, path: string | undefined, settings: DocumentSettings): Bibliography {
    return this.store.loadAll(bibliographyPaths(text, path, settings.config.bibliography, settings.baseDir ?? (path ? dirname(path) : undefined)));
  }

  /**
   * Analyse a document version (cached while the text, settings and bibliography files are unchanged).
   * `change`: what changed since an earlier analysed text of the document (from the editor's change
   * events), so that only the blocks near the change are scanned again. `onPartial`: told findings of
   * the part analysed so far during a long analysis (checker.ts `analyzeAsync`), with the line index of the text.
   */
  async analyze(uri: string, text: string, version: number, change?: TextChange, onPartial?: (findings: Finding[], index: LineIndex) => void): Promise<DocAnalysis> {
    if (version >= 0 && version > (this.latest.get(uri) ?? -1)) this.latest.set(uri, version);
    const running = this.running.get(uri);
    if (running && running.version === version && running.text === text) return running.promise;
    const promise = this.run(uri, text, version, change, onPartial);
    this.running.set(uri, { version, text, promise });
    try {
      return await promise;
    } finally {
      if (this.running.get(uri)?.promise === promise) this.running.delete(uri);
    }
  }

  private async run(uri: string, text: string, version: number, change?: TextChange, onPartial?: (findings: Finding[], index: LineIndex) => void): Promise<DocAnalysis> {
    const began = performance.now();
    const settings = await this.settings.get(uri);
    const path = uriToPath(uri);
    const bibliography = this.bibliographyOf(text, path, settings);
    const hit = this.cache.get(uri);
    if (hit && hit.version === version && hit.text === text && hit.settings === settings && sameFiles(hit.bibliography, bibliography)) return hit;
    const checker = this.settings.checkerFor(settings);
    // After an edit the line index of the last version is updated near the change (analysis and diagnostics read it).
    const index = change && hit?.text === change.base ? LineIndex.after(hit.index, text, change.prefix, change.suffix) : new LineIndex(text);
    const tooLarge = utf8Over(text, settings.config.maxFileSize);
    // A newer version of the document cancels this analysis (AnalysisCancelled) at its next yield.
    const cancelled = (): boolean => version >= 0 && (this.latest.get(uri) ?? version) > version;
    const { analysis, findings } = tooLarge ? { analysis: { findings: [], sentences: [], suppression: NO_SUPPRESSION }, findings: [] } : await runAnalysisAsync(text, checker, bibliography, cancelled, change, onPartial && ((found) => onPartial(found, index)));
    let style: InsertStyle | undefined;
    const result: DocAnalysis = {
      uri,
      version,
      text,
      path,
      settings,
      checker,
      analysis,
      findings,
      bibliography,
      index,
      get style(): InsertStyle {
        return (style ??= detectCitationStyle(text, analysis.sentences, settings.config.citationStyle, bibliography.files.length > 0));
      },
    };
    if (tooLarge) result.skipped = `larger than maxFileSize (${settings.config.maxFileSize} bytes)`;
    if (change) result.change = change;
    this.cache.set(uri, result);
    this.took.set(uri, performance.now() - began);
    return result;
  }
}

/** Is the text longer than `max` bytes in UTF-8 (1 to 3 bytes per UTF-16 code unit: counted only when that decides)? */
function utf8Over(text: string, max: number): boolean {
  if (text.length > max) return true;
  return 3 * text.length > max && Buffer.byteLength(text, 'utf8') > max;
}

function sameFiles(a: Bibliography, b: Bibliography): boolean {
  return a.files.length === b.files.length && a.files.every((f, i) => f === b.files[i] || (!f.exists && !b.files[i].exists && f.path === b.files[i].path));
}

/** The citation context of an analysed document. */
export function citationContext(d: DocAnalysis): CitationContext {
  return { text: d.text, sentences: d.analysis.sentences, facts: d.checker.facts, style: d.style, docPath: d.path, bibliography: d.bibliography, canCreateFiles: editSupport.createFiles };
}
