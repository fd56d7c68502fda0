/**
 * The rule registry, in priority order: a sentence flagged by an earlier rule is not flagged
 * again by a later one (reversed-role > contradicted-claim > vague-citation > uncited-claim).
 * Rules that need the bibliography (`needs: 'bibliography'`) run after the others, in `ClaimChecker.findingsWith`.
 * A new rule: a module here with its metadata and `check`, listed below, a docs page, then `npm run rules:sync`.
 * citation-mismatch follows the error rules: it reads what they reported and flags the citation itself.
 */
import { citationMismatch } from './citation-mismatch';
import { CONTRADICTION_CHECKS, contradictedClaim } from './contradicted-claim';
import { REVERSAL_CHECKS, reversedRole } from './reversed-role';
import type { Rule, RuleMeta } from './rule';
import { uncitedClaim } from './uncited-claim';
import { unknownCitationKey } from './unknown-citation-key';
import { vagueCitation } from './vague-citation';

/** All rules, in priority order. */
export const RULES: readonly Rule[] = [reversedRole, contradictedClaim, citationMismatch, vagueCitation, uncitedClaim, unknownCitationKey];

/**
 * Sub-checks of the error rules, as configuration keys `<rule>/<check>` ("contradicted-claim/quantities"): each
 * can be given its own severity or turned off, and each finding names its sub-check in its data (`check`).
 */
export const SUB_CHECKS: readonly string[] = [...REVERSAL_CHECKS.map((c) => `reversed-role/${c}`), ...CONTRADICTION_CHECKS.map((c) => `contradicted-claim/${c}`)];

/** Metadata of every rule. */
export function allRuleMeta(): RuleMeta[] {
  return RULES.map(({ id, description, defaultSeverity, docs }) => ({ id, description, defaultSeverity, docs }));
}
