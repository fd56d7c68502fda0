/**
 * Quick fixes and fix-all. Everything is computed from `diagnostic.code`, its range and the current
 * analysis of the document (no server-side state about earlier diagnostics): the finding's core fixes,
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
import { SOURCE, toWorkspaceEdit, type DiagnosticData } from './convert';

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

function quickFixes(d: DocAnalysis, diag: Diagnostic): CodeAction[] {
  const data = diag.data as DiagnosticData | undefined;
  const ruleId = typeof diag.code === 'string' ? diag.code : data?.ruleId;
  if (!ruleId) return [];
  const start = d.index.offsetAt(diag.range.start);
  const end = d.index.offsetAt(diag.range.end);
  // The diagnostic is current if the document's analysis has its finding at its range (a stale one gets no fixes).
  const finding = findingAt(d, ruleId, start, end);
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
