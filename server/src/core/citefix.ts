/**
 * Citation insertion as data, shared by the language server's quick fixes and the CLI's `--fix`:
 * detect the style a document already uses and build the edits that cite a verified reference in
 * it — pandoc `[@key]` (+ bibliography entry), footnote `[^n]` (+ definition), numeric `[n]`
 * (+ reference-list entry) or an inline link "([Author, Year](https://doi.org/…))".
 */
import { addToBibliography, type FileEdit } from './bibliography/append';
import { inTextLabel, markdownLinkCitation, referenceLine } from './bibliography/format';
import type { Bibliography } from './bibliography/types';
import type { CitationStyle } from './config';
import type { FactBase } from './facts/factbase';
import type { CslItem } from './facts/types';
import { lineBreakOf } from './frontmatter';
import type { AnalyzedSentence } from './rules/rule';
import type { Span, TextEditData } from './types';

export type { FileEdit } from './bibliography/append';

/** A concrete insertion style. */
export type InsertStyle = Exclude<CitationStyle, 'auto'>;

/** Everything citation insertion needs to know about a document. */
export interface CitationContext {
  text: string;
  sentences: AnalyzedSentence[];
  facts: FactBase;
  style: InsertStyle;
  /** Absolute path of the document (undefined for unsaved buffers). */
  docPath?: string;
  bibliography?: Bibliography;
  /** False when the editor cannot create files: pandoc citations that need a new bibliography become links. */
  canCreateFiles?: boolean;
}

/** One citation edit, ready to convert into a WorkspaceEdit or apply to files. */
export interface CitationEdit {
  title: string;
  referenceId: string;
  preferred?: boolean;
  /** Edits to the document, in its offsets. */
  edits: TextEditData[];
  /** Edits to other files (bibliography). */
  files: FileEdit[];
}

/** A finding as the quick fixes see it (a Finding or a diagnostic's data). */
export interface CitableFinding {
  ruleId: string;
  start: number;
  end: number;
  sentence?: Span;
  referenceIds?: string[];
}

/** A verified reference of the fact base, or undefined (unverified references are never cited). */
export function verifiedReference(facts: FactBase, id: string): CslItem | undefined {
  const ref = facts.references.get(id);
  return ref?.verified === true ? ref : undefined;
}

