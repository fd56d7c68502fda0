/**
 * Choosing the safe fixes of a document, shared by fix-all in the language server
 * (`source.fixAll.mineral-claims`) and `mineral-claims check --fix`, so both apply the same edits.
 */
import type { Finding, FixData, Span, TextEditData } from './types';

/** The safe fix a finding offers: its preferred safe fix, else its first safe one. */
export function safeFixOf(f: Finding): FixData | undefined {
  const safe = (f.fixes ?? []).filter((x) => x.safe && x.edits.length);
  return safe.find((x) => x.preferred) ?? safe[0];
}

/** Two edits conflict when they overlap or insert at the same place (their order would be ambiguous). */
function conflicts(a: Span, b: Span): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

/**
 * The edits of every finding's safe fix that fit in a text of `length` and do not conflict with an
 * earlier fix's edits (conflicting ones wait for a next pass). Edits are returned in document order.
 */
export function selectSafeFixEdits(findings: Finding[], length: number): { edits: TextEditData[]; applied: number } {
  const fixes = findings
    .map(safeFixOf)
    .filter((x): x is FixData => x !== undefined)
    .map((fix) => [...fix.edits].sort((a, b) => a.start - b.start))
    .filter((edits) => edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= length))
    .sort((a, b) => a[0].start - b[0].start);
  const taken: TextEditData[] = [];
  let applied = 0;
  for (const edits of fixes) {
    if (edits.some((e) => taken.some((t) => conflicts(e, t)))) continue;
    taken.push(...edits);
    applied++;
  }
  return { edits: taken.sort((a, b) => a.start - b.start), applied };
}

/** Apply non-overlapping edits to a text. */
export function applyEdits(text: string, edits: TextEditData[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
