/**
 * Quick fixes and fix-all. Everything is computed from the current analysis of the document and the
 * finding a diagnostic stands for (its key in `data`, else its code and range; see `findingOf`): the finding's core fixes,
 * citation insertion in the document's style, adding a built-in reference to the bibliography,
 * disabling a rule for the next line or the file, and `source.fixAll.mineral-claims`.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { selectSafeFixEdits } from '../core/fixes';
import { addToBibliography } from '../core/bibliography/append';
import { citationFixes, replaceCitationFixes, verifiedReference } from '../core/citefix';
import { lineBreakOf, readFrontMatter } from '../core/frontmatter';
import type { Finding, TextEditData } from '../core/types';
import { citationContext, type DocAnalysis } from './analysis';
import { findingKey, SOURCE, toWorkspaceEdit } from './convert';

/** The fix-all kind (so editors can run it on save). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.${SOURCE}`;

/** The code actions for the diagnostics of a request. */
export function codeActions(d: DocAnalysis, diagnostics: Diagnostic[], only?: string[]): CodeAction[] {
  const wants = (kind: string): boolean => !only?.length || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diag of diagnostics) if (diag.source === SOURCE) out.push(...quickFixes(d, diag));
  }
  if (only?.length && wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(d);
    if (fixAll) out.push(fixAll);
  }
  return out;
}

/** The finding of the current analysis with this rule and exactly this span (findings are sorted by start). */
export function findingAt(d: DocAnalysis, ruleId: string, start: number, end: number): Finding | undefined {
  const fs = d.findings;
  let lo = 0;
  let hi = fs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fs[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < fs.length && fs[i].start === start; i++) if (fs[i].ruleId === ruleId && fs[i].end === end) return fs[i];
  // Should the order ever be off (ranges clamped into the document), look at every finding.
  return fs.find((f) => f.ruleId === ruleId && f.start === start && f.end === end);
}

/**
 * The finding of the current analysis a diagnostic stands for: the one with its key (`data`, convert.ts
 * `findingKey`) wherever edits since it was sent have moved it (the nearest to its range when the same
 * finding is made at several places), else the one with its rule at exactly its range (a client that dropped `data`).
 */
export function findingOf(d: DocAnalysis, diag: Diagnostic, ruleId: string, start: number, end: number): Finding | undefined {
  const key = diag.data;
  if (typeof key === 'string') {
    let best: Finding | undefined;
    for (const f of d.findings) {
      if (f.ruleId !== ruleId || findingKey(f, d.text) !== key) continue;
      if (!best || Math.abs(f.start - start) < Math.abs(best.start - start)) best = f;
    }
    if (best) return best;
  }
  return findingAt(d, ruleId, start, end);
}

function quickFixes(d: DocAnalysis, diag: Diagnostic): CodeAction[] {
  if (typeof diag.code !== 'string') return [];
  const ruleId = diag.code;
  // A diagnostic that is current, or only moved by edits since, is about its finding; a stale one gets no fixes.
  const finding = findingOf(d, diag, ruleId, d.index.offsetAt(diag.range.start), d.index.offsetAt(diag.range.end));
  const start = finding?.start ?? d.index.offsetAt(diag.range.start);
  const end = finding?.end ?? d.index.offsetAt(diag.range.end);
  const action = (title: string, edits: TextEditData[], files: Parameters<typeof toWorkspaceEdit>[4] = [], preferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diag],
    isPreferred: preferred || undefined,
    edit: toWorkspaceEdit(d.uri, d.version, d.index, edits, files),
  });
  const out: CodeAction[] = [];
  if (finding) {
    for (const fix of finding.fixes ?? []) out.push(action(fix.title, fix.edits, [], !!fix.preferred));
    if (ruleId === 'uncited-claim' || ruleId === 'vague-citation') {
      for (const c of citationFixes(citationContext(d), { ruleId, start, end, sentence: finding.sentence, referenceIds: finding.referenceIds })) {
        out.push(action(c.title, c.edits, c.files, !!c.preferred && !out.some((a) => a.isPreferred)));
      }
    }
    if (ruleId === 'citation-mismatch') {
      for (const c of replaceCitationFixes(citationContext(d), { start, end, referenceIds: finding.referenceIds })) {
        out.push(action(c.title, c.edits, c.files, !!c.preferred && !out.some((a) => a.isPreferred)));
      }
    }
    const key = finding.data?.key;
    if (ruleId === 'unknown-citation-key' && typeof key === 'string') {
      const ref = verifiedReference(d.checker.facts, key);
      const add = ref && addToBibliography(d.text, d.path, d.bibliography, ref);
      if (add?.files.length) out.push(action(`Add ${key} to ${add.fileName}`, add.documentEdits, add.files, true));
    }
  }
  out.push(action(`Disable ${ruleId} for this line`, [disableNextLine(d.text, d.index, start, ruleId)]));
  out.push(action(`Disable ${ruleId} for this file`, [disableForFile(d.text, ruleId)]));
  return out;
}

/** `<!-- mineral-claims-disable-next-line rule -->` just before the line of `offset`, without splitting a paragraph. */
export function disableNextLine(text: string, index: DocAnalysis['index'], offset: number, ruleId: string): TextEditData {
  const comment = `<!-- mineral-claims-disable-next-line ${ruleId} -->`;
  const line = index.positionAt(offset).line;
  const lineStart = index.offsetAt({ line, character: 0 });
  if (line > 0) {
    const prevStart = index.offsetAt({ line: line - 1, character: 0 });
    const prevEnd = index.offsetAt({ line: line - 1, character: Number.MAX_SAFE_INTEGER });
    const prev = text.slice(prevStart, prevEnd);
    const ownLine = !prev.trim() || /^\s*(?:```|~~~|---|\.\.\.|\|)|\|\s*$|^ {4}|^\t/.test(prev) || prevEnd <= (readFrontMatter(text)?.end ?? -1);
    if (!ownLine) return { start: prevEnd, end: prevEnd, newText: ` ${comment}` };
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  return { start: lineStart + indent.length, end: lineStart + indent.length, newText: `${comment}${lineBreakOf(text)}${indent}` };
}

/** `<!-- mineral-claims-disable rule -->` at the top of the body (after front matter). */
export function disableForFile(text: string, ruleId: string): TextEditData {
  const at = readFrontMatter(text)?.end ?? 0;
  const eol = lineBreakOf(text);
  return { start: at, end: at, newText: `<!-- mineral-claims-disable ${ruleId} -->${eol}${eol}` };
}

/** `source.fixAll.mineral-claims`: every safe fix that does not conflict with another (as `check --fix` picks them). */
function fixAllAction(d: DocAnalysis): CodeAction | undefined {
  const { edits } = selectSafeFixEdits(d.findings, d.text.length);
  if (!edits.length) return undefined;
  return { title: 'Fix all safe Mineral Claims problems', kind: FIX_ALL_KIND, edit: toWorkspaceEdit(d.uri, d.version, d.index, edits) };
}
