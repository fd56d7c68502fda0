/**
 * The rule registry, in priority order: a sentence flagged by an earlier rule is not flagged
 * again by a later one (reversed-role > contradicted-claim > vague-citation > uncited-claim).
 */
import { contradictedClaim } from './contradicted-claim';
import { reversedRole } from './reversed-role';
import type { Rule } from './rule';
import { uncitedClaim } from './uncited-claim';
import { vagueCitation } from './vague-citation';

/** All rules of the core, in priority order. */
export const RULES: readonly Rule[] = [reversedRole, contradictedClaim, vagueCitation, uncitedClaim];

/** Rule ids handled outside the core's sentence pipeline (by adapters that know the workspace). */
export const ADAPTER_RULES = [
  { id: 'unknown-citation-key', description: 'A pandoc citation key not found in the bibliography.', defaultSeverity: 'warning' as const },
];

/** Metadata of every rule, core and adapter. */
export function allRuleMeta(): { id: string; description: string; defaultSeverity: string }[] {
  return [...RULES.map(({ id, description, defaultSeverity }) => ({ id, description, defaultSeverity })), ...ADAPTER_RULES];
}
