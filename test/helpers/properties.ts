/**
 * The reliability properties of the analysis core, as plain functions that throw an AssertionError
 * naming the broken property. Shared by the bounded fuzz tests in `npm test` and the longer
 * campaign of `npm run fuzz`. They use only public APIs: `createClaimChecker`, findings and their
 * fixes as data, and the fix-all of the command line (`applySafeFixes` / `fixUntilStable`).
 */
import { strict as assert } from 'node:assert';
import { applySafeFixes, fixUntilStable } from '../../server/src/cli/fix';
import { createClaimChecker, type ClaimChecker, type Finding, type Span } from '../../server/src/core';

/** True if offset `i` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** A span lies inside the document, is not reversed, and does not split a surrogate pair. */
export function assertSpanInside(text: string, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: offsets must be integers (${s.start}, ${s.end})`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) is outside the document (length ${text.length})`);
  assert.ok(!splitsSurrogatePair(text, s.start), `${what}: start ${s.start} splits a surrogate pair`);
  assert.ok(!splitsSurrogatePair(text, s.end), `${what}: end ${s.end} splits a surrogate pair`);
}

/** Apply non-overlapping edits (any order) to a text. */
export function applyEdits(text: string, edits: (Span & { newText: string })[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A finding reduced to what a user sees, for comparing runs. */
function digest(f: Finding): string {
  return JSON.stringify([f.ruleId, f.severity, f.start, f.end, f.message, f.factIds, f.referenceIds, f.fixes]);
}

/** Ranges of every finding, sentence and fix edit lie inside the document and never split a surrogate pair. */
export function assertRanges(text: string, findings: Finding[]): void {
  for (const f of findings) {
    assertSpanInside(text, f, `${f.ruleId} finding`);
    if (f.sentence) assertSpanInside(text, f.sentence, `${f.ruleId} sentence`);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) assertSpanInside(text, e, `${f.ruleId} fix "${fix.title}"`);
  }
}

/** The same text gives the same findings: twice on one (caching) checker, and on a fresh checker. */
export function assertDeterministic(checker: ClaimChecker, text: string, first: Finding[]): void {
  const again = checker.check(text).map(digest);
  assert.deepEqual(again, first.map(digest), 'a second check of the same text gave different findings');
  const fresh = createClaimChecker({ facts: checker.facts, config: checker.config }).check(text).map(digest);
  assert.deepEqual(fresh, first.map(digest), 'a fresh checker gave different findings for the same text');
}

/**
 * Every fix edits only inside its finding's sentence, its edits do not overlap, and after applying it
 * the document still checks and the finding is gone: no finding of the same rule and facts touches
 * the edited text.
 */
export function assertFixes(checker: ClaimChecker, text: string, findings: Finding[]): void {
  for (const f of findings) {
    const own = f.sentence ?? f;
    for (const fix of f.fixes ?? []) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i];
        assert.ok(e.start >= own.start && e.end <= own.end, `fix "${fix.title}" edits [${e.start}, ${e.end}) outside its sentence [${own.start}, ${own.end})`);
        if (i > 0) assert.ok(edits[i - 1].end <= e.start, `fix "${fix.title}" has overlapping edits`);
      }
      const fixed = applyEdits(text, edits);
      assert.notEqual(fixed, text, `fix "${fix.title}" changes nothing`);
      const after = checker.check(fixed);
      assertRanges(fixed, after);
      // The edited text, in the fixed document's offsets.
      let shift = 0;
      const changed = edits.map((e) => {
        const s = { start: e.start + shift, end: e.start + shift + e.newText.length };
        shift += e.newText.length - (e.end - e.start);
        return s;
      });
      const same = (g: Finding) => g.ruleId === f.ruleId && JSON.stringify(g.factIds) === JSON.stringify(f.factIds);
      const still = after.find((g) => same(g) && changed.some((c) => g.start <= c.end && c.start <= g.end));
      assert.equal(still, undefined, `after fix "${fix.title}" the ${f.ruleId} finding is still there: ${still?.message}`);
    }
  }
}

/** Fix-all (apply safe fixes until stable, as `--fix` does) is idempotent and leaves no safe fix behind. */
export function assertFixAllIdempotent(checker: ClaimChecker, text: string, findings: Finding[]): void {
  const check = (t: string) => checker.check(t);
  const once = fixUntilStable(text, findings, check);
  assertRanges(once.text, once.findings);
  const left = applySafeFixes(once.text, once.findings);
  assert.equal(left.applied, 0, `fix-all left ${left.applied} safe fix(es) that still apply`);
  const twice = fixUntilStable(once.text, check(once.text), check);
  assert.equal(twice.text, once.text, 'fix-all applied to its own output changed the document again');
}

/** Every property, on one document. */
export function assertAllProperties(checker: ClaimChecker, text: string): void {
  const findings = checker.check(text);
  assertRanges(text, findings);
  assertDeterministic(checker, text, findings);
  assertFixes(checker, text, findings);
  assertFixAllIdempotent(checker, text, findings);
}
