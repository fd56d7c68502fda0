/** Helpers of the checker tests: one default checker and short views of its findings. */
import { createClaimChecker, type ClaimChecker } from '../../server/src/core';

/** A checker with the built-in fact base and default configuration. */
export const checker = createClaimChecker();

/** Rule ids of the findings, in order. */
export const ruleIds = (md: string, c: ClaimChecker = checker): string[] => c.check(md).map((f) => f.ruleId);

/** Text flagged by one rule. */
export const flagged = (md: string, rule: string, c: ClaimChecker = checker): string[] =>
  c.check(md).filter((f) => f.ruleId === rule).map((f) => md.slice(f.start, f.end));

/** Error findings (reversed-role, contradicted-claim at default severity) as [rule id, flagged text]. */
export const errors = (md: string, c: ClaimChecker = checker): string[][] =>
  c.check(md).filter((f) => f.severity === 'error').map((f) => [f.ruleId, md.slice(f.start, f.end)]);

/** Rule ids of the error findings. */
export const errorRules = (md: string, c: ClaimChecker = checker): string[] => errors(md, c).map(([r]) => r);

/** Apply offset edits (non-overlapping) to a text. */
export const applySpanEdits = (text: string, edits: { start: number; end: number; newText: string }[]): string =>
  [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