/** The style to write: the configured one, else the one the document uses most, else an inline link. */
export function detectCitationStyle(text: string, sentences: AnalyzedSentence[], preference: CitationStyle = 'auto', hasBibliography = false): InsertStyle {
  if (preference !== 'auto') return preference;
  const counts: Record<'pandoc' | 'footnote' | 'numeric', number> = { pandoc: 0, footnote: 0, numeric: 0 };
  for (const s of sentences) {
    for (const c of s.citations) {
      // By the marker written, whatever the checker made of it (a marker whose entry lacks a DOI is "vague").
      const kind = c.kind === 'pandoc' ? 'pandoc' : c.text.startsWith('[^') ? 'footnote' : /^\[\d/.test(c.text) ? 'numeric' : undefined;
      if (kind) counts[kind]++;
    }
  }
  if (counts.footnote && !/^\[\^[^\]\s]+\]:/m.test(text)) counts.footnote = 0;
  const best = (Object.keys(counts) as (keyof typeof counts)[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  if (counts[best] > 0) return best;
  return hasBibliography ? 'pandoc' : 'link';
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', '*', '_']);

/** Where a citation goes in a sentence: before its final punctuation (and closing quotes/emphasis). */
export function citationPoint(text: string, sentence: Span): number {
  let e = sentence.end;
  while (e > sentence.start && /\s/.test(text[e - 1])) e--;
  let k = e;
  while (k > sentence.start && CLOSERS.has(text[k - 1])) k--;
  if (k > sentence.start && /[.!?;:]/.test(text[k - 1])) return k - 1;
  return e;
}

/** Cite `referenceId` at `at`: insert at an offset, or replace a span (a vague citation). */
export function buildCitation(ctx: CitationContext, referenceId: string, at: { insert: number } | { replace: Span }): CitationEdit | undefined {
  const item = verifiedReference(ctx.facts, referenceId);
  if (!item) return undefined;
  const { text } = ctx;
  let span = 'insert' in at ? { start: at.insert, end: at.insert } : at.replace;
  // "(PubMed)" → "(Author, Year)", not "((Author, Year))": a replaced citation takes its parentheses along.
  const parenthesised = 'replace' in at && text[span.start - 1] === '(' && text[span.end] === ')';
  if (parenthesised) span = { start: span.start - 1, end: span.end + 1 };
  // "according to PubMed, …" reads on as "according to [Author, Year](…), …".
  const narrative = 'replace' in at && !parenthesised && /\p{L}\s+$/u.test(text.slice(Math.max(0, span.start - 40), span.start));
  const spaced = (marker: string): string => ('insert' in at && span.start > 0 && !/\s/.test(text[span.start - 1]) ? ` ${marker}` : marker);
  const label = inTextLabel(item);
  const out = (edits: TextEditData[], files: FileEdit[] = []): CitationEdit => ({ title: label, referenceId, edits, files });
  switch (ctx.style) {
    case 'pandoc': {
      const add = addToBibliography(text, ctx.docPath, ctx.bibliography, item);
      if (!add || (ctx.canCreateFiles === false && add.files.some((f) => f.create))) return buildCitation({ ...ctx, style: 'link' }, referenceId, at);
      return out([...add.documentEdits, { ...span, newText: spaced(`[@${add.key}]`) }], add.files);
    }
    case 'footnote': {
      const { label: fn, definition } = footnoteFor(text, item);
      return out([{ ...span, newText: `[^${fn}]` }, ...definition]);
    }
    case 'numeric': {
      const { n, entry } = numberFor(text, ctx.sentences, item);
      return out([{ ...span, newText: spaced(`[${n}]`) }, ...entry]);
    }
    default: {
      const link = markdownLinkCitation(item);
      return out([{ ...span, newText: spaced(narrative && link.startsWith('([') ? link.slice(1, -1) : link) }]);
    }
  }
}

/** Citation quick fixes for an uncited claim or a vague citation, one per verified reference, best first. */
export function citationFixes(ctx: CitationContext, f: CitableFinding): CitationEdit[] {
  const ids = (f.referenceIds ?? []).filter((id) => verifiedReference(ctx.facts, id));
  const out: CitationEdit[] = [];
  for (const id of ids) {
    let edit: CitationEdit | undefined;
    if (f.ruleId === 'vague-citation') {
      const vague = ctx.text.slice(f.start, f.end);
      const link = expandLink(ctx.text, f);
      if (isSourceName(vague) || link.start !== f.start) {
        edit = buildCitation(ctx, id, { replace: link });
        if (edit) edit.title = `Replace "${vague}" with ${edit.title}`;
      } else if (f.sentence) {
        edit = buildCitation(ctx, id, { insert: citationPoint(ctx.text, f.sentence) });
        if (edit) edit.title = `Cite ${edit.title} for "${vague}"`;
      }
    } else if (f.sentence) {
      edit = buildCitation(ctx, id, { insert: citationPoint(ctx.text, f.sentence) });
      if (edit) edit.title = `Insert citation: ${edit.title}`;
    }
    if (edit) out.push(edit);
  }
  if (out[0]) out[0].preferred = true;
  return out;
}

/**
 * Fixes for a citation that does not support its sentence (citation-mismatch): replace it with each verified
 * reference that does, best first, in the style of the citation replaced (a pandoc key, a footnote, a
 * numbered reference; anything else becomes a link).
 */
export function replaceCitationFixes(ctx: CitationContext, cited: Span & { referenceIds?: string[] }): CitationEdit[] {
  const old = ctx.text.slice(cited.start, cited.end);
  const style: InsertStyle = /^\[-?@/.test(old) ? 'pandoc' : /^\[\^/.test(old) ? 'footnote' : /^\[\d/.test(old) ? 'numeric' : 'link';
  // A link citation is flagged on its text: the whole `[text](url)` is replaced.
  const span = expandLink(ctx.text, cited);
  const out: CitationEdit[] = [];
  for (const id of cited.referenceIds ?? []) {
    const edit = buildCitation({ ...ctx, style }, id, { replace: span });
    if (!edit) continue;
    edit.title = `Replace ${old} with ${edit.title}`;
    out.push(edit);
  }
  if (out[0]) out[0].preferred = true;
  return out;
}

/** "PubMed", "Google Scholar" or another single word: a name standing in the place of a citation. */
function isSourceName(s: string): boolean {
  return /^(?:PubMed|Google Scholar)$/i.test(s.trim()) || !/\s/.test(s.trim());
}

/** The whole `[text](url)` when the span is a link's text. */
function expandLink(text: string, span: Span): Span {
  if (text[span.start - 1] === '[' && text.startsWith('](', span.end)) {
    const close = text.indexOf(')', span.end + 2);
    if (close > 0) return { start: span.start - 1, end: close + 1 };
  }
  return { start: span.start, end: span.end };
}

function mentionsWork(line: string, item: CslItem): boolean {
  return (!!item.DOI && line.toLowerCase().includes(item.DOI.toLowerCase())) || (!!item.PMID && new RegExp(`\\b${item.PMID}\\b`).test(line));
}

/** Append a block at the end of a document, after a blank line. */
function appendBlock(text: string, block: string): TextEditData {
  const eol = lineBreakOf(text);
  const sep = !text ? '' : text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
  return { start: text.length, end: text.length, newText: `${sep}${block}${eol}` };
}

function footnoteFor(text: string, item: CslItem): { label: string; definition: TextEditData[] } {
  const defs = [...text.matchAll(/^\[\^([^\]\s]+)\]:[ \t]*(.*)$/gm)];
  const same = defs.find((d) => mentionsWork(d[2], item));
  if (same) return { label: same[1], definition: [] };
  const labels = new Set([...text.matchAll(/\[\^([^\]\s]+)\]/g)].map((m) => m[1]));
  const numbers = [...labels].filter((l) => /^\d+$/.test(l)).map(Number);
  const label = numbers.length || !labels.size ? String(Math.max(0, ...numbers) + 1) : labels.has(item.id) ? `${item.id}-ref` : item.id;
  return { label, definition: [appendBlock(text, `[^${label}]: ${referenceLine(item)}`)] };
}

const REF_HEADING = /^#{1,6}[ \t]+(?:references?|bibliography|sources?|works cited|literature(?: cited)?|citations?|end ?notes)[ \t]*:?[ \t]*#*[ \t]*$/gim;
const REF_ENTRY = /^([ \t]*)(\[(\d+)\]|(\d+)([.)]))[ \t]+(.*)$/;

function numberFor(text: string, sentences: AnalyzedSentence[], item: CslItem): { n: number; entry: TextEditData[] } {
  const used = sentences.flatMap((s) => s.citations.filter((c) => c.kind === 'numeric').flatMap((c) => c.keys.flatMap((k) => k.split(/[-–]/).map(Number))));
  const heading = [...text.matchAll(REF_HEADING)].pop();
  const entries: { n: number; line: string; end: number; indent: string; open: string; close: string }[] = [];
  if (heading) {
    const lineRe = /^.*$/gm;
    lineRe.lastIndex = heading.index + heading[0].length;
    for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
      if (m[0] === '' && lineRe.lastIndex === m.index) lineRe.lastIndex++;
      if (/^#{1,6}\s/.test(m[0])) break;
      const e = REF_ENTRY.exec(m[0].replace(/\r$/, ''));
      if (e) entries.push({ n: Number(e[3] ?? e[4]), line: m[0], end: m.index + m[0].replace(/\r$/, '').length, indent: e[1], open: e[3] ? '[' : '', close: e[3] ? ']' : e[5] });
      if (lineRe.lastIndex >= text.length) break;
    }
  }
  const same = entries.find((e) => mentionsWork(e.line, item));
  if (same) return { n: same.n, entry: [] };
  const n = Math.max(0, ...used.filter(Number.isFinite), ...entries.map((e) => e.n)) + 1;
  const last = entries[entries.length - 1];
  if (last) {
    const eol = lineBreakOf(text);
    return { n, entry: [{ start: last.end, end: last.end, newText: `${eol}${last.indent}${last.open}${n}${last.close} ${referenceLine(item)}` }] };
  }
  const eol = lineBreakOf(text);
  return { n, entry: [appendBlock(text, heading ? `${n}. ${referenceLine(item)}` : `## References${eol}${eol}${n}. ${referenceLine(item)}`)] };
}
